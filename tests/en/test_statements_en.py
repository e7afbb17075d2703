"""English statements: quotes, first-person speech and reported speech, each with its speaker."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, speaker, text_start", [
    ('"We are ready to discuss the state visit," Wang Yi said.', "Wang Yi", "We are ready to discuss"),
    ('"This is a historic day for our two nations," said Mirziyoyev.', "Mirziyoyev", "This is a historic day"),
    ('Tokayev said: "Kazakhstan values its partnership with Germany."', "Tokayev", "Kazakhstan values"),
    ('"The players showed character," head coach Stanislav Cherchesov told reporters.', "Stanislav Cherchesov",
     "The players showed character"),
    ('Uzbek President Shavkat Mirziyoyev met US President Donald Trump.\n\n"The Joint Statement speaks for itself," '
     'the head of Uzbekistan noted.', "Shavkat Mirziyoyev", "The Joint Statement speaks"),
    ('Chinese Foreign Minister Wang Yi spoke first. "As strategic partners we are ready to act," he noted.',
     "Wang Yi", "As strategic partners"),
    # first-person speech without quote marks is direct (GOLD.md)
    ("During this important trip, we have already concluded contracts worth $3 billion, President Jorge "
     "Vargas said.", "Jorge Vargas", "During this important trip"),
])
def test_statements_direct(extract, look, body, speaker, text_start):
    rec = extract(body)
    direct = [v for v in look.events(rec, "statement") if v["direct"]]
    assert len(direct) == 1, rec["events"]
    assert look.name(rec, direct[0]["speaker"]) == speaker
    assert direct[0]["text"].startswith(text_start)
    assert not [v for v in look.events(rec, "statement") if not v["direct"]]


@pytest.mark.parametrize("body, speaker, cameo", [
    ("Kazakh Foreign Minister Murat Nurtleu highlighted that a comprehensive agreement would boost trade.",
     "Murat Nurtleu", "010"),
    ("UK Foreign Secretary Oliver Grant voiced support for Mongolia's reforms.", "Oliver Grant", "051"),
    ("Turkish President Recep Tayyip Erdogan, for his part, expressed readiness to increase trade.",
     "Recep Tayyip Erdogan", "031"),
    ("Chile and French companies signed deals worth $3 billion, Chilean President Jorge Vargas stated.",
     "Jorge Vargas", "010"),
    ("At the talks, French President Marchand said that Chile is a valued partner.", "Marchand", "010"),
    ("Microsoft President Brad Smith, who said the company was ready to invest, arrived.", "Brad Smith", "010"),
    ("The sides reaffirmed their commitment to the UN Charter.", "the sides", "030"),
    ("British MPs welcomed the agreement.", "British MPs", "051"),
    ("Kyrgyz President Sadyr Japarov thanked his counterpart for the support.", "Sadyr Japarov", "018"),
    ("Kazakh President Kassym-Jomart Tokayev invited the Turkish leader to visit Astana.",
     "Kassym-Jomart Tokayev", "020"),
    ("Gazprom chief executive Alexei Miller was quoted as saying that Gazprom could buy more gas.",
     "Alexei Miller", "010"),
    ("Chinese President Xi Jinping, who is on a state visit to Kazakhstan, met students on Wednesday and said "
     "China was ready to import more grain.", "Xi Jinping", "010"),
])
def test_statements_reported(extract, look, body, speaker, cameo):
    rec = extract(body)
    said = look.events(rec, "statement")
    assert [(look.name(rec, v["speaker"]), v["direct"]) for v in said] == [(speaker, False)]
    assert said[0]["codes"]["cameo"] == cameo


def test_statements_inverted_attribution_reports_the_words_before_it(extract, look):
    rec = extract("Chile and French companies signed deals, Chilean President Jorge Vargas stated during a "
                  "meeting with French President Louis Marchand.")
    assert look.events(rec, "statement")[0]["text"] == "Chile and French companies signed deals"


def test_statements_pronoun_and_description_carry_the_speaker(extract, look):
    rec = extract("French President Louis Marchand spoke first.\n\nHe underlined that France is investing in "
                  "Mongolia.\n\nMongolian President Batbayar Enkhjargal spoke next.\n\nMongolian leader stressed "
                  "that investment grew. According to him, Mongolia imports much French machinery.")
    said = [(look.name(rec, v["speaker"]), v["direct"]) for v in look.events(rec, "statement")]
    assert said == [("Louis Marchand", False), ("Batbayar Enkhjargal", False), ("Batbayar Enkhjargal", False)]


@pytest.mark.parametrize("body", [
    "The Foreign Ministry noted that bilateral trade reached $0.8 billion.",
    "According to the Kazakh Foreign Ministry, the visit will take place in autumn.",
    "The heads of state discussed the joint use of water resources.",
    "The summit brought together the leaders of Kazakhstan and the United States.",
    "The parties signed a memo of cooperation for 2014-2016.",
    'The document is called "Partnership for the Future of Central Asia".',
])
def test_statements_none(extract, look, body):
    assert look.events(extract(body), "statement") == []


def test_statements_headline_holds_none(extractor):
    from kelisim.read import parse_plain_text
    rec = extractor.extract(parse_plain_text(
        "date 2025-01-01 Tokayev says Kazakhstan is ready to expand trade\n\nThe forum opened in Astana.\n", "t.txt"))
    assert [v for v in rec["events"] if v["type"] == "statement"] == []
