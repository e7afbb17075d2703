"""English meetings: talks, negotiations, receptions, calls, with participants, place, date, mode.

A verb phrase ("met with", "held talks", "spoke by phone") is a meeting by itself; "received" or
"hosted" is one when a person is received; a noun ("meeting", "phone conversation") is one when
it is held ("talks were held", "had a phone call") or introduced with its partner ("during a
meeting with X"), and not when it only refers back ("during the meeting", "following the
talks"). Participants are the persons of the sentence, and groups next to the trigger; the place
is a city, venue or state after "in"/"at", else the dateline ("BEIJING."). The lexicons are
lang/en/meetings.tsv and meeting_context.tsv; one meeting told twice is merged as in Russian.
"""
from __future__ import annotations

from functools import cache

from ...doc import Doc, Entity, Event, Sent
from ...lang import lexicon
from ...nlp.match import PhraseMatcher, fold
from ..codes import meeting_codes
from ..context import body_sents, evidence, in_headline, protagonist
from ..meetings import merge_same
from ..quantities import find_dates
from .clause import chain_start, entity_at, in_quote, mention_at, mentions_in, modality, subject_before

PLACE_KINDS = ("capital", "city", "venue", "region", "name", "full", "short", "abbr")
HELD_NEAR = 4


@cache
def triggers() -> PhraseMatcher:
    return PhraseMatcher("en").add_all((r[0], (r[1], r[2], r[3])) for r in lexicon("en", "meetings.tsv"))


@cache
def context(kind: str) -> PhraseMatcher:
    return PhraseMatcher("en").add_all((r[0], r[1]) for r in lexicon("en", "meeting_context.tsv") if r[1] == kind)


def _near(toks, kind: str, a: int, b: int) -> bool:
    m = context(kind)
    return any(m.match_at(toks, k) for k in range(max(0, a), min(len(toks), b)))


def _verb_form(tok) -> bool:
    """A verb as written, not its noun: "met", "meets", "received", "talked"."""
    return tok.pos in ("VERB", "AUX") or tok.lemma != fold(tok.text) and not tok.text[:1].isupper() \
        or fold(tok.text) in ("meet", "talk", "host", "receive", "welcome", "negotiate")


class _Trigger:
    """A meeting trigger found by rule rather than by the lexicon matcher (same shape as a Match)."""

    def __init__(self, start: int, value: tuple[str, str, str]):
        self.start, self.end, self.value = start, start + 1, value


class EnglishMeetings:
    name = "en_meetings"
    requires = ("entity_ids",)
    assigns = ("meetings",)
    langs = ("en",)

    def __call__(self, doc: Doc) -> Doc:
        found: list[Event] = []
        for sent in doc.sents:
            ev = self._sentence(doc, sent)
            if ev is not None:
                found.append(ev)
        body = [v for v in found if not in_headline(doc, v.evidence[0].start)]
        if not body:
            implied = self._implied(doc)
            body = [implied] if implied is not None else []
        merged = merge_same(doc, body or found)
        place = self._dateline(doc)
        for v in merged:
            if v.attrs["location"] is None and place is not None and v.attrs["participants"] \
                    and place.id not in v.attrs["participants"] and v.attrs["mode"] == "in_person":
                v.attrs["location"] = place.id
        doc.events.extend(merged)
        return doc

    def _sentence(self, doc: Doc, sent: Sent) -> Event | None:
        toks = sent.tokens
        for m in triggers().finditer(toks):
            kind, mode, code = m.value
            i = m.start
            if in_quote(doc, toks[i].start):
                continue
            if kind in ("verb", "host") and not _verb_form(toks[i]):
                continue
            if kind == "host" and not self._receives_person(doc, sent, m.end):
                continue
            if kind == "verb" and fold(toks[i].text) in ("meet", "meets", "met") and not self._meets_someone(doc, sent, m.end):
                continue      # "to meet the demand"
            if kind == "noun" and not self._held(doc, sent, m.start, m.end):
                continue
            if kind == "pair" and not (_verb_form(toks[i]) and self._pair(doc, sent, i)):
                continue
            ev = self._event(doc, sent, m.start, m.end, kind, mode, code)
            if ev is not None:
                return ev
        return None

    def _implied(self, doc: Doc) -> Event | None:
        """"... signed a treaty. The ceremony took place following talks in Baku.": the article
        refers to talks it never reports as such; they were held by the two persons who act
        together first (different states, outside quotes)."""
        back = None
        for sent in body_sents(doc):
            for m in triggers().finditer(sent.tokens):
                if m.value[0] == "noun" and m.value[2] != "visit" and not in_quote(doc, sent.tokens[m.start].start) \
                        and _near(sent.tokens, "back", m.start - 3, m.start):
                    back = back or (sent, m)
        if back is None:
            back = self._cosigned(doc)
        if back is None:
            return None
        for sent in body_sents(doc):
            people = []
            for mm, e in mentions_in(doc, sent.start, sent.end, ("PER",)):
                if e not in people and not in_quote(doc, mm.start):
                    people.append(e)
            countries = {e.country for e in people if e.country}
            if len(people) >= 2 and (len(countries) >= 2 or not countries):
                bsent, m = back
                mod = modality(doc, bsent, m.start)
                location = self._location(doc, bsent, people)
                return Event(id="", type="meeting", evidence=[evidence(doc, sent.start, sent.end),
                                                              evidence(doc, bsent.start, bsent.end)],
                             modality=mod, codes=meeting_codes(m.value[1], m.value[2], mod),
                             attrs={"participants": [e.id for e in people[:2]], "location": location,
                                    "date": doc.date, "mode": m.value[1]})
        return None

    @staticmethod
    def _cosigned(doc: Doc):
        """"Tajik Energy Minister A and Uzbek Energy Minister B signed an agreement": two persons of
        two states who sign together have met; the signing verb stands for the meeting."""
        from .agreements import documents, _is_signing
        for sent in body_sents(doc):
            toks = sent.tokens
            for i, t in enumerate(toks):
                if not (_is_signing(t) and t.pos == "VERB" and t.feats.get("Tense") == "Past"):
                    continue
                people = [e for e in subject_before(doc, sent, chain_start(toks, i)) if e.type == "PER"]
                if len({e.country for e in people if e.country}) >= 2 and modality(doc, sent, i) == "asserted" \
                        and any(True for _ in documents().finditer(toks[i:])):
                    return sent, _Trigger(i, ("verb", "in_person", "in_person"))
        return None

    def _held(self, doc: Doc, sent: Sent, a: int, b: int) -> bool:
        toks = sent.tokens
        det = next((k for k in range(a - 1, max(-1, a - 4), -1) if toks[k].pos == "DET"), None)
        if det is not None and _near(toks, "back", det - 3, det) and fold(toks[det].text) not in ("a", "an"):
            return False      # "during the meeting", "following the talks"
        if _near(toks, "held", a - HELD_NEAR, a) or _near(toks, "held", b, b + HELD_NEAR):
            return True       # "held talks", "talks were held", "a meeting took place"
        # "The talks between A and his counterpart B took place in Manama": the first verb after
        k = self._verb_after(toks, b)
        if k is not None and (context("held").match_at(toks, k) or k + 1 < len(toks)
                              and toks[k].pos == "AUX" and context("held").match_at(toks, k + 1)):
            return a == 0 or toks[a - 1].pos == "DET" and a - 1 == 0 or fold(toks[a - 1].text) in ("the", "a")
        # "during a meeting with US President Donald Trump", "in a phone call with X"
        if det is not None and fold(toks[det].text) in ("a", "an") and b < len(toks) and fold(toks[b].text) == "with":
            return True
        # "Talks between A and B focused on transit": the talks of two named persons
        if b < len(toks) and fold(toks[b].text) == "between" and (det is None or fold(toks[det].text) != "the"
                                                                  or det == 0):
            people = {e.id for _, e in mentions_in(doc, toks[b].end, sent.end, ("PER",))}
            return len(people) >= 2
        return False

    @staticmethod
    def _pair(doc: Doc, sent: Sent, i: int) -> bool:
        """"A and B discussed ...", "A discussed ... with B": two persons together."""
        people = [e for e in subject_before(doc, sent, i) if e.type == "PER"]
        if len(people) >= 2:
            return True
        toks = sent.tokens
        for k in range(i + 1, len(toks) - 1):
            if toks[k].text in (".", ";") or toks[k].pos == "VERB":
                break
            if fold(toks[k].text) == "with":
                e = entity_at(doc, toks[k + 1]) or (entity_at(doc, toks[k + 2]) if k + 2 < len(toks) else None)
                return bool(people) and e is not None and e.type == "PER"
        return False

    @staticmethod
    def _verb_after(toks, b: int) -> int | None:
        k = b
        while k < len(toks) and not (toks[k].pos in ("VERB", "AUX") and toks[k].feats.get("VerbForm") != "Ger"):
            k += 1
        return k if k < len(toks) else None

    def _receives_person(self, doc: Doc, sent: Sent, b: int) -> bool:
        """Is a person (or a delegation) the object? States and bodies on the way may be in a
        title: "received the President of the United States of America Donald Trump"."""
        toks = sent.tokens
        for k in range(b, min(len(toks), b + 12)):
            e = entity_at(doc, toks[k])
            if e is not None and (e.type == "PER" or e.group):
                return True
            if toks[k].text in (".", ";") or toks[k].pos == "VERB" and toks[k].feats.get("Tense") == "Past":
                return False
        return False

    def _meets_someone(self, doc: Doc, sent: Sent, b: int) -> bool:
        toks = sent.tokens
        if fold(toks[b - 1].text) == "with" or b < len(toks) and fold(toks[b].text) in ("with", "on", "in", "at", "."):
            return True
        return self._receives_person(doc, sent, b) or bool(subject_before(doc, sent, b - 1)) and len(
            subject_before(doc, sent, b - 1)) > 1

    def _event(self, doc: Doc, sent: Sent, a: int, b: int, kind: str, mode: str, code: str) -> Event | None:
        toks = sent.tokens
        participants = self._participants(doc, sent, a, b)
        hero = protagonist(doc)
        if len(participants) == 1 and hero is not None and hero not in participants \
                and not in_headline(doc, sent.start) and not subject_before(doc, sent, a):
            participants.insert(0, hero)
        if len(participants) < 2 and not (participants and participants[0].group
                                          and fold(participants[0].name).split()[-1] in ("sides", "parties", "leaders")):
            return None
        mod = modality(doc, sent, a)
        if mod == "asserted" and kind == "noun":
            # "The talks between A and B will take place in May": the verb after the noun decides
            k = self._verb_after(toks, b)
            while k is not None and k + 1 < len(toks) and toks[k].pos in ("AUX", "PART", "ADV"):
                k += 1        # "will take place": the modal stands before the main verb
            if k is not None:
                mod = modality(doc, sent, k)
        mode = "phone" if _near(toks, "phone", 0, len(toks)) else "video" if _near(toks, "video", 0, len(toks)) else mode
        location = self._location(doc, sent, participants)
        dates = find_dates(sent.text, "en", doc.date)
        return Event(id="", type="meeting", evidence=[evidence(doc, sent.start, sent.end)], modality=mod,
                     codes=meeting_codes(mode, code, mod),
                     attrs={"participants": [e.id for e in participants], "location": location,
                            "date": dates[0].value if dates else doc.date, "mode": mode})

    def _participants(self, doc: Doc, sent: Sent, a: int, b: int) -> list[Entity]:
        toks = sent.tokens
        out: list[Entity] = []
        near = set(e.id for e in subject_before(doc, sent, chain_start(toks, a)))
        k = b if fold(toks[b - 1].text) == "with" else b + 1 if b < len(toks) and fold(toks[b].text) == "with" else None
        if k is not None and k < len(toks):
            while k < len(toks) and toks[k].pos == "DET":
                k += 1
            e = entity_at(doc, toks[k]) if k < len(toks) else None
            if e is not None:
                near.add(e.id)
        for m, e in mentions_in(doc, sent.start, sent.end):
            if e in out or in_quote(doc, m.start):
                continue
            if e.type == "PER" or e.group and e.id in near:
                out.append(e)
        if not out:
            for m, e in mentions_in(doc, sent.start, sent.end, ("GPE", "ORG")):
                if e.id in near and e not in out:
                    out.append(e)
        return out

    def _location(self, doc: Doc, sent: Sent, participants: list[Entity]) -> str | None:
        kinds = {(s.start, s.end): s.data.get("kind") for s in doc.spans}
        end = sent.end
        toks = sent.tokens
        for k in range(1, len(toks) - 1):
            if toks[k].text == "," and fold(toks[k + 1].text) in ("who", "which", "where", "whose"):
                end = toks[k].start      # "X received Y, who said ... in Astana": not the meeting's place
                break
        for m, e in mentions_in(doc, sent.start, end, ("LOC", "GPE")):
            if e in participants or in_quote(doc, m.start):
                continue
            k = next((n for n, t in enumerate(sent.tokens) if t.start >= m.start), 0)
            prev = sent.tokens[k - 1] if k > 0 else None
            if prev is not None and fold(prev.text) == "the" and k > 1:
                prev = sent.tokens[k - 2]
            if prev is None or fold(prev.text) not in ("in", "at"):
                continue
            if kinds.get((m.start, m.end)) in ("bloc", None) and e.type == "LOC":
                continue      # "a key partner in Central Asia": a region is no meeting place
            return e.id
        return None

    @staticmethod
    def _dateline(doc: Doc) -> Entity | None:
        """"BEIJING. KAZINFORM ...", "Tashkent, Uzbekistan (": the place a story was filed from."""
        sents = body_sents(doc)
        if not sents:
            return None
        toks = sents[0].tokens
        if not toks:
            return None
        hit = mention_at(doc, toks[0])
        if hit is None or hit[1].type not in ("LOC", "GPE"):
            return None
        kind = next((s.data.get("kind") for s in doc.spans if s.start == hit[0].start), None)
        if not hit[0].text.isupper() and kind not in ("capital", "city"):
            return None       # "Kazakhstan, Uzbekistan sign ...": a lead, not a dateline
        after = next((t for t in toks if t.start >= hit[0].end), None)
        if after is None or after.text in (".", ",", "–", "—", "-", "--", "(") or len(toks) == 1 \
                or hit[0].text.isupper():
            return hit[1]
        return None
