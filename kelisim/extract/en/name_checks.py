"""Capitalised runs that look like names after a title but are not persons, by how English news
is written:

- a headline capitalises every word, so "Minister Receives Ambassador" puts a verb where a name
  would stand: a name in a headline is named again in the body;
- "Minister of Investments, Industry and Trade", "Chairman of the Board of X": after an office
  and "of", the capitalised words are its field or its body, not a name (unless a given name or a
  surname's ending says otherwise);
- "..., Trend reports.": an agency's credit at the end of a sentence;
- "(Reporting by A; Editing by B)", "By A" alone, "With assistance from A", "A contributed to this
  report": the journalists credited with the story;
- "Central Asian countries": a run before a plural noun modifies it;
- "the grave of national leader X", "the monument to X": a person remembered, not acting.

A run is a name in a list a plural title heads: "the foreign ministers of Spain A, Latvia B and
Poland C" (each state is followed by its minister's name). And a run is a name when an office
follows it as an apposition: "A B, Senior Managing Director of
Blackrock, said" (two words at least, so that "Today, Foreign Minister X" stays out), also when
a state or a firm owns the office: "A B, Azerbaijan's deputy minister of energy, said".
"""
from __future__ import annotations

import re

from ...doc import Doc, Token
from ...lang import words
from ...nlp.match import fold, is_abbr
from ..context import headline_end
from ..gazetteer import gazetteer
from .lexicons import CONNECTORS, CORPORATE, bodies, given_names, is_cap, looks_like_surname, titles
from .project_deals import MONTHS

CREDIT_VERBS = {"reports", "reported", "informs", "writes", "cites"}
MAX_FIELD = 10


def named_in_body(doc: Doc, run: list[Token]) -> bool:
    """Is every word of the run written again after the headline?"""
    end = headline_end(doc)
    body = {t.text for s in doc.sents if s.end > end for t in s.tokens if t.start >= end}
    return all(t.text in body for t in run)


def title_case_headline(doc: Doc) -> bool:
    """Is the headline written in Title Case (most words capitalised)? A first line that is a
    sentence of the lead is not."""
    words_ = [w for w in doc.text[:headline_end(doc)].split() if w[:1].isalpha() and w.lower() != "date"]
    return len(words_) >= 3 and sum(w[:1].isupper() for w in words_) >= 0.8 * len(words_)


def in_headline_only(doc: Doc, run: list[Token]) -> bool:
    return run[0].start < headline_end(doc) and title_case_headline(doc) and not named_in_body(doc, run)


def _has_name_sign(run: list[Token]) -> bool:
    return fold(run[0].text) in given_names() or looks_like_surname(run[-1].text)


def field_of_office(toks: list[Token], i: int, run: list[Token], taken: list[bool]) -> bool:
    """Does the run at token i stand in the "of" complement of an office: "Deputy Minister of
    Investments, Industry, and Trade", "Chairman of the Board"? A place or a body on the way
    ends the field: "the foreign minister of Spain José Albares" names a person."""
    if _has_name_sign(run):
        return False
    if len(run) == 2 and i >= 2 and is_cap(toks[i - 1]) and not taken[i - 1] \
            and fold(toks[i - 2].text) in ("of", "for"):
        return False      # "Deputy Minister of Energy Elnur Mammadli": a one-word field, then the name
    j = i - 1
    steps = 0
    while j >= 0 and steps < MAX_FIELD:
        w = fold(toks[j].text)
        if w in ("of", "for"):
            k = j - 1
            while k >= 0 and fold(toks[k].text) == "the":
                k -= 1
            return k >= 0 and any((m := titles().match_at(toks, s)) is not None and m.end == k + 1
                                  for s in range(max(0, k - 4), k + 1))
        if w in ("and", "&") and _field_title_ends(toks, j):
            return True       # "Minister of Foreign Affairs and Trade": a field added to a whole office
        if w == "on" and j > 0 and bodies().match_at(toks, j - 1) is not None:
            return True       # "the Committee on International Affairs, Defence and Security": its field
        if taken[j] or not (toks[j].text in (",", "&") or w in CONNECTORS or is_cap(toks[j])):
            return False
        j -= 1
        steps += 1
    return False


def agency_credit(toks: list[Token], i: int, run: list[Token]) -> bool:
    """"..., Trend reports.": a one-word source after a comma, with a verb of reporting; its
    journalist may stand between ("..., Kazinform's correspondent in Baku reports")."""
    k = i + len(run)
    if k < len(toks) and toks[k].text in ("'s", "’s"):
        k += 1
    if k < len(toks) and fold(toks[k].text) in words("en", "credit_reporters.txt"):
        k += 1
        if k + 1 < len(toks) and fold(toks[k].text) == "in" and is_cap(toks[k + 1]):
            k += 2
    return len(run) == 1 and i > 0 and toks[i - 1].text in (",", "(") and k < len(toks) \
        and fold(toks[k].text) in CREDIT_VERBS and fold(run[0].text) not in given_names()


def journalist_credit(toks: list[Token], i: int, run: list[Token]) -> bool:
    """"(Reporting by A; Editing by B)": a run after "<credit word> by" (lang/en/credit_by.txt),
    or a byline "By A" that is the whole sentence, names who wrote the story, no actor in it."""
    if i >= 2 and fold(toks[i - 1].text) == "by" and fold(toks[i - 2].text) in words("en", "credit_by.txt"):
        return True
    if _credited_with_another(toks, i):
        return True       # "(Reporting by A in Astana and B in Almaty; ...)": B too
    if i == 0 and _dated_byline(toks[len(run):]):
        return True       # a byline "A Dec 11, 2026" under a headline
    if i >= 2 and fold(toks[i - 1].text) == "from" and fold(toks[i - 2].text) in words("en", "credit_from.txt"):
        return True       # "--With assistance from A."
    if contributed_to_story(toks[i + len(run):]):
        return True       # "AP writer A in Moscow contributed to this report."
    if re.search(r"\w@[\w-]+\.\w", "".join(t.text for t in toks[i + len(run):])) \
            or toks and fold(toks[0].text) == "to" and len(toks) > 1 and fold(toks[1].text) == "contact" \
            or any(fold(t.text) in ("contact", "contacts") and toks[k + 1].text == ":" for k, t in enumerate(toks[:min(3, i)])):
        return True       # "To contact the reporter on this story: A in Almaty at a@agency.net", "Media Contact: A"
    rest = [t for t in toks[i + len(run):] if t.text not in (".", ")", ";", ",")]
    return i == 1 and fold(toks[0].text) == "by" and not rest


def _credited_with_another(toks: list[Token], i: int) -> bool:
    """"Reporting by A in Astana and B in Almaty": a name after "and" in a part of the credit line (up
    to ";" or a bracket) that opens with "<credit word> by"."""
    if i < 3 or fold(toks[i - 1].text) != "and":
        return False
    k = i - 1
    while k > 0 and toks[k - 1].text not in (";", "(", ")"):
        k -= 1
    return any(fold(toks[j].text) == "by" and fold(toks[j - 1].text) in words("en", "credit_by.txt") for j in range(k + 1, min(i, k + 4)))


def _dated_byline(rest: list[Token]) -> bool:
    """"Dec 11, 2026" and nothing else after a name: the line under a headline naming its writer."""
    rest = [t for t in rest if t.text != ","]
    return len(rest) == 3 and rest[0].lemma in MONTHS and rest[1].text.isdigit() and re.fullmatch(r"(19|20)\d\d", rest[2].text) is not None


def contributed_to_story(rest: list[Token]) -> bool:
    """Does the sentence go on "... contributed to this report" (lang/en/credit_to.txt)?"""
    f = [fold(t.text) for t in rest]
    return any(f[k:k + 3] == ["contributed", "to", "this"] and k + 3 < len(f) and f[k + 3] in words("en", "credit_to.txt")
               for k in range(len(f)))


def before_plural_noun(toks: list[Token], i: int, run: list[Token]) -> bool:
    """"the envoys of Japan and Nordic countries": a run right before a
    plural common noun modifies it, as a state's or a region's adjective does, unless a given
    name or a surname's ending says it is a name."""
    k = i + len(run)
    if k >= len(toks) or _has_name_sign(run):
        return False      # "Tokayev talks", "Sergei Lavrov visits"
    if i > 0 and _title_ending_at(toks, i - 1):
        return False      # "President Batbayar Enkhjargal plans to": the office's holder, the verb read as a noun
    t = toks[k]
    return t.text.islower() and t.pos == "NOUN" and (t.feats.get("Number") == "Plur" or t.lemma != fold(t.text))


def remembered(toks: list[Token], i: int) -> bool:
    """"laid a wreath at the grave of national leader Heydar Aliyev": a run after a word of
    remembrance (lang/en/memorials.txt) and "of" or "to", perhaps with a title between."""
    j = i - 1
    while j >= 0 and i - j <= 4 and fold(toks[j].text) not in ("of", "to"):
        if not (toks[j].text.isalpha() or toks[j].text == "-"):
            return False
        j -= 1
    return j >= 1 and fold(toks[j].text) in ("of", "to") and fold(toks[j - 1].text) in words("en", "memorials.txt")


def government_field(toks: list[Token], k: int) -> bool:
    """Does token k open the "of" field of a government office ("Minister of Water Resources and
    Irrigation")? A firm may follow a company's office ("Chairman of Steppe Resources"), never a
    minister's."""
    if k < 2 or fold(toks[k - 1].text) not in ("of", "for"):
        return False
    for s in range(max(0, k - 6), k - 1):
        m = titles().match_at(toks, s)
        if m is not None and m.end == k - 1:
            return not any(fold(t.text) in CORPORATE for t in toks[s:m.end])
    return False


def _field_title_ends(toks: list[Token], j: int) -> bool:
    """Does an office with its own field ("minister of foreign affairs") end right before token j?"""
    for s in range(max(0, j - 6), j):
        m = titles().match_at(toks, s)
        if m is not None and m.end == j and any(fold(t.text) in ("of", "for") for t in toks[s:j]):
            return True
    return False


def not_a_name(doc: Doc, toks: list[Token], i: int, run: list[Token], taken: list[bool]) -> bool:
    # "Governor of Toyama Prefecture Hideki Nomura, who ...": a relative "who" follows a person, not a field
    # "..., Minister of Trade, and A B, EBRD Managing Director": an office apposed after the run, too
    return in_headline_only(doc, run) or field_of_office(toks, i, run, taken) and not before_who(toks, i + len(run), run) \
        and not (i > 0 and fold(toks[i - 1].text) == "and" and apposed(toks, i + len(run), run)) \
        or agency_credit(toks, i, run) or journalist_credit(toks, i, run) or before_plural_noun(toks, i, run) \
        or remembered(toks, i)


def apposed(toks: list[Token], j: int, run: list[Token]) -> bool:
    """Is the run (ending before token j) followed by ", <office>" or ", the <office>"?"""
    if len(run) < 2 or j + 1 >= len(toks) or toks[j].text != ",":
        return False
    k = j + 1
    # "A B, the EBRD Managing Director for Central Asia": a body's short name may stand before the office
    # ("chief executive officer" is an office itself: "chief" is skipped only before another one)
    while k < len(toks) and titles().match_at(toks, k) is None:
        if fold(toks[k].text) in ("the", "a", "senior", "chief") or toks[k].pos == "ADJ" \
                or k + 1 < len(toks) and is_abbr(toks[k].text) and len(toks[k].text) > 1 \
                or gazetteer("en").cue(toks[k].text):     # "the Turkish minister of trade"
            k += 1
            continue
        own = _possessor_end(toks, k)       # "Azerbaijan's deputy minister", "QazaqGaz's chief executive"
        if own is None:
            break
        k = own
    return k < len(toks) and titles().match_at(toks, k) is not None


def _possessor_end(toks: list[Token], k: int) -> int | None:
    """After "Saudi Arabia's" (capitalised words and a possessive) at token k: the next token."""
    j = k
    while j < len(toks) and j - k < 4 and is_cap(toks[j]):
        j += 1
    return j + 1 if j > k and j < len(toks) and toks[j].text in ("'s", "’s") else None


def before_who(toks: list[Token], j: int, run: list[Token]) -> bool:
    """"..., praised by Al Hashimi, who noted ...": a relative "who" follows a person; so does a
    correspondent's "reporting from" ("Al Jazeera's Osman Kaya, reporting from Gabala, said")."""
    return len(run) >= 2 and j + 1 < len(toks) and toks[j].text == "," and (fold(toks[j + 1].text) == "who" or (
        j + 2 < len(toks) and fold(toks[j + 1].text) == "reporting" and fold(toks[j + 2].text) in ("from", "in")))


MAX_LIST = 40


def in_titled_list(toks: list[Token], i: int, taken: list[bool]) -> bool:
    return list_title(toks, i, taken) is not None


def list_title(toks: list[Token], i: int, taken: list[bool]) -> str | None:
    """The office, in the singular, of a list "the foreign ministers of Spain A, Latvia B" that
    the run at token i stands in, right after its state."""
    if i == 0 or not taken[i - 1] or not is_cap(toks[i - 1]):
        return None
    j = i - 1
    while j >= 0 and i - j <= MAX_LIST:
        t = toks[j]
        if t.text in (".", ";", ":") or t.pos in ("VERB", "AUX"):
            return None
        for start in range(max(0, j - 4), j + 1):
            m = titles().match_at(toks, start)
            if m and m.end == j + 1 and fold(t.text).endswith("s") and toks[j].lemma != fold(t.text):
                words_ = [x.text for x in toks[m.start:m.end - 1]] + [toks[j].lemma]
                return m.value or " ".join(w[:1].upper() + w[1:] for w in words_)
        j -= 1
    return None


def after_title(toks: list[Token], i: int) -> bool:
    """Does a title end right before token i, perhaps with an "of ..." complement and a comma
    between ("President of the Republic of Chile Jorge Vargas", "Foreign Minister,
    Murat Nurtleu")? The words between may be capitalised, places or "of", "the", "and"."""
    j = i - 1
    if j >= 0 and toks[j].text == ",":
        j -= 1
    steps = 0
    body_noun = False
    while j >= 0 and steps < 14:
        m = _title_ending_at(toks, j)
        if m:
            return True
        t = toks[j]
        # "Chairman of the Management Board at Steppe Grain company Yerlan Dauletov" (not "Yvette
        # Cooper at Lancaster House": "at" joins only where a company's noun came after it)
        body_noun = body_noun or j == i - 1 and t.text.islower() and bodies().match_at([t], 0) is not None
        # "Ambassador of Malaysia to Kyrgyzstan Azman Yusof": the state of the posting
        if not (is_cap(t) or fold(t.text) in CONNECTORS or t.text == "-" or body_noun and fold(t.text) == "at"
                or body_noun and j == i - 1 or fold(t.text) == "to" and is_cap(toks[j + 1])):
            return False
        j -= 1
        steps += 1
    return False


def _title_ending_at(toks: list[Token], j: int) -> bool:
    for start in range(max(0, j - 4), j + 1):
        m = titles().match_at(toks, start)
        if m and m.end == j + 1:
            return True
    return False
