"""The statement pipeline, one for every language (extract/statements.py): an intro ending in ":"
carries into the next paragraph, and words quoted inside reported speech are direct as well,
with each language's reader giving only what differs."""
from __future__ import annotations

import pytest

from tests.conftest import events

pytestmark = pytest.mark.slow

HEADLINES = {"ru": "Новости дипломатии", "en": "Leaders meet in the capital", "kk": "Жаңалықтар"}


@pytest.fixture(scope="module")
def said(extractor):
    """said(lang, body) -> [(speaker's name, direct, text)] of the statements of an article."""
    from kelisim.read import parse_plain_text

    def run(lang: str, body: str) -> list[tuple[str, bool, str]]:
        text = f"date 2025-06-01 {HEADLINES[lang]}\n\n{body}\n"
        rec = extractor.extract(parse_plain_text(text, "test.txt"), with_text=True)
        assert rec["lang"] == lang
        names = {e["id"]: e["name"] for e in rec["entities"]}
        return [(names[v["speaker"]], v["direct"], v["text"]) for v in events(rec, "statement")]
    return run


@pytest.mark.parametrize("lang, body, speaker, words", [
    ("ru", "Министр иностранных дел Латвии Андрис Берзиньш провел брифинг в Риге. В завершение он подчеркнул:"
           "\n\nМы продолжим работу над соглашением о торговле с нашими соседями.",
     "Андрис Берзиньш", "Мы продолжим работу над соглашением о торговле с нашими соседями."),
    # a dialogue line after the intro is his words too
    ("ru", "Министр иностранных дел Латвии Андрис Берзиньш провел брифинг в Риге. В завершение он подчеркнул:"
           "\n\n– Мы продолжим работу над соглашением о торговле.",
     "Андрис Берзиньш", "Мы продолжим работу над соглашением о торговле."),
    ("en", "Latvian Foreign Minister Andris Berzins held a briefing in Riga. At the end he said:\n\n"
           "We will continue our work on the trade agreement with our neighbours.",
     "Andris Berzins", "We will continue our work on the trade agreement with our neighbours."),
    ("kk", "Латвия Сыртқы істер министрі Андрис Берзиньш Ригада брифинг өткізді. Соңында ол былай деді:\n\n"
           "Біз көршілерімізбен сауда келісімі бойынша жұмысты жалғастырамыз.",
     "Андрис Берзиньш", "Біз көршілерімізбен сауда келісімі бойынша жұмысты жалғастырамыз."),
])
def test_statements_an_intro_ending_in_a_colon_carries_into_the_next_paragraph(said, lang, body, speaker, words):
    assert (speaker, True, words) in said(lang, body)


@pytest.mark.parametrize("lang, body", [
    ("ru", "Министр иностранных дел Латвии Андрис Берзиньш подчеркнул:\n\n"
           "– Какие вопросы вы хотели бы задать сегодня?"),
    ("en", "Latvian Foreign Minister Andris Berzins held a briefing in Riga. At the end he said:\n\nThank you."),
])
def test_statements_an_intro_does_not_carry_into_a_question_or_two_words(said, lang, body):
    assert not any(direct for _, direct, _ in said(lang, body))


@pytest.mark.parametrize("lang, body, speaker, fragment", [
    ("ru", "Президент Латвии Эдгарс Ринкевичс назвал новый порт «мостом между регионами».",
     "Эдгарс Ринкевичс", "мостом между регионами"),
    ("kk", "Латвия Президенті Эдгарс Ринкевичс жиында сөз сөйледі. Ол Қазақстанды “бауырлас ел” деп атады.",
     "Эдгарс Ринкевичс", "бауырлас ел"),
    ("en", 'Latvian President Edgars Rinkevics said the new port was "a bridge between two regions".',
     "Edgars Rinkevics", "a bridge between two regions"),
])
def test_statements_words_quoted_in_reported_speech_are_direct_too(said, lang, body, speaker, fragment):
    got = said(lang, body)
    assert (speaker, True, fragment) in got and any(not direct for _, direct, _ in got)


@pytest.mark.parametrize("lang, body", [
    # a capitalised quote in Russian is a name, not words
    ("ru", "Президент Латвии Эдгарс Ринкевичс сообщил, что порт «Рижский Залив» откроется летом."),
    # two words in quotes in English are a name or a term, not words said
    ("en", 'Latvian President Edgars Rinkevics said the "Baltic Gate" port would open in summer.'),
])
def test_statements_a_quoted_name_in_reported_speech_is_no_direct_statement(said, lang, body):
    got = said(lang, body)
    assert got and not any(direct for _, direct, _ in got)


@pytest.mark.parametrize("lang, kind, name, group, ok", [
    ("ru", "PER", "Андрис Берзиньш", False, True),
    ("ru", "ORG", "пресс-служба президента", True, False),
    ("ru", "ORG", "МИД Латвии", False, False),          # a body is asked by speaker_ok_body
    ("en", "ORG", "the press office", True, False),
    ("en", "ORG", "the two leaders", True, True),
    # Kazakh asks its own words of those who carry the news, not the Russian ones
    ("kk", "ORG", "баспасөз қызметі", True, False),
    ("kk", "ORG", "сарапшылар тобы", True, False),
    ("kk", "ORG", "екі ел басшылары", True, True),
])
def test_statements_speaker_ok_reads_the_language_s_words_of_news_carriers(lang, kind, name, group, ok):
    from kelisim.doc import Entity
    from kelisim.extract.speakers import speaker_ok
    assert speaker_ok(Entity(id="e1", type=kind, name=name, group=group), lang) is ok


@pytest.mark.parametrize("lang, body, speaker, words", [
    # Russian reopens each paragraph of a long quote with «, and closes it with » once
    ("ru", "Министр иностранных дел Латвии Андрис Берзиньш выступил на форуме в Риге.\n\n"
           "«Мы видим большой потенциал в торговле с соседями.\n\n"
           "«Мы готовы расширять сотрудничество во всех областях», – сказал Андрис Берзиньш.",
     "Андрис Берзиньш", ["Мы видим большой потенциал в торговле с соседями.",
                         "Мы готовы расширять сотрудничество во всех областях"]),
    ("ru", "Министр иностранных дел Латвии Андрис Берзиньш выступил на форуме в Риге.\n\n"
           "«Мы видим большой потенциал в торговле с соседями.\n\n"
           "Мы готовы расширять сотрудничество во всех областях», – сказал министр.",
     "Андрис Берзиньш", ["Мы видим большой потенциал в торговле с соседями.",
                         "Мы готовы расширять сотрудничество во всех областях"]),
    # the Kazakh reader gives the attribution, the shared step reads the run
    ("kk", "Латвия Сыртқы істер министрі Андрис Берзиньш Ригада форумда сөз сөйледі.\n\n"
           "«Біз көршілермен саудада үлкен әлеует көреміз.\n\n"
           "«Біз барлық салада ынтымақтастықты кеңейтуге дайынбыз», – деді Андрис Берзиньш.",
     "Андрис Берзиньш", ["Біз көршілермен саудада үлкен әлеует көреміз.",
                         "Біз барлық салада ынтымақтастықты кеңейтуге дайынбыз"]),
])
def test_statements_a_quote_over_paragraphs_is_one_statement_a_paragraph(said, lang, body, speaker, words):
    assert [(speaker, True, w) for w in words] == [s for s in said(lang, body) if s[1]]


@pytest.mark.parametrize("lang, body", [
    ("ru", "Как сообщила пресс-служба президента Латвии Эдгарса Ринкевичса, посол прибыл в Ригу."),
    ("en", "The spokesman of Latvian President Pedro Alvarado said the envoy arrived on Monday."),
    ("en", "Latvian President Pedro Alvarado's spokesman said the envoy arrived on Monday."),
    ("en", "The website of Latvian President Pedro Alvarado said the envoy arrived on Monday."),
])
def test_statements_one_who_carries_the_news_for_a_person_is_a_source_not_the_person(said, lang, body):
    assert said(lang, body) == []
