"""Meetings told twice in one article become one, and meetings implied by a signing."""
from __future__ import annotations

import re

from ..doc import Doc, Event
from ..nlp.match import fold, word_keys
from .codes import meeting_codes
from .cosigners import cosigners


def absorb(into: Event, v: Event, doc: Doc) -> None:
    """A meeting told again in the next sentence: the persons named there are its participants."""
    ents = {e.id: e for e in doc.entities}
    people = [p for p in v.attrs["participants"] if ents[p].type == "PER"]
    if people:
        into.attrs["participants"] = people + [p for p in into.attrs["participants"]
                                               if p not in people and ents[p].type != "PER"]
    into.attrs["location"] = into.attrs["location"] or v.attrs["location"]
    into.evidence.extend(v.evidence)


def merge_same(doc: Doc, events: list[Event]) -> list[Event]:
    """One meeting told twice (headline and lead; a state pair and its leaders) is one event."""
    out: list[Event] = []
    ents = {e.id: e for e in doc.entities}

    def people(v: Event) -> set[str]:
        return {p for p in v.attrs["participants"] if ents[p].type == "PER"}

    def states(v: Event) -> set[str]:
        return {ents[p].country for p in v.attrs["participants"] if ents[p].country}

    def only_states(v: Event) -> bool:
        return all(ents[p].type == "GPE" for p in v.attrs["participants"])

    def _restated(v: Event, o: Event) -> bool:
        """"Токаев провел переговоры с Макроном ... Токаев и Макрон обменялись мнениями": the same
        persons at the table again, with bodies named around them ("в рамках заседания Совета") or
        their states ("По мнению сторон, переговоры Казахстана и России ..."), add no one."""
        pv, po = people(v), people(o)
        if not pv or not pv <= po:
            return False
        if pv == po and len(pv) >= 2:
            return True
        rest = [p for p in v.attrs["participants"] if ents[p].type != "PER"]
        groups = [set(fold(w) for w in ents[p].name.split()) for p in o.attrs["participants"] if ents[p].group]
        return bool(rest) and all(ents[p].type == "GPE" and ents[p].country in states(o)
                                  # "послы" and "новые послы Словакии": the same envoys
                                  or ents[p].group and any(set(fold(w) for w in ents[p].name.split()) <= g
                                                           for g in groups)
                                  or ents[p].group and titled(p, po - pv) for p in rest)

    def titled(group: str, named: set[str]) -> bool:
        """"принял грамоты у новых послов ... Грамоты вручили посол A X, посол B Y": the group is
        named by the title the persons named next hold, so they are its members at the same table."""
        keys = {k for w in ents[group].name.split() for k in word_keys(w, doc.lang)}
        return bool(named) and all(any(keys & word_keys((r.title or "").split()[-1] if r.title else "", doc.lang)
                                       for r in ents[q].roles) for q in named)

    pair = _pair_words(doc.lang)

    def sides_again(v: Event, o: Event) -> bool:
        """"X held talks with Y ... The heads of state then held talks in a narrow format, followed
        by expanded talks with ... ministers A and B": a group that names the two sides (kind
        "pair" of lang/<xx>/meeting_context.tsv) meets again in the talks already told."""
        return len(people(o)) >= 2 and any(
            ents[p].group and not ents[p].country and any(word_keys(w, doc.lang) & pair for w in ents[p].name.split())
            for p in v.attrs["participants"])

    for v in events:
        twin = None
        again = next((o for o in reversed(out) if o.modality == v.modality and (
            sides_again(v, o) or _a_stage(doc, v) and people(v) <= people(o) and len(people(o)) >= 2)), None)
        if again is not None and _earlier(doc, again) == _earlier(doc, v) and not _elsewhere(doc, ents, again, v):
            again.attrs["participants"] += [p for p in v.attrs["participants"]
                                            if ents[p].type == "PER" and p not in again.attrs["participants"]]
            again.attrs["location"] = again.attrs["location"] or v.attrs["location"]
            again.evidence.extend(v.evidence)
            continue
        for o in out:
            if o.modality != v.modality:
                continue
            same = set(v.attrs["participants"]) == set(o.attrs["participants"])
            # "переговоры глав Узбекистана и РФ" and then the two presidents by name
            states_of_leaders = (only_states(v) and states(v) <= states(o)) or \
                                (only_states(o) and states(o) <= states(v))
            if _earlier(doc, o) != _earlier(doc, v) and not (same and _confirmed(doc, o, v)):
                continue      # "поговорили по телефону ... лично общались месяц назад": two meetings
            if _elsewhere(doc, ents, o, v):
                continue      # the same leaders met in the Kremlin and, last year, in Dushanbe
            if same or states_of_leaders or _restated(v, o) or _restated(o, v) or _by_office(doc, ents, o, v):
                twin = o
                break
        if twin is None:
            out.append(v)
            continue
        if len(people(v)) > len(people(twin)) or only_states(twin) and not only_states(v):
            twin.attrs["participants"] = v.attrs["participants"]
        twin.attrs["location"] = twin.attrs["location"] or v.attrs["location"]
        twin.evidence.extend(v.evidence)
    for v in out:
        v.evidence.sort(key=lambda s: s.start)
    return [v for v in out if not _series_told(doc, v, out, people)]


def _series_told(doc: Doc, v: Event, meetings: list[Event], people) -> bool:
    """"X провел серию встреч с руководителями зарубежных вузов. Первой состоялась встреча с Y ...
    Затем X принял Z": a series of meetings (a series noun of lang/<xx>/meeting_words.tsv before a
    plural) that the article then tells one by one is no meeting of its own."""
    from ..lang import words
    sent = doc.sent_at(v.evidence[0].start)
    toks = sent.tokens if sent is not None else []
    series = words(doc.lang, "meeting_words.tsv", "series")
    if v.modality != "asserted" or not any(word_keys(t.text, doc.lang) & series and n + 1 < len(toks)
                                           and toks[n + 1].feats.get("Number") == "Plur" for n, t in enumerate(toks)):
        return False
    others = [o for o in meetings if o is not v and o.modality == "asserted"]
    return len(others) >= 2 and bool(people(v)) and all(any(p in people(o) for o in others) for p in people(v))


def told_before(doc: Doc, meetings: list[Event], at: int | None) -> Event:
    """The last of the meetings, or of two that one sentence tells the one whose sides are all named
    before offset `at` (a signing: "провел переговоры с A, по итогам которых подписали ..., а затем
    встретился с B")."""
    last = meetings[-1]
    if at is None:
        return last
    ents = {e.id: e for e in doc.entities}
    told = [v for v in meetings if v.evidence[0].start == last.evidence[0].start and all(
        any(last.evidence[0].start <= m.start < at for m in ents[p].mentions) for p in v.attrs["participants"])]
    return told[-1] if told else last


def _by_office(doc: Doc, ents: dict, o: Event, v: Event) -> bool:
    """"Министр иностранных дел Казахстана провел переговоры с главой МИД Азербайджана. Мурат
    Нуртлеу и Джейхун Байрамов обсудили ...": a meeting whose sides are named by office or body
    alone, and in the same or the next paragraph two persons of the same states at the table,
    are one meeting."""
    def sides(x: Event) -> tuple[list, set]:
        per = [p for p in x.attrs["participants"] if ents[p].type == "PER"]
        return per, {ents[p].country for p in x.attrs["participants"] if ents[p].country}
    (po, so), (pv, sv) = sides(o), sides(v)
    if bool(po) == bool(pv):
        return False
    bare, named = (so, sv) if not po else (sv, so)
    if len(bare) < 2 or not bare <= named or len(po or pv) < 2:
        return False
    paras = doc.paragraphs()
    at = lambda x: next((i for i, (a, b) in enumerate(paras) if a <= x <= b), None)  # noqa: E731
    i, j = at(o.evidence[0].start), at(v.evidence[0].start)
    return i is not None and j is not None and abs(j - i) <= 1


def _confirmed(doc: Doc, o: Event, v: Event) -> bool:
    """"— На прошлой неделе вы встречались с X. — Да, у нас с ним состоялся разговор": a meeting
    told before the news, and the same persons' meeting told again with no time of its own in the
    very next paragraph, are one."""
    if not _earlier(doc, o) or _earlier(doc, v):
        return False
    paras = doc.paragraphs()
    at = lambda x: next((i for i, (a, b) in enumerate(paras) if a <= x <= b), None)  # noqa: E731
    i, j = at(o.evidence[0].start), at(v.evidence[0].start)
    return i is not None and j == i + 1


def _elsewhere(doc: Doc, ents: dict, o: Event, v: Event) -> bool:
    ol, vl = o.attrs["location"], v.attrs["location"]
    return bool(ol and vl and ol != vl and not _within(ents[ol], ents[vl]) and not _venue_of(doc, ents[ol], ents[vl]))


def _a_stage(doc: Doc, v: Event) -> bool:
    """"Сначала — разговор в узком составе, затем — переговоры в расширенном формате, с участием
    министров и глав компаний": talks told by their format (lang/<xx>/meeting_context.tsv: format)
    are a stage of the talks already told with the same persons, and their groups add no side."""
    from .meetings import context_matcher, context_words      # meetings.py imports this module
    sent = doc.sent_at(v.evidence[0].start)
    return sent is not None and "format" in context_words(doc.lang) \
        and next(context_matcher(doc.lang, "format").finditer(sent.tokens), None) is not None


def _pair_words(lang: str) -> set[str]:
    from .meetings import context_words      # meetings.py imports this module
    return {k for w in context_words(lang).get("pair", ()) for k in word_keys(w, lang)}


def _earlier(doc: Doc, v: Event) -> bool:
    """Is the meeting told as one before the news ("месяц назад", "Предыдущий раз ...")? Words of
    kind "earlier" in lang/<xx>/meeting_context.tsv."""
    from .meetings import context_words      # meetings.py imports this module
    marks = context_words(doc.lang).get("earlier", set())
    # (words without the commas around them: "Напомним, ...", "Ранее, ...")
    if any(word_keys(w) & marks for w in re.findall(r"[\w-]+", v.evidence[0].text)):
        return True
    # "Отметим, что в мае X провела переговоры ..." in a September article: a month named without
    # its day, before the news's month ("3 декабря" dates the news itself, whenever it is published)
    from .quantities import find_dates
    return bool(doc.date) and any(str(f.value)[:7] < doc.date[:7] and not re.search(r"\d", f.text)
                                  for f in find_dates(v.evidence[0].text, doc.lang, doc.date))


def _within(a, b) -> bool:
    """A city and the state it is in name one place at two scales ("Астана", "Казахстан")."""
    return a.country is not None and a.country == b.country and "GPE" in (a.type, b.type)


def _venue_of(doc: Doc, a, b) -> bool:
    """A head of state's residence or a hall (the gazetteer's kind "venue": "Kuksaroy", "Акорда") and
    a place of its state: the talks "in Tashkent" are those "at the Kuksaroy residence"."""
    venues = {(s.start, s.end) for s in doc.spans if s.data.get("kind") == "venue"}
    return a.country is not None and a.country == b.country \
        and any((m.start, m.end) in venues for e in (a, b) for m in e.mentions)


class ImpliedMeetings:
    """"Казахстан и Великобритания заключили договор ..." with a Kazakh and a British official
    named in the article and no meeting told, or two persons of two sides who sign together
    (cosigners.py), or leaders of two sides who watched the signing (kk: "A мен B-нің қатысуымен"):
    the officials met to sign. The inferred meeting
    carries the signing as evidence and says it was inferred."""
    name = "implied_meetings"
    requires = ("meetings", "agreements")
    assigns = ("implied_meetings",)
    langs = ("ru", "kk")

    def __call__(self, doc: Doc) -> Doc:
        if any(v.type == "meeting" and v.modality == "asserted" for v in doc.events):
            return doc
        ents = {e.id: e for e in doc.entities}
        for ag in (v for v in doc.events if v.type == "agreement" and v.modality == "asserted"):
            # "A мен B-нің қатысуымен ... қол қойылды": leaders of two sides who watched it met
            sent = next((s for s in doc.sents if s.start <= ag.evidence[0].start < s.end), None)
            watchers = [ents[i] for i in doc.meta.get("watchers", {}).get(sent.start if sent else None, ())]
            watched = len({e.country for e in watchers if e.country}) >= 2
            officials = watchers if watched else cosigners(doc, ag)
            states = [ents[p].country for p in ag.attrs["parties"] if ents[p].type == "GPE" and ents[p].country]
            for code in dict.fromkeys(states) if not officials else ():
                person = next((e for e in doc.entities if e.type == "PER" and e.country == code and e.roles), None)
                if person is not None:
                    officials.append(person)
            if len(officials) < 2:
                continue
            doc.events.append(Event(
                id="", type="meeting", evidence=list(ag.evidence), modality="asserted",
                codes=meeting_codes("in_person", "in_person", "asserted"),
                # the watchers met where the sentence says it was signed ("Ташкентте ... қатысуымен")
                attrs={"participants": [e.id for e in officials], "date": doc.date,
                       "location": _watched_place(doc, sent, officials) if watched else None,
                       "mode": "in_person", "inferred": "signing"}))
            break
        return doc


def _watched_place(doc: Doc, sent, officials: list) -> str | None:
    from .meeting_place import sentence_place      # meeting_place imports meetings, which imports this module
    return sentence_place(doc, sent, officials)
