"""Exports: the records as JSON lines, every table as CSV or Parquet (zipped), the actor network
as GraphML; store.export writes them, this sends the file."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from ...store.export import FORMATS, export
from ..auth import reader
from ..errors import ApiError
from .common import store_of

router = APIRouter(tags=["exports"], dependencies=[Depends(reader)])
MEDIA = {"jsonl": "application/x-ndjson", "graphml": "application/xml", "csv": "application/zip",
         "parquet": "application/zip"}


@router.get("/exports/{format}")
def download(request: Request, format: str) -> FileResponse:
    """jsonl (one record per article, with text), csv or parquet (a zip, one file per table),
    graphml (actors and shared events; opens in Gephi)."""
    if format not in FORMATS:
        raise ApiError(404, f"no export format {format!r}; use one of {', '.join(FORMATS)}")
    work = Path(tempfile.mkdtemp(prefix="kelisim-export-"))
    try:
        if format in ("csv", "parquet"):
            export(store_of(request), format, work / format)
            path = Path(shutil.make_archive(str(work / f"kelisim-{format}"), "zip", work / format))
        else:
            path = work / f"kelisim.{format}"
            export(store_of(request), format, path)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return FileResponse(path, media_type=MEDIA[format], filename=path.name,
                        background=BackgroundTask(shutil.rmtree, work, ignore_errors=True))
