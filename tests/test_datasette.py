"""The SQLite ledger in Datasette as it is (the datasette extra), through Datasette's own test client: no server."""
import asyncio
import json

import pytest

from conftest import FIXTURES
from test_cli import run

datasette_app = pytest.importorskip("datasette.app", reason="Datasette is not installed (pip install 'attribution[datasette]')")


@pytest.fixture(scope="module")
def ledger_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("db")
    db = folder / "ledger.sqlite"
    r = run("index", str(FIXTURES / "press_conference.txt"), str(FIXTURES / "interview.txt"), "--db", str(db))
    assert r.returncode == 0, r.stderr
    meta = json.loads((folder / "ledger.metadata.json").read_text(encoding="utf-8"))
    return db, meta


def _get(db, meta, path):
    ds = datasette_app.Datasette([str(db)], metadata=meta)

    async def go():
        response = await ds.client.get(path)
        return response.status_code, response.json()
    return asyncio.run(go())


def test_the_quotes_table_is_searchable(ledger_db):
    db, meta = ledger_db
    status, rows = _get(db, meta, "/ledger/quotes.json?_search=%E5%9C%B0%E5%9F%9F%E3%81%AE&_shape=array")   # 地域の
    assert status == 200
    assert rows and all("地域の" in r["quote"] for r in rows)


def test_the_view_lists_speakers_with_their_quotes_and_documents(ledger_db):
    db, meta = ledger_db
    status, rows = _get(db, meta, "/ledger/quote_view.json?_shape=array&_size=100")
    assert status == 200
    assert {"大川誠一", "石井涼子", "筆者"} <= {r["speaker"] for r in rows}
    assert all(r["doc"].endswith((".txt")) for r in rows)


def test_facets_by_speaker_rule_and_cue_are_offered(ledger_db):
    db, meta = ledger_db
    status, data = _get(db, meta, "/ledger/quote_view.json")
    assert status == 200
    facets = data["facet_results"]
    facets = facets.get("results", facets)   # newer Datasette nests them
    assert {"speaker", "speaker_type", "rule", "cue"} <= set(facets)
    speakers = {f["value"] for f in facets["speaker"]["results"]}
    assert "大川誠一" in speakers
