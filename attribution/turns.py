"""Who is speaking now: the state of an exchange, kept in one place and read by the attribution rules.

An article hands the floor from one speaker to the next, and most quotes without a name in their sentence belong to
whoever holds it. :class:`Turns` keeps that state for one document. The extractor records each quote's decision as
the sieve makes it (:meth:`Turns.record`, in text order); the rules only read.

What sets the current speaker
    A quote the sieve attributes to a named speaker (浜口監督は「…」と語った). Rules that introduce a speaker without
    a cue (a sentence that ends on a name, an announcement 次のように語った, a label line 又吉：) do so by deciding
    a quote, so they set it the same way. A person (or an organisation) asked or reached since that quote
    (宏美さんに聞くと、…そうだ。, 北浜協会に問い合わせてみることにした。) takes the floor. Words the subject of a
    sentence cites as another's (Xは「…」というYの言葉を引用し) are Y's, but the floor stays with X, who cited them;
    so does it past words cited as those of one a title names and no name is given for (「…」との同社元社長の証言).

What ends a turn (:meth:`Turns.current_speaker` then gives no one)
    - distance: the last attributed quote ended more than :data:`TURN_WINDOW` characters before;
    - a new subject: someone else (a person, the writer, an organisation) marked as the subject of a clause between
      that quote and this one (not the subject of a relative clause, 三宅が持つ記録), or a person given as a source
      (関係者によると; not a paper that reports, 北浜新聞によると);
    - a person the narration turns to: someone else a clause or a sentence ends on with a copula (…のが、川辺浩二氏だ。,
      …清美さん（48歳）だが、), or names as the one something is for (人見氏にとっても珍しい作品だ) or whose case it
      tells (光恵さん（35歳）の場合、: a subject; 怜香さんのお気に入りは…: the owner of a sentence's subject);
    - the public: voices of the public announced as the subject (下記のコメントが寄せられている, ファンが反発した),
      the place where they are written (コメント欄には「…」), or a sentence that ends on them (怒ったのがファンだ。);
    - an unnamed voice: the last speech quote before this one has no named speaker (someone else took the floor),
      or someone described, not named, was asked since (世話をしている女性に聞くと、…: they answer; the topic ends
      there too).

The topic
    Apart from turns, the narration has a topic, the person it is about (:meth:`Turns.topic`): the last person
    marked as a subject within :data:`TOPIC_WINDOW` characters, or a person a sentence ends on (…という恵さん（36歳）。)
    or a clause ends on with a copula (…清美さん（48歳）だが、), or a person introduced with a remark in brackets
    who owns the subject of a sentence (チカコさん（38歳）の体験談も興味深い。); not one marked with から before a
    passive (Xから訊かれると, Xからは「…」と話を振られ: X acted on the topic). Across sentences, a subject with が that belongs to
    a clause made a noun (北野議員が…参加していたことを指摘) is not the topic; voices of the public and a person
    given as a source since (関係者によると; not a paper that reports, 毎日新聞によると) end it.

Interviews
    In a question-and-answer article (two lines or more open with Q．or ——), :meth:`Turns.interviewee` is the
    person named most (one addressed with an honorific in a question counts twice) and :meth:`Turns.question_line` tells the interviewer's lines from the answers.
"""
from __future__ import annotations

import weakref

import regex

from .attribute import CITED_OWNER, SUBJECT_MARKERS, is_asked, public_place_after, relative_subject
from .cues import PASSIVE_AUX, SENTENCE_END

_HE = regex.compile(r"彼(?!女)")   # 彼 (彼ら too), not 彼女

TURN_WINDOW = 400    # characters: a turn lapses this far after the last attributed quote
TOPIC_WINDOW = 300   # characters: the narration's topic is looked for this far back

SPEAKER_KINDS = ("person", "author", "org")   # named subjects that take the floor (男性は, 人も are too often topics)
PLACE_MARKERS = ("には", "にも", "に")   # コメント欄には「…」: where the public's words are written
SOURCE_MARKERS = ("による", "によれ", "により")   # によると, によれば, によりますと
BY_MARKER = "によるの"   # 裁判官による質問: by X, before a noun (see mentions._marker)
QUESTION_MARKS = ("Q．", "Q.", "Q：", "Q:", "Ｑ．", "Ｑ：", "——", "――", "──", "－－")   # —— U+2014, ―― U+2015


class Turns:
    """The exchange in one analysed document (a :class:`attribution.extractor.Document`)."""

    def __init__(self, doc):
        # a proxy, not a reference: a document and its turns would otherwise form a cycle, and documents (with their
        # token lists) would wait for the cyclic garbage collector instead of being freed at once
        self.doc = weakref.proxy(doc)
        self.decided = {}   # quote index -> (Decision, resolved speaker name or None, speaker type)
        self._interviewee = False

    # -- written by the extractor ---------------------------------------------------------------------------------
    def record(self, qi, decision, name, speaker_type):
        """The sieve decided quote ``qi``: ``decision``, whose speaker resolved to ``name`` (None if unnamed)."""
        self.decided[qi] = (decision, name, speaker_type)

    def decision(self, qi):
        """(Decision, name, type) recorded for quote ``qi``, or None if it is not decided yet."""
        return self.decided.get(qi)

    def last_speech(self, qi):
        """The index of the last quote before ``qi`` decided as speech, or None."""
        for j in range(qi - 1, -1, -1):
            got = self.decided.get(j)
            if got is not None and got[0].kind == "speech":
                return j
        return None

    # -- read by the rules ------------------------------------------------------------------------------------------
    def current_speaker(self, qi, start, window=TURN_WINDOW, exclude=None, strict=True):
        """The mention of the one who holds the floor at quote ``qi`` (which starts at character ``start``): the
        speaker of the last attributed speech quote before it, unless the turn ended (see the module's notes).
        ``exclude``: a name to pass over (the one who asked, when looking for who answers); ``strict=False`` does
        not end the turn at a new subject."""
        doc = self.doc
        for j in range(qi - 1, -1, -1):
            got = self.decided.get(j)
            if got is None:
                continue
            d, name, _type = got
            _s, e = doc.quotes[j]
            if start - e > window:
                return None
            if exclude is not None and name == exclude:
                continue
            if d.kind == "speech":
                asked = self.asked_since(doc.where[j] + 1, doc.where[qi], name)
                if asked is not None:
                    # 宏美さんに聞くと、…そうだ。「…」: the one asked since takes the floor (also after words no
                    # one was named for)
                    return None if strict and self._turn_ends(asked.index + 1, doc.where[qi], doc.name_of(asked)[0]) \
                        else asked
                if name is None and d.mention is not None and d.mention.kind == "pronoun" \
                        and d.mention.text == "彼" and _HE.search(doc.text, start, doc.quotes[qi][1]):
                    continue   # 彼が呟いた言葉は「…」。/「私は…彼のことも考えて…」: words that tell of 彼 are not his
                    # turn; the one who spoke before him goes on
                if name is None and d.reason == CITED_OWNER:
                    continue   # 「…」との同社元社長の証言は信用できると判断。: words the speaker cites, not a turn
                if name is None or d.mention is None:
                    return None
                citer = self._citer(j, d, name)
                if citer is not None:
                    # Xは「…」というYの言葉を引用し、…。さらに「…」: X cited Y's words and goes on
                    return None if strict and self._turn_ends(doc.where[j] + 1, doc.where[qi], doc.name_of(citer)[0]) \
                        else citer
                if strict and self._turn_ends(doc.where[j] + 1, doc.where[qi], name):
                    return None
                return d.mention
        # no one has spoken yet: the one the writer asked before the first words (北川氏に話をうかがった。/「…」)
        qidx = doc.where[qi]
        asked = self.asked_since(0, qidx, None)
        if asked is not None and start - asked.end <= window \
                and not (strict and self._turn_ends(asked.index + 1, qidx, doc.name_of(asked)[0])):
            return asked
        return None

    def _citer(self, j, d, name):
        """The person who cites quote ``j``, the words of another (``name``) owned by a noun (「…」というYの言葉を
        引用した): the person marked as the subject before it in its sentence, or None."""
        if d.rule != "noun_owner" or d.mention.marker != "の":
            return None
        doc = self.doc
        qidx = doc.where[j]
        found = [m for m in doc.mentions_between(doc.sentence_start(qidx), qidx)
                 if m.kind == "person" and m.marker in ("は", "が") and doc.name_of(m)[0] not in (None, name)]
        return found[-1] if found else None

    def asked_since(self, lo, qidx, name):
        """The last person other than ``name`` asked or reached between unit ``lo`` and the quote at unit ``qidx``
        (宏美さんに聞くと、…), or None. (Within the quote's own sentence, ``asked_in_sentence`` decides first.)"""
        doc = self.doc
        found = None
        for m in doc.mentions_between(lo, qidx):
            if m.kind in ("person", "org") and m.marker in ("に", "には") and doc.name_of(m)[0] not in (None, name) \
                    and is_asked(doc, m, qidx):
                found = m   # (北浜ワックス協会に問い合わせてみた。「…」: an organisation asked answers too)
        return found

    def _turn_ends(self, lo, qidx, name):
        """Whether a new subject, or the public, is named between unit ``lo`` and the quote at unit ``qidx``."""
        doc = self.doc
        limit = doc.seq[qidx].start if qidx < len(doc.seq) else len(doc.text)
        for m in doc.mentions_between(lo, qidx):
            if _in_double_quotes(doc.text, m.start, limit):
                continue   # (a name in words quoted in the narration ends no turn)
            if m.marker in SOURCE_MARKERS and m.kind in ("anonymous", "person") and doc.name_of(m)[0] != name:
                return True   # 関係者によると: a new source (a paper that reports is none)
            if m.kind == "public" and m.marker in PLACE_MARKERS \
                    and m.text.endswith(doc.lex.word_classes["public_place"]):
                return True   # コメント欄には「…」: the voices of the public, where they are written
            if m.kind == "public" and m.marker == "の" and public_place_after(doc.lex, doc.seq, m.index + 2):
                return True   # ネット掲示板上の反応は「…」: the public's words, named as such
            if m.kind == "person" and not m.marker and doc.name_of(m)[0] != name and self._closes_sentence(m):
                return True   # …のが、川辺浩二氏だ。, …清美さん（48歳）だが、: the narration turns to someone else
            if m.kind == "person" and m.marker == "の" and doc.name_of(m)[0] != name and self._words_close(m):
                return True   # …と思ったのはアキヒロさん（34歳）の意見だ。「…」: the words that follow are theirs
            if m.kind == "public" and not m.marker and self._public_closes(m):
                return True   # 怒ったのが、C大阪のファンだ。「…」: the narration turns to the public
            if m.kind == "person" and m.marker == "の" and doc.name_of(m)[0] != name \
                    and self._owned_subject(m, qidx) is not None:
                return True   # 怜香さん（36歳）のお気に入りは…。「…」: the narration turns to someone else's case
            if m.kind == "person" and m.marker.startswith("にとっ") and doc.name_of(m)[0] != name:
                return True   # 人見氏にとっても珍しい作品だという。「…」: the narration turns to someone else
            if m.kind == "anonymous" and m.marker in ("に", "には") and is_asked(doc, m, qidx):
                return True   # 見合いの世話をしている方に聞くと、…だそうだ。「…」: someone not named answers
            if m.marker not in SUBJECT_MARKERS:
                continue
            if m.kind in SPEAKER_KINDS and doc.name_of(m)[0] != name \
                    and not relative_subject(doc.seq, m, qidx, doc.lex.cues):
                return True   # 協議会は…: someone else
            if m.kind == "public":
                return True   # 下記のコメントが寄せられている: the voices of the public follow
            if m.kind == "anonymous" and m.marker in ("は", "が", "も") and self._sentence_ends_after(m):
                return True   # 北浜紙の記者がコメント。: a source described, not named, speaks next
        return False

    def topic(self, qidx, start, sentence=None, window=TOPIC_WINDOW):
        """The person the narration is about at unit ``qidx``: the last one marked as a subject within ``window``
        characters, not inside a relative clause; before the quote's sentence (which starts at unit ``sentence``),
        not the subject of a clause made a noun."""
        doc = self.doc
        for m in reversed(doc.mentions_between(0, qidx)):
            if start - m.end > window:
                return None
            if _in_double_quotes(doc.text, m.start, start):
                continue   # “本田から、お礼はあったか”という問いに: a name in words quoted in the narration
            if m.kind == "person" and m.marker.startswith("にとっ") and m.index < qidx:
                return m   # 美千代さん(35歳)にとって、…だという。「…」: the one the narration is about
            if m.kind == "public" and (m.marker in SUBJECT_MARKERS and not m.marker.startswith("から")
                                       and not relative_subject(doc.seq, m, qidx, doc.lex.cues)
                                       or m.marker in PLACE_MARKERS
                                       and m.text.endswith(doc.lex.word_classes["public_place"])):
                return None   # 下記のコメントが寄せられている: the public speaks, not the one before (not 日本の
                # ネットユーザーから批判されたことを受け: a clause about them)
            if m.kind == "public" and not m.marker and self._public_closes(m):
                return None   # 怒ったのが、C大阪のファンだ。「…」: the public, whom the narration turns to
            if (m.marker in SOURCE_MARKERS or m.marker == BY_MARKER) and m.kind in ("anonymous", "person"):
                # 関係者によると「…」: the words come from that source (a paper that reports is none); AとBによる対談:
                # the narration is about what they did together, not about one of them; but Xによるツイート: X's
                # words are what the narration reports
                if m.marker == BY_MARKER and m.kind == "person" and self._speech_noun_after(m):
                    return m
                return None
            if m.kind == "anonymous" and m.marker in ("は", "が", "も") \
                    and not relative_subject(doc.seq, m, qidx, doc.lex.cues) and self._sentence_ends_after(m):
                return None   # 北浜紙の記者がコメント。「…」: a source described, not named, was the subject
            if m.kind == "anonymous" and m.marker in ("に", "には") and is_asked(doc, m, qidx):
                return None   # 世話をしている女性に聞くと、…だそうだ。「…」: someone not named answers
            if m.kind == "person" and m.marker == "の" and m.index < qidx and self._words_close(m):
                return m   # …と思ったのはアキヒロさん（34歳・設計）の意見だ。「…」
            if m.kind == "person" and m.marker == "の" and m.index < qidx and self._after_remark(m) > m.index + 1 \
                    and (h := self._owned_subject(m, qidx)) is not None and doc.seq[h].lemma not in doc.lex.sources \
                    and doc.seq[h].pos3 != "人名":
                return m   # チカコさん（38歳）の体験談も興味深い。「…」: the narration introduces her, with a remark in
                # brackets, and is about her case (not 恵さん（36歳）の夫は: someone else, whom the sentence names;
                # nor 桑田氏の名前が挙がった: a name in passing)
            if m.kind == "person" and not m.marker and sentence is not None and (
                    (m.index < sentence and self._closes_sentence(m)) or self._closes_sentence(m, clause=True)):
                return m   # …を心待ちにしていたという恵さん（36歳）。: the sentence introduces the one it ends on;
                # 前述の久美さんだが、…並べたのだが、「…」: the clause is about them
            if m.kind in ("person", "author", "role") and m.marker in SUBJECT_MARKERS \
                    and not relative_subject(doc.seq, m, qidx, doc.lex.cues) \
                    and not (m.marker.startswith("から") and (self._agent_of_passive(m, qidx) or relative_subject(
                        doc.seq, m, qidx, doc.lex.cues, markers=("から",), reach=8, verbs=("動詞",)))) \
                    and not (sentence is not None and m.index < sentence and m.marker.startswith("が")
                             and self._in_noun_clause(m, sentence)):
                # (not Xから金銭を受け取った疑惑について「…」: X with から in a clause that describes a noun)
                return m
        return None

    def _agent_of_passive(self, m, qidx):
        """Whether the clause after mention ``m`` (marked with から) is passive before the quote at unit ``qidx``
        (監督からキャプテンを任命されることになったが、「…」, Xから訊かれると、「…」): ``m`` acted on someone, who is
        the one the narration is about (but Xからはメッセージが寄せられ、「…」: words sent are X's)."""
        seq = self.doc.seq
        send = self.doc.lex.word_classes["send_words"]
        inner = False   # within “…”, words quoted in the narration (Xから“戻れるのでは？”と訊かれても): no sentence end
        for k in range(m.index + 1, qidx):
            t = seq[k]
            if t.surface in ("“", "”"):
                inner = t.surface == "“"
                continue
            if inner:
                continue
            if t.surface in SENTENCE_END or t.pos1 in ("EOL", "GAP"):
                return False
            if t.pos1 == "助動詞" and t.lemma in PASSIVE_AUX:
                return seq[k - 1].lemma not in send
        return False

    def _after_remark(self, m):
        """The unit after mention ``m`` and a remark in brackets right after it (恵さん（36歳）)."""
        seq = self.doc.seq
        k = m.index + 1
        if k < len(seq) and seq[k].surface in ("（", "("):
            while k < len(seq) and seq[k].surface not in ("）", ")") and seq[k].pos1 not in ("EOL", "GAP", "QUOTE"):
                k += 1
            k += 1
        return k

    def _closes_sentence(self, m, clause=False):
        """Whether the sentence ends right after mention ``m`` (and a remark in brackets): 恵さん（36歳）。, それが…
        森中氏だ。, or its first clause ends on it and a copula (…清美さん（48歳）だが、, …ミドリさんだったが…。): the
        narration is about them. ``clause``: only the latter."""
        seq = self.doc.seq
        k = self._after_remark(m)
        if k + 1 < len(seq) and seq[k].surface == "だ" and seq[k + 1].surface in ("が", "けど", "けれど"):
            return True
        if k + 2 < len(seq) and seq[k].surface == "だっ" and seq[k + 1].surface == "た" \
                and seq[k + 2].surface in ("が", "けど", "けれど"):
            return True   # …聞いていた美江さんだったが、
        if clause:
            return False
        if k + 1 < len(seq) and seq[k].surface == "だ" and seq[k + 1].surface == "。":
            return True
        return k < len(seq) and seq[k].surface == "。"

    def _public_closes(self, m):
        """Whether a cleft sentence ends on the public, people (…怒ったのが、ファンだ。), not on their words (「…」と
        コメント。, …という声。), nor describes the one it is about (中川は大ファン。)."""
        seq = self.doc.seq
        if m.first > 0 and (seq[m.first - 1].surface in ("と", "って") or seq[m.first - 1].pos1 == "QUOTE"):
            return False
        if seq[m.index].lemma in self.doc.lex.speech_nouns or not self._closes_sentence(m):
            return False
        for k in range(m.first - 1, max(0, m.first - 30), -1):   # a cleft: …したのが、Xだ (not …中川は大ファン。)
            t = seq[k]
            if t.surface in SENTENCE_END or t.pos1 in ("EOL", "GAP", "QUOTE"):
                return False
            if t.surface in ("が", "は") and seq[k - 1].surface == "の" and seq[k - 2].pos1 in ("動詞", "助動詞"):
                return True
        return False

    def _words_close(self, m):
        """Whether the sentence ends on mention ``m``, の and a noun of someone's words with a copula (…のはアキヒロさん
        （34歳）の意見だ。), or on a verb that presents or hears them (…利代子さんの意見をご紹介。, …の話を聞いてみた。):
        it introduces that person's words."""
        seq = self.doc.seq
        k = self._after_remark(m)
        if not (k + 3 < len(seq) and seq[k].surface == "の" and seq[k + 1].pos1 == "名詞"
                and self.doc.lex.speech_nouns.get(seq[k + 1].lemma) in ("own", "public", "named")
                and seq[k + 1].lemma != "声"):   # (…アナウンサーの声だ: the voice, heard, not words)
            return False
        x = k + 2
        while x < len(seq) and x - k <= 4 and seq[x].pos1 == "助動詞":
            x += 1
        if x > k + 2 and x < len(seq) and seq[x].surface in ("。", "！"):
            return True
        # …利代子さん（37歳）の意見をご紹介。, …の話を聞いた。: the writer presents that person's words next
        if not (x == k + 2 and x + 1 < len(seq) and seq[x].surface == "を" and seq[x].pos1 == "助詞"):
            return False
        x += 1
        if seq[x].pos1 == "接頭辞" and x + 1 < len(seq):
            x += 1   # (を|ご|紹介)
        if seq[x].lemma not in self.doc.lex.word_classes["present_words"]:
            return False
        x += 1
        while x < len(seq) and x - k <= 8 and (seq[x].pos1 in ("助動詞", "動詞", "接尾辞") or seq[x].surface in ("て", "で")):
            x += 1
        return x < len(seq) and seq[x].surface in ("。", "！", "：", ":")

    def _owned_subject(self, m, qidx):
        """The head of the subject of the sentence that mention ``m`` (with の) owns, before the quote at unit
        ``qidx``: の, a few nouns (の between them too), then は, が or も (恵さん（36歳）の目下のお気に入りは: 入り);
        None when the mention owns no subject."""
        seq = self.doc.seq
        k = self._after_remark(m)
        if not (k < qidx and seq[k].surface == "の"):
            return None
        x = k + 1
        while x < qidx and x - k <= 7 and (
                seq[x].pos1 in ("名詞", "接頭辞", "接尾辞")
                or (seq[x].surface == "の" and x > k + 1)
                or (seq[x].surface == "に" and seq[x - 1].pos1 == "名詞" and x + 1 < qidx
                    and seq[x + 1].pos1 == "名詞")):   # (お|気|に|入り: one noun)
            x += 1
        if x > k + 1 and x < qidx and seq[x - 1].pos1 != "助詞" and seq[x].surface in ("は", "が", "も") \
                and seq[x].pos1 == "助詞":
            return x - 1
        return None

    def _sentence_ends_after(self, m):
        """Whether the sentence of mention ``m`` ends within a few words after it, on a verb or a noun of speech
        (記者がコメント。, 関係者は語る。): the sentence is only about that source speaking."""
        seq = self.doc.seq
        cues = self.doc.lex.cues
        k = m.index + 1
        while k < len(seq) and seq[k].pos1 == "助詞":
            k += 1
        if k >= len(seq) or cues.get(seq[k].lemma, ("",))[0] not in ("verb", "noun"):
            return False   # (…見せた人がいるという: 人 is no one speaking)
        for j in range(k + 1, min(len(seq), k + 5)):
            t = seq[j]
            if t.surface in ("。", "！") or t.pos1 in ("EOL", "GAP"):
                return True
            if t.pos1 not in ("助動詞", "動詞", "助詞"):
                return False
        return False

    def _speech_noun_after(self, m):
        """Whether a noun of someone's own words follows X による (Xによるツイート, Xによる発言)."""
        seq = self.doc.seq
        k = m.index + 1
        while k < len(seq) and k <= m.index + 4 and seq[k].pos1 != "名詞":
            k += 1
        return k < len(seq) and self.doc.lex.speech_nouns.get(seq[k].lemma) in ("own", "named")

    def _in_noun_clause(self, m, limit):
        """Whether a clause made a noun by こと follows mention ``m`` in its sentence (before unit ``limit``)."""
        seq = self.doc.seq
        for k in range(m.index + 1, limit):
            t = seq[k]
            if t.pos1 in ("EOL", "GAP", "QUOTE") or t.surface in SENTENCE_END:
                return False
            if t.lemma == "事" and t.pos1 == "名詞" and seq[k - 1].pos1 in ("動詞", "助動詞", "形容詞"):
                return True
        return False

    def question_line(self, pos):
        """Whether the line holding character ``pos`` is an interviewer's question (Q．…, ——…)."""
        text = self.doc.text
        start = text.rfind("\n", 0, pos) + 1
        return text.startswith(QUESTION_MARKS, start)

    def interviewee(self):
        """In a question-and-answer article, the mention of the person it is about (the one named most), else
        None."""
        if self._interviewee is False:
            self._interviewee = None
            doc = self.doc
            lines = [ln for ln in doc.text.split("\n") if ln.startswith(QUESTION_MARKS)]
            if len(lines) >= 2:
                counts = {}
                first = {}
                for m in doc.mentions:
                    if m.kind == "person":
                        name = doc.name_of(m)[0]
                        # one addressed with an honorific in a question (——伊藤さんの場合は？) counts twice: the
                        # one the interviewer talks to, not one the lead lists (石川遼や池田勇太…)
                        addressed = m.text.endswith(("さん", "氏")) and self.question_line(m.start)
                        counts[name] = counts.get(name, 0) + 1 + addressed
                        first.setdefault(name, m)
                if counts:
                    self._interviewee = first[max(counts, key=counts.get)]
        return self._interviewee


def _in_double_quotes(text, pos, limit):
    """Whether character ``pos`` is inside “…” that closes before ``limit``, on its line."""
    opened = text.rfind("“", 0, pos)
    if opened < 0 or text.rfind("”", 0, pos) > opened or "\n" in text[opened:pos]:
        return False
    closed = text.find("”", pos, limit)
    return closed >= 0 and "\n" not in text[pos:closed]
