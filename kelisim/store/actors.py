"""Actors across articles: one row per real person or body, whatever the case, script or spelling.

An entity of a record resolves to an actor by, in order:
1. an analyst's merge (overrides.py) that sends its name to another actor;
2. the cross-script key of any of its names (nlp.translit.name_key: Токаев, Тоқаев, Tokayev)
   among the actor's aliases, same type, countries not in conflict (equal, or one unknown).
   Only names count, not descriptions the record lists as aliases ("глава МИД", "президент
   России": lower case), which fit the next minister or president as well;
3. for a person, the sound of the surname (the key's consonants: Кэмерон / Cameron) with the
   same first initial, or a bare surname ("Нуртлеу") that fits one person only;
4. for an organisation, an abbreviation of the other's name (КазНУ им. аль-Фараби / Казахский
   национальный университет им. аль-Фараби; МИД РК / Министерство иностранных дел Республики
   Казахстан);
otherwise it becomes a new actor. A state is one actor per ISO code whatever the script
(states.py: Казахстан, Қазақстан, Kazakhstan), found under its code before anything else. A
person's name left inflected by a report ("Касым-Жомартом Токаевым") is keyed in the
nominative (person_names.py), and a full name that matches one person exactly is that person
even where the report gives another country: a country read from a description ("прибыл в
Душанбе") is weaker than a full name. An analyst's split keeps the names it took out away from the
actor they were taken from.

Resolution looks actors up in the tables (actor_index.py), with bounded caches in front, so
memory stays flat however many actors the store holds (single writer: one ingest at a time
per database).
"""
from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from .actor_index import ActorIndex, ActorInfo, match_keys
from .names import abbreviates, has_abbreviation, countries_agree, initial, name_key, name_like, sound, surname_key, type_group
from .person_names import nominative
from .states import code_in, state_name
from .schema import actor_aliases, actor_roles, actors, mentions

__all__ = ["ActorIndex", "ActorInfo", "Entity", "Resolver", "match_keys"]


@dataclass
class Entity:
    """An entity of one record, with what resolution needs computed once."""
    type: str
    name: str
    names: list[str]                 # name, aliases, name_latin: all stored as aliases
    matching: list[str]              # those that are names, not descriptions: looked up
    country: str | None
    key: str
    keys: set[str]
    is_group: bool = False

    @classmethod
    def from_record(cls, ent: dict) -> Entity:
        name = (ent.get("name") or "").strip() or "?"
        type_ = ent.get("type") or "ORG"
        if type_ == "PER":
            name = nominative(name)     # the inflected form stays an alias
        names = list(dict.fromkeys(n.strip() for n in [name, *(ent.get("aliases") or []),
                                                       ent.get("name_latin") or ""] if n and n.strip()))
        if ent.get("name") and ent["name"].strip() not in names:
            names.append(ent["name"].strip())
        matching = [n for n in names if n == name or name_like(n)]
        country = ent.get("country") or None
        keys = set().union(*(match_keys(n, type_, country) for n in matching)) if matching else set()
        return cls(type_, name, names, matching, country, name_key(name), keys, bool(ent.get("group")))

    @property
    def group(self) -> str:
        return type_group(self.type)


class Resolver:
    def __init__(self, index: ActorIndex, rules=None):
        from .overrides import Rules
        self.index = index
        self.rules = rules or Rules()

    # -- resolution ---------------------------------------------------------------------

    def match(self, ent: Entity) -> int | None:
        target = self.rules.redirect(ent)
        if target is not None:
            return self._find_identity(target)
        code = code_in(ent.keys)
        if code and (a := self.index.states.get(code)) is not None and not self.rules.denies(ent, self.index.info[a]):
            return a
        keyed = [a for k in sorted(ent.keys) for a in self.index.by_key(ent.group, k)]
        found = [a for a in dict.fromkeys(keyed) if self._fits(a, ent)]
        if not found and ent.type == "PER" and len(ent.key.split()) > 1:
            # a full name that fits exactly: a conflicting country is more likely a misreading
            found = [a for a in dict.fromkeys(keyed) if ent.key in self.index.info[a].keys
                     and not self.rules.denies(ent, self.index.info[a])]
        if not found and ent.type == "PER":
            found = self._by_sound(ent)
        if not found and ent.type == "ORG":
            found = self._by_abbreviation(ent)
        if not found:
            return None
        info = self.index.info
        return max(found, key=lambda a: (ent.country is not None and info[a].country == ent.country,
                                         info[a].n, -a))

    def _fits(self, actor_id: int, ent: Entity) -> bool:
        info = self.index.info[actor_id]
        return countries_agree(info.country, ent.country) and not self.rules.denies(ent, info)

    def _find_identity(self, ident: dict) -> int | None:
        for a in self.index.by_key(type_group(ident["type"]), ident["key"]):
            if countries_agree(self.index.info[a].country, ident.get("country")):
                return a
        return None

    def _by_sound(self, ent: Entity) -> list[int]:
        mine = initial(ent.key)
        found = []
        for name in ent.matching:
            surname = sound(surname_key(name))
            for a in self.index.by_sound(surname):
                info, theirs = self.index.info[a], self.index.initials(a)
                if not self._fits(a, ent) or (mine and theirs and mine not in theirs):
                    continue
                # Without a country on either side, only a full name with a long surname will do.
                if info.country is None and ent.country is None and not (mine and theirs and len(surname) >= 3):
                    continue
                found.append(a)
        found = list(dict.fromkeys(found))
        if len(found) > 1 and not mine:     # a bare surname that fits several people: ambiguous
            return []
        return found

    def _by_abbreviation(self, ent: Entity) -> list[int]:
        found = []
        for name in ent.matching:
            names: dict[int, list[str]] = {}
            for a, other in self.index.org_names(name[:1].lower(), not has_abbreviation(name)):
                names.setdefault(a, []).append(other)
            for a, others in names.items():
                if any(abbreviates(name, other) or abbreviates(other, name) for other in others) and self._fits(a, ent):
                    found.append(a)
        return list(dict.fromkeys(found))

    # -- writing --------------------------------------------------------------------------

    def resolve(self, conn: sa.Connection, ent_json: dict, lang: str | None) -> int:
        ent = Entity.from_record(ent_json)
        weight = len(ent_json.get("mentions") or ()) or 1
        actor_id = self.match(ent)
        if actor_id is None:
            target = self.rules.redirect(ent)
            base = target or {"type": ent.type, "name": ent.name, "key": ent.key, "country": ent.country}
            row = {"type": base["type"], "name": base["name"], "key": base["key"] or ent.key,
                   "country": base.get("country") or ent.country, "name_latin": ent_json.get("name_latin"),
                   "is_group": ent.is_group, "weight": weight}
            code = code_in(ent.keys)
            if code and target is None:
                # a state is shown by its usual names, not the form the first report used
                row.update(name=state_name(code, "ru") or row["name"], country=code,
                           name_latin=state_name(code, "en") or row["name_latin"])
            actor_id = conn.execute(actors.insert(), row).inserted_primary_key[0]
            self.index.add_actor(ActorInfo(actor_id, row["type"], row["name"], row["key"], row["country"],
                                           row["name_latin"], n=weight, is_group=ent.is_group))
        else:
            self._update(conn, actor_id, ent, ent_json, weight)
        info = self.index.info[actor_id]
        new = [n for n in ent.names if n not in info.names and not self.rules.taken_out(info, name_key(n))]
        if new:
            conn.execute(actor_aliases.insert(), [{"actor_id": actor_id, "name": n, "key": name_key(n),
                                                   "lang": lang} for n in new])
            for n in new:
                self.index.add_name(actor_id, n, name_key(n))
        return actor_id

    def _update(self, conn: sa.Connection, actor_id: int, ent: Entity, ent_json: dict, weight: int) -> None:
        """Count the mentions; fill what the actor lacks: a country, a Latin name, a full name
        for a bare surname."""
        info = self.index.info[actor_id]
        self.index.count(info, weight)
        change = {}
        if info.country is None and ent.country:
            change["country"] = info.country = ent.country
        if info.type == "PER" and len(info.name.split()) == 1 and len(ent.name.split()) > 1:
            change["name"], change["key"] = ent.name, ent.key
            info.name, info.key = ent.name, ent.key
        if info.name_latin is None and ent_json.get("name_latin"):
            change["name_latin"] = info.name_latin = ent_json["name_latin"]
        if change:
            conn.execute(actors.update().where(actors.c.id == actor_id).values(**change))

    def resolve_record(self, conn: sa.Connection, record: dict, article_id: str,
                       date) -> dict[str, int]:
        """Resolve every entity of a record; store its mentions and roles. Returns the map from
        the record's entity ids (e1) to actor ids."""
        lang = record.get("lang")
        amap: dict[str, int] = {}
        for ent in record.get("entities") or ():
            if ent.get("id"):
                amap[ent["id"]] = self.resolve(conn, ent, lang)
        self.index.flush()
        mention_rows, role_rows, seen_roles = [], [], set()
        for ent in record.get("entities") or ():
            actor_id = amap.get(ent.get("id"))
            if actor_id is None:
                continue
            for m in ent.get("mentions") or ():
                mention_rows.append({"article_id": article_id, "actor_id": actor_id, "entity": ent["id"],
                                     "start": int(m.get("start", 0)), "end": int(m.get("end", 0)),
                                     "text": m.get("text") or ""})
            for role in ent.get("roles") or ():
                title = (role.get("title") or "").strip()
                org = amap.get(role.get("org")) if role.get("org") else None
                if title and (actor_id, title, org) not in seen_roles:
                    seen_roles.add((actor_id, title, org))
                    role_rows.append({"actor_id": actor_id, "title": title, "org_id": org,
                                      "date": date, "article_id": article_id})
        if mention_rows:
            conn.execute(mentions.insert(), mention_rows)
        if role_rows:
            conn.execute(actor_roles.insert(), role_rows)
        return amap
