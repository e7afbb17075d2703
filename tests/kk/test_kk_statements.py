import pytest

from kk_record import events, name_of


def said(rec):
    return [(name_of(rec, v["speaker"]).split()[-1], v["direct"], v["text"]) for v in events(rec, "statement")]


@pytest.mark.parametrize("body, speaker, quote", [
    ("«Қазақстан мен Түркия арасындағы сауда көлемі өсіп келеді», — деді Қасым-Жомарт Тоқаев.",
     "Тоқаев", "Қазақстан мен Түркия арасындағы сауда көлемі өсіп келеді"),
    ("Олжас Бектенов жиын өткізді. «Біз инвестиция тартуға дайынбыз»,—деді ол.",
     "Бектенов", "Біз инвестиция тартуға дайынбыз"),
    ("«Біз бірге жұмыс істей береміз» деп мәлімдеді Реджеп Тайып Ердоған.",
     "Ердоған", "Біз бірге жұмыс істей береміз"),
    ("«Бұл жоба екі елге де тиімді», — деп атап өтті Мұрат Нұртілеу.",
     "Нұртілеу", "Бұл жоба екі елге де тиімді"),
    ("Президент Қасым-Жомарт Тоқаев: «Біз барлық серіктестерге ашықпыз».",
     "Тоқаев", "Біз барлық серіктестерге ашықпыз"),
    ("— Ынтымақтастық жаңа деңгейге көтерілді, — деді Ильхам Әлиев.",
     "Әлиев", "Ынтымақтастық жаңа деңгейге көтерілді"),
    # a quote mark the writer never closes: the words run to the dash before the verb
    ("«Біз сауда көлемін екі есе арттыруға күш саламыз, – деді Шавкат Мирзиёев.",
     "Мирзиёев", "Біз сауда көлемін екі есе арттыруға күш саламыз"),
    ("«Екі ел арасындағы байланыс нығайып келеді. Біз бұл жолды жалғастырамыз, — деді Ильхам Әлиев.",
     "Әлиев", "Екі ел арасындағы байланыс нығайып келеді. Біз бұл жолды жалғастырамыз"),
])
def test_direct_quotes(extract, body, speaker, quote):
    rec = extract(body)
    direct = [s for s in said(rec) if s[1]]
    assert direct == [(speaker, True, quote)]


@pytest.mark.parametrize("body, speaker, code", [
    ("СІМ ресми өкілі Айгерім Шыңғысқызы Қазақстан бұл бастаманы қолдайтынын мәлімдеді.", "Шыңғысқызы", "010"),
    ("Мемлекет басшысы Қасым-Жомарт Тоқаев екі ел арасындағы тауар айналымы өскенін атап өтті.", "Тоқаев", "010"),
    ("Бұл туралы бүгін Сыртқы істер министрі Мұрат Нұртілеу айтты, деп хабарлайды Kazinform тілшісі.",
     "Нұртілеу", "010"),
    ("Қасым-Жомарт Тоқаев Түркия халқын Республика күнімен құттықтады.", "Тоқаев", "018"),
    ("Реджеп Тайып Ердоған ынтымақтастықты кеңейтуге дайын екенін білдірді.", "Ердоған", "031"),
    # briefing, sharing one's view, drawing attention, holding a view, hoping
    ("Елші Арман Исағалиев екі ел арасындағы сауда көлемі туралы баяндады.", "Исағалиев", "010"),
    ("Виктор Орбан энергетикалық қауіпсіздік жөнінде өз ойын ортаға салды.", "Орбан", "010"),
    ("Шавкат Мирзиёев су ресурстары мәселесіне баса назар аударды.", "Мирзиёев", "010"),
    ("Ильхам Әлиев бұл бастаманы маңызды деп санайды.", "Әлиев", "010"),
    # appraising, approving, assuring, confirming, answering, a congratulatory telegram
    ("Компания басшысы Ержан Сапаров жобаның құнын 2 миллиард долларға бағалады.", "Сапаров", "010"),
    ("Шавкат Мирзиёев Қазақстанмен әріптестікті жоғары бағалады.", "Мирзиёев", "051"),
    ("Ресей Президенті Владимир Путин бұл бастаманы құптады.", "Путин", "051"),
    ("Ильхам Әлиев мұнай жеткізу жалғасатынын растады.", "Әлиев", "010"),
    ("Мұрат Нұртілеу журналистердің сұрақтарына жауап берді.", "Нұртілеу", "010"),
    ("Қасым-Жомарт Тоқаев Ухнаагийн Хурэлсухқа құттықтау жеделхатын жолдады.", "Тоқаев", "018"),
    # a person's data, judgement or view: "X-тың мәліметінше", "пайымдауынша", "ойынша"
    ("Дмитрий Песковтың мәліметінше, сапар күзде өтеді.", "Песков", "010"),
    ("Сарапшы Әсет Мұратұлының пайымдауынша, келіссөздер сәтті өтті.", "Мұратұлы", "010"),
    # "Оның айтуынша" (according to him): the person named before
    ("Вице-министр Ерлан Сәрсенов Женевада болды. Оның айтуынша, келіссөздер нәтижелі өтті.", "Сәрсенов", "010"),
    # a past participle that ends the sentence or takes "еді" is a finite past
    ("Бұған дейін Кремль өкілі Дмитрий Песков сапар күні туралы хабарлаған еді.", "Песков", "010"),
    ("Сыртқы істер министрі Мұрат Нұртілеу келіссөздер нәтижелі болғанын мәлімдеген.", "Нұртілеу", "010"),
])
def test_reported_speech(extract, body, speaker, code):
    rec = extract(body)
    (v,) = events(rec, "statement")
    assert (name_of(rec, v["speaker"]).split()[-1], v["direct"], v["codes"]["cameo"]) == (speaker, False, code)


@pytest.mark.parametrize("body", [
    # "ауыл шаруашылығы" (agriculture) makes no village of the surname before it
    "Премьер-министр Олжас Бектенов жиын өткізді. Бектенов ауыл шаруашылығын қолдау қажет екенін айтты.",
    # a surname the model reads as a place after "Сондай-ақ" is the person named before
    "Премьер-министр Олжас Бектенов Үкіметке тапсырма берді. Сондай-ақ Бектенов ауыл шаруашылығын "
    "қолдау қажет екенін айтты.",
])
def test_a_surname_named_again_is_the_speaker(extract, body):
    assert [s[:2] for s in said(extract(body))] == [("Бектенов", False)]


def test_a_sentence_without_a_subject_goes_on_with_the_last_speaker(extract):
    rec = extract("Қасым-Жомарт Тоқаев форумда сөз сөйледі.\n\n"
                  "Сондай-ақ цифрландыру маңызды екенін атап өтті.")
    assert [s[:2] for s in said(rec)] == [("Тоқаев", False), ("Тоқаев", False)]


def test_reported_words_are_the_statements_text(extract):
    rec = extract("Мемлекет басшысы Қасым-Жомарт Тоқаев білім саласының маңызы зор екенін мәлімдеді.")
    (v,) = events(rec, "statement")
    assert v["text"] == "білім саласының маңызы зор екенін"


@pytest.mark.parametrize("body", [
    "Бұл туралы ҚР Сыртқы істер министрлігінің баспасөз қызметі хабарлады.",   # a source
    "Кездесуде Қазақстан мен Ресей арасындағы ынтымақтастық талқыланды.",       # no verb of speech
    "Айта кетейік, Қасым-Жомарт Тоқаев 1975 жылы институтты бітірген.",        # "let us note" is the writer's
    "Қасым-Жомарт Тоқаевтың форумда айтқан ойлары кітапқа енді.",               # a participle qualifying a noun
])
def test_no_statement(extract, body):
    assert events(extract(body), "statement") == []


@pytest.mark.parametrize("attribution", ["— дейді маман.", "— дейді халық.", "— деді Сенат төрағасы."])
def test_a_quote_of_an_unnamed_speaker_is_nobody_elses(extract, attribution):
    rec = extract("Мұрат Нұртілеу Лондонға барды.\n\n«Бұл шешім дұрыс емес деп ойлаймын», " + attribution)
    assert events(rec, "statement") == []


def test_the_verb_of_a_quote_is_not_told_again_as_reported_speech(extract):
    rec = extract("«Біз бұл бағытта көп жұмыс атқардық»,—деді ол конференцияда айтты.", headline="Ж")
    assert all(v["direct"] for v in events(rec, "statement"))


def test_the_speaker_quoted_last_goes_on(extract):
    rec = extract("Мұрат Нұртілеу Анкараға барды.\n\n"
                  "«Біз бірге жұмыс істей береміз», — деді Реджеп Тайып Ердоған.\n\n"
                  "Сондай-ақ сауданы дамыту маңызды екенін атап өтті.")
    assert [s[:2] for s in said(rec)] == [("Ердоған", True), ("Ердоған", False)]


def test_a_state_before_a_title_is_no_subject(extract):
    rec = extract("Анкарада Қазақстан Президенті Қасым-Жомарт Тоқаев екі ел арасындағы сауда өскенін атап өтті.")
    assert [s[:2] for s in said(rec)] == [("Тоқаев", False)]


@pytest.mark.parametrize("body, speaker", [
    # "ол" after a quote is its speaker, not the president the quote speaks of
    ("Мұрат Нұртілеу сапар туралы хабарлады. «Президенттің сапарына дайындық жүріп жатыр. "
     "Бірнеше құжат әзірленуде», — деді ол.", "Нұртілеу"),
    ("Сергей Лавров баспасөз мәслихатын өткізді. «Владимир Путиннің сапары маңызды», — деді ол.", "Лавров"),
])
def test_a_pronoun_after_a_quote_is_never_a_name_inside_it(extract, body, speaker):
    rec = extract(body)
    direct = [s for s in said(rec) if s[1]]
    assert [s[0] for s in direct] == [speaker]


@pytest.mark.parametrize("body, speaker", [
    # "осылай деп мәлімдеді": the subject stands before "деп" when nothing follows the verb
    ("Анкара Қазақстанды қолдайды. Астанада жүрген Түркия басшысы Реджеп Тайып Ердоған осылай деп мәлімдеді.",
     "Ердоған"),
    # calling something a name is saying it; wishing is congratulating
    ("Реджеп Тайып Ердоған Қазақстанды бауырлас ел деп атады.", "Ердоған"),
    ("Тәжікстан басшысы Эмомали Рахмон зор денсаулық тіледі.", "Рахмон"),
    # an office in the genitive before the speaker is not the speaker
    ("Садыр Жапаров Алматыға барады. Бұл жөнінде қырғыз президентінің баспасөз хатшысы Аскар Бекназаров "
     "хабарлады.", "Бекназаров"),
])
def test_reported_speech_speakers(extract, body, speaker):
    assert [s[0] for s in said(extract(body)) if not s[1]] == [speaker]


@pytest.mark.parametrize("body, speaker, fragment", [
    ("Реджеп Тайып Ердоған екі елдің “мәңгілік” достығы туралы айтып, Қазақстанды “бауырлас ел” деп атады.",
     "Ердоған", "мәңгілік"),
    ("Қасым-Жомарт Тоқаев Түркияны «бауырлас» мемлекет деп атап өтті.", "Тоқаев", "бауырлас"),
])
def test_words_quoted_in_reported_speech_are_a_direct_statement_too(extract, body, speaker, fragment):
    rec = extract(body)
    assert (speaker, False) in [s[:2] for s in said(rec)]
    direct = [s for s in said(rec) if s[1]]
    assert direct[0][:2] == (speaker, True) and direct[0][2] == fragment


def test_a_quoted_name_in_reported_speech_is_no_ones_words(extract):
    rec = extract("Қасым-Жомарт Тоқаев экономикалық аймақ «Жібек жолы» жобасын дамыту маңызды екенін атап өтті.")
    assert [s[1] for s in said(rec)] == [False]


@pytest.mark.parametrize("body, speaker, code", [
    ("Сергей Лавровтың айтуынша, Владимир Путин қарашада Астанаға келеді.", "Лавров", "010"),
    ("Мұрат Нұртілеудің пікірінше, екі ел арасындағы сауда өсе береді.", "Нұртілеу", "010"),
    # an invitation is a statement of the one who invites
    ("Шавкат Мирзиёев Қасым-Жомарт Тоқаевтың шақыртуымен Астанаға келеді.", "Тоқаев", None),
])
def test_a_noun_of_speech_after_its_speaker_in_the_genitive(extract, body, speaker, code):
    rec = extract(body)
    (v,) = [v for v in events(rec, "statement") if name_of(rec, v["speaker"]).endswith(speaker)]
    assert v["direct"] is False
    assert code is None or v["codes"]["cameo"] == code


def test_an_outlets_report_is_no_statement(extract):
    rec = extract("Kazinform агенттігінің хабарлауынша, форум Астанада өтеді.")
    assert events(rec, "statement") == []


def test_an_outlet_after_dep_is_a_source_not_the_subject_before(extract):
    rec = extract("Ресей президенті Владимир Путин қарашада Қазақстанға келеді, деп хабарлайды «Адырна» порталы.")
    assert events(rec, "statement") == []


def test_ol_before_a_description_is_the_subject(extract):
    rec = extract("Президент Қасым-Жомарт Тоқаевты Тәжікстан басшысы Эмомали Рахмон құттықтады. "
                  "Ол Мемлекет басшысы көп еңбек сіңіргенін атап өтті.")
    speakers = [name_of(rec, v["speaker"]) for v in events(rec, "statement")]
    assert speakers[-1] == "Эмомали Рахмон"


@pytest.mark.parametrize("body, speaker", [
    ("Мұрат Нұртілеу мен Хакан Фидан Анкарада келіссөздер жүргізді. Тараптар екі ел арасындағы көлік "
     "дәлізін дамытудың маңызын атап өтті.", "тараптар"),
    ("Қасым-Жомарт Тоқаев Садыр Жапаровпен телефон арқылы сөйлесті. Екі ел басшылары су ресурстары "
     "мәселесінде ынтымақтасуға дайын екенін білдірді.", "екі ел басшылары"),
])
def test_the_sides_named_together_speak_as_one_group(extract, body, speaker):
    rec = extract(body)
    (v,) = events(rec, "statement")
    group = next(e for e in rec["entities"] if e["id"] == v["speaker"])
    assert (group["name"], group["type"], v["direct"]) == (speaker, "ORG", False)
    assert "тараптар" in [group["name"]] + group["aliases"]


def test_a_quoted_name_in_reported_speech_is_no_quote(extract):
    rec = extract("Мемлекет басшысы Қасым-Жомарт Тоқаев Түркияның «Орта дәліз: жаңа мүмкіндік» бағдарламасын "
                  "қолдайтынын жеткізді.")
    assert [s[:2] for s in said(rec)] == [("Тоқаев", False)]


@pytest.mark.parametrize("office", ["ҚХР Төрағасы", "Германия канцлері"])
def test_an_office_after_a_dash_quote_is_the_person_who_holds_it(extract, office):
    holder = {"ҚХР Төрағасы": "ҚХР Төрағасы Си Цзиньпин", "Германия канцлері": "Германия канцлері Олаф Шольц"}[office]
    rec = extract(f"{holder} Астанада болды.\n\n– Біз ынтымақтастықты дамытуға дайынбыз, – деді {office}.")
    direct = [s for s in said(rec) if s[1]]
    assert direct == [(holder.split()[-1], True, "Біз ынтымақтастықты дамытуға дайынбыз")]


def test_a_plural_office_before_a_body_is_no_group(extract):
    rec = extract("Министрлер Кабинетінің отырысында Асқар Жұмабаев жаңа бағдарлама туралы айтты.")
    assert [e["name"] for e in rec["entities"] if e.get("type") == "ORG" and "министрлер" == e["name"]] == []


def test_a_joint_plan_of_the_sides_is_no_statement(extract):
    assert events(extract("Тараптар келесі жылы сапар алмасуға келісті."), "statement") == []


@pytest.mark.parametrize("holder, office", [
    ("Сауда министрі Арман Қалиев", "қазақстандық министр"),
    ("Құраманың бас бапкері Мейрам Оспанов", "бапкер"),
    ("СІМ ресми өкілі Әлия Жанғалиева", "ресми өкіл"),
])
def test_a_bare_office_after_a_dash_quote_is_its_holder_named_before(extract, holder, office):
    rec = extract(f"{holder} журналистермен кездесті.\n\n– Біз бұл жұмысты алдағы жылы да жалғастырамыз, "
                  f"– деді {office}.")
    direct = [s for s in said(rec) if s[1]]
    assert direct == [(holder.split()[-1], True, "Біз бұл жұмысты алдағы жылы да жалғастырамыз")]


def test_a_bare_office_no_one_named_holds_is_no_speaker(extract):
    rec = extract("Арман Қалиев көрмеге барды.\n\n– Бағалар биыл тұрақты болады, – дейді маман.")
    assert [s for s in said(rec) if s[1]] == []


def test_dash_words_that_run_into_the_next_paragraph_are_one_quote(extract):
    rec = extract("Сауда министрі Арман Қалиев баспасөз мәслихатын өткізді.\n\n"
                  "– Экспорт көлемі биыл айтарлықтай өсті. Жаңа нарықтар ашылды.\n\n"
                  "Алдағы жылы біз бұл қарқынды сақтауымыз керек, – деді Арман Қалиев.")
    direct = [s for s in said(rec) if s[1]]
    assert [s[:2] for s in direct] == [("Қалиев", True)]
    assert direct[0][2].startswith("Экспорт көлемі биыл айтарлықтай өсті.")
    assert [s for s in said(rec) if not s[1]] == []


@pytest.mark.parametrize("body", [
    "Премьер-министр Серік Ахметов инвесторларды қабылдады. Үкімет басшысы салық жеңілдіктері сақталатынын айтты.",
    "Премьер-министр Серік Ахметов инвесторларды қабылдады.\n\nҮкімет басшысы салық жеңілдіктері сақталатынын айтты.",
])
def test_a_description_opened_by_a_bodys_name_is_its_holder(extract, body):
    assert [s[:2] for s in said(extract(body))] == [("Ахметов", False)]


@pytest.mark.parametrize("body, speaker", [
    ("Рәсімге Энергетика вице-министрі Дәурен Сейітов пен облыс әкімі Марат Ахметжанов қатысты.\n\n"
     "Облыс әкімі өз сөзінде зауыт 400 адамды жұмыспен қамтитынын айтты.", "Ахметжанов"),
    ("Мәжіліс Төрағасы Нұрлан Қасымов Корея парламентшілерін қабылдады.\n\n"
     "Спикер Корея Қазақстанның маңызды серіктесі екенін атап өтті.", "Қасымов"),
])
def test_an_office_alone_as_subject_is_its_holder_named_before(extract, body, speaker):
    assert [s[:2] for s in said(extract(body)) if not s[1]] == [(speaker, False)]


def test_a_named_person_before_a_bodys_name_is_the_speaker(extract):
    rec = extract("Ерлан Сәрсенов Золтан Керекешпен кездесті.\n\n"
                  "Өз кезегінде Золтан Керекеш Венгрия үкіметі су саласында тәжірибе алмасуға мүдделі екенін жеткізді.")
    assert [s[:2] for s in said(rec) if s[0] == "Керекеш"] == [("Керекеш", False)]
