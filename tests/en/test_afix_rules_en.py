"""Who signs an English agreement when the sentence names its signers only as a group or as
office holders, and when a count of documents is one record.

- "the two ministers signed": a collective of no state names no side; the persons it means,
  the sides of the talks, sign for their states;
- "... was signed in Riga on Friday by A and B": the signers of a passive follow "by" after a
  place or a time; a person signs for the organisation his office names ("IMF Resident
  Representative for Moldova X": the fund), else for his state;
- "companies signed 9 business agreements worth ...": a count of documents the article does not
  name is one record alone, and none where the article goes on to name the documents signed.
"""
from __future__ import annotations

import pytest


def _countries(rec: dict, v: dict) -> set:
    by_id = {e["id"]: e for e in rec["entities"]}
    return {by_id[p].get("country") for p in v["parties"]}


TALKS = ("Latvian Foreign Minister Baiba Braze held talks with her Armenian counterpart Ararat Mirzoyan "
         "in Yerevan on Monday.")


@pytest.mark.parametrize("signing", [
    "After the talks, the two ministers signed a memorandum on cooperation in education.",
    "Following the meeting, the two diplomats signed a protocol on consular consultations.",
    "At the end of the visit, both officials signed an agreement on the mutual recognition of diplomas.",
])
def test_a_collective_of_signers_stands_for_the_states_at_the_table(extract, look, signing):
    rec = extract(f"{TALKS}\n\n{signing}")
    [v] = look.events(rec, "agreement")
    assert _countries(rec, v) == {"LV", "AM"}, look.names(rec, v["parties"])


@pytest.mark.parametrize("signing, bank", [
    ("The credit agreement was signed in Chisinau on Friday by Finance Minister Victoria Belous and "
     "World Bank Country Manager for Moldova Inguna Dobraja.", "World Bank"),
    ("The grant agreement was signed at the ministry by Minister of Finance Victoria Belous and "
     "EBRD Head of Moldova Angela Sax.", "European Bank for Reconstruction and Development"),
])
def test_signers_after_by_sign_for_their_bank_and_their_state(extract, look, signing, bank):
    rec = extract("The Moldovan government expects the loan to modernise water networks in Moldova and in "
                  f"the town of Balti.\n\n{signing}", headline="Moldova gets a loan")
    [v] = look.events(rec, "agreement")
    names = look.names(rec, v["parties"])
    assert any(bank in n or n in bank for n in names if n != "Moldova"), names
    assert "MD" in _countries(rec, v), names
    assert not any(n.endswith(("Dobraja", "Sax")) for n in names), names


FORUM = "Polish and Kazakh companies signed 9 business agreements worth $400 million at the forum in Warsaw on Tuesday."


def test_a_count_of_documents_alone_is_one_record(extract, look):
    rec = extract(FORUM)
    assert len(look.events(rec, "agreement")) == 1


def test_a_count_of_documents_gives_way_to_the_documents_named(extract, look):
    rec = extract(f"{FORUM}\n\nAmong them, KazAtomProm and Orlen signed a supply contract for "
                  "uranium fuel.")
    docs = look.events(rec, "agreement")
    assert [v["doc_type"] for v in docs] == ["contract"], [v["title"] for v in docs]


def test_documents_counted_with_their_subjects_are_named(extract, look):
    rec = extract("Poland and Kazakhstan signed two agreements on road transport and on education.")
    assert len(look.events(rec, "agreement")) == 2
