"""Statements in Kazakh text: direct quotes and reported speech, each with its speaker.

Direct: words in «» (or "", “”) or after a dialogue dash, with a verb of speech (lang/kk/
speech.tsv) right after them ("«...»,—деді ол", "«...» деп атап өтті Президент") or a speaker
and a colon before them ("Мемлекет басшысы: «...»"). Reported: a verb of speech in a finite
form ("мәлімдеді", "атап өтті", "айтты") whose subject (context.subject) is a person or a
group; with no subject named, the speaker of the sentence before goes on. A correspondent or
a press service that reports the news ("деп хабарлайды «Адырна» тілшісі") is a source.
"""
from __future__ import annotations

import re

from ...doc import Doc, Entity, Event, Sent
from ...nlp.frames import find_quotes
from ..context import mentions_in, protagonist
from ..statements import SpeechReader, body_paragraphs, dialogue_end, inside, said
from ..speakers import DASHES, speaker_ok
from ...nlp.kazakh import fold
from .context import index_at, mentions_before, subject
from .fallback_speakers import converb_speaker, described_speaker, envoy_speaking
from .coref import office_holder
from .frames import frame_at, named
from .history import PAST_COPULAS
from .lexicon import matcher
from .said_in import said_in, takes_position
from .verbs import Verb, speech_verb, verb_at

FINITE = {"past", "future", "progressive", "neg_past", "neg_future"}
NAME_QUOTE = 4          # words at most in a «» that names a firm or a plant, not words said
AFTER_QUOTE = re.compile(r"[»”\"]?\s*[,.!?]?\s*[–—-]*\s*")
SYNCHRON = re.compile(r"\s*([^\n:]{3,200}):[ \t]*\n\s*[–—-]\s*(?=\w)")


class KazakhSpeech(SpeechReader):
    """The Kazakh reader of the statement pipeline (extract/statements.py)."""
    fragment_words, fragment_lower = 1, True    # "Қазақстанды “бауырлас ел” деп атады"
    fragment_names = "quoted_name_heads.txt"    # "«жасыл дәліз» режимін": a name, no words

    def __init__(self) -> None:
        super().__init__()
        self.quoted: list[tuple[int, Entity | None]] = []    # (paragraph, its last direct speaker)
        self.heard: tuple[int, Entity | None] | None = None   # (paragraph, the last reported speaker)

    def direct(self, doc: Doc, a: int, b: int, taken) -> list[Event]:
        found = self._direct(doc, a, b, taken)
        if found:
            self.quoted.append((a, self.last_speaker))
        return found

    def reported(self, doc: Doc, sent: Sent, taken) -> list[Event]:
        """Reported speech read as if each paragraph's quotes came just before its sentences, so
        that "the speaker goes on" (self.last_speaker) means the one just quoted or just heard."""
        a = max((x for x, _ in body_paragraphs(doc) if x <= sent.start), default=0)
        quoted, heard = [(x, e) for x, e in self.quoted if x <= a], self.heard
        self.last_speaker = quoted[-1][1] if quoted and (heard is None or quoted[-1][0] > heard[0]) \
            else heard[1] if heard else None
        found = self._reported(doc, sent, taken)
        if found:
            self.heard = (a, self.last_speaker)
        return found

    def attribution(self, doc: Doc, qa: int, qb: int, para_end: int) -> tuple[Entity | None, str, int]:
        """The speaker, kind and end of a quote's attribution: after it, else before it."""
        speaker, verb, end = self._after(doc, qb, para_end, qa) or self._before(doc, qa, qb) or (None, None, qb)
        return speaker, verb.value[0] if verb is not None and verb.value else "generic", end

    def introduced(self, doc: Doc, sent: Sent) -> tuple[Entity, str] | None:
        """"Мемлекет басшысы былай деді:": the speaker of the last verb of speech of an intro."""
        toks = sent.tokens
        v = next((v for i in range(len(toks) - 1, -1, -1) if (v := speech_verb(toks, i)) and v.tense != "noun"), None)
        if v is None:
            return None
        who, named = subject(doc, sent, v)
        speaker = who if speaker_ok(who, "kk") else None if named else self.last_speaker or protagonist(doc)
        return (speaker, v.value[0] if v.value else "generic") if speaker is not None else None

    # ------------------------------------------------------------------ direct
    def _direct(self, doc: Doc, a: int, b: int, taken) -> list[Event]:
        text = doc.text
        quotes = find_quotes(text, a, b)
        para = text[a:b]
        stripped = para.lstrip()
        # a dialogue dash opens the words, or a quote mark the writer never closes ("«Біз ...
        # саламыз, – деді Тоқаев."): both end at the dash before the verb of speech
        unclosed = stripped[:1] in "«“" and not any(c in stripped for c in "»”")
        if stripped[:1] in DASHES or unclosed:
            q0 = a + len(para) - len(stripped) + 1
            end = dialogue_end(text, q0, b)
            if end is None and (run_on := self._continued(doc, b)) is not None:
                b = run_on
                end = dialogue_end(text, q0, b)
            if end is not None:
                quotes = [(q0, end)] + quotes
            # a firm's or a plant's name in «» inside the answer is no quote of its own
            elif not unclosed and all(len(text[x:y].split()) <= NAME_QUOTE for x, y in quotes) \
                    and (answer := self._answer(doc, a, b, q0, taken)) is not None:
                return [answer]
        elif (syn := SYNCHRON.match(para)) and (found := self._synchron(doc, a, b, syn, taken)):
            return [found]
        return self.quoted_speech(doc, quotes, b, taken)

    def _answer(self, doc: Doc, a: int, b: int, q0: int, taken) -> Event | None:
        """"– Отырар қашан салынды?\n\n– Қала ... салынды.": in an interview, the paragraph opened by
        a dash after a question opened by one is the answer of the one asked: the person the
        question addresses ("– Ғалия Мұратқызы, ...?"), else the one the article is about."""
        prev = next(((x, y) for x, y in reversed(doc.paragraphs()) if y <= a), None)
        question = doc.text[prev[0]:prev[1]].strip() if prev is not None else ""
        if question[:1] not in DASHES or not question.endswith("?") or len(doc.text[q0:b].split()) < 3 \
                or inside(q0, taken):
            return None
        asked = [e for _, e in mentions_in(doc, prev[0], prev[1]) if e.type == "PER" and speaker_ok(e, "kk")]
        who = asked[0] if asked else protagonist(doc)
        if who is None:
            return None
        self.last_speaker = who
        taken.append((q0, b))
        return said(doc, q0, b, who, "generic", True, doc.text[q0:b].strip())

    def _synchron(self, doc: Doc, a: int, b: int, syn, taken) -> Event | None:
        """"Томас Венцель, компанияның директоры:\n– Біз ...": a broadcast's synchron, a line that
        names the speaker (and his office) and ends with a colon, the words on the next line after
        a dash: the person the line names first says them."""
        q0 = a + syn.end()
        people = [e for _, e in mentions_in(doc, a, a + syn.end(1)) if e.type == "PER" and speaker_ok(e, "kk")]
        if not people or len(doc.text[q0:b].split()) < 3 or inside(q0, taken):
            return None
        qb = end + 1 if (end := dialogue_end(doc.text, q0, b)) is not None else b     # "..., – деді ол."
        self.last_speaker = people[0]
        taken.append((q0, b))
        return said(doc, q0, b, people[0], "generic", True, doc.text[q0:qb].strip(" ,"))

    @staticmethod
    def _continued(doc: Doc, b: int) -> int | None:
        """Words opened by a dash that run on into the next paragraph, which closes them ("– ...
        дайынбыз.\\n\\nБұл ... қажет, – деді министр."): the end of that paragraph, or None."""
        nxt = next(((x, y) for x, y in doc.paragraphs() if x > b), None)
        if nxt is None or doc.text[nxt[0]:nxt[1]].lstrip()[:1] in DASHES + "«“\"":
            return None
        return nxt[1] if dialogue_end(doc.text, nxt[0], nxt[1]) is not None else None

    def _after(self, doc: Doc, qb: int, para_end: int, qa: int | None = None):
        """"«...»,—деді ол", "«...» деп атап өтті Президент": the speaker after the quote."""
        m = AFTER_QUOTE.match(doc.text, qb, para_end)
        sent = doc.sent_at(m.end()) if m else None
        if sent is None:
            return None
        toks = sent.tokens
        k = index_at(sent, m.end())
        if (body := said_in(doc, sent, k)) is not None:      # «...», – делінген министрліктің мәлімдемесінде
            return body, None, min(sent.end, para_end)
        if k < len(toks) and toks[k].text == "деп":
            k += 1
        for i in range(k, min(len(toks), k + 4)):
            v = speech_verb(toks, i)
            if v is None or v.tense == "noun":
                continue
            if any(doc.entity_at(t.start, t.end) is None and not t.text[:1].isupper() for t in toks[k:v.start]):
                return None       # "«Бір белдеу, бір жол» бастамасын ... жеткізді": a quoted name, no words said
            speaker = next((e for _, e in mentions_in(doc, toks[v.start].start, sent.end) if speaker_ok(e, "kk")), None)
            if speaker is None and any(t.pos != "PUNCT" for t in toks[v.end:]):
                # "— деді қазақстандық министр": the person named earlier who holds the office;
                # "«...», — дейді маман", "— деді Сенат төрағасы" with no holder: an unnamed speaker
                speaker = office_holder(doc, toks[v.end:], toks[v.start].start) or (
                    described_speaker(doc, qb) if self._one_noun(toks[v.end:]) else None)
                return (speaker, v, min(sent.end, para_end)) if speaker is not None else None
            if speaker is None:
                # "Министр: «...», – деді.": the label before the quote, else the one who spoke last
                who, named = subject(doc, sent, v)
                label = self._before(doc, qa, qb) if qa is not None else None
                speaker = who if speaker_ok(who, "kk") else None if named else \
                    (label[0] if label else None) or self.last_speaker or protagonist(doc)
            if speaker is None:
                return None
            return speaker, v, min(sent.end, para_end)
        return None

    def _before(self, doc: Doc, qa: int, qb: int):
        """"Мемлекет басшысы: «...»", "Ол былай деді: «...»": a speaker and a colon before it."""
        head = doc.text[max(0, qa - 200):qa]
        if not re.search(r":\s*[«“\"]?\s*$", head):
            return None
        sent = doc.sent_at(qa - 2) or doc.sent_at(qa)
        if sent is None:
            return None
        people = [e for m, e in mentions_in(doc, sent.start, qa) if speaker_ok(e, "kk")]
        if not people:
            return None
        k = index_at(sent, qa)
        verb = next((v for i in range(max(0, k - 4), k) if (v := speech_verb(sent.tokens, i))), None)
        para_end = doc.text.find("\n", qb)
        return people[0], verb, max(qb + 1, min(sent.end, para_end if para_end >= 0 else len(doc.text)))

    # ---------------------------------------------------------------- reported
    def _reported(self, doc: Doc, sent: Sent, taken) -> list[Event]:
        toks = sent.tokens
        out, done = self._by_noun(doc, sent), set()
        done.update(v.attrs["speaker"] for v in out)
        for i in range(len(toks)):
            v = speech_verb(toks, i)
            if v is None or inside(toks[v.start].start, taken):
                continue
            if v.start > 0 and toks[v.start - 1].text in DASHES + "»”\"" and toks[0].text in DASHES + "«“\"":
                continue          # "«...», — дейді халық": a quote's attribution, told by direct() or by nobody
            if v.end + 1 < len(toks) and toks[v.end].text == ":" and toks[v.end + 1].text in DASHES + "«“\"":
                continue          # "Ол былай деді: «...»": the quote's intro, told by direct()
            finite = v.tense in FINITE or v.tense == "converb" and fold(toks[i].text) != "деп" \
                and (self._aux_after(toks, v) or self._chained(toks, v)) \
                or v.tense == "participle" and self._ends_clause(toks, v)   # "айтқан еді", "мәлімдеген."
            if not finite or v.tense.startswith("neg") and (v.value[0] if v.value else "generic") == "generic":
                continue          # "себебін түсіндірмеді", "мерзімін айтпады": nothing said (a refusal,
                #                   "қабылдамады", is a statement of its own kind)
            speaker = self._speaker(doc, sent, v)
            if speaker is None or speaker.id in done or speaker.group and "apart" in v.value[1:]:
                continue          # "Тараптар ... барысына тоқталды": a matter the sides discussed
            done.add(speaker.id)
            self.last_speaker = speaker
            out.append(said(doc, sent.start, sent.end, speaker, v.value[0] if v.value else "generic", False,
                            self._content(doc, sent, v, speaker)))
        return out

    def _by_noun(self, doc: Doc, sent: Sent) -> list[Event]:
        """"Лавровтың айтуынша, ..." (according to Lavrov), "Назарбаевтың шақыртуымен" (at his
        invitation), "Оның айтуынша": a noun of speech after its speaker in the genitive."""
        out = []
        for m in matcher("speech_nouns.tsv").finditer(sent.tokens):
            prev = sent.tokens[m.start - 1] if m.start else None
            f = frame_at(doc, sent, m.end - 1)
            who = next((e for sp, e in named(doc, sent, [a for a in f.role("kk", "holder") if a.end == prev.end])
                        if sp.source != "pronoun"), None) if prev is not None and f is not None else None
            if who is None and prev is not None and fold(prev.text) == "оның":
                # "Оның айтуынша" (according to him): the one just speaking, or the last person named
                who = self.last_speaker or next((e for _, e in reversed(mentions_before(doc, prev.start))), None)
            if who is None or not speaker_ok(who, "kk") or any(v.attrs["speaker"] == who.id for v in out):
                continue
            self.last_speaker = who
            out.append(said(doc, sent.start, sent.end, who, m.value[0] or "generic", False,
                            doc.text[sent.tokens[m.end - 1].end:sent.end].strip(" ,.")))
        return out

    @staticmethod
    def _ends_clause(toks, v: Verb) -> bool:
        """A past participle is a finite past when the sentence ends on it ("Бұған дейін ол
        мәлімдеген.") or a past copula follows ("хабарлаған еді", "айтқан болатын"); elsewhere
        it qualifies a noun ("айтқан сөзі")."""
        nxt = toks[v.end] if v.end < len(toks) else None
        return nxt is None or nxt.text in ".!?;" or fold(nxt.text) in PAST_COPULAS

    @staticmethod
    def _chained(toks, v: Verb) -> bool:
        """"X ... дайын екенін жеткізіп, ... сәлемін жолдады": a speech converb before a comma heads
        a chain a finite verb ends; what it says is said, whatever the chain goes on to do."""
        return v.end + 1 < len(toks) and toks[v.end].text == "," and toks[-1].text in ".!?" \
            and not any(speech_verb(toks, k) for k in range(v.end + 1, len(toks)))   # else that verb tells it

    @staticmethod
    def _one_noun(toks) -> bool:
        """"– деді балуан.": one word in small letters ends the sentence after the verb."""
        words = [t for t in toks if t.pos != "PUNCT"]
        return len(words) == 1 and words[0].text[:1].islower()

    @staticmethod
    def _aux_after(toks, v: Verb) -> bool:
        return v.end < len(toks) and verb_at(toks, v.end, "auxiliaries.tsv") is not None

    def _speaker(self, doc: Doc, sent: Sent, v: Verb) -> Entity | None:
        who, named = subject(doc, sent, v)
        if who is not None:
            if speaker_ok(who, "kk") or takes_position(who, v.value[0] if v.value else ""):
                return who
            # "X ... құттықтап, Түркия жұртына береке тіледі": a state in the last clause qualifies a
            # word (its people); the speech converb before the comma tells who speaks
            return converb_speaker(doc, sent, v)
        if named:
            return envoy_speaking(doc, sent, v)
        return converb_speaker(doc, sent, v) or self.last_speaker

    @staticmethod
    def _content(doc: Doc, sent: Sent, v: Verb, speaker: Entity) -> str:
        """What was said: the words between the speaker and the verb (Kazakh puts it there)."""
        vstart = sent.tokens[v.start].start
        ends = [m.end for m in speaker.mentions if sent.start <= m.start and m.end <= vstart]
        start = ends[0] if ends else sent.start
        said = doc.text[start:vstart].strip(" ,:")
        if len(said.split()) < 3:
            said = doc.text[sent.start:vstart].strip(" ,:")
        return said
