"""Parts a project is built in (lang/<xx>/project_phases.txt: "очередь", "этап"). News tells a
plant's first part as the plant ("ввела в эксплуатацию первую очередь электростанции") and a later
part as a project of its own, often without naming the thing again once it has been told
("Строительство второй очереди начнётся в 2027 году")."""
from __future__ import annotations

from ..doc import Doc, Event, Sent
from ..lang import words
from ..nlp.match import word_keys
from .context import children


def phase_noun(lang: str, tok) -> bool:
    """A word naming a part of a project: the object of building it is the project, not another thing."""
    return bool(word_keys(tok.text) & words(lang, "project_phases.txt"))


def _later(sent: Sent, i: int) -> int | None:
    """The adjective saying a part comes after the first ("второй", "следующий"), if one does."""
    toks = sent.tokens
    k = i - 1
    if k >= 0 and toks[k].pos == "ADJ" and toks[k].head == i and "первый" not in word_keys(toks[k].text):
        return k
    return None


def _section(lang: str, tok, adjective) -> bool:
    """"Второй участок" of a line (lang/<xx>/project_sections.txt after an ordinal), not a plot of land."""
    return bool(word_keys(tok.text) & words(lang, "project_sections.txt")) \
        and bool(word_keys(adjective.text) & words(lang, "ordinals.txt"))


def _names_nothing(sent: Sent, i: int) -> bool:
    """No noun of its own after the part ("второй очереди станции", "второй очереди — цеха ..."
    name the thing built; "второй очереди" and "второй очереди мощностью 40 тысяч тонн" the thing
    told before)."""
    toks = sent.tokens
    return not any(toks[c].rel in ("nmod", "appos") and c > i and toks[c].pos in ("NOUN", "PROPN")
                   and toks[c].case != "Ins" and not any(toks[g].rel == "case" for g in children(sent, c))
                   for c in children(sent, i))


def phase_start(lang: str, toks: list, start: int) -> int:
    """Where "второй очереди" begins right before a project's name, else the name's start ("второй
    очереди — цеха": the workshop is named for itself)."""
    i = start - 1
    return i - 1 if i > 0 and phase_noun(lang, toks[i]) and toks[i - 1].pos == "ADJ" else start


def later_phases(reader, doc: Doc, sent: Sent, agreements: list[Event], found: list[Event]):
    """"Строительство второй очереди начнётся в 2027 году": a later part of the project told before,
    a project of its own of that kind, read by `reader` (a language's project reader) as if the
    part were a project noun."""
    for a, i in bare_later_phases(doc, sent, found):
        trigger = reader._trigger(doc, sent, i)
        if trigger is not None:
            v = reader._project(doc, sent, a, i + 1, found[-1].attrs["kind"], trigger, agreements)
            v.attrs["another"] = "phase"
            yield v


def same_part(a: Event, b: Event) -> bool:
    """Two later parts named alike ("вторая очередь рудника" in the headline and the lead): one part."""
    ws = b.attrs["name"].split()
    return a.attrs.get("another") == b.attrs.get("another") == "phase" and len(ws) >= 2 \
        and _told_as(a.attrs["name"], *ws[:2])


def _told_as(name: str, adjective: str, noun: str) -> bool:
    """Does a project's name begin with this part ("вторая очередь рудника ...")?"""
    ws = name.split()
    return len(ws) >= 2 and bool(word_keys(ws[0]) & word_keys(adjective)) and bool(word_keys(ws[1]) & word_keys(noun))


def bare_later_phases(doc: Doc, sent: Sent, told: list[Event]) -> list[tuple[int, int]]:
    """(adjective, noun) of each later part the sentence builds without naming its project, when a
    project has been told before it in the article."""
    if not told or not any(e.start < sent.start for v in told for e in v.evidence):
        return []
    toks = sent.tokens
    from .projects import project_nouns
    nouns = {m.start for m in project_nouns(doc.lang).finditer(toks)}
    return [(a, i) for i, t in enumerate(toks) if t.pos == "NOUN" and (a := _later(sent, i)) is not None
            and (phase_noun(doc.lang, t) or _section(doc.lang, t, toks[a])) and _names_nothing(sent, i)
            and not nouns & set(range(i + 1, i + 4))      # "второй очереди — цеха": the workshop
            # "вторая очередь рудника X ... работы на второй очереди": the one told
            and not any(_told_as(v.attrs["name"], toks[a].text, t.text) for v in told)]
