"""Where an article sets the meetings that name no place of their own, read the same way in every
language (a sentence's own place: meeting_place.py).

The lead paragraph sets the article's events in the first place it marks as where that is a
city or a venue ("in Beijing", "at the Akorda", "Астанада жүрген"), or that something is held,
visited or stayed at, where one goes included ("В Абу-Даби прошел форум", "находящийся с визитом
в Азербайджане", "прибыл с визитом в Азербайджан": meeting_context.tsv held, meeting_words.tsv
visit and stay); not a place that qualifies a person ("Астанадағы елшісі"). An in-person meeting that names no place was held there, unless that place is a side;
else in the city the headline marks as where, when it names one of the sides ("Токаев встретился
с Макроном в Нью-Йорке"; not "Корей компаниясы Ақтөбеде кешен салмақ", a plant's place); else in
the city the story is filed from when one side is at home there ("ТАШКЕНТ. Президент
Узбекистана провел встречу с ..."). A state a meeting names is narrowed to the lead's city in it
("a visit to China" filed from "BEIJING.").
"""
from __future__ import annotations

from ..doc import Doc, Entity, Event, Sent, Span
from ..nlp.match import word_keys
from .context import body_sents, children, in_headline, mention_at, mentions_in, subtree
from .meeting_place import in_place_role, qualifies, quoted
from .meeting_sides import dateline_city, finer_place, lead_paragraph
from .meetings import context_words, meeting_words

SETTINGS = ("capital", "city", "venue")      # the gazetteer's kinds of place a lead sets events in by itself


def _staying(doc: Doc, sent: Sent, h: int) -> bool:
    """"Президент X, находящийся в Тяньцзине для участия в саммите": a verb of kind "stay" said of a
    person (its subject, or the person it qualifies)."""
    toks = sent.tokens
    if not word_keys(toks[h].text, doc.lang) & meeting_words(doc.lang, "stay"):
        return False
    who = toks[h].head if toks[h].rel == "acl" else \
        next((c for c in children(sent, h) if toks[c].rel.startswith("nsubj")), -1)
    return 0 <= who < len(toks) and any((hit := mention_at(doc, toks[x])) is not None and hit[1].type == "PER"
                                        for x in subtree(sent, who) if x < h)


def _sets_event(doc: Doc, sent: Sent, m: Span) -> bool:
    """Is the place where the word it hangs on (or an oblique of that word) holds, visits or stays:
    "прошел в X", "визит в X", "находящийся с визитом в X"?"""
    words = context_words(doc.lang).get("held", set()) | meeting_words(doc.lang, "visit")
    toks = sent.tokens
    for j in (i for i, t in enumerate(toks) if m.start <= t.start < m.end):
        h = toks[j].head
        if not 0 <= h < len(toks):
            continue
        near = [h] + [c for c in children(sent, h) if toks[c].rel == "obl"]
        if any(word_keys(toks[x].text, doc.lang) & words for x in near) or _staying(doc, sent, h):
            return True
    return False


def lead_place(doc: Doc) -> Entity | None:
    """Where the lead paragraph sets the events the article reports (see the module docstring)."""
    lead = lead_paragraph(doc)
    if lead is None:
        return None
    return _set_in(doc, [s for s in doc.sents if lead[0] <= s.start < lead[1]])


def headline_place(doc: Doc) -> tuple[Entity | None, set[str]]:
    """The city the headline marks as where ("Токаев встретился с Макроном в Нью-Йорке"), and the
    entities it names: a meeting of one of them was held there."""
    sents = [s for s in doc.sents if in_headline(doc, s.start)]
    named = {e.id for s in sents for _, e in mentions_in(doc, s.start, s.end)}
    return _set_in(doc, sents, cities_only=True), named


def _set_in(doc: Doc, sents: list[Sent], cities_only: bool = False) -> Entity | None:
    kinds = {(s.start, s.end): s.data.get("kind") for s in doc.spans}
    for sent in sents:
        if sent.start in doc.meta.get("recalled", ()):
            continue          # where a meeting the news only recalls was held (kk/history.py)
        for m, e in mentions_in(doc, sent.start, sent.end, ("LOC", "GPE")):
            if quoted(doc, m.start) or qualifies(doc, m):
                continue      # "Астанадағы елшісі": where an envoy serves, not where events are set
            # a city marked as where; any place where something is held, visited or stayed at,
            # where one goes included ("прибыл с визитом в Азербайджан")
            if in_place_role(doc, sent, m) and kinds.get((m.start, m.end)) in SETTINGS \
                    or not cities_only and in_place_role(doc, sent, m, visit=True) and _sets_event(doc, sent, m):
                return doc.entity(finer_place(doc, e))
    return None


def set_places(doc: Doc, events: list[Event]) -> list[Event]:
    """The in-person meetings that name no place, placed where the article sets them."""
    lead = lead_place(doc)
    headline, named = headline_place(doc)
    filed: list[Entity | None] = []      # read when first needed: it may add the dateline's city to the entities
    ents = {e.id: e for e in doc.entities}

    def filed_city() -> Entity | None:
        if not filed:
            filed.append(filed_from(doc))
            ents.update((e.id, e) for e in doc.entities)
        return filed[0]

    for v in events:
        sides = v.attrs["participants"]
        if v.attrs["location"] is None and v.attrs["mode"] == "in_person" and sides:
            if lead is not None and lead.id not in sides:
                v.attrs["location"] = lead.id
            elif headline is not None and headline.id not in sides and named & set(sides):
                v.attrs["location"] = headline.id
            elif (home := filed_city()) is not None and home.id not in sides \
                    and any(ents[p].country == home.country for p in sides if p in ents):
                v.attrs["location"] = home.id
        where = ents.get(v.attrs["location"])
        city = lead or (filed_city() if where is not None and where.type == "GPE" else None)
        if where is not None and where.type == "GPE" and city is not None and city.type == "LOC" \
                and city.country == where.country:
            v.attrs["location"] = city.id
        _host_of_place(ents, v)
    return events


def _host_of_place(ents: dict, v: Event) -> None:
    """"Владимир Путин — с государственным визитом в Казахстане. Переговоры с Касым-Жомартом
    Токаевым в Астане ...": of two persons at the table in a place of one state, the one of another
    state is the guest; the other, whom the article gives neither a state nor an office, is the host,
    of the place's state."""
    where = ents.get(v.attrs["location"])
    people = [ents[p] for p in v.attrs["participants"] if p in ents and ents[p].type == "PER"]
    if v.modality != "asserted" or where is None or not where.country or len(people) != 2:
        return
    guest = [e for e in people if e.country and e.country != where.country]
    host = [e for e in people if not e.country and not e.roles]
    if len(guest) == 1 and len(host) == 1:
        host[0].country = where.country


def filed_from(doc: Doc) -> Entity | None:
    """The city a story is filed from: "ТАШКЕНТ, 16 ноября. /УЗИНФОРМ/." (meeting_sides.py), "BEIJING.
    KAZINFORM ...", "Tashkent, Uzbekistan ("; in capitals it may follow a lead paragraph ("MOSCOW,
    November 28. /TASS/.")."""
    found = dateline_city(doc)
    if found is not None:
        return found
    sents = body_sents(doc)
    if not sents:
        return None
    starts = {a for a, _ in doc.paragraphs()}
    for x in sents[1:8] if not _starts_place(doc, sents[0]) else []:
        hit = mention_at(doc, x.tokens[0]) if x.tokens and x.start in starts else None
        if hit is not None and hit[0].text.isupper() and hit[1].type == "LOC":
            return hit[1]
    toks = sents[0].tokens
    if not toks:
        return None
    hit = mention_at(doc, toks[0])
    if hit is None or hit[1].type != "LOC":
        return None       # a city; not a state's abbreviation in capitals ("АҚШ-тың елшісі")
    kind = next((s.data.get("kind") for s in doc.spans if s.start == hit[0].start), None)
    if not hit[0].text.isupper() and kind not in ("capital", "city"):
        return None       # "Kazakhstan, Uzbekistan sign ...": a lead, not a dateline
    after = next((t for t in toks if t.start >= hit[0].end), None)
    if after is None or after.text in (".", ",", "–", "—", "-", "--", "(") or len(toks) == 1 \
            or hit[0].text.isupper():
        return hit[1]
    return None


def _starts_place(doc: Doc, sent: Sent) -> bool:
    return bool(sent.tokens) and mention_at(doc, sent.tokens[0]) is not None
