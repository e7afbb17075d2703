"""Two projects of one kind told in one article stay apart, one project told twice is one
(extract/project_merge.names_agree): what a plant makes may be written before its noun
("кабельный завод", "copper smelter") or after it ("завод по производству кабеля"), the word that
tells which one a power plant is may be part of a longer project noun ("солнечная электростанция"),
two project nouns of one kind ("завод", "фабрика"; "smelter", "plant") told with different words
that tell which one are two, and so are two such nouns named in two places ("a smelter in X ... a
plant at the Y field"). Sentences invented for these rules."""
from __future__ import annotations

import pytest

from kelisim.extract.project_merge import names_agree
from tests.conftest import events


@pytest.mark.parametrize("lang, a, b", [
    ("ru", "завод по производству кабеля", "текстильная фабрика"),
    ("ru", "цементный завод", "завод по производству стекла"),
    ("ru", "солнечная электростанция", "гидроаккумулирующая электростанция"),
    ("ru", "солнечная электростанция", "ветровая электростанция"),
    ("en", "copper smelter", "plant for the production of fertilizers"),
    ("en", "plant for the production of cement", "glass factory"),
    ("en", "cement plant", "glass plant"),
])
def test_two_projects_of_one_kind_stay_apart(lang, a, b):
    assert not names_agree(lang, a, b, frozenset())
    assert not names_agree(lang, b, a, frozenset())


@pytest.mark.parametrize("lang, a, b", [
    ("ru", "кабельный завод", "завод по производству кабеля"),
    ("ru", "стекольный завод", "завод по производству стекла"),
    ("ru", "солнечная электростанция", "электростанция"),
    ("ru", "областная больница", "областная многопрофильная больница"),
    ("ru", "завод по производству кабеля", "завод"),
    ("en", "copper smelter", "plant"),
    ("en", "cement plant", "plant for the production of cement"),
    ("en", "cement plant in Jizzakh", "cement plant"),
    ("en", "copper smelter in Balkhash", "smelter"),
])
def test_one_project_told_twice_is_one(lang, a, b):
    assert names_agree(lang, a, b, frozenset())
    assert names_agree(lang, b, a, frozenset())


def _projects(extractor, text: str, headline: str) -> list[dict]:
    from kelisim.read import parse_plain_text
    rec = extractor.extract(parse_plain_text(f"date 2025-05-20 {headline}\n\n{text}\n", "test.txt"))
    return events(rec, "project")


@pytest.mark.slow
@pytest.mark.parametrize("text, headline, n", [
    ("В Джизакской специальной экономической зоне запущен завод по производству кабеля. В зоне также"
     " началось строительство текстильной фабрики.", "Новости регионов", 2),
    ("В Джизакской специальной экономической зоне запущен завод по производству кабеля. Кабельный завод"
     " построила турецкая компания Demir Kablo.", "Новости регионов", 1),
    ("Компания ACWA Power завершила строительство солнечной электростанции в Самаркандской области, а"
     " строительство гидроаккумулирующей электростанции в Самаркандской области компания ACWA Power"
     " начнет в 2027 году.", "Новости регионов", 2),
    ("В Самаркандской области завершено строительство солнечной электростанции мощностью 200 МВт, которую"
     " компания Masdar реализовала совместно с министерством, а разрабатываемый компанией проект"
     " гидроаккумулирующей электростанции в этой области находится на стадии ТЭО.", "Новости регионов", 2),
    ("В Ташкентской области завершено строительство солнечной электростанции мощностью 100 МВт."
     " Электростанция построена компанией Masdar.", "Новости регионов", 1),
    # (English: works still to come told after a finished project of other words are their own,
    # project_merge.merge_same; a general "completed then announced with another noun" cost four
    # held-out sets, and two nouns with their own words before them still merge: 'fertilizer plant
    # ... ammonia production facility' is one plant on dev)
    ("The company commissioned a new copper smelter in Balkhash on Monday.\n\nThe construction of"
     " a gas processing plant at the Kashagan field will be launched in 2027, QazaqGaz said.", "Regional news", 2),
    ("Компания ввела в эксплуатацию медеплавильный завод в Балхаше. Строительство газоперерабатывающей"
     " фабрики в Атырауской области начнется в 2027 году.", "Новости регионов", 2),
    ("The company commissioned a copper smelter in Balkhash on Monday. The smelter will be expanded"
     " in 2027.", "Regional news", 1),
    ("The company commissioned a copper smelter in Balkhash on Monday. The smelter will produce"
     " 100,000 tonnes a year.", "Regional news", 1),
])
def test_articles_keep_their_projects_apart_or_together(extractor, text, headline, n):
    got = _projects(extractor, text, headline)
    assert len(got) == n, [v["name"] for v in got]
