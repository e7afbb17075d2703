"""English rules that recover facts the pipeline missed, each a construction of how news is
written: a column or op-ed its author "penned" is what the author says."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

BEFORE = "Brazilian Foreign Minister Mauro Vieira met students in Lima on Monday.\n\n"


@pytest.mark.parametrize("sentence", [
    'Prior to his visit, Mauro Vieira penned a column for "Folha", outlining the main areas of cooperation.',
    "Mauro Vieira penned an op-ed in a Peruvian daily on the future of the trade bloc.",
    "Vieira also wrote an article for a local newspaper on the prospects of the partnership.",
])
def test_the_author_of_a_column_speaks(extract, look, sentence):
    rec = extract(BEFORE + sentence)
    said = [(look.name(rec, v["speaker"]), v["direct"]) for v in look.events(rec, "statement")]
    assert ("Mauro Vieira", False) in said


def test_a_pen_that_is_a_thing_says_nothing(extract, look):
    rec = extract(BEFORE + "Mauro Vieira received a pen as a gift from the students.")
    assert look.events(rec, "statement") == []
