"""English agreements: documents signed or adopted, their type, parties, sectors, deadline and value."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, doc_type, parties, deadline", [
    ("After the talks the sides signed a memo on cooperation between the foreign affairs ministries "
     "of Kazakhstan and Vietnam for 2019-2021.", "memorandum", ["KZ", "VN"], "2021"),
    ("Kazakhstan and the United Kingdom signed a roadmap on critical minerals until 2027.", "roadmap",
     ["KZ", "GB"], "2027"),
    ('"The Joint Statement adopted today “Chile and Vietnam: partners for the future” says it all," '
     'Jorge Vargas said.', "joint_statement", ["CL", "VN"], None),
    ("Mongolia and leading Japanese companies have signed agreements worth about US$3 billion.", "agreement",
     ["MN", "leading Japanese companies"], None),
    ("President of Azerbaijan Ilham Aliyev and President of Kazakhstan Kassym-Jomart Tokayev signed a Treaty on "
     "Allied Relations.", "agreement", ["AZ", "KZ"], None),
    ("The ministers signed a Kazakh-British declaration on education.", "declaration", [], None),
])
def test_agreements_signed(extract, look, body, doc_type, parties, deadline):
    rec = extract(body)
    docs = look.events(rec, "agreement")
    assert len(docs) == 1, rec["events"]
    v = docs[0]
    assert v["doc_type"] == doc_type
    ents = {e["id"]: e for e in rec["entities"]}
    got = [ents[p]["country"] if len(want) == 2 and want.isupper() else ents[p]["name"]
           for p, want in zip(v["parties"], parties)]
    assert got == parties
    assert v["deadline"] == deadline
    assert v["codes"] == {"plover": "AGREE", "cameo": "057"}


def test_agreements_value(extract, look):
    rec = extract("Mongolia and leading Japanese companies have signed agreements worth about US$3 billion.")
    assert look.events(rec, "agreement")[0]["value"] == {"amount": 3_000_000_000, "currency": "USD"}


def test_agreements_plural_over_fields_gives_one_document_per_field(extract, look):
    rec = extract("Kazakh Trade Minister Aibek Sarsenov held talks with UK Foreign Secretary Oliver Grant.\n\n"
                  "Several intergovernmental agreements were signed in the spheres of healthcare and transportation, "
                  "as well as memorandums on opening a campus of the University of Leeds in Shymkent and the "
                  "launch of a Kazakh language course at Cambridge.")
    docs = [(v["doc_type"], v["sectors"]) for v in look.events(rec, "agreement")]
    assert docs == [("agreement", ["health"]), ("agreement", ["transport_logistics"]),
                    ("memorandum", ["education"]), ("memorandum", ["education"])]
    ents = {e["id"]: e for e in rec["entities"]}
    for v in look.events(rec, "agreement"):
        # documents signed at the talks with no signatory named: the states of those who met
        assert sorted(ents[p]["country"] for p in v["parties"]) == ["GB", "KZ"]


def test_agreements_two_documents_in_one_sentence(extract, look):
    rec = extract("The parties signed an intergovernmental agreement on visa-free travel and a memorandum of "
                  "understanding on cooperation in renewable energy worth $2 billion.")
    docs = look.events(rec, "agreement")
    assert [v["doc_type"] for v in docs] == ["agreement", "memorandum"]
    assert docs[0]["title"] == "Intergovernmental agreement on visa-free travel"
    assert docs[0]["value"] is None and docs[1]["value"] == {"amount": 2_000_000_000, "currency": "USD"}
    assert docs[1]["sectors"] == ["green_economy"]


def test_agreements_a_document_included_in_a_plural_one_is_one_of_them(extract, look):
    rec = extract("Kazakhstan and China signed more than 30 agreements worth $15 billion, including a deal to build a "
                  "coal gasification plant in Pavlodar.")
    docs = look.events(rec, "agreement")
    assert len(docs) == 1 and docs[0]["value"] == {"amount": 15_000_000_000, "currency": "USD"}
    projects = look.events(rec, "project")
    assert [(v["stage"], v["value"]) for v in projects] == [("agreed", None)]


def test_agreements_one_document_told_twice_is_one_event(extract, look):
    rec = extract("Mongolia and leading Japanese companies have signed agreements worth about US$3 billion.\n\n"
                  "During this trip, our side has already concluded agreements with the leading Japanese companies for about "
                  "US$3 billion, President Batbayar Enkhjargal said.")
    assert len(look.events(rec, "agreement")) == 1


@pytest.mark.parametrize("body, modality", [
    ("Kazakhstan and Turkey plan to sign a roadmap for trade development by 2030.", "planned"),
    ("Kazakhstan and Turkey will sign a roadmap on trade.", "planned"),
    ("Kazakhstan and Turkey are expected to sign a roadmap on trade.", "planned"),
    ("Kazakhstan and Turkey may sign a roadmap on trade.", "possible"),
    ("The two sides did not sign any new contract.", "negated"),
])
def test_agreements_modality(extract, look, body, modality):
    rec = extract(body)
    docs = look.events(rec, "agreement", None)
    assert [v["modality"] for v in docs] == [modality]
    assert docs[0]["codes"]["cameo"] == "030"


@pytest.mark.parametrize("body", [
    "Under the agreement, Kazakhstan will supply grain to the region.",
    "The sides discussed the implementation of the roadmap signed last year in the framework of the agreement.",
    "Nurtleu highlighted that a comprehensive agreement would boost trade.",
])
def test_agreements_none(extract, look, body):
    assert look.events(extract(body), "agreement", None) == []


@pytest.mark.parametrize("body, sector", [
    ("The foreign ministers of Mongolia and Portugal adopted a Declaration on Comprehensive Cooperation.",
     "diplomacy_general"),
    ("The foreign ministers of Mongolia and Portugal concluded a Memorandum of Understanding on cooperation in "
     "international relations.", "diplomacy_general"),
    ("Kyrgyzstan and Ireland signed a memorandum on cooperation between their institutes of geology.", "science"),
])
def test_agreements_sector_of_a_documents_title(extract, look, body, sector):
    rec = extract(body)
    agreements = look.events(rec, "agreement")
    assert agreements and all(sector in v["sectors"] for v in agreements)
