"""One event per happening, with every article that reports it as a source."""
from __future__ import annotations

import copy

import pytest
from store_records import entity, meeting_en, meeting_ru, record, span

from kelisim.store.ingest import ingest_records
from kelisim.store.queries import event_label, list_events, timeline


def meetings(store):
    return list_events(store, type="meeting")


def test_events_merge_ru_and_en_reports_of_one_meeting(store, records):
    ingest_records(store, [records["meeting_ru"], records["meeting_en"]])
    [meeting] = meetings(store)
    assert meeting["n_sources"] == 2
    assert {s["lang"] for s in meeting["sources"]} == {"ru", "en"}
    assert {p["name"] for p in meeting["participants"]} == {"Мурат Нуртлеу", "Дэвид Кэмерон"}
    assert meeting["location"] == "Астана"
    for source in meeting["sources"]:
        assert source["article_id"] and source["source"] and source["evidence"][0]["text"]


def test_events_merge_reports_with_names_spelt_differently(store, records):
    ingest_records(store, [records["call_a"], records["call_b"]])
    [call] = meetings(store)
    assert call["n_sources"] == 2 and call["mode"] == "phone"


def test_events_another_meeting_of_one_participant_on_the_same_day_stays_apart(store, records):
    ingest_records(store, [records["call_a"], records["other_meeting"]])
    assert [m["n_sources"] for m in meetings(store)] == [1, 1]


def test_events_outside_the_window_stay_apart(store):
    later = copy.deepcopy(meeting_en())
    later["date"] = later["events"][0]["date"] = "2024-05-10"
    ingest_records(store, [meeting_ru(), later])
    assert len(meetings(store)) == 2


def test_events_window_is_configurable(store):
    later = copy.deepcopy(meeting_en())
    later["date"] = later["events"][0]["date"] = "2024-04-30"
    ingest_records(store, [meeting_ru(), later], window_days=7)
    assert len(meetings(store)) == 1


def test_events_statements_are_kept_per_article(store, records):
    ingest_records(store, [records["meeting_ru"], records["meeting_en"]])
    statements = list_events(store, type="statement")
    assert len(statements) == 2 and all(s["n_sources"] == 1 for s in statements)


def test_events_a_state_stands_for_its_people(store, records):
    """'Нуртлеу провёл переговоры с Великобританией' and 'Nurtleu met Cameron' are one meeting."""
    ru = meeting_ru()
    ru["events"][0]["participants"] = ["e1", "e5"]
    ingest_records(store, [ru, records["meeting_en"]])
    [meeting] = meetings(store)
    assert meeting["n_sources"] == 2


def test_events_two_meetings_in_one_article_stay_apart(store):
    text = "Кошербаев встретился с Хойлом. Затем Кошербаев встретился с Брайантом."
    rec = record("two-meetings", "mfa/2", "ru", "2026-02-27", "t", text, [
        entity(text, "e1", "PER", "Ермек Кошербаев", country="KZ", said="Кошербаев"),
        entity(text, "e2", "PER", "Линдси Хойл", country="GB", said="Хойлом"),
        entity(text, "e3", "PER", "Крис Брайант", country="GB", said="Брайантом"),
    ], [
        {"id": "v1", "type": "meeting", "participants": ["e1", "e2"], "evidence": [span(text, "Кошербаев встретился с Хойлом")]},
        {"id": "v2", "type": "meeting", "participants": ["e1", "e3"], "evidence": [span(text, "Кошербаев встретился с Брайантом")]},
    ])
    ingest_records(store, [rec])
    assert len(meetings(store)) == 2


def test_events_agreements_on_different_subjects_signed_together_stay_apart(store):
    recs = []
    for i, (title, sector, extra) in enumerate([
            ("соглашение о сотрудничестве в здравоохранении", "health", "Минздрав сообщил о новых программах."),
            ("соглашение о транспорте", "transport_logistics", "Речь идёт о транзите через Каспий.")]):
        text = f"Казахстан и Великобритания в среду подписали {title}. {extra}"
        recs.append(record(f"agr{i}", f"src/{i}", "ru", "2024-04-24", "t", text, [
            entity(text, "e1", "GPE", "Казахстан", country="KZ"),
            entity(text, "e2", "GPE", "Великобритания", country="GB")], [
            {"id": "v1", "type": "agreement", "doc_type": "agreement", "title": title, "parties": ["e1", "e2"],
             "sectors": [sector], "evidence": [span(text, title)]}]))
    ingest_records(store, recs)
    assert len(list_events(store, type="agreement")) == 2


def test_events_same_agreement_reported_twice_is_one_event(store, records):
    again = copy.deepcopy(records["meeting_ru"])
    again.update(id="ru-meeting-0002", source="tass.ru/5", date="2024-04-25",
                 text=again["text"] + "\n\nПодробнее — в материале ТАСС о визите британского министра и "
                                      "о переговорах в столице Казахстана, прошедших в среду.")
    again["text"] = again["text"].replace("Стороны обсудили торговлю и инвестиции.", "Речь шла о торговле.")
    ingest_records(store, [records["meeting_ru"]])
    ingest_records(store, [{**again, "text": "Иной текст той же новости. " * 3 + again["text"][-200:]}])
    [agreement] = list_events(store, type="agreement")
    assert agreement["n_sources"] == 2


def test_events_timeline_of_a_pair_of_states(store, records):
    ingest_records(store, records.values())
    kz_gb = timeline(store, "KZ", "GB")
    assert [e["date"] for e in kz_gb] == sorted(e["date"] for e in kz_gb)
    assert {e["type"] for e in kz_gb} >= {"meeting", "agreement", "project"}
    assert not any("Путин" in e["label"] for e in kz_gb)
    assert [e["type"] for e in timeline(store, "RU", "UZ")] == ["meeting"]


def test_events_label_says_who_and_what(store, records):
    ingest_records(store, [records["roadmap"]])
    labels = {e["type"]: event_label(e) for e in list_events(store)}
    assert labels["meeting"] == "Ермек Кошербаев – Линдси Хойл"
    assert labels["agreement"].startswith("Дорожная карта")


def test_events_filters(store, records):
    ingest_records(store, records.values())
    assert {e["type"] for e in list_events(store, actor="Tokayev")} == {"meeting"}
    assert all(e["date"] >= "2025-01-01" for e in list_events(store, since="2025-01-01"))
    assert all(e["n_sources"] >= 2 for e in list_events(store, min_sources=2))
    assert len(list_events(store, limit=2)) == 2
    assert list_events(store, sector="critical_minerals")[0]["type"] == "agreement"


def test_events_a_project_report_that_fits_two_projects_equally_stays_apart(store):
    def campus(id, place, date):
        text = f"Heriot-Watt University откроет кампус{' в ' + place if place else ''}. Сообщение {id}."
        ents = [entity(text, "e1", "ORG", "Heriot-Watt University", country="GB")]
        if place:
            ents.append(entity(text, "e2", "GPE", place, country="KZ"))
        return record(id, f"src/{id}", "ru", date, "t", text, ents, [
            {"id": "v1", "type": "project", "kind": "campus", "owner": "e1", "location": "e2" if place else None,
             "stage": "announced", "evidence": [span(text, "откроет кампус")]}])
    ingest_records(store, [campus("p1", "Актобе", "2025-01-10"), campus("p2", "Астана", "2025-02-10"),
                           campus("p3", None, "2025-06-01"), campus("p4", "Актобе", "2025-07-01")])
    projects = sorted(e["n_sources"] for e in list_events(store, type="project"))
    assert projects == [1, 1, 2]      # Актобе twice; Астана; the one without a place on its own


@pytest.mark.parametrize("owner_a, owner_b, one_project", [
    ("Coventry University", "Coventry University Kazakhstan", True),
    ("Казахский национальный университет имени аль-Фараби", "КазНУ им. аль-Фараби", True),
    ("Heriot-Watt University", "Cardiff University", False),
])
def test_events_projects_at_one_place_merge_when_owners_name_one_body(store, owner_a, owner_b, one_project):
    recs = []
    for i, (owner, stage) in enumerate([(owner_a, "announced"), (owner_b, "completed")]):
        text = f"{owner} {'откроет' if i == 0 else 'открыл'} кампус в Алматы. Новость номер {i} о вузах."
        recs.append(record(f"c{i}", f"src/c{i}", "ru", f"2025-0{i + 1}-10", "t", text, [
            entity(text, "e1", "ORG", owner, country=None), entity(text, "e2", "GPE", "Алматы", country="KZ")], [
            {"id": "v1", "type": "project", "kind": "campus", "owner": "e1", "location": "e2", "stage": stage,
             "evidence": [span(text, "кампус в Алматы")]}]))
    ingest_records(store, recs)
    assert (len(list_events(store, type="project")) == 1) is one_project
