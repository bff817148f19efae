"""The hard-news battery (tests/battery.py): invented press sentences, one construction each, crossed with names of
every shape and titles of every kind. Floors: overall, and for every frame, shape of name and title."""
import pytest

from battery import report, run

OVERALL_FLOOR = 0.99
EACH_FLOOR = 0.95


@pytest.fixture(scope="module", params=["first", "second"])
def rates(request, extractor):
    rates, failures = run(extractor, words=request.param)
    print(f"\nwords: {request.param}\n" + report(rates))
    for frame, text, want, got in failures[:20]:
        print(f"FAILED {frame}: {text} want={want} got={got}")
    return rates


def test_battery_overall(rates):
    ok, n = rates["all"]["all"]
    assert n > 1000
    assert ok / n >= OVERALL_FLOOR, report(rates)


@pytest.mark.parametrize("dimension", ["frame", "shape", "title"])
def test_battery_every_frame_shape_and_title(rates, dimension):
    low = {k: round(ok / n, 3) for k, (ok, n) in rates[dimension].items() if ok / n < EACH_FLOOR}
    assert not low, f"{dimension}s under {EACH_FLOOR}: {low}"
