"""English entity rules name a span as written (en/lexicons.written_span): an English name is not
inflected, so its normal form is its text, whatever the rule that found it."""
from __future__ import annotations

import pytest

from kelisim.doc import Doc
from kelisim.extract.en.lexicons import written_span


@pytest.mark.parametrize("text, start, end, kind", [
    ("Officials of Kazatomprom JSC met the delegation.", 13, 28, "ORG"),
    ("The plant stands in the Turkestan region.", 24, 40, "LOC"),
])
def test_written_span_keeps_the_text_as_its_normal_form(text, start, end, kind):
    s = written_span(Doc(text, lang="en"), start, end, type=kind, source="company")
    assert (s.text, s.normal, s.type, s.source) == (text[start:end], text[start:end], kind, "company")
