"""The Latin form of an actor's name that the pages and the API show beside it.

Extraction romanises a Russian or Kazakh name letter by letter ("Дэвид Кэмерон" -> "Devid
Kemeron"), which is right for a Kazakh or Russian name and wrong for a name whose bearer's own
press writes it in Latin letters: when English news names the same actor, that spelling is kept.
"""
from __future__ import annotations

import unicodedata

import sqlalchemy as sa

from .schema import actor_aliases

# Languages whose news writes names in Latin letters: a name found there is the Latin form as
# its bearer's press writes it ("David Cameron"), better than one romanised from Cyrillic.
LATIN_LANGS = ("en",)


def is_latin(name: str | None) -> bool:
    letters = [ch for ch in name or "" if ch.isalpha()]
    return bool(letters) and all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)


def latin_forms(conn: sa.Connection, rows) -> dict[int, str | None]:
    """The Latin form to show for each actor row: its name when that is Latin already; else the
    longest Latin alias met in English news; else the romanisation (`name_latin`)."""
    ids = [r.id for r in rows if not is_latin(r.name)]
    seen: dict[int, str] = {}
    if ids:
        for actor_id, name in conn.execute(sa.select(actor_aliases.c.actor_id, actor_aliases.c.name).where(
                actor_aliases.c.actor_id.in_(ids), actor_aliases.c.lang.in_(LATIN_LANGS)).order_by(actor_aliases.c.id)):
            if is_latin(name) and len(name) > len(seen.get(actor_id, "")):
                seen[actor_id] = name
    return {r.id: r.name if is_latin(r.name) else seen.get(r.id, r.name_latin) for r in rows}
