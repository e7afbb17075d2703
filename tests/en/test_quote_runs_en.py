"""English quotations that run over several paragraphs: every paragraph of the run is the
speaker's direct words, though only the last one names the speaker."""
from __future__ import annotations

import pytest

INTRO = "Finance Minister Olga Berezina met investors in Almaty on Monday."


@pytest.mark.parametrize("quote, starts", [
    # the next paragraph reopens the quotation and closes it with the attribution
    ('"Our budget rules will not change next year.\n\n"We want every investor to plan for a decade," '
     "Berezina said.", ["Our budget rules", "We want every investor"]),
    # the next paragraph goes on without a mark of its own
    ('"Our budget rules will not change next year.\n\nWe want every investor to plan for a decade," '
     "Berezina told reporters.", ["Our budget rules", "We want every investor"]),
    # three paragraphs
    ('"Our budget rules will not change.\n\n"Taxes stay where they are.\n\n"We want every investor to plan '
     'ahead," said Berezina.', ["Our budget rules", "Taxes stay", "We want every investor"]),
])
def test_quote_runs_each_paragraph_is_a_direct_statement(extract, look, quote, starts):
    rec = extract(f"{INTRO}\n\n{quote}")
    direct = [v for v in look.events(rec, "statement") if v["direct"]]
    texts = sorted(v["text"] for v in direct)
    assert len(texts) == len(starts) and all(t.startswith(s) for t, s in zip(texts, sorted(starts))), texts
    assert {look.name(rec, v["speaker"]) for v in direct} == {"Olga Berezina"}


def test_quote_runs_an_unclosed_quote_without_attribution_gives_no_speaker(extract, look):
    rec = extract(f'{INTRO}\n\n"Our budget rules will not change next year.\n\nThe talks then moved to trade.')
    assert not [v for v in look.events(rec, "statement") if v["direct"]]
