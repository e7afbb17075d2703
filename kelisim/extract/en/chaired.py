"""A meeting told by who chaired it and who led the delegations, as official releases of councils
and commissions write it:

    The meeting was chaired by X, High Representative ... The Kyrgyz delegation was led by
    Minister of Foreign Affairs Y.

Neither sentence has a verb of meeting; together, in one paragraph, they put X and Y at one table.
A gathering co-chaired by two or more ("The 5th meeting of the commission was held in Baku,
co-chaired by X and Y") puts its co-chairs at one table by itself. A sentence the sentence
readers already made a meeting of adds nothing."""
from __future__ import annotations

from ...doc import Doc, Entity, Event, Sent
from ...nlp.match import fold
from ..context import body_sents, evidence, mentions_in, paragraph_of
from ..meeting_place import sentence_place
from ..meetings import meeting
from .clause import in_quote, modality

LEAD = {"chaired", "co-chaired", "led", "headed", "presided"}
# the subject's nouns: the gathering that was chaired, or a side's delegation that was led
GATHERING = {"meeting", "session", "talks", "council", "committee", "commission", "consultations", "dialogue"}
SIDE = {"delegation", "delegations"}
PARTICIPLE = {"chaired", "co-chaired"}
CHAIRMANSHIP = {"chairmanship", "co-chairmanship", "chairship", "co-chairship", "chairpersonship", "co-chairpersonship"}
SUBJECT_REACH = 8


def _led_by(doc: Doc, sent: Sent) -> tuple[str, list[Entity]] | None:
    """("gathering" | "side", the persons after "by") where the sentence is "<subject> was
    chaired/led by X"; None otherwise."""
    toks = sent.tokens
    for i in range(1, len(toks) - 1):
        word, before = fold(toks[i].text), fold(toks[i - 1].text)
        participle = before == "," and word in PARTICIPLE       # "..., co-chaired by X and Y"
        if word in CHAIRMANSHIP and before == "the" and i >= 2 and fold(toks[i - 2].text) == "under" \
                and fold(toks[i + 1].text) == "of" and modality(doc, sent, i) == "asserted":
            # "The meeting of the commission was held in Tashkent under the co-chairmanship of X and Y"
            people = [e for _, e in mentions_in(doc, toks[i + 1].end, sent.end, ("PER",))]
            if {fold(t.text) for t in toks[:i - 2]} & GATHERING and len(people) > 1 and word.startswith("co-"):
                return "co-chairs", people
            continue
        if word not in LEAD or (before not in ("was", "were") and not participle) \
                or fold(toks[i + 1].text) != "by" or in_quote(doc, toks[i].start) \
                or modality(doc, sent, i) != "asserted":
            continue
        reach = 0 if participle else max(0, i - SUBJECT_REACH)   # the participle's noun may lie far back
        subject = {fold(t.text) for t in toks[reach:i - 1]}
        what = "side" if subject & SIDE else "gathering" if subject & GATHERING else None
        people = [e for _, e in mentions_in(doc, toks[i + 1].end, sent.end, ("PER",))]
        if what == "gathering" and word == "co-chaired" and len(people) > 1:
            return "co-chairs", people
        if what and people:
            return what, people if word == "co-chaired" else people[:1]
    return None


def chaired_meetings(doc: Doc, found: list[Event]) -> list[Event]:
    told = {(s.start, s.end) for v in found for s in v.evidence}
    by_paragraph: dict[tuple[int, int], list[tuple[Sent, str, list[Entity]]]] = {}
    for s in body_sents(doc):
        if (s.start, s.end) in told or (led := _led_by(doc, s)) is None:
            continue
        by_paragraph.setdefault(paragraph_of(doc, s.start), []).append((s, *led))
    out = []
    for rows in by_paragraph.values():
        people: list[Entity] = []
        for _, _, ps in rows:
            people += [p for p in ps if p not in people]
        if len(people) < 2 or not any(what in ("side", "co-chairs") for _, what, _ in rows):
            continue      # a chair alone
        first = rows[0][0]
        para = paragraph_of(doc, first.start)
        place = next((x for s in body_sents(doc) if para[0] <= s.start < para[1]
                      for x in [sentence_place(doc, s, people)] if x is not None), None)   # "took place in Luxembourg"
        v = meeting(doc, first, people, place, "asserted", "in_person", "in_person")
        v.evidence += [evidence(doc, s.start, s.end) for s, _, _ in rows[1:]]
        out.append(v)
    return out
