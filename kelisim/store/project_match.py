"""Whether two reports are of one project, across months and years (no date window): a campus
announced in March and opened in September is one commitment with two stages.

They must be of the same kind (a campus is a university branch), have close names (or names
that say nothing but the kind), and one of:
- the same owner (a state as owner needs the names to share a content word: a state owns many
  projects), or owners named alike at a place that does not differ ("KIA" / "KIA Qazaqstan");
- the same place finer than a country (a city, a region, a zone): a whole country alone never
  joins two projects, it holds too many;
- the same founding agreement;
- the same stated value (amount and currency) within the window of one news story.
A later report that is only an announcement or an agreement, more than a year after the project
was completed, is a new project (a second phase, another plant), not a stage going backwards.
"""
from __future__ import annotations

import datetime as dt

from .actors import ActorIndex
from .agreement_match import content_words, is_cyrillic
from .names import same_body

KIND_FAMILIES = ({"campus", "university"},)
EARLY = ("announced", "agreed")
VALUE_WINDOW = dt.timedelta(days=7)


def kinds_agree(k1: str | None, k2: str | None) -> bool:
    return k1 == k2 or not k1 or not k2 or "other" in (k1, k2) or any({k1, k2} <= f for f in KIND_FAMILIES)


def names_fit(a: str | None, b: str | None) -> bool | None:
    """True when the names share a content word, False when both have some and share none, None
    when one says nothing but the kind ("plant") or they are in different scripts."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb or is_cyrillic(a or "") != is_cyrillic(b or ""):
        return None
    return bool(wa & wb)


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
    owner = "unknown" if not owners or not theirs else "same" if owners & theirs else "differ"
    if owner == "differ" and place != "differ" and same_body(_names(index, owners), _names(index, theirs)):
        owner = "same"      # "КазНУ имени аль-Фараби" / "КазНУ им. аль-Фараби"; "KIA" / "KIA Qazaqstan"
    if owner == "same" and all(index.is_state(a) for a in owners & theirs) and not names:
        owner = "unknown"   # a state owns many projects: its name alone joins none
    if "differ" in (owner, place):       # one owner's campuses in two cities are two projects
        return None
    founding = bool(rep.agreement and rep.agreement == cand.agreement)
    if owner == "same" or place == "same" or founding or value:
        return (owner == "same", place == "same", founding, bool(names), value)
    return None


def _relation(a: set, b: set, index: ActorIndex) -> str:
    """Places compared finer than a country: a state on either side says nothing."""
    a = {x for x in a if not index.is_state(x)}
    b = {x for x in b if not index.is_state(x)}
    if not a or not b:
        return "unknown"
    return "same" if a & b else "differ"


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

