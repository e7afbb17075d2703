"""Counts for the dashboard (events by type, sector and country pair) and the actor network
(actors as nodes, shared events as edges, with a starting layout computed on the server that the
network page refines in the browser)."""
from __future__ import annotations

import math
from collections import Counter

import sqlalchemy as sa

from ..store.review import rejected_events
from ..store.schema import actors, articles, event_participants, events


def counts(store) -> dict:
    """What the dashboard shows besides the latest events: totals, events by type, articles by
    sector, and the pairs of states that meet most."""
    with store.connect() as conn:
        live = events.c.id.not_in(rejected_events())
        by_type = dict(conn.execute(sa.select(events.c.type, sa.func.count()).where(live).group_by(
            events.c.type).order_by(sa.func.count().desc())).all())
        sectors: Counter = Counter()
        for (value,) in conn.execute(sa.select(articles.c.sectors).where(
                articles.c.near_duplicate_of.is_(None), articles.c.sectors.is_not(None))):
            sectors.update(value or [])
        ec = sa.select(event_participants.c.event_id, actors.c.country).join(
            actors, actors.c.id == event_participants.c.actor_id).where(
            actors.c.country.is_not(None), event_participants.c.event_id.not_in(rejected_events())).distinct().subquery()
        x, y = ec.alias("x"), ec.alias("y")
        pairs = conn.execute(sa.select(x.c.country, y.c.country, sa.func.count().label("n")).join(
            y, sa.and_(x.c.event_id == y.c.event_id, x.c.country < y.c.country)).group_by(
            x.c.country, y.c.country).order_by(sa.desc("n"), x.c.country, y.c.country).limit(12)).all()
        totals = {"articles": conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar(),
                  "actors": conn.execute(sa.select(sa.func.count()).select_from(actors)).scalar(),
                  "events": sum(by_type.values())}
    return {"totals": totals, "by_type": by_type, "by_sector": dict(sectors.most_common()),
            "by_pair": [{"pair": f"{a}-{b}", "a": a, "b": b, "n": n} for a, b, n in pairs]}


ACTOR_TYPES = ("PER", "ORG", "GPE", "LOC")


def is_group(name: str) -> bool:
    """A group named by what its members are ("стороны", "the sides", "британские депутаты"), not
    a named body: OUTPUT.md keeps such a group as written, and a proper name starts with a
    capital letter in every language kelisim reads."""
    first = next((ch for ch in name if ch.isalpha()), "")
    return first.islower()


def network(store, *, limit: int = 60, types: tuple[str, ...] = ("PER", "ORG"), country: str | None = None,
            width: int = 960, height: int = 640) -> dict:
    """The actors with the most events (of `types`), the events they share, and a layout:
    {nodes: [{id, name, type, country, group, n, x, y, r}], edges: [{a, b, n}]}. `group` marks a
    group named by a common noun (is_group), which the network page hides unless asked."""
    with store.connect() as conn:
        n = sa.func.count(sa.distinct(event_participants.c.event_id))
        q = sa.select(actors.c.id, actors.c.name, actors.c.type, actors.c.country, n.label("n")).join(
            event_participants, event_participants.c.actor_id == actors.c.id).where(
            actors.c.type.in_(types), event_participants.c.event_id.not_in(rejected_events())).group_by(
            actors.c.id, actors.c.name, actors.c.type, actors.c.country)
        if country:
            q = q.where(actors.c.country == country.upper())
        top = conn.execute(q.order_by(sa.desc("n"), actors.c.id).limit(limit)).all()
        ids = [r.id for r in top]
        a, b = event_participants.alias("a"), event_participants.alias("b")
        edges = conn.execute(sa.select(a.c.actor_id, b.c.actor_id, sa.func.count(sa.distinct(a.c.event_id))).join(
            b, sa.and_(a.c.event_id == b.c.event_id, a.c.actor_id < b.c.actor_id)).where(
            a.c.actor_id.in_(ids), b.c.actor_id.in_(ids)).group_by(a.c.actor_id, b.c.actor_id)).all() if ids else []
    nodes = [{"id": r.id, "name": r.name, "type": r.type, "country": r.country, "group": is_group(r.name), "n": r.n}
             for r in top]
    edge_list = [{"a": x, "b": y, "n": k} for x, y, k in edges]
    _layout(nodes, edge_list, width, height)
    return {"nodes": nodes, "edges": edge_list, "width": width, "height": height}


def _layout(nodes: list[dict], edges: list[dict], width: int, height: int) -> None:
    """Fruchterman-Reingold (networkx's spring layout, seeded so a page looks the same on every
    visit), scaled into the picture with a margin for the labels."""
    if not nodes:
        return
    import networkx as nx
    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in nodes)
    g.add_weighted_edges_from((e["a"], e["b"], e["n"]) for e in edges)
    pos = nx.spring_layout(g, seed=7, k=1.6 / math.sqrt(max(len(nodes), 1)), iterations=80)
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    top = max(n["n"] for n in nodes)
    for node in nodes:
        x, y = pos[node["id"]]
        node["x"] = round(70 + (x - min(xs)) / span_x * (width - 140), 1)
        node["y"] = round(30 + (y - min(ys)) / span_y * (height - 60), 1)
        node["r"] = round(4 + 10 * math.sqrt(node["n"] / top), 1)
    where = {n["id"]: n for n in nodes}
    for e in edges:
        e["x1"], e["y1"] = where[e["a"]]["x"], where[e["a"]]["y"]
        e["x2"], e["y2"] = where[e["b"]]["x"], where[e["b"]]["y"]
        e["w"] = round(min(1 + math.log2(e["n"]), 6), 1)
