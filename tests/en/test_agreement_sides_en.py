"""English agreements: who signs when the document does not say (the meeting told in the same
sentence, the headline's pair), documents listed after "signed:", and signings only intended."""
from __future__ import annotations

import pytest


def agreements(look, rec, modality="asserted"):
    return [(v["doc_type"], sorted(e["country"] for e in rec["entities"] if e["id"] in v["parties"]))
            for v in look.events(rec, "agreement", modality)]


@pytest.mark.parametrize("headline, body, expected", [
    ("Ministers meet in New York",
     "Kyrgyz Foreign Minister Jeenbek Kulubaev met with the foreign ministers of Austria and Chile. During the "
     "meeting with Chile's Foreign Minister, an intergovernmental agreement on visa exemption was signed.",
     [("agreement", ["CL", "KG"])]),
    ("Latvian, Estonian presidents sign joint declaration",
     "A joint declaration was signed in Riga on Monday, the Latvian presidential office said.",
     [("declaration", ["EE", "LV"])]),
    ("Armenia and Georgia sign documents",
     "After the negotiations, the sides signed:\n\n- The Plan of Consultations between the Ministry of Foreign "
     "Affairs of Armenia and the Ministry of Foreign Affairs of Georgia for 2025-2026;\n\n- The Agreement between "
     "the Ministry of Culture of Armenia and the Ministry of Culture of Georgia on cultural exchange;\n\n- The "
     "Memorandum between the Ministry of Health of Armenia and the Ministry of Health of Georgia on medicine.",
     [("action_plan", ["AM", "GE"]), ("agreement", ["AM", "GE"]), ("memorandum", ["AM", "GE"])]),
])
def test_agreement_sides_parties(extract, look, headline, body, expected):
    rec = extract(body, headline=headline)
    assert agreements(look, rec) == expected


@pytest.mark.parametrize("body", [
    "The ministers pointed to the importance of signing a Strategic Partnership Agreement between Armenia "
    "and Georgia.",
    "During the negotiations, an agreement was reached on adopting a roadmap for trade between Armenia and "
    "Georgia.",
])
def test_agreement_sides_intended_not_signed(extract, look, body):
    rec = extract(body)
    assert look.events(rec, "agreement") == []
    assert look.events(rec, "agreement", "planned")


@pytest.mark.parametrize("body", [
    "The minister reminded that Latvia and Estonia signed the agreement on vaccine deliveries in March.",
    "Pedro Alvarado recalled that the two countries had signed a memorandum on transit.",
])
def test_agreement_sides_recalled_signing_is_background(extract, look, body):
    assert look.events(extract(body), "agreement", None) == []


def test_agreement_sides_document_named_in_another_title_is_not_a_second(extract, look):
    rec = extract("Latvian President Pedro Alvarado and Estonian President Karl Weber signed an agreement on "
                  "amendments to the 2006 agreement on the demarcation of the frontier.\n\nCooperation in space "
                  "will also rest on the intergovernmental agreement, which was signed on Thursday.")
    titles = [v["title"] for v in look.events(rec, "agreement")]
    assert len(titles) == 2, titles
    assert titles[0].startswith("Agreement on amendments") and titles[1] == "Intergovernmental agreement"


def test_agreement_sides_we_sign_for_the_speakers_state(extract, look):
    rec = extract('"We have signed an agreement on transit today," Latvian President Pedro Alvarado said.')
    assert agreements(look, rec) == [("agreement", ["LV"])]
    assert look.events(rec, "agreement")[0]["title"] == "Agreement on transit"
