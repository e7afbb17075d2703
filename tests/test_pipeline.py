"""Building and running pipelines; the public surface re-exported from `kelisim`."""
from __future__ import annotations

import pytest

import kelisim
from kelisim.doc import Doc
from kelisim.errors import PipelineError
from kelisim.pipeline import Pipeline


class Stage:
    def __init__(self, name, requires=(), assigns=(), langs=None, result=None):
        self.name, self.requires, self.assigns, self.langs = name, requires, assigns, langs
        self.result = result
        self.seen = []

    def __call__(self, doc):
        self.seen.append(doc.text)
        return doc if self.result is None else self.result


def test_pipeline_rejects_a_stage_whose_requirements_nobody_assigns():
    with pytest.raises(PipelineError, match="requires \\['sents'\\]"):
        Pipeline([Stage("ner", requires=("sents",))])


def test_pipeline_accepts_stages_in_dependency_order():
    p = Pipeline([Stage("seg", assigns=("sents",)), Stage("ner", requires=("sents",), assigns=("ner",))])
    doc = p(Doc("Текст."))
    assert {"sents", "ner"} <= doc.done


def test_pipeline_rejects_a_stage_that_returns_no_doc():
    p = Pipeline([Stage("bad", result="not a doc")])
    with pytest.raises(PipelineError, match="returned str"):
        p(Doc("Текст."))


def test_pipeline_runs_language_stages_only_where_they_fit():
    ru = Stage("ru_only", langs=("ru",))
    p = Pipeline([ru])
    list(p.pipe([Doc("один", lang="ru"), Doc("two", lang="en")]))
    assert ru.seen == ["один"]


def test_pipeline_batches_keep_order():
    p = Pipeline([Stage("noop")])
    docs = [Doc(str(i)) for i in range(70)]
    assert [d.text for d in p.pipe(docs, batch_size=8)] == [str(i) for i in range(70)]


def test_public_api_is_small_and_complete():
    assert set(kelisim.__all__) == {
        "Article", "Doc", "Entity", "Event", "Span", "Extractor", "Pipeline", "KelisimError", "InputError",
        "PipelineError", "StoreError", "EvalError", "__version__"}
    for name in kelisim.__all__:
        assert hasattr(kelisim, name)
    assert issubclass(kelisim.InputError, kelisim.KelisimError)
