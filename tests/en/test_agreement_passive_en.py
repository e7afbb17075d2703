"""English agreements signed in the passive voice: the subject is the document, so a place or a
company named inside the document's title does not sign it; the signers follow "by", or else
the sides of the meeting sign."""
from __future__ import annotations

import pytest

MEETING = ("Deputy Prime Minister of Kyrgyzstan Aibek Turgunov held talks with Deputy Prime Minister "
           "of Mongolia Bat-Erdene Ganbold in Bishkek on Tuesday.")


@pytest.mark.parametrize("signing, parties", [
    ("Following the talks, an agreement on the expansion of the Issyk-Kul International Airport was signed.",
     {"KG", "MN"}),
    ("After the talks, a protocol of the commission and a contract on supplies for Kumtor Gold Company "
     "were signed.", {"KG", "MN"}),
])
def test_agreement_passive_topic_inside_the_title_is_no_party(extract, look, signing, parties):
    rec = extract(f"{MEETING}\n\n{signing}")
    countries = {e["id"]: e.get("country") for e in rec["entities"]}
    docs = look.events(rec, "agreement")
    assert docs, rec["events"]
    for v in docs:
        assert {countries.get(p) for p in v["parties"]} == parties, v


def test_agreement_passive_signers_after_by(extract, look):
    rec = extract(f"{MEETING}\n\nA memorandum on tourism was signed by Kyrgyzstan and Mongolia.")
    [v] = look.events(rec, "agreement")
    assert sorted(look.names(rec, v["parties"])) == ["Kyrgyzstan", "Mongolia"]
