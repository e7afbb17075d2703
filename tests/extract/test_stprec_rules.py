"""Precision of statements on general Russian news (factRuEval texts, no event gold): whose words
a quote or a report is, whether a quote counts as direct speech, and when a verb of speech says
nothing at all. Every sentence here is invented."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow


def _said(rec: dict) -> list[tuple[str, bool]]:
    return [(names(rec, [v["speaker"]])[0], v["direct"]) for v in events(rec, "statement")]


@pytest.mark.parametrize("text, speaker", [
    # a quote closed by a comma and a verb of speech, with no dash between, is still quoted speech
    ("«Мы не отступим от своих планов ни на шаг», сказал Андрей Соколов журналистам.", "Андрей Соколов"),
    ("«Этот мост построят к осени следующего года», заявил губернатор Игорь Ветров.", "Игорь Ветров"),
    # a quote split by its attribution between hyphens used as dashes
    ("«Переговоры идут трудно, - заявил Андрей Соколов. - Но мы рассчитываем на успех уже в мае».",
     "Андрей Соколов"),
])
def test_stprec_quoted_words_before_the_verb_are_direct(extract, text, speaker):
    said = _said(extract(text))
    assert said == [(speaker, True)], said


@pytest.mark.parametrize("text, speaker", [
    # the words after the colon are the speaker's own, even when the verb is not right before it
    ("Ольга Ветрова заявила по телефону агентству Рейтер: «Я не боюсь угроз и продолжу работу».",
     "Ольга Ветрова"),
    ("Андрей Соколов сказал на пресс-конференции в Казани: «Завод заработает в полную силу к лету».",
     "Андрей Соколов"),
])
def test_stprec_an_intro_with_a_colon_before_a_quote_is_direct_only(extract, text, speaker):
    said = _said(extract(text))
    assert said == [(speaker, True)], said


def test_stprec_an_intro_whose_verb_the_parser_left_without_subject_names_its_speaker(extract):
    rec = extract("Президент Чили Хорхе Мендоса объявил о победе на выборах.\n\nВ интервью газете "
                  "наблюдатель от ОБСЕ испанский депутат Карлос Руис сообщил: «Мы подготовим доклад о "
                  "ходе голосования к пятнице».")
    said = _said(rec)
    assert ("Карлос Руис", True) in said and ("Хорхе Мендоса", True) not in said, said


@pytest.mark.parametrize("text, speaker, nobody", [
    # a long subject the parser splits in two: the one named by name speaks, not a description
    ("Президент Чили Хорхе Мендоса вернулся в столицу.\n\nГлава представительства ЕС в регионе "
     "помощник комиссара Марк Дюпон призвал стороны согласиться с итогами выборов.", "Марк Дюпон", "Хорхе Мендоса"),
    # a person named in the genitive inside the subject is whose aide speaks, not the speaker
    ("Помощник Хиллари Клинтон по европейским делам заявил, что планка для Сербии высока.", None,
     "Хиллари Клинтон"),
    ("Советник Франсуа Олланда по экономике сообщил, что реформа будет отложена.", None, "Франсуа Олланд"),
    ("Помощник Хиллари Клинтон по европейским делам, который в среду посетил Белград заявил, что \"планка "
     "для ЕС высока\".", None, "Хиллари Клинтон"),
])
def test_stprec_the_subject_that_speaks(extract, text, speaker, nobody):
    said = _said(extract(text))
    assert not any(s == nobody for s, _d in said), said
    if speaker:
        assert (speaker, False) in said, said


@pytest.mark.parametrize("text, speaker, nobody", [
    # "Грин рассказала": the woman of that surname, not her husband
    ("Суд над Виктором Грином начнется в мае.\n\nЕго жена Алла Грин навестила его в тюрьме. Грин "
     "рассказала, что муж содержится в одиночной камере.", "Алла Грин", "Виктор Грин"),
    # a feminine verb with no subject is not said by the man who spoke last
    ("Глава компании Алексей Миронов пообещал ограничить поставки газа в соседнюю страну. Белорусская "
     "сторона долго выжидала. Наконец отреагировала.", None, None),
])
def test_stprec_the_verb_agrees_with_its_speaker_in_gender(extract, text, speaker, nobody):
    said = _said(extract(text))
    if speaker:
        assert (speaker, False) in said, said
    if nobody:
        assert not any(s == nobody for s, _d in said), said
    else:
        assert said == [("Алексей Миронов", False)], said


def test_stprec_a_quote_in_reported_speech_belongs_to_the_speaker_it_stands_with(extract):
    rec = extract("После поездки министра в Пекин премьер-министр Японии Таро Ямада заявил, что этот визит "
                  "«вызывает глубокое сожаление», а глава японского МИДа Кэндзи Сато отметил, что этот поступок "
                  "«ранит чувства японского народа».")
    direct = {(names(rec, [v["speaker"]])[0], v["text"]) for v in events(rec, "statement") if v["direct"]}
    assert direct == {("Кэндзи Сато", "ранит чувства японского народа")} | \
        {(s, "вызывает глубокое сожаление") for s, _t in direct if s.startswith("Таро")}, direct
    assert len(direct) == 2, direct


@pytest.mark.parametrize("text", [
    # what will be said is no statement yet
    "Жюри, в котором Россию представляет блогер Игорь Смирнов, назовёт победителей 15 апреля в Берлине.",
    "Тренер Йозеф Мюллер ушел в отставку. О своём будущем он намерен высказаться позднее.",
    # declaring an act is no statement
    "Президент Игорь Смирнов объявил чрезвычайное положение в столице.",
    "Правительство Гондураса объявило трехдневный траур по погибшим.",
])
def test_stprec_a_verb_of_speech_that_tells_no_statement(extract, text):
    assert _said(extract(text)) == []


def test_stprec_announcing_a_result_is_still_a_statement(extract):
    assert ("Игорь Смирнов", False) in _said(extract("Президент Игорь Смирнов объявил о переизбрании на второй срок."))


@pytest.mark.parametrize("text", [
    "Посол Даниил Котов выразил благодарность хозяевам за теплый прием.",
    "Министр Даниил Котов оценил положение на границе как стабильное.",
])
def test_stprec_thanks_and_assessments_stay_statements(extract, text):
    assert ("Даниил Котов", False) in _said(extract(text))


def test_stprec_a_subject_the_parser_hung_elsewhere_is_not_the_last_speaker(extract):
    rec = extract("Премьер Израиля Ариэль Коэн заявил, что не полетит в Вашингтон.\n\nТеперь же канцелярия "
                  "правительства сообщает о том, что вместо Коэна Иерусалим будет представлять на саммите "
                  "министр по делам разведки Дан Леви.")
    said = _said(rec)
    assert said == [("Ариэль Коэн", False)], said


@pytest.mark.parametrize("text, speaker", [
    ("Вот как это прокомментировал писатель Виктор Лесков, который накануне провел митинг: «К сожалению, "
     "власти давно увязли в этом конфликте».", "Виктор Лесков"),
    ("Представитель госдепартамента Марк Уолтон выступил сегодня со специальным заявлением: «Соединенные "
     "Штаты осуждают приговор оппозиционерам».", "Марк Уолтон"),
])
def test_stprec_reported_words_that_are_only_a_quote_after_a_colon_are_direct(extract, text, speaker):
    said = _said(extract(text))
    assert said == [(speaker, True)], said


def test_stprec_words_told_before_the_colon_stay_reported(extract):
    said = _said(extract("По словам аналитика Романа Котова, Крым не единственный интерес Анкары в регионе: "
                         "«Турция давно считается стратегическим партнером автономии»."))
    assert ("Роман Котов", False) in said, said


def test_stprec_a_quote_brought_in_impersonally_is_not_said_by_the_person_it_names(extract):
    rec = extract("Вот как об этом сообщается в заявлении партии, распространённом в понедельник: «Политическое "
                  "бюро единогласно поддержало кандидатуру своего председателя Марины Левченко».")
    assert not any(s.startswith("Марин") for s, _d in _said(rec)), _said(rec)


def test_stprec_thanks_before_a_quoted_intro_stay_reported(extract):
    said = _said(extract("Министр Петер Ковач поблагодарил за приглашение и заявил: «Мы заинтересованы в новых "
                         "поставках газа»."))
    assert sorted(said) == [("Петер Ковач", False), ("Петер Ковач", True)], said


def test_stprec_his_words_are_of_the_man_named_just_before(extract):
    rec = extract("Президент Грузии Михаил Берадзе объявил о победе на выборах.\n\nЗаместитель госсекретаря "
                  "Марк Дейвис призвал оппозицию признать итоги голосования. Однако врач Давид Мирианидзе "
                  "принадлежит к меньшинству, считающему иначе. А это, по его словам, будет иметь тяжелые "
                  "последствия для страны.")
    last = [(names(rec, [v["speaker"]])[0], v["evidence"][0]["text"]) for v in events(rec, "statement")]
    assert any(s == "Давид Мирианидзе" and t.startswith("А это") for s, t in last), last


def test_stprec_he_is_the_subject_of_the_sentence_before(extract):
    rec = extract("Егор Котов погиб в драке в субботу. Котов был студентом.\n\n«Мы требуем честного "
                  "расследования», – сказал друг Егора Котова Иван Петров. Петров заявил, что Котов ни в чем "
                  "не виноват.\n\nПанихиду по Егору Котову возглавил священник Всеволод Чаров, глава отдела "
                  "по связям с обществом. На панихиде он призвал к тому, чтобы страна жила по закону.")
    said = [(names(rec, [v["speaker"]])[0], v["evidence"][0]["text"][:12]) for v in events(rec, "statement")]
    assert ("Всеволод Чаров", "На панихиде ") in said, said
    # the friend of the dead man speaks after the quote, not the dead man named in the genitive
    assert ("Иван Петров", "«Мы требуем ") in said, said


def test_stprec_the_named_spokesman_speaks_not_the_one_his_title_was_given_to(extract):
    rec = extract("Кремль опроверг обвинения блогера Ивана Котова. Президент не имеет к этому отношения, сообщил "
                  "пресс-секретарь президента Олег Ровнов.\n\nПресс-секретарь Управделами президента Виктор Храмов "
                  "отказался от комментариев. Пресс-секретарь президента Олег Ровнов заявил: \"Мы уже говорили, что "
                  "президент не имеет никакого отношения к участку. Ничего нового тут нет\". Напомним, о связи между "
                  "дворцом и президентом Петром Самойловым впервые заговорил в 2010 году бизнесмен Сергей Колосов. "
                  "Он заявил, что близкие президенту бизнесмены построили для него дворец.")
    said = _said(rec)
    assert ("Олег Ровнов", True) in said and ("Сергей Колосов", False) in said, said
    assert not any(s in ("Виктор Храмов", "Пётр Самойлов") for s, _d in said), said


def test_stprec_a_person_named_only_inside_the_quote_does_not_speak(extract):
    rec = extract("Основателю учения монаху Бодхидхарме певец Борис Гребнев дал в своей песне русское имя и "
                  "«пригласил» к нам: «Иван Бодхидхарма движется с юга на крыльях весны».")
    assert not any(s.startswith("Иван") for s, _d in _said(rec)), _said(rec)


def test_stprec_a_quote_brought_in_by_a_second_unknown_speaker_is_not_the_first_ones(extract):
    rec = extract("Премьер-министр Японии Таро Ямада заявил, что этот визит «вызывает глубокое сожаление», а "
                  "глава японского МИДа отметил, что этот поступок «ранит чувства японского народа».")
    direct = [v["text"] for v in events(rec, "statement") if v["direct"]]
    assert direct == ["вызывает глубокое сожаление"], direct


@pytest.mark.parametrize("text, speaker", [
    ("Глава МИД Сергей Лебедев резко отреагировал на заявление премьера, заявив, что его высказывания носят "
     "«явно недипломатический характер».", "Сергей Лебедев"),
    ("Премьер-министр Таро Ямада назвал посещение островов министром обороны Игорем Котовым «в высшей "
     "степени достойным сожаления».", "Таро Ямада"),
])
def test_stprec_a_quote_in_the_speakers_own_clause_stays_his(extract, text, speaker):
    said = _said(extract(text))
    assert any(s.startswith(speaker[:9]) and d for s, d in said), said
