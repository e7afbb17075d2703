"""What actor resolution looks up, read from the store with bounded caches in front.

Every name an actor is found under is a row of `actor_keys`, written with the name:
- `key:<group>`: the name's cross-script key (and, for a person, its nominative's; for a state,
  its ISO code's key), looked up within a type group (names.type_group);
- `sound`: a person's surname sound (names.sound), for Кэмерон / Cameron;
- `letter`: an organisation's first letter, for abbreviations (МИД РК / Министерство ...), and
  `abbr` on an organisation with a name that may abbreviate ("КазНУ"): a full name is compared
  only with those.
The index holds only the states (one per ISO code, a few hundred) and two least-recently-used
caches: actors by id and lookups by key. So an ingest of a million articles takes no more
memory for its actors than one of a thousand, and every change is written through to the
tables at once: an actor dropped from the cache is read back as it was. Resolution reads the
tables inside the batch's transaction, so it sees the actors the batch has just added.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

import sqlalchemy as sa

from . import limits
from .names import countries_agree, has_abbreviation, initial, name_key, name_like, sound, surname_key, type_group
from .person_names import nominative
from .schema import actor_aliases, actor_keys, actors
from .states import STATE_KEY, code_in, state_code, state_key

ACTORS_CACHED = limits.ACTORS
LOOKUPS_CACHED = limits.LOOKUPS

# Built once: an ingest runs these for every name of every article, and building a statement
# costs SQLAlchemy more than SQLite takes to run it.
_ACTOR = sa.select(actors).where(actors.c.id == sa.bindparam("actor_id"))
_ALIASES = sa.select(actor_aliases.c.name).where(actor_aliases.c.actor_id == sa.bindparam("actor_id"))
_KEYS_OF = sa.select(actor_keys.c.kind, actor_keys.c.key).where(actor_keys.c.actor_id == sa.bindparam("actor_id"))
_FOUND = (sa.select(actor_keys.c.actor_id).where(actor_keys.c.kind == sa.bindparam("kind"),
                                                 actor_keys.c.key == sa.bindparam("key"))
          .order_by(actor_keys.c.actor_id))
_SET_WEIGHT = actors.update().where(actors.c.id == sa.bindparam("actor_id")).values(weight=sa.bindparam("weight"))


@dataclass
class ActorInfo:
    id: int
    type: str
    name: str
    key: str
    country: str | None
    name_latin: str | None = None
    names: set[str] = field(default_factory=set)    # its rows in actor_aliases (the name too)
    keys: set[str] = field(default_factory=set)     # its `key:` rows in actor_keys
    found_by: set[tuple[str, str]] = field(default_factory=set)     # all its actor_keys rows
    n: int = 0                                   # mentions so far (actors.weight): the tie-breaker
    is_group: bool = False                       # "казахстанская сторона", "the sides"

    @property
    def group(self) -> str:
        return type_group(self.type)

    def identity(self) -> dict:
        return {"type": self.type, "key": self.key, "country": self.country, "name": self.name}


def match_keys(name: str, type_: str, country: str | None) -> set[str]:
    """The keys a name is found under: its cross-script key, that of its nominative for a
    person, and its state's code for a state (where the country, if known, agrees)."""
    keys = {name_key(name)}
    if type_ == "PER":
        keys.add(name_key(nominative(name)))
    elif type_ == "GPE" and (code := state_code(name)) and countries_agree(code, country):
        keys.add(state_key(code))
    return {k for k in keys if k}


class _LRU(OrderedDict):
    def __init__(self, size: int):
        super().__init__()
        self.size = size

    def put(self, key, value) -> None:
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.size:
            self.popitem(last=False)

    def hit(self, key):
        value = self.get(key)
        if value is not None:
            self.move_to_end(key)
        return value


class _Actors:
    """`index.info`: actors by id, as a read-only mapping over the tables."""

    def __init__(self, index: ActorIndex, size: int):
        self.index, self.cache = index, _LRU(size)

    def get(self, actor_id, default=None) -> ActorInfo | None:
        info = self.cache.hit(actor_id)
        if info is None and isinstance(actor_id, int):
            info = self.index.read_actor(actor_id)
            if info is not None:
                self.cache.put(actor_id, info)
        return default if info is None else info

    def __getitem__(self, actor_id) -> ActorInfo:
        info = self.get(actor_id)
        if info is None:
            raise KeyError(actor_id)
        return info

    def __contains__(self, actor_id) -> bool:
        return self.get(actor_id) is not None


class ActorIndex:
    """Kept in step with the tables by `Resolver`; `bind` it to each batch's connection."""

    def __init__(self, conn: sa.Connection | None = None, actors_cached: int | None = None,
                 lookups_cached: int | None = None) -> None:
        self.conn = conn
        self.info = _Actors(self, actors_cached or ACTORS_CACHED)
        self.states: dict[str, int] = {}                  # ISO code -> its actor
        self.lookups = _LRU(lookups_cached or LOOKUPS_CACHED)     # (kind, key) -> actor ids, by id
        self.weights: dict[int, int] = {}       # actors.weight not yet written: see `flush`

    @classmethod
    def load(cls, conn: sa.Connection) -> ActorIndex:
        index = cls(conn)
        for actor_id, key in conn.execute(sa.select(actor_keys.c.actor_id, actor_keys.c.key).where(
                actor_keys.c.kind.like("key:%"), actor_keys.c.key.startswith(STATE_KEY)).order_by(actor_keys.c.id)):
            index.states.setdefault(code_in([key]), actor_id)
        return index

    def bind(self, conn: sa.Connection) -> None:
        self.conn = conn

    # -- reading ----------------------------------------------------------------------------

    def read_actor(self, actor_id: int) -> ActorInfo | None:
        row = self.conn.execute(_ACTOR, {"actor_id": actor_id}).first()
        if row is None:
            return None
        info = ActorInfo(row.id, row.type, row.name, row.key, row.country, row.name_latin,
                         n=self.weights.get(actor_id, row.weight or 0), is_group=bool(row.is_group))
        info.names = set(self.conn.execute(_ALIASES, {"actor_id": actor_id}).scalars())
        for kind, key in self.conn.execute(_KEYS_OF, {"actor_id": actor_id}):
            info.found_by.add((kind, key))
            if kind.startswith("key:"):
                info.keys.add(key)
        return info

    def found(self, kind: str, key: str) -> tuple[int, ...]:
        """The actors with an actor_keys row (kind, key), lowest id first."""
        ids = self.lookups.hit((kind, key))
        if ids is None:
            ids = tuple(self.conn.execute(_FOUND, {"kind": kind, "key": key}).scalars())
            self.lookups.put((kind, key), ids)
        return ids

    def by_key(self, group: str, key: str) -> tuple[int, ...]:
        return self.found(f"key:{group}", key)

    def by_sound(self, surname_sound: str) -> tuple[int, ...]:
        return self.found("sound", surname_sound)

    def org_names(self, letter: str, abbreviating_only: bool) -> list[tuple[int, str]]:
        """(actor, alias) for every alias of the organisations with a name starting with `letter`
        (`abbreviating_only`: of those with a name that may abbreviate)."""
        q = (sa.select(actor_aliases.c.actor_id, actor_aliases.c.name)
             .join(actor_keys, actor_keys.c.actor_id == actor_aliases.c.actor_id)
             .where(actor_keys.c.kind == "letter", actor_keys.c.key == letter))
        if abbreviating_only:
            q = q.where(actor_aliases.c.actor_id.in_(sa.select(actor_keys.c.actor_id).where(actor_keys.c.kind == "abbr")))
        return self.conn.execute(q.order_by(actor_aliases.c.actor_id, actor_aliases.c.id)).all()

    def is_state(self, actor_id: int | None) -> bool:
        """Whether the actor is a state's one actor (not a city, a region or a body)."""
        return actor_id is not None and actor_id in self.states.values()

    def initials(self, actor_id: int) -> set[str]:
        return {i for k in self.info[actor_id].keys if (i := initial(k))}

    # -- writing (the rows of actors and actor_aliases are written by Resolver) --------------

    def count(self, info: ActorInfo, weight: int) -> None:
        """Add mentions to an actor; the row's weight is written by `flush`, all at once."""
        info.n += weight
        self.weights[info.id] = info.n

    def flush(self) -> None:
        """Write the weights counted since the last flush (one statement for all of them)."""
        if self.weights:
            self.conn.execute(_SET_WEIGHT, [{"actor_id": a, "weight": n} for a, n in self.weights.items()])
            self.weights.clear()

    def add_actor(self, info: ActorInfo) -> None:
        self.info.cache.put(info.id, info)
        self.add_name(info.id, info.name, info.key, stored=False)

    def add_name(self, actor_id: int, name: str, key: str, stored: bool = True) -> None:
        """Index a name of the actor; `stored`: it is a row of actor_aliases. A description
        ("глава МИД", "президент России") is kept but not looked up: it fits other people too."""
        info = self.info[actor_id]
        rows = []
        if stored:
            info.names.add(name)
            if info.type == "ORG" and has_abbreviation(name):
                rows.append(("abbr", ""))
        if key and (name == info.name or name_like(name)):
            rows += self._rows(info, name)
        new = [r for r in dict.fromkeys(rows) if r not in info.found_by]
        if not new:
            return
        self.conn.execute(actor_keys.insert(), [{"actor_id": actor_id, "kind": kind, "key": k} for kind, k in new])
        for kind, k in new:
            info.found_by.add((kind, k))
            if kind.startswith("key:"):
                info.keys.add(k)
                if (code := code_in([k])) is not None:
                    self.states.setdefault(code, actor_id)
            ids = self.lookups.get((kind, k))
            if ids is not None:
                self.lookups[(kind, k)] = tuple(sorted({*ids, actor_id}))

    @staticmethod
    def _rows(info: ActorInfo, name: str) -> list[tuple[str, str]]:
        rows = [(f"key:{info.group}", k) for k in sorted(match_keys(name, info.type, info.country))]
        if info.type == "PER":
            rows.append(("sound", sound(surname_key(name))))
        elif info.type == "ORG":
            rows.append(("letter", name[:1].lower()))
        return rows


def derive_keys(conn: sa.Connection) -> None:
    """Fill actor_keys and actors.weight from the other tables, as a run before them did
    (migration 0005): each actor's name, then its aliases, in the order they were stored."""
    from .schema import mentions
    index = ActorIndex(conn, actors_cached=64)
    for row in conn.execute(sa.select(actors.c.id).order_by(actors.c.id)).all():
        info = index.info[row.id]
        index.add_name(info.id, info.name, info.key, stored=False)
    for actor_id, name, key in conn.execute(sa.select(actor_aliases.c.actor_id, actor_aliases.c.name,
                                                      actor_aliases.c.key).order_by(actor_aliases.c.id)).all():
        index.add_name(actor_id, name, key)
    counts = sa.select(sa.func.count()).where(mentions.c.actor_id == actors.c.id).scalar_subquery()
    conn.execute(actors.update().values(weight=counts))
