"""How English agency and ministry reports are written, read right: a dateline with its agency
credit is no part of the lead's sentence; projects told by investing verbs, by a subject the parse
finds past a long phrase, by "construction has begun on", by a cable "to be laid by" a joint
venture; one more project with "also"; a firm's head signs for the firm; leaders before whom
documents are signed have met; meetings with each of a listed set; an office holder named only by
office and state; a quotation carried into the next paragraph."""
from __future__ import annotations

import pytest

from kelisim.nlp.english import split_sentences, tokenize


@pytest.mark.parametrize("text, first", [
    ("ALMATY, Oct. 2 (Kazinform) – The regional akimat opened a school.", "ALMATY, Oct. 2 (Kazinform) –"),
    ("DUSHANBE – A bridge was opened on Friday.", "DUSHANBE –"),
    # capitals then a lower-case word: no dateline
    ("NATO said on Monday that the exercise was over.", "NATO said on Monday that the exercise was over."),
])
def test_dateline_is_a_segment_of_its_own(text, first):
    sents = split_sentences(text, tokenize(text))
    assert text[sents[0][0].start:sents[0][-1].end] == first


@pytest.mark.parametrize("body, owner, stage", [
    ("Qatari holding Rayyan Agro will invest $90 million in building a greenhouse complex in the Almaty region.",
     "Rayyan Agro", "announced"),
    ("TARAZ, May 4 (Kazinform) – A glass factory with a capacity of 200 tonnes a day was commissioned in the "
     "Zhambyl region, said Omar Lindqvist, director of Nordglas Materials.", "Nordglas Materials", "completed"),
    ("Construction has begun on a 300-bed hospital in Termez, which is being built by the company Silkroad "
     "Construction.", "Silkroad Construction", "in_progress"),
    ("The fibre-optic line connecting Aktau and Baku will be laid by a joint venture of Kaspinet and Azcom.",
     "Kaspinet", "announced"),
    # reported future: "would be opened" is still to come
    ("Deputy Prime Minister Jamshid Rasulov said a new terminal would be opened by the company Silkway Logistics.",
     "Silkway Logistics", "announced"),
])
def test_project_owner_and_stage_from_how_reports_tell_them(extract, look, body, owner, stage):
    rec = extract(body)
    [v] = look.events(rec, "project")
    assert (look.name(rec, v["owner"]), v["stage"]) == (owner, stage), v


def test_project_also_built_is_one_more_project(extract, look):
    rec = extract("A brick plant was commissioned in Kemin by the company Ala-Too Cement.\n\n"
                  "Ala-Too Cement also plans to build a plant producing roof tiles in Kemin by 2029.")
    assert sorted(v["stage"] for v in look.events(rec, "project")) == ["announced", "completed"]


@pytest.mark.parametrize("body", [
    "The fund will finance joint ventures in the food industry.",
    "The centre will launch training courses for engineers.",
])
def test_project_noun_doing_the_work_is_no_project(extract, look, body):
    assert look.events(extract(body), "project") == []


def test_agreement_bank_head_signs_for_the_bank(extract, look):
    rec = extract("Deputy Finance Minister of Kyrgyzstan Aibek Toktorov and Chairman of the Eurasian "
                  "Development Bank Ruslan Mirov signed a loan agreement worth $40 million in Bishkek.")
    [v] = look.events(rec, "agreement")
    assert "Eurasian Development Bank" in look.names(rec, v["parties"]), look.names(rec, v["parties"])


def test_meeting_leaders_witnessing_a_signing_have_met(extract, look):
    rec = extract("Documents were signed in Ashgabat in the presence of President of Turkmenistan Batyr "
                  "Ovezov and President of Tajikistan Rustam Saidzoda.\n\n"
                  "The next meeting of the intergovernmental commission will be held in Dushanbe.")
    [v] = look.events(rec, "meeting")
    assert sorted(look.names(rec, v["participants"])) == ["Batyr Ovezov", "Rustam Saidzoda"]


def test_meeting_had_meetings_with_a_list_is_one_with_each(extract, look):
    rec = extract("Uzbek Foreign Minister Bakhrom Aliev also had meetings with Secretary-General of the "
                  "Arab League Omar Al Masri and President of the Asian Infrastructure Bank Li Qiang Wei.")
    assert len(look.events(rec, "meeting")) == 2


@pytest.mark.parametrize("body, counterpart", [
    ("Kyrgyz Foreign Minister Azamat Beishenov received the Japanese ambassador in Bishkek.",
     "Japanese ambassador"),      # the office as named, without its article (office_holders.py)
    ("Kyrgyz Foreign Minister Azamat Beishenov received the ambassador of Poland on Tuesday.",
     "ambassador of Poland"),
])
def test_meeting_office_holder_without_a_name_is_the_counterpart(extract, look, body, counterpart):
    [v] = look.events(extract(body), "meeting")
    assert counterpart in look.names(extract(body), v["participants"])


def test_meeting_named_ambassador_is_no_second_entity(extract, look):
    rec = extract("Kyrgyz Foreign Minister Azamat Beishenov received Japanese Ambassador Kenji Sato.\n\n"
                  "The Japanese ambassador said trade had grown.")
    assert [e["name"] for e in rec["entities"] if "ambassador" in e["name"].lower()] == []


def test_statement_quote_carried_into_the_next_paragraph(extract, look):
    rec = extract('"The road will be ready in June," Governor Erlan Abdikov said. "After that we start the bridge.\n\n'
                  '"Nobody will wait for another decade."')
    direct = [v for v in look.events(rec, "statement") if v["direct"]]
    assert [v["text"][:6] for v in direct][-1] == "Nobody" and {look.name(rec, v["speaker"]) for v in direct} \
        == {"Erlan Abdikov"}, direct


def test_statement_relative_after_two_persons_is_both_of_theirs(extract, look):
    rec = extract("President of Uzbekistan Timur Rakhimov also spoke by phone with Prime Minister of Malaysia "
                  "Adam Rahman and President of Mongolia Bat Erdene, who congratulated him on his birthday.")
    speakers = {look.name(rec, v["speaker"]) for v in look.events(rec, "statement")}
    assert {"Adam Rahman", "Bat Erdene"} <= speakers, speakers


def test_agreement_amended_document_is_named_not_signed(extract, look):
    rec = extract("The ministers of Kazakhstan and Georgia signed a protocol amending the Agreement on Air "
                  "Services of 2004.")
    assert [v["doc_type"] for v in look.events(rec, "agreement")] == ["protocol"]


def test_venture_of_states_adjectives_names_no_firms(extract, look):
    rec = extract("The terminal will be built by a consortium of Kazakh and Chinese logistics companies.")
    assert not [e for e in rec["entities"] if e["name"] in ("Kazakh", "Chinese")], rec["entities"]


def test_meeting_received_a_delegation_led_by_a_person(extract, look):
    rec = extract("ASHGABAT, May 5 (TDH) – President Kerim Annayev received a delegation led by Polish "
                  "Deputy Foreign Minister Tomasz Nowak.")
    [v] = look.events(rec, "meeting")
    assert sorted(look.names(rec, v["participants"])) == ["Kerim Annayev", "Tomasz Nowak"]


@pytest.mark.parametrize("body", [
    "The spokesman of Moldovan President Ion Rusu, Victor Lungu, said the visit had been postponed.",
    "The talks between Foreign Minister Ion Rusu and his Kyrgyz counterpart Azamat Beishenov were cancelled.",
])
def test_meeting_postponed_or_cancelled_was_not_held(extract, look, body):
    assert look.events(extract(body), "meeting") == []


@pytest.mark.parametrize("body, stage", [
    ("A waste processing plant is planned to be built in Osh by the company Tash Enerji.", "announced"),
    ("The new cargo terminal in Termez is expected to be commissioned in 2028.", "announced"),
    ("Work on the construction of the bridge across the Syr Darya is under way, the ministry said.", "in_progress"),
])
def test_project_stage_told_after_plans_or_progress(extract, look, body, stage):
    [v] = look.events(extract(body), "project")
    assert v["stage"] == stage, v


def test_project_place_named_inside_its_name(extract, look):
    rec = extract("The minister recalled that a new terminal of Namangan airport was opened in March.")
    [v] = look.events(rec, "project")
    assert look.name(rec, v["location"]) == "Namangan", v
