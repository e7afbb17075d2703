"""The words around a name that may hold its title: before it ("the Deputy Minister of Energy,
Mining, and Water, Timur Aliyev", "the Akim (governor) of Almaty region, Serik Bekov") and in an
apposition after it ("Murat Nurtleu, Kazakhstan's Foreign Minister,"). roles.py splits a window
into offices."""
from __future__ import annotations

from ...doc import Doc, Token
from ...lang import words
from ...nlp.match import fold
from ..context import in_headline
from ..gazetteer import gazetteer
from .clause import mention_at
from .lexicons import bodies, in_titles, is_cap, titles

WINDOW = 22
JOIN = {"of", "for", "the", "and", "'s", "’s", "-", "&", "on", "to", "in"}
BOTH = {"two", "both", "countries", "states", "sides", "nations"}     # "the ministers of the two countries"
QUALIFIERS = words("en", "title_qualifiers.txt")
COUNTERPARTS = {"counterpart", "colleague"}
PLACE_KINDS = {"region", "city", "district", "province", "oblast"}     # "Akim of the region X"
HONORIFIC_TITLES = {"sheikh", "sheikha", "emir", "prince", "princess", "king", "queen", "sultan"}


def _allowed(doc: Doc, t: Token, stop_ids: set[str]) -> bool:
    hit = mention_at(doc, t)
    if hit is not None:
        return hit[1].type != "PER" and hit[1].id not in stop_ids
    w = fold(t.text)
    return is_cap(t) or w in JOIN or w in QUALIFIERS or w in BOTH or in_titles(t) \
        or w in COUNTERPARTS or w in PLACE_KINDS or gazetteer("en").cue(t.text) is not None or t.pos == "ADJ" \
        or w == "at" or t.text.islower() and bodies().match_at([t], 0) is not None    # "Director at X company"


def _state(doc: Doc, t: Token) -> bool:
    hit = mention_at(doc, t)
    return hit is not None and hit[1].type == "GPE"


def _field_comma(doc: Doc, toks: list[Token], j: int) -> bool:
    """"Minister of Energy, Mining, and Water": a comma between the fields of one office,
    plain capitalised words that name nothing themselves."""
    if toks[j].text != "," or j == 0 or j + 1 >= len(toks):
        return False
    prev, nxt = toks[j - 1], toks[j + 1]
    plain = lambda t: is_cap(t) and mention_at(doc, t) is None
    return plain(prev) and (plain(nxt) or fold(nxt.text) == "and")


def window_before(doc: Doc, toks: list[Token], i0: int) -> list[Token]:
    """The tokens before a name that may form its title, from the first title word on, and the
    modifiers before that title (states, adjectives, possessives)."""
    j = i0 - 1
    if j >= 0 and toks[j].text == ",":
        j -= 1
    elif j > 0 and toks[j - 1].text == "," and fold(toks[j].text) in HONORIFIC_TITLES:
        j -= 2        # "the president of the United Arab Emirates, Sheikh Mohamed bin Zayed"
    start = j + 1
    while j >= 0 and i0 - j <= WINDOW:
        if toks[j].text == ")":
            # "the Akim (mayor) of Kostanay city": a gloss inside the title
            k = next((n for n in range(j - 1, max(-1, j - 6), -1) if toks[n].text == "("), None)
            if k is None:
                break
            start, j = k, k - 1
            continue
        if not (_allowed(doc, toks[j], set()) or _field_comma(doc, toks, j)):
            break
        if fold(toks[j].text) == "to" and is_cap(toks[j + 1]) and titles().match_at(toks, j + 1):
            break     # "an invitation from the Crown Prince of Kuwait to President X": his title starts after "to"
        if fold(toks[j].text) == "and" and j + 2 < i0 and toks[j + 2].text in ("'s", "’s") \
                and (gazetteer("en").cue(toks[j + 1].text) is not None or _state(doc, toks[j + 1])):
            break     # "between the UK's Minister for X and Uzbekistan's Deputy Prime Minister B": B's title
        if j == i0 - 1 and fold(toks[j].text) == "and" and j > 0 and toks[j - 1].text == ",":
            break     # "A, Minister of Trade, and B, EBRD Director": ", and" opens the next item, B's own
        start = j
        j -= 1
    return toks[start:i0 if toks[i0 - 1].text != "," else i0 - 1] if i0 > 0 else []


def window_after(doc: Doc, toks: list[Token], i1: int) -> list[Token]:
    """"Murat Nurtleu, Kazakhstan's Foreign Minister, said": the apposition after a name."""
    if i1 >= len(toks) or toks[i1].text != "," or i1 + 1 < len(toks) and fold(toks[i1 + 1].text) == "and":
        return []     # ", and the State Minister of ...": the next item of a list, not an apposition
    k = i1 + 1
    if k + 1 < len(toks) and fold(toks[k].text) in ("the", "a", "an") and toks[k + 1].text.islower():
        k += 1        # "Taalaibek Ibraev, the energy minister, told reporters", "X, an economist at Y"
    out = []
    while k < len(toks) and k - i1 <= WINDOW and toks[k].text != "," and _allowed(doc, toks[k], set()):
        out.append(toks[k])
        k += 1
    if not any(titles().match_at(out, n) for n in range(min(len(out), 6))):
        return []
    if toks[0].pos in ("ADP", "SCONJ") and k < len(toks) and toks[k].text not in (",", ".", ";", ")", "("):
        return []     # "During the talks with X, the Latvian president noted": the clause's subject
    if k < len(toks) and toks[k].text.islower() and toks[k].pos not in ("ADP", "DET", "CCONJ", "PART") \
            and in_headline(doc, toks[k].start):
        return []     # a headline's "A, Chilean Foreign Minister discuss trade": two subjects, no "and"
    return out
