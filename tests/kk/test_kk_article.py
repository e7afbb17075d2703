"""One Kazakh article end to end: the record a reader of kelisim gets (spec/OUTPUT.md)."""
from kk_record import events, name_of

ARTICLE = """\
Тоқаев пен Мирзиёев Ташкентте келіссөздер жүргізді

Ташкентте Қазақстан Президенті Қасым-Жомарт Тоқаев бүгін Өзбекстан Президенті Шавкат Мирзиёевпен келіссөздер жүргізді. Тараптар сауда, көлік-логистика және су ресурстары мәселелерін талқылады.

«Өзбекстан – Қазақстанның стратегиялық серіктесі. Біз тауар айналымын 10 миллиард долларға жеткізуге тиіспіз», — деді Қасым-Жомарт Тоқаев.

Шавкат Мирзиёев екі елдің шекаралық аймақтарындағы бірлескен жобаларды жоғары бағалайтынын атап өтті.

Түркістан облысында Өзбекстан компаниясының қатысуымен тоқыма фабрикасы салынады.

Келесі жылы Шавкат Мирзиёев Астанаға мемлекеттік сапармен келеді.
"""


def test_kazakh_article_end_to_end(extract):
    headline, body = ARTICLE.split("\n\n", 1)
    rec = extract(body, headline=headline)
    people = {e["name"]: e for e in rec["entities"] if e["type"] == "PER"}
    assert set(people) == {"Қасым-Жомарт Тоқаев", "Шавкат Мирзиёев"}
    assert people["Шавкат Мирзиёев"]["country"] == "UZ"
    assert people["Шавкат Мирзиёев"]["name_latin"] == "Shavkat Mirziyoyev"
    assert people["Қасым-Жомарт Тоқаев"]["roles"][0]["title"] == "президент"

    meetings = events(rec, "meeting")
    assert [(sorted(name_of(rec, p) for p in v["participants"]), name_of(rec, v["location"]), v["modality"],
             v["codes"]["cameo"]) for v in meetings] == [
        (sorted(["Қасым-Жомарт Тоқаев", "Шавкат Мирзиёев"]), "Ташкент", "asserted", "046"),
        (["Шавкат Мирзиёев"], "Астана", "planned", "036"),
    ]

    statements = events(rec, "statement")
    assert [(name_of(rec, v["speaker"]), v["direct"]) for v in statements] == [
        ("Қасым-Жомарт Тоқаев", True), ("Шавкат Мирзиёев", False)]
    assert statements[0]["text"].startswith("Өзбекстан – Қазақстанның стратегиялық серіктесі")

    (project,) = events(rec, "project")
    assert (project["kind"], project["stage"], name_of(rec, project["location"])) == \
        ("plant", "announced", "Түркістан облысы")

    assert {"trade", "transport_logistics", "climate_environment"} <= set(rec["sectors"])
    for v in rec["events"]:
        for ev in v["evidence"]:
            assert rec["text"][ev["start"]:ev["end"]] == ev["text"]
    for e in rec["entities"]:
        for m in e["mentions"]:
            assert rec["text"][m["start"]:m["end"]] == m["text"]
