"""Speaker tracking on its own: what sets the current speaker, what ends a turn, the topic, interviews.

Each case analyses a short text of our own, records by hand that its first quote was said by a named person (as the
extractor does once the sieve decides), and asks the turn tracker who holds the floor at a later quote.
"""
import pytest

import attribution
from attribution.attribute import Decision
from attribution.turns import TURN_WINDOW

FILLER = "会場には多くの人が集まり、新しい施設の設備や展示について熱心に説明を聞いていた。"

TURN_CASES = [
    # id, text, name said by the first quote, the quote asked about, who holds the floor there (None: no one)
    ("goes on", "浜口健二監督は「守備が良かった」と語った。「次も同じように戦う」とも付け加えた。", "浜口健二", 1, "浜口健二"),
    ("goes on over plain narration",
     "浜口健二監督は「守備が良かった」と語った。試合は三回に動いた。「次も同じように戦う」と続けた。", "浜口健二", 1, "浜口健二"),
    ("a new subject ends it",
     "浜口健二監督は「守備が良かった」と語った。主将の川田翔は「次も勝つ」と話した。「全員で戦う」とも。", "浜口健二", 2, None),
    ("the public ends it",
     "浜口健二監督は「守備が良かった」と語った。ネット上では次のような声が寄せられている。「感動した」", "浜口健二", 1, None),
    ("the place where the public writes ends it",
     "浜口健二監督は「守備が良かった」と語った。記事のコメント欄には「応援している」", "浜口健二", 1, None),
    ("a reply to a comment does not",
     "浜口健二監督は「守備が良かった」と語った。「暗いね」というコメントには、「なにそれ」と返した。", "浜口健二", 2, "浜口健二"),
    ("distance ends it",
     "浜口健二監督は「守備が良かった」と語った。" + FILLER * 12 + "「次も同じように戦う」とも付け加えた。", "浜口健二", 1, None),
    ("a new source ends it",
     "浜口健二監督は「守備が良かった」と語った。球団関係者によると、「次も同じように戦う」と話していたという。", "浜口健二", 1,
     None),
    ("a paper that reports does not end it",
     "浜口健二監督は「守備が良かった」と語った。北浜新聞によると、「次も同じように戦う」とも付け加えた。", "浜口健二", 1,
     "浜口健二"),
    ("a subject in a relative clause does not end it",
     "浜口健二監督は「守備が良かった」と語った。川田が持つ記録について「まだ伸びる」と続けた。", "浜口健二", 1, "浜口健二"),
    ("a person the narration turns to with a copula ends it",
     "浜口健二監督は「守備が良かった」と語った。一方、注目を集めたのが新人の川田翔だ。「次も全力で走る」と意気込んだ。",
     "浜口健二", 1, None),
]


def _first_person(doc):
    return next(m for m in doc.mentions if m.kind == "person")


@pytest.mark.parametrize("text,said_by,asked,expected", [c[1:] for c in TURN_CASES], ids=[c[0] for c in TURN_CASES])
def test_current_speaker(extractor, text, said_by, asked, expected):
    doc = extractor.analyse(text)
    m = _first_person(doc)
    doc.turns.record(0, Decision("speech", "subject_before", 0.9, m), said_by, "person")
    got = doc.turns.current_speaker(asked, doc.quotes[asked][0])
    assert (doc.name_of(got)[0] if got is not None else None) == expected


def test_distance_is_the_named_window(extractor):
    text = "浜口健二監督は「守備が良かった」と語った。" + FILLER * 12 + "「次も」と続けた。"
    doc = extractor.analyse(text)
    gap = doc.quotes[1][0] - doc.quotes[0][1]
    assert gap > TURN_WINDOW
    doc.turns.record(0, Decision("speech", "subject_before", 0.9, _first_person(doc)), "浜口健二", "person")
    assert doc.turns.current_speaker(1, doc.quotes[1][0], window=gap + 1) is not None


def test_an_unnamed_voice_takes_the_floor(extractor):
    doc = extractor.analyse("浜口健二監督は「守備が良かった」と語った。「えっ」と声が上がった。「次も勝つ」と続けた。")
    doc.turns.record(0, Decision("speech", "subject_before", 0.9, _first_person(doc)), "浜口健二", "person")
    doc.turns.record(1, Decision("speech", "no_speaker", 0.4), None, "unknown")
    assert doc.turns.current_speaker(2, doc.quotes[2][0]) is None


def test_the_one_who_asked_is_passed_over(extractor):
    doc = extractor.analyse("浜口健二監督は「守備が良かった」と語った。「次は？」と聞かれ、「勝つ」と答えた。")
    doc.turns.record(0, Decision("speech", "subject_before", 0.9, _first_person(doc)), "浜口健二", "person")
    assert doc.turns.current_speaker(2, doc.quotes[2][0], exclude="浜口健二") is None


TOPIC_CASES = [
    # id, text, who the narration is about at the last quote (None: no one)
    ("a topic carries over", "判決で横川信之裁判長は証言を退けた。理由について「認定できない」と述べた。", "横川信之"),
    ("a subject of a clause made a noun is not the topic",
     "横川信之裁判長は判断を示した。北野一郎議員がその日にゴルフをしていたことを指摘した。「認定できない」と述べた。", "横川信之"),
    ("the public ends the topic", "横川信之裁判長は判断を示した。ネット上では声が相次いだ。「納得できない」", None),
    ("a person a clause ends on with a copula is the topic, not the subject of a clause before",
     "女優の北川ゆかりさんが憧れという会社員の田村真理さん（48歳）だが、毎日髪の手入れをしている。\n「普段は後ろでまとめています」",
     "田村真理"),
    ("... also in the quote's own sentence",
     "横川信之裁判長は判断を示した。ところで前述の久美さんだが、結納品を並べたのだが、「目録が読めないんです」と苦笑する。",
     "久美"),
    ("the one marked with から before a passive acted on the topic, who speaks",
     "「負けたらよく泣いていました」という川辺誠。会見の場で、北川監督から主将を任命されることになったが、「事前には聞いていない」"
     "と明かす。", "川辺誠"),
    ("... but one who sent words with から is their source",
     "会場には監督が登壇した。主演の谷村ゆかりからはビデオメッセージが寄せられ、「会場に行けず残念です」と伝えた。", "谷村ゆかり"),
    ("a sentence that ends on a person and a copula makes them the topic",
     "横川信之裁判長は判断を示した。今年、注目を集めているのが、北浜市で農園を営む川辺浩二氏だ。\n「毎朝四時に起きています」",
     "川辺浩二"),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in TOPIC_CASES], ids=[c[0] for c in TOPIC_CASES])
def test_topic(extractor, text, expected):
    doc = extractor.analyse(text)
    qi = len(doc.quotes) - 1
    qidx = doc.where[qi]
    lo = max(s for s in [-1] + doc.stops if s < qidx) + 1
    got = doc.turns.topic(qidx, doc.quotes[qi][0], sentence=lo)
    assert (doc.name_of(got)[0] if got is not None else None) == expected


def test_interview_lines(extractor):
    text = ("画家の森下陽子さんに話を聞いた。\n――個展の狙いは。\n「色の重なりを見てほしいんです」\n"
            "――次の目標は。\n「海外で展示することです」")
    doc = extractor.analyse(text)
    assert doc.name_of(doc.turns.interviewee())[0] == "森下陽子"
    assert doc.turns.question_line(text.index("個展"))
    assert not doc.turns.question_line(text.index("色の重なり"))
    assert extractor.analyse("森下陽子さんは「楽しい」と話した。").turns.interviewee() is None


def test_the_extractor_records_every_decision(extractor):
    text = "浜口健二監督は「守備が良かった」と語った。「次も同じように戦う」とも付け加えた。"
    doc = extractor.analyse(text)
    assert doc.turns.decision(0) is None
    ledger = attribution.extract(text)
    assert [q.speaker for q in ledger.quotes] == ["浜口健二", "浜口健二"]
    assert ledger.quotes[1].rule == "continuation"
