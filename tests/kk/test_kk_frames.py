"""Kazakh frames (extract/kk/frames.py): the frame layer read from word order and case.

Each sentence is invented. A frame is a lexicon verb or an event noun; its arguments are the
phrases of its clause before it, a name counting as one word declined on its last; the case
gives the relation and lang/kk/frame_roles.tsv the role.
"""
import pytest

from kelisim.nlp.frames import frames, frames_in
from kelisim.read.plain import parse_plain_text

from kk_record import events, name_of


@pytest.fixture(scope="module")
def frames_of(extractor):
    def run(body: str) -> tuple:
        doc = extractor.process(parse_plain_text(f"date 2025-06-01 Жаңалықтар\n\n{body}\n", "test.txt"))
        sent = next(s for s in doc.sents if body[:12] in s.text)
        return doc, sent, frames_in(doc, sent)
    return run


def frame(found, lemma):
    return next(f for f in found[2] if f.lemma == lemma)


def shown(found, f, role=None):
    """(text, rel, case) of the frame's arguments, or of those filling a role."""
    doc = found[0]
    args = f.role("kk", role) if role else f.args
    return [(doc.text[a.start:a.end], a.rel, a.case) for a in args]


@pytest.mark.parametrize("body, lemma, args", [
    # subject, place and the one met, each by its case; the name group declines on its last word
    ("Ташкентте Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті.", "кездес",
     [("Ташкентте", "obl", "Loc"), ("Қасым-Жомарт Тоқаев", "nsubj", "Nom"), ("Шавкат Мирзиёевпен", "obl", "Ins")]),
    # an office and a state before a name are one phrase with it: the accusative object
    ("Мемлекет басшысы Ақордада Франция елшісі Жан Дюпонды қабылдады.", "қабылда",
     [("Мемлекет басшысы", "nsubj", "Nom"), ("Ақордада", "obl", "Loc"),
      ("Франция елшісі Жан Дюпонды", "obj", "Acc")]),
    # "X пен Y": two subjects joined, the matter in the accusative
    ("Қасым-Жомарт Тоқаев пен Садыр Жапаров су мәселесін талқылады.", "талқыла",
     [("Қасым-Жомарт Тоқаев", "nsubj", "Nom"), ("Садыр Жапаров", "nsubj", "Nom"), ("су мәселесін", "obj", "Acc")]),
    # a meeting noun takes the genitive and the instrumental right before it, not the subject
    ("Тоқаевтың Мирзиёевпен кездесуі барысында сауда мәселесі талқыланды.", "кездес",
     [("Тоқаевтың", "nmod", "Gen"), ("Мирзиёевпен", "obl", "Ins")]),
])
def test_kk_frames_arguments_by_case(frames_of, body, lemma, args):
    found = frames_of(body)
    assert shown(found, frame(found, lemma)) == args


@pytest.mark.parametrize("body, lemma, role, expected", [
    ("Ташкентте Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті.", "кездес", "partner", ["Шавкат Мирзиёевпен"]),
    ("Ташкентте Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті.", "кездес", "agent", ["Қасым-Жомарт Тоқаев"]),
    ("Ташкентте Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті.", "кездес", "place", ["Ташкентте"]),
    ("Мемлекет басшысы Ақордада Франция елшісі Жан Дюпонды қабылдады.", "қабылда", "patient",
     ["Франция елшісі Жан Дюпонды"]),
    ("Тоқаевтың Мирзиёевпен кездесуі барысында сауда мәселесі талқыланды.", "кездес", "holder", ["Тоқаевтың"]),
    # a postposition gives the phrase its role, whatever its case
    ("Қасым-Жомарт Тоқаев Қазақстан мен Өзбекстан арасындағы сауда туралы айтты.", "айт", "topic", ["сауда"]),
])
def test_kk_frames_roles(frames_of, body, lemma, role, expected):
    found = frames_of(body)
    assert [t for t, _, _ in shown(found, frame(found, lemma), role)] == expected


@pytest.mark.parametrize("body, lemma, kind, voice, tense, negated, quoted", [
    ("Ташкентте Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті.", "кездес", "verb", "active", "Past", False, False),
    ("Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен келесі айда кездеседі.", "кездес", "verb", "active", "Fut", False, False),
    ("Қасым-Жомарт Тоқаев Владимир Путинмен бұл жолы кездеспеді.", "кездес", "verb", "active", "Past", True, False),
    ("Астанада екі елдің министрлері арасында келіссөздер жүргізілді.", "жүргізіл", "verb", "passive", "Past",
     False, False),
    # the passive is another verb's stem with a passive ending: "қой|ыл", "қабылда|н"
    ("Астанада екі ел арасындағы келісімге қол қойылды.", "қол қойыл", "verb", "passive", "Past", False, False),
    ("Астанада екі ел арасындағы келісімге қол қойды.", "қол қой", "verb", "active", "Past", False, False),
    ("Сенатта жаңа мәлімдеме қабылданды.", "қабылдан", "verb", "passive", "Past", False, False),
    ("Министр: «Біз Реджеп Тайып Ердоғанмен кездестік», – деді.", "кездес", "verb", "active", "Past", False, True),
    ("Тоқаевтың Мирзиёевпен кездесуі барысында сауда мәселесі талқыланды.", "кездес", "noun", "active", None,
     False, False),
])
def test_kk_frames_predicate(frames_of, body, lemma, kind, voice, tense, negated, quoted):
    f = frame(frames_of(body), lemma)
    assert (f.kind, f.voice, f.tense, f.negated, f.quoted) == (kind, voice, tense, negated, quoted)


@pytest.mark.parametrize("body, lemma, outside", [
    # a converb before a comma closes its clause: the place it went to is no argument of the meeting
    ("Қасым-Жомарт Тоқаев Анкараға барып, Реджеп Тайып Ердоғанмен кездесті.", "кездес", "Анкараға"),
    # so does a finite verb of the lexicons
    ("Қасым-Жомарт Тоқаев мәлімдеме жасады және Реджеп Тайып Ердоғанмен кездесті.", "кездес", "мәлімдеме"),
])
def test_kk_frames_clause_bounds(frames_of, body, lemma, outside):
    found = frames_of(body)
    assert all(outside not in t for t, _, _ in shown(found, frame(found, lemma)))


def test_kk_frames_offsets_are_exact(frames_of):
    doc, sent, found = frames_of("Ташкентте Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті.")
    for f in found:
        for a in f.args:
            assert doc.text[a.start:a.end] == " ".join(doc.text[sent.tokens[k].start:sent.tokens[k].end] for k in a.tokens)


def test_kk_frames_follow_the_entities(frames_of):
    """Arguments are grouped by the names: frames built before a mention is added are rebuilt."""
    doc, sent, _ = frames_of("Ташкентте Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті.")
    before = len(frames(doc))
    person = next(e for e in doc.entities if e.name.endswith("Тоқаев"))
    person.mentions = [m for m in person.mentions if not (sent.start <= m.start < sent.end)]
    f = next(f for f in frames_in(doc, sent) if f.lemma == "кездес")
    assert len(frames(doc)) == before and not any(a.rel == "nsubj" and "Тоқаев" == doc.text[a.start:a.end]
                                                  for a in f.args)


# ---------------------------------------------------------------- meetings through the frame path

@pytest.mark.parametrize("body, participants", [
    # the partner a meeting noun names before it; the host is the sentence's subject
    ("Семинарда Ерлан Қарин Шавкат Мирзиёевпен кездесуі барысында сауда туралы айтты.", ["Мирзиёев", "Қарин"]),
    # the one received in the accusative
    ("Қасым-Жомарт Тоқаев Ақордада Түркия Сыртқы істер министрі Хакан Фиданды қабылдады.", ["Тоқаев", "Фидан"]),
    # talked over with a partner, or by two joined subjects
    ("Қасым-Жомарт Тоқаев Ильхам Әлиевпен көлік мәселесін талқылады.", ["Тоқаев", "Әлиев"]),
    ("Қасым-Жомарт Тоқаев пен Ильхам Әлиев көлік мәселесін талқылады.", ["Тоқаев", "Әлиев"]),
])
def test_kk_meetings_read_from_frames(extract, body, participants):
    rec = extract(body)
    met = events(rec, "meeting")
    assert len(met) == 1
    assert sorted(name_of(rec, p).split()[-1] for p in met[0]["participants"]) == sorted(participants)


@pytest.mark.parametrize("body", [
    # "қабылдады" with no person received: a law adopted, no reception
    "Қасым-Жомарт Тоқаев Ақордада жаңа заңды қабылдады.",
    # one person discussing a matter alone
    "Қасым-Жомарт Тоқаев көлік мәселесін талқылады.",
])
def test_kk_meetings_frames_without_a_partner(extract, body):
    assert events(extract(body), "meeting") == []


@pytest.mark.parametrize("body, body_met", [
    # a body met in the instrumental, or through its leadership: the frame's partner or its owner
    ("Премьер-министр Олжас Бектенов Siemens компаниясымен кездесті.", "Siemens"),
    ("Премьер-министр Олжас Бектенов Siemens компаниясының басшылығымен кездесті.", "Siemens"),
])
def test_kk_meetings_bodies_met_from_frames(extract, body, body_met):
    rec = extract(body)
    met = events(rec, "meeting")
    assert len(met) == 1 and any(body_met in name_of(rec, p) for p in met[0]["participants"])


def test_kk_meetings_one_per_counterpart(extract):
    """"X Y-пен және Z-пен сөйлесті": the frame's partners, one meeting each."""
    rec = extract("Қасым-Жомарт Тоқаев Владимир Путинмен және Шавкат Мирзиёевпен телефон арқылы сөйлесті.")
    met = events(rec, "meeting")
    assert sorted(sorted(name_of(rec, p).split()[-1] for p in v["participants"]) for v in met) == \
        [["Мирзиёев", "Тоқаев"], ["Путин", "Тоқаев"]]


@pytest.mark.parametrize("body, lemma, subject", [
    # a chain of converbs shares its subject with the verb that ends it
    ("Ерлан Қарин сауда өскенін айтып, көлік дәлізі маңызды екенін атап өтті.", "атап өт", "Ерлан Қарин"),
    # a bare nominative that names no one is no subject of its own: an indefinite object
    ("Шавкат Мирзиёев Ерлан Қаринді құттықтап, жаңа жетістіктер тіледі.", "тіле", "Шавкат Мирзиёев"),
    # marks inside a quoted name bound no clause
    ("Ерлан Қарин Түркияның «Орта дәліз: жаңа мүмкіндік» бағдарламасын қолдайтынын жеткізді.", "жеткіз", "Ерлан Қарин"),
])
def test_kk_frames_subject_across_clauses(frames_of, body, lemma, subject):
    found = frames_of(body)
    assert [t for t, _, _ in shown(found, frame(found, lemma), "agent")][:1] == [subject]


@pytest.mark.parametrize("body, speaker", [
    ("Ерлан Қарин сауда өскенін айтып, көлік дәлізі маңызды екенін атап өтті.", "Қарин"),
    ("Ерлан Қарин Түркияның «Орта дәліз: жаңа мүмкіндік» бағдарламасын қолдайтынын жеткізді.", "Қарин"),
])
def test_kk_statements_speaker_from_frames(extract, body, speaker):
    rec = extract(body)
    assert [name_of(rec, v["speaker"]).split()[-1] for v in events(rec, "statement")] == [speaker]


# ------------------------------------------------- relations beyond the clause before the verb

def after(found, f):
    """The arguments that stand after the predicate."""
    doc, sent, _ = found
    return [(doc.text[a.start:a.end], a.rel, a.case) for a in f.args if a.start > sent.tokens[f.pred].start]


@pytest.mark.parametrize("body, lemma, postposed", [
    # after "деп" the verb of speech comes first and its subject follows
    ("Екі ел сауданы дамытады деп атап өтті Ерлан Қарин журналистерге.", "атап өт",
     [("Ерлан Қарин", "nsubj", "Nom"), ("журналистерге", "obl", "Dat")]),
    # also where the lexicon's verb opens with "деп" itself
    ("«Біз сауданы дамытамыз», – деп жазды Ерлан Қарин.", "деп жаз", [("Ерлан Қарин", "nsubj", "Nom")]),
    # without "деп" nothing after the verb is its argument
    ("Ерлан Қарин сауда туралы айтты, журналистер тыңдады.", "айт", []),
])
def test_kk_frames_subject_after_dep(frames_of, body, lemma, postposed):
    found = frames_of(body)
    assert after(found, frame(found, lemma)) == postposed


@pytest.mark.parametrize("body, lemma, holder", [
    # a noun of speech (lang/kk/speech_nouns.tsv) has its speaker as the genitive before it
    ("Ерлан Қариннің айтуынша, сауда биыл өседі.", "айтуынша", ["Ерлан Қариннің"]),
    ("Ерлан Қариннің айтуы бойынша, сауда биыл өседі.", "айтуы бойынша", ["Ерлан Қариннің"]),
])
def test_kk_frames_holder_of_a_speech_noun(frames_of, body, lemma, holder):
    found = frames_of(body)
    assert [t for t, _, _ in shown(found, frame(found, lemma), "holder")] == holder


@pytest.mark.parametrize("body, leader", [
    # "Y бастаған делегация": the participle heads a frame whose subject leads the noun after it
    ("Ерлан Қарин Шавкат Мирзиёев бастаған делегацияны қабылдады.", "Шавкат Мирзиёев"),
    ("Ерлан Қарин Ильхам Әлиев басқарған делегациямен кездесті.", "Ильхам Әлиев"),
])
def test_kk_frames_leader_of_a_delegation(frames_of, body, leader):
    found = frames_of(body)
    f = next(f for f in found[2] if f.lemma in ("бастаған", "басқарған"))
    assert [t for t, _, _ in shown(found, f, "agent")][-1:] == [leader]


@pytest.mark.parametrize("body, speaker", [
    # the subject after "деп VERB" speaks; a reporter after it is a source, no speaker
    ("Екі ел сауданы дамытады деп атап өтті Ерлан Қарин журналистерге.", "Қарин"),
    ("Ерлан Қариннің айтуынша, екі ел сауданы биыл дамытады.", "Қарин"),
])
def test_kk_statements_speaker_after_the_verb_or_before_a_speech_noun(extract, body, speaker):
    rec = extract(body)
    assert [name_of(rec, v["speaker"]).split()[-1] for v in events(rec, "statement")] == [speaker]


def test_kk_statements_reporter_after_dep_is_no_speaker(extract):
    rec = extract("Қасым-Жомарт Тоқаев биыл Түркияға барады деп хабарлайды «Адырна» тілшісі.")
    assert [name_of(rec, v["speaker"]) for v in events(rec, "statement")] == []


@pytest.mark.parametrize("body", [
    # received with the one who leads the delegation
    "Ерлан Қарин Шавкат Мирзиёев бастаған делегацияны қабылдады.",
])
def test_kk_meetings_delegation_led_by_a_person(extract, body):
    rec = extract(body)
    met = events(rec, "meeting")
    assert len(met) == 1 and {name_of(rec, p).split()[-1] for p in met[0]["participants"]} == {"Қарин", "Мирзиёев"}


def test_kk_meetings_a_subject_after_dep_is_named(extract):
    """"... кездесті, – деп жазды X": X is the sentence's subject, so no hero joins the meeting."""
    rec = extract("Ерлан Қарин Астанада форумға қатысты.\n\n"
                  "«Мен Шавкат Мирзиёевпен кездестім», – деп жазды Ильхам Әлиев.")
    assert all("Қарин" not in name_of(rec, p) for v in events(rec, "meeting") for p in v["participants"])
