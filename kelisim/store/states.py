"""States as actors: one actor per ISO 3166-1 code whatever the script or form of the name
(Казахстан, Қазақстан, Kazakhstan, Republic of Kazakhstan), shown by its name in the reader's
language. The names come from kelisim/data/states.tsv."""
from __future__ import annotations

from functools import cache

from ..data import table
from .names import name_key

# Forms that name the state itself; adjectives and demonyms describe ("казахстанская сторона").
_NAMING = ("name", "full", "short", "name_ambiguous")
STATE_KEY = "state:"          # the key under which the index finds a state's one actor


@cache
def _codes_by_key() -> dict[str, str]:
    found: dict[str, set[str]] = {}
    for row in table("states"):
        if row["kind"] in _NAMING and (key := name_key(row["name"])):
            found.setdefault(key, set()).add(row["code"])
    # A form two states share (Конго) names neither for sure.
    return {k: next(iter(codes)) for k, codes in found.items() if len(codes) == 1}


@cache
def _names() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in table("states"):
        if row["kind"] in ("name", "name_ambiguous"):
            out.setdefault(row["code"], {}).setdefault(row["lang"], row["name"])
    return out


def state_code(name: str) -> str | None:
    """The ISO code of the state `name` names ("Қазақстан" -> "KZ"), or None for anything else
    (a city, a region, an adjective)."""
    return _codes_by_key().get(name_key(name)) if name else None


def state_name(code: str, lang: str) -> str | None:
    """The state's usual name in `lang` (ru, en, kk), falling back to Russian, then English."""
    names = _names().get(code) or {}
    return names.get(lang) or names.get("ru") or names.get("en")


def state_key(code: str) -> str:
    return STATE_KEY + code


def code_in(keys) -> str | None:
    """The ISO code of the first state key among `keys` (see state_key), if any."""
    return next((k[len(STATE_KEY):] for k in keys if k.startswith(STATE_KEY)), None)


def shown_name(actor: dict, lang: str) -> str:
    """An actor's name for a reader of `lang`: a state by its usual name in that language
    (Kazakhstan for an English reader, Казахстан for a Russian one), anything else as stored."""
    name = actor.get("name") or ""
    if actor.get("type") in ("GPE", None) and (code := state_code(name)) and code == (actor.get("country") or code):
        return state_name(code, lang) or name
    return name
