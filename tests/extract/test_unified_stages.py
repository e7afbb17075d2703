"""Stages written once with a reader a language (extract/readers.py): entity spans and groups are
one stage each, whatever the language of the article, and the word lists the English and Kazakh
readers once wrote in code are rows of lang/<xx>/ read by one loader."""
from __future__ import annotations

import pytest

from kelisim.extract.readers import reader_for
from kelisim.lang import words
from kelisim.stages import default_stages


@pytest.mark.parametrize("assigns", ["entity_spans", "groups"])
def test_unified_stages_one_stage_assigns_each(assigns):
    assert len([s for s in default_stages() if assigns in s.assigns]) == 1


@pytest.mark.parametrize("stage, lang", [("entity_spans", "ru"), ("entity_spans", "en"), ("entity_spans", "kk"),
                                         ("groups", "ru"), ("groups", "en")])
def test_unified_stages_run_for_every_language_with_a_reader(stage, lang):
    st = next(s for s in default_stages() if s.name == stage)
    assert lang in st.langs and callable(reader_for(stage, lang))


@pytest.mark.parametrize("text, group, person", [
    ("British MPs met Foreign Minister Daulet Sarsenbek in Astana on Monday.",
     "British MPs", "Daulet Sarsenbek"),
    ("Leading German companies held talks with Deputy Prime Minister Arman Kuatbayev in Tashkent.",
     "leading German companies", "Arman Kuatbayev"),
    ("Британские депутаты встретились с министром иностранных дел Казахстана Бекзатом Нургалиевым в Астане.",
     "британские депутаты", "Бекзат Нургалиев"),
    ("Представители немецкого бизнеса провели переговоры с вице-министром Айдаром Жумабековым в Алматы.",
     "представители немецкого бизнеса", "Айдар Жумабеков"),
])
def test_unified_stages_group_and_person_in_either_language(extract, text, group, person):
    found = {(e["name"], e["type"]) for e in extract(text)["entities"]}
    assert (group, "ORG") in found and (person, "PER") in found


@pytest.mark.parametrize("text, person", [
    ("Премьер-министр Серік Жұмабеков Ақордада Жапония елшісімен кездесті.", "Серік Жұмабеков"),
    ("Сыртқы істер министрі Ерлан Досмағамбетов Астанада Чехия елшісімен кездесті.", "Ерлан Досмағамбетов"),
])
def test_unified_stages_kazakh_spans_through_the_one_stage(extract, text, person):
    found = {(e["name"], e["type"]) for e in extract(text)["entities"]}
    assert (person, "PER") in found


@pytest.mark.parametrize("lang, name, word", [
    ("en", "verb_chain.txt", "intends"),          # "X intends to sign": the chain starts before it
    ("en", "verb_chain.txt", "n't"),
    ("en", "before_verb.txt", "jointly"),         # "X and Y jointly signed"
    ("en", "corporate_offices.txt", "ceo"),       # "Microsoft CEO X": a body's office
    ("en", "title_qualifiers.txt", "acting"),     # "acting Minister X"
    ("ru", "place_nouns.txt", "река"),            # "на реке Нарын"
    ("kk", "name_joiners.txt", "тарапынан"),      # "X тарапынан"
    ("kk", "media.txt", "ақпарат агенттігі"),     # a row of two words stays one row
])
def test_unified_stages_word_lists_are_rows_of_lang(lang, name, word):
    assert word in words(lang, name)


@pytest.mark.parametrize("lang, name, kind", [
    ("kk", "first_names.txt", None), ("kk", "said_in.tsv", "document"), ("en", "groups.tsv", "pair"),
    ("en", "address_offices.txt", None),
])
def test_unified_stages_folded_lists_are_the_rows_folded(lang, name, kind):
    from kelisim.lang import folded
    from kelisim.nlp.match import fold
    got = folded(lang, name, kind)
    assert got and got == {fold(w) for w in words(lang, name, kind)}
    assert all(w == w.lower() and "ё" not in w for w in got)


@pytest.mark.parametrize("call, expected", [
    (("meeting", None, "visit", "asserted"), ("CONSULT", "042")),
    (("meeting", "phone", "in_person", "asserted"), ("CONSULT", "041")),
    (("meeting", "phone", "visit", "planned"), ("CONSULT", "036")),
    (("meeting", None, "a kind no row has", "asserted"), ("CONSULT", "040")),
    (("statement", "condemn"), ("ACCUSE", "111")),
    (("statement", "a kind no row has"), ("COOPERATE", "010")),
    (("agreement", "asserted"), ("AGREE", "057")),
    (("agreement", "planned"), ("AGREE", "030")),
    (("project", "fund"), ("AID", "071")),
    (("project", "plant"), ("COOPERATE", "061")),
])
def test_unified_stages_event_codes_come_from_the_codes_table(call, expected):
    from kelisim.extract import codes
    got = getattr(codes, f"{call[0]}_codes")(*call[1:])
    assert got == {"plover": expected[0], "cameo": expected[1]}
