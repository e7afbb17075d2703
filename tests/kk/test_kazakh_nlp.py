import pytest

from kelisim.doc import Doc
from kelisim.nlp.kazakh import KazakhNLP, has_possessive, stem_keys, strip_case, tokenize
from kelisim.nlp.match import PhraseMatcher, word_keys


@pytest.mark.parametrize("word, nominative, case", [
    # names: only the case ending goes
    ("Тоқаевпен", "Тоқаев", "Ins"),
    ("Тоқаевтың", "Тоқаев", "Gen"),
    ("Назарбаевқа", "Назарбаев", "Dat"),
    ("Назарбаевты", "Назарбаев", "Acc"),
    ("Ердоғанмен", "Ердоған", "Ins"),
    ("Путинмен", "Путин", "Ins"),
    ("Макронның", "Макрон", "Gen"),
    ("Медведевтің", "Медведев", "Gen"),
    ("Мирзиёевтің", "Мирзиёев", "Gen"),
    ("Лавровпен", "Лавров", "Ins"),
    ("Марқабаеваның", "Марқабаева", "Gen"),
    ("Кемелұлына", "Кемелұлы", "Dat"),
    # states and places
    ("Қазақстанда", "Қазақстан", "Loc"),
    ("Ресейдің", "Ресей", "Gen"),
    ("Мәскеуге", "Мәскеу", "Dat"),
    ("Алматыдан", "Алматы", "Abl"),
    ("Анкарада", "Анкара", "Loc"),
    ("Астанадағы", "Астана", "Loc"),
    ("АҚШ-тың", "АҚШ", "Gen"),
    ("ҚР-ға", "ҚР", "Dat"),
    # titles and organisations keep their possessive
    ("Президентінің", "Президенті", "Gen"),
    ("министрімен", "министрі", "Ins"),
    ("институтының", "институты", "Gen"),
    ("министрлігіне", "министрлігі", "Dat"),
    ("банктің", "банк", "Gen"),            # к takes front endings after a back vowel (a loan)
])
def test_strip_case_gives_the_nominative(word, nominative, case):
    assert strip_case(word) == (nominative, case)


@pytest.mark.parametrize("word", [
    "Нұрсұлтан",    # -тан after л would be -дан: not an ablative
    "Астана",       # -на only follows a possessive
    "Жанна",
    "Тоқаев",
    "Қазақстан",
    "Шымкент",
])
def test_strip_case_leaves_words_without_an_ending(word):
    assert strip_case(word) == (word, "Nom")


def test_strip_case_keeps_a_known_nominative():
    assert strip_case("Дариға", keep=frozenset({"дариға"})) == ("Дариға", "Nom")
    assert strip_case("Дариғаға", keep=frozenset({"дариға"})) == ("Дариға", "Dat")


@pytest.mark.parametrize("word, stem", [
    ("министрлігінің", "министрлік"),      # voiced г back to к
    ("қыркүйегінде", "қыркүйек"),
    ("жылдығына", "жылдық"),
    ("орындарының", "орын"),
    ("қатынастар", "қатынас"),
    ("Елімізде", "ел"),
    ("филиалдары", "филиал"),
    ("келіссөздер", "келіссөз"),
])
def test_stem_keys_reach_the_stem(word, stem):
    assert stem in stem_keys(word)


def test_word_keys_use_kazakh_stems_only_for_kazakh():
    assert "қазақстан" in word_keys("Қазақстанда", "kk")
    assert "қазақстан" not in word_keys("Қазақстанда", "en")


def test_phrase_matcher_matches_inflected_kazakh_phrases():
    m = PhraseMatcher("kk").add_all([("Сыртқы істер министрі", "fm")])
    toks = tokenize("Сыртқы істер министрінің орынбасары")
    hit = m.match_at(toks, 0)
    assert hit is not None and (hit.start, hit.end, hit.value) == (0, 3, "fm")


@pytest.mark.parametrize("word, expected", [
    ("министрі", True), ("төрағасының", True), ("тілшісі", True),
    ("министр", False), ("Тоқаев", False),
])
def test_has_possessive(word, expected):
    assert has_possessive(word) is expected


@pytest.mark.parametrize("text, tokens", [
    ("Қасым-Жомарт Тоқаевпен кездесті.", ["Қасым-Жомарт", "Тоқаевпен", "кездесті", "."]),
    ("«Адырна» тілшісі", ["«", "Адырна", "»", "тілшісі"]),
    ("отыр»,—деді ол", ["отыр", "»", ",", "—", "деді", "ол"]),
    ("АҚШ-тың 80 жылдығына", ["АҚШ-тың", "80", "жылдығына"]),
    ("Қ.Тоқаев", ["Қ.", "Тоқаев"]),
    ("2024 ж. қыркүйекте", ["2024", "ж.", "қыркүйекте"]),
])
def test_tokenize(text, tokens):
    toks = tokenize(text)
    assert [t.text for t in toks] == tokens
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_sentences_split_at_full_stops_not_after_initials_or_abbreviations():
    text = "date 2025-01-10 Тақырып\n\nҚ. Тоқаев Анкараға барды. Сапар 2025 ж. қаңтарда өтті! Келесі кездесу Астанада."
    doc = KazakhNLP()(Doc(text=text, lang="kk"))
    assert [s.text for s in doc.sents] == [
        "date 2025-01-10 Тақырып", "Қ. Тоқаев Анкараға барды.", "Сапар 2025 ж. қаңтарда өтті!",
        "Келесі кездесу Астанада."]
    for s in doc.sents:
        assert text[s.start:s.end] == s.text
        assert all(text[t.start:t.end] == t.text for t in s.tokens)


def test_token_lemma_and_case():
    doc = KazakhNLP()(Doc(text="Тоқаев Ердоғанмен Анкарада кездесті.", lang="kk"))
    toks = doc.sents[0].tokens
    assert [(t.lemma, t.case) for t in toks[:3]] == [("тоқаев", "Nom"), ("ердоған", "Ins"), ("анкара", "Loc")]
