"""Whether two reports are of one project, across months and years (no date window): a campus
announced in March and opened in September is one commitment with two stages.

They must be of the same kind (a campus is a university branch), have close names (or names
that say nothing but the kind), and one of:
- the same owner: the same actor, or a company whose name differs only in legal forms and a
  leading state ("China Huadian Steel Pipe Co., Ltd" / "Huadian Steel Pipe Co., Ltd.";
  body_keys.py). A state as owner needs the names to share a content word: a state owns many
  projects. Owners only named alike ("KIA" / "KIA Qazaqstan") at a place that does not differ
  count too, but less: of two projects that fit, the one with the very owner wins;
- the same place finer than a country (a city, a region, a zone), by actor or by the core of
  its name ("Zhambyl Region" / "Жамбыл облысы"): a whole country alone never joins two
  projects, it holds too many;
- the same founding agreement;
- the same stated value (amount and currency) within the window of one news story.
Of two projects that fit, one of the very kind wins over one of kind "other".
A later report that is only an announcement or an agreement, more than a year after the project
was completed, is a new project (a second phase, another plant), not a stage going backwards.
"""
from __future__ import annotations

import datetime as dt

from .actors import ActorIndex
from .agreement_match import content_words, is_cyrillic
from .body_keys import company_key, place_key, same_place_core
from .names import same_body

KIND_FAMILIES = ({"campus", "university"},)
EARLY = ("announced", "agreed")
VALUE_WINDOW = dt.timedelta(days=7)
PREFIX = 5          # letters a stem needs for another that starts with it to be the same word


def kinds_agree(k1: str | None, k2: str | None) -> bool:
    return k1 == k2 or not k1 or not k2 or "other" in (k1, k2) or any({k1, k2} <= f for f in KIND_FAMILIES)


def names_fit(a: str | None, b: str | None) -> bool | None:
    """True when the names share a content word, False when both have some and share none, None
    when one says nothing but the kind ("plant") or they are in different scripts."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb or is_cyrillic(a or "") != is_cyrillic(b or ""):
        return None
    # Russian and Kazakh stems of one word may differ in their ending: "цементн" / "цемент"
    return any(x == y or min(len(x), len(y)) >= PREFIX and (x.startswith(y) or y.startswith(x))
               for x in wa for y in wb)


def score(index: ActorIndex, rep, cand) -> tuple | None:
    """A score for `rep` (events.Report) being the project `cand` (events.Candidate), or None."""
    k1, k2 = rep.attrs.get("kind"), cand.attrs.get("kind")
    if not kinds_agree(k1, k2):
        return None
    names = names_fit(rep.attrs.get("name"), cand.attrs.get("name"))
    value = _same_value(rep, cand)
    if names is False and not value:      # one value, one date: two wordings of one plant
        return None
    if _new_phase(rep, cand):
        return None
    owners, theirs = set(rep.roles.get("owner") or ()), set(cand.actors)
    place = _relation({rep.location} - {None}, {cand.location} - {None}, index)
    owner = _owner_relation(index, owners, theirs)
    if owner == "differ" and place != "differ" and same_body(_names(index, owners), _names(index, theirs)):
        owner = "alike"     # "КазНУ имени аль-Фараби" / "КазНУ им. аль-Фараби"; "KIA" / "KIA Qazaqstan"
    if owner == "same" and (shared := owners & theirs) and all(index.is_state(a) for a in shared) and not names:
        owner = "unknown"   # a state owns many projects: its name alone joins none
    if "differ" in (owner, place):       # one owner's campuses in two cities are two projects
        return None
    founding = bool(rep.agreement and rep.agreement == cand.agreement)
    if owner in ("same", "alike") or place == "same" or founding or value:
        return (owner in ("same", "alike"), place == "same", founding, bool(names), value, owner == "same",
                bool(k1) and k1 == k2)
    return None


def _owner_relation(index: ActorIndex, owners: set[int], theirs: set[int]) -> str:
    """same (an actor in common, or companies whose names differ only in legal forms and a
    leading state), differ, or unknown (one side names no owner)."""
    if not owners or not theirs:
        return "unknown"
    if owners & theirs or _company_keys(index, owners) & _company_keys(index, theirs):
        return "same"
    return "differ"


def _company_keys(index: ActorIndex, ids: set[int]) -> set[str]:
    orgs = {a for a in ids if a in index.info and index.info[a].type == "ORG"}
    return {k for n in _names(index, orgs) if (k := company_key(n))}


def _relation(a: set, b: set, index: ActorIndex) -> str:
    """Places compared finer than a country: a state on either side says nothing."""
    a = {x for x in a if not index.is_state(x)}
    b = {x for x in b if not index.is_state(x)}
    if not a or not b:
        return "unknown"
    if a & b:
        return "same"
    cores_a = {k for n in _names(index, a) if (k := place_key(n))}
    cores_b = {k for n in _names(index, b) if (k := place_key(n))}
    return "same" if any(same_place_core(x, y) for x in cores_a for y in cores_b) else "differ"


def _same_value(rep, cand) -> bool:
    v1, v2 = rep.attrs.get("value"), cand.attrs.get("value")
    if not (isinstance(v1, dict) and isinstance(v2, dict) and v1.get("amount")):
        return False
    close = rep.date is None or cand.date is None or abs(rep.date - cand.date) <= VALUE_WINDOW
    return close and v1.get("amount") == v2.get("amount") and v1.get("currency") == v2.get("currency")


def _new_phase(rep, cand) -> bool:
    if cand.attrs.get("stage") != "completed" or rep.attrs.get("stage") not in EARLY:
        return False
    return bool(rep.date and cand.last and (rep.date - cand.last).days > 365)


def _names(index: ActorIndex, ids: set[int]) -> set[str]:
    info = index.info
    return {n for a in ids if a in info for n in info[a].names | {info[a].name}}

