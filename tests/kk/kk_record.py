"""Reading a record in the Kazakh tests: entities by id, events by type."""


def entity(rec: dict, eid: str | None) -> dict | None:
    return next((e for e in rec["entities"] if e["id"] == eid), None)


def name_of(rec: dict, eid: str | None) -> str | None:
    e = entity(rec, eid)
    return e["name"] if e else None


def events(rec: dict, kind: str) -> list[dict]:
    return [v for v in rec["events"] if v["type"] == kind]
