"""kelisim's shipped English models (kelisim/models/en_ud, en_ner): they load from the package,
parse and tag our own news sentences in UD, find names, and carry their cards."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kelisim.cli import app
from kelisim.doc import Doc
from kelisim.nlp import english_model
from kelisim.nlp.english import EnglishNLP

pytestmark = pytest.mark.slow


def _parse(sentence: str) -> dict[str, tuple[str, str, str, str]]:
    """word -> (UPOS, lemma, relation, head word) for a sentence written with spaces between tokens."""
    words = sentence.split()
    toks = english_model.parse_words([words])[0]
    return {t.text: (t.pos, t.lemma, t.rel, words[t.head] if t.head >= 0 else "") for t in toks}


def test_model_en_ships_in_the_package_with_its_card():
    assert english_model.available()
    card = english_model.card("en_ud")
    assert card["license"] == "CC BY-SA 4.0"
    assert "EWT" in card["sources"][0]["name"]
    test = card["kelisim"]["figures"]["UD English-EWT test"]
    assert set(test) == {"UPOS", "UAS", "LAS"}


@pytest.mark.parametrize("sentence, word, expected", [
    ("The minister signed the agreement in Astana .", "signed", ("VERB", "sign", "root", "")),
    ("The minister signed the agreement in Astana .", "minister", ("NOUN", "minister", "nsubj", "signed")),
    ("The minister signed the agreement in Astana .", "agreement", ("NOUN", "agreement", "obj", "signed")),
    ("The minister arrived in Astana on Monday .", "Astana", ("PROPN", "astana", "obl", "arrived")),
    ("Both sides discussed trade and energy .", "energy", ("NOUN", "energy", "conj", "trade")),
    ("The talks were held in the capital .", "talks", ("NOUN", "talk", "nsubj:pass", "held")),
    ("The talks were held in the capital .", "were", ("AUX", "be", "aux:pass", "held")),
])
def test_model_en_parses_news_sentences_in_ud(sentence, word, expected):
    assert _parse(sentence)[word] == expected


def test_model_en_keeps_the_tokens_it_is_given():
    words = ["Nur-Sultan", "hosted", "the", "U.S.", "delegation", "."]
    assert [t.text for t in english_model.parse_words([words])[0]] == words


def test_model_en_english_nlp_parses_with_the_model_and_keeps_the_rule_tokens_and_sentences():
    doc = EnglishNLP(tags="model")(Doc(text="The ministers met in Vienna. They signed a memorandum on energy.",
                                       lang="en"))
    assert [[t.text for t in s.tokens] for s in doc.sents] == [
        ["The", "ministers", "met", "in", "Vienna", "."], ["They", "signed", "a", "memorandum", "on", "energy", "."]]
    for sent in doc.sents:
        roots = [t for t in sent.tokens if t.head == -1]
        assert len(roots) == 1 and roots[0].rel == "root"
        assert all(-1 <= t.head < len(sent.tokens) and t.rel and t.pos and t.lemma for t in sent.tokens)
    met = doc.sents[0].tokens[2]
    assert (met.pos, met.lemma, met.feats.get("Tense"), met.rel) == ("VERB", "meet", "Past", "root")
    assert doc.sents[0].tokens[1].head == 2 and doc.sents[0].tokens[1].rel == "nsubj"


def test_model_en_rule_tags_stay_in_pos_by_default_and_the_model_tags_beside_them():
    text = "The delegation met representatives of leading companies."
    default = EnglishNLP()(Doc(text=text, lang="en")).sents[0].tokens
    model = EnglishNLP(tags="model")(Doc(text=text, lang="en")).sents[0].tokens
    rules = EnglishNLP(model=False)(Doc(text=text, lang="en")).sents[0].tokens
    assert [t.pos for t in default] == [t.pos for t in rules] == [t.rule_pos for t in model]
    assert [t.upos for t in default] == [t.pos for t in model]
    assert [(t.head, t.rel) for t in default] == [(t.head, t.rel) for t in model]
    assert default[2].rel == "root" and default[3].rel == "obj"


def test_model_en_lexicon_words_keep_the_lexicon_lemma():
    toks = EnglishNLP()(Doc(text="They signed two memorandums and negotiated tariffs.", lang="en")).sents[0].tokens
    lemmas = {t.text: t.lemma for t in toks}
    assert lemmas["memorandums"] == "memorandum" and lemmas["signed"] == "sign"
    assert lemmas["negotiated"] == "negotiate" and lemmas["tariffs"] == "tariff"


@pytest.mark.parametrize("text, name, kinds", [
    ("Prime Minister Anna Kowalczyk arrived in Vienna on Monday.", "Anna Kowalczyk", {"PER"}),
    ("Prime Minister Anna Kowalczyk arrived in Vienna on Monday.", "Vienna", {"LOC", "GPE"}),
    ("The talks were hosted by the European Commission in Brussels.", "European Commission", {"ORG"}),
])
def test_model_en_recogniser_finds_names(text, name, kinds):
    if not (english_model.MODELS / "en_ner" / "config.cfg").exists():
        pytest.skip("en_ner is not shipped in this package")
    doc = EnglishNLP(ner=True)(Doc(text=text, lang="en"))
    found = {(s.text, s.type) for s in doc.spans if s.source == "ner"}
    assert any(t == name and k in kinds for t, k in found), found


def test_model_en_info_lists_each_shipped_model_with_version_data_and_licence():
    result = CliRunner().invoke(app, ["info"])
    assert result.exit_code == 0, result.output
    for name in english_model.shipped():
        assert name in result.output
    assert "CC BY-SA 4.0" in result.output
    assert "UD English-EWT test: UPOS" in result.output
