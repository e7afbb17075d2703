"""English statements: direct quotes, first-person speech and reported speech, each with its speaker.

Direct: words in "" or “” attributed by a verb of speech next to them ('"...," Wang Yi said',
'"...," said Kosherbayev', 'X said: "..."', '"...," the head of Uzbekistan noted'), and
first-person speech without quote marks ("we have already signed ..., President X said").
Reported: a verb or phrase of speech (lang/en/speech.tsv: noted, stressed, expressed readiness,
voiced support, welcomed) whose subject is a person or a group, or a pronoun or description
resolved by coreference; "according to him", "in his words" continue the last person. A ministry that
only reports is a source; one taking a position ("it condemned", '"...," the statement reads') speaks."""
from __future__ import annotations

import re

from ...doc import Doc, Entity, Event, Sent
from ...nlp.match import PhraseMatcher, fold, lexicon_matcher
from ...nlp.frames import find_quotes
from ..context import token_index
from ..statements import SpeechReader, inside, said
from .clause import attribution_start, entity_at, finite_verb, in_quote, person_follows, subject_after, subject_before
from .lexicons import title_words
from .meeting_cues import receives_not_says
from .quoted_as import appositive_speaker, document_words, quoted_as
from .unsaid import NAMING, ends_its_sentence, names_unquoted, not_made
from .speakers import (attributed_at, body_position, co_speakers, document_speaker, introduced, joint_sides, opened_by, participle_of,
                       office_speaker, owned_source, side_person, source_of, speaker_ok, unnamed_source, words_owner)

FIRST_PERSON = {"we", "our", "us", "i", "my", "me", "ours"}
QUOTE_MARKS = '"“”„«»'      # some outlets of the region write «» in English too


def speech() -> PhraseMatcher:
    return lexicon_matcher("en", "speech.tsv", "generic")


class EnglishSpeech(SpeechReader):
    """The English reader of the statement pipeline (extract/statements.py)."""
    fragment_words, fragment_lower = 3, False    # 'called the plant "a milestone for the region"'
    fragment_names = "quoted_name_heads.txt"     # 'in the "Central Asia plus Japan" Dialogue': a name, no words
    reread_taken = True        # a quote inside the span an earlier one of the paragraph told is read too
    inline_intros = True       # "X said: <words>" in one paragraph (introduced() wants the verb at the colon)

    def introduced(self, doc: Doc, sent: Sent) -> tuple[Entity, str] | None:
        speaker = introduced(doc, sent, speech)
        return (speaker, "generic") if speaker is not None else None

    # ------------------------------------------------------------------ direct
    def direct(self, doc: Doc, a: int, b: int, taken: list[tuple[int, int]]) -> list[Event]:
        text = doc.text
        quotes = [(qa, qb) for qa, qb in find_quotes(text, a, b)
                  if not any(x < qa and qb < y for x, y in find_quotes(text, a, b))]   # outermost only
        return self.quoted_speech(doc, quotes, b, taken)

    @staticmethod
    def quote_start(doc: Doc, qa: int, qb: int, end: int) -> tuple[int, int]:
        """'X said: "..."': the attribution before the quote is the statement's evidence too."""
        sent = doc.sent_at(qa - 1) or doc.sent_at(qa)
        start = min(qa - 1, sent.start) if sent is not None and end > qb else qa - 1
        return start, start

    def said_besides(self, doc: Doc, qb: int, start: int, end: int, speaker: Entity) -> list[Event]:
        """'"...," X said, adding that <words>': the attribution goes on in reported speech, a
        statement of the same speaker in his own words."""
        sent = doc.sent_at(qb + 1)
        toks = [t for t in sent.tokens if qb < t.start and t.end <= end] if sent is not None else []
        for m in speech().finditer(toks):
            k = m.start
            if k > 0 and toks[k - 1].text == "," and toks[k].text.endswith("ing") \
                    and m.end < len(toks) and fold(toks[m.end].text) == "that":
                return [said(doc, start, end, speaker, "generic", False, doc.text[toks[m.end].end:end].strip(" ,."))]
        return []

    def attribution(self, doc: Doc, qa: int, qb: int, para_end: int) -> tuple[Entity | None, str, int]:
        """The speaker of a quote: '"...," X said', '"...," said X', or 'X said: "..."'."""
        text = doc.text
        after = re.match(r"[\s,.!?]*[”»\"]?\s*,?\s*", text[qb + 1:para_end]) if qb < len(text) else None
        vstart = qb + 1 + (after.end() if after else 0)
        sent = doc.sent_at(vstart)
        if text[qb:qb + 1] in QUOTE_MARKS and (issuer := document_speaker(doc, vstart, para_end)) is not None:
            return issuer, "generic", min(sent.end, para_end) if sent is not None else para_end
        if sent is not None and text[qb:qb + 1] in QUOTE_MARKS and not ends_its_sentence(doc, qa, sent):
            i = token_index(sent.tokens, vstart)
            if i is not None:
                for m in speech().finditer(sent.tokens[i:i + 8]):
                    k = i + m.start
                    between = sent.tokens[i:k]
                    if not finite_verb(sent.tokens[k]):
                        continue
                    if between:
                        # '"...," head coach Stanislav Cherchesov told': a title may stand before the name
                        e = entity_at(doc, between[-1])
                        ok = all(entity_at(doc, t) is e or t.pos not in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ")
                                 or t.text in ("'s", "’s") for t in between)
                        if ok and speaker_ok(e):
                            return e, m.value, min(sent.end, para_end)
                    else:
                        e = subject_after(doc, sent, k + (m.end - m.start) - 1)
                        if speaker_ok(e):
                            return e, m.value, min(sent.end, para_end)
                    break
                e = appositive_speaker(doc, sent, i)
                if e is not None:
                    return e, "generic", min(sent.end, para_end)
        # 'X said: "..."', 'X told reporters, "..."'
        sent = doc.sent_at(qa - 1) or doc.sent_at(qa)
        if sent is not None:
            i = token_index(sent.tokens, qa - 1)
            if i is not None and i >= 2 and sent.tokens[i - 1].text in (":", ","):
                for m in speech().finditer(sent.tokens[max(0, i - 8):i - 1]):
                    k = max(0, i - 8) + m.start
                    subj = [e for e in subject_before(doc, sent, k) if speaker_ok(e)]
                    if subj and finite_verb(sent.tokens[k]):
                        return subj[0], m.value, max(qb + 1, min(sent.end, para_end))
        return None, "generic", qb

    # ---------------------------------------------------------------- reported
    def reported(self, doc: Doc, sent: Sent, taken: list[tuple[int, int]]) -> list[Event]:
        toks = sent.tokens
        out = []
        done: set[str] = set()
        for n, t in enumerate(toks):
            if (k := attributed_at(toks, n)) is not None:      # "according to X, ...", "in his words, ..."
                speaker = self._according(doc, toks, k) or office_speaker(doc, sent, k) or words_owner(doc, sent, k)
                if speaker is not None and speaker.id not in done and not inside(t.start, taken):
                    done.add(speaker.id)
                    comma = next((x for x in toks[n + 2:] if x.text == ","), None)
                    frm = comma.end if comma is not None else toks[n + 1].end     # "according to X, <words>"
                    out.append(self._event(doc, sent, speaker, "generic", frm, False))
        for m in speech().finditer(toks):
            i = m.start
            t = toks[i]
            # "began by congratulating X"; "met in Samarkand, pledging to expand trade"
            at = i if finite_verb(t) else i - 2 if opened_by(toks, i) else participle_of(toks, i, finite_verb)
            if inside(t.start, taken) or at is None \
                    or in_quote(doc, t.start) and not document_words(doc, t.start) \
                    or entity_at(doc, t) is not None:
                continue
            if not_made(toks, i) or names_unquoted(toks, i, m.end):
                continue
            if m.end < len(toks) and toks[m.end].text == ":":
                continue      # "the Minister said:" introduces the words that follow (statements.colon_speeches)
            if receives_not_says(sent, i, m.end, lambda: self._person_object(doc, sent, m.end)):
                continue      # a reception or a visit of courtesy, not words (meetings.py)
            agent = self._as_stated_by(doc, sent, i, m.end)
            speaker = agent or self._speaker(doc, sent, at, m.end)
            if speaker is None or speaker.id in done:
                continue
            naming = m.end == i + 1 and t.lemma in NAMING      # 'called the deal "..." and said': both his
            if not naming:
                done.add(speaker.id)
            self.last_speaker = speaker
            direct = self._first_person(doc, sent, i)
            if (told := document_words(doc, t.start)) is not None:
                taken.append(told)        # the document's words are no one's own: no quoted fragment
            b = _addressee_end(doc, toks, i, m.end)      # "told reporters that ...": the words after
            ev = self._event(doc, sent, speaker, m.value, toks[b - 1].end, direct)
            if naming:
                ev.attrs["frame"] = True      # 'called the deal "..."': the quoted words alone are what he said
            if direct or self._inverted(doc, sent, i, m.end):
                # "..., President X said": the words are those before the attribution
                ev.attrs["text"] = doc.text[sent.start:self._before_attribution(doc, sent, i)].strip(" ,")
            elif agent is not None:
                ev.attrs["text"] = doc.text[sent.start:toks[i - 1].start].strip(" ,")     # "..., as stated by X"
            elif at == i and i > 1 and toks[i - 1].text == "," and not subject_before(doc, sent, i):
                ev.attrs["text"] = doc.text[sent.start:toks[i - 1].start].strip(" ,")   # "..., said X"
            out.append(ev)
            for other in co_speakers(doc, sent, i, speaker) if agent is None else []:
                if other.id not in done:
                    done.add(other.id)
                    out.append(Event(id="", type="statement", evidence=list(ev.evidence), codes=dict(ev.codes),
                                     attrs={**ev.attrs, "speaker": other.id}))
        for speaker, frm in quoted_as(doc, sent):       # "the paper quoted X as saying ..."
            if speaker.id not in done and not inside(frm, taken):
                done.add(speaker.id)
                self.last_speaker = speaker
                out.append(self._event(doc, sent, speaker, "generic", frm, False))
        return out

    @staticmethod
    def _person_object(doc: Doc, sent: Sent, b: int) -> bool:
        for n, t in enumerate(sent.tokens[b:b + 8], b):      # "welcomed UAE Foreign Minister X": past the state
            e = entity_at(doc, t)
            if e is not None and (e.type == "PER" or not person_follows(doc, sent.tokens[n + 1:b + 8])):
                return e.type == "PER"
            if t.text in (",", ".", ";") or t.text.islower() and t.pos not in ("DET", "ADJ"):
                return False
        return False

    def _event(self, doc: Doc, sent: Sent, speaker: Entity, kind: str, content_from: int | None,
               direct: bool) -> Event:
        text = doc.text[content_from:sent.end].strip(" ,:.") if content_from else sent.text
        text = re.sub(r"^(?:(?:in|on|at|during|via|through|to|with)\b[^,;\"“]{0,60}?\s)?that\s+", "", text, flags=re.I)
        return said(doc, sent.start, sent.end, speaker, kind, direct, text)

    def _speaker(self, doc: Doc, sent: Sent, i: int, end: int) -> Entity | None:
        toks = sent.tokens
        subj = subject_before(doc, sent, i)
        # the subject's mention nearest the verb: the same person may be named earlier in the sentence
        first = next((k for k in range(i - 1, -1, -1) if subj and entity_at(doc, toks[k]) is subj[0]
                      and (k == 0 or entity_at(doc, toks[k - 1]) is not subj[0])), 0)
        if subj and (source_of(toks[max(0, first - 4):first]) or unnamed_source(subj[0], toks[i])):
            return None       # "The president's press office announced", "Uzbek officials said": a source
        if subj and (sides := joint_sides(doc, subj, toks[i])) is not None:
            return sides          # "The EU and Uzbekistan reaffirmed": a joint position
        if subj:
            ok = [e for e in subj if speaker_ok(e)]     # "The Chilean delegation expressed": its one person
            return (ok[0].group and side_person(doc, sent, i) or ok[0]) if ok else body_position(subj[0], toks[i])
        # "Xi met his counterpart ... and said": the subject of the first verb of the sentence
        j = i - 1
        while j >= 0 and toks[j].pos == "ADV":
            j -= 1
        if j > 0 and fold(toks[j].text) == "and":
            # "... met B, who thanked A and promised ...": the verb joined is the relative clause's,
            # whose subject is the person "who" stands for (a comma before "and" closes the clause:
            # "met B, who arrived last week, and said": A said)
            near = next((k for k in range(j - 1, 0, -1) if toks[k].pos == "VERB"), None)
            if near is not None and fold(toks[near - 1].text) == "who" and toks[j - 1].text != "," \
                    and not any(x.text == "," for x in toks[near:j]):
                ok = [e for e in subject_before(doc, sent, near) if speaker_ok(e)]
                if ok:
                    return ok[0]
            first = next((k for k in range(j) if toks[k].pos == "VERB" and toks[k].feats.get("Tense") == "Past"
                          and not any(fold(x.text) in ("who", "which") for x in toks[max(0, k - 4):k])), None)
            if first is not None:
                ok = [e for e in subject_before(doc, sent, first) if speaker_ok(e)]
                return ok[0] if ok else None
        # ", said Kosherbayev" / ", Kosherbayev said" at the end of reported words
        if i > 0 and toks[i - 1].text in (",", '"', "”"):
            e = subject_after(doc, sent, end - 1)
            at = next((k for k in range(end, len(toks)) if e is not None and entity_at(doc, toks[k]) is e), None)
            if at is not None and (owned_source(doc, toks, at) or source_of(toks[end:at])):
                return None       # ", the press service of the Mongolian president said": a source
            return e if speaker_ok(e) else side_person(doc, sent, i)
        return side_person(doc, sent, i)      # "The Omani side expressed interest"

    @staticmethod
    def _as_stated_by(doc: Doc, sent: Sent, i: int, b: int) -> Entity | None:
        """"..., as stated by Chile's Trade Minister, Tomás Vidal": the agent is the speaker."""
        toks = sent.tokens
        if not (i > 0 and fold(toks[i - 1].text) == "as" and b < len(toks) and fold(toks[b].text) == "by"):
            return None
        for t in toks[b + 1:b + 14]:
            e = entity_at(doc, t)
            if e is not None and e.type == "PER":
                return e if speaker_ok(e) else None
            if t.text in (".", ";") or t.pos == "VERB":
                break
        return None

    def _according(self, doc: Doc, toks, k: int) -> Entity | None:
        if k < len(toks) and fold(toks[k].text) in ("him", "her"):
            return self.last_speaker
        common = False
        for n, t in enumerate(toks[k:k + 8]):
            e = entity_at(doc, t)
            if t.text == "," and common:
                return None       # "according to the document, X will": a document is the source
            common = common or e is None and t.pos == "NOUN" and t.text.islower() and fold(t.text) not in title_words()
            if e is not None and e.type != "PER" and not common and person_follows(doc, toks[k + n + 1:k + 8]):
                continue          # "according to Foreign Minister of Kazakhstan Murat Nurtleu": the state is his title's
            if e is not None:
                return e if speaker_ok(e) and not source_of(toks[k:k + n]) \
                    and not owned_source(doc, toks, k + n) else None
        return None

    @staticmethod
    def _inverted(doc: Doc, sent: Sent, i: int, b: int) -> bool:
        """"..., Chilean President Jorge Vargas said at the talks", "..., X told reporters": the attribution
        comes last, after a comma; nothing it says follows the verb ending at b, or its addressee."""
        toks = sent.tokens
        k = token_index(sent.tokens, attribution_start(doc, sent, i))
        if not (k and k >= 3 and toks[k - 1].text == ","):
            return False
        b = _addressee_end(doc, toks, i, b)
        nxt = toks[b] if b < len(toks) else None
        return nxt is None or nxt.pos in ("PUNCT", "ADP") and fold(nxt.text) not in ("that",) or nxt.pos == "ADV"

    @staticmethod
    def _first_person(doc: Doc, sent: Sent, i: int) -> bool:
        """"we have already signed ..., President X said": speech in the first person, unquoted."""
        toks = sent.tokens
        start = token_index(sent.tokens, attribution_start(doc, sent, i))
        if start is None or start < 3 or toks[start - 1].text != ",":
            return False
        return any(fold(t.text) in FIRST_PERSON and t.pos in ("PRON", "DET") for t in toks[:start])

    @staticmethod
    def _before_attribution(doc: Doc, sent: Sent, i: int) -> int:
        start = attribution_start(doc, sent, i)
        k = token_index(sent.tokens, start)
        return sent.tokens[k - 1].start if k else sent.start


def _addressee_end(doc: Doc, toks, i: int, b: int) -> int:
    """After "told" (ending at b), where its addressee ends ("told the Peruvian newspaper X")."""
    while toks[i].lemma == "tell" and b < len(toks) and (toks[b].pos in ("DET", "ADJ", "NOUN", "PROPN") or entity_at(doc, toks[b])):
        b += 1
    return b
