"""Meetings: talks, negotiations, receptions, calls, with participants, place, date and mode,
read the same way in every language.

A verb ("встретился", "met with", "кездесті") is a meeting by itself; a noun ("встреча",
"talks", "кездесу") is one when it is held ("состоялась встреча", "talks were held") and not
when it only refers back to one ("в ходе беседы", "following the talks"). The stage goes
through an article in steps: each sentence's meetings (one per counterpart when one person met
several); the meetings no sentence tells by a trigger (a visit, talks the article implies);
the body's meetings (a headline restates the lead and counts only when the body tells none);
one meeting told twice merged into one (meeting_merge.py); the place of those that name none.
A language gives a reader (ru_meetings.py, en/meetings.py, kk/meetings.py) with
  sentence(doc, sent, n)      the meetings the n-th sentence tells,
  visits(doc, found)          meetings no trigger holds, told after the sentences' (or []),
  implied(doc)                a meeting the article implies when its body holds none (or None),
  settled(doc, events)        the meetings before the merge, their sides settled,
  placed(doc, events)         the merged meetings, with the place of those that name none;
its words are data under lang/<xx>/: the triggers (meetings.tsv), the words around them (held,
back, phone, video: meeting_context.tsv) and the single words its rules test (meeting_words.tsv).
"""
from __future__ import annotations

from functools import cache

from ..doc import Doc, Entity, Event, Sent
from ..lang import lexicon, words
from ..nlp.match import PhraseMatcher, fold
from .codes import meeting_codes
from .context import evidence, in_headline
from .meeting_merge import ImpliedMeetings, merge_same  # noqa: F401 (stages.py imports ImpliedMeetings here)
from .readers import reader_for


@cache
def triggers(lang: str) -> PhraseMatcher:
    return PhraseMatcher(lang).add_all((r[0], (r[1], r[2], r[3])) for r in lexicon(lang, "meetings.tsv"))


@cache
def context_words(lang: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for phrase, kind in lexicon(lang, "meeting_context.tsv"):
        out.setdefault(kind, set()).add(phrase)
    return out


@cache
def context_matcher(lang: str, kind: str) -> PhraseMatcher:
    return PhraseMatcher(lang).add_all((p, kind) for p in context_words(lang)[kind])


def framed(doc: Doc, sent: Sent, at: int) -> bool:
    """Does offset `at` stand in the phrase of the event a meeting is held within ("в рамках
    заседания Совета министров обороны СНГ", lang/<xx>/meeting_context.tsv: frame), which runs to
    the next comma or verb?"""
    toks = sent.tokens
    for m in context_matcher(doc.lang, "frame").finditer(toks):
        end = next((k for k in range(m.end, len(toks)) if toks[k].pos in ("VERB", "AUX")
                    or toks[k].text in (",", ";", ".")), len(toks))
        if m.end < end and toks[m.end].start <= at < toks[end - 1].end:
            return True
    return False


def meeting_words(lang: str, kind: str) -> frozenset[str]:
    """The single words of one kind in lang/<xx>/meeting_words.tsv."""
    return words(lang, "meeting_words.tsv", kind)


def mode(doc: Doc, sent: Sent, default: str) -> str:
    """A call by phone or video when the sentence has words of that kind (meeting_context.tsv)."""
    for kind in ("phone", "video"):
        if any(True for _ in context_matcher(doc.lang, kind).finditer(sent.tokens)):
            return kind
    return default


def meeting(doc: Doc, sent: Sent, people: list[Entity], location: str | None, mod: str, how: str, code: str,
            date: str | None = None) -> Event:
    """The meeting of `people` the sentence tells, held `how` (in person, by phone, by video)."""
    return Event(id="", type="meeting", evidence=[evidence(doc, sent.start, sent.end)], modality=mod,
                 codes=meeting_codes(how, code, mod),
                 attrs={"participants": [e.id for e in people], "location": location,
                        "date": date or doc.date, "mode": how})


def enough_sides(lang: str, participants: list[Entity], host_implied: bool = False) -> bool:
    """Two actors make a meeting. One alone does only when it names both sides at once ("the
    leaders", "стороны": meeting_words.tsv `alone`), or when the reader knows the host is implied
    and will be found later (Kazakh "Анкараға сапармен барды": the visit becomes the talks the
    article tells with the host). Every language's reader asks this before it tells a meeting;
    a visit of English or Russian news names its host or is read by `visits` instead, and one
    actor there alone is often the other side of a call told elsewhere."""
    if len(participants) != 1:
        return len(participants) >= 2
    one = participants[0]
    return host_implied or one.group and bool(set(fold(one.name).split()) & meeting_words(lang, "alone"))


def retold(v: Event, participants: list[str]) -> Event:
    """The same meeting with other participants: one of several a sentence tells at once."""
    return Event(id="", type="meeting", evidence=list(v.evidence), modality=v.modality, codes=dict(v.codes),
                 attrs={**v.attrs, "participants": participants})


def their_bodies(ms: list) -> set[str]:
    """The bodies of the persons among the mentions `ms` ("министр МИД X": the ministry)."""
    return {r.org for _, e in ms if e.type == "PER" for r in e.roles}


def sitting(ms: list, bodies: set[str], met_body, out: list[Entity] | None = None) -> list[Entity]:
    """Who of the sentence's mentions `ms` sits at the table, after `out`: persons and groups, and
    a body met as one (`met_body(mention)`) that is not among the persons' `bodies`."""
    out = list(out or [])
    for m, e in ms:
        if e not in out and (e.type == "PER" or e.type == "ORG" and (
                e.group or e.id not in bodies and met_body(m))):
            out.append(e)
    return out


class MeetingReader:
    """What a language's reader does not need to change."""

    def visits(self, doc: Doc, found: list[Event]) -> list[Event]:
        return []

    def implied(self, doc: Doc) -> Event | None:
        return None

    def settled(self, doc: Doc, events: list[Event]) -> list[Event]:
        return events

    def placed(self, doc: Doc, events: list[Event]) -> list[Event]:
        """Where each meeting was held, read by the shared rules (meeting_setting.py)."""
        from .meeting_setting import set_places      # it reads this module's lexicons
        return set_places(doc, events)


class Meetings:
    """The meeting stage, for the languages `langs` (the pipeline may run it at two points)."""
    name = "meetings"
    requires = ("entity_ids",)
    assigns = ("meetings",)

    def __init__(self, langs: tuple[str, ...] = ("ru", "en", "kk")):
        self.langs = langs

    def __call__(self, doc: Doc) -> Doc:
        reader = reader_for("meetings", doc.lang)()
        found = [v for n, sent in enumerate(doc.sents) for v in reader.sentence(doc, sent, n)]
        found += reader.visits(doc, found)
        body = [v for v in found if not in_headline(doc, v.evidence[0].start)]
        if not any(v.modality == "asserted" for v in body) and (implied := reader.implied(doc)) is not None:
            body.insert(0, implied)
        doc.events.extend(reader.placed(doc, merge_same(doc, reader.settled(doc, body or found))))
        return doc
