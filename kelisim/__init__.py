"""kelisim (Kazakh келісім, "agreement"): evidence-backed records of meetings, statements,
agreements and projects from diplomatic and government news.

The public surface is small and re-exported here; tests/test_public_api.py checks it.
"""
from .parallel.threads import one_blas_thread

one_blas_thread()       # before numpy loads, unless the user chose: why in kelisim/parallel/threads.py

from .doc import Doc, Entity, Event, Span  # noqa: E402
from .errors import EvalError, InputError, KelisimError, PipelineError, StoreError
from .pipeline import Extractor, Pipeline
from .read.article import Article

__version__ = "0.1.0"

__all__ = [
    "Article", "Doc", "Entity", "Event", "Span", "Extractor", "Pipeline",
    "KelisimError", "InputError", "PipelineError", "StoreError", "EvalError", "__version__",
]
