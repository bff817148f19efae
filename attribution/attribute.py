"""The attribution sieve: an ordered list of named rules, each deciding a quote's kind and speaker or passing.

Every rule is a function ``rule(ctx) -> Decision | None``; :data:`SIEVE` lists them in the order they are tried and
the first that returns a decision wins. The decision records the rule's id, so each quote in the ledger says which
rule decided it (``rule``), with a confidence that rule carries.
"""
from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from .cues import (CAUSATIVE_AUX, COMMA, EXAMPLE_VIAS, GIVING_VERBS, HEADING_MARKS, PASSIVE_AUX, RESPECT_VERBS,
                   SENTENCE_END, _from_many, _is_han, cue_after, cue_before, is_end, next_quote_in_chain,
                   sentence_bounds)
from .entities import in_work_title
from .mentions import COMPOUND_PARTICLE_VERBS, ROLE_KINDS, age_inside

SUBJECT_MARKERS = ("は", "が", "も", "からは", "からも", "から", "より、", "より「", "では", "でも", "こそ", "曰く", "いわく", "：", ":", "は、",
                   "が、", "って", "に至っ", "の間で", "の間では", "の間でも", "だけは", "だけが", "だけも", "までも", "までが", "さえ", "でさえ", "の場合は",
                   "の場合も", "の場合、", "、")   # 、: a person who opens a sentence before a comma, its topic (mentions)
TURN_CONJUNCTIONS = {"と", "ば", "たら", "ところ", "や", "が", "けど", "けれど", "けれども", "のに", "も", "ながら", "つつ"}
CONDITIONALS = {"ば", "たら", "ところ", "や"}   # といえば、 と振るや、: the next words are someone else's
AGENT_MARKERS = ("に", "から", "からは", "からも", "には", "にも", "によっ", "より", "よりも")   # (Xより: from X, written)
CAUSEE_MARKERS = ("に", "には", "にも")   # 監督に言わせた
_UTTERANCE_END = regex.compile(r"(?:[\p{Hiragana}！？!?。…‥・ｗw笑）)]|(?<=\p{Hiragana})[ー〜～])$")
_SENTENCE_PUNCT = regex.compile(r"[。！？!?]")
_TRAIL = "」』）)”\"' 　"
_TRAILING_PAREN = regex.compile(r"[（(][\p{Hiragana}ー・]+[)）]$")   # a reading in kana: （しらかば）


_NOUN_PHRASE_POS = {"名詞", "接頭辞", "接尾辞", "記号", "補助記号", "空白"}


def utterance_like(inner, minimum=4):
    """Whether the inner text of a quote reads as an utterance rather than a name or term."""
    s = inner.strip(_TRAIL)
    bare = _TRAILING_PAREN.sub("", inner.strip(" 　"))
    if bare and bare != inner.strip(" 　"):
        s = bare.strip(_TRAIL)   # 白樺(しらかば): judged by the words before a reading or a remark in brackets
    if len(s) < minimum:
        return False
    if _SENTENCE_PUNCT.search(s[:-1]):
        return True
    return bool(_UTTERANCE_END.search(s[-2:]))   # the pattern reads only the last two characters


def relative_subject(seq, m, limit, cues=None, markers=("が", "の"), reach=4, verbs=("動詞", "形容詞")):
    """三宅宏実が持つ記録の更新がかかる中、「…」: X が is the subject of a relative clause (its verb modifies
    the noun after it), not of the sentence that holds the quote. ``limit``: the unit index to look before;
    ``markers``: the particles after X that can open such a clause; ``reach``: how many units the verb may be away;
    ``verbs``: the parts of speech that can be its predicate."""
    if m.marker not in markers:
        return False
    k = m.index + 1
    while k < limit and seq[k].pos1 == "助詞":
        k += 1
    for x in range(k, min(limit, k + reach)):
        t = seq[x]
        if t.pos1 == "QUOTE" or t.surface in COMMA:
            return False
        if t.pos1 in verbs:
            if cues is not None and cues.get(t.lemma, ("",))[0] == "verb":
                return False   # 小泉今日子が言った台詞: the one who said the words
            y = x + 1
            while y < limit and seq[y].pos1 == "助動詞":
                y += 1
            nxt = seq[y] if y < limit else None
            if nxt is not None and nxt.lemma == "事" and decided_clause(seq, y, limit):
                return False   # 森田が主演することが決まり、「…」: X's own news, not a clause that describes a noun
            return nxt is not None and nxt.pos1 == "名詞" and \
                (seq[y - 1].cform.startswith("連体形") or seq[y - 1].pos1 == "助動詞" and seq[y - 1].surface == "た")
    return False


# after a clause made a noun by こと: (particle, lemmas of the verb) that make the clause what is decided for or by
# its subject (…することになり, ことにした, ことが決まり, ことを決め): the clause's subject is the sentence's
_DECIDED = {"に": ("成る", "なる", "為る", "する"), "が": ("決まる", "決定"), "を": ("決める", "決断", "決意", "決定")}


def decided_clause(seq, k, limit):
    """Whether the こと at unit ``k`` is followed by one of :data:`_DECIDED` (ことになり, ことが決まり, ことを決め)."""
    if k + 2 >= limit:
        return False
    verbs = _DECIDED.get(seq[k + 1].surface)
    return verbs is not None and seq[k + 1].pos1 == "助詞" and seq[k + 2].lemma in verbs



class Decision(NamedTuple):
    kind: str                 # speech, or title, name, term, topic, heading, label, fragment
    rule: str
    confidence: float
    mention: object = None    # the Mention naming the speaker
    speaker_type: str = "unknown"
    reason: str = ""


_LIST_SEPARATORS = regex.compile(r"[・･、 　/／]")
_QUESTION = regex.compile(r"(?:[？?]|[かの]|かな|かい|っけ|かしら)[」』）)…・。！!\s]*$|どう|何|なぜ|なんで|いつ|どこ|誰|どれ|どちら|いくら")


class Context:
    """What the rules see of one quote: the document analysis and the quote's place in it."""

    def __init__(self, doc, qi):
        self.doc = doc
        self.qi = qi
        self.qidx = doc.where[qi]
        self.start, self.end = doc.quotes[qi]
        self.inner = doc.text[self.start + 1:self.end - 1]
        self.lo, self.hi = sentence_bounds(doc.seq, self.qidx, doc.stops)
        self.cue = cue_after(doc.seq, self.qidx, self.hi, doc.lex)
        if self.cue is not None and self.cue.lemma in doc.lex.word_classes["hear"] and self.cue.act == "ask" \
                and not self.cue.passive \
                and self.cue.via == "to" and not _QUESTION.search(self.inner):
            # 「牛乳にきなこを入れて飲むだけ」と聞いて: words heard, not asked; as 言われた, they are someone else's
            self.cue = self.cue._replace(act="say", passive=True)
        self.seq = doc.seq
        self.speechy = utterance_like(self.inner)
        if self.speechy and self.cue is not None and self.cue.via in EXAMPLE_VIAS and self._noun_phrase():
            self.speechy = False   # 「auひかり」「コミュファ光」といった回線: examples named, not words said
        self._before = None
        self._barrier = False
        self._left = None
        self._has_cue = None
        self._bare = None

    def _noun_phrase(self):
        """Whether the quote's words are only nouns, affixes and symbols (a name or a term, whatever its last
        character): read only for examples listed with といった or など, where a name ending in kana is common."""
        if _SENTENCE_PUNCT.search(self.inner):
            return False
        toks = self.doc.tokenizer.tokenize(self.inner)
        return bool(toks) and all(t.pos1 in _NOUN_PHRASE_POS for t in toks)

    def before(self):
        if self._before is None:
            self._before = cue_before(self.doc.seq, self.qidx, self.doc.lex) or ()
        return self._before

    def line_units(self):
        """(first, end): the unit index where the quote's line starts and the index of its line end (or the length
        of the sequence)."""
        seq = self.seq
        lo = self.qidx
        while lo > 0 and seq[lo - 1].pos1 != "EOL":
            lo -= 1
        hi = self.qidx + 1
        while hi < len(seq) and seq[hi].pos1 != "EOL":
            hi += 1
        return lo, hi

    def opens_line(self):
        return self.qidx == 0 or self.seq[self.qidx - 1].pos1 == "EOL"

    def opens_sentence(self):
        """The quote opens its line or follows a sentence end (…ひとり。「ジムで鍛えるのも…」)."""
        return self.opens_line() or self.seq[self.qidx - 1].surface in SENTENCE_END

    def ends_sentence(self):
        """Nothing but a sentence end or a line end follows the quote (佳代子さんは「…」。)."""
        k = self.qidx + 1
        return k >= len(self.seq) or self.seq[k].pos1 in ("EOL", "GAP") or self.seq[k].surface in SENTENCE_END

    def left_mentions(self):
        """Mentions in the sentence before the quote, nearest first, up to the clause of an earlier quote that
        someone else answers (Xが「…」と尋ねると、「…」: X asked, X did not answer). Computed once."""
        if self._left is None:
            self._left = self._left_mentions()
        return self._left

    def clause_start(self):
        """The first unit of the quote's clause: the sentence's start, or just after an earlier quote that someone
        else answers (see :meth:`barrier`)."""
        barrier = self.barrier()
        return self.lo if barrier is None else barrier + 1

    def _left_mentions(self):
        lo = self.clause_start()
        cut = self.passive_clause(lo)
        found = [m for m in reversed(self.doc.mentions_between(lo, self.qidx))
                 if not self._agent_elsewhere(m) and not self._relative_subject(m)]
        if cut < 0:
            return found
        # before 「Xから…と訊かれると、」 only a topic (Xは) reaches the quote: the agent asked, it did not answer
        return [m for m in found if m.index > cut or m.marker in ("は", "も", "は、")]

    def _relative_subject(self, m):
        return relative_subject(self.seq, m, self.qidx, self.doc.lex.cues)

    def _agent_elsewhere(self, m):
        """Xから批判されたことを受け、「…」: X is the agent of another, passive verb before the quote."""
        if m.marker not in ("から", "からは", "に", "によって", "によっ"):
            return False
        seq = self.seq
        for k in range(m.index + 1, self.qidx):
            if seq[k].pos1 == "QUOTE":
                return False
            if seq[k].pos1 == "動詞" and seq[k].pos2 != "非自立可能":
                nxt = seq[k + 1] if k + 1 < self.qidx else None
                if nxt is None or nxt.lemma not in ("れる", "られる") or nxt.pos1 != "助動詞":
                    return False
                # リスナーから寄せられた「…」: a passive verb right before the quote modifies it
                return not all(seq[x].pos1 == "助動詞" for x in range(k + 2, self.qidx))
        return False

    def passive_clause(self, lo):
        """The unit index of a passive clause's conjunction before the quote (と訊かれると、, と問われ、), or -1."""
        seq = self.seq
        for k in range(self.qidx - 1, lo, -1):
            t = seq[k]
            if (t.pos1 == "助詞" and t.pos2 == "接続助詞" and t.surface in TURN_CONJUNCTIONS) or t.surface in COMMA:
                for b in range(k - 1, max(lo, k - 3) - 1, -1):
                    if seq[b].lemma in ("れる", "られる") and seq[b].pos1 == "助動詞" and (
                            t.surface not in COMMA or b == k - 1):   # 問われ、: the passive right before the comma
                        return k
        return -1

    def barrier(self):
        """The unit index of an earlier quote in the sentence whose clause ends in a turn of the exchange
        (と尋ねると, といえば, と訊かれると, と振るや), or None."""
        if self._barrier is not False:
            return self._barrier
        self._barrier = None
        seq = self.seq
        cues = self.doc.lex.cues
        for p in range(self.qidx - 1, self.lo - 1, -1):
            if seq[p].pos1 != "QUOTE":
                continue
            asked = asked_noun = False
            for k in range(p + 1, self.qidx):
                t = seq[k]
                if (t.lemma in ("れる", "られる") and t.pos1 == "助動詞"
                        and not (seq[p + 1].surface in ("と", "って")
                                 and any(seq[x].surface in COMMA for x in range(p + 1, k)))) \
                        or cues.get(t.lemma, ("", ""))[1] == "ask":
                    # a question, or words someone heard: the next quote answers (not 「…」と綴り、…旨が報告され
                    # つつ、「…」とも: a passive of another clause, no words heard)
                    asked = True
                    asked_noun = t.pos1 == "名詞"
                turn = t.pos1 == "助詞" and (t.pos2 == "接続助詞" or (
                    t.surface in ("や", "と") and seq[k - 1].pos1 in ("動詞", "助動詞")
                    and seq[p + 1].surface in ("と", "って")
                    and (t.surface == "や" or (_conditional_to(seq, k) and k + 1 == self.qidx
                                               and k - p <= 7 and not any(x.surface in COMMA for x in seq[p:k]))))) and (
                    t.surface in CONDITIONALS or (asked and (t.surface in TURN_CONJUNCTIONS or (
                        t.surface == "て" and k + 1 < self.qidx and seq[k + 1].surface == "も"
                        and not (self.cue is not None and self.cue.passive)))))
                # (と尋ねられても、「…」: however asked, the one asked answers; not …と罵声を浴びせられても「…」と
                # 言われても: words heard again, from the same one)
                # (と訊かれるや、: や after a verb, which UniDic reads as an adverbial particle; 「…」と訊かれると「…」,
                # 「…」という話を振ると「…」: と right before the answer in the clause of the question, which UniDic reads as
                # the particle of a quote)
                turn = turn or (t.lemma in ("れる", "られる") and t.cform.startswith("連用")
                                and cues.get(seq[k - 1].lemma, ("", ""))[1] == "ask"
                                and k + 1 < self.qidx and seq[k + 1].surface == "、")   # と尋ねられ、「…」
                # 「…」との質問には、「…」と答えた: the words after a question noun answer it
                turn = turn or (asked_noun and t.surface == "に" and t.pos2 == "格助詞")
                if turn or (t.surface == "ところ" and seq[k - 1].pos1 in ("助動詞", "動詞")):   # と聞いたところ
                    self._barrier = p
                    return p
            break
        return None



# -- the rules ----------------------------------------------------------------------------------------------------
def title_before(ctx):
    """「…」 right after a word for a work or a broadcaster: 番組「…」, 映画「…」, TBS「…」."""
    if ctx.qidx == 0:
        return None
    prev = ctx.seq[ctx.qidx - 1]
    kind = ctx.doc.lex.nonspeech.get(("before", prev.lemma)) or ctx.doc.lex.nonspeech.get(("before", prev.surface))
    if kind is None and prev.pos3 == "組織" and not (ctx.cue and ctx.cue.strength == "strong" and ctx.speechy):
        kind = "title"
    if kind is None:
        return None
    return Decision(kind, "title_before", 0.9, reason=f"after {prev.surface}")


def nonspeech_after(ctx):
    """「…」と題し, 「…」と記載, 「…」というテーマ: the words around mark a title, name or term."""
    maker = _maker_after(ctx)
    if maker is not None:
        return Decision("title", "nonspeech_after", 0.85, reason=f"followed by its maker ({maker})")
    if _reader_after(ctx):
        return Decision("term", "nonspeech_after", 0.8, reason="a line the reader is imagined to say or think")
    cue = ctx.cue
    if cue is None:
        # 「働き方」をテーマに, 「ナノケア」シリーズ: a word after the span (past one particle) that marks a term
        seq = ctx.seq
        k = ctx.qidx + 2
        while k < len(seq) and seq[k].pos1 == "接頭辞":
            k += 1
        if k < len(seq) and seq[ctx.qidx + 1].surface == "で" and seq[ctx.qidx + 1].pos1 == "助詞" \
                and (seq[k].lemma in ctx.doc.lex.word_classes["report"]
                     or seq[k].lemma in ctx.doc.lex.word_classes["article_verb"]):
            # 「…」でお伝えしたように, 「…」で紹介した: the title of an article the words were reported in
            return Decision("title", "nonspeech_after", 0.8, reason=f"followed by で{seq[k].surface}")
        if ctx.qidx + 1 < len(seq) and seq[ctx.qidx + 1].surface == "は" and seq[ctx.qidx + 1].pos2 == "係助詞" \
                and seq[ctx.qidx + 1].start == ctx.end and not any(
                    m.kind in ("person", "role", "author") for m in ctx.doc.mentions_between(ctx.qidx + 2, ctx.qidx + 5)):
            # 「奇跡体験！アンビリバボー」は…バラエティ, 「出来ること、出来ないことを見分ける」は…姿勢: words made
            # the topic of a sentence are a title or a term (not 「…」は山田さん: whose words they are)
            return Decision("term", "nonspeech_after", 0.8, reason="followed by は")
        for k in (ctx.qidx + 1, ctx.qidx + 2):
            if k >= len(seq) or seq[k].pos1 in ("EOL", "QUOTE", "GAP"):
                break
            kind = ctx.doc.lex.nonspeech.get(("after", seq[k].lemma))
            if kind is not None:
                return Decision(kind, "nonspeech_after", 0.8, reason=f"followed by {seq[k].surface}")
            if seq[k].pos1 not in ("助詞", "空白"):
                break   # (「…」　作詞：…: a song's credits past a space)
        return None
    if cue.lemma == "言う" and not cue.passive and not ctx.speechy and len(ctx.inner) <= 15 and ctx.qidx >= 2 \
            and ((ctx.seq[ctx.qidx - 1].surface == "を" and ctx.seq[ctx.qidx - 1].pos1 == "助詞")
                 or (ctx.seq[ctx.qidx - 1].surface == "て" and ctx.seq[ctx.qidx - 2].surface in ("指し", "さし"))):
        # このような状態を「投高打低」という, …を指して「コペルニクス的転回」と言う: a name given to something
        # (UniDic's lemma of 指し is 差す)
        return Decision("term", "nonspeech_after", 0.8, reason="a name given with を…と言う")
    if cue.lemma == "言う" and not cue.passive and not ctx.speechy and len(ctx.inner) <= 15 \
            and 0 <= cue.index < len(ctx.seq) - 1 and ctx.seq[cue.index].cform.startswith("連用形") \
            and ctx.seq[cue.index + 1].surface in COMMA \
            and not any(m.kind in ("person", "role", "author", "pronoun", "anonymous", "org", "org_pronoun", "public")
                        for m in ctx.left_mentions()):
        # 花飾りは、実は「ワンタッチフラワーリボン」と言い、…: a name, where no one is named to have said it
        return Decision("name", "nonspeech_after", 0.75, reason="a name given with …と言い、")
    seq = ctx.seq
    if cue.lemma == "言う" and not cue.passive and cue.index == ctx.qidx + 2 and ctx.qidx >= 2 \
            and seq[ctx.qidx - 1].surface in ("は", "を") and seq[ctx.qidx - 1].pos1 == "助詞":
        prev = seq[ctx.qidx - 2]
        kind = ctx.doc.lex.nonspeech.get(("topic_iu", prev.lemma)) or ctx.doc.lex.nonspeech.get(
            ("topic_iu", prev.surface))
        if kind is not None:   # 製品名は「…」という, 本名は「…」といい, 正式名称を「…」といい: what the thing is called
            return Decision(kind, "nonspeech_after", 0.8, reason=f"{prev.surface}{seq[ctx.qidx - 1].surface}…という")
    if cue.strength != "nonspeech":
        return None
    return Decision(cue.kind, "nonspeech_after", 0.85, reason=f"followed by {cue.lemma}")


def _reader_after(ctx):
    """Whether the clause after the span ends on the reader, あなた, that it describes (「…」と思ったそこのあなた,
    と嘆くアナタ, というあなたに): a line the writer imagines the reader has, no one's words."""
    seq = ctx.seq
    k = ctx.qidx + 1
    if k >= len(seq) or seq[k].surface not in ("と", "って", "という", "っていう"):
        return False
    for x in range(k + 1, min(len(seq), k + 10)):
        t = seq[x]
        if t.pos1 in ("QUOTE", "EOL", "GAP") or t.surface in COMMA or t.surface in SENTENCE_END:
            return False
        if t.lemma == "貴方" or t.surface in ("あなた", "アナタ"):
            p = seq[x - 1]
            if p.surface == "の" and x >= 2 and seq[x - 2].surface in ("そこ", "其処"):
                p = seq[x - 3] if x >= 3 else p
            elif p.surface in ("そんな", "その"):
                p = seq[x - 2]
            return p.pos1 in ("動詞", "助動詞", "形容詞") and p.cform.startswith("連体") or (
                p.lemma == "言う" and x - 1 == k + 1) or p.surface in ("という", "っていう")
    return False


def _maker_after(ctx):
    """「…」（講談社）, 「…」「…」（ともに北浜書店）: what the brackets right after the span hold when it names the
    publisher or maker of a work (word class ``work_maker``; not 社長, a speaker's title), else None."""
    text, end = ctx.doc.text, ctx.end
    k = _chain_end(ctx)   # 「…」「…」（ともに…）: the brackets after the chain
    if k != ctx.qidx:
        end = ctx.doc.quotes[ctx.doc.where.index(k)][1]
    if not text.startswith(("（", "("), end):
        return None
    close = min((x for x in (text.find("）", end, end + 24), text.find(")", end, end + 24)) if x > 0), default=-1)
    inner = text[end + 1:close] if close > 0 else ""
    if not inner or "「" in inner:
        return None
    if inner.startswith(("ともに", "共に")) or inner.endswith(ctx.doc.lex.word_classes["work_maker"]):
        return inner
    return None


def _chain_end(ctx):
    """The unit index of the last quote of the chain that opens at this quote (「…」「…」と, 「…」、「…」: quotes that
    share what follows the last; see cues.next_quote_in_chain), this quote's own where it opens none."""
    k = ctx.qidx
    while (nxt := next_quote_in_chain(ctx.seq, k, ctx.hi)) > k:
        k = nxt
    return k


_SHARE_AFTER = regex.compile(r"\s*(?:が|は|も|、)?\s*[0-9０-９]+(?:[.．][0-9０-９]+)?"
                            r"\s*(?:%|％|割|パーセント)")


def survey_answer(ctx):
    """「大いに評価する」16%, 「そう思う」が34％: a survey's answer and its share, many people's words (anonymous); an
    answer that ends in no verb, adjective or auxiliary (「経済政策」が50%, 「口臭」85％, 「インターネットの閲覧」が
    77%) is an option named, no one's words."""
    if not _SHARE_AFTER.match(ctx.doc.text, ctx.end):
        return None
    toks = [t for t in ctx.doc.tokenizer.tokenize(ctx.inner) if t.pos1 not in ("補助記号", "記号", "空白")]
    if not toks or toks[-1].pos1 not in ("動詞", "形容詞", "助動詞"):
        # (「インターネットの閲覧」が77％, 「神の粒子」、99.98%の確率: a thing named, not words said)
        return Decision("term", "not_speech", 0.6, reason="a survey's option, or a thing named, and a share")
    return Decision("speech", "survey_answer", 0.6, None, "anonymous", "a survey's answer and its share")


def passive_agent(ctx):
    """「…」と言われ／聞かれ: the speaker is the agent (Xに, Xから), not the topic; 「…」と監督に言わせた: the one
    made to say it (Xに); words received (「…」とXから指摘を受けた, Xに「…」とアドバイスを頂き) are the giver's. An
    agent between the words and the verb comes first, then one before the words; no agent means unknown."""
    cue = ctx.cue
    if cue is None or not (cue.passive or cue.causative) or cue.strength not in ("strong", "weak"):
        return None
    if not ctx.speechy and cue.strength == "weak":
        return None
    markers = AGENT_MARKERS if cue.passive else CAUSEE_MARKERS
    made_noun = 0 <= cue.head < len(ctx.seq) and ctx.seq[cue.head].lemma in ("事", "こと")
    if cue.index > ctx.qidx:
        agents = [x for x in ctx.doc.mentions_between(ctx.qidx + 1, cue.index) if x.marker in markers
                  and x.kind != "pronoun"]   # (と彼女から聞かれた経験: anyone's partner, no one named)
        if made_noun:
            agents = []   # 「…」とXからアドバイスを受けていたことを明かした: the one who tells of it said the words
        if agents and agents[-1].kind == "public":
            # 「…」とネットユーザーから批判を浴びた: the public's words
            return Decision("speech", "passive_agent", 0.6, None, "anonymous", "the public, as the agent")
        if agents:   # 「…」と監督に言われた, 「…」と木佐から指摘を受けた: the agent between the words and the verb
            return Decision("speech", "passive_agent", 0.8, agents[-1])
    for m in ctx.left_mentions():
        if m.marker in markers:
            return Decision("speech", "passive_agent", 0.8, m)
        if m.marker in ("は", "が"):
            break   # 別海町から訪れていた小学生は「…」と魅せられていた: an agent before the subject is in a clause
            # that describes it (Xは、Yから「…」と言われ: the agent comes after the subject)
    if cue.passive and (cue.distance > 0 or cue.kind == "noun") and made_noun \
            and (cue.kind == "noun" or any(m.marker in ("は", "が") and m.kind == "person" for m in ctx.left_mentions())):
        return None   # 吉田氏は「…」と世界から実績を認められたことに驚き: a passive clause made a noun, past other
        # words (or words received: 三平は「…」とアドバイスを受けていたことを明かした), no agent named, and a person the
        # subject before the words: theirs (not 「…」と目を奪われることがある, anyone's)
    if cue.lemma == "書く":
        m = _writer_of(ctx)
        if m is not None:   # 森下のブログには「…」と書かれていた: the words of the one who wrote there
            return Decision("speech", "passive_agent", 0.75, m)
    if cue.passive and cue.lemma == "言う" and not ctx.speechy and len(ctx.inner) <= 15 and _called(ctx, cue):
        # 「夢の超特急」といわれた新幹線, 「台湾新幹線」とも言われる: what something is called, by no one named
        return Decision("term", "not_speech", 0.6, reason="a name something is called (言われる)")
    if cue.lemma in _PASSIVE_NOT_SPEECH:   # 「POLICE」と書かれた防弾チョッキ, 「芸能界の不動産王」と紹介された
        return Decision(_PASSIVE_NOT_SPEECH[cue.lemma], "not_speech", 0.6, reason=f"{cue.lemma} in the passive")
    return Decision("speech", "passive_agent", 0.6, None, "anonymous")


_PASSIVE_NOT_SPEECH = {"書く": "label", "表示": "label", "紹介": "term"}   # in the passive: a label, a description


def _called(ctx, cue):
    """Whether 「…」と言われる, for a short noun phrase, reads as what something is called (といわれた宮田氏, と言われる
    ほど, と言われている。) or words only supposed (「難しい」と言われても), not as words someone said to the subject
    (と言われて奮起した, って言われたの, と言われたので: then speech)."""
    seq = ctx.seq
    if ctx.qidx + 1 >= len(seq) or seq[ctx.qidx + 1].surface != "と":   # と, とも
        return False
    k = cue.index + 1
    while k < len(seq) and seq[k].pos1 == "助動詞":
        k += 1
    return k >= len(seq) or seq[k].surface not in ("て", "から", "の", "ので")


def _writer_of(ctx):
    """The person whose own writing the words are in, in the quote's clause (Xのブログには, Xからの手紙に): a person
    named with の or からの right before a noun of ``writings`` and に, には or では; or None."""
    seq = ctx.seq
    writings = ctx.doc.lex.word_classes["writings"]
    for m in ctx.left_mentions():   # nearest first
        k = m.index + 1
        if k < len(seq) and seq[k].surface == "から":
            k += 1
        if not (k + 2 < len(seq) and seq[k].surface == "の" and seq[k + 1].lemma in writings):
            continue
        if seq[k + 2].surface in ("に", "で") and m.kind == "person":
            return m
    return None


def _speech_verb_before(ctx, x):
    """Whether the verb that ends the clause before unit ``x`` (past auxiliaries) is a cue of speech."""
    k = x - 1
    while k > 0 and (ctx.seq[k].pos1 in ("助動詞", "助詞") or ctx.seq[k].lemma in ("居る", "為る", "する")):
        k -= 1
    return _cue_act(ctx.doc.lex, ctx.seq[k].lemma) in ("say", "answer", "write", "ask")


def subject_after_quote(ctx):
    """「…」とXは語った: a subject between the quote and its cue."""
    cue = ctx.cue
    if cue is None or cue.strength not in ("strong", "weak") or cue.index <= ctx.qidx or cue.passive:
        return None
    if not _has_speech_cue(ctx):
        return None
    lo = ctx.qidx + 1
    if cue.shared:   # 「…」「…」とネット上でも…: a chain of quotes sharing the cue; the subject after the last is theirs
        k = lo
        while k < cue.index and ctx.seq[k].pos1 in ("QUOTE", "空白"):
            if ctx.seq[k].pos1 == "QUOTE":
                lo = k + 1
            k += 1
        if k + 1 < cue.index and ctx.seq[k].surface == "など" and ctx.seq[k + 1].surface == "と":
            k += 1   # 「…」「…」などと
        if k >= cue.index or ctx.seq[k].surface != "と":
            return None
        if ctx.seq[k + 1].surface in COMMA:
            # 「…」「…」と、ネット掲示板では批判が: the public's words, as the last quote's (but 「…」「…」と、X が…ことに
            # 驚き: a new clause after the comma, about X)
            stop = next((x for x in range(k + 1, cue.index) if ctx.seq[x].pos1 == "QUOTE"), cue.index)
            public = next((m for m in ctx.doc.mentions_between(k + 1, stop) if m.kind == "public"
                           and m.marker in SUBJECT_MARKERS), None)
            return Decision("speech", "subject_after_quote", 0.9, public) if public is not None else None
    stop = next((k for k in range(lo, cue.index) if ctx.seq[k].pos1 == "QUOTE"), cue.index)
    if lo + 1 < stop and ctx.seq[lo].surface == "と" and ctx.seq[lo + 1].surface in COMMA \
            and any(x.marker in SUBJECT_MARKERS and x.kind in ("person", "role") for x in ctx.left_mentions()):
        return None   # 内田有紀が「…」「…」と、欲張りな30女がふと気づくと…: a subject past the comma is another
        # clause's; the subject before the words said them
    for m in reversed(ctx.doc.mentions_between(lo, stop)):
        if m.marker in SUBJECT_MARKERS and m.marker not in ("から", "からは", "からも"):
            if m.marker.startswith("が") and any(
                    ctx.seq[x].lemma == "事" and ctx.seq[x + 1].surface in ("を", "が", "に")
                    and not _speech_verb_before(ctx, x)
                    for x in range(m.index + 1, min(len(ctx.seq) - 1, cue.index + 5))):
                continue   # 「…」と、華原が復帰を目指していることを明らかにした: the subject of a clause made a noun
                # that tells no words (but 「…」と河村氏が発言したことを受け: the one who said them)
            return Decision("speech", "subject_after_quote", 0.9, m)
    seq = ctx.seq
    lex = ctx.doc.lex
    if cue.strength == "strong" and stop == cue.index and seq[lo].surface == "と":
        for k in range(lo + 2, stop):
            if seq[k].surface in ("は", "が") and seq[k].pos1 == "助詞" \
                    and all(seq[x].pos1 == "名詞" and seq[x].end == seq[x + 1].start for x in range(lo + 1, k)):
                named = _proper_subject(ctx, (lo + 1, k - 1))
                if named is not None and named.kind == "org":   # 「…」と赤福は説明した: a name the tables lack
                    return Decision("speech", "subject_after_quote", 0.5, named, "org")
                break
        for k in range(lo + 1, stop):
            t, p = seq[k], seq[k - 1]
            if t.surface in ("が", "は") and t.pos1 == "助詞" and p.pos1 in ("名詞", "接尾辞") \
                    and (p.surface[-1] in _PERSON_ENDS or p.lemma in lex.sources or p.lemma in lex.suffixes
                         or p.surface in lex.title_heads) and p.lemma not in _REFLEXIVE_WORDS \
                    and ctx.doc.mention_ending(k - 1) is None \
                    and all(seq[x].pos1 in ("名詞", "接尾辞", "接頭辞") for x in range(lo + 1, k)):
                # 「…」と精神科医がコメントした: a subject between the quote and its verb that the mention stage did not
                # read as anyone is still the one who spoke: no speaker rather than the one before
                words = "".join(x.surface for x in seq[lo + 1:k])
                return Decision("speech", "unnamed_subject", 0.4, None, "unknown", "subject " + words)
    return None


def cue_modifies_speaker(ctx):
    """「…」と語る澤登氏, 「…」というユカさん, 「…」と話してくれたのはミドリさん: the cue modifies its speaker."""
    cue = ctx.cue
    if cue is not None and cue.kind == "verb" and _said_by_anyone(ctx, cue):
        # 「…」などと言うような人には: words a kind of person might say, which the guideline counts as no one's
        return Decision("term", "not_speech", 0.6, reason="words a kind of person might say")
    if cue is None or cue.head < 0 or cue.strength == "nonspeech":
        return None
    if cue.act == "think" and cue.via != "cleft" and _thought_in_general(ctx, cue):
        # 「…」と思う男性はもちろん, 「…」と思った人は多い, 「…」と思ったときに: a thought of people in general or of any
        # moment, which the guideline counts as no one's words
        return Decision("term", "not_speech", 0.6, reason="a thought of people in general")
    if cue.via == "cleft":   # the first source named after のは
        found = [x for x in ctx.doc.mentions_between(cue.head, ctx.hi)
                 if x.kind in ("person", "author", "anonymous", "role")
                 and not (x.kind == "person" and (x.marker in ("が", "を", "に", "は", "も") or (
                     x.marker == "の" and x.index + 2 < len(ctx.seq)
                     and ctx.seq[x.index + 2].pos1 in ("名詞", "接頭辞"))))]
        # (not …と書き込むのは異例の事態であり、鉄拳の作品が: a person in another clause, or whose noun that is, not
        # the one のは points to)
        m = found[0] if found else None
        if m is not None and m.kind != "person" and len(found) > 1 and found[1].kind == "person" \
                and found[1].first - m.index <= 8 and ctx.seq[found[1].first - 1].surface in ("の", "・") \
                and all(ctx.seq[k].pos1 in ("名詞", "接尾辞", "接頭辞") or ctx.seq[k].surface in ("の", "・")
                        for k in range(m.index + 1, found[1].first)):
            # のはミナトテック会長兼社長の髙橋健太氏だ, のは南原県医師|会理事長の濱田雅人氏だ: the role is in
            # apposition to the name
            m = found[1]
        elif m is not None and m.kind != "person" and any(x.kind == "person" for x in found[1:]):
            # のは、北浜センター代表で、…の講師を務める森下修氏: descriptions, then the person they describe
            m = next(x for x in found[1:] if x.kind == "person")
        elif m is None and cue.strength != "head" and ctx.speechy and ctx.doc.line_label(ctx.qidx) is None \
                and not ctx.doc.mentions_between(cue.head, ctx.hi) \
                and not any(m.marker in SUBJECT_MARKERS for m in ctx.left_mentions()):
            # 「…」と褒めるのは大いにアリだ: no one after のは, and no subject before: words anyone might say
            return Decision("speech", "no_speaker", 0.4, None, "unknown", "words of no one in particular")
    else:
        m = ctx.doc.mention_starting(cue.head) or _apposed_after(ctx, cue.head)
        if m is not None and cue.kind == "name" and m.kind == "person" and m.marker == "の" and m.index + 2 < ctx.hi \
                and ctx.seq[m.index + 2].pos1 == "名詞" and ctx.seq[m.index + 2].lemma not in ctx.doc.lex.speech_nouns:
            m = None   # 「…」と山川一郎の騒動を引き合いに…語った: a name that owns the noun after it, not the one who
            # spoke (but 「…」と山川さんの弁。: a noun of words)
        if m is not None and cue.kind == "name" and m.kind in ("person", "org") \
                and m.marker in ("を", "に", "へ", "には", "にも"):
            m = None   # 「…」と憧れの森田さんを目の前に緊張気味: the one the words are about or put to, not who said them
        if m is not None and cue.passive and not cue.causative:
            # 「…」と認定された公立学校の教員, 「…」と呼ばれる沢尻: the words were said of or to the one the clause
            # describes, not by them (passive_agent found no one who said them); the rules after this one decide
            m = None
        if m is not None and m.kind in ("org", "group") and m.marker == "の":
            after = next((x for x in ctx.doc.mentions_between(m.index + 1, min(ctx.hi, m.index + 4))
                          if x.first == m.index + 2), None)
            if after is not None and after.kind == "person":
                m = after   # 「…」と自称する北浜電機の山田花子: the person of the organisation the clause describes
        if m is not None and m.kind in ("role", "anonymous") and not m.marker and m.index + 2 < len(ctx.seq) \
                and ctx.seq[m.index + 1].surface in ("・", "＝", "="):
            named = ctx.doc.mention_starting(m.index + 2)
            if named is not None and named.kind == "person" and named.marker in ("", "が", "は", "も", "、"):
                m = named   # 「…」と語った新体操選手・北川仁奈が, 選手＝北川仁奈が: the name in apposition to the role
                # (not と大先輩・保田圭の名前を挙げると: the one whose name is given)
        if 0 <= cue.index < cue.head and any(t.surface in COMMA for t in ctx.seq[cue.index:cue.head]) and (
                (m is not None and m.marker == "も")
                or any(x.marker in SUBJECT_MARKERS and x.kind in ("person", "role") for x in ctx.left_mentions())):
            return None   # X選手は「…」と話し、7回に…を決めたY選手は, 「…」と報告し、師匠である北浜親方も: the
            # head past the comma begins another clause; the subject before the words spoke them
        if m is not None and _received(ctx, cue):
            # 「…」と森田から指摘を受けた川口: the one the words came from (から, より), not the one who received them
            m = next((x for x in ctx.doc.mentions_between(ctx.qidx + 1, cue.index) if x.marker in ("から", "より")),
                     None)
            if m is None:
                return Decision("speech", "no_speaker", 0.4, None, "unknown", "words received by the one they modify")
        if m is not None and m.kind == "public":
            # C・ルメール騎手からも「…」と評する声が上がった: the voice came from the one named with から
            m = _words_from(ctx) or m
        if m is None and cue.act in ("think", "say") and cue.kind == "verb" \
                and ctx.seq[cue.head - 1].cform.startswith("連体") \
                and _people_of_a_kind(ctx.doc.lex, ctx.seq[_phrase_head(ctx.seq, cue.head)]):
            # 「…」とぼんやり考えている独女に, 「…」と言っていた30代独女がいた: the words of one the head describes, not
            # named (not the one who spoke before, nor the subject of the sentence)
            return Decision("speech", "no_speaker", 0.4, None, "anonymous", f"{cue.act}s one of a kind, not named")
    if m is None:
        return None
    if cue.strength == "weak" and cue.kind == "name" and not ctx.speechy:
        return None
    if cue.strength == "weak" and cue.kind == "verb" and m.marker in _OBLIQUE:
        return None   # 「…」と、対策を示さない法務省への苛立ち: a verb of no speech, and the one it modifies is no subject
    if cue.strength == "weak" and cue.kind == "verb" and m.marker == "を" \
            and any(x.marker in SUBJECT_MARKERS and x.kind in ("person", "role") for x in ctx.left_mentions()):
        return None   # 西島は「…」とドラマで共演しているキム・テヒを連れてきた: a verb of no speech describes the object;
        # the subject before the words spoke them
    if cue.strength == "weak" and cue.kind == "verb" and 0 <= cue.index and any(
            ctx.seq[k].surface in COMMA for k in range(ctx.qidx + 1, cue.index)) \
            and any(x.marker in SUBJECT_MARKERS and x.kind in ("person", "role") for x in ctx.left_mentions()):
        return None   # Xも「…」とか、…を利用しているYも: a clause listed after the words, about someone else; the
        # subject before the words spoke
    return Decision("speech", "cue_modifies_speaker", 0.9, m)


def _received(ctx, cue):
    """Whether the noun cue is an object received (との指摘を受けた, という言葉をもらった): then the one the clause
    modifies heard the words."""
    seq = ctx.seq
    k = cue.index + 1
    return cue.kind == "noun" and k + 1 < len(seq) and seq[k].surface in ("を", "も") \
        and seq[k + 1].lemma in ctx.doc.lex.word_classes["receive"]


# a noun marked thus is where something goes, not one who speaks (but 「…」と落胆する野村氏に、…が尋ねる: に, を and the
# like are often the speaker's, addressed next)
_OBLIQUE = ("への", "へ", "へは")


def _apposed_after(ctx, k):
    """The person named after a description that starts at unit ``k`` and runs on through nouns, の and ・ only
    (「…」と語る俳優の山本健二郎さん, 「…」と断言する芸能界屈指の洞窟探検家・山本健二郎): the one the cue modifies."""
    seq = ctx.seq
    for j in range(k + 1, min(ctx.hi, k + 10)):
        t = seq[j - 1]
        if not (t.pos1 in ("名詞", "接頭辞", "接尾辞") or t.surface in ("の", "・")):
            return None
        m = ctx.doc.mention_starting(j)
        if m is not None:
            return m if m.kind in ("person", "anonymous") and seq[j - 1].surface in ("の", "・") else None
    return None


def sentence_final_speaker(ctx):
    """「…」と恐縮しきりの中村。 「…」と多香子さん。: a name closing the sentence after the cue; also 「…」とは、
    愛さん（30歳）。 (the words, then who they are from)."""
    seq = ctx.seq
    k = ctx.qidx + 1
    if k + 2 < len(seq) and seq[k].surface == "と" and seq[k + 1].surface == "は" and ctx.speechy:
        k += 2
        while k < len(seq) and seq[k].surface in COMMA:
            k += 1
        m = ctx.doc.mention_ending(_sentence_last(seq, k))
        if m is not None and m.kind == "person" and not m.marker and m.first >= k:
            return Decision("speech", "sentence_final_speaker", 0.8, m)
    if not _has_speech_cue(ctx) or ctx.cue.passive or ctx.cue.voice == "public":
        return None   # (「…」「…」といった声が寄せられた森田: the public's voices, sent to the one named)
    if ctx.cue.kind == "noun" and ctx.cue.index >= 2 and seq[ctx.cue.index - 1].surface == "の" \
            and (owner := ctx.doc.mention_ending(ctx.cue.index - 2)) is not None \
            and owner.kind in ("person", "org", "author", "org_pronoun"):
        return None   # 「…」とする検察側の主張についても、…河野氏。: the noun's owner said them (noun_owner)
    cue = ctx.cue
    if cue.lemma == "言う" and cue.index + 1 < ctx.hi and seq[cue.index + 1].surface == "が" \
            and seq[cue.index + 1].pos2 == "接続助詞":
        return None   # 「三十にして立つ」というが、…森田さん: a saying, not the words of the one the sentence ends on
    stop = next((k for k in range(ctx.qidx + 1, ctx.hi) if seq[k].pos1 == "QUOTE"), ctx.hi)
    if stop < ctx.hi and not any(m.marker in SUBJECT_MARKERS for m in ctx.left_mentions()):
        # 「…」と絶賛するも、先輩には「…」と恐縮しきりの中村。: both quotes are the final name's
        later = ctx.doc.mentions_between(ctx.qidx + 1, ctx.hi)
        if not any(m.marker in SUBJECT_MARKERS for m in later):
            stop = ctx.hi
    for m in ctx.doc.mentions_between(ctx.qidx + 1, stop):
        if m.kind not in ("person", "author") or m.marker:
            continue
        k = m.index + 1
        if k < len(seq) and seq[k].surface in ("（", "("):
            while k < ctx.hi and seq[k].surface not in ("）", ")"):
                k += 1
            k += 1
        before = seq[m.first - 1] if m.first > 0 else None
        if k < ctx.hi and seq[k].surface in _COPULA_TAIL and before is not None \
                and before.pos1 in ("動詞", "助動詞") and before.cform.startswith("連体") and ctx.cue.via != "iu" \
                and not any(x.marker in SUBJECT_MARKERS
                            for x in ctx.doc.mentions_between(_after_last_quote(ctx), ctx.qidx)) \
                and not any(seq[x].surface == "の" and seq[x + 1].surface in ("が", "は")
                            for x in range(ctx.qidx + 1, m.first - 1)):
            while k < ctx.hi and seq[k].surface in _COPULA_TAIL and seq[k].pos1 in ("助動詞", "動詞"):
                k += 1   # …を喜ぶ福田氏であった。, …と言い放つ金平会長だった。 (not a cleft, …と認めるのが、Xだ, nor
                # words of a subject before them)
        if k >= len(seq) or k >= ctx.hi or seq[k].pos1 in ("EOL", "GAP") or seq[k].surface in SENTENCE_END:
            return Decision("speech", "sentence_final_speaker", 0.8, m)
    return None


def _previous_quote(ctx):
    """The unit of the last quote before this one in its sentence, or None."""
    return next((k for k in range(ctx.qidx - 1, ctx.lo - 1, -1) if ctx.seq[k].pos1 == "QUOTE"), None)


def _after_last_quote(ctx):
    """The unit after the last quote before this one in its sentence, or the sentence's first."""
    p = _previous_quote(ctx)
    return ctx.lo if p is None else p + 1


_COPULA_TAIL = {"だ", "だっ", "です", "でし", "で", "あっ", "ある", "あり", "ます", "た"}   # であった, だった, でした


def _sentence_last(seq, k):
    """The last unit of the sentence that unit ``k`` is in, before a remark in brackets and だ／です that close it."""
    end = k
    while end < len(seq) and not (seq[end].pos1 in ("EOL", "GAP", "QUOTE") or seq[end].surface in SENTENCE_END):
        end += 1
    return _before_closing(seq, end - 1, k)


def _before_closing(seq, end, lo=0):
    """The unit before what closes a sentence whose last unit is ``end`` (not going back past ``lo``): だ, です or
    である, then a remark in brackets (…麻衣子さん（30才）だ。, 志津江さん（IT関連）。, 北島三郎である。)."""
    if end > lo + 1 and seq[end].lemma in ("有る", "ある") and seq[end - 1].surface == "で" \
            and seq[end - 1].lemma == "だ":
        end -= 1   # である, as だ
    if end > lo and seq[end].pos1 == "助動詞" and seq[end].lemma in ("だ", "です"):
        end -= 1
    if end > lo and seq[end].surface in ("）", ")"):
        while end > lo and seq[end].surface not in ("（", "(") and seq[end].pos1 not in ("EOL", "QUOTE"):
            end -= 1
        end -= 1
    return end


def reply(ctx):
    """Xが「…」と尋ねると、「…」とアッサリ: the answer to an earlier quote in the sentence is someone else's."""
    b = ctx.barrier()
    if b is None or not _has_speech_cue(ctx):
        return None
    prev_qi = int(ctx.seq[b].lemma.rstrip("?"))
    got = ctx.doc.turns.decision(prev_qi)
    prev_name = got[1] if got else None
    prev_ctx = Context(ctx.doc, prev_qi)
    prev_cue = prev_ctx.cue
    if got is not None and got[0].mention is not None and prev_name \
            and not (prev_cue is not None and (prev_cue.passive or prev_cue.act in ("ask", "answer")
                                               or _cue_act(ctx.doc.lex, prev_cue.lemma) in ("ask", "answer"))) \
            and not ctx.seq[b].lemma.endswith("?") and _asked_between(ctx, prev_ctx.end):
        # 岡田監督は「…」と苦笑いを浮かべるも、…を訊かれれば、「…」と語った: the earlier words were no question, and
        # the one who said them is asked now and answers
        return Decision("speech", "reply", 0.7, got[0].mention)
    # the one asked: the topic of a passive question (Xは「…」と訊かれると), or the addressee (Xに振るや)
    region = ctx.doc.mentions_between(prev_ctx.lo, ctx.qidx)
    if prev_cue is not None and prev_cue.passive:
        for m in reversed(region):
            if m.marker in ("は", "も") and m.kind == "person":
                return Decision("speech", "reply", 0.7, m)
    for m in reversed(region):
        if m.marker in ("に", "には") and m.kind == "person" and ctx.doc.name_of(m)[0] != prev_name:
            return Decision("speech", "reply", 0.7, m)
    topic_person = _topic_over(ctx, prev_ctx.lo, b, prev_name)
    if topic_person is not None:   # 北川監督は、記者が「…」と聞くと、「…」と答えた: the topic of the whole sentence
        return Decision("speech", "reply", 0.7, topic_person)   # answers
    other = ctx.doc.turns.current_speaker(prev_qi, prev_ctx.start, exclude=prev_name, strict=False)
    if other is not None:
        return Decision("speech", "reply", 0.6, other)
    return None


def _asked_between(ctx, after):
    """Whether a verb of asking in the passive (訊かれれば, 問われると, 突っ込まれると) stands between character offset
    ``after`` and the quote, with no quote of its own: the subject is asked there."""
    cues = ctx.doc.lex.cues
    seq = ctx.seq
    for k in range(ctx.qidx - 1, ctx.lo - 1, -1):
        t = seq[k]
        if t.start < after or t.pos1 == "QUOTE":
            return False
        if t.pos1 in ("動詞", "名詞") and cues.get(t.lemma, ("", ""))[1] == "ask" and k + 1 < ctx.qidx \
                and seq[k + 1].lemma in PASSIVE_AUX and not (k > 0 and seq[k - 1].pos1 == "QUOTE"):
            return True
    return False


def genitive_noun_cue(ctx):
    """Xの「…」という質問／発言／言葉: the noun cue's owner, named just before the quote."""
    cue = ctx.cue
    if cue is None or cue.strength != "noun":
        return None
    if ctx.qidx >= 2 and ctx.seq[ctx.qidx - 1].surface in ("の", "から"):
        m = ctx.doc.mention_ending_before(ctx.qidx - 1)
        if m is not None:
            return Decision("speech", "genitive_noun_cue", 0.9, m)
    said = _said_before_noun(ctx)
    if said is None:
        return None
    if said is False:   # (監督が語ってくれた「…」という言葉: someone's words, who is not named)
        return Decision("speech", "genitive_noun_cue", 0.5, None, "unknown", "said by someone not named")
    return Decision("speech", "genitive_noun_cue", 0.85, said)


def _said_before_noun(ctx):
    """Xが語った「…」という言葉, Xの明かした「…」との一言: a verb of saying in the past, right before the words, makes
    them the words of its subject (a person named with が or の in the clause); Xから言われた「…」 those of the one
    they came from. The mention; False where the verb is there but no person is named as the one who said them;
    None where no such verb is."""
    seq = ctx.seq
    k = ctx.qidx - 1
    if k < 1 or seq[k].surface != "た":
        return None   # (世間でよく言われる「…」: a saying)
    while k > ctx.qidx - 4 and k > 0 and (seq[k].pos1 == "助動詞" or seq[k].surface in ("て", "くれ")):
        if seq[k].lemma in ("れる", "られる"):
            if k >= 1 and seq[k - 1].lemma == "言う":   # 監督から言われた「…」という言葉: the one it came from
                return _words_from(ctx) or False
            return None   # (ポスターに書かれた「…」: a printed word)
        k -= 1
    if k >= ctx.qidx - 1 or seq[k].pos1 != "動詞" \
            or ctx.doc.lex.cues.get(seq[k].lemma, ("", ""))[1] not in ("say", "write"):
        return None
    for m in ctx.left_mentions():   # nearest first
        if m.index >= k:
            continue
        if m.marker in ("が", "の") and m.kind in ("person", "role", "author"):
            return m
        if m.marker in SUBJECT_MARKERS or m.marker in ("に", "から", "の"):
            return False
    return False


def caption(ctx):
    """X「…」 and X：「…」 in captions, lists and headlines: a name right before the bracket."""
    after = _headline_speaker_after(ctx)
    if after is not None:   # 「経済は回復基調」日銀総裁, 「解散は考えていない」と首相: a headline names the speaker last
        return Decision("speech", "caption", 0.75, after)
    j = ctx.qidx - 1
    while j >= 0 and ctx.seq[j].pos1 == "空白":
        j -= 1
    if j < 0:
        return None
    if ctx.seq[j].surface in ("：", ":"):
        j -= 1
    m = ctx.doc.mention_ending(j)
    if m is None or m.kind not in ("person", "role", "author") or (m.marker and m.marker not in ("：", ":")):
        return None
    if _cites_article(ctx):   # 北川ユカ「…」。⏎『北浜新聞』、2020年1月5日。: an author and the title of a cited article
        return Decision("title", "caption", 0.8, reason="the title of a cited article, after its author's name")
    if not ctx.speechy and not (ctx.cue and ctx.cue.strength == "strong") and not _headline_echoes(ctx, m):
        return None
    if _told_of_another(ctx):   # 鴨田：「…」とおっしゃるんです: the one labelled tells someone else's words
        return Decision("speech", "no_speaker", 0.4, None, "unknown", "words the labelled speaker tells of another")
    if _asks(ctx) and m.marker not in ("：", ":") and ctx.doc.text.startswith(("との", "という"), ctx.end):
        # 北山ユミ　「今、幸せ？」との質問に「…」: a question put to the one named (not 「…」とファンからの質問に,
        # the answer to one)
        return Decision("speech", "no_speaker", 0.4, None, "unknown", "a question put to the one named before it")
    return Decision("speech", "caption", 0.75, m)


def _headline_speaker_after(ctx):
    """In the headline, a person or a role right after the words (past と) that ends the headline or its phrase (line
    end, a space, 、): the one who said them, where the words read as an utterance or a later quote holds them;
    else None."""
    seq = ctx.seq
    k = ctx.qidx + 1
    if k < len(seq) and seq[k].surface == "と" and seq[k].start == ctx.end:
        k += 1
    m = ctx.doc.mention_starting(k)
    if m is None or m.kind not in ("person", "role") or m.marker or seq[k].start > ctx.end + 1 \
            or not (m.kind == "role" or m.title):
        return None   # (「やっぱりかわいい」川澄奈穂美: words about one a headline names without a title)
    end = seq[m.index].end
    text = ctx.doc.text
    if not (end >= len(text) or text[end] in "\n 　、,"):
        return None
    if not _headline_line(ctx) or not (ctx.speechy or _headline_echoes(ctx, m)):
        return None
    return m


def _headline_line(ctx):
    """Whether the quote stands in the headline: the first line, past a page's address and date."""
    return ctx.doc.text.rfind("\n", 0, ctx.start) + 1 == headline_start(ctx.doc.text)


def headline_start(text):
    """Where the headline's line starts: the first line, past a page's address and its date on lines of their own
    (livedoor's articles)."""
    line_start = 0
    for _ in range(2):
        nl = text.find("\n", line_start)
        if nl < 0 or not _ADDRESS_OR_DATE.match(text, line_start, nl):
            break
        line_start = nl + 1
    return line_start


def _headline_echoes(ctx, m):
    """Whether the quote stands in the headline (the first line, past a page's address and date) and a later quote
    of the text holds its words in a sentence that names the one mention ``m`` names (日銀総裁「経済は回復基調」 over
    日銀の森田一郎総裁は…「日本経済は回復基調にある」と述べた): a headline's words cut short, not a term."""
    if not _headline_line(ctx):
        return False
    doc = ctx.doc
    name = doc.name_of(m)[0]
    words = ctx.inner.strip(_ECHO_STRIP)
    if name is None or len(words) < 4:
        return False
    for j in range(ctx.qi + 1, len(doc.quotes)):
        s, e = doc.quotes[j]
        if words in doc.text[s + 1:e - 1]:
            lo = doc.sentence_start(doc.where[j])
            if any(doc.name_of(x)[0] == name for x in doc.mentions_between(lo, doc.where[j])):
                return True
    return False


_PARALLEL = {"ほか", "他", "一方"}   # …としているほか、Xも「…」: the clause after is another's, in parallel
_CITATION_LINE = regex.compile(r"[『「]?[^\n『』「」]{1,40}[』」]?、\s*\d{4}年\d{1,2}月\d{1,2}日")


def _cites_article(ctx):
    """Whether the quote closes its line (but for 。) and the next line names a source and a date (『北浜新聞』、
    2020年1月5日。): the line before is a cited article, author and title, as reports list their sources."""
    text = ctx.doc.text
    rest = text[ctx.end:ctx.end + 3]
    if not (rest.startswith("\n") or rest.startswith("。\n")):
        return False
    nl = text.find("\n", ctx.end)
    return _CITATION_LINE.match(text, nl + 1) is not None


def label_line(ctx):
    """（sajo_towsonさん） on a line of its own, then 「…」 opening the next paragraph: a list of answers; also
    ジュンコさん（35歳／会社員）「…」, a line that opens with someone named and their profile, then their words."""
    seq = ctx.seq
    if not ctx.opens_line() and ctx.speechy and ctx.qidx >= 3 and seq[ctx.qidx - 1].surface in ("）", ")"):
        lo, _hi = ctx.line_units()
        m = ctx.doc.mention_starting(lo)
        if m is not None and m.kind == "person" and m.index + 1 < ctx.qidx \
                and seq[m.index + 1].surface in ("（", "(") and ctx.qidx - m.index <= 12 \
                and age_inside(seq, m.index + 1) \
                and not any(seq[x].surface in ("（", "(") for x in range(m.index + 2, ctx.qidx)):
            return Decision("speech", "label_line", 0.75, m)
        return None
    if not ctx.opens_line() or not (ctx.speechy or _has_speech_cue(ctx)):
        return None
    m = _heading_over_fields(ctx)
    if m is not None:
        return Decision("speech", "label_line", 0.75, m)
    j = ctx.qidx - 1
    while j >= 0 and seq[j].pos1 == "EOL":
        j -= 1
    if j < 1 or seq[j].surface not in ("）", ")", "：", ":"):
        return None
    lo = j
    while lo > 0 and seq[lo - 1].pos1 != "EOL":
        lo -= 1
    opener = ctx.doc.mention_starting(lo)
    long_profile = opener is not None and opener.kind == "person" and opener.index + 1 < j \
        and seq[opener.index + 1].surface in ("（", "(") and j - lo <= 20
    # (森咲樹（アップアップガールズ（仮））: a name opening the line, then a profile in brackets, nested)
    if (j - lo > 8 and not long_profile) or any(seq[x].pos1 == "QUOTE" for x in range(lo, j)):
        return None   # (「…」（チナツさん）: the line's own words are the one named's, not these)
    for m in ctx.doc.mentions_between(lo, j):
        if m.kind in ("person", "author"):
            return Decision("speech", "label_line", 0.75, m)
    return None


_FIELD_LINE = regex.compile(r"^[^\n「」『』：:。]{1,24}[：:][^\n「」『』]{0,40}$")   # 採点：90点, MVP：本田
_HEADING_LINE = regex.compile(rf"^[{HEADING_MARKS}]\s*([^\n「」『』：:。、]{{1,20}})\s*$")   # ■名波氏


def _heading_over_fields(ctx):
    """■名波氏⏎採点：90点⏎MVP：本田⏎「…」: a heading that is a person's name alone, over lines of fields (a label, a
    colon, a value) and the words on the line after them, in one paragraph: the words are the one the heading names
    (not a name given as a field's value). The mention, or None."""
    text = ctx.doc.text
    end = ctx.start - 1   # the line end before the words
    fields = 0
    while end > 0 and text[end] == "\n" and fields <= 8:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].rstrip("\r")
        if not line.strip():
            return None   # a blank line ends the paragraph
        if _FIELD_LINE.match(line.strip()):
            fields += 1
            end = start - 1
            continue
        head = _HEADING_LINE.match(line.strip())
        if fields == 0 or head is None:
            return None
        for m in reversed(ctx.doc.mentions_between(0, ctx.qidx)):
            if m.end <= start:
                break
            if m.kind == "person" and m.start >= start and not text[m.end:end].strip() \
                    and text[start:m.start].strip() in tuple(HEADING_MARKS):
                return m
        return None
    return None


_DASHES = ("―", "—", "─", "──", "――", "——")


def named_next(ctx):
    """「…」。 then そう話してくれたのは、会社員の志穂さん: the next sentence names who said it."""
    seq = ctx.seq
    k = ctx.qidx + 1
    while k < len(seq) and (seq[k].pos1 in ("EOL", "空白") or seq[k].surface in SENTENCE_END
                            or seq[k].surface in _DASHES):
        k += 1   # (the next line may open with a space: 　そう語ったのは…; 「…」――。X は…こう訴えた)
    if k >= len(seq):
        return None
    text = ctx.doc.text
    if seq[k].surface not in ("そう", "こう") and ctx.cue is None and ctx.speechy and (
            text.find("こう", ctx.end, ctx.end + 80) >= 0 or text.find("そう", ctx.end, ctx.end + 80) >= 0):
        m = _subject_of_kou(ctx, k)   # (also on the next line: 「…」⏎Xは笑顔でこう語った。)
        if m is UNREAD:
            return Decision("speech", "no_speaker", 0.4, None, "unknown", "the next sentence's subject is unread")
        if m is not None and m.kind == "anonymous":
            return Decision("speech", "named_next", 0.8, None, "anonymous", "the next sentence's subject: " + m.text)
        if m is not None:
            return Decision("speech", "named_next", 0.8, m)
    if ctx.cue is None and ctx.speechy and seq[k].surface not in ("そう", "こう") and not is_end(seq[k]) and any(
            seq[x].pos1 == "EOL" for x in range(ctx.qidx + 1, k)):
        # 「…」⏎今回話を聞いた中で、そう答えたのは千鶴さん: そう after a few words opening the next line
        for x in range(k + 1, min(len(seq), k + 12)):
            if is_end(seq[x]) or seq[x].pos1 == "QUOTE":
                break
            if seq[x].surface in ("そう", "こう") and seq[x].pos1 == "副詞" and x + 1 < len(seq) \
                    and _cue_act(ctx.doc.lex, seq[x + 1].lemma) in ("say", "answer"):
                k = x
                break
    if seq[k].surface not in ("そう", "こう"):
        # 「…」。試合後に語った原健一監督だが: the next sentence opens with its speaker, modified by a cue
        if ctx.cue is not None or not ctx.speechy:
            return None
        lex = ctx.doc.lex
        for x in range(k, min(len(seq) - 1, k + 8)):
            if is_end(seq[x]) or seq[x].pos1 == "QUOTE":
                break
            if seq[x].pos1 == "動詞" and _cue_act(lex, seq[x].lemma) in ("say", "answer"):
                y = x + 1
                while y < len(seq) and seq[y].pos1 == "助動詞":
                    y += 1
                m = ctx.doc.mention_starting(y)
                if m is not None and m.kind == "person":
                    return Decision("speech", "named_next", 0.7, m)
        m = _told_next(ctx, k)
        if m is not None:
            return Decision("speech", "named_next", 0.7, m)
        m = _acts_next(ctx, k)
        if m is not None:
            return Decision("speech", "named_next", 0.7, m)
        return None
    end = k
    while end < len(seq) and not (seq[end].pos1 in ("EOL", "GAP") or seq[end].surface in SENTENCE_END):
        end += 1
    v = k + 1
    if v < end and seq[v].pos1 == "動詞" and _cue_act(ctx.doc.lex, seq[v].lemma) in ("say", "answer"):
        while v + 1 < end and seq[v + 1].pos1 in ("助動詞", "動詞") or (v + 1 < end and seq[v + 1].surface == "て"):
            v += 1   # そう語っていた: the verb and its auxiliaries
        if seq[v].cform.startswith("連体") and v + 1 < end and seq[v + 1].pos1 in ("名詞", "接頭辞"):
            # 「…」⏎そう語る代表取締役社長の井上氏ら、: the one the verb of speech describes
            m = next((x for x in ctx.doc.mentions_between(v + 1, min(end, v + 11)) if x.kind in ("person", "author")),
                     None)
            if m is not None:
                return Decision("speech", "named_next", 0.75, m)
    for p in range(k + 1, min(end, k + 12)):
        if seq[p].surface == "の" and p + 1 < end and seq[p + 1].surface == "は":
            m = next((x for x in ctx.doc.mentions_between(p + 2, end) if x.kind in ("person", "author")
                      and not _describes_next(seq, x, end)), None)
            if m is not None:
                return Decision("speech", "named_next", 0.75, m)
    return None


def _acts_next(ctx, k):
    """「…」。鈴木一郎裁判長は19日の会見で語気を強めた。: words that make a sentence of their own at a sentence's start,
    then a sentence with no words quoted whose subject is someone named and whose predicate is a cue of the table
    (陳謝した), shows a view or a feeling (…の発言に不快感を示した) or names an occasion for speaking (会見で語気を
    強めた): that subject said them. The mention, or None."""
    seq = ctx.seq
    if ctx.qidx + 1 >= len(seq) or not (
            (ctx.opens_sentence() and seq[ctx.qidx + 1].surface == "。")
            or (_opens_line_past_space(ctx) and seq[ctx.qidx + 1].pos1 in ("名詞", "接頭辞"))):
        return None   # (「…」ヒロイン役の北川が…連呼した: words opening a line, the sentence run on after them)
    end = k
    while end < len(seq) and not (seq[end].pos1 in ("EOL", "GAP", "QUOTE") or seq[end].surface in SENTENCE_END):
        end += 1
    if end >= len(seq) or seq[end].surface != "。":
        return None
    v = end - 1
    while v > k and (seq[v].pos1 == "助動詞" or (seq[v].pos1 == "助詞" and seq[v].surface in ("て", "で"))
                     or seq[v].lemma in ("居る", "いる")):
        v -= 1
    if v - 1 > k and seq[v].lemma == "為る" and seq[v - 1].pos1 == "名詞":
        v -= 1   # 陳謝|し|た: the noun of a verb made with する
    elif v - 2 > k and seq[v].lemma == "為る" and seq[v - 1].surface == "に" and seq[v - 2].lemma == "露わ":
        v -= 2   # 危機感を|あらわ|に|し|た
    lex = ctx.doc.lex
    if v <= k or seq[v].pos1 not in ("動詞", "名詞", "形状詞") or not (
            lex.cues.get(seq[v].lemma, ("", ""))[1] in ("say", "answer", "react")
            or any(seq[x].lemma in lex.word_classes["occasion"] for x in range(k, v))
            or _shows_stance(seq, v, k, lex)):
        return None   # (a cue of the table, any predicate of someone at an occasion for speaking: 会見で, or a view or
        # a feeling shown: 不快感を示した)
    if any(seq[x].lemma in ("次", "以下", "下記") or seq[x].surface in ("こう", "このように") for x in range(k, v)):
        return None   # (…は次のように語った, こう分析する: the sentence points ahead, to words after it)
    subject = next((m for m in ctx.doc.mentions_between(k, v) if m.marker in ("は", "が")), None)
    if subject is None or subject.kind not in ("person", "org", "role") or (subject.first - k > 3 and not all(
            seq[x].pos1 in ("名詞", "接尾辞", "接頭辞") or seq[x].surface in ("の", "・") for x in range(k, subject.first))):
        return None   # (the subject opens the sentence, or a noun phrase of its role before it: not …の会見で、
        # 鈴木氏が…)
    return subject


_SHOW_VERBS = {"示す", "見せる", "滲む", "にじむ", "覗かせる", "のぞかせる", "表す", "浮かべる", "露わ"}


def _shows_stance(seq, v, k, lex):
    """Whether the predicate at unit ``v`` shows a view or a feeling: a verb of showing (示す, 見せる, にじませる,
    あらわにする) whose object, after unit ``k``, is a noun of the word class ``stance`` (考え, 難色) or ends in 感
    (不快感, 危機感)."""
    if seq[v].lemma not in _SHOW_VERBS or v - 2 <= k or seq[v - 1].surface != "を":
        return False
    n = seq[v - 2]
    return n.lemma in lex.word_classes["stance"] or (n.surface == "感" and seq[v - 3].end == n.start
                                                      and seq[v - 3].pos1 == "名詞")   # (不快|感: 感 glued to a noun)


def _opens_line_past_space(ctx):
    """Whether only spaces stand between the start of the quote's line and the quote (　「…」)."""
    j = ctx.qidx - 1
    while j >= 0 and ctx.seq[j].pos1 == "空白":
        j -= 1
    return j < 0 or ctx.seq[j].pos1 == "EOL"


def _told_next(ctx, k):
    """「…」。北村健太選手は笑顔で話した。: the sentence right after the words opens with someone named and ends on
    a verb of speech, with no words of its own: the one who said them (not 次のように語った, which points ahead, nor
    これに対し…: an answer)."""
    seq = ctx.seq
    if not (ctx.ends_sentence() and ctx.speechy) or any(seq[x].pos1 == "EOL" for x in range(ctx.qidx + 1, k)):
        return None
    m = ctx.doc.mention_starting(k)
    if m is None and seq[k].lemma == "又" and k + 1 < len(seq):   # また、北村氏は
        k += 2 if seq[k + 1].surface in COMMA else 1
        m = ctx.doc.mention_starting(k)
    if m is None or m.kind != "person" or m.marker not in ("は", "が"):
        return None
    end = m.index + 1
    while end < len(seq) and end - m.index < 16 and not (seq[end].pos1 in ("EOL", "GAP", "QUOTE")
                                                         or seq[end].surface in SENTENCE_END):
        end += 1
    if end >= len(seq) or seq[end].surface not in ("。", "！") or end - m.index >= 16:
        return None
    words = ctx.doc.text[seq[m.index].end:seq[end].start]
    if any(w in words for w in ("次のように", "以下のように", "こう", "このように")):
        return None
    v = end - 1
    while v > m.index and seq[v].pos1 in ("助動詞", "助詞") or (v > m.index and seq[v].pos2 == "非自立可能"):
        v -= 1
    if v > m.index and seq[v].pos1 in ("動詞", "名詞") and _cue_act(ctx.doc.lex, seq[v].lemma) == "say":
        return m
    return None


def _describes_next(seq, m, end):
    """Whether mention ``m`` only describes the one named after it (…北浜スクール講師を務める山田氏, …の代表である
    山田氏): a verb of holding a post follows it, then another name before ``end``."""
    k = m.index + 1
    if k + 1 >= end or seq[k].surface not in ("を", "で", "と") or seq[k + 1].lemma not in ("務める", "勤める", "為る",
                                                                                         "有る", "だ", "兼ねる"):
        return False
    return any(seq[x].pos3 == "人名" for x in range(k + 2, end))


def _cue_act(lex, lemma):
    """The act of a cue word of the lexicon (say, answer, ask…), "" for any other word."""
    return lex.cues.get(lemma, ("", ""))[1]


def _subject_of_kou(ctx, k):
    """「…」。鈴木財務相は19日、記者団にこう述べた。: the subject of the next sentence, which points back at the
    quote with こう／そう before its speech verb."""
    seq = ctx.seq
    lex = ctx.doc.lex
    end = k
    while end < len(seq) and not is_end(seq[end]) and seq[end].pos1 != "QUOTE":
        end += 1
    if end < len(seq) and seq[end].pos1 == "QUOTE":
        return None
    after = end + 1 if end < len(seq) and seq[end].surface in SENTENCE_END else end
    while after < len(seq) and seq[after].pos1 in ("EOL", "空白"):
        after += 1
    if after > end + 1 and after < len(seq) and seq[after].pos1 == "QUOTE" and any(
            seq[x].pos1 == "EOL" for x in range(end, after)) and (
            after + 1 >= len(seq) or seq[after + 1].pos1 in ("EOL", "GAP") or seq[after + 1].surface in SENTENCE_END):
        return None   # 「…」⏎Xはその理由をこう語る。⏎「…」⏎: こう points at the words the next line holds
    text = ctx.doc.text
    for p in range(k + 1, end):
        if seq[p].surface not in ("こう", "そう") or seq[p].pos1 != "副詞" \
                or text.startswith(("こういう", "こういった", "そういう", "そういった"), seq[p].start):
            continue   # (こういう一言, そういった人: a kind of thing, not words pointed back at)
        if not any(lex.cues.get(seq[x].lemma, ("", ""))[0] in ("verb", "noun") and seq[x].pos1 in ("動詞", "名詞")
                   for x in range(p + 1, min(end, p + 4))):   # こう述べた, そう明言した
            continue
        for m in reversed(ctx.doc.mentions_between(k, p)):
            if m.marker in SUBJECT_MARKERS and m.kind in ("person", "role", "author", "org", "anonymous"):
                return m   # (「…」。球団担当記者は、こう語る: a source described, not named)
        if not ctx.doc.mentions_between(k, p) and _unread_subject(ctx, k, p):
            return UNREAD   # 「…」。関学環境相は…そう語った: words said, by a subject no one was read in
        return None
    return None


UNREAD = object()   # _subject_of_kou: the next sentence points back at the words, and its subject is unread


_HEADLINE_MARKS = ("・", "■", "【", "●", "◆", "▼", "※")
# 【ワシントン＝山田太郎】: where and by whom; 【ワシントン共同】, 【北京時事】, 【ロンドン・ロイター】: where, and the agency
_DATELINE = regex.compile(r"【(?:[^】\n＝=]{1,12}[＝=][^】\n]{1,12}|[^】\n]{1,16}?[・＝=]?"
                          r"(?:共同|時事|ロイター|ＡＦＰ|AFP|ＡＰ|AP|新華社|聯合|ブルームバーグ|ＤＰＡ|DPA|タス|通信))】")


_HEADLINE_NOT_SPEAKER = ("に", "には", "へ", "への", "を", "に対し", "に対して")


def headline(ctx):
    """A line of a list of headlines (・マツコデラックス、韓国人に「出てけ！」): the quote is the headline's
    words, said by the person the headline opens with, if any."""
    line_start = ctx.doc.text.rfind("\n", 0, ctx.start) + 1
    line_end = ctx.doc.text.find("\n", ctx.end)
    if _DATELINE.match(ctx.doc.text, line_start) is not None \
            and "。" in ctx.doc.text[ctx.end:line_end if line_end >= 0 else len(ctx.doc.text)]:
        return None   # 【ワシントン＝山田太郎】…は「…」と述べた。: a report's dateline and byline, then its lead
    if not ctx.doc.text.startswith(_HEADLINE_MARKS, line_start):
        if not _listed_link(ctx.doc.text, line_start) or "。" in ctx.doc.text[line_start:ctx.start] \
                or "。" in ctx.doc.text[ctx.end:line_end if line_end >= 0 else len(ctx.doc.text)]:
            return None   # (not …新川さんは⏎「…」と話した。⏎http://…: a sentence of a quoted report, before its address)
    before = ctx.doc.text[line_start:ctx.start]
    if before.count("。") >= 2 or ("。" in before and len(before) > 60):
        return None   # ●私は…イヤです。…憧れますね。友人は「…」といってくれます: a paragraph of sentences, not a
        # headline (but ・…まさかのドロー。セルジオ氏は「…」: a headline of two short phrases)
    seq = ctx.seq
    if ctx.cue is not None and ctx.cue.strength == "nonspeech":
        return None
    lex = ctx.doc.lex
    nxt = seq[ctx.qidx + 1] if ctx.qidx + 1 < len(seq) else None
    if nxt is not None and nxt.start == ctx.end and nxt.pos2 == "普通名詞" and nxt.known \
            and nxt.lemma not in lex.speech_nouns and len(ctx.inner) <= 10 and ctx.qidx + 2 < len(seq) \
            and seq[ctx.qidx + 2].surface in ("が", "を", "は", "も"):
        return None   # NHKの「…」ボタンが気になる: short words that name the thing after them (not 「…」司会の今田耕司も,
        # 「…」マラソン五輪代表問題が: a headline's next clause)
    lo, _end = ctx.line_units()
    people = [m for m in ctx.doc.mentions_between(lo, ctx.qidx) if m.kind == "person"]
    prev = seq[ctx.qidx - 1] if ctx.qidx > lo else None
    if prev is not None and prev.pos1 in ("動詞", "形容詞") and prev.end == ctx.start \
            and not prev.cform.startswith("連用形") and lex.cues.get(prev.lemma, ("", ""))[0] != "verb" \
            and (nxt is None or nxt.pos1 == "EOL" or nxt.surface in ("【", "(", "（")):
        clause = max(ctx.doc.text.rfind(c, 0, ctx.start) for c in "！？!?。　 \n")
        if not any(m.start > clause for m in people):
            return None   # 総集編が気になる「…」【話題】: a verb not of speech that describes the words closes the
            # headline, and no one is named in its clause (a title; not ノムさん怒る「…」)
    if not people:   # ・「…」乙武洋匡のツイッターに戸惑い: the one named after the words, as a subject or their medium's
        # (・「…」Xの質問にYが激怒: the one whose question the words are)
        hi = ctx.qidx + 1
        while hi < len(seq) and seq[hi].pos1 not in ("EOL", "QUOTE"):
            hi += 1
        people = [m for m in ctx.doc.mentions_between(ctx.qidx + 1, hi) if m.kind == "person" and (
            m.marker in SUBJECT_MARKERS or (m.marker == "の" and m.index + 2 < len(seq) and (
                lex.sources.get(seq[m.index + 2].lemma) == "public" or seq[m.index + 2].lemma in lex.speech_nouns)))][:1]
    before = next((m for m in reversed(ctx.doc.mentions_between(lo, ctx.qidx))
                   if all(seq[x].pos1 in ("QUOTE", "空白") or seq[x].surface in COMMA
                          for x in range(m.index + 1, ctx.qidx))), None)
    if before is not None and before.kind in ("anonymous", "public") and not before.marker and ctx.speechy \
            and not before.text.endswith(tuple(lex.word_classes["writings"])) and not ctx._noun_phrase():
        # (not 宇多田ヒカル久々ツイッター「…」: where the one named wrote; nor 管理人「ひろゆき」: a name)
        # ・…→松井知事「…」→職員「手当てくれ」, ネットユーザー「ひどいアプリ」「笑えない」: the words of the source
        # written right before them (or before the chain they close), not those of the one the headline names
        return Decision("speech", "headline", 0.6, None, "anonymous" if before.kind == "anonymous" else "unknown")
    near = next((m for m in reversed(ctx.doc.mentions_between(lo, ctx.qidx))
                 if m.marker in ("は", "も", "が") and _right_before_quote(seq, m.index + 1, ctx.qidx)), None)
    if near is not None and near.kind in ("anonymous", "public") and ctx.speechy:
        # ・二宮と熱愛の佐々木希、関係者は「…」, 武豊が引退ほのめかす？ 関係者も「…」: the unnamed source right before
        # the words speaks, not the one the headline opens with
        return Decision("speech", "headline", 0.6, None, "anonymous" if near.kind == "anonymous" else "unknown")
    inner = ctx.inner.strip(_TRAIL)
    after = ctx.doc.text[ctx.end:ctx.end + 12].lstrip(" 　")[:1]   # the headline ends with the words
    adjacent = [m for m in people if m.marker in ("は", "が") and _right_before_quote(seq, m.index + 1, ctx.qidx)]
    said = ctx.speechy or (len(inner) >= 8 and after in ("", "\n", "(", "（", "【") and bool(adjacent))
    # (・日本代表敗戦、森下氏は「海外組は完全に時差ボケ」: words ending in a noun, said by the subject right before them)
    if not said or (not people and not (len(inner) >= 10 and not inner.endswith(("！", "!")))):
        return None
    speaker = adjacent[-1] if adjacent else next((m for m in people if m.marker not in _HEADLINE_NOT_SPEAKER and (
        m.marker != "の" or m.index > ctx.qidx
        or (m.index + 2 < len(seq) and seq[m.index + 2].lemma in ctx.doc.lex.speech_nouns))), None)
    # (・橋下に職員反発「…」: the one the words are put to, with に or を, is no speaker)
    return Decision("speech", "headline", 0.6, speaker, "unknown" if speaker is None else "person")


def _in_related_list(text, line_start):
    """Whether the line at ``line_start`` is an item of a list of links to related articles: it and the lines right
    above it open with a mark (・), up to a short heading that speaks of related articles (■関連記事, 【関連ニュース】)."""
    while line_start > 0:
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        prev = text[prev_start:line_start - 1].strip()
        if not prev.startswith(_HEADLINE_MARKS[0]):
            return len(prev) <= 20 and prev.startswith(("【", "■", "＜", "<")) and "関連" in prev
        line_start = prev_start
    return False


def _listed_link(text, line_start):
    """Whether the line at ``line_start`` is a headline in a list of links with no mark before it: the line after it is
    a page's address (…平野綾　事務所解雇騒動の裏側⏎http://…), or the line before it heads such a list (【関連記事】)."""
    end = text.find("\n", line_start)
    if end >= 0 and text.startswith(("http://", "https://"), end + 1):
        return True
    prev_end = line_start - 1
    while prev_end > 0 and text[prev_end - 1] == "\n":
        prev_end -= 1
    prev = text[text.rfind("\n", 0, prev_end) + 1:prev_end].strip()
    return len(prev) <= 20 and prev.startswith(("【", "■", "＜", "<")) and "関連" in prev


def cited_headline(ctx):
    """『小林被告、弁護人に「死刑覚悟していた」』: words quoted in the headline of a cited article (the sources listed at
    the end of a report) are speech when they read as words said, by the one the headline names as a subject; a
    word or a name in brackets there (『「一太郎」訴訟』) is not."""
    text = ctx.doc.text
    if ctx.opens_line() and _cites_article(ctx):
        # 「北浜市長、再選へ意欲」。⏎『北浜新聞』、2020年1月5日。: a line of its own before a source and a date is the
        # title of a cited article, whatever it quotes
        return Decision("title", "cited_headline", 0.8, reason="the title of a cited article, before its source")
    if "『" not in text or not in_work_title(text, ctx.start):
        return None
    seq = ctx.seq
    if ctx.qidx + 2 < len(seq) and seq[ctx.qidx + 1].surface == "と" and ctx.speechy:
        m = ctx.doc.mention_starting(ctx.qidx + 2)
        if m is not None and m.kind == "person":
            # 『「…」と森田前首相　党内に驚き』: the words, と and the one who said them open the headline; a verb
            # further on is the headline's next phrase
            return Decision("speech", "cited_headline", 0.6, m)
    cued = ctx.cue is not None and ctx.cue.strength in ("strong", "nonspeech") and not any(
        seq[k].pos1 == "空白" for k in range(ctx.qidx + 1, ctx.cue.index))
    if cued and (ctx.cue.strength == "nonspeech" or not _short_headline(ctx) or any(
            m.kind in ("person", "org") for m in _headline_named(ctx, seq) if m.end <= ctx.start)):
        return None   # the sieve's other rules read a cue (not one past a space, which closes the headline's phrase)
        # and a subject the headline names before it
    if cued:
        # 『「…」と批判　靖国参拝で河野衆院議長』, 『…雑誌も「…」と警告』: the speaker is in the headline or unknown,
        # never someone the report names outside it
        after = [m for m in _headline_named(ctx, seq) if m.start >= ctx.end
                 and (m.kind == "person" or m.marker in SUBJECT_MARKERS)]   # (『「…」とB-CASは否定』)
        return Decision("speech", "cited_headline", 0.6, after[0] if len(after) == 1 else None)
    if not (ctx.speechy or len(ctx.inner) >= 6) or not any(t.pos1 in ("動詞", "形容詞", "助動詞") or t.pos2 == "終助詞"
                                                          for t in ctx.doc.tokenizer.tokenize(ctx.inner)):
        return None   # words said have a predicate (「言いたくない」, 「特許は進歩性なく無効」: a headline ends in a noun);
        # a name or term has none (「核のごみ」)
    for j in range(ctx.qi):   # the same words read as a title or a name before (ドラマ「…」): a title here too
        got = ctx.doc.turns.decision(j)
        s, e = ctx.doc.quotes[j]
        if got is not None and got[0].kind in ("title", "name") and text[s + 1:e - 1] == ctx.inner:
            return Decision(got[0].kind, "cited_headline", 0.8, reason="read as a title before")
    lo, _hi = ctx.line_units()
    adjacent = [m for m in ctx.doc.mentions_between(lo, ctx.qidx) if m.marker in ("が", "は")
                and m.kind in ("person", "role", "org") and all(
                    seq[x].surface in COMMA or seq[x].pos1 in ("空白", "助詞") or seq[x].lemma in ctx.doc.lex.cues
                    or (seq[x].pos3 == "サ変可能" and x == ctx.qidx - 1)
                    for x in range(m.index + 1, ctx.qidx))]
    if adjacent:   # 『スアレス、またかみつきか　イタリア監督が糾弾「…」』: the subject right before the words (past
        # a cue or a verbal noun) speaks, not the one the headline opened with; a role or a body there is left for
        # cited_echo to name from the body's words
        m = adjacent[-1]
        return Decision("speech", "cited_headline", 0.6, m if m.kind == "person" else None,
                        "person" if m.kind == "person" else "unknown")
    named = _headline_named(ctx, seq)
    people = [m for m in named if m.kind == "person"] or named
    before = [m for m in people if m.end <= ctx.start]
    after = [m for m in people if m.start >= ctx.end and m.kind == "person"]   # not …・富山県警』, the news source
    # the one named before the words (『X被告、弁護人に「…」』), else the one after them (『「…」X容疑者』)
    speaker = before[0] if len(before) == 1 else after[0] if len(after) == 1 and not before else None
    return Decision("speech", "cited_headline", 0.6, speaker)


def _headline_bounds(ctx):
    """(offset of the 『 before the quote or -1, offset of the 』 after it or -1)."""
    return ctx.doc.text.rfind("『", 0, ctx.start), ctx.doc.text.find("』", ctx.end)


def _short_headline(ctx):
    """Whether the 『…』 around the quote is a headline: closed on the quote's line, at most 80 characters long (not a
    passage of someone's writing quoted in 『』)."""
    open_, close = _headline_bounds(ctx)
    return 0 <= open_ and 0 <= close and close - open_ <= 80 and "\n" not in ctx.doc.text[open_:close]


def _headline_named(ctx, seq):
    """The people and organisations a cited headline (『…』 on the quote's line) names as a subject: with a subject
    marker, or ended by a comma, a colon, a space, a bracket or the headline's end (not 芦田愛菜主演ドラマ: a name glued
    to the words after it is no subject)."""
    text = ctx.doc.text
    open_, close = _headline_bounds(ctx)
    close = len(text) if close < 0 else close
    return [m for m in ctx.doc.mentions_between(*ctx.line_units())
            if open_ < m.start and m.end <= close and m.kind in ("person", "org")
            and not (m.start >= ctx.start and m.end <= ctx.end)
            and ((m.marker in SUBJECT_MARKERS and not (m.kind == "org" and m.marker.startswith("から")))
                 or text[m.end:m.end + 1] in ("、", ":", "：", "　", " ", "「", "』"))]
    # (not 豊島区から投函か: a place something came from)


_DESK_END = ("部", "室", "課", "局", "広報", "担当", "担当者", "グループ")


def _desk_only(doc, org, opener):
    """Whether the brackets opened by ``opener`` hold organisation ``org`` and desks of it (広報, 宣伝部) up to their
    close, at least one."""
    close = doc.text.find("）" if opener == "（" else ")", org.end, org.end + 30)
    if close < 0:
        return False
    pieces = [p for p in _LIST_SEPARATORS.split(doc.text[org.end:close]) if p]
    desk = org.text != (org.name or org.text) and org.text.endswith(_DESK_END)   # ミナト電機広報 as one mention
    return (desk or bool(pieces)) and all(p.endswith(_DESK_END) and len(p) <= 8 for p in pieces)


def paren_after(ctx):
    """「…」（ユカさん）: the speaker named in brackets after the quote."""
    k = ctx.qidx + 1
    seq = ctx.seq
    kn = k
    while kn < len(seq) and seq[kn].pos1 == "空白" and kn < k + 2:
        kn += 1   # (「…」　由紀夫さん（32歳）)
    if kn < len(seq) and (ctx.speechy or ctx.opens_line()) and not ctx.doc.text[ctx.end:seq[kn].start].strip(" 　"):
        m = ctx.doc.mention_starting(kn)
        if m is not None and m.kind == "person" and not m.marker:
            profile = _PROFILE_AFTER.match(ctx.doc.text, m.end)
            rest = ctx.doc.text[profile.end():profile.end() + 3].lstrip(" 　")[:1] if profile is not None else "x"
            if rest in ("\n", "", "。"):
                return Decision("speech", "paren_after", 0.85, m)   # 「…」Hさん（男性／33歳）⏎: a profile
    if k + 3 < len(seq) and seq[k].surface == "。" and seq[k + 1].surface in ("（", "(") \
            and (k + 4 >= len(seq) or seq[k + 3].surface in ("）", ")") or seq[k + 4].surface in ("）", ")")
                 or seq[k + 2].pos1 == "名詞") and ctx.opens_line():
        k += 1   # 「…」。（美帆／29才）: a line of words, its 。, then who said them
    if k + 2 < len(seq) and seq[k].surface in ("（", "("):
        m = ctx.doc.mention_starting(k + 1)
        org = m if m is not None and m.kind == "org" else None
        if m is None or m.kind == "org":   # （北浜電機広報・森下さん）: an affiliation, then the person
            m = None
            for j in range(k + 2, min(len(seq), k + 10)):
                if seq[j - 1].pos1 not in ("名詞", "接尾辞", "接頭辞") and seq[j - 1].surface not in ("・", "の"):
                    break   # (not （以下、森下さん）: a name given for later)
                m = ctx.doc.mention_starting(j)
                if m is not None:
                    before = seq[j - 1]
                    if m.kind != "person" or not (before.surface in ("・", "の")
                                                  or ctx.doc.lex.org_kinds.get(before.surface) == "desk"
                                                  or before.lemma in ctx.doc.lex.title_heads):
                        m = None   # (（…・広報海野さん）: a desk or a title right before the name)
                    break
        if m is None and org is not None and (ctx.speechy or ctx.opens_sentence()) \
                and _desk_only(ctx.doc, org, seq[k].surface):
            # 「…」（ミナト電機広報・宣伝部）: the organisation's spokesperson, no one named (not （北浜テレビ）
            # after the title of a show: the one that broadcasts it)
            return Decision("speech", "paren_after", 0.8, org, "org")
        if m is not None and m.kind in ("person", "author", "anonymous"):
            if ctx.speechy or (ctx.cue and ctx.cue.strength == "strong") or (
                    m.kind in ("person", "anonymous") and _PROFILE_AGE.match(ctx.doc.text, m.end)):
                # (「…上司が嫌」（ミサキさん・31歳）: a profile of the one who said it, also after words that end in
                # a noun)
                return Decision("speech", "paren_after", 0.85, m)
        if m is not None and m.kind == "role" and not m.name and _PROFILE_AGE.match(ctx.doc.text, m.end) \
                and (ctx.speechy or ctx.opens_sentence()):
            return Decision("speech", "paren_after", 0.7, None, "anonymous")   # 「…」（ライター・35歳）: what the one
            # who said it does, and their age: no one named
        if m is not None or not (ctx.speechy or ctx.opens_sentence()):
            return None
        if _AGE_ONLY.match(ctx.doc.text, ctx.end):
            return Decision("speech", "paren_after", 0.7, None, "anonymous")   # 「…」（26歳・独身）: anonymous
        named = _NAME_AGE.match(ctx.doc.text, ctx.end)
        if named is not None and named.group(2):
            return Decision("speech", "paren_after", 0.7, None, "anonymous")   # 「…」（会社員／30歳）, （自営・55歳）:
            # what the one who said it does (a kanji name is read by the mention stage): anonymous
        if named is not None and named.group(1) and named.group(1) not in ctx.doc.lex.sources:
            # 「…」（ゆかり／30歳）: a name the mention stage did not read, before an age
            from .mentions import Mention
            k0 = named.start(1)
            return Decision("speech", "paren_after", 0.85, Mention(named.group(1), k0, named.end(1), named.group(1),
                                                                    "person", index=ctx.qidx + 2, first=ctx.qidx + 2))
    return None


_REFLEXIVE_WORDS = {"自身", "自分", "本人", "自ら"}   # 「…」と自身が運営するサイトで: the subject itself
_BRACKETED = regex.compile(r"^\s*[（(][^）)]{0,20}[）)]")
_PERSON_ENDS = set("者家員医師士官手長人")   # 精神科医, 評論家, 担当者: a noun for a person (not 技術限界, 処分)
_NAME_AGE = regex.compile(r"[ 　]?[（(](?:([\p{Hiragana}\p{Katakana}ー]{2,5}?)(?:さん|ちゃん|くん)?|([\p{Han}]{2,5}))"
                          r"[／/・、]\s*\d{1,2}(?:歳|才)")   # （ゆかり／30歳）, （会社員／30歳）
_AGE_ONLY = regex.compile(r"[ 　]?[（(]\s*\d{1,2}(?:歳|才|代)")   # 「…」（26歳・独身）: a source given by age only
# (both may follow the quote after a space: 「…」 (30歳・販売))


_PROFILE_AGE = regex.compile(r"[・／/、，,]\s*\d{1,2}(?:歳|才)")
_PROFILE_AFTER = regex.compile(r"[（(][^（()）\n]{0,12}?\d{1,2}(?:歳|才)[^（()）\n]{0,12}[）)]")   # Hさん（男性／33歳）


def _has_speech_cue(ctx):
    if ctx._has_cue is None:
        ctx._has_cue = _speech_cue(ctx)
    return ctx._has_cue


def _speech_cue(ctx):
    cue = ctx.cue
    if cue is None:
        return False
    if cue.strength == "strong":
        # a name or term joined by と to what follows (「ミナトテック」と協定を結んだと発表) is no quote of speech
        return ctx.speechy or cue.distance == 0 or cue.via == "before"
    if cue.strength == "noun":
        # (「風神」の説明, 「X」の感想: a name before の is what the words are about, not the words)
        return cue.voice != "named" and (cue.via != "no" or ctx.speechy)
    if cue.strength in ("weak", "head"):
        # 「失業など、将来を悲観して…身勝手な犯行」として求刑: a long statement of clauses is words given as the
        # reason, even where it ends on a noun
        return ctx.speechy or (cue.via == "toshite" and len(ctx.inner) >= 20 and "、" in ctx.inner)
    return False


CITED_OWNER = "the words of one a title before the noun names"   # (no_speaker; the floor stays, see turns)


def noun_owner(ctx):
    """「…」というユーザたちのコメント, 知人に「…」という話を聞いた: the one whose words the noun cue names; also
    池江氏のコメントは「…」: the owner of the words that are the subject of the quote's sentence."""
    cue = ctx.cue
    seq = ctx.seq
    k = ctx.qidx - 1
    while k > ctx.lo and (seq[k].surface in COMMA or seq[k].pos1 == "空白"):
        k -= 1
    if k >= 3 and seq[k].surface in ("は", "が", "も") and seq[k].pos1 == "助詞" and seq[k - 1].pos1 == "名詞" \
            and seq[k - 1].lemma in ctx.doc.lex.speech_nouns and seq[k - 2].surface == "の":
        owner = ctx.doc.mention_ending(k - 3)
        if owner is not None and owner.kind in ("person", "org", "author"):
            return Decision("speech", "noun_owner", 0.8, owner)
    n_end = ctx.qidx - 1   # the noun that ends the line before: 証言, 証言。, 話だ。 (blank lines between)
    while n_end > 0 and seq[n_end].pos1 == "EOL":
        n_end -= 1
    while n_end > 0 and (seq[n_end].surface in ("。", "：", ":", "】", "］", "＞") or (
            seq[n_end].lemma in ("だ", "です") and seq[n_end].pos1 == "助動詞")):
        n_end -= 1   # (【川田一郎監督コメント】, 広報担当者のコメント：「…」)
    labelled = (ctx.opens_line() and seq[ctx.qidx - 1].pos1 == "EOL") or seq[ctx.qidx - 1].surface in ("：", ":")
    if labelled and n_end >= 2 and seq[n_end].pos1 == "名詞" and seq[n_end].lemma in ctx.doc.lex.speech_nouns \
            and seq[n_end - 1].surface != "の" and seq[n_end - 1].end == seq[n_end].start:
        glued = ctx.doc.mention_ending(n_end - 1)
        if glued is not None and glued.kind in ("person", "author"):
            return Decision("speech", "noun_owner", 0.8, glued)   # 【川田一郎監督コメント】⏎「…」
    if labelled and n_end >= 2 and seq[n_end].pos1 == "名詞" \
            and seq[n_end].lemma in ctx.doc.lex.speech_nouns and seq[n_end - 1].surface == "の":
        h = n_end - 3 if n_end >= 3 and seq[n_end - 2].surface == "から" else n_end - 2   # 【Xからのコメント】
        owner = ctx.doc.mention_ending(h)
        if owner is None:   # テルミさん（26歳）の: past the remark in brackets
            before = ctx.doc.mentions_between(0, n_end - 1)
            owner = before[-1] if before and seq[before[-1].index + 1].surface in ("（", "(") else None
        if owner is not None and owner.kind == "person" and owner.marker in ("の", "から", "からの") \
                and ctx.doc.text.rfind("\n", 0, owner.start) == ctx.doc.text.rfind("\n", 0, seq[n_end].start):
            # その2：テルミさん（26歳）の証言⏎「…」, 【Xからのコメント】⏎「…」: a line that ends on someone's
            # words, the words below
            return Decision("speech", "noun_owner", 0.8, owner)
    if cue is None or cue.strength != "noun":
        return None
    if cue.index >= 2 and seq[cue.index - 1].surface == "の":
        m = ctx.doc.mention_ending(cue.index - 2)
        if m is not None:
            return Decision("speech", "noun_owner", 0.8, m)
        owner = seq[cue.index - 2]
        lex = ctx.doc.lex
        if owner.pos1 in ("名詞", "接尾辞") and (lex.suffixes.get(owner.surface) in ROLE_KINDS
                                                 or lex.title_heads.get(owner.surface) in ROLE_KINDS) \
                and ctx.qidx < cue.index - 2 and not any(seq[x].pos1 in ("動詞", "助動詞") or seq[x].surface in COMMA
                                                         for x in range(ctx.qidx + 1, cue.index - 2)):
            # 「…」との内容の同社元社長の証言: the words of one a title before の names, whom the name stage did not
            # read as anyone: not the one the narration is about
            return Decision("speech", "no_speaker", 0.4, None, "unknown", CITED_OWNER)
    k = cue.index + 1
    if k + 1 < len(seq) and seq[k].surface == "を" and seq[k + 1].lemma == "聞く":
        for m in ctx.left_mentions():
            if m.marker in ("に", "から", "からは"):
                return Decision("speech", "noun_owner", 0.75, m)
    m = _words_from(ctx)
    return Decision("speech", "noun_owner", 0.75, m) if m is not None else None


def _words_from(ctx):
    """The person the words came from, named with から before the quote (ユカさんからは「…」という言葉が返ってきた,
    澤からかけられた「…」という言葉), or None."""
    for m in ctx.left_mentions():   # nearest first
        if m.marker in ("から", "からは", "からも"):
            if m.kind == "person" and not any(ctx.seq[x].pos1 == "QUOTE" for x in range(m.index + 1, ctx.qidx)):
                return m
            break
        if m.marker in SUBJECT_MARKERS and m.kind in ("person", "role", "anonymous", "public"):
            break
    return None


_CAME_IN = ("有る", "ある", "入る", "届く", "来る")   # 「…」との通報があった／入った／届いた


def came_in(ctx):
    """「…」と通報があった, 「…」という相談が入った: words that came in, as a noun of words said to exist or to arrive,
    are from the one the sentence marks with から or より before them (北浜病院より、…「…」と抗議があった), else from
    someone it does not name: never the one who spoke before or the one the narration is about."""
    cue = ctx.cue
    if cue is None or cue.kind != "noun" or cue.strength not in ("noun", "strong") or cue.index < 0 \
            or cue.lemma not in ctx.doc.lex.word_classes["incoming"]:
        return None   # (not 「…」という発言もあった, 「…」という言葉がある: words of someone named, a saying)
    seq = ctx.seq
    k = cue.index + 1
    if not (k + 1 < len(seq) and seq[k].surface in ("が", "も") and seq[k].pos1 == "助詞"):
        return None
    x = k + 1   # past where the words went (の連絡が北浜署にあった)
    while x < min(len(seq), k + 6) and (seq[x].pos1 in ("名詞", "接尾辞", "接頭辞") or seq[x].surface in ("に", "へ")):
        x += 1
    if x >= len(seq) or seq[x].lemma not in _CAME_IN:
        return None
    source = _source_phrase_end(seq, ctx.clause_start(), ctx.qidx)
    if any(m.marker in ("は", "が", "も") and m.kind in ("person", "org", "author", "role") and m.index > source
           for m in ctx.left_mentions()):
        return None   # 菜々緒が「…」と反応があった: the subject said them (other rules read it); not a subject in
        # the clause of a source before (北浜新聞が…伝えたところによると、社員の一人から「…」と報告があった)
    for x in range(ctx.qidx - 1, ctx.clause_start(), -1):
        if seq[x].surface in ("から", "より") and seq[x].pos1 == "助詞":
            m = ctx.doc.mention_ending(x - 1)
            if m is not None and m.kind in ("person", "org", "author"):
                return Decision("speech", "came_in", 0.75, m)
            break
    return Decision("speech", "no_speaker", 0.4, None, "unknown", "words that came in from someone not named")


def _source_phrase_end(seq, lo, hi):
    """The unit that ends the last …によると／によれば between units ``lo`` and ``hi`` (the と or ば), or ``lo - 1``
    where there is none: what stands before it belongs to the source's own clause."""
    for k in range(hi - 1, lo + 1, -1):
        if seq[k].surface in ("と", "ば") and seq[k - 1].lemma in ("因る", "よる") and seq[k - 2].surface == "に":
            return k
    return lo - 1


def replied_to(ctx):
    """「…」というコメントには、「…」と反論: words named by a noun that the sentence's subject answers (…には,
    …に対し) are not the subject's; with no owner named (noun_owner decides before), their speaker is unknown."""
    cue = ctx.cue
    if cue is None or cue.strength != "noun":
        return None
    seq = ctx.seq
    k = cue.index + 1
    if k < len(seq) and seq[k].surface == "に" and (
            k + 1 >= len(seq) or seq[k + 1].surface in ("は", "、") or seq[k + 1].lemma == "対する"):
        return Decision("speech", "no_speaker", 0.5, None, "anonymous" if cue.voice == "public" else "unknown",
                        f"words the subject answers ({seq[cue.index].surface}に…)")
    return None


_REASONS = ("ため", "為", "ので", "から")   # …過去もあるため、: a clause of reason ends there
_CONDITIONS = ("と", "ば", "たら", "なら")   # 登場すると、 話せば、: a clause of condition ends there


def _in_quote_chain(ctx):
    """Whether the quote is glued to the quote before or after it (「…」「…」), white space aside."""
    quotes, text, qi = ctx.doc.quotes, ctx.doc.text, ctx.qi
    return (qi > 0 and not text[quotes[qi - 1][1]:quotes[qi][0]].strip(" \u3000\t")) or (
        qi + 1 < len(quotes) and not text[quotes[qi][1]:quotes[qi + 1][0]].strip(" \u3000\t"))


def public_voice(ctx):
    """「…」という声／意見／書き込み with no source named: many people's words, speaker unknown; also 「…」という方が
    多い, the people who say so (方 as a polite 人)."""
    cue = ctx.cue
    if cue is not None and cue.via == "iu" and cue.lemma == "方" and 1 <= cue.index < len(ctx.seq) - 1 \
            and ctx.seq[cue.index].surface == "方" and ctx.seq[cue.index + 1].surface in ("が", "も", "は") \
            and ctx.seq[cue.index - 1].surface in ("いう", "言う", "って"):   # (not と言った方が: a better way to say)
        return Decision("speech", "public_voice", 0.6, None, "anonymous", "the people who say so (という方)")
    if cue is not None and cue.voice == "buzz":   # 「…」と話題に: whoever the sentence is about, many people's words
        words = ctx.inner.strip(_ECHO_STRIP)
        toks = [t for t in ctx.doc.tokenizer.tokenize(words) if t.pos1 != "補助記号"]
        if len(words) <= 6 or len(toks) <= 1 or toks[-1].pos1 in ("名詞", "接尾辞"):
            # (the guideline: an evaluative word or short phrase, 「かわいい」, 「広すぎ」, 「近年まれなひどさ」, is a
            # fragment; a longer one with a predicate, 「あまりにひどい」, is speech)
            return Decision("fragment", "not_speech", 0.6, reason=f"a word going round ({cue.lemma})")
        return Decision("speech", "public_voice", 0.7, None, "anonymous")
    if cue is None or cue.strength != "noun" or (cue.voice != "public" and not (
            cue.lemma in ctx.doc.lex.word_classes["view"] and _exists_after(ctx.seq, cue.index))
            and not (cue.voice == "own" and cue.via == "iu" and _in_quote_chain(ctx) and not any(
                m.marker in ("の", "による", "からの") and m.kind in ("person", "role", "org", "author")
                for m in ctx.left_mentions()))):
        return None   # (「…」「…」というコメント: a chain of words, of many, where the sentence names no one who said them;
        # not Xの「…」「…」というコメント, Xによる「…」「…」という証言: the one named before the chain)
    k = cue.index + 1
    if k < len(ctx.seq) and ctx.seq[k].surface == "を" and not any(
            m.marker in SUBJECT_MARKERS and m.kind == "org" and ctx.doc.lex.reports(m.name or m.text, m.role)
            for m in ctx.left_mentions()):
        return None   # 「…」という感想を述べた: someone's own words (but 北浜新聞は「…」という声を伝えた: the public's)
    seq = ctx.seq
    for m in ctx.left_mentions():
        if m.marker in SUBJECT_MARKERS and m.kind in ("person", "role", "author"):
            if any((seq[x].surface in ("が", "けど", "けれど") and seq[x].pos2 == "接続助詞") or seq[x].lemma == "一方"
                   for x in range(m.index + 1, ctx.qidx)):
                continue   # 北川さんは人気を誇っていたが、一方で「…」とのクレーム: the subject of an earlier clause
            if any(seq[x].surface == "、" and (seq[x - 1].pos1 in ("動詞", "助動詞")
                                                                  or seq[x - 1].pos3 == "サ変可能"
                                                                  or seq[x - 1].surface in _REASONS
                                                                  or (seq[x - 1].surface in _CONDITIONS
                                                                      and seq[x - 1].pos2 == "接続助詞"))
                                       for x in range(m.index + 2, ctx.qidx)):
                continue   # 森田花子が号泣、ネットに「…」の声: the subject's clause ended; the voices are others'
                # (also …と告白した過去もあるため、「…」とする意見も: a clause of reason; 森田が登場すると、「…」と歓声
                # が上がった: a condition)
            if ctx.qidx - 1 > m.index + 1 and seq[ctx.qidx - 1].surface in _CONDITIONS and (
                    seq[ctx.qidx - 1].pos2 == "接続助詞" or seq[ctx.qidx - 2].pos1 in ("動詞", "助動詞")):
                continue   # 森田が現れると「…」と大歓声が: the condition ends right before the words, with no comma
            q = next((x for x in range(m.index + 1, ctx.qidx) if seq[x].pos1 == "QUOTE"), None)
            if q is not None and q + 1 < ctx.qidx and seq[q + 1].surface in ("と", "って", "など", "などと") \
                    and any(seq[x].pos1 == "動詞" for x in range(q + 1, ctx.qidx)):
                continue   # 竹山が「…」とツイートしたことに対し、「…」など批判が続出: the subject's own words came
                # first, with a verb of their own; the voices after are others' (not X は「番組名」で、…について「…」)
            if m.marker == "が" and _modifies_noun_before(seq, m.index + 1, ctx.qidx, ctx.doc.lex):
                continue   # 落合氏が指摘する選手起用については、「…」という意見が多い: the subject of a clause that
                # describes a noun
            return None
        if m.marker == "による" and m.kind in ("person", "role") \
                and ctx.doc.text[m.end:ctx.start].strip(" 　、") == "による":
            return None   # 後藤氏による、「…」というコメントが寄せられた: the one it is by
    return Decision("speech", "public_voice", 0.7, None, "anonymous")


def _condition_before(seq, lo, hi):
    """Whether the clause from unit ``lo`` (after a subject's particle) is a condition that ends right before the
    quote at unit ``hi``: a verb, then ば, たら, なら, or と after a verb's final or volitional form (照れてると,
    何と言おうと)."""
    if hi <= lo + 1:
        return False
    last = seq[hi - 1]
    conditional = (last.surface in ("ば", "たら", "なら") and last.pos2 == "接続助詞") or (
        last.surface == "と" and seq[hi - 2].pos1 in ("動詞", "助動詞")
        and seq[hi - 2].cform.startswith(("終止形", "意志推量形")))   # (UniDic reads と before the quote as a case
    # particle when the quote is cut out of the line)
    return conditional and any(seq[x].pos1 == "動詞" for x in range(lo, hi - 1))


def _modifies_quote(seq, lo, hi, cues):
    """Whether the clause of the subject whose particle is at unit ``lo`` ends right before the quote at unit ``hi``
    with a verb that is no cue (a verbal noun with した too), in the attributive or the past: the clause describes the
    words (Xが部長に口利きした「…」), it does not say them (not Xが語った「…」). No quote, comma-free of another
    subject, between."""
    k = hi - 1
    if k <= lo or not (seq[k].surface == "た" or (seq[k].pos1 == "動詞" and seq[k].cform.startswith("連体形"))):
        return False
    while k > lo and seq[k].pos1 == "助動詞":
        k -= 1
    if seq[k].pos1 != "動詞":
        return False
    head = seq[k]
    if head.lemma in ("する", "為る") and k - 1 > lo and seq[k - 1].pos1 == "名詞":
        head = seq[k - 1]
    if head.lemma in cues or head.lemma in COMPOUND_PARTICLE_VERBS:
        return False   # (幹部が、諸問題に対する「…」: a verb that is a particle)
    return not any(seq[x].pos1 in ("QUOTE", "EOL", "GAP") or seq[x].surface in SENTENCE_END for x in range(lo, hi))


def _modifies_noun_before(seq, lo, hi, lex):
    """Whether the first verb after the subject whose particle is at unit ``lo`` (and before unit ``hi``) modifies
    a noun right after it (落合氏が“…”と指摘する選手起用については、「…」), so that the subject is that clause's, not
    the sentence's. Not when another subject comes first (香川が、…歴代エースが背負った背番号を: that one's clause),
    for a verb of speech with no words of its own (長友が語る本田の素顔「…」: the one who speaks), a passive (社長が、
    福岡市で開かれたシンポジウムで: not the subject's act), or a place or an occasion (会見で, 席上では: where the
    subject goes on to speak)."""
    while lo < hi and seq[lo].pos1 == "助詞":   # the subject's own particle
        lo += 1
    verb = False
    inner = 0   # inside “…” or 『…』: words the clause quotes
    for k in range(lo, hi - 1):
        t = seq[k]
        if t.pos1 in ("QUOTE", "EOL", "GAP") or t.surface in SENTENCE_END:
            return False
        if t.surface in ("“", "『"):
            inner += 1
        elif t.surface in ("”", "』"):
            inner = max(0, inner - 1)
        if inner or t.surface in ("”", "』"):
            continue
        if not verb and t.pos1 == "助詞" and t.surface in ("が", "は") and seq[k - 1].pos1 in ("名詞", "接尾辞"):
            return False
        verb = verb or t.pos1 == "動詞"
        if not verb or t.pos1 not in ("動詞", "助動詞"):
            continue
        nxt = seq[k + 1]
        if (nxt.pos1 in ("助動詞", "動詞") and nxt.start == t.end) or (
                nxt.surface in ("て", "で") and k + 2 < hi and seq[k + 2].pos2 == "非自立可能"):
            continue   # the verb group goes on (組み|座っ|て|いる)
        # the end of the first verb group: it modifies a noun, or the subject's clause goes on (吐露すると, 語り、)
        if not (t.cform.startswith("連体形") and nxt.pos1 == "名詞" and nxt.pos2 != "数詞"
                and nxt.lemma not in _NOT_HEADS):
            return False
        group = [x for x in range(lo, k + 1) if seq[x].pos1 in ("動詞", "助動詞", "名詞")]
        if any(seq[x].lemma in PASSIVE_AUX and seq[x].pos1 == "助動詞" for x in group[-3:]):
            return False
        head = next((x for x in range(k, lo - 1, -1) if seq[x].pos1 in ("動詞", "名詞")), k)
        if seq[head - 1].surface != "と" and lex.cues.get(seq[head].lemma, ("",))[0] in ("verb", "noun"):
            return False
        j = k + 1
        while j < hi and seq[j].pos1 in ("名詞", "接尾辞"):
            j += 1
        if seq[j - 1].lemma == "調査" or seq[j - 1].lemma in lex.word_classes["survey"]:
            return True   # 北浜社が男性に行った調査では「…」と回答: the survey's respondents, not the one who ran it
        return not (j < hi and (seq[j].surface in ("で", "にて") or seq[j].lemma == "於く"
                                or (seq[j].surface == "に" and j + 1 < hi and seq[j + 1].lemma == "於く")))
    return False


_ACCOUNT_NOUNS = {"談話", "会見", "声明", "発言", "演説", "挨拶", "あいさつ", "答弁", "要旨", "全文"}   # words said
_NOT_HEADS = {"時", "際", "中", "後", "前", "所", "ところ", "こと", "事", "の", "為", "ため"}   # nouns of time, place
# or manner that a clause modifies without being about a thing (…した際, …したため)


def _exists_after(seq, k):
    """Whether the noun of words at unit ``k`` is said to exist (「…」という反論もあるだろう, という意見がある): a view
    held by some, not a turn of the one who spoke last."""
    if not (k + 2 < len(seq) and seq[k + 1].surface in ("が", "も") and seq[k + 1].pos1 == "助詞"):
        return False
    x = k + 2
    while x < len(seq) and x - k < 5 and seq[x].pos1 == "副詞":   # という反論が当然あるだろう
        x += 1
    return x < len(seq) and seq[x].lemma in ("有る", "ある")


def asked_in_sentence(ctx):
    """中田さんに聞いてみたところ、「…」とのこと／記者が森下さんに尋ねると「…」と答えた: the one asked or reached
    earlier in the sentence (Xに, then a verb of asking or of reaching someone: 送る, 相談…, and と, ところ or たら)
    answers."""
    if not _has_speech_cue(ctx) or _asks(ctx):
        return None
    for m in ctx.left_mentions():
        if m.kind in ("person", "anonymous", "role") and (m.marker in ("は", "も") or (
                m.marker == "が" and _right_before_quote(ctx.seq, m.index + 1, ctx.qidx))):
            break   # 関係者に取材したところによれば、A容疑者は「…」: a topic nearer the words speaks (not 北島に、
            # 江川が尋ねると: the one who asks); …に聞いた際、マツコが「…」: a subject right before the words
        visited = m.marker == "を" and m.kind in ("person", "anonymous") and m.index + 2 < ctx.qidx \
            and ctx.seq[m.index + 2].lemma in _VISITED   # Xを直撃すると、「…」と答えた: the one visited to be asked
        if not visited and (m.kind not in ("person", "anonymous", "org", "org_pronoun")
                            or m.marker not in ("に", "には", "にも", "へ", "に対して", "に対し")):
            continue
        if is_asked(ctx.doc, m, ctx.qidx):
            if m.kind == "anonymous":   # 生徒さんに話を伺ったら、「…」: someone described, not named, answers
                return Decision("speech", "asked_in_sentence", 0.6, None, "anonymous")
            return Decision("speech", "asked_in_sentence", 0.8, m)
        break
    asker = _asker_before(ctx)
    if asker is not None:
        # 番組MCの森田が、…について尋ねると「…」と語り: the one who asks does not answer; the one who held the floor
        # does, or someone not named
        other = ctx.doc.turns.current_speaker(ctx.qi, ctx.start, exclude=ctx.doc.name_of(asker)[0], strict=False)
        if other is not None:
            return Decision("speech", "asked_in_sentence", 0.6, other)
        return Decision("speech", "no_speaker", 0.4, None, "unknown", "the answer to a question put by the subject")
    return None


def _asker_before(ctx):
    """The subject (Xが, Xは) of a clause that asks and ends in a conditional right before the quote, with no words of
    its own (森田が…について尋ねると「…」), or None."""
    seq = ctx.seq
    k = ctx.qidx - 1
    while k > ctx.lo and seq[k].surface in COMMA:
        k -= 1
    if not (seq[k].surface in ("と", "たら", "ところ") and (seq[k].pos2 != "格助詞" or _conditional_to(seq, k))):
        return None
    v = k - 1
    while v > ctx.lo and seq[v].pos1 == "助動詞":
        if seq[v].lemma in ("れる", "られる"):
            return None   # (安藤は…を訊かれると「…」: the subject was asked, and answers)
        v -= 1
    if seq[v].pos1 != "動詞" or ctx.doc.lex.cues.get(seq[v].lemma, ("", ""))[1] != "ask" \
            or any(seq[x].pos1 == "QUOTE" for x in range(ctx.lo, ctx.qidx)):
        return None
    for m in ctx.left_mentions():
        if m.marker in SUBJECT_MARKERS and m.kind in ("person", "role", "author"):
            return m
    return None


_VISITED = ("直撃", "取材", "訪ねる", "訪問")   # Xを直撃すると, Xを取材したところ: the one asked, marked with を


def _conditional_to(seq, x):
    """Whether the と at unit ``x``, which UniDic reads as the particle of a quote, is the conditional one: after the
    plain form of a verb and right before the next words (尋ねると「…」, 聞くと、「…」)."""
    return seq[x].surface == "と" and x > 0 and seq[x - 1].pos1 in ("動詞", "助動詞") \
        and seq[x - 1].cform.startswith("終止") and x + 1 < len(seq) and (
            seq[x + 1].pos1 == "QUOTE" or (seq[x + 1].surface in COMMA and x + 2 < len(seq) and seq[x + 2].pos1 == "QUOTE"))


_INTERVIEW = ("取材", "インタビュー", "直撃")   # ways of reaching someone for their words (UniDic lemmas)


def is_asked(doc, m, limit):
    """Whether the person of mention ``m`` (Xに) is asked or reached before unit ``limit``: a verb of asking or of
    reaching someone follows, then と, ところ, たら or が (Xに聞くと, Xに理由を尋ねたところ, Xにメールを送ったら,
    Xにも聞いてみたが)."""
    seq = doc.seq
    cues = doc.lex.cues
    for k in range(m.index + 1, min(limit - 1, m.index + 16)):
        t = seq[k]
        if t.pos1 in ("QUOTE", "EOL") or t.surface in SENTENCE_END:
            return False
        ask_verb = cues.get(t.lemma, ("", ""))[1] == "ask"
        asks = ask_verb or t.lemma in doc.lex.word_classes["contact"]
        if t.pos1 in ("動詞", "名詞") and asks and any(
                (seq[x].surface in ("と", "ところ", "たら") and seq[x].pos1 in ("助詞", "名詞", "助動詞")
                 and (seq[x].pos2 != "格助詞" or _conditional_to(seq, x)))
                # (not …に対戦を迫っていたという: the quoting と; but 尋ねると「…」, which UniDic reads so)
                or (seq[x].surface == "際" and seq[x].pos1 == "名詞" and (ask_verb or t.lemma in _INTERVIEW))
                # (Xに対して取材した際は: the answers follow; not Xにエールを送った際: the sender goes on)
                or (seq[x].surface == "が" and seq[x].pos2 == "接続助詞" and k <= m.index + 3)
                # (Xにも聞いてみたが、「…」とのこと; not Xに依頼して同区からYに問い合わせたが: Y answers)
                or (ask_verb and x <= k + 4 and seq[x].surface in ("。", "！"))   # (うかがってみた。)
                or (asks and seq[x].surface == "こと" and x + 3 < limit and seq[x + 1].surface == "に"
                    and seq[x + 2].lemma in ("する", "為る"))   # (問い合わせてみることにした。)
                or (ask_verb and seq[x].surface == "こと" and any(
                    seq[y].lemma in ("出来る", "できる") for y in range(x + 1, min(limit, x + 3))))
                for x in range(k + 1, min(limit, k + 5))):
            return True   # (Xに聞くと, Xに話を伺った。, Xに伺うことができた: the answers follow)
    return False


def subject_before(ctx):
    """Xは「…」と述べた: the nearest subject before the quote in its sentence (a genitive X の is skipped); also
    Xは「…」。 with no verb, when the quote reads as words said."""
    verbless = not _has_speech_cue(ctx)
    if verbless and not (ctx.cue is None and ctx.ends_sentence() and ctx.speechy):
        return None
    if verbless:
        k = ctx.qidx - 1
        while k > 0 and (ctx.seq[k].pos1 == "空白" or ctx.seq[k].surface in COMMA):
            k -= 1
        if k >= 0 and ctx.seq[k].pos3 == "サ変可能" and ctx.seq[k].lemma not in ctx.doc.lex.cues:
            return None   # 大型書店が開業　「…」: a headline whose predicate is a noun
    if not verbless and ctx.cue is not None and ctx.cue.lemma in ctx.doc.lex.speech_nouns and _received(ctx, ctx.cue) \
            and ctx.cue.index > ctx.qidx and not any(
                ctx.seq[k].lemma == "事" and ctx.seq[k + 1].surface in ("を", "が", "は")
                for k in range(ctx.cue.index + 3, min(ctx.hi - 1, ctx.cue.index + 8))):
        # 森下は川口から「…」という賛辞を受けた, 森下は「…」との批判を浴びた: the subject heard the words; they are
        # from the one marked with から or より, if named (not 「…」と妻からアドバイスを受けていたことを明かした: the
        # receiving is what the subject tells)
        giver = next((m for m in ctx.left_mentions() if m.marker in ("から", "より", "からは", "からも")), None) \
            or next((x for x in ctx.doc.mentions_between(ctx.qidx + 1, ctx.cue.index) if x.marker in ("から", "より")),
                    None)
        if giver is not None and giver.kind in ("person", "org", "role", "org_pronoun"):
            return Decision("speech", "subject_before", 0.8, giver)
        return Decision("speech", "no_speaker", 0.4, None, "anonymous" if giver is not None else "unknown",
                        "words the subject received")
    cited = None   # a source cited with によると／の説明では nearer than any subject (see below)
    made_noun_subject = False
    for m in ctx.left_mentions():
        if cited is None and not verbless and m.marker in ("による", "によれ") \
                and m.kind in ("person", "anonymous", "role", "org", "org_pronoun") \
                and not _reporting_org(ctx.doc.lex, m):
            cited = m
            continue
        if cited is not None and m.marker in SUBJECT_MARKERS and any(
                ctx.seq[k].pos1 == "動詞" for k in range(m.index + 1, cited.first)):
            return None   # 加藤さんは…受給しており、北浜機構の説明では「…」: the subject's clause has ended; the source
            # cited after it speaks (source_says)
        if cited is not None and m.index < cited.first and (m.marker == "が" or (
                m.marker in SUBJECT_MARKERS and m.kind == "org" and ctx.doc.lex.reports(m.name or m.text, m.role))):
            return None   # 北浜新聞が同社の話として伝えたところによると「…」, 北浜新聞は、長男の話として「…」と
            # している: the one reporting the source cited
        if verbless and any(ctx.seq[k].pos1 == "QUOTE" or (
                ctx.seq[k].pos1 == "動詞" and ctx.seq[k].lemma not in ctx.doc.lex.cues
                and ctx.seq[k].lemma not in COMPOUND_PARTICLE_VERBS) for k in range(m.index + 1, ctx.qidx)):
            return None   # 大型書店が開店し「…」: the subject has its own predicate before the quote
        if m.marker.startswith("が") and not verbless and not made_noun_subject \
                and _clause_made_noun(ctx.seq, m.index + 1, ctx.qidx):
            made_noun_subject = True
            continue   # 北山裁判長は、石川被告が…入金したことを「…」と指摘: the subject of a clause made a noun (that
            # clause has one subject: 司会者が、山口さんが被爆したことに触れ、「…」と話した is the host's)
        if m.marker == "が" and _modifies_noun_before(ctx.seq, m.index + 1, ctx.qidx, ctx.doc.lex):
            continue   # 落合氏が“…”と指摘する選手起用については、「…」: the subject of a clause that describes a noun
        if m.marker == "が" and not verbless and ctx.cue is not None and ctx.cue.kind == "verb" \
                and _modifies_quote(ctx.seq, m.index + 1, ctx.qidx, ctx.doc.lex.cues):
            continue   # 検察側は、石井議員が部長に口利きした「議員案件だった」とした: the subject of a clause that
            # describes the words, with a verb of no speech
        if m.marker == "が" and not verbless and _condition_before(ctx.seq, m.index + 1, ctx.qidx):
            continue   # アヤ：男性が照れてると「…」って思っちゃう, 周囲が何と言おうと「…」: the subject of a condition
            # before the words
        if m.marker == "が" and not verbless and _clause_closed_before(ctx, m):
            continue   # ケーラー大統領は、ヴィーゼンタール氏が正義を追求し、「…」と語った: the が subject's clause closed
            # with its own verb; the topic before it speaks
        if m.marker == "から" and any(ctx.seq[x].pos1 in ("動詞", "形容詞") for x in range(m.index + 1, ctx.qidx)):
            continue   # 被告から借り入れた4億円を: from X, in a clause with a verb of its own
        if m.marker.startswith("から") and _words_between(ctx, m.index + 1):
            continue   # 同大学は、弁護士からも「…」との進言を受けたものの、「…」として: X's words came before; the
            # subject before X speaks these
        if m.marker in SUBJECT_MARKERS or (not verbless and m.marker[:1] == "ら" and m.marker[1:] in SUBJECT_MARKERS):
            if m.kind == "public" and m.marker not in ("では", "でも", "は", "から", "からは", "も", "が"):
                continue
            unread = _subject_unrecognised(ctx)
            if unread is not None and unread[0] > m.index and not any(
                    ctx.seq[x].pos1 in ("動詞", "形容詞") for x in range(unread[1] + 1, ctx.qidx)):
                # 北浜新聞は、アザドルイグが「…」と語ったと伝えた: a nearer subject nobody was read in, whose words
                # follow it (not …Xは350万台を販売している事を明かし、「…」, where X has a verb of its own)
                return None
            if any(ctx.seq[x].pos1 == "QUOTE" for x in range(m.index + 1, ctx.qidx)):
                k = ctx.qidx - 1
                while k > m.index and ctx.seq[k].surface in COMMA:
                    k -= 1
                p = ctx.seq[k - 1] if k > m.index + 1 else None
                if ctx.seq[k].surface in ("は", "も", "が") and ctx.seq[k].pos1 == "助詞" and p is not None \
                        and p.pos1 == "名詞" and ctx.doc.mention_ending(k - 1) is None \
                        and (p.lemma in ctx.doc.lex.sources or _agent_like(ctx.doc.lex, ctx.seq, k - 1) is not None
                             or (p.pos2 in ("普通名詞", "固有名詞") and ctx.seq[k].surface == "も" and any(
                                 ctx.seq[x].lemma in _PARALLEL for x in range(m.index + 1, k - 1)))):
                    # (…としているほか、花王も「…」: a subject of a parallel clause, of any noun)
                    # 北浜製薬は「…」としているほか、安田が「…」: X spoke the earlier words; a subject the stage did
                    # not read, that can speak, opens this quote's clause (not 手ごたえは「…」: a topic)
                    if m.kind == "org" and ctx.seq[k].surface == "も" and len(p.surface) >= 2 \
                            and _HAN_OR_KANA.match(p.surface) and not _people_noun(ctx.doc.lex, p) \
                            and (k < 2 or ctx.seq[k - 2].pos1 not in ("名詞", "接尾辞", "接頭辞")) \
                            and any(ctx.seq[x].lemma in _PARALLEL for x in range(m.index + 1, k - 1)):
                        # 北浜製薬は「…」としているほか、花王も「…」: one of a list of companies, a word UniDic
                        # reads as a common noun, in parallel to the organisation before
                        from .mentions import Mention
                        org = Mention(p.surface, p.start, p.end, p.surface, "org", marker="も", index=k - 1,
                                      first=k - 1)
                        return Decision("speech", "unnamed_subject", 0.5, org, "org")
                    return Decision("speech", "unnamed_subject", 0.4, None, "unknown", "subject " + p.surface)
            turned = _turn_after_words(ctx, m)
            if turned is not None:
                # 江川氏が「…」と提案すると、「…」と語った: when the subject said the earlier words, the exchange turns;
                # these are the words of the one addressed (Xに), else of no one named
                to = next((x for x in ctx.doc.mentions_between(m.index + 1, turned)
                           if x.marker in ("に", "には") and x.kind == "person"), None)
                if to is not None:
                    return Decision("speech", "reply", 0.7, to)
                topic_person = _sentence_topic_before(ctx, m)
                if topic_person is not None:   # 田村は「…」と述べたが、井戸田が「…」と述べると、「…」と謝罪: the
                    return Decision("speech", "reply", 0.7, topic_person)   # sentence's topic answers
                return Decision("speech", "no_speaker", 0.4, None, "unknown", "an answer to the subject's words")
            if m.kind in ("anonymous", "public", "role"):
                m = _head_of_group(ctx, m) or m   # アジズ首相はじめ政権幹部は: the one named at their head
            return Decision("speech", "subject_before", 0.85, m)
    return None


_GOES_ON = ("続ける", "付け加える", "補足", "重ねる", "結ぶ", "締めくくる")   # 「…」と語ると、「…」と続けた: the same voice


def _clause_closed_before(ctx, m):
    """Whether the clause of subject ``m`` (marked with が) ends with a verb of its own and a comma before the quote
    (…氏が正義を追求し、「…」と語った), under a topic with は earlier in the sentence that can speak, and the quote's
    cue ends the sentence (not …容疑者が犯行を認め、「…」と供述していると明らかにした: words the topic reports)."""
    seq = ctx.seq
    cue = ctx.cue
    if cue is None or cue.index <= ctx.qidx:
        return False
    k = cue.index + 1
    while k < len(seq) and seq[k].pos1 in ("助動詞", "助詞") and seq[k].surface not in ("と", "って", "が", "の") \
            and seq[k].surface not in SENTENCE_END:
        k += 1   # 語っ|た, 述べ|て|いる
    while k < len(seq) and seq[k].pos1 == "動詞" and seq[k].pos2 == "非自立可能":
        k += 1
        while k < len(seq) and seq[k].pos1 == "助動詞":
            k += 1
    if not (k >= len(seq) or seq[k].pos1 in ("EOL", "GAP") or seq[k].surface in SENTENCE_END):
        return False
    closed = False
    for x in range(m.index + 1, ctx.qidx):
        t = seq[x]
        if t.pos1 in ("QUOTE", "EOL", "GAP"):
            return False
        before = seq[x - 1]
        if t.surface in COMMA and before.lemma not in ctx.doc.lex.cues and (
                before.pos1 == "動詞" or (before.surface in ("て", "で") and before.pos1 in ("助詞", "助動詞"))):
            closed = True
    if not closed:
        return False
    return any(x.marker == "は" and x.index < m.first and x.kind in ("person", "role", "org")
               for x in ctx.left_mentions())


def _turn_after_words(ctx, m):
    """Where the subject ``m``, marked with が, said the earlier words of the sentence in a clause of when they were
    said (井戸田が「…」と述べると、「…」と謝罪): the unit of that earlier quote. None where there is none, where the
    subject is the topic with は (エマ・ストーンは「…」と述べると、「…」と挨拶: the whole sentence is hers), where
    the verb is a question or a passive (the barrier and the reply read those), or where the quote's cue says the
    same voice goes on (と続けた, とも語った)."""
    cue = ctx.cue
    if cue is None or cue.lemma in _GOES_ON or ctx.doc.text.startswith("とも", ctx.end) or m.marker != "が":
        return None   # (Xは「…」と述べると、「…」と挨拶: the topic of the whole sentence goes on)
    seq = ctx.seq
    cues = ctx.doc.lex.cues
    # the subject's words: the first quote after it (「…」と言いかけると、「…」と苦笑い、…「…」と: the answer goes on
    # past the quote right after the turn)
    p = next((x for x in range(m.index + 1, ctx.qidx) if seq[x].pos1 == "QUOTE"), None)
    if p is None or p + 1 >= ctx.qidx or seq[p + 1].surface not in ("と", "って"):
        return None
    for k in range(p + 2, ctx.qidx - 1):
        t = seq[k]
        if t.pos1 == "QUOTE":
            return None
        if t.lemma in ("れる", "られる") or cues.get(t.lemma, ("", ""))[1] == "ask":
            return None
        if t.surface == "と" and t.pos2 == "接続助詞" and seq[k - 1].pos1 in ("動詞", "助動詞") \
                and seq[k + 1].surface in COMMA:
            between = [x for x in range(k + 1, ctx.qidx) if seq[x].pos1 == "QUOTE"]
            if any(x + 2 >= len(seq) or seq[x + 1].surface != "と" or seq[x + 2].lemma == "言う" for x in between):
                return None   # (「…」と呟くと、「…」というコメントには、「…」と反論: words put to the subject, who answers)
            return p if not any(x.marker in SUBJECT_MARKERS for x in ctx.doc.mentions_between(k + 1, ctx.qidx)) \
                else None   # (a new subject after the turn speaks for itself)
    return None


def _words_between(ctx, lo):
    """Whether a quote stands between unit ``lo`` and this quote that is not in a chain with it (「…」との進言を受け
    たものの、「…」; not 「…」「…」 or 「…」、「…」, words listed together)."""
    seq = ctx.seq
    first = next((x for x in range(lo, ctx.qidx) if seq[x].pos1 == "QUOTE"), None)
    while first is not None and first != ctx.qidx:
        nxt = next_quote_in_chain(seq, first, ctx.hi)
        if nxt < 0:
            nxt = first + 1   # 「非常識」で「…」と批判: joined by a particle only
            while nxt < ctx.qidx and (seq[nxt].surface in COMMA or seq[nxt].surface in ("で", "や", "と", "とか")):
                nxt += 1
            if nxt > ctx.qidx or seq[nxt].pos1 != "QUOTE":
                return True
        first = nxt
    return False


def _head_of_group(ctx, m):
    """The person named at the head of the group that mention ``m`` describes (X首相はじめ政権幹部は, X社長をはじめと
    する経営陣は: X), or None."""
    seq = ctx.seq
    k = m.first - 1
    steps = 0
    while k >= 1 and steps < 4 and seq[k].pos1 == "名詞" and seq[k].lemma != "始め" and seq[k].end == seq[k + 1].start:
        k -= 1   # ムシャラフ|政権幹部: the group's own words glued before the mention
        steps += 1
    if k >= 1 and seq[k].surface == "する" and seq[k - 1].surface == "と":
        k -= 2   # をはじめとする
    if k < 1 or seq[k].lemma != "始め":
        return None
    k -= 1
    if seq[k].surface == "を":
        k -= 1
    x = ctx.doc.mention_ending(k)
    return x if x is not None and x.kind == "person" else None


def _clause_made_noun(seq, lo, hi):
    """Whether a clause made a noun by こと or の stands between units ``lo`` and ``hi``, then を or は (…入金したことを,
    …述べたのを受け) or a particle phrase (…と述べたことについて, に対し, に関して): its subject is the clause's. The
    clause may quote words of its own (鈴木氏が「…」と述べたことについて「…」と批判した)."""
    for k in range(lo, hi - 1):
        t = seq[k]
        if t.pos1 in ("EOL", "GAP") or (t.pos1 == "QUOTE" and seq[k + 1].surface != "と"):
            return False
        if ((t.lemma == "事" and t.pos1 == "名詞" and not decided_clause(seq, k, hi))
             or (t.surface == "の" and t.pos2 == "準体助詞")) \
                and seq[k - 1].pos1 in ("動詞", "助動詞", "形容詞") \
                and (seq[k + 1].surface in ("を", "は") or (
                    seq[k + 1].surface == "に" and k + 2 < hi and seq[k + 2].lemma in COMPOUND_PARTICLE_VERBS)
                     or _made_noun_object(seq, k + 1, hi)):
            return True
    return False


def _made_noun_object(seq, k, hi):
    """After a clause made a noun, at unit ``k``: に (or にも) and a verb that takes it as its object (…外したことにも
    言及し, …したことに触れ); not ことになる, ことにする (the clause's own verb goes on: 出演することになり)."""
    if seq[k].surface != "に" or seq[k].pos1 != "助詞":
        return False
    k += 1
    if k < hi and seq[k].surface == "も":
        k += 1
    if k >= hi:
        return False
    t = seq[k]
    if t.pos3 == "サ変可能" and k + 1 < hi and seq[k + 1].lemma in ("する", "為る"):
        return True   # 言及し
    return t.pos1 == "動詞" and t.lemma not in ("成る", "なる", "為る", "する")


def subject_line_before(ctx):
    """同社は、⏎「…」と発表した: a line that ends on a subject (a name and は, が or も, and a comma or not) goes on
    in the quote that opens the next line; the subject said it."""
    if not ctx.opens_line() or not (_has_speech_cue(ctx) or ctx.speechy):
        return None
    seq = ctx.seq
    k = ctx.qidx - 1
    breaks = 0
    while k >= 0 and seq[k].pos1 == "EOL":
        k -= 1
        breaks += 1
    if k < 1 or breaks > 2:
        return None
    if seq[k].surface in COMMA:
        k -= 1
    if not (seq[k].pos1 == "助詞" and seq[k].surface in ("は", "が", "も")):
        return None
    j = k - 1
    m = ctx.doc.mention_ending(j)
    if m is None or m.marker not in SUBJECT_MARKERS or m.kind not in ("person", "org", "org_pronoun", "pronoun",
                                                                      "author", "role", "anonymous"):
        return None   # (美和子さんの母親は、⏎「…」: a person described, not named, not the one who spoke before)
    return Decision("speech", "subject_line_before", 0.8, m)


def source_says(ctx):
    """森下首相によると、「…」という, 県警によれば「…」: a source named with によると before the quote, and no subject
    between, said the words. A paper or broadcaster that reports (北浜新聞によると) is not taken for the speaker."""
    # 北川さんの証言では「…」。: words that end the sentence with no verb, after the source (see below)
    verbless = ctx.cue is None and ctx.ends_sentence() and ctx.speechy
    if not (_has_speech_cue(ctx) or (ctx.cue is not None and ctx.cue.via == "hearsay")
            or (ctx.opens_line() and ctx.speechy) or verbless):
        return None   # (冨永さんによると、「…」だそうです: hearsay, also where the words end in a noun)
    seq = ctx.seq
    if ctx.opens_line() and ctx.qidx >= 3 and seq[ctx.qidx - 1].pos1 == "EOL" and seq[ctx.qidx - 2].surface in COMMA:
        before = ctx.doc.mentions_between(0, ctx.qidx - 2)
        m = before[-1] if before else None
        if m is not None and m.marker in ("による", "によれ") and m.kind in ("person", "anonymous", "role") \
                and _BRACKETED.sub("", ctx.doc.text[m.end:seq[ctx.qidx - 2].start]).strip() in ("によると", "によれば"):
            # みちるさん（29歳）によると、⏎「…」: the source named at the end of the line before
            return Decision("speech", "source_says", 0.7, m, "person" if m.kind == "person" else "anonymous")
        line_start = ctx.doc.text.rfind("\n", 0, seq[ctx.qidx - 2].start) + 1
        m = next((x for x in reversed(before) if x.start >= line_start and x.kind in ("anonymous", "public")
                  and x.marker in ("から", "からは", "からも")), None)
        if m is not None and any(seq[k].pos1 == "名詞" and ctx.doc.lex.speech_nouns.get(seq[k].lemma) == "public"
                                 for k in range(m.index + 1, ctx.qidx - 2)):
            # 参加者からは驚きの声とともに、⏎「…」: the voices of the source named on the line before
            return Decision("speech", "public_voice", 0.7, None, "anonymous")
    if not (_has_speech_cue(ctx) or (ctx.cue is not None and ctx.cue.via == "hearsay") or verbless):
        return None
    m = _account_giver(ctx)
    if m is not None:   # 同社が社長名で発表した見解によると、「…」: the one who gave the account
        return Decision("speech", "source_says", 0.7, m, "person" if m.kind == "person" else "org")
    for m in ctx.left_mentions():
        if m.marker in SUBJECT_MARKERS:
            return None
        if m.marker in ("による", "によれ", "により"):
            if _reporting_org(ctx.doc.lex, m):
                return None
            if m.kind == "org_pronoun" and (m.text in ("同紙", "同誌")
                                            or ctx.doc.lex.reports(ctx.doc.name_of(m)[0] or "")
                                            or (m.text == "同局" and ctx.doc.name_of(m)[0] is None)):
                return None   # 同紙によると: the paper named before reports (同局: a broadcaster, or a bureau
                # that speaks: 四国地方整備局は…。同局によると「…」)
            if m.kind in ("person", "anonymous", "role", "org", "org_pronoun"):   # (同社の話として: the company)
                return Decision("speech", "source_says", 0.7, m, "person" if m.kind == "person"
                                else "org" if m.kind in ("org", "org_pronoun") else "anonymous")
            return None
    return None


def _reporting_org(lex, m):
    """Whether mention ``m`` is a paper's, an agency's or a broadcaster's that reports others' words (北浜新聞によると),
    not its own office that speaks for it (北浜テレビ広報部によると: the broadcaster's own words)."""
    if m.kind != "org" or not lex.reports(m.name or m.text, m.role):
        return False
    return not (m.name and m.text != m.name and m.text.endswith(lex.desk_words))


def _account_giver(ctx):
    """The subject of the clause that describes a noun of an account right before the words (同社が社長名で発表した
    見解によると、「…」, 北川氏が会見で述べた説明によれば「…」; word class ``account``): a person or an
    organisation marked with が, the clause's only subject; or None."""
    seq = ctx.seq
    k = ctx.qidx - 1
    while k > 0 and seq[k].surface in COMMA:
        k -= 1
    if k < 3 or seq[k].surface not in ("と", "ば") or seq[k - 1].lemma not in ("因る", "よる") \
            or seq[k - 2].surface != "に" or seq[k - 3].lemma not in ctx.doc.lex.word_classes["account"]:
        return None
    noun = k - 3
    if seq[noun - 1].pos1 not in ("動詞", "助動詞"):
        return None   # (同社の見解によると: the noun_owner's and the left mentions' case)
    found = [m for m in ctx.doc.mentions_between(ctx.lo, noun) if m.marker in SUBJECT_MARKERS]
    if len(found) != 1 or not found[0].marker.startswith("が") \
            or found[0].kind not in ("person", "org", "org_pronoun"):
        return None
    return found[0]


def subject_after_cue(ctx):
    """「…」と語り、審判の心理すら読んでいたという遠藤は、…: the subject of the main clause after the cue."""
    cue = ctx.cue
    if not _has_speech_cue(ctx) or cue.passive or cue.index <= ctx.qidx or cue.shared:
        return None
    seq = ctx.seq
    k = cue.index + 1
    while k < ctx.hi and seq[k].pos1 in ("助動詞", "助詞", "動詞") and seq[k].surface not in COMMA:
        k += 1
    if k >= ctx.hi or seq[k].surface not in COMMA:
        return None
    before = seq[k - 1]
    if not (before.cform.startswith("連用形") or before.surface in ("て", "で", "つつ", "ながら")):
        return None   # only after a clause that goes on (と語り、 と話し、 と述べ、), not after が、 or と、
    if any(seq[x].pos1 == "QUOTE" for x in range(k, ctx.hi)):
        return None   # a later quote in the sentence: a subject after the cue is that quote's
    for m in ctx.doc.mentions_between(k, ctx.hi):
        if m.marker in ("は", "が", "は、", "も") and m.kind in ("person", "author"):
            return Decision("speech", "subject_after_cue", 0.7, m)
    return None


def interview_label(ctx):
    """A line of an interview: 又吉：「…」 or 又吉：…「…」と思った; the label names the speaker."""
    m = ctx.doc.line_label(ctx.qidx)
    if m is None:
        return None
    if not (_has_speech_cue(ctx) or ctx.speechy):
        return None
    text = ctx.doc.text
    labelled = getattr(ctx.doc, "_labelled_lines", None)
    if labelled is None:   # counted once a document
        labelled = ctx.doc._labelled_lines = len(_LABELLED_LINE.findall(text))
    if labelled < 2 and not _after_question_line(text, m.start):
        return None   # one labelled line, not answering, is a profile (村上龍：1952年生まれ), not a turn
    seq = ctx.seq
    if all(t.known and t.pos2 == "普通名詞" for t in seq[m.first:m.index + 1]):
        return None   # 条件：, 価格：: a field of a listing, not a person
    cue = ctx.cue
    if _told_of_another(ctx):
        # …に「…」と間違われた, 「…」とおっしゃってくれた, 「…」と言わせた: words the speaker of the line tells of
        # someone else
        return Decision("speech", "no_speaker", 0.4, None, "unknown", "words the labelled speaker tells of another")
    if cue is not None and cue.kind == "verb" and cue.head >= 0 and seq[cue.head].pos3 != "副詞可能":
        return None   # 「…」と言える優しさ (not と聞いた時に): words of no one in particular
    if cue is not None and cue.kind == "noun" and cue.via == "iu" and 0 <= cue.index < len(seq) \
            and (seq[cue.index].surface in _ANYONE or _people_noun(ctx.doc.lex, seq[cue.index])):
        # 森田：よく「…」という方が多い: the words of the people the teller speaks of
        return Decision("speech", "no_speaker", 0.4, None, "anonymous", "words of people the labelled speaker tells of")
    nxt = ctx.qidx + 1
    if cue is None and nxt + 1 < len(seq) and seq[nxt].surface == "の" and seq[nxt + 1].pos1 == "名詞" \
            and seq[nxt + 1].lemma not in ctx.doc.lex.speech_nouns:
        return None   # 有香：…一度気を抜くと「まぁいっか」の諦めが…: words that name a frame of mind, a term
    if ctx.barrier() is not None:
        # 鴨田：…お客様に「…」と聞いた時に「…」とお声がけいただいて: the answer to words the teller put, another's
        return Decision("speech", "no_speaker", 0.4, None, "unknown", "an answer the labelled speaker tells of")
    for x in ctx.left_mentions():
        if x.index <= m.index or x.kind not in ("person", "role", "anonymous", "group", "public"):
            continue
        if x.marker in SUBJECT_MARKERS + ("とも",):
            # 上司が…「…」, バンドメンバーの4人とも「…」って, ユーザーから「…」: someone the answer tells of said them
            return Decision("speech", "no_speaker", 0.4, None, "unknown", "words of another the answer tells of")
    return Decision("speech", "interview_label", 0.7, m)


_LABELLED_LINE = regex.compile(r"^[^\s：:「」。、]{1,12}[：:]", regex.M)


def _after_question_line(text, pos):
    """Whether the last line with words before the one at character ``pos`` is an interviewer's question (——…)."""
    from .turns import QUESTION_MARKS
    end = text.rfind("\n", 0, pos)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line:
            return line.startswith(QUESTION_MARKS)
        end = start - 1
    return False


def _told_of_another(ctx):
    """Whether the clause after the quote makes its words someone else's than the teller's: a passive (と言われた,
    と間違われた), a causative (と言わせた), a favour received (と言ってくれた) or a verb of respect (とおっしゃる); or a
    passive verb of speech right before it (たまに言われますよ「…」とか)."""
    seq = ctx.seq
    verb = False
    for k in range(ctx.qidx + 1, min(ctx.hi, ctx.qidx + 12)):
        t = seq[k]
        if t.pos1 in ("QUOTE", "EOL", "GAP") or t.surface in SENTENCE_END or (verb and t.surface in COMMA):
            return False
        if t.lemma in RESPECT_VERBS and t.pos1 == "動詞":
            return True
        if verb and t.pos1 == "助動詞" and (t.lemma in PASSIVE_AUX or t.lemma in CAUSATIVE_AUX):
            return True
        if verb and t.lemma in GIVING_VERBS and seq[k - 1].surface in ("て", "で"):
            return True
        verb = verb or t.pos1 == "動詞"
    for k in range(ctx.qidx - 1, max(ctx.lo - 1, ctx.qidx - 6), -1):   # たまに言われますよ「…」とか: the same, before
        t = seq[k]
        if t.pos1 in ("QUOTE", "EOL", "GAP") or t.surface in SENTENCE_END or t.surface in COMMA:
            return False
        if t.pos1 == "助動詞" and (t.lemma in PASSIVE_AUX or t.lemma in CAUSATIVE_AUX) and seq[k - 1].pos1 == "動詞" \
                and ctx.doc.lex.cues.get(seq[k - 1].lemma, ("", ""))[:2] in (("verb", "say"), ("verb", "ask")):
            # (not 考えられなくても「…」: a verb of thought, where られる is a potential)
            return True
    return False


def _through_account(ctx, h, lo):
    """From unit ``h`` (right before the nouns that head an announcing sentence's topic), back past a noun of words
    said or their account (談話, 会見, 発言, 要旨: word list ``_ACCOUNT_NOUNS`` and speech nouns) and の or での, and
    an adnominal (主な) before the head: the unit of the の that follows their owner, or ``h`` unchanged."""
    seq = ctx.seq
    x = h
    while x > lo + 1 and seq[x].pos1 in ("連体詞", "接頭辞"):
        x -= 1   # 主な発言
    if seq[x].surface == "の" and seq[x - 1].surface == "で":
        x -= 1   # 会見での
    if not (seq[x].surface in ("の", "で") and seq[x].pos1 == "助詞" and x - 1 > lo):
        return h
    y = x - 1
    if ctx.doc.mention_ending(y) is not None or not (seq[y].pos1 == "名詞" and (
            seq[y].lemma in ctx.doc.lex.speech_nouns or seq[y].lemma in _ACCOUNT_NOUNS)):
        return x if seq[x].surface == "の" else h
    while y > lo and seq[y].pos1 in ("名詞", "接尾辞"):
        y -= 1
    return y if seq[y].surface == "の" and y - 1 >= lo else h


def announced_before(ctx):
    """Xは次のように答えた。 then 「…」 opening the next paragraph."""
    if ctx.cue is not None and ctx.cue.strength in ("strong", "noun", "head") and ctx.cue.via != "hearsay":
        return None   # (but こう言われた。「…」とのこと: words passed on, which name no one of their own)
    found = ctx.before()
    if not found:
        return None
    cue, lo, hi = found
    if cue.voice == "public" and ctx.opens_line():
        # 一方でこんな意見もある。/「…」: a view some hold, announced; no one named (not the one who spoke before)
        return Decision("speech", "no_speaker", 0.4, None, "anonymous", "a view some hold, announced")
    if not ctx.speechy and not (ctx.opens_line() and (ctx.qidx + 1 >= len(ctx.seq) or ctx.seq[ctx.qidx + 1].pos1 == "EOL")
                                and (len(ctx.inner) >= 6 or _after_listed_quote(ctx))):
        return None   # a whole line of words after the announcement is one of the words announced (in a list of
        # them, a short one too: 「すごい！」)
    if cue.via == "statement":
        # 鈴木一郎・北浜市長の話　「…」: the one the heading names (no one named: no decision here)
        owner = ctx.doc.mention_ending(cue.index - 2)
        if owner is None or owner.kind not in ("person", "org", "role", "anonymous"):
            return None
        return Decision("speech", "announced_before", 0.85, owner)
    if cue.via == "asked_before":
        # サトミさん（40）に、…聞いてみた。/「…」: the one asked answers; nobody named as asked, no decision here
        asked = [m for m in ctx.doc.mentions_between(lo, hi) if m.kind in ("person", "anonymous")
                 and m.marker in ("に", "には", "にも")]
        if len(asked) != 1:
            return None
        if asked[0].kind == "anonymous":   # 編集者の女性（35歳）にも話を聞いた。/「…」: one described, not named
            return Decision("speech", "no_speaker", 0.4, None, "anonymous", "the one asked is not named")
        return Decision("speech", "announced_before", 0.85, asked[0])
    if cue.passive:
        # 加藤課長は部長に呼び出され、こう言われた。/「…」: the words of the one who said them to the subject
        agents = [m for m in ctx.doc.mentions_between(lo, hi) if m.marker in ("に", "から", "からは")
                  and m.kind in ("person", "role", "org", "author")]
        if agents:
            return Decision("speech", "announced_before", 0.7, agents[-1])
        return Decision("speech", "no_speaker", 0.4, None, "unknown", "words said to the one the sentence names")
    subject = None
    for m in reversed(ctx.doc.mentions_between(lo, hi)):
        if m.marker in SUBJECT_MARKERS:
            subject = m if m.kind != "public" else None   # ネット掲示板では、下記の通り…: the public's words
            break
    if subject is None:
        seq = ctx.seq
        for k in range(hi - 1, lo + 1, -1):   # 警察の声明(文)は次のとおり。: the owner of the words announced
            # (the topic nearest the announcement: not 掲示板は好きだというＢさんの言い分はこうだ, a clause's)
            if not (seq[k].surface in ("は", "が") and seq[k].pos1 == "助詞"):
                continue
            h = k - 1
            spoken = False
            while h > lo and seq[h].pos1 in ("名詞", "接尾辞"):
                spoken = spoken or seq[h].lemma in ctx.doc.lex.speech_nouns
                h -= 1
            h = _through_account(ctx, h, lo)   # 北川首相の談話の要旨は, 北川首相の会見での主な発言は: back past the
            # nouns of the words said to their owner
            if h - 1 >= lo and seq[h].surface == "の":
                h += 1
                owner = ctx.doc.mention_ending(h - 2)
                if owner is None and seq[h - 2].surface in ("）", ")"):   # ジュンさん（32歳）のキッカケ
                    o = next((x for x in range(h - 3, max(lo, h - 10) - 1, -1) if seq[x].surface in ("（", "(")), None)
                    owner = ctx.doc.mention_ending(o - 1) if o is not None else None
                if owner is not None and (spoken and owner.kind in ("person", "org", "org_pronoun", "pronoun", "role")
                                          or owner.kind == "person"):
                    subject = owner   # (ジュンさん（32歳）のキッカケはこうだ。: what the person tells next)
            break
    if subject is None and _unread_subject(ctx, lo, hi):
        # アメリカの元首は…このように切り返した。: a subject no one was read in speaks, not the one who spoke last
        return Decision("speech", "no_speaker", 0.4, None, "unknown", "the announcing sentence's subject is unread")
    if subject is None and cue.act == "answer":
        # 次のような答えが返ってきた: the answer is from the one the writer asked, named before
        for m in reversed(ctx.doc.mentions_between(0, lo)):
            if ctx.doc.text.count("\n", m.end, ctx.start) > 6:
                break
            if m.kind == "person":
                subject = m
                break
    public = any(m.kind == "public" for m in ctx.doc.mentions_between(lo, hi))
    if subject is None and not public and cue.act in ("say", "write", "answer"):
        # 「…」と語るのはまゆさんだ。そのいきさつについてこう語る。/「…」: the one who spoke last goes on
        subject = ctx.doc.turns.current_speaker(ctx.qi, ctx.start)
    return Decision("speech", "announced_before", 0.85, subject, "unknown" if subject is None else "person")


def _unread_subject(ctx, lo, hi):
    """Whether units ``lo`` to ``hi`` hold a noun (or a noun-like suffix: 相) marked with は or が that no mention ends on
    and that is no word of speech, of content, of time or a counter (元首は, 関学環境相は: someone the mention stage did not
    read; not 答えが, 今回は, 20日は)."""
    seq = ctx.seq
    lex = ctx.doc.lex
    for k in range(lo + 1, hi):
        t, p = seq[k], seq[k - 1]
        if t.surface in ("は", "が") and t.pos1 == "助詞" and (p.pos1 == "名詞" and p.pos2 in ("普通名詞", "固有名詞")
                                                                 or p.pos1 == "接尾辞" and p.pos2 == "名詞的") \
                and p.pos3 not in ("副詞可能", "助数詞可能", "助数詞") and p.lemma not in lex.speech_nouns \
                and p.lemma not in lex.cues \
                and ctx.doc.mention_ending(k - 1) is None and p.lemma not in lex.word_classes["content"]:
            return True
    return False


def _after_listed_quote(ctx):
    """Whether the line before the quote's line is a quote alone on its line (the quote is an item of a list)."""
    seq = ctx.seq
    k = ctx.qidx - 1
    while k >= 0 and seq[k].pos1 == "EOL":
        k -= 1
    return k >= 1 and seq[k].pos1 == "QUOTE" and seq[k - 1].pos1 == "EOL"


def introduced_before(ctx):
    """…40歳を目前に会社を辞めた志津江さん（IT関連）。 then 「…」: a sentence that ends by naming a person
    introduces the next words, which are that person's."""
    seq = ctx.seq
    k = ctx.qidx - 1
    while k >= 0 and seq[k].pos1 == "EOL":
        k -= 1
    if k < 1 or not (seq[k].surface in SENTENCE_END or seq[k + 1].pos1 == "EOL"):
        return None
    if ctx.cue is None and ctx.speechy and ctx.opens_line() and utterance_like(ctx.inner) \
            and seq[k].surface in SENTENCE_END:
        m = _gave_interview(ctx, k - 1)   # (words of any length: the sentence before announces them)
        if m is not None:
            return Decision("speech", "introduced_before", 0.8, m)
    if not (_bare_utterance(ctx) or (_has_speech_cue(ctx) and ctx.opens_sentence())):
        return None
    end = _before_closing(seq, k - 1 if seq[k].surface in SENTENCE_END else k)   # the name the sentence identifies
    m = ctx.doc.mention_ending(end)
    if m is not None and m.kind == "person" and not m.marker:
        line_start = ctx.doc.text.rfind("\n", 0, m.start) + 1
        colon = max(ctx.doc.text.rfind("：", line_start, m.start), ctx.doc.text.rfind(":", line_start, m.start))
        if colon >= 0:
            first = m.first
            while first > 0 and ctx.seq[first - 1].pos1 != "EOL":
                first -= 1   # the unit that opens the name's line
            label = next((x for x in ctx.doc.mentions_between(first, m.first) if x.start >= line_start
                          and x.end <= colon and x.kind == "person"), None)
            if label is not None:   # ・秋田：本田⏎「…」: the one a label names answers; the name after it is the
                return Decision("speech", "label_line", 0.75, label)   # answer (not 政界部門：枝野幸男⏎「…」)
        return Decision("speech", "introduced_before", 0.8, m)
    asked = _asked_before(ctx, end)
    if asked is not None:
        return Decision("speech", "introduced_before", 0.8, asked)
    if _bare_utterance(ctx) and ctx.opens_line():
        m = _newcomer_with_age(ctx)
        if m is not None:
            return Decision("speech", "introduced_before", 0.8, m)
    return None


def _newcomer_with_age(ctx):
    """ヨウコさん（31歳）の先輩は…。⏎「…」, 最後に律子さん（35歳）の話を紹介。⏎「…」: in a feature that brings in
    people one by one, the last person named in the narration since the words before, introduced with an age in
    brackets, takes the floor for the bare words on the next line (whatever the particle after the name); the
    mention, or None."""
    doc = ctx.doc
    lo = doc.where[ctx.qi - 1] + 1 if ctx.qi > 0 else 0
    people = [m for m in doc.mentions_between(lo, ctx.qidx) if m.kind == "person"]
    if not people:
        return None
    m = people[-1]
    k = m.index + 1
    if k >= len(ctx.seq) or ctx.seq[k].surface not in ("（", "(") or not age_inside(ctx.seq, k) \
            or ctx.start - m.end > 300 or "\n\n" in doc.text[m.end:ctx.start].strip("\n"):
        return None
    if any(x.kind == "person" and x.name != m.name and x.marker in ("は", "が", "も")
           for x in doc.mentions_between(doc.sentence_start(m.index), ctx.qidx)):
        return None   # 正江さん（44歳）は、娘の円香さん（21歳）の様子を…: the subject of the sentence, not the one it tells of
    return m


def _asked_before(ctx, end):
    """…由香さん（33才）に聞いた。 then 「…」: a sentence that ends by asking a person (Xに聞いた, Xに話を聞いた,
    Xに尋ねると) hands them the floor; the mention of that person, or None. ``end``: the sentence's last unit before
    its full stop."""
    seq = ctx.seq
    k = end
    while k > 0 and seq[k].pos1 in ("助動詞", "助詞") and seq[k].surface not in ("に",):
        k -= 1
    if k < 0 or seq[k].pos1 != "動詞" or _cue_act(ctx.doc.lex, seq[k].lemma) != "ask":
        return None
    if any(seq[x].lemma in ("れる", "られる") for x in range(k + 1, end + 1)):
        return None   # 聞かれた: the one asked is the subject, not the one named with に
    for m in reversed(ctx.doc.mentions_between(ctx.doc.sentence_start(k), k)):
        if m.kind == "person" and m.marker in ("に", "にも", "に対し", "へ"):
            return m
    return None


def _gave_interview(ctx, end):
    """…鈴木一郎財務相は19日、本紙の取材に応じた。 then 「…」 on its own line: a sentence whose subject, someone
    named, answers at an occasion for speaking (Xは…取材に応じた, インタビューに応じた) hands them the floor; the
    mention, or None. ``end``: the sentence's last unit before its full stop."""
    seq = ctx.seq
    k = end
    while k > 0 and seq[k].pos1 == "助動詞":
        k -= 1
    if k < 2 or seq[k].lemma != "応ずる" or seq[k - 1].surface != "に" \
            or seq[k - 2].lemma not in ctx.doc.lex.word_classes["occasion"]:
        return None
    return next((m for m in ctx.doc.mentions_between(ctx.doc.sentence_start(k), k)
                 if m.marker in ("は", "が") and m.kind == "person"), None)


def writer_asks(ctx):
    """Xに「…」と聞いてみた with no subject: the writer asking."""
    cue = ctx.cue
    if cue is None or cue.act != "ask" or cue.passive or cue.strength != "strong":
        return None
    lm = ctx.left_mentions()
    if any(m.marker in SUBJECT_MARKERS for m in lm):
        return None
    if any(m.marker in ("に", "には") for m in lm) or (ctx.qidx > 0 and ctx.seq[ctx.qidx - 1].surface in ("に",)) \
            or ctx.inner.rstrip().endswith(("？", "?")):
        text = ctx.doc.text
        paragraph = text[text.rfind("\n", 0, ctx.start) + 1:ctx.start]
        if any(w in paragraph for w in ctx.doc.lex.word_classes["survey"]):
            # アンケートで…さらに「…」と聞いたところ: a question of the survey, asked of many
            return Decision("speech", "writer_asks", 0.6, None, "anonymous", "a question of a survey")
        asker = _narrated_asker(ctx, lm)
        if asker is not None:   # 澤は…。先輩＝櫻井に「…」と尋ねる場面も: the one the narration is about asks
            return Decision("speech", "topic", 0.5, asker)
        return Decision("speech", "writer_asks", 0.6, ctx.doc.author_mention(), "author")
    return None


def _narrated_asker(ctx, lm):
    """The person the narration is about, who asks someone else named with に in the quote's sentence, where the
    verb is not the writer's trying (聞いてみた, 尋ねてみると) and the writer never speaks as 筆者 or 私 in the text
    before; or None."""
    seq = ctx.seq
    k = ctx.cue.index + 1
    while k < len(seq) and seq[k].pos1 in ("助動詞", "助詞") and seq[k].surface not in SENTENCE_END:
        if seq[k].surface in ("て", "で") and k + 1 < len(seq) and seq[k + 1].lemma in ("見る", "みる"):
            return None
        k += 1
    before = ctx.doc.text[:ctx.start]
    if "筆者" in before or "私" in before or "記者" in before:
        return None
    addressed = {ctx.doc.name_of(m)[0] for m in lm if m.marker in ("に", "には") and m.kind == "person"}
    if not addressed:
        return None
    m = ctx.doc.turns.topic(ctx.qidx, ctx.start, sentence=ctx.lo)
    if m is None or m.kind != "person" or ctx.doc.name_of(m)[0] in addressed:
        return None
    return m


def interview_answer(ctx):
    """In a question-and-answer interview (Q．… / ——… lines), words in an answer are the interviewee's."""
    cue = ctx.cue
    if cue is not None and (cue.passive or cue.strength != "strong" or not _has_speech_cue(ctx)
                            or cue.via == "hearsay"):
        return None   # (「…」とのこと: the narration reports someone's words, not an answer of the interview)
    if cue is None and not (ctx.opens_line() and ctx.speechy and ctx.ends_sentence()):
        return None   # (「…」vol.1 …, 「…」、「…」: a title or a list that opens the line, not an answer)
    if _subject_unrecognised(ctx) is not None:
        return None   # ロバート・ダウニーJr.は「…」と述べる: a subject of its own the mention stage did not read
    m = ctx.doc.turns.interviewee()
    if m is None or ctx.doc.turns.question_line(ctx.start):
        return None
    return Decision("speech", "interview_answer", 0.6, m)


def _bare_utterance(ctx):
    """A quote with no cue that reads as words said: a whole sentence of its own (it opens its line or follows a
    sentence end, or a conjunction that opens the sentence and nothing follows) of at least 12 characters that ends
    like an utterance."""
    if ctx._bare is None:
        ctx._bare = ctx.cue is None and ctx.speechy and (
            ctx.opens_sentence() or (_after_connective(ctx) and ctx.ends_sentence())) and utterance_like(ctx.inner, 12)
    return ctx._bare


def _honored_unread(ctx, j):
    """Whether the noun at unit ``j``, glued before an honorific (ひだまり|氏, 派遣|さん), stands for someone the
    mention stage did not read: no part of a mention, no relative (お孫さん, 前の奥さん: told by a tie, after お, ご or
    の, or a relative of the tables), no surname of a person the document names (当時石川|君 after 石川仁志)."""
    seq = ctx.seq
    t = seq[j]
    if any(m.first <= j <= m.index for m in ctx.doc.mentions_between(max(0, j - 8), j + 2)):
        return False
    if ctx.doc.lex.suffixes.get(t.lemma) == "relative" or (
            j >= 1 and (seq[j - 1].surface in ("の", "お", "ご", "御") or seq[j - 1].pos1 == "接頭辞")):
        return False
    return not any(m.kind == "person" and m.name and m.name.startswith(t.surface) for m in ctx.doc.mentions)


def _after_connective(ctx):
    """Whether only a conjunction and a comma open the quote's sentence (さらに、「…」, また、「…」)."""
    k = ctx.qidx - 1
    seq = ctx.seq
    return k >= 1 and seq[k].surface in COMMA and seq[k - 1].pos1 == "接続詞" and (
        k == 1 or seq[k - 2].pos1 in ("EOL", "GAP") or seq[k - 2].surface in SENTENCE_END)


def _subject_unrecognised(ctx):
    """The noun phrase marked by は or も before the quote, in its sentence, that the mention stage did not read as
    anyone but that can be one who speaks (see :func:`_agent_like`), as (first index, last index); None when there
    is none."""
    seq = ctx.seq
    head = ctx.qidx   # the first quote of the chain this one closes (「…」「…」と: the words before are shared)
    for k in range(ctx.qidx - 1, ctx.clause_start(), -1):
        t = seq[k]
        if t.pos1 == "QUOTE":
            if next_quote_in_chain(seq, k, ctx.hi) == head:
                head = k
                continue
            if k + 1 < ctx.qidx and seq[k + 1].surface in ("は", "が", "も") and seq[k + 1].pos1 == "助詞" \
                    and _right_before_quote(seq, k + 1, head):
                return (k, k)   # 韓国紙「東亜日報」は、「…」と報じている: the one named in brackets, a subject
            break
        if k + 1 == head and t.surface in COMMA:
            continue
        if t.lemma == "話" and t.pos1 == "名詞" and k >= 3 and seq[k - 1].surface == "の" and k + 1 < ctx.qidx \
                and seq[k + 1].surface in ("で", "と", "に", "では") and seq[k - 2].pos1 in ("名詞", "接尾辞") \
                and ctx.doc.mention_ending(k - 2) is None:
            # 楽器店の話では「…」, 警察本部長の話として「…」: a source the mention stage did not read as anyone; the
            # words are that source's, not those of the one who spoke before
            j = k - 2
            while j > 0 and seq[j - 1].pos1 in ("名詞", "接尾辞", "接頭辞") and seq[j - 1].end == seq[j].start:
                j -= 1
            return (j, k - 2)
        if t.lemma in ("よる", "因る") and seq[k - 1].surface == "に" and k >= 2 and t.surface in ("よる", "よれ") \
                and seq[k - 2].pos1 in ("名詞", "接尾辞"):
            cited = ctx.doc.mention_ending(k - 2)
            if cited is not None and cited.kind == "org" and ctx.cue is not None \
                    and ctx.cue.lemma in ctx.doc.lex.word_classes["report"] \
                    and ctx.doc.lex.reports(cited.name or cited.text, cited.role):
                return (cited.first, cited.index)   # 北浜新聞によると「…」と報じた: the paper's report, no one
                # person's words (not those of the one who spoke before)
            # 北浜ウィークリーによれば「…」: a source the mention stage did not read as anyone cites the words (a
            # paper it reads as one reports the words of the one the narration is about: 北浜新聞によれば「…」)
            found = _agent_like(ctx.doc.lex, seq, k - 2) if ctx.doc.mention_ending(k - 2) is None else None
            if any(m.kind in ("person", "role", "author") for m in ctx.doc.mentions_between(k + 1, ctx.qidx)):
                found = None   # 北浜スポーツ版によると、ホジソン監督みずからは「…」: the person named after it speaks
            if found is not None and not ctx.doc.lex.reports("".join(x.surface for x in seq[found[0]:found[1] + 1])):
                return found
            continue
        ga = t.surface == "が" and t.pos2 == "格助詞" and _right_before_quote(seq, k, ctx.qidx) \
            and (not seq[k - 1].known or (seq[k - 1].pos1 in ("名詞", "接尾辞") and len(seq[k - 1].surface) >= 2
                                          and seq[k - 1].surface[-1] in _PERSON_ENDS)
                 or seq[k - 1].surface in ctx.doc.lex.word_classes["occupation"]   # コメディアンが「…」
                 or (seq[k - 1].pos2 == "固有名詞" and seq[k - 1].pos3 in ("一般", "組織")))   # ロイターが「…」
        # (19歳の工員が「…」: a noun for a person the mention stage did not read as a source)
        if t.surface in ("が", "は") and seq[k - 1].surface == "など" and k >= 2 and _right_before_quote(seq, k, ctx.qidx):
            # 北浜タイムズなどが「…」と絶賛: sources given by examples, no one speaker
            m = ctx.doc.mention_ending(k - 2)
            found = (m.first, m.index) if m is not None else _agent_like(ctx.doc.lex, seq, k - 2)
            if found is not None:
                return found
        if t.surface in ("は", "も") and t.pos2 == "係助詞" and k >= 2 and seq[k - 1].surface in ("）", ")"):
            o = next((x for x in range(k - 2, max(0, k - 8), -1) if seq[x].surface in ("（", "(")), None)
            if o is not None and o >= 1 and _acronym(seq[o - 1]) and len(seq[o - 1].surface) >= 3 \
                    and seq[o - 1].end == seq[o].start and ctx.doc.mention_ending(o - 1) is None:
                return (o - 1, o - 1)   # CNN(アメリカ)は「…」: an acronym the dictionary lacks, a remark in brackets
        if t.surface == "は" and t.pos2 == "係助詞" and k >= 2 and seq[k - 1].surface == "で" \
                and ((_acronym(seq[k - 2]) and len(seq[k - 2].surface) >= 3)
                     or (((seq[k - 2].pos2 == "固有名詞" and seq[k - 2].pos3 in ("一般", "組織"))
                          or not seq[k - 2].known)
                         and _KATAKANA_RUN.match(seq[k - 2].surface) and len(seq[k - 2].surface) >= 3
                         and seq[k - 2].lemma not in ctx.doc.lex.word_classes["writings"]   # (自身のツイッターでは)
                         and (k < 3 or seq[k - 3].end != seq[k - 2].start
                              or seq[k - 3].pos1 not in ("名詞", "接頭辞", "接尾辞")))) \
                and ctx.doc.mention_ending(k - 2) is None:
            return (k - 2, k - 2)   # TBSでは「…」: an acronym the dictionary lacks, as the body that speaks (not
            # CMでは: in a commercial)
        if t.surface == "は" and t.pos2 == "係助詞" and k >= 3 and seq[k - 1].surface == "で" \
                and seq[k - 2].pos1 in ("名詞", "接尾辞") and _right_before_quote(seq, k, ctx.qidx) \
                and ctx.doc.mention_ending(k - 2) is None:
            glued = seq[k - 3].pos1 == "接頭辞" and seq[k - 3].end == seq[k - 2].start
            word = (seq[k - 3].surface if glued else "") + seq[k - 2].surface
            if len(word) >= 2 and word[0] in ("両", "各") and word[1:].endswith(tuple(ctx.doc.lex.org_kinds)):
                return (k - 3 if glued else k - 2, k - 2)   # 両局では「…」, 各社では: the bodies named before
                # speak, no one of them
            pair = seq[k - 3].surface + seq[k - 2].surface if seq[k - 3].end == seq[k - 2].start else ""
            if seq[k - 2].surface in ctx.doc.lex.word_classes["group"] or pair in ctx.doc.lex.word_classes["group"]:
                return (k - 2, k - 2)   # 放送|業|界では「…」, 陣営では: a group the mention stage read as no one
        if t.surface in ("は", "が", "も") and t.pos1 == "助詞" and _right_before_quote(seq, k, ctx.qidx):
            at = k - 1
            if t.surface == "も" and k >= 3 and seq[k - 1].lemma == "何れ" and seq[k - 2].surface == "は":
                at = k - 3   # 2社はいずれも「…」
            counted = _counted_people(seq, at)
            if counted is not None:
                return counted   # 女性の61％（946人）が「…」と回答, １名が「…」, 被告の2社は: a share of those asked, a
                # count of people or companies, no one
        if (t.surface in ("は", "も") or (t.surface == "が" and _right_before_quote(seq, k, ctx.qidx))) \
                and t.pos1 == "助詞" and k >= 2:
            x = k - 2 if seq[k - 1].surface == "で" else k - 1   # 記事は, 記事では, 憲章が「…」
            documents = ctx.doc.lex.word_classes["document"] + ctx.doc.lex.word_classes["ruling"]
            if seq[x].pos1 in ("名詞", "接尾辞") and (seq[x].surface in documents
                                                      or _glued_noun(seq, x) in documents) \
                    and ctx.doc.mention_ending(x) is None:
                return (x, x)   # 記事では「…」と指摘, 合意事項は「…」と定めている: a text's words, no one person's
        if ((t.pos2 == "係助詞" and t.surface in ("は", "も")) or (t.surface == "が" and t.pos2 == "格助詞"
                                                                 and _right_before_quote(seq, k, ctx.qidx))) \
                and k >= 2 and seq[k - 1].pos1 == "接尾辞" and seq[k - 1].lemma in ("達", "たち") \
                and seq[k - 2].pos1 == "名詞" and seq[k - 2].known and ctx.doc.mention_ending(k - 2) is None \
                and _people_noun(ctx.doc.lex, seq[k - 2]):
            return (k - 2, k - 1)   # 俳優たちは「…」, 選手たちが「…」: many of a kind, no one named
        if not ((t.pos2 == "係助詞" and t.surface in ("は", "も")) or ga):
            continue   # Xは, Xも; a word the dictionary lacks with が right before the quote (…は、Xが「…」と語った)
        p = seq[k - 1]
        word = (_glued_noun(seq, k - 1) or p.surface) if len(p.surface) == 1 else p.surface   # 男性|陣
        press = p.lemma in ctx.doc.lex.word_classes["press"] or word in ctx.doc.lex.word_classes["press"]
        honored = p.pos1 == "接尾辞" and ctx.doc.lex.suffixes.get(p.lemma) == "honorific" and k >= 3 \
            and seq[k - 2].end == p.start and seq[k - 2].pos1 in ("名詞", "接尾辞") \
            and ctx.doc.mention_ending(k - 2) is None and _honored_unread(ctx, k - 2)
        if ((p.pos1 != "名詞" and not honored and not (p.pos1 == "接尾辞" and (p.lemma in ctx.doc.lex.title_heads or press
                                                             or word in ctx.doc.lex.word_classes["people"]
                                                             or (p.surface in _PERSON_ENDS and len(word) >= 2))))
                or p.pos2 in ("数詞",) or p.pos3 == "副詞可能"
                or (p.pos3 == "助数詞可能" and (k < 2 or seq[k - 2].pos2 == "数詞" or seq[k - 2].end != p.start))) \
                and not (p.surface in ctx.doc.lex.word_classes["group"] and p.pos1 in ("名詞", "接尾辞")):
            continue   # but 実行|委は, ミナト|連は: a group; 3|台は is a count, 地方|気象|台は may be a body
        if ctx.doc.mention_ending(k - 1) is not None:
            continue
        found = _agent_like(ctx.doc.lex, seq, k - 1)
        if found is None and press:
            found = (k - 1 - (word != p.surface), k - 1)   # スポーツ紙は「…」と報じた, 一部メディアは: the press,
            # no one paper named
        if found is None and ga and p.known:
            found = (k - 1, k - 1)   # 19歳の工員が「…」: a noun for a person (see ga above)
        if found is None and honored:
            found = (k - 2, k - 1)   # ひだまり|氏は「…」: someone with an honorific whose name was not read
        if found is None and p.known and len(word) >= 2 and p.lemma not in _REFLEXIVE_WORDS \
                and ((word[-1] in _PERSON_ENDS and word[-1] != "手") or word in ctx.doc.lex.word_classes["people"]):
            # (not 決め手は, お相手は: what decided, whom one speaks of)
            found = (k - 1 - (word != p.surface), k - 1)   # 教員は「…」, 男性陣は「…」, 執刀|医は: a noun for
            # people, no one named
        if found is not None:
            return found
    return None


def _text_speaks_since(ctx, m):
    """The word for a text (a ruling, a report, a statement: word classes document and ruling) that is the subject of a
    sentence from that of mention ``m`` to the quote: 判決は…と認定。その上で、「…」と指摘 goes on with the ruling's
    words, not with the defendant the ruling was about; "" when there is none."""
    seq = ctx.seq
    texts = ctx.doc.lex.word_classes["document"] + ctx.doc.lex.word_classes["ruling"]

    rulings = ctx.doc.lex.word_classes["ruling"]

    def opens(x, ruling=False):   # the noun opens a sentence or a clause after a comma; a ruling also after の
        # (この日の判決は; not 一部の報道では, which reports)
        return x < 0 or seq[x].surface in SENTENCE_END or seq[x].surface in COMMA or seq[x].pos1 in ("EOL", "GAP") \
            or (ruling and seq[x].surface == "の" and seq[x].pos1 == "助詞")

    # from the start of the sentence of m (判決は、森田被告が…と認定: m told of by the ruling)
    for k in range(ctx.doc.sentence_start(m.index), ctx.qidx - 2):
        if seq[k].pos1 not in ("名詞", "接尾辞"):
            continue
        if seq[k].surface in texts and opens(k - 1, seq[k].surface in rulings):
            word = seq[k].surface
        elif _glued_noun(seq, k) in texts and opens(k - 2, _glued_noun(seq, k) in rulings):
            word = _glued_noun(seq, k)
        elif seq[k].surface in rulings and k > 0 and seq[k - 1].end == seq[k].start \
                and seq[k - 1].pos1 in ("名詞", "接尾辞", "接頭辞"):
            j = k - 1   # 二|審|判決は, 控訴審判決は: a ruling of a kind, the run of words glued before it
            while j > 0 and seq[j - 1].end == seq[j].start and seq[j - 1].pos1 in ("名詞", "接尾辞", "接頭辞"):
                j -= 1
            if not opens(j - 1, True):
                continue
            word = ctx.doc.text[seq[j].start:seq[k].end]
        else:
            continue
        nxt = seq[k + 1]
        if (nxt.surface in ("は", "も") and nxt.pos1 == "助詞") or (nxt.surface == "で" and seq[k + 2].surface in ("は", "も")):
            return word
    return ""


def _glued_noun(seq, x):
    """The noun glued before ``seq[x]`` and it, as one word (合意|事項, 男性|陣), or "" when none is glued there."""
    if x >= 1 and seq[x - 1].end == seq[x].start and seq[x - 1].pos1 == "名詞":
        return seq[x - 1].surface + seq[x].surface
    return ""


_COUNTERS = frozenset(("名", "人", "パーセント", "％", "割", "社"))   # counters of people or companies, or shares
_ABOUT = frozenset(("以上", "以下", "程度", "ほど", "近く", "余り", "超"))   # 半数以上, 3割近く
_SHARES = frozenset(("半数", "過半数", "大半"))   # words for a share of those asked


def _counted_people(seq, last):
    """(first, last) of a subject that counts people or a share of them, ending at ``seq[last]``: a number and a
    counter (１名, 3割, 61％（946人）) or a word for a share (半数以上); None otherwise."""
    k = last
    if k >= 0 and seq[k].surface in ("）", ")"):
        while k > 0 and k > last - 6 and seq[k].surface not in ("（", "("):
            k -= 1
        k -= 1
    if k >= 0 and seq[k].lemma in _ABOUT:
        k -= 1
    if k < 0:
        return None
    t = seq[k]
    if t.lemma in _COUNTERS and k >= 1 and seq[k - 1].pos2 == "数詞":
        return k - 1, last
    if t.lemma in _SHARES:
        return k, last
    return None


def unnamed_subject(ctx):
    """協議会は「…」と話している, 各社は「…」と主張: the quote's sentence has a subject the mention stage did not
    recognise as anyone, so its speaker is that unknown one, not the previous speaker or the person the narration
    was about: no speaker is better than a guess."""
    if not (_has_speech_cue(ctx) or _bare_utterance(ctx)):
        return None
    found = _subject_unrecognised(ctx)
    if found is None:
        return _shares_unnamed_subject(ctx)
    words = ctx.doc.text[ctx.seq[found[0]].start:ctx.seq[found[1]].end]
    glued = found[0] > 0 and ctx.seq[found[0] - 1].end == ctx.seq[found[0]].start \
        and ctx.seq[found[0] - 1].pos1 in ("名詞", "接尾辞", "接頭辞")
    if words in ctx.doc.lex.word_classes["ruling"] and not glued:   # (not 一審判決は: a lower court's)
        court = _court_before(ctx)
        if court is not None:   # 北浜地裁は…。判決は「…」と指摘した: the court's words
            return Decision("speech", "unnamed_subject", 0.5, court, "org")
    if words in ctx.doc.lex.word_classes["statement"] and not glued:
        issuer = _issuer_before(ctx, words)
        if issuer is not None:   # 北浜電機は声明を発表した。声明は「…」としている: the one who issued it
            return Decision("speech", "unnamed_subject", 0.5, issuer)
    named = _proper_subject(ctx, found)
    if named is not None:   # 赤福は「…」と説明した: a proper noun the tables do not know, as the speaker
        return Decision("speech", "unnamed_subject", 0.5, named, "org")
    named = _surname_run_subject(ctx, found)
    if named is not None:   # 忽那|汐|里は「…」と語った: a surname and a given name UniDic reads as common nouns
        return Decision("speech", "unnamed_subject", 0.5, named, "person")
    return Decision("speech", "unnamed_subject", 0.4, None, "unknown", "subject " + words)


def _shares_unnamed_subject(ctx):
    """マクドナルドも「…」とした上で、「…」としている: a later quote of the sentence whose earlier quote went to a subject
    no one was named for, with no one named between them and no turn of an exchange (see Context.barrier), is
    that unknown subject's too, not the one the narration was about before the sentence; else None."""
    doc = ctx.doc
    j = ctx.qi - 1
    got = doc.turns.decided.get(j) if j >= 0 else None
    if got is None or got[0].rule != "unnamed_subject" or got[0].mention is not None or doc.where[j] < ctx.lo \
            or ctx.barrier() is not None:
        return None
    if doc.mentions_between(doc.where[j] + 1, ctx.qidx):
        return None
    return Decision("speech", "unnamed_subject", 0.4, None, "unknown",
                    "the subject of the quote before, in its sentence")


def _issuer_before(ctx, noun):
    """The subject (with は, が or も) of the sentence before the quote's, or of the one before that, that issues
    ``noun`` (声明, 談話: Xは…声明を発表した, 声明を出し): the mention, or None."""
    doc, seq = ctx.doc, ctx.seq
    lo = doc.sentence_start(max(0, doc.sentence_start(max(0, ctx.lo - 1)) - 1))
    for k in range(ctx.lo - 1, lo - 1, -1):
        if seq[k].surface == noun and k + 2 < ctx.lo and seq[k + 1].surface == "を" \
                and seq[k + 2].pos1 in ("動詞", "名詞"):
            start = doc.sentence_start(k)
            subjects = [m for m in doc.mentions_between(start, k) if m.marker in ("は", "が", "も")
                        and m.kind in ("person", "org", "role", "org_pronoun")]
            return subjects[-1] if subjects else None
    return None


def _court_before(ctx):
    """The last court the text names as a subject before the quote, else the last it names (an organisation whose
    name ends in 地裁, 高等裁判所, 小法廷…), or None."""
    courts = ctx.doc.lex.word_classes["court"]
    found = [m for m in ctx.doc.mentions_between(0, ctx.qidx)
             if m.kind == "org" and (m.name or m.text).endswith(courts)]
    # the court that decided, written as a subject (北浜高裁は…, 北浜高裁の森山一郎裁判長は…), rather than one named in
    # passing (一審の北浜地裁の判決)
    return next((m for m in reversed(found) if m.marker in SUBJECT_MARKERS or (m.marker == "の" and any(
        p.kind == "person" and p.marker in SUBJECT_MARKERS and p.first == m.index + 2
        for p in ctx.doc.mentions_between(m.index + 1, m.index + 12)))), found[-1] if found else None)


def _proper_subject(ctx, found):
    """The subject (first, last) as a mention of an organisation when it is a proper noun UniDic knows as no person's
    or place's name, or a katakana word it does not know (赤福, アザドル), right before its particle は, が or も, and
    the quote has a cue of speech in the table; else None."""
    seq = ctx.seq
    first, last = found
    cue = ctx.cue
    after = last + 1
    if after < len(seq) and seq[after].surface in ("（", "("):   # CNN(アメリカ)は: past a remark in brackets
        after = next((x + 1 for x in range(after + 1, min(len(seq), after + 8)) if seq[x].surface in ("）", ")")),
                     after)
    if cue is None or cue.strength != "strong" or after >= len(seq) or not (
            seq[after].surface in ("は", "が", "も")
            or (seq[after].surface == "で" and after + 1 < len(seq) and seq[after + 1].surface == "は")):
        return None
    run = seq[first:last + 1]
    acronym_first = _acronym(run[0])   # JR西日本, JA全農
    if any(t.pos3 == "人名" or (t.pos3 == "地名" and not acronym_first) or t.pos1 != "名詞" for t in run):
        return None
    stop = next((k for k in range(cue.index + 1, ctx.hi) if seq[k].pos1 == "QUOTE"), ctx.hi)
    if seq[after].surface != "が" and any(seq[k].lemma in _REPORT_VERBS for k in range(cue.index + 1, stop)):
        return None   # アルジャジーラは、司令官が「…」と語ったと伝えた: it reports someone's words (but Xが「…」と
        # 語ったと伝えた: X spoke)
    text = "".join(t.surface for t in run)
    if not (any(t.pos2 == "固有名詞" and t.pos3 == "一般" for t in run)
            or (len(run) == 1 and not run[0].known and len(text) >= 3 and _KATAKANA_RUN.match(text))
            or (acronym_first and len(run) <= 3
                and (len(run) == 1 or run[-1].pos3 == "地名" or run[-1].surface in ctx.doc.lex.orgs))):
        return None   # (NHKは, TBSでは: an acronym the dictionary lacks)
    from .mentions import Mention
    for ent in ctx.doc.entities.values():
        if ent is not None and text in ent.canonical.replace("･", "・").split("・"):
            # 撮影を終えたデイヴィットは「…」: a part of a person's name the text gives in full (デイヴィット・バーン)
            return Mention(text, run[0].start, run[-1].end, ent.canonical, "person", marker=seq[after].surface,
                           index=last, first=first)
    return Mention(text, run[0].start, run[-1].end, text, "org", marker=seq[after].surface, index=last,
                   first=first)


def _surname_run_subject(ctx, found):
    """The subject (first, last) as a mention of a person when it is a surname UniDic knows followed by one or two
    kanji it reads as common nouns, two to four kanji in all, right before は, が or も and the quote, with a cue of
    speech in the table (忽那|汐|里は「…」と語った, 原|西も「…」: a given name, or a surname, the dictionary does not
    know as one); else None. Not a kanji the tables know as a suffix, a title or a source (佐藤|家, 田中|側)."""
    seq = ctx.seq
    first, last = found
    run = seq[first:last + 1]
    lex = ctx.doc.lex
    if ctx.cue is None or ctx.cue.strength != "strong" or not 2 <= len(run) <= 3 or run[0].pos4 != "姓" \
            or last + 1 >= len(seq) or seq[last + 1].surface not in ("は", "が", "も") \
            or not _right_before_quote(seq, last + 1, ctx.qidx):
        return None
    for t in run[1:]:
        if len(t.surface) != 1 or t.pos2 != "普通名詞" or not _is_han(t.surface) or t.surface in lex.suffixes \
                or t.lemma in lex.sources or t.surface in lex.title_heads or t.surface in lex.after_name \
                or t.surface in lex.orgs or t.surface in lex.title_bodies or t.surface in _GROUP_KANJI:
            return None   # (森田組, 森田軍, 北川党: a group or a body named after someone)
    text = "".join(t.surface for t in run)
    if len(text) > 4:
        return None
    from .mentions import Mention
    return Mention(text, run[0].start, run[-1].end, text, "person", marker=seq[last + 1].surface, index=last,
                   first=first, parts=(run[0].surface, text[len(run[0].surface):]))


_GROUP_KANJI = {"案", "会", "団", "隊", "班", "課", "部", "係", "館", "店", "邸", "宅", "号", "賞", "杯", "戦", "展", "祭",
                "版", "説", "論", "流", "風", "式", "門", "塾", "屋", "堂", "亭", "園", "院"}   # one kanji that ends the
# name of a thing, a group or a place named after someone (森田案, 北川賞, 森田塾), not a given name


_KATAKANA_RUN = regex.compile(r"^[\p{Katakana}ー・]+$")
_HAN_OR_KANA = regex.compile(r"^[\p{Han}\p{Katakana}ー]+$")
ACRONYM = regex.compile(r"^[A-ZＡ-Ｚ][A-ZＡ-Ｚ&＆]{1,5}$")   # NHK, WHO, JR: capitals (the extractor reads short forms)


def _acronym(t, longest=4):
    """Whether token ``t`` is an acronym the dictionary lacks, of two to ``longest`` capitals (NHK, TBS; not
    HOMME, a word)."""
    return not t.known and len(t.surface) <= longest and ACRONYM.match(t.surface) is not None


_REPORT_VERBS = {"伝える", "報じる", "報道", "報ずる"}   # 「…」と語ったと伝えた: the subject reports the words


def _right_before_quote(seq, k, qidx):
    """Only commas or spaces between unit ``k`` and the quote at ``qidx``."""
    return all(seq[x].surface in COMMA or seq[x].pos1 == "空白" for x in range(k + 1, qidx))


def _people_noun(lex, t):
    """Whether token ``t`` is a noun for people of a kind (俳優, 選手, 研究者, ファン)."""
    return (len(t.surface) >= 2 and t.surface[-1] in _PERSON_ENDS) or t.surface in lex.word_classes["people"] \
        or t.surface in lex.word_classes["occupation"] or t.lemma in lex.sources


_ANYONE = {"人", "方", "男性", "女性", "女子", "男子", "あなた", "人々", "独女", "皆さん", "みなさん", "皆様", "誰"}
_ANY_MOMENT = {"時", "とき", "瞬間", "場合", "日"}


def _thought_in_general(ctx, cue):
    """Whether a verb of thought modifies a noun for anyone (人, 男性, あなた) not named, with a verb not in the past
    or with 多い／いる after it (と思った人は多い), or a noun of any moment (と思ったときに)."""
    seq = ctx.seq
    h = cue.head
    if h < 0 or h >= len(seq) or getattr(ctx.doc.mention_starting(h), "name", None):
        return False
    if ctx.doc.line_label(ctx.qidx) is not None:
        return False   # (籠谷：…「…」って思うときはあります: in an answer, the one who answers thinks it)
    t = seq[h]
    word = t.surface
    if h + 1 < len(seq) and seq[h + 1].pos1 == "接尾辞" and seq[h + 1].surface in ("たち", "達"):
        word += seq[h + 1].surface
    if word in _ANY_MOMENT or t.lemma in _ANY_MOMENT:
        return True
    if word not in _ANYONE and t.lemma not in _ANYONE:
        return False
    past = any(seq[x].lemma == "た" and seq[x].pos1 == "助動詞" for x in range(cue.index + 1, h))
    after = [u.lemma for u in seq[h + 1:h + 5]]
    return not past or any(w in ("多い", "居る", "いる", "少ない") for w in after)


def _phrase_head(seq, h):
    """The last noun of the noun phrase that opens at unit ``h``, through modifiers with の (地方|出身|の|独女: 独女)."""
    k = h
    while k + 1 < len(seq) and k - h < 8:
        nxt = seq[k + 1]
        if nxt.pos1 in ("名詞", "接尾辞") and nxt.start == seq[k].end:
            k += 1
        elif nxt.surface == "の" and nxt.pos1 == "助詞" and k + 2 < len(seq) and seq[k + 2].pos1 == "名詞" \
                and seq[k + 2].pos2 != "固有名詞":
            k += 2
        else:
            break
    return k


def _said_by_anyone(ctx, cue):
    """Whether the cue verb goes on with ような／みたいな to a noun for anyone (と言うような人, と言い出すみたいな男性):
    a kind of person who might say such words, not one who said them."""
    seq = ctx.seq
    k = cue.index + 1
    while 0 < k < len(seq) and k - cue.index <= 4 and seq[k].lemma not in ("様", "ようだ", "みたい") \
            and (seq[k].pos1 in ("助動詞", "接尾辞") or (seq[k].pos1 in ("動詞", "助詞") and seq[k].start == seq[k - 1].end
                                                     and seq[k].pos2 in ("非自立可能", "接続助詞"))):
        k += 1   # (言って|くる|ような, 言い|そう|な)
    if not (0 < k < len(seq) - 1 and seq[k].lemma in ("様", "ようだ", "みたい")):
        return False
    nxt = seq[k + 1]
    if nxt.surface == "な" and k + 2 < len(seq):
        nxt = seq[k + 2]   # (みたい|な)
    return nxt.surface in _ANYONE or nxt.lemma in _ANYONE or (
        _people_of_a_kind(ctx.doc.lex, nxt) and nxt.lemma not in ctx.doc.lex.sources)
    # (not 「…」といったようなコメントが寄せられ: words that were written, a source word of the tables)


def _people_of_a_kind(lex, t):
    """Whether token ``t`` is a noun for people of a kind, or one that ends in 女 or 男 (独女, 熟女)."""
    return t.pos1 == "名詞" and t.pos2 == "普通名詞" and (
        _people_noun(lex, t) or (len(t.surface) >= 2 and t.surface[-1] in "女男"))


def _agent_like(lex, seq, last):
    """The noun phrase ending at ``seq[last]`` as (first, last) when it can be one who speaks: it holds a proper
    noun or a word the dictionary lacks (北浜テレビ, ABCD), or ends in an organisation word or a title (北浜区,
    協議会, 当局, 広報担当). None for a common noun (行動は, 目標は): a topic, not a speaker."""
    j = last
    proper = False
    while j >= 0 and last - j < 6 and (seq[j].pos1 == "名詞" or (j == last and seq[j].pos1 == "接尾辞")) \
            and (j == last or seq[j].end == seq[j + 1].start):
        if seq[j].pos2 == "固有名詞" or not seq[j].known:
            proper = True
        j -= 1
    run = "".join(t.surface for t in seq[j + 1:last + 1])
    # title_heads holds the suffixes of kind title and member too
    if proper or seq[last].lemma in lex.title_heads or any(run.endswith(w) for w in lex.org_kinds) \
            or (last > j + 1 and seq[last - 1].surface + seq[last].surface in lex.title_heads) \
            or run.endswith(lex.word_classes["group"]):
        return j + 1, last
    return None


def answers_previous(ctx):
    """これに対し、「…」: an answer to the words before, with no subject: the one those words were addressed to (Xに、
    …と言い放つ), never the one who said them. No speaker when the earlier sentence names no one it addressed."""
    seq = ctx.seq
    k = ctx.lo
    while k < ctx.qidx and seq[k].pos1 in ("EOL", "GAP", "接続詞") or (k < ctx.qidx and seq[k].surface in COMMA):
        k += 1
    if not (k + 2 < ctx.qidx and seq[k].surface in ("これ", "それ") and seq[k + 1].surface == "に"
            and seq[k + 2].lemma == "対する"):
        return None
    if not _has_speech_cue(ctx) or any(m.marker in SUBJECT_MARKERS for m in ctx.left_mentions()) \
            or ctx.cue.head >= 0 or ctx.cue.subject >= 0 \
            or any(m.kind == "person" and m.marker in SUBJECT_MARKERS
                   for m in ctx.doc.mentions_between(ctx.qidx + 1, ctx.hi)):
        return None   # the speaker is named after the cue (「…」と否定した長谷部は): other rules read it
    prev = ctx.doc.turns.last_speech(ctx.qi)
    if prev is None:
        return None
    prev_name = ctx.doc.turns.decision(prev)[1]
    p = Context(ctx.doc, prev)
    for m in reversed(ctx.doc.mentions_between(p.lo, p.qidx)):
        if m.kind == "person" and m.marker in ("に", "には", "に対し") and ctx.doc.name_of(m)[0] != prev_name:
            return Decision("speech", "reply", 0.6, m)
    return Decision("speech", "no_speaker", 0.4, None, "unknown", "an answer to words said by someone else")


def _asks(ctx):
    """Whether the quote's cue makes it a question put to someone (「…」との質問, 「…」と尋ねた): the one who holds
    the floor is the one asked, not the one who asks."""
    cue = ctx.cue
    return cue is not None and not cue.passive and (
        cue.act == "ask" or _cue_act(ctx.doc.lex, cue.lemma) == "ask")


def _appeal(ctx):
    """Whether the quote's cue asks for something named between the words and the verb (「…」と理解を求めた, と協力を
    求めた, と早期の対応を迫った): an appeal the speaker makes to others, not a question put to the one who holds the
    floor."""
    cue = ctx.cue
    seq = ctx.seq
    if cue is None or cue.passive or cue.kind != "verb" or not ctx.qidx + 3 <= cue.index < len(seq):
        return False
    return seq[ctx.qidx + 1].surface == "と" and seq[cue.index - 1].surface == "を" \
        and seq[cue.index - 2].pos1 in ("名詞", "接尾辞") \
        and all(seq[x].pos1 in ("名詞", "接尾辞", "接頭辞", "助詞") and seq[x].surface not in COMMA
                for x in range(ctx.qidx + 2, cue.index))


def _describes_noun(ctx):
    """Whether the quote only describes a noun that is no word for speech (「…」という点, 「…」という目標,
    「…」「…」など、目的に合わせて): then who speaks is not read from whose turn or topic it is."""
    cue = ctx.cue
    return cue is not None and cue.strength == "weak" and cue.kind in ("noun", "list") and cue.via in ("iu", "nado", "itta") \
        and cue.lemma not in ctx.doc.lex.word_classes["content"] \
        and not (0 < cue.index < len(ctx.seq) and ctx.seq[cue.index].pos3 == "副詞可能"
                 and ctx.seq[cue.index - 1].surface == "た")
    # (「…」というものだった: what was said; 「…」とした上で, 「…」と言った後: when it was said, not a noun described)


def _from_unnamed(ctx):
    """Whether the words come from someone the sentence sets right before them with からは or からも and no name is
    read there (男性陣からは「…」, 母からは、「…」, カンカンからは「…」: a name the dictionary does not know): their words,
    not those of the one the narration is about (not 年齢から「…」: から with no は or も gives a reason)."""
    seq = ctx.seq
    k = ctx.qidx - 1
    while k > 0 and (seq[k].surface in COMMA or seq[k].pos1 == "EOL"):
        k -= 1   # (母からは、⏎「…」: the words on the next line)
    if k < 2 or seq[k].surface not in ("は", "も") or seq[k - 1].surface != "から" \
            or seq[k - 2].pos1 not in ("名詞", "接尾辞"):
        return False
    m = ctx.doc.mention_ending(k - 2)
    return m is None or ctx.doc.name_of(m)[0] is None


_FROM_UNNAMED = Decision("speech", "no_speaker", 0.4, None, "unknown", "words from someone not named (…からは「…」)")


def _tied_subject(ctx):
    """Whether the quote's sentence makes its subject, before the quote, someone told by their tie to a person named
    with の, in a noun no table reads as a source (川崎容疑者の親族は「…」と語る, 田中氏の教え子が「…」): their
    words, not those of the one named, nor of the one the narration is about. Not a speech noun or a cue
    (田中氏の主張は「…」: the one named's words), nor where a later subject stands before the quote."""
    if ctx.cue is None or ctx.cue.kind != "verb" or ctx.cue.passive:
        return False   # (橋下市長の案は「…」というもの: the one named's words)
    seq = ctx.seq
    lex = ctx.doc.lex
    left = ctx.left_mentions()
    for m in left:
        if m.kind != "person" or m.marker != "の":
            continue
        k = j = m.index + 2
        while j < ctx.qidx and j - k < 4 and seq[j].pos1 in ("名詞", "接頭辞") \
                and seq[j].pos2 not in ("固有名詞", "数詞"):
            j += 1
        if j == k or j >= ctx.qidx or seq[j].surface not in ("は", "が") or seq[j - 1].pos1 != "名詞" \
                or any(t.lemma in lex.speech_nouns or t.lemma in lex.cues for t in seq[k:j]) \
                or ctx.doc.mention_ending(j - 1) is not None \
                or any(t.pos1 == "形状詞" or t.pos2 == "接続助詞" or (t.pos1 == "助動詞" and t.surface != "で")
                       for t in seq[j + 1:ctx.qidx]):
            continue   # (綾瀬さんの姿が印象的ですが、「…」: the subject of another predicate; but インタビューで「…」)
        return not any(x.index > j and x.marker in SUBJECT_MARKERS for x in left)
    return False


def _unnamed_source(ctx):
    """For the rules that read no source in the quote's sentence (continuation, topic): a decision of no speaker where
    the sentence gives the words to someone it does not name (…からは「…」, Xの親族は「…」, 「…」と報じた), else None."""
    if _from_unnamed(ctx):
        return _FROM_UNNAMED
    if _tied_subject(ctx):
        return _TIED_SUBJECT
    if ctx.cue is not None and ctx.cue.lemma in ctx.doc.lex.word_classes["report"]:
        return _REPORTED
    return None


_REPORTED = Decision("speech", "no_speaker", 0.4, None, "unknown",
                     "reported (「…」と報じた) with no source in the sentence: a paper's words, not a person's")
_TIED_SUBJECT = Decision("speech", "no_speaker", 0.4, None, "unknown",
                         "words of someone told by their tie to the one named (Xの親族は「…」)")


def _survey_item(ctx):
    """Whether the quote is a survey's question or answer: a noun cue of the class survey_item (と言う問い, との回答)
    and a survey named in its sentence before it, a word of the class survey or 調査 (北浜社が行った調査でも「…」と言う
    問いで…). Many people's words, anonymous."""
    cue = ctx.cue
    classes = ctx.doc.lex.word_classes
    if cue is None or cue.kind != "noun" or cue.lemma not in classes["survey_item"]:
        return False
    surveys = classes["survey"]
    return any(t.lemma == "調査" or t.surface in surveys or t.lemma in surveys for t in ctx.seq[ctx.lo:ctx.qidx])


_SURVEY_WORDS = Decision("speech", "no_speaker", 0.4, None, "anonymous", "a survey's question or answer")
_LISTED_VOICES = Decision("speech", "no_speaker", 0.4, None, "anonymous",
                          "one of a list of voices (ending with など, or summed up as many people's words)")
_LIST_END = regex.compile(r"など(?:など)?[。．\n]|など(?:など)?$")


def _listed_voices(ctx):
    """Whether the quote stands on a line of its own (or glued to the quote before) in a run of such lines, and the
    run's last quote ends with など and the sentence (⏎「…」⏎「…」など。): examples of what many said, no one's
    turn; not 「…」「…」などと語った, where a cue gives them to a speaker."""
    text = ctx.doc.text
    line_start = text.rfind("\n", 0, ctx.start) + 1
    if text[line_start:ctx.start].strip(" \u3000\t") and not text[line_start:ctx.start].rstrip(" \u3000").endswith("」"):
        return False
    quotes = ctx.doc.quotes
    j = ctx.qi
    while True:
        end = quotes[j][1]
        rest = text[end:end + 6]
        if _LIST_END.match(rest):
            return True
        if j + 1 >= len(quotes) or text[end:quotes[j + 1][0]].strip(" \u3000\t\r\n"):
            return j > ctx.qi - 1 and text[end:end + 3].lstrip(" \u3000\t").startswith("\n") \
                and (_summed_up_as_many(ctx, j) or _announced_as_many(ctx, j))
        j += 1


def _announced_as_many(ctx, j):
    """Whether the run of quote lines that ends with quote ``j`` holds three lines or more, none with a cue, and
    the narration shortly before it tells that many people's words came (ネットでは批判の声が続出した。…⏎「…」⏎「…」⏎
    「…」): the voices announced, not the one the narration is about."""
    text, quotes = ctx.doc.text, ctx.doc.quotes
    first = j
    while first > 0 and not text[quotes[first - 1][1]:quotes[first][0]].strip(" \u3000\t\r\n"):
        first -= 1
    if j - first < 2 or any("\n" not in text[quotes[x][1]:quotes[x + 1][0]] for x in range(first, j)):
        return False
    if text[text.rfind("\n", 0, quotes[first][0]) + 1:quotes[first][0]].strip(" \u3000\t"):
        return False
    seq, lex = ctx.seq, ctx.doc.lex
    lo = quotes[first][0] - 400
    for x in range(ctx.doc.where[first] - 1, 0, -1):
        t = seq[x]
        if t.start < lo or t.pos1 == "QUOTE":
            return False
        if t.pos1 == "名詞" and lex.speech_nouns.get(t.lemma) == "public" and _from_many(seq, x + 1, len(seq), lex):
            return True
    return False


def _summed_up_as_many(ctx, j):
    """Whether the line after quote ``j``, which ends its line, opens with a sentence that tells many people's words
    came (⏎「…」⏎「…」⏎様々な意見が寄せられている。): a noun of the public's words, が or も, a verb of the class many."""
    seq, lex = ctx.seq, ctx.doc.lex
    k = ctx.doc.where[j] + 1
    while k < len(seq) and seq[k].pos1 in ("EOL", "空白"):
        k += 1
    for x in range(k, min(len(seq), k + 12)):
        t = seq[x]
        if t.pos1 in ("QUOTE", "EOL", "GAP") or t.surface in SENTENCE_END:
            return False
        if t.pos1 == "名詞" and lex.speech_nouns.get(t.lemma) == "public" and _from_many(seq, x + 1, len(seq), lex):
            return True
    return False


def _before_guessing(ctx):
    """What `continuation` and `topic` decide alike before they look for a speaker: ``False`` for a quote with no cue
    of speech that is no bare utterance (neither reads it), the words of a survey, of a list of voices or of an item
    of a list that names no speaker (a Decision), else None (go on)."""
    if not (_has_speech_cue(ctx) or _bare_utterance(ctx)):
        return False
    if _survey_item(ctx):
        return _SURVEY_WORDS
    if _listed_voices(ctx):
        return _LISTED_VOICES
    line_start = ctx.doc.text.rfind("\n", 0, ctx.start) + 1
    if not ctx.doc.text.startswith(_HEADLINE_MARKS[0], line_start):
        return None
    unnamed = not any(m.start >= line_start for m in ctx.doc.mentions_between(ctx.lo, ctx.qidx))
    if unnamed or _in_related_list(ctx.doc.text, line_start):
        # ・「お疲れさま」「ありがとう」など、よく声をかけてくれる: an item of a list that names no one before the
        # words; ■関連記事⏎・…⏎・「本人そっくり」と世界中で話題の…: a linked headline's words no one on its line says.
        # Neither are the words of the one who spoke before the list, or of the one the article is about (a thought
        # of people in general is no one's words)
        if ctx.cue is not None and ctx.cue.act == "think" and _generic_thought(ctx, ctx.cue):
            return _GENERIC_THOUGHT
        return Decision("speech", "no_speaker", 0.4, None, "unknown",
                        "an item of a list that names no speaker" if unnamed else
                        "a linked headline that names no speaker")
    return None


def continuation(ctx):
    """A quote with a cue but no source in its sentence, in an exchange: the previous speaker goes on."""
    shared = _before_guessing(ctx)
    if shared is not None:
        return shared or None
    if _asks(ctx) and not _appeal(ctx):
        return None   # (but 「…」と理解を求めた: an appeal the one who holds the floor makes)
    if _describes_noun(ctx):
        return Decision("speech", "no_speaker", 0.4, None, "unknown", "words that describe a noun, not a turn")
    unnamed = _unnamed_source(ctx)
    if unnamed is not None:
        return unnamed
    if ctx.barrier() is not None:
        return None   # an answer to an earlier quote in the sentence: someone else speaks
    if ctx.cue is not None and ctx.cue.act == "think" and _generic_thought(ctx, ctx.cue):
        return _GENERIC_THOUGHT
    prev = ctx.doc.turns.current_speaker(ctx.qi, ctx.start)
    if prev is None:
        return None
    reacted = _reacted_to(ctx)
    if reacted is not None and ctx.doc.name_of(reacted) == ctx.doc.name_of(prev):
        return None   # Xが「…」と述べたことに対し、「…」: the words answer X's, someone else says them
    if _addressed_in_sentence(ctx, prev):
        return Decision("speech", "no_speaker", 0.4, None, "unknown", "the one who spoke last is addressed")
    return Decision("speech", "continuation", 0.6, prev)


def _reacted_to(ctx):
    """The subject of an earlier quote's clause in the sentence when that clause, made a noun, is what the quote
    answers: Xが「…」と発言したことに対し、「…」, Xが「…」と述べたのを受け, Xの「…」との発言に対し. X said the earlier
    words, not these. None otherwise."""
    seq = ctx.seq
    p = _previous_quote(ctx)
    if p is None:
        return None
    cues = ctx.doc.lex.cues
    for k in range(p + 3, ctx.qidx):
        t, particle, noun = seq[k], seq[k - 1], seq[k - 2]
        if not ((t.lemma == "対する" and particle.surface == "に") or (t.lemma == "受ける" and particle.surface == "を")):
            continue
        made_noun = noun.lemma in ("事", "の") and seq[k - 3].pos1 in ("動詞", "助動詞") \
            and any(cues.get(seq[x].lemma, ("", ""))[1] in ("say", "answer", "write") for x in range(p + 1, k - 2))
        said_noun = noun.pos1 == "名詞" and cues.get(noun.lemma, ("", ""))[1] in ("say", "answer", "write") \
            and k - 2 - p <= 3   # 「…」との発言に対し
        if not (made_noun or said_noun):
            return None
        before = [m for m in ctx.doc.mentions_between(ctx.lo, p) if m.kind in ("person", "role")]
        if not before:
            return None
        m = before[-1]
        if made_noun and m.marker in ("が", "も") or said_noun and m.marker == "の":
            return m
        return None
    return None


_GENERIC_THOUGHT = Decision("term", "not_speech", 0.6, reason="a thought anyone might have, no one named")
_IMAGINED = Decision("term", "not_speech", 0.6, reason="a line in a sentence that only supposes, no one's words")
# the rest of a quote's sentence, when it ends in a conjecture (かもしれない, んじゃないか？, のではないでしょうか)
_CONJECTURE_ENDS = regex.compile(r"[^。！？!?\n「」]{0,60}?(?:かもしれない|かもしれません|じゃないか|ではないか|"
                                 r"だろうか|でしょうか|ではないでしょうか)[。？！?!]")


def _generic_thought(ctx, cue):
    """Whether a verb of thought after 「…」と (words may stand between, no verb and no other と), in a sentence that
    names no one, reads as anyone's: it describes a noun (と思うことは多い, と思っていた方も), says what one can't help
    or comes to think (と思わず…したくなる, と思えてくる, と思ってしまう, word class ``anyones_thought``), what one can
    think (と考えられる) or when (と思えば, と考えるだけで). The
    guideline counts such thoughts as no one's words. Not where the noun tells of one person's state or time (と感じて
    いる様子だ, と思っているうちに, word class ``ones_state``), こと told as hearsay (と悩むことがあるそうだ) or a
    thought told (と悩める心境を吐露した)."""
    seq = ctx.seq
    k = cue.index
    if k < 0 or k >= len(seq) or sum(seq[x].surface in ("と", "って") for x in range(ctx.qidx + 1, k)) != 1 \
            or any(seq[x].pos1 == "動詞" for x in range(ctx.qidx + 1, k)):
        return False   # (not …と頼んだかと思えば: another verb's clause; nor 「…」などと、19歳とは思えない発言: the
        # thought has its own と; but 「…」と理由をあれこれ考えるようになる, words between)
    if seq[k].surface.endswith("わ") and k + 1 < len(seq) and seq[k + 1].surface == "ず" \
            and seq[k - 1].surface in ("と", "って"):
        return True   # と思わず (not と会見中に思わず感極まって: an adverb of another verb)
    if seq[k].lemma == "思う" and seq[k].surface.startswith("思え"):
        return True   # と素直に思えてくる, と思える: what one comes to think, anyone
    end = min(len(seq), k + 6)
    j = k + 1
    while j < end and (seq[j].pos1 in ("助動詞", "助詞") or seq[j].lemma == "居る") and seq[j].surface not in COMMA:
        if seq[j].surface in ("ば", "たら", "だけ") or seq[j].lemma in ("れる", "られる"):
            return True
        j += 1
    if j >= end:
        return False
    t = seq[j]
    classes = ctx.doc.lex.word_classes
    if t.lemma in classes["anyones_thought"]:
        return True
    if t.pos1 != "名詞" or t.pos2 == "固有名詞" or not (seq[j - 1].pos1 in ("動詞", "助動詞")
                                                    and seq[j - 1].cform.startswith("連体")):
        return False
    if t.lemma in classes["ones_state"] or (t.lemma == "物" and j + 1 < len(seq) and seq[j + 1].surface == "の"):
        return False   # (と思っていたものの: a conjunction)
    if j + 2 < len(seq) and seq[j + 1].surface == "を" and ctx.doc.lex.cues.get(seq[j + 2].lemma, ("", ""))[1] == "say":
        return False   # と悩める心境を吐露した: the thought is told
    if t.lemma == "事" and any(u.surface in COMMA or u.lemma in ("そう", "言う", "らしい") for u in seq[j + 1:j + 7]):
        return False   # と悩むことがあるそうだ, と考えていたこともあったという: one person's, as told
    return not getattr(ctx.doc.mention_starting(j), "name", None)


ADDRESSEE_MARKERS = ("に", "には", "に対し", "に対して", "へ", "へは")


def _addressed_in_sentence(ctx, m):
    """Whether the quote's sentence addresses the one ``m`` names (そんな彼女に「…」, 森下氏に対し「…」): then those
    words are said to them, not by them. A passive cue reads に as the agent (passive_agent decides before)."""
    if ctx.cue is not None and ctx.cue.passive:
        return False
    name = ctx.doc.name_of(m)[0]
    if name is None:
        return False
    cues = ctx.doc.lex.cues
    for x in ctx.left_mentions():
        if x.marker in ADDRESSEE_MARKERS and x.kind in ("person", "pronoun") and ctx.doc.name_of(x)[0] == name:
            # not a role (楽天の監督に…の名前が挙がった: no one addressed); not the one asked (山口に聞くと「…」: the
            # answer is theirs)
            return not any(cues.get(t.lemma, ("", ""))[1] == "ask" for t in ctx.seq[x.index + 1:ctx.qidx])
    return False


def topic(ctx):
    """Fallback: the person the nearby narration is about (the last subject before the quote)."""
    shared = _before_guessing(ctx)
    if shared is not None:
        return shared or None
    if _asks(ctx) and ctx.cue.strength == "noun":   # 「…」との質問には: put to the one the narration is about
        return Decision("speech", "no_speaker", 0.4, None, "unknown", "a question put to the one the narration is about")
    if _describes_noun(ctx):
        return Decision("speech", "no_speaker", 0.4, None, "unknown", "words that describe a noun, not a turn")
    seq = ctx.seq
    if ctx.opens_line() and ctx.qidx >= 2 and seq[ctx.qidx - 2].pos1 == "QUOTE" and ctx.ends_sentence() \
            and (ctx.qidx < 3 or seq[ctx.qidx - 3].pos1 in ("EOL", "GAP")):
        got = ctx.doc.turns.decision(int(seq[ctx.qidx - 2].lemma.rstrip("?")))
        if got is not None and got[0].kind == "speech" and got[1] is None:
            # 「…」⏎「…」: a quote stacked right under words no one was named for goes with them
            return Decision("speech", "no_speaker", 0.4, None, got[2], "stacked under words no one was named for")
    public = _after_public_voices(ctx)
    if public is not None:
        return public
    if any(x.kind == "public" and not _words_between(ctx, x.index + 1)
           and (x.marker in ("では", "でも", "から", "からは")
                or (x.marker == "の" and public_place_after(ctx.doc.lex, ctx.seq, x.index + 2))
                or (x.marker in ("に", "には") and x.text.endswith(ctx.doc.lex.word_classes["public_place"])))
           for x in ctx.left_mentions()):
        # 斉藤アナは大興奮。…ネットの掲示板上では「…」と話題に, 寄せられたコメントには、「…」: the public's words,
        # where the sentence places them (not …という声には「…」と返した: an answer to the public's words before)
        return Decision("speech", "no_speaker", 0.4, None, "anonymous", "the public's words, where they are written")
    if ctx.cue is not None and ctx.cue.act == "think" and _generic_thought(ctx, ctx.cue):
        return _GENERIC_THOUGHT
    unnamed = _unnamed_source(ctx)
    if unnamed is not None:
        return unnamed
    suspects = _questioned_suspects(ctx)
    if len(suspects) == 1:   # …容疑者を逮捕した。調べに対し「…」と否認している: the suspect's words
        return Decision("speech", "topic", 0.5, suspects[0], "person", "the suspect questioned")
    if suspects:   # two suspects named, then 調べに対し「…」: whose words they are is not said
        return Decision("speech", "no_speaker", 0.4, None, "unknown", "one of the suspects questioned")
    m = ctx.doc.turns.topic(ctx.qidx, ctx.start, sentence=ctx.lo)
    if m is None:
        return Decision("speech", "no_speaker", 0.4, None, "unknown")
    if ctx.cue is None and _asked_about(ctx, m):
        # 平田容疑者はどんな人物か？⏎「…」: the answer to a question line about the one the narration is about is
        # the one the writer asked (北川弁護士に話を聞いた), else no one named
        asked = ctx.doc.turns.asked_since(0, ctx.qidx, ctx.doc.name_of(m)[0])
        if asked is not None:
            return Decision("speech", "topic", 0.5, asked, "person", "the one asked answers a question line")
        return Decision("speech", "no_speaker", 0.4, None, "unknown", "the answer to a question line about them")
    text = _text_speaks_since(ctx, m)
    if text:
        court = _court_before(ctx) if text.endswith(tuple(ctx.doc.lex.word_classes["ruling"])) else None
        if court is not None:   # 北浜地裁は…。判決は…と認定。その上で、「…」と指摘: the court's words
            return Decision("speech", "unnamed_subject", 0.5, court, "org")
        return Decision("speech", "no_speaker", 0.4, None, "unknown", "a text was the subject since: " + text)
    if _addressed_in_sentence(ctx, m):
        return Decision("speech", "no_speaker", 0.4, None, "unknown", "the one the narration is about is addressed")
    reacted = _reacted_to(ctx)
    if reacted is not None and ctx.doc.name_of(reacted) == ctx.doc.name_of(m):
        return Decision("speech", "no_speaker", 0.4, None, "unknown", "the words answer earlier words of the one "
                        "the narration is about")
    if _answers_asker(ctx, m):
        topic_person = _sentence_topic_before(ctx, m)
        if topic_person is not None:   # 北川監督は、記者が「…」と聞くと、「…」と答えた: the sentence's topic answers
            return Decision("speech", "reply", 0.7, topic_person)
        return Decision("speech", "no_speaker", 0.4, None, "unknown", "an answer to the one who asked")
    return Decision("speech", "topic", 0.5, m)


def _asked_about(ctx, m):
    """Whether the quote opens its line right after a line of the writer's that asks something (it ends in ？ and
    holds no quote) and names mention ``m``."""
    text = ctx.doc.text
    if not ctx.opens_line():
        return False
    end = text.rfind("\n", 0, ctx.start)
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end].rstrip(" 　")
    if not (0 < len(line) <= 80 and line.endswith(("？", "?")) and "「" not in line and start <= m.start < end):
        return False
    cues = ctx.doc.lex.cues
    # (not 野田さんは…どう思う？, ジェロイ氏はどのように思っているのだろうか？: a question of what they think or say, which
    # they answer)
    return not any(cues.get(t.lemma, ("", ""))[1] in ("think", "say", "answer", "feel")
                   for t in ctx.doc.seq[m.index + 1:ctx.qidx] if t.start < end)


def _questioned_suspects(ctx):
    """調べに対し「…」と容疑を否認している: words given under questioning (a word of the class questioning before に),
    with no subject before them in the sentence, are those of the suspect or defendant named within the sentence or
    the two before it (the police who made the arrest are the topic there, not the speaker). The suspects named there,
    one mention each (the last), or () where the words are not given under questioning."""
    seq = ctx.seq
    lex = ctx.doc.lex
    questioning = lex.word_classes["questioning"]
    if not any(seq[k].lemma in questioning and seq[k + 1].surface == "に" for k in range(ctx.lo, ctx.qidx - 1)):
        return ()
    if any(m.marker in SUBJECT_MARKERS for m in ctx.left_mentions()):
        return ()
    stops = ctx.doc.stops
    j = bisect.bisect_left(stops, ctx.lo)
    lo = stops[j - 3] + 1 if j >= 3 else 0   # the sentence and the two before it
    held = [m for m in ctx.doc.mentions_between(lo, ctx.qidx)
            if m.kind == "person" and (m.title in lex.statuses or m.role in lex.statuses)]
    return list({ctx.doc.name_of(m)[0]: m for m in held}.values())


def _sentence_topic_before(ctx, m):
    """The topic of the quote's sentence before mention ``m`` (the one who put the earlier words, with が), someone
    else than ``m``, who answers those words (see :func:`_topic_over`); or None."""
    return _topic_over(ctx, ctx.lo, m.first, ctx.doc.name_of(m)[0])


def _topic_over(ctx, lo, hi, asker):
    """The first person marked with は among the mentions from unit ``lo`` to before unit ``hi``, someone else than
    ``asker`` (the name of the one who put the earlier words): the topic of the whole sentence, who answers them; None
    where there is none or another subject than the asker comes between (槙原氏は「…」と指摘、野村氏が「…」と解説する
    も、MCが「…」と質問: whose answer it is is not clear)."""
    region = [x for x in ctx.doc.mentions_between(lo, hi) if x.index < hi]
    for i, x in enumerate(region):
        if x.marker == "は" and x.kind == "person" and ctx.doc.name_of(x)[0] != asker:
            if any(y.marker in SUBJECT_MARKERS and y.kind == "person" and ctx.doc.name_of(y)[0] != asker
                   for y in region[i + 1:]):
                return None
            return x
    return None


def _answers_asker(ctx, m):
    """山田アナが「動けるか」と問いかけると「動けない」と返答した: words of answer (the cue's act is answer) to a
    question put earlier in their sentence by the one ``m`` names are someone else's, not the asker's."""
    if ctx.cue is None or ctx.cue.act != "answer" or ctx.qi == 0:
        return False
    j = ctx.qi - 1
    if ctx.doc.where[j] < ctx.lo:
        return False
    got = ctx.doc.turns.decision(j)
    s, e = ctx.doc.quotes[j]
    return got is not None and got[0].kind == "speech" and got[1] is not None \
        and got[1] == ctx.doc.name_of(m)[0] and ctx.doc.text[s + 1:e - 1].rstrip().endswith(("？", "?", "か"))


def _after_public_voices(ctx):
    """…という意見が多かった。「…」とか「…」など。: bare words (no cue) in the paragraph right after the public's
    voices, with no one named as a subject between, go on with those voices (no speaker), not to the one the
    narration was about."""
    if ctx.cue is not None:
        return None   # (「…」と語った, 「…」として: words with a verb of their own are someone's turn)
    turns = ctx.doc.turns
    j = turns.last_speech(ctx.qi)
    if j is None:
        return None
    got = turns.decision(j)
    if got[0].rule != "public_voice" or got[1] is not None:
        return None
    _s, e = ctx.doc.quotes[j]
    if "\n\n" in ctx.doc.text[e:ctx.start] or ctx.start - e > 200:
        return None
    lo = ctx.doc.where[j] + 1
    if any(m.kind in ("person", "author", "org", "role") for m in ctx.doc.mentions_between(lo, ctx.qidx)):
        return None
    return Decision("speech", "no_speaker", 0.4, None, "anonymous", "more of the public's voices")


def public_place_after(lex, seq, k):
    """Whether the noun phrase from unit ``k`` (after the public's の) is a place the words are in (ネットの掲示板上
    では) or the words themselves (ファンの声によると, コメントの内容は)."""
    j = k
    while j < len(seq) and j - k < 4 and seq[j].pos1 in ("名詞", "接尾辞"):
        j += 1
    return j > k and ((j + 1 < len(seq) and seq[j].surface == "で" and seq[j + 1].surface in ("は", "も"))
                      or any(seq[x].lemma in lex.speech_nouns or seq[x].lemma in lex.word_classes["content"]
                             for x in range(k, j)))


def not_speech(ctx):
    """Everything left: a name, term or topic (「東京都DXモデル」, 「ビジネス」) or a fragment of someone's words."""
    cue = ctx.cue
    if cue is not None and cue.via == "toshite":
        return Decision("term", "not_speech", 0.6, reason="followed by として")
    if cue is not None and cue.strength in ("weak", "head", "noun"):
        return Decision("fragment", "not_speech", 0.5, reason=f"too short for its cue {cue.lemma or '(name)'}")
    if ctx.opens_line() and ctx.hi - ctx.qidx > 1 and not ctx.speechy and (
            ctx.hi >= len(ctx.seq) or ctx.seq[ctx.hi].surface not in SENTENCE_END):
        return Decision("heading", "not_speech", 0.6, reason="a heading that opens its line")
    nxt = ctx.seq[ctx.qidx + 1] if ctx.qidx + 1 < len(ctx.seq) else None
    if nxt is not None and nxt.start == ctx.end and ctx.doc.lex.suffixes.get(nxt.lemma) == "honorific":
        return Decision("name", "not_speech", 0.6, reason=f"a name before {nxt.surface}")   # 「ぽん太」さん
    why = f"followed by {nxt.surface}" if nxt is not None and nxt.pos1 not in ("EOL",) else "no speech cue"
    return Decision("term", "not_speech", 0.6, reason=why)


_ECHO_STRIP = "。、！？!?…‥ 　"
_ECHO_PARTICLES = "にをへがもはと"


_ADDRESS_OR_DATE = regex.compile(r"\s*(?:https?://\S+|\d{4}-\d{2}-\d{2}(?:T[\d:+\-]+)?)\s*$")


def headline_echo(text, spans):
    """The headline's quote repeats words the body gives to someone (「夢を持ち続けて」 in the title,
    「でも夢を持ち続けてほしい」と語りかけた in the body): it is that speaker's. Reads the decisions of later quotes,
    so it runs after the sieve, on quotes of the first line that the sieve left without a named speaker. Returns
    {index in spans: index of the body quote it echoes}."""
    line_start = headline_start(text)
    first_line = text.find("\n", line_start)
    if first_line < 0:
        return {}
    if text[line_start:first_line].rstrip().endswith(("。", "．")) or first_line - line_start > 100:
        return {}   # the first line is a sentence of the body (a text without a headline), not a headline
    out = {}
    for qi, q in enumerate(spans):
        if q.start < line_start:
            continue
        if q.start >= first_line:
            break
        if q.kind == "speech" and q.speaker is not None:
            continue
        words = q.quote.strip(_ECHO_STRIP)
        clipped = len(words) >= 6 and words[-1] in _ECHO_PARTICLES
        if clipped:
            words = words[:-1]   # 「本との出会いの場に」 for 「…本との出会いの場をつくりたい」: a headline's clipped ending
        if len(words) < 4 or (q.kind != "speech" and not utterance_like(q.quote, 6) and not clipped):
            continue
        short = len(words) < 8 and not clipped
        # (大人になっても解決しない「お昼休み」という問題, 何をしても「満たされない」その理由は？: a term or a few words the
        # headline names, which a long quote of the body may hold; a few words echo only a quote not much longer)
        j = _echoed(spans, words, range(qi + 1, len(spans)),
                    lambda b: b.start > first_line and (not short or 3 * len(words) >= len(b.quote)))
        if j is not None:
            out[qi] = j
    return out


def _echoed(spans, words, indices, usable):
    """The first of ``indices`` whose quote is speech with a named speaker, ``usable``, and holds ``words``; or
    None."""
    return next((j for j in indices if spans[j].kind == "speech" and spans[j].speaker is not None
                 and usable(spans[j]) and words in spans[j].quote), None)


_LISTED_HEADLINES = ("cited_headline", "headline")


def cited_echo(text, spans):
    """A headline cited or listed after the report (『…「特許は無効」』。⏎共同通信、…; ・【政治】「…」) whose quote
    repeats words the body gives to someone, with no one named in the headline: those words are that speaker's.
    Returns {index in spans: index of the body quote it echoes}."""
    out = {}
    for qi, q in enumerate(spans):
        if q.rule not in _LISTED_HEADLINES or q.kind != "speech" or q.speaker is not None:
            continue
        words = q.quote.strip(_ECHO_STRIP)
        if len(words) < 4:
            continue
        j = _echoed(spans, words, range(len(spans)), lambda b: b.rule not in _LISTED_HEADLINES)
        if j is not None:
            out[qi] = j
    return out


#: Rules that read the decisions of other quotes, run in this order once the sieve has decided every quote. Each
#: takes the text and the decided quotes and returns {index of a quote: index of the quote whose speaker it takes}.
AFTER_SIEVE = (
    ("headline_echo", headline_echo),
    ("cited_echo", cited_echo),
)

#: The sieve, in order. Each entry: (rule id, function).
SIEVE = (
    ("title_before", title_before),
    ("nonspeech_after", nonspeech_after),
    ("survey_answer", survey_answer),
    ("passive_agent", passive_agent),
    ("subject_after_quote", subject_after_quote),
    ("cue_modifies_speaker", cue_modifies_speaker),
    ("sentence_final_speaker", sentence_final_speaker),
    ("genitive_noun_cue", genitive_noun_cue),
    ("caption", caption),
    ("cited_headline", cited_headline),
    ("paren_after", paren_after),
    ("label_line", label_line),
    ("named_next", named_next),
    ("noun_owner", noun_owner),
    ("came_in", came_in),
    ("replied_to", replied_to),
    ("public_voice", public_voice),
    ("headline", headline),
    ("asked_in_sentence", asked_in_sentence),
    ("subject_before", subject_before),
    ("subject_line_before", subject_line_before),
    ("reply", reply),
    ("source_says", source_says),
    ("subject_after_cue", subject_after_cue),
    ("interview_label", interview_label),
    ("announced_before", announced_before),
    ("introduced_before", introduced_before),
    ("writer_asks", writer_asks),
    ("interview_answer", interview_answer),
    ("answers_previous", answers_previous),
    ("unnamed_subject", unnamed_subject),
    ("continuation", continuation),
    ("topic", topic),
    ("not_speech", not_speech),
)




def _addressed(ctx, d):
    """Whether the quote names its would-be speaker with an honorific (「これ、又吉さんだったら…」): then the
    speaker is someone else."""
    m = d.mention
    if m is None or m.kind != "person" or not m.name:
        return False
    name, _type, _role = ctx.doc.name_of(m)
    ent = ctx.doc.entities.get(m.name)
    forms = set(ent.aliases if ent is not None else ()) | {m.name, name or ""}
    inner = ctx.inner
    words = ctx.doc.lex.address_words
    for f in forms:
        if not f:
            continue
        pos = inner.find(f)
        while pos >= 0:
            if len(f) < 2 and not inner.startswith(words, pos + 1):
                pass   # a one-letter name (Ｎ君, Ａさん) only with its honorific: Ｎ alone may be any word's letter
            elif _in_nested(inner, pos):
                pass   # (not 「…『夏美さんはお若いですよ』と言われて…」: words said to the speaker, quoted by her)
            elif _in_brackets(inner, pos) and (_notes_self(ctx.doc.lex, inner, pos, f) or (
                    d.rule == "subject_before" and m.marker in ("は", "が")
                    and _right_before_quote(ctx.seq, m.index + 1, ctx.qidx))):
                pass   # (not 「自分（高橋容疑者）が書いた」, 「（高田氏自身の）…」: the writer's note names the speaker;
                # nor 江本氏は「…（江本氏が）一番打たれていない…」と説明した: the subject right before the words)
            elif inner.startswith(words, pos + len(f)):
                return True
            elif d.rule in _GOES_ON and len(f) >= 2 and inner.startswith(_THIRD_PERSON, pos + len(f)) \
                    and not _in_brackets(inner, pos):
                # (not 「（ブラッドが演じた主人公の）ビリーは…」: the writer's note in brackets)
                return True   # 「…だけどＢ子はしばらく認めず…」: the one the narration was about, told of in the third
                # person; someone else tells it
            pos = inner.find(f, pos + 1)
    return False


_GOES_ON = ("continuation", "topic")   # rules that read no source in the quote's sentence
# particles after a name told of in the third person (「…B子はしばらく…」, 「わざと西島に話をふらない」)
_THIRD_PERSON = ("は", "が", "に", "を", "も", "と", "へ", "って", "の")


def _notes_self(lex, inner, pos, form):
    """Whether the name ``form`` at offset ``pos`` of a quote's text, inside round brackets, is the writer's note on
    the speaker's word for themself: the brackets open right after one (僕（神浦氏）, 私(平松氏)), or the name is
    followed by one (（高田氏自身の進退で）)."""
    opened = max(inner.rfind("（", 0, pos), inner.rfind("(", 0, pos))
    if inner[:opened].endswith(lex.word_classes["self_word"]):
        return True
    rest = inner[pos + len(form):]
    rest = rest[next((len(w) for w in lex.address_words if rest.startswith(w)), 0):]
    return rest.startswith(lex.word_classes["self_word"])


def _in_brackets(inner, pos):
    """Whether offset ``pos`` of a quote's text is inside round brackets: the writer's note, not the speaker's
    words."""
    return inner.count("（", 0, pos) + inner.count("(", 0, pos) > inner.count("）", 0, pos) + inner.count(")", 0, pos)


def _in_nested(inner, pos):
    """Whether offset ``pos`` of a quote's text is inside a quote nested in it (『…』 or 「…」), counted as
    :func:`attribution.entities.in_work_title` counts 『』."""
    return inner.count("『", 0, pos) + inner.count("「", 0, pos) > inner.count("』", 0, pos) + inner.count("」", 0, pos)


_GUESSES = ("continuation", "topic")   # rules that name the one the narration is about, read no cue of the quote's
# rules that name the sentence's subject, the one it ends on, or the one the narration is about (not an owner of the
# words with の, nor a source marked with から)
_NARRATED = ("subject_before", "sentence_final_speaker", "continuation", "topic", "interview_label", "caption",
             "subject_after_quote", "named_next", "introduced_before", "interview_answer")
_QUESTION_PUT = regex.compile(r"(?:という|との|って)(?:質問|問い|問いかけ)(?:に|には|にも|が|を受け|をされ)")


def _question_put(ctx):
    """Whether the words are a question named as put to someone (「…」という問いに, という質問を受け, という質問が
    飛び出した), not one the subject puts (という質問を投げかけると)."""
    return _QUESTION_PUT.match(ctx.doc.text, ctx.end) is not None


def decide(doc, qi):
    ctx = Context(doc, qi)
    passed = None   # a rule read the quote as speech, but by someone the quote itself names (passed over)
    for _name, rule in SIEVE:
        d = rule(ctx)
        if d is not None:
            if d.kind == "speech" and _addressed(ctx, d):
                passed = passed or d
                continue
            if d.kind != "speech" and passed is not None:
                # speech all the same: only the one it would name is ruled out
                return Decision("speech", "no_speaker", 0.4, None, "unknown",
                                "the speaker found is named in the quote"), ctx
            if d.rule in _GUESSES and ctx.cue is not None and ctx.cue.shared:
                d = _as_chain_end(ctx, d)
            if d.rule in _GUESSES and d.kind == "speech" and _CONJECTURE_ENDS.match(ctx.doc.text, ctx.end):
                # 「…」と言って逃げ出してしまうんじゃないか？, 「…」という一言は…勇気がいるかもしれない: a line
                # the writer imagines, no one's words, not the one the narration was about
                return _IMAGINED, ctx
            if d.rule in _GUESSES and d.kind == "speech" and d.mention is not None \
                    and not d.mention.marker.startswith("から") and ctx.doc.coordinated(d.mention) \
                    and not _TOGETHER.search(ctx.doc.text, d.mention.end, ctx.doc.seq[ctx.hi - 1].end):
                # 山川容疑者と森田さんは顔見知りだった。…「…」と供述: a group the narration was about once, whose words
                # no one of them said together (but 二人とも「ない」という, 彼らは…。「…」と言うように: a group the text
                # goes on to speak of as one; Xさんと Yさんからコメントが届いた)
                return _GROUP_GUESS, ctx
            if d.kind == "speech" and d.rule in _GUESSES + _LISTED_HEADLINES and _named_by_no(ctx):
                # 「みなと娘。」の痛々しさ, 「北浜まとめ」の魅力, 「…」の記事で紹介した: a name or a title that the
                # noun after の is about, not words said (not 「…」の発言, 「…」の連絡, 「…」のだという)
                return _NAMED_BY_NO, ctx
            if d.kind == "speech" and d.mention is not None and d.rule in _NARRATED and _question_put(ctx) \
                    and not d.mention.marker.startswith("から"):
                # 「香川と本田はどちらがエース？」という問いに、「…」と松木: a question put to the one the sentence
                # names; the one who asked it is someone else (not 今野から「…」という質問, Xの「…」という質問)
                return Decision("speech", "no_speaker", 0.4, None, "unknown",
                                "a question put to the one the sentence names"), ctx
            return d, ctx
    raise AssertionError("the last rule always decides")  # pragma: no cover


_TOGETHER = regex.compile(r"[0-9０-９一二三四五六七八九両]人|ふたり|両者|両氏|彼ら|彼女ら|彼女たち|ともに|共に|そろって|揃って"
                          r"|そろえ|揃え|口々|一緒に")
_GROUP_GUESS = Decision("speech", "no_speaker", 0.4, None, "unknown",
                        "a group the narration was about, not speaking together")


_NAMED_BY_NO = Decision("term", "not_speech", 0.6, reason="a name the noun after の is about (「…」の魅力)")


def _named_by_no(ctx):
    """Whether the quote is followed by the case particle の and a noun that is no word for words, no form noun and no
    word of time (「…」の痛々しさ, 「…」の魅力, 「…」の記事; not 「…」の発言, 「…」の連絡, 「…」のだ, 「…」の後)."""
    seq, lex = ctx.seq, ctx.doc.lex
    k = ctx.qidx + 1
    if k + 1 >= len(seq) or seq[k].surface != "の" or seq[k].pos2 != "格助詞" or seq[k].start != ctx.end:
        return False
    t = seq[k + 1]
    if t.pos1 == "形容詞":
        return True
    if t.pos1 != "名詞" or t.pos2 != "普通名詞" or t.pos3 in ("副詞可能", "助数詞可能"):
        return False
    classes = lex.word_classes
    j = k + 1
    while j < len(seq) and seq[j].pos1 in ("名詞", "接尾辞") and (j == k + 1 or seq[j].start == seq[j - 1].end):
        u = seq[j]   # the noun after の and the nouns glued to it (「…」の絶縁宣言: a declaration, words said)
        if u.lemma in lex.speech_nouns or u.lemma in lex.cues or any(
                u.lemma in classes[c] for c in ("account", "decision", "incoming", "content", "view", "report")):
            return False
        j += 1
    return True


def _as_chain_end(ctx, d):
    """「…」「…」と平和を願う人々: a quote of a chain sharing one cue, which only a guess (``_GUESSES``) gave a
    speaker, goes as the chain's last quote goes where a rule read that cue (a subject after it, the one it
    describes, no speech); else ``d``."""
    k = _chain_end(ctx)
    if k == ctx.qidx:
        return d
    last, _ = decide(ctx.doc, ctx.doc.where.index(k))
    if last.rule in _GUESSES:
        return d
    return last._replace(reason=last.reason or "as the last quote of its chain")
