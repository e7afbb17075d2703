"""What several routers share: the store of the request and the filters of event listings."""
from __future__ import annotations

from fastapi import Query, Request


def store_of(request: Request):
    return request.app.state.store


class EventFilters:
    """Dependency: the filters every event listing takes (all optional, all combined with AND)."""

    def __init__(
        self,
        type: str | None = Query(None, description="meeting, statement, agreement, project (comma-separated for several)."),
        actor: str | None = Query(None, max_length=200, description="An actor id, a name in any script, or an ISO code."),
        country: str | None = Query(None, max_length=2, description="Events with an actor or place of this state (ISO code)."),
        pair: str | None = Query(None, max_length=7, description="Events between two states: KZ-GB."),
        sector: str | None = Query(None, max_length=32, description="A sector code (OUTPUT.md), of the event or its articles."),
        stage: str | None = Query(None, max_length=16, description="Agreements and projects whose commitment is at this stage."),
        modality: str | None = Query(None, max_length=16, description="asserted, planned, possible or negated."),
        since: str | None = Query(None, max_length=10, description="YYYY-MM-DD, inclusive."),
        until: str | None = Query(None, max_length=10, description="YYYY-MM-DD, inclusive."),
        min_sources: int = Query(1, ge=1, le=1000, description="Only events reported by this many articles."),
        include_rejected: bool = Query(False, description="Also events an analyst rejected."),
    ):
        self.values = {k: v for k, v in locals().items() if k != "self"}

    def as_kwargs(self) -> dict:
        return dict(self.values)
