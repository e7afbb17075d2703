"""Storing records: once each, near-duplicates linked, bad ones skipped, everything rebuildable."""
from __future__ import annotations

import sqlalchemy as sa
from store_records import counts, reprint_of

from kelisim.read.article import Article
from kelisim.store.dedup import classify
from kelisim.store.ingest import IngestReport, Writer, ingest, ingest_records, rebuild
from kelisim.store.queries import list_actors, list_events
from kelisim.store.schema import articles, ingest_log


def test_ingest_records_stores_articles_actors_events_commitments(store, records):
    report = ingest_records(store, records.values())
    assert report.stored == len(records)
    c = counts(store)
    assert c["articles"] == len(records)
    assert c["actors"] > 0 and c["events"] > 0 and c["commitments"] > 0
    with store.connect() as conn:
        row = conn.execute(sa.select(articles).where(articles.c.id == "ru-seed-0001")).one()
    assert row.lang == "ru" and str(row.date) == "2026-02-27"
    assert row.text.startswith("В Лондоне") and "text" not in row.record


def test_ingest_is_idempotent(store, records):
    ingest_records(store, records.values())
    before = counts(store)
    again = ingest_records(store, records.values())
    assert again.stored == 0 and again.known == len(records)
    assert counts(store) == before


def test_same_text_from_another_source_is_logged_as_a_duplicate_and_stored_once(store, records):
    rec = records["meeting_ru"]
    ingest_records(store, [rec])
    report = ingest_records(store, [{**rec, "source": "another.kz/copy"}])
    assert report.duplicates == 1 and report.stored == 0
    with store.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar() == 1
        log = conn.execute(sa.select(ingest_log.c.source, ingest_log.c.status)).all()
    assert ("another.kz/copy", "duplicate") in log


def test_near_duplicate_is_linked_to_its_original_and_adds_no_event_source(store, records):
    original = records["meeting_ru"]
    ingest_records(store, [original])
    before = counts(store)
    report = ingest_records(store, [reprint_of(original, "ru-reprint-0001", "tengrinews.kz/reprint")])
    assert report.near_duplicates == 1
    with store.connect() as conn:
        row = conn.execute(sa.select(articles).where(articles.c.id == "ru-reprint-0001")).one()
    assert row.near_duplicate_of == original["id"] and row.similarity >= 0.6 and row.lang == "ru"
    after = counts(store)
    assert after["events"] == before["events"] and after["event_sources"] == before["event_sources"]
    meeting = next(e for e in list_events(store, type="meeting"))
    assert meeting["sources"][0]["reprints"] == [{"article_id": "ru-reprint-0001",
                                                  "source": "tengrinews.kz/reprint"}]


def test_near_duplicates_within_one_batch_are_found(store, records):
    original = records["meeting_ru"]
    report = ingest_records(store, [original, reprint_of(original, "ru-reprint-0001", "copy.kz/1")])
    assert report.stored == 1 and report.near_duplicates == 1


def test_a_record_the_store_cannot_take_is_skipped_and_the_batch_goes_on(store, records):
    bad = {**records["meeting_en"], "entities": [{"id": "e1", "type": "PER", "name": "X",
                                                   "mentions": [{"start": "not a number"}]}]}
    report = ingest_records(store, [bad, records["meeting_ru"]])
    assert report.stored == 1 and len(report.skipped) == 1
    assert "could not be stored" in report.skipped[0].reason
    assert counts(store)["articles"] == 1


def test_ingest_records_takes_text_from_articles_when_records_lack_it(store, records):
    rec = records["roadmap"]
    text = rec.pop("text")
    ingest_records(store, [rec], articles=[Article(text=text, id=rec["id"], source=rec["source"])])
    with store.connect() as conn:
        assert conn.execute(sa.select(articles.c.text)).scalar() == text


def test_rebuild_derives_the_same_store_again(store, records):
    ingest_records(store, records.values())
    before = counts(store)
    events_before = [(e["type"], e["date"], e["n_sources"]) for e in list_events(store)]
    assert rebuild(store) == len(records)
    assert counts(store) == before
    assert [(e["type"], e["date"], e["n_sources"]) for e in list_events(store)] == events_before


class FakeExtractor:
    """Records without NLP: one PER entity for every capitalised two-word name, no events."""

    def records(self, articles, with_text=False, batch_size=32):
        for a in articles:
            yield self.extract(a)

    def extract(self, article, with_text=False):
        if "BOOM" in article.text:
            raise RuntimeError("the model tripped over this one")
        return {"id": article.id, "source": article.source, "lang": "en", "date": article.date,
                "title": article.title, "entities": [], "events": [], "sectors": []}


def test_ingest_reads_files_reports_skipped_inputs_and_goes_on(store, tmp_path):
    (tmp_path / "a.txt").write_text("date 2024-04-24 Talks in Astana\n\nThe ministers met in Astana on "
                                    "Wednesday and discussed trade, transit and energy.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    (tmp_path / "c.txt").write_text("date 2024-04-25 Bad one\n\nBOOM goes the extractor on this text, "
                                    "which is otherwise fine.", encoding="utf-8")
    seen = []
    report = ingest(store, [tmp_path], extractor=FakeExtractor(), on_skip=seen.append)
    assert report.stored == 1
    assert {s.source.rsplit("/", 1)[-1] for s in seen} == {"b.txt", "c.txt"}
    assert any("extraction failed" in s.reason for s in seen)
    with store.connect() as conn:
        statuses = conn.execute(sa.select(ingest_log.c.status, sa.func.count()).group_by(
            ingest_log.c.status)).all()
    assert dict(statuses) == {"stored": 1, "skipped": 2}
    again = ingest(store, [tmp_path], extractor=FakeExtractor())
    assert again.stored == 0 and again.known == 1
    with store.connect() as conn:   # skipped inputs are logged once, not once per run
        assert conn.execute(sa.select(sa.func.count()).select_from(ingest_log)).scalar() == 3


def test_two_writers_taking_turns_share_their_actors(store, records):
    """A second ingest that stored batches between ours is noticed: its actors are reused, not
    made again."""
    first, second = Writer(store), Writer(store)
    for writer, rec in ((first, records["roadmap"]), (second, records["call_a"]), (first, records["other_meeting"])):
        with store.connect() as conn:
            items = classify(conn, [Article(text=rec["text"], id=rec["id"], source=rec["source"],
                                            date=rec["date"])])
        items[0].record = rec
        writer.write(items, [], IngestReport())
    assert [a["name"] for a in list_actors(store, query="Путин")] == ["Владимир Путин"]


def test_events_without_ids_in_a_record_are_still_stored(store, records):
    rec = records["roadmap"]
    for ev in rec["events"]:
        ev.pop("id")
    rec["events"][0]["id"] = rec["events"][1]["id"] = "v1"
    assert ingest_records(store, [rec]).stored == 1
    assert len(list_events(store)) == 3
