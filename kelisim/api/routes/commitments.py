"""Commitments: agreements and projects followed from promise to delivery."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request

from ..auth import reader
from ..errors import RowId
from ..board import board, commitment_rows, get_commitment, page_commitments
from ..paging import Page, page
from .common import store_of

router = APIRouter(tags=["commitments"], dependencies=[Depends(reader)])


class CommitmentFilters:
    def __init__(self, request: Request,
                 status: str | None = Query(None, max_length=16, description="open, overdue, stale, completed, cancelled."),
                 stage: str | None = Query(None, max_length=16, description="announced, agreed, in_progress, completed, cancelled."),
                 kind: str | None = Query(None, max_length=16, description="agreement or project."),
                 actor: str | None = Query(None, max_length=200, description="An actor id, a name, or an ISO code."),
                 country: str | None = Query(None, max_length=2),
                 sector: str | None = Query(None, max_length=32),
                 as_of: str | None = Query(None, max_length=10, description="Status as known on YYYY-MM-DD (default today)."),
                 stale_days: int | None = Query(None, ge=1, le=10000, description="No news for this long is stale.")):
        self.values = {"status": status, "stage": stage, "kind": kind, "actor": actor, "country": country,
                       "sector": sector, "as_of": as_of,
                       "stale_days": stale_days or request.app.state.settings.stale_days}


@router.get("/commitments")
def list_commitments(request: Request, p: Page = Depends(), f: CommitmentFilters = Depends()) -> dict:
    """Commitments, newest news first, with stage, status, deadline and days left."""
    items, nxt = page_commitments(store_of(request), limit=p.limit, cursor=p.key, **f.values)
    return page(items, nxt)


@router.get("/commitments/board")
def commitments_board(request: Request, f: CommitmentFilters = Depends()) -> dict:
    """Commitments in columns by stage, as the board shows them."""
    return {"ok": True, "columns": board(commitment_rows(store_of(request), **f.values))}


@router.get("/commitments/{commitment_id}")
def one_commitment(request: Request, commitment_id: RowId, as_of: str | None = Query(None, max_length=10)) -> dict:
    """A commitment with every report of it (stage, date, article, evidence) and its event."""
    return {"ok": True, **get_commitment(store_of(request), commitment_id, as_of=as_of,
                                         stale_days=request.app.state.settings.stale_days)}
