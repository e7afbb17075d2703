"""The English text layer: tokens, sentences, a light tagger and conservative lemmas."""
from __future__ import annotations

import pytest

from kelisim.doc import Doc
from kelisim.nlp.english import EnglishNLP, lemma, tokenize
from kelisim.nlp.match import word_keys


@pytest.mark.parametrize("text, tokens", [
    ("the UK's commitment", ["the", "UK", "'s", "commitment"]),
    ("Queen’s University Belfast", ["Queen", "’s", "University", "Belfast"]),
    ("worth about US$5 billion.", ["worth", "about", "US$", "5", "billion", "."]),
    ("the U.S. and Kazakhstan", ["the", "U.S.", "and", "Kazakhstan"]),
    ("Kassym-Jomart Tokayev said", ["Kassym-Jomart", "Tokayev", "said"]),
    ("Mr. Cameron arrived.", ["Mr.", "Cameron", "arrived", "."]),
    ("trade of $1.2 billion in 2023", ["trade", "of", "$", "1.2", "billion", "in", "2023"]),
])
def test_english_nlp_tokenize(text, tokens):
    toks = tokenize(text)
    assert [t.text for t in toks] == tokens
    assert all(text[t.start:t.end] == t.text for t in toks)


@pytest.mark.parametrize("text, n", [
    ("Tokayev met Putin. They discussed trade.", 2),
    ('"We are ready," Wang Yi said. "As partners we will act," he noted.', 2),
    ("SHANGHAI. KAZINFORM Kazakh Foreign Minister Daniyar Omarov met with Zhou Ming.", 2),
    ("Mr. Cameron met the U.S. envoy on Friday.", 1),
    ("The trade turnover reached $1.2 billion. Exports grew.", 2),
])
def test_english_nlp_sentences(text, n):
    doc = EnglishNLP()(Doc(text=text, lang="en"))
    assert len(doc.sents) == n
    assert all(doc.text[s.start:s.end] == s.text for s in doc.sents)


@pytest.mark.parametrize("word, expected", [
    ("signed", "sign"), ("held", "hold"), ("met", "meet"), ("noted", "note"), ("stressed", "stress"),
    ("memorandums", "memorandum"), ("memoranda", "memorandum"), ("agreements", "agreement"),
    ("Ministers", "minister"), ("companies", "company"), ("planned", "planned"),
    ("Nurtleu", "nurtleu"),          # unknown words keep their own form
    ("news", "news"),                # never stripped into a lexicon word by accident
])
def test_english_nlp_lemma(word, expected):
    assert lemma(word) == expected


def test_english_nlp_word_keys_carry_the_lemma_but_abbreviations_stay_exact():
    assert "sign" in word_keys("signed", "en")
    assert word_keys("US", "en") == frozenset({"US"})


def test_english_nlp_tags_us_as_a_name_not_a_pronoun():
    doc = EnglishNLP()(Doc(text="The US and China signed it.", lang="en"))
    tags = {t.text: t.pos for t in doc.sents[0].tokens}
    assert tags["US"] == "PROPN"
    assert tags["signed"] == "VERB"
