"""English speakers: a pronoun opening a sentence is the previous subject, a description before the
name is the one person it fits, "<name> of <state>" gives the state, a press service is a source."""
from __future__ import annotations

import pytest


def speakers(look, rec) -> list[str]:
    return [look.name(rec, v["speaker"]) for v in look.events(rec, "statement")]


@pytest.mark.parametrize("body, expected", [
    ("Latvian President Pedro Alvarado congratulated Austrian Chancellor Karl Weber on the anniversary.\n\n"
     "He expressed readiness to expand trade.", ["Pedro Alvarado", "Pedro Alvarado"]),
    ("During the talks with Karl Weber, the Latvian president noted the importance of the visit.\n\n"
     "Latvian President Pedro Alvarado arrived in Vienna on Sunday.", ["Pedro Alvarado"]),
    ("Latvian President Pedro Alvarado met the envoy.\n\nThe President's press office announced it.",
     []),
    ("According to the press service of Latvian President Pedro Alvarado, the envoy arrived on Monday.", []),
    ("According to Latvian President Pedro Alvarado, trade grew by ten percent.", ["Pedro Alvarado"]),
    ("The talks focused on economic ties, as stated by Latvia's Foreign Minister, Pedro Alvarado.",
     ["Pedro Alvarado"]),
])
def test_speakers_resolved(extract, look, body, expected):
    assert speakers(look, extract(body)) == expected


def test_speakers_state_after_name(extract, look):
    rec = extract("Presidents Pedro Alvarado of Latvia and Karl Weber of Austria signed a joint declaration.")
    assert look.person(rec, "Alvarado")["country"] == "LV"
    assert look.person(rec, "Weber")["country"] == "AT"
    assert [r["title"] for r in look.person(rec, "Weber")["roles"]] == ["President"]


@pytest.mark.parametrize("body, speaker, direct", [
    ("Both parties emphasized the importance of expanding trade.", "both parties", False),
    ("At the talks, the two leaders stressed the importance of transit.", "the two leaders", False),
    ('"We are pleased to welcome our partners in Riga and to open a new chapter," Pedro Alvarado wrote on his '
     "channel.", "Pedro Alvarado", True),
    ("Pedro Alvarado, on behalf of the citizens of Latvia and personally, again expressed sympathy "
     "to the Austrian chancellor.", "Pedro Alvarado", False),
])
def test_speakers_groups_posts_and_long_appositions(extract, look, body, speaker, direct):
    rec = extract(body)
    said = look.events(rec, "statement")
    assert [(look.name(rec, v["speaker"]), v["direct"]) for v in said] == [(speaker, direct)]


def test_speakers_colon_intro_carries_into_the_next_paragraphs(extract, look):
    rec = extract("British Minister Karl Weber visited Riga on Monday.\n\n"
                  "Before flying home, the Minister said:\n\n"
                  "Latvia matters a lot to Britain. Our trade keeps widening.\n\n"
                  '"This spring we marked 25 years of ties. Our universities work closely too."\n\n'
                  '"Trade will grow," Latvian Foreign Minister Pedro Alvarado said.')
    said = [(look.name(rec, v["speaker"]), v["direct"], v["text"][:20]) for v in look.events(rec, "statement")]
    assert said == [("Karl Weber", True, "Latvia matters a lot"), ("Karl Weber", True, "This spring we marke"),
                    ("Pedro Alvarado", True, "Trade will grow")]


def test_speakers_tweet_by_a_name_with_an_initial(extract, look):
    rec = extract("Foreign Minister R Sharma held talks with his Latvian counterpart Pedro Alvarado on Thursday.\n\n"
                  "“Happy to welcome my distinguished colleague Pedro Alvarado of Latvia. Discussed trade and "
                  "culture,” Sharma tweeted after the talks.\n\n"
                  "“Also exchanged views on regional security,” he said.")
    said = [(look.name(rec, v["speaker"]), v["direct"]) for v in look.events(rec, "statement")]
    assert said == [("R Sharma", True), ("R Sharma", True)]


def test_speakers_quoted_fragment_in_reported_speech_is_direct_too(extract, look):
    rec = extract('Latvian President Pedro Alvarado called the new port "a milestone for the whole region" and '
                  "said trade would grow.")
    said = sorted((v["direct"], v["text"]) for v in look.events(rec, "statement"))
    assert said == [(False, "trade would grow"), (True, "a milestone for the whole region")]


@pytest.mark.parametrize("body", [
    'Austrian Chancellor Karl Weber arrived in Riga on Monday.\n\n"We met President Pedro Alvarado today and '
    'discussed the new port," he said.',
    'Austrian Chancellor Karl Weber arrived in Riga on Monday. "We met Pedro Alvarado today and discussed the new '
    'port in detail," he said.',
])
def test_speakers_pronoun_after_a_quote_is_not_a_name_inside_it(extract, look, body):
    rec = extract(body)
    assert [look.name(rec, v["speaker"]) for v in look.events(rec, "statement")] == ["Karl Weber"]


@pytest.mark.parametrize("body", [
    "In his message, Latvian President Pedro Alvarado noted the importance of trade.",
    "Latvian President Pedro Alvarado sent a congratulatory message to Austrian Chancellor Karl Weber.",
    "Latvian President Pedro Alvarado sent condolences to the people of Austria.",
    "Latvian President Pedro Alvarado congratulated Austrian Chancellor Karl Weber on his re-election.",
])
def test_speakers_messages_and_congratulations_are_statements(extract, look, body):
    rec = extract(body)
    assert [look.name(rec, v["speaker"]) for v in look.events(rec, "statement")] == ["Pedro Alvarado"]
