"""Accuracy on the hand-labelled shared sets, when ../shared is beside the repository (as in CI): the figures must not
fall below these floors. Raise them as the figures rise (see "Measured" in the README)."""
import pytest

from attribution.evaluate import breakdown, evaluate, score

from conftest import SHARED

EVAL = SHARED / "eval"
FLOORS = [
    # set folder, detect F1 floor, attr F1 floor
    ("livedoor-dev", 0.958, 0.930),
    ("livedoor-train", 0.920, 0.846),
    ("wikinews-train", 0.966, 0.886),
]


@pytest.mark.skipif(not EVAL.is_dir(), reason="the evaluation sets are not beside the repository")
@pytest.mark.parametrize("name,detect,attr", FLOORS)
def test_shared_set_stays_above_its_floors(extractor, name, detect, attr):
    figures, _errors, _texts, parts = evaluate(EVAL / name / "gold.jsonl", EVAL / name / "text", extractor)
    assert figures["detect_F1"] >= detect, figures
    assert figures["attr_F1"] >= attr, figures
    assert sum(parts["outcomes"].values()) == figures["gold_named"]
    assert parts["outcomes"]["right"] == figures["correct"]


@pytest.mark.skipif(not (SHARED / "seed").is_dir(), reason="the seed article is not beside the repository")
def test_seed_article_is_all_right(extractor):
    figures, *_ = evaluate(SHARED / "seed" / "gold.jsonl", SHARED / "seed", extractor)
    assert figures["attr_F1"] == 1.0 and figures["detect_F1"] == 1.0, figures


GOLD = [{"doc": "a.txt", "quotes": [
    {"start": 0, "end": 5, "label": "speech", "speaker": "宮坂学", "speaker_type": "person"},
    {"start": 10, "end": 15, "label": "speech", "speaker": "宮坂学", "speaker_type": "person"},
    {"start": 20, "end": 25, "label": "speech", "speaker": "木村靖", "speaker_type": "person"},
    {"start": 30, "end": 35, "label": "speech", "speaker": "木村靖", "speaker_type": "person"},
    {"start": 40, "end": 45, "label": "speech", "speaker": "木村靖", "speaker_type": "person"},
    {"start": 50, "end": 55, "label": "other"}],
    "entities": [{"speaker": "宮坂学", "type": "person", "aliases": ["宮坂学", "宮坂"]}]}]


@pytest.mark.parametrize("pred,outcome", [
    ({"start": 0, "end": 5, "speaker": "宮坂学", "rule": "subject_before"}, "right"),
    ({"start": 0, "end": 5, "speaker": "宮坂", "rule": "subject_before"}, "right person, other form of the name"),
    ({"start": 0, "end": 5, "speaker": "木村靖", "rule": "topic"}, "another speaker"),
    ({"start": 0, "end": 5, "speaker": None, "rule": "no_speaker"}, "speech, no speaker"),
    ({"start": 50, "end": 55, "speaker": "木村靖", "rule": "topic"}, "not listed"),
])
def test_breakdown_says_where_a_named_quote_went(pred, outcome):
    parts = breakdown(GOLD, {"a.txt": [pred]})
    assert parts["outcomes"][outcome] >= 1
    figures, _ = score(GOLD, {"a.txt": [pred]})
    assert sum(parts["outcomes"].values()) == figures["gold_named"] == 5


def test_breakdown_gives_each_rules_precision():
    preds = [{"start": 0, "end": 5, "speaker": "宮坂学", "rule": "subject_before"},
             {"start": 20, "end": 25, "speaker": "宮坂学", "rule": "subject_before"},
             {"start": 50, "end": 55, "speaker": "木村靖", "rule": "topic"}]
    rules = breakdown(GOLD, {"a.txt": preds})["rules"]
    assert rules["subject_before"] == {"named": 2, "right": 1, "P": 0.5}
    assert rules["topic"] == {"named": 1, "right": 0, "P": 0.0}
