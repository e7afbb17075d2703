"""English sources that are no speakers: a press service named after the person it serves, and
a document cited with "according to"."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("body", [
    # the leader is named at the start of the sentence and again as the owner of the press service
    "President of Mongolia Batbayar Dorj spoke by phone with President of Kazakhstan Aidos Serikov on Friday, "
    "the press service of the Mongolian leader reported.",
    # "according to the document": the document reports, the companies named after it do not speak
    "According to the memorandum, Korean companies will take part in the modernisation of the Almaty metro.",
])
def test_statement_sources_give_no_statement(extract, look, body):
    assert look.events(extract(body), "statement") == []


def test_statement_sources_according_to_a_person_still_speaks(extract, look):
    rec = extract("Minister of Energy Bolat Akhmetov met investors. According to Akhmetov, the grid will be "
                  "modernised by 2030.")
    assert [look.name(rec, v["speaker"]) for v in look.events(rec, "statement")] == ["Bolat Akhmetov"]


@pytest.mark.parametrize("body, speaker", [
    ("Foreign Minister Ilham Aliyev conveyed greetings from the President to the Georgian people.", "Ilham Aliyev"),
    ("Sardor Umarov was received by Prime Minister Nodir Alimov, who conveyed his best wishes to the delegation.",
     "Nodir Alimov"),
])
def test_statement_sources_conveyed_greetings_are_words(extract, look, body, speaker):
    rec = extract(body)
    assert speaker in [look.name(rec, v["speaker"]) for v in look.events(rec, "statement")], rec["events"]
