"""Extraction over Dask on a local cluster of two worker processes gives the single-process records."""
import pytest

from conftest import FIXTURES

NAMES = ("press_conference.txt", "variety.txt", "interview.txt", "nonspeech.txt")


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    pytest.importorskip("dask.bag")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def _pairs():
    texts = [(FIXTURES / n).read_text(encoding="utf-8") for n in NAMES]
    return [(f"doc{i}", texts[i % len(texts)]) for i in range(16)]


def test_bag_on_two_worker_processes_equals_one_process(client):
    import dask.bag as db

    import attribution
    from attribution.scale_out import extract_bag
    bag = db.from_sequence(_pairs(), npartitions=4)
    got = extract_bag(bag).compute()
    ex = attribution.Extractor()
    want = [q.to_record() for doc, text in _pairs() for q in ex.iter_spans(text, doc) if q.kind == "speech"]
    assert got == want
    pids = client.run(lambda: __import__("os").getpid())
    assert len(set(pids.values())) == 2


def test_dataframe(client):
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from attribution.scale_out import extract_dataframe
    frame = pd.DataFrame(_pairs(), columns=["id", "text"])
    out = extract_dataframe(dd.from_pandas(frame, npartitions=2)).compute()
    assert list(out["doc"].unique()) == [f"doc{i}" for i in range(16) if i % 4 != 3]
    assert set(out["speaker"].dropna()) >= {"大川誠一", "高瀬真央"}
