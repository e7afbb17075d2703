"""Frames: predicates with their arguments by relation, read from a real parse."""
from __future__ import annotations

import pytest

from kelisim.doc import Doc, Sent, Token
from kelisim.nlp.frames import frames, quote_spans, sentence_frames


def _sent(words: list[tuple[str, str, str, int, str, dict]]) -> Sent:
    """A hand-made UD sentence: (text, lemma, pos, head, rel, feats)."""
    toks, pos = [], 0
    for text, lemma, upos, head, rel, feats in words:
        toks.append(Token(pos, pos + len(text), text, lemma, upos, feats, head, rel))
        pos += len(text) + 1
    return Sent(0, pos - 1, " ".join(w[0] for w in words), toks)


def test_frames_read_any_ud_parse_language_neutrally():
    # "Ministers met with the envoy" in English UD: no Russian in the reader
    s = _sent([("Ministers", "minister", "NOUN", 1, "nsubj", {"Number": "Plur"}),
               ("met", "meet", "VERB", -1, "root", {"Tense": "Past"}),
               ("with", "with", "ADP", 3, "case", {}),
               ("envoy", "envoy", "NOUN", 1, "obl", {}),
               ("not", "not", "PART", 1, "advmod", {"Polarity": "Neg"})])
    (f,) = sentence_frames(s, 0, "en")
    assert (f.lemma, f.kind, f.tense, f.negated, f.voice) == ("meet", "verb", "Past", True, "active")
    assert [a.head for a in f.subjects] == [0]
    assert f.of("obl", prep="with")[0].head == 3


def test_frames_passive_from_the_auxiliary():
    s = _sent([("envoy", "envoy", "NOUN", 2, "nsubj:pass", {}),
               ("was", "be", "AUX", 2, "aux:pass", {"Tense": "Past"}),
               ("summoned", "summon", "VERB", -1, "root", {"VerbForm": "Part"})])
    (f,) = sentence_frames(s, 0, "en")
    assert (f.voice, f.tense) == ("passive", "Past")


@pytest.mark.parametrize("text, inner", [
    ("Он сказал: «Мы готовы».", ["Мы готовы"]),
    ('"Разговор был жёстким", - сказал он.\n"Второй"', ["Разговор был жёстким", "Второй"]),
    ("«Открытая кавычка\nи строка", []),
])
def test_frames_quote_spans_stay_in_their_paragraph(text, inner):
    assert [text[a:b] for a, b in quote_spans(text)] == inner



@pytest.fixture(scope="module")
def parse(extractor):
    from kelisim.read import parse_plain_text

    def run(text: str) -> Doc:
        return extractor.process(parse_plain_text(" date 2026-03-16 Новости\n\n" + text, "t.txt"))
    return run


def _frame(doc: Doc, lemma: str):
    return next(f for f in frames(doc) if f.lemma == lemma)


def _words(doc: Doc, f, arg) -> str:
    return " ".join(doc.sents[f.sent].tokens[k].text for k in arg.tokens)


@pytest.mark.slow
@pytest.mark.parametrize("text, lemma, rel, prep, expected", [
    ("Министр Иван Петров и посол Олег Сидоров встретились в Астане.", "встретиться", "nsubj", "",
     ["Министр Иван Петров", "посол Олег Сидоров"]),
    ("Премьер провел переговоры с делегацией Китая.", "переговоры", "nmod", "с", ["делегацией Китая"]),
    ("Глава государства позвонил президенту Турции.", "позвонить", "iobj", "", ["президенту Турции"]),
    ("В ходе встречи президента с послом Германии обсуждалась торговля.", "встреча", "nmod", "с",
     ["послом Германии"]),
])
def test_frames_arguments_by_relation_in_russian(parse, text, lemma, rel, prep, expected):
    doc = parse(text)
    f = _frame(doc, lemma)
    got = [_words(doc, f, a) for a in f.args if a.rel in (rel, rel.split(":")[0]) and a.prep == prep]
    assert got == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, lemma, voice, negated, quoted", [
    ("В МИД был вызван посол Германии.", "вызвать", "passive", False, False),
    ("Министр не встретился с послом.", "встретиться", "active", True, False),
    ("«Мы встретились вчера», — сказал министр.", "встретиться", "active", False, True),
])
def test_frames_voice_negation_and_quotes_in_russian(parse, text, lemma, voice, negated, quoted):
    f = _frame(parse(text), lemma)
    assert (f.voice, f.negated, f.quoted) == (voice, negated, quoted)


@pytest.mark.parametrize("role, heads", [
    ("agent", [0]),            # "Министр"
    ("partner", [3]),          # "с послом"
    ("place", [5]),            # "в Астане" (locative)
    ("destination", []),
])
def test_frames_roles_come_from_the_language_map(role, heads):
    s = _sent([("Министр", "министр", "NOUN", 1, "nsubj", {"Case": "Nom"}),
               ("встретился", "встретиться", "VERB", -1, "root", {"Tense": "Past"}),
               ("с", "с", "ADP", 3, "case", {}),
               ("послом", "посол", "NOUN", 1, "obl", {"Case": "Ins"}),
               ("в", "в", "ADP", 5, "case", {}),
               ("Астане", "астана", "PROPN", 1, "obl", {"Case": "Loc"})])
    (f,) = sentence_frames(s, 0, "ru")
    assert [a.head for a in f.role("ru", role)] == heads


def test_frames_a_language_without_a_role_map_has_no_roles():
    s = _sent([("met", "meet", "VERB", -1, "root", {})])
    (f,) = sentence_frames(s, 0, "xx")
    assert f.role("xx", "agent") == []


def test_frames_a_case_word_further_on_is_not_the_arguments_preposition():
    # "принял делегацию Китая во главе с ...": "во главе" belongs to a phrase of the object
    s = _sent([("принял", "принять", "VERB", -1, "root", {}),
               ("делегацию", "делегация", "NOUN", 0, "obj", {"Case": "Acc"}),
               ("Китая", "китай", "PROPN", 1, "nmod", {"Case": "Gen"}),
               ("во", "в", "ADP", 1, "case", {})])
    (f,) = sentence_frames(s, 0, "ru")
    assert [(a.rel, a.prep) for a in f.args] == [("obj", "")]
