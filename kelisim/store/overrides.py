"""An analyst's corrections to actor resolution, remembered in `actor_overrides` and applied
every time actors are resolved again (`ingest --rebuild`, and every later ingest).

    merge A B   B's names resolve to A from now on
    split A N   the names N no longer resolve to A; they make an actor of their own

Both rebuild the derived tables from the stored records, so events and commitments follow the
corrected actors (two meetings that now share a participant merge, and so on). Actors are
remembered by type, key and country, not by id, since ids are given afresh by a rebuild.
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from ..errors import StoreError
from .actors import ActorInfo, Entity
from .names import name_key, name_like, type_group
from .schema import actor_aliases, actor_overrides, actors


class Rules:
    def __init__(self, rows=()):
        self.redirects: dict[tuple[str, str], dict] = {}
        self.denied: dict[tuple[str, str], set[str]] = {}
        for row in rows:
            group = type_group(row.actor["type"])
            if row.action == "merge":
                for key in row.other.get("keys") or [row.other["key"]]:
                    self.redirects[(group, key)] = row.actor
            elif row.action == "split":
                for key in row.other["keys"]:
                    self.denied.setdefault((group, key), set()).add(row.actor["key"])

    @classmethod
    def load(cls, conn: sa.Connection) -> Rules:
        return cls(conn.execute(sa.select(actor_overrides).order_by(actor_overrides.c.id)).all())

    def redirect(self, ent: Entity) -> dict | None:
        """The actor an analyst merged this entity's names into, if any."""
        for key in sorted(ent.keys):
            target = self.redirects.get((ent.group, key))
            if target is not None:
                return target
        return None

    def denies(self, ent: Entity, info: ActorInfo) -> bool:
        return self.taken_out(info, ent.key)

    def taken_out(self, info: ActorInfo, key: str) -> bool:
        """Whether an analyst split the name with this key out of this actor."""
        return bool(self.denied.get((info.group, key), set()) & info.keys)


def find_actor(conn: sa.Connection, ref: str | int) -> sa.Row:
    """An actor by id, by name or alias (any case), or by the cross-script key of a name."""
    if isinstance(ref, int) or str(ref).isdigit():
        row = conn.execute(sa.select(actors).where(actors.c.id == int(ref))).first()
        if row is None:
            raise StoreError(f"there is no actor {ref}; `kelisim actors` lists them")
        return row
    ref = str(ref).strip()
    for cond in (sa.func.lower(actor_aliases.c.name) == ref.lower(), actor_aliases.c.key == name_key(ref)):
        ids = conn.execute(sa.select(actor_aliases.c.actor_id).where(cond).distinct()).scalars().all()
        if len(ids) == 1:
            return conn.execute(sa.select(actors).where(actors.c.id == ids[0])).one()
        if len(ids) > 1:
            rows = conn.execute(sa.select(actors).where(actors.c.id.in_(ids)).order_by(actors.c.id)).all()
            listed = "; ".join(f"{r.id} {r.name} ({r.type}, {r.country or '?'})" for r in rows[:10])
            raise StoreError(f"{ref!r} names {len(rows)} actors: {listed}; give the id instead")
    raise StoreError(f"no actor is named {ref!r}; `kelisim actors --query {ref!r}` searches for one")


def _identity(row: sa.Row) -> dict:
    return {"type": row.type, "key": row.key, "country": row.country, "name": row.name}


def _name_keys(conn: sa.Connection, actor: sa.Row) -> list[str]:
    """Keys of the actor's names (not of descriptions such as "глава МИД")."""
    q = sa.select(actor_aliases.c.name, actor_aliases.c.key).where(actor_aliases.c.actor_id == actor.id)
    return sorted({actor.key} | {k for n, k in conn.execute(q) if k and (n == actor.name or name_like(n))})


def _remember(conn: sa.Connection, action: str, actor: dict, other: dict) -> None:
    conn.execute(actor_overrides.insert().values(action=action, actor=actor, other=other,
                                                 created_at=dt.datetime.now(dt.timezone.utc)))


def merge_actors(store, keep: str | int, other: str | int, *, window_days: int | None = None) -> int:
    """Merge actor `other` into `keep`, remember it, rebuild; return the merged actor's new id."""
    from .ingest import rebuild
    with store.write() as conn:
        a, b = find_actor(conn, keep), find_actor(conn, other)
        if a.id == b.id:
            raise StoreError(f"{keep!r} and {other!r} are the same actor ({a.id} {a.name})")
        if type_group(a.type) != type_group(b.type):
            raise StoreError(f"cannot merge {a.type} {a.name!r} with {b.type} {b.name!r}: a person, an "
                             f"organisation and a place stay apart; split or merge within one type")
        _remember(conn, "merge", _identity(a), {**_identity(b), "keys": _name_keys(conn, b)})
        ident = _identity(a)
    rebuild(store, window_days=window_days)
    with store.connect() as conn:
        return find_actor_by_identity(conn, ident)


def split_actor(store, actor: str | int, names: list[str], *, window_days: int | None = None) -> None:
    """Take the names `names` (aliases of `actor`) out of it into an actor of their own; remember."""
    from .ingest import rebuild
    if not names:
        raise StoreError("say which names to split off: --name NAME (repeatable)")
    with store.write() as conn:
        a = find_actor(conn, actor)
        have = {n.lower(): k for n, k in conn.execute(
            sa.select(actor_aliases.c.name, actor_aliases.c.key).where(actor_aliases.c.actor_id == a.id))}
        missing = [n for n in names if n.lower() not in have]
        if missing:
            raise StoreError(f"{a.name!r} (actor {a.id}) has no alias {missing[0]!r}; its names are: "
                             f"{', '.join(sorted(have))}")
        keys = sorted({have[n.lower()] for n in names})
        if a.key in keys or set(have.values()) <= set(keys):
            raise StoreError(f"{', '.join(names)} is how actor {a.id} is named ({a.name!r}): split off "
                             f"its other names instead, which leaves {a.name!r} as it is")
        _remember(conn, "split", _identity(a), {"names": names, "keys": keys})
    rebuild(store, window_days=window_days)


def find_actor_by_identity(conn: sa.Connection, ident: dict) -> int | None:
    q = (sa.select(actors.c.id).join(actor_aliases, actor_aliases.c.actor_id == actors.c.id)
         .where(actor_aliases.c.key == ident["key"]).order_by(actors.c.id))
    ids = [i for i in conn.execute(q).scalars()]
    return ids[0] if ids else None
