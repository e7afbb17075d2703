"""How English news lists several projects at once, comes back to them in the plural, and names
project nouns that are no project of its own (a kind in the plural, a part of one told before).

"Three factories are to be located there: a tyre plant by X, a plant for machinery by Y and a
cement works by Z": the plural noun before the colon only counts the projects; each item after
it is one, with the stage the verb before the colon gives and the builder its "by" names. "The
factories" later in the article are those projects again, not a new one.
"""
from __future__ import annotations

import re
from functools import cache

from ...doc import Doc, Event, Sent, Span, Token
from ...nlp.match import fold
from ..projects import project_words
from .clause import mention_at
from .project_stages import stage_at


def _plural(tok: Token) -> bool:
    return tok.feats.get("Number") == "Plur" or tok.text.endswith("s") and tok.lemma != fold(tok.text)


def colon_list(toks: list[Token], b: int, trig: int, later: list[int]) -> int | None:
    """Where a plural project noun (ending at b) with its stage word is followed, in its clause,
    by a colon and more project nouns after it (their starts in `later`): the colon's index."""
    if not _plural(toks[b - 1]):
        return None
    for k in range(max(b, trig), min(len(toks), max(b, trig) + 6)):
        if toks[k].text in (",", ";", "."):
            return None
        if toks[k].text == ":":
            return k if any(s > k for s in later) else None
    return None


def in_series(toks: list[Token], trig: int, sent, found: list[Event]) -> bool:
    """"is building a station in A, reconstructing the B line and designing a terminal in C": a
    stage word after a comma or "and" that follows a project told in the same sentence starts one
    more project of its own (each item is one, however alike their names)."""
    return trig > 0 and (toks[trig - 1].text == "," or fold(toks[trig - 1].text) == "and") and bool(found) \
        and sent.start <= found[-1].evidence[0].start < sent.end and toks[trig].pos == "VERB"


def new_thing(toks: list[Token], a: int, b: int, found: list[Event]) -> bool:
    """"... the railway is being built. The company is also building a new passenger station": a
    project brought in with "a" and a noun no earlier project's name has is one more project, not
    the one told before."""
    k = a - 1
    while k >= 0 and (toks[k].pos in ("ADJ", "NOUN", "NUM") and toks[k].text.islower() or toks[k].text in ("-", "–")
                      or toks[k].pos == "NUM" or toks[k].text.isupper() and len(toks[k].text) <= 3):
        k -= 1            # "a new 1 GW solar power plant": its size and kind
    head = fold(toks[b - 1].text)
    return k >= 0 and fold(toks[k].text) in ("a", "an") and bool(found) \
        and not any(head in fold(v.attrs["name"]).split() for v in found)


def rest_of_count(toks: list[Token], a: int, b: int, found: list[Event]) -> Event | None:
    """"24 schools are being built ... Another 16 schools are under construction": another number
    of the things a project counted is the rest of that project, not a new one."""
    if a < 2 or fold(toks[a - 2].text) != "another" or toks[a - 1].pos != "NUM" or not _plural(toks[b - 1]):
        return None
    head = fold(toks[b - 1].text)
    return next((v for v in reversed(found) if head in fold(v.attrs["name"]).split()), None)


def told_in_plural(toks: list[Token], a: int, b: int, kind: str, found: list[Event]) -> bool:
    """"before the factories start building": "the" and a plural project noun alone, after
    projects of its kind were told, come back to them."""
    return a > 0 and fold(toks[a - 1].text) == "the" and b - a == 1 and _plural(toks[a]) \
        and any(v.attrs["kind"] == kind for v in found)


def told_before(toks: list[Token], a: int, b: int, end: int, found: list[Event]) -> Event | None:
    """"the plant" alone (no name, place or "of" after it) after a project with that noun in its
    name; "the facility", "the project" after any project (the one told last)."""
    k = a - 1
    while k > 0 and (toks[k].pos == "NUM" or toks[k].text in ("-", "–", "$", "€", "£", "million", "billion")
                     or toks[k - 1].text in ("-", "–") and toks[k].text.islower()):
        k -= 1        # "the 450-megawatt plant", "the $210 million plant": its measure does not make it another
    if a == 0 or fold(toks[k].text) != "the" or end != b or b - a != 1:
        return None
    head = fold(toks[a].text)
    return next((v for v in reversed(found)
                 if head in fold(v.attrs["name"]).split() or head in project_words("en", "generic")), None)


@cache
def _known_regions() -> frozenset[str]:
    from ...data import table
    return frozenset(r["name"] for r in table("blocs") if r["lang"] == "en" and r["type"] == "LOC")


def place_made(toks: list[Token], hit, a: int) -> bool:
    """"the creation of the Ordabasy industrial zone": a named place whose name ends in a project
    noun, right after a word of making it, is the project (an organisation so named already is);
    a region or initiative the gazetteer knows ("jointly build the Belt and Road") is not."""
    if hit is None or hit[1].type != "LOC" or hit[1].name in _known_regions():
        return False
    for k in range(max(0, a - 5), a):
        rest = toks[k + 1:a]
        if stage_at(toks, k) is not None and rest and all(
                fold(x.text) in ("the", "of") or hit[0].start <= x.start < hit[0].end for x in rest):
            return True
    return False


def bare_plural(toks: list, a: int, b: int, trig: int) -> bool:
    """A plural project noun right after its verb ("to build refineries"), its noun of making
    ("the building of schools and hospitals") or the "in" of money put in ("will invest ($N) in
    schools"), with no article, number or name."""
    return _plural(toks[b - 1]) and a > 0 and (trig == a - 1 or trig == a - 2 and fold(toks[a - 1].text) == "of"
                                               or fold(toks[a - 1].text) in ("in", "into")
                                               and toks[trig].lemma in project_words("en", "invest"))


def in_a_region(doc: Doc, toks: list, b: int) -> bool:
    """"the reconstruction of water supply networks in the Samarkand region": a plural placed in a
    named region or city (no state) is the works there, not a kind of thing."""
    k = b + 1 if b < len(toks) and fold(toks[b].text) == "in" else None
    if k is not None and k < len(toks) and fold(toks[k].text) == "the":
        k += 1
    hit = mention_at(doc, toks[k]) if k is not None and k < len(toks) else None
    return hit is not None and hit[1].type == "LOC" and hit[1].country is not None or on_named_work(toks, b)


def on_named_work(toks: list, b: int) -> bool:
    """"to upgrade compressor stations on the Uzbek section of the Central Asia-Centre pipeline":
    a plural placed on a named line ("on/along the ... X pipeline", a capitalised word before the
    line's noun, lang/en/project_words.tsv "line") is the works there, not a kind of thing."""
    if not (b + 1 < len(toks) and fold(toks[b].text) in ("on", "along") and fold(toks[b + 1].text) == "the"):
        return False
    for k in range(b + 2, min(len(toks), b + 12)):
        if toks[k].text in (",", ";", ".") or toks[k].pos == "VERB":
            return False
        if fold(toks[k].text) in project_words("en", "line"):
            return any(t.text[:1].isupper() for t in toks[b + 2:k])
    return False



def where_place(doc: Doc, sent: Sent, name: Span) -> str | None:
    """"The EUSR visited Bukhara region, where construction is underway on a solar plant": the
    place a ", where" clause hangs on is the project's, when the clause tells it (no comma between)."""
    toks = sent.tokens
    at = [k for k, t in enumerate(toks) if t.end <= name.start]
    w = next((k for k in reversed(at) if fold(toks[k].text) == "where" or toks[k].text in (",", ";")), None)
    if w is None or w < 2 or fold(toks[w].text) != "where" or toks[w - 1].text != ",":
        return None
    hit = mention_at(doc, toks[w - 2])
    return hit[1].id if hit is not None and hit[1].type in ("LOC", "GPE") else None


def project_subject(toks: list) -> bool:
    """"The project will rehabilitate pipelines and build two plants": a sentence whose subject is
    the project told before lists its parts, one project."""
    return len(toks) > 2 and fold(toks[0].text) in ("the", "this") \
        and fold(toks[1].text) in ("project", "programme", "program")


def set_up_to_build(toks: list, a: int, b: int) -> bool:
    """"a joint venture will be set up to build the plants": a venture (lang/en/ventures.txt) made
    to build something is the builder, not a project of its own."""
    from ...lang import words
    if " ".join(fold(t.text) for t in toks[a:b]) not in words("en", "ventures.txt"):
        return False
    for k in range(b, min(len(toks) - 1, b + 7)):
        if toks[k].text in (",", ";", "."):
            return False
        if fold(toks[k].text) == "to" and fold(toks[k + 1].text) in project_words("en", "building"):
            return True
    return False


def part_of_project(toks: list, a: int) -> bool:
    """"As part of the plan's third stage, a wind farm is to be added", "To implement the
    project, X and Y established a joint venture": a part of a project the article already told,
    or the means to it, not a project of its own."""
    for k in range(a - 1):
        # "The first phase, a spinning factory, ...": the phase of a project told before, named
        if fold(toks[k].text) in project_words("en", "phase") and k > 0 and toks[k + 1].text == "," \
                and (toks[k - 1].pos in ("ADJ", "NUM") or toks[k - 1].rel in ("amod", "nummod")) \
                and fold(toks[k - 1].text) not in ("new",) and k + 6 >= a:
            return True
        # "as part of the project", "to implement the project, X established a joint venture"
        if fold(toks[k].text) == "part" and fold(toks[k + 1].text) == "of" \
                or fold(toks[k].text) in project_words("en", "means"):
            near = [fold(t.text) for t in toks[k + 1:min(a, k + 6)]]
            if any(w in ("project", "plan", "programme", "program") for w in near) \
                    and any(w in ("the", "this", "its") for w in near):
                return True
        # "The works include the construction of 14 bridges": the parts of the project told before
        if fold(toks[k].text) in ("include", "includes", "included") and any(
                fold(t.text) in ("works", "work", "project", "plan") for t in toks[max(0, k - 3):k]):
            return True
    return False


def summed_up(doc: Doc, found: list[Event]) -> list[Event]:
    """"X will launch two large industrial plants ... The largest of them is a copper concentrator":
    a count of projects that the article goes on to tell one by one ("of them") is no project of its own."""
    from .groups import counted
    out = []
    for n, v in enumerate(found):
        words = v.attrs["name"].split()
        count = bool(words) and (words[0].isdigit() or counted(words[0]) is not None) and words[-1].endswith("s")
        told = any(re.search(r"\bof (them|these)\b", doc.text[o.evidence[0].start:o.evidence[0].end], re.I)
                   for o in found[n + 1:])
        if not (count and told):
            out.append(v)
    return out
