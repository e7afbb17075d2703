"""Two readings that only showed when rules of one session met (extract/history.py, context.modality):
an article without a date is read as of the latest year it names for something done, not for a
plan ("завершить планируется в 2027 году"), so a plant launched two years before the plan is
still news; and "рассчитывать" makes an event possible only where one counts on others for it
("рассчитывает на участие компаний в строительстве"), while "рассчитывают приступить к
строительству" tells a plan."""
from __future__ import annotations

from tests.conftest import events

UNDATED = ("Аким области принял делегацию компании «Хансол Кемикал».\n\nВ индустриальной зоне «Оңтүстік» "
           "компания ведет строительство завода по производству полимерных материалов. Завершить "
           "строительство планируется в конце 2027 года.\n\nНапомним, в 2025 году в городе Кентау был "
           "запущен завод по производству керамической плитки компании «Кентау Керамикс».")


def test_an_undated_article_is_not_dated_by_the_year_of_a_plan(extract):
    record = extract(UNDATED, date=None)
    stages = sorted(v["stage"] for v in events(record, "project") if v["modality"] == "asserted")
    assert stages == ["completed", "in_progress"]


def test_an_undated_article_still_tells_a_meeting_of_long_ago_as_history(extract):
    record = extract("В 2011 году министры подписали протокол. В 1995 году Назарбаев встречался с Ельциным "
                     "в Москве.", date=None)
    assert not [v for v in events(record, "meeting") if v["modality"] == "asserted"]


def test_counting_on_others_joining_is_possible_but_a_plan_to_start_is_told(extract):
    hoped = extract("Ташкент рассчитывает на участие российских компаний в строительстве нового завода.")
    assert all(v["modality"] != "asserted" for v in events(hoped, "project"))
    planned = extract("Стороны рассчитывают в 2027 году приступить к строительству атомной электростанции "
                      "в Джизакской области.")
    assert [v for v in events(planned, "project") if v["modality"] == "asserted"]
