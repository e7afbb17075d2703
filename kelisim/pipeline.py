"""Building and running the stages that turn an Article into a Doc and a Record.

A stage is a small object configured once, applied as ``stage(doc) -> doc``. It declares
what it ``requires`` and what it ``assigns`` (names in ``Doc.done``), so a pipeline is
checked when it is built, not when it first fails. A stage may also offer
``pipe(docs) -> docs`` to work on a batch (the natasha stage batches sentences through
slovnet); the pipeline uses it when present.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from .doc import Doc, visible
from .errors import PipelineError
from .read.article import Article
from .read.skipped import Skipped


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    langs: tuple[str, ...] | None   # None: every language

    def __call__(self, doc: Doc) -> Doc: ...


class Pipeline:
    def __init__(self, stages: list[Stage]):
        have: set[str] = {"text"}
        for st in stages:
            missing = [r for r in st.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"stage {st.name!r} requires {missing} but no earlier stage assigns them; "
                    f"put a stage assigning them before it")
            have.update(st.assigns)
        self.stages = stages

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, docs: list[Doc]) -> list[Doc]:
        for st in self.stages:
            fit = [d for d in docs if st.langs is None or d.lang in st.langs]
            if not fit:
                continue
            if hasattr(st, "pipe"):
                out = list(st.pipe(fit))
            else:
                out = [st(d) for d in fit]
            for d in out:
                if not isinstance(d, Doc):
                    raise PipelineError(f"stage {st.name!r} returned {type(d).__name__}, not a Doc; "
                                        f"a stage must return the Doc it was given")
                d.done.update(st.assigns)
        return docs


def extraction_failed(article: Article, error: Exception | str) -> Skipped:
    """One line for an article the pipeline failed on: a bug in kelisim, not in the input. A
    worker process sends its error back as text ("ValueError: ...")."""
    what = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
    what = " ".join(what.split())[:300]
    return Skipped(article.source or article.id, f"extraction failed ({what}); this is a bug in kelisim: "
                                                 f"please report it with the article attached")


def doc_from_article(article: Article) -> Doc:
    # A language the source declares (`sources add --lang`) is taken; otherwise it is detected.
    # The stages read the text with its invisible marks as spaces (doc.visible); the record quotes
    # the article as written (meta["raw_text"]).
    text = visible(article.text)
    meta = dict(article.meta)
    if text != article.text:
        meta["raw_text"] = article.text
    return Doc(text=text, title=article.title, date=article.date, source=article.source,
               id=article.id, lang=article.meta.get("lang") or "", meta=meta)


class Extractor:
    """The main job: articles in, records (OUTPUT.md) out. Models load on first use."""

    def __init__(self, langs: Iterable[str] | None = None):
        self._pipeline: Pipeline | None = None
        self.langs = tuple(langs) if langs else None

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            from .stages import default_stages
            self._pipeline = Pipeline(default_stages())
        return self._pipeline

    def docs(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Doc]:
        return self.pipeline.pipe((doc_from_article(a) for a in articles), batch_size=batch_size)

    def process(self, article: Article) -> Doc:
        return next(self.docs([article]))

    def records(self, articles: Iterable[Article], with_text: bool = False, batch_size: int = 32,
                on_error: Callable[[Skipped], None] | None = None) -> Iterator[dict]:
        """Records of `articles`, in order. Without `on_error` an exception in the pipeline ends
        the run; with it, the article at fault is given to `on_error` (as a `Skipped` naming it
        and the error) and left out, and the rest go on: a batch that fails is run again one
        article at a time, so only the bad one is lost."""
        from .record import as_record
        if on_error is None:
            for doc in self.docs(articles, batch_size=batch_size):
                yield as_record(doc, with_text=with_text)
            return
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._isolated(batch, with_text, on_error)
                batch = []
        if batch:
            yield from self._isolated(batch, with_text, on_error)

    def _isolated(self, batch: list[Article], with_text: bool, on_error) -> list[dict]:
        from .record import as_record
        try:
            docs = self.pipeline._run([doc_from_article(a) for a in batch])
            return [as_record(d, with_text=with_text) for d in docs]
        except Exception as e:  # noqa: BLE001 - any bug in any stage: find the article at fault
            if len(batch) > 1:
                return [rec for a in batch for rec in self._isolated([a], with_text, on_error)]
            on_error(extraction_failed(batch[0], e))
            return []

    def extract(self, article: Article, with_text: bool = False) -> dict:
        return next(self.records([article], with_text=with_text))
