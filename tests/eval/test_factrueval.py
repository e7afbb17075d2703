"""factRuEval-2016: the reader on the real test set, the scorer on small hand-made tables,
and `kelisim eval factrueval` driven in process."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kelisim.cli import app
from kelisim.errors import EvalError
from kelisim.eval.factrueval import evaluate
from kelisim.eval.factrueval_corpus import Arg, Fact, FreDoc, Mention, load_factrueval
from kelisim.eval.factrueval_entities import Counts, gold_spans, record_spans, score_entities
from kelisim.eval.factrueval_facts import (
    Actor, Occupation, actors, event_actors, job_matches, max_matching, named_in, names_match,
    occupation_matches, occupations, participants_match, score_facts,
)

ROOT = Path(__file__).resolve().parents[2]
TESTSET = ROOT.parent / "shared" / "data" / "factRuEval-2016" / "testset"
needs_testset = pytest.mark.shared("data/factRuEval-2016/testset")


@pytest.fixture(scope="session")
def testset() -> list[FreDoc]:
    return load_factrueval(TESTSET)


def book(docs: list[FreDoc], name: str) -> FreDoc:
    return next(d for d in docs if d.name == name)


# -- the reader on the real test set ---------------------------------------------------------

@needs_testset
def test_factrueval_reads_every_annotated_book(testset):
    assert len(testset) == 132
    assert len({d.name for d in testset}) == 132
    assert all(d.name.startswith("book_") for d in testset)   # list.txt is not a document


@needs_testset
def test_factrueval_book_mentions_by_type(testset):
    doc = book(testset, "book_3543")
    assert len(doc.mentions) == 28                       # every Person/Org/Location/LocOrg object
    named = [m for m in doc.mentions if m.named]         # less "российской", "наукограда", ...
    assert len(named) == 22
    assert {t: sum(m.type == t for m in named) for t in ("PER", "ORG", "LOC")} == \
        {"PER": 7, "ORG": 7, "LOC": 8}
    assert len(gold_spans(doc)) == 22


@needs_testset
def test_factrueval_offsets_hold_in_the_text(testset):
    assert all(d.adjusted == "" for d in testset)        # no BOM, no \r\n in this release
    assert sum(d.tokens for d in testset) > 50_000
    for doc in testset:
        for m in doc.mentions:
            assert doc.text[m.start:m.end] == m.text
        for fact in doc.facts:
            for arg in fact.args:
                assert all(0 <= s < e <= len(doc.text) for s, e in arg.spans)


@needs_testset
def test_factrueval_mention_keeps_its_closing_quote(testset):
    texts = {m.text for m in book(testset, "book_3543").mentions}
    assert "ЗАО «Ренова»" in texts and "ЗАО «Ренова" not in texts


@needs_testset
def test_factrueval_facts_resolve_to_names_and_spans(testset):
    doc = book(testset, "book_3543")                     # its facts have no blank lines between them
    fact = next(f for f in doc.facts if f.id == "3543-1")
    who, job, where = fact.get("Who")[0], fact.get("Job")[0], fact.get("Where")[0]
    assert "Дмитрий Медведев" in who.names and len(who.spans) == 3
    assert job.names == ("президента",) and doc.text[slice(*job.spans[0])] == "президента"
    assert "Россия" in where.names
    valley = next(f for f in doc.facts if f.id == "3543-0").get("Where")[0]
    assert doc.text[31:59] == "российской Кремниевой долины"
    assert (42, 59) in valley.spans and (31, 59) not in valley.spans   # "российской" is Russia's
    counts = {t: sum(f.type == t for d in testset for f in d.facts) for t in ("Occupation", "Meeting", "Deal")}
    assert counts == {"Occupation": 444, "Meeting": 51, "Deal": 114}


# -- the reader on hand-made books ------------------------------------------------------------

def write_book(folder: Path, text: str, spans: dict[str, tuple[str, str]],
               objects: list[tuple[str, str, list[str]]], facts: str = "", coref: str = "",
               newline: str = "\n", shift: int = 0) -> Path:
    """A book_1 whose offsets are computed on `text`, written with `newline` line ends."""
    tokens = [(m.start(), m.end(), m[0]) for m in re.finditer(r"\w+|[^\w\s]", text)]
    first = {s: i for i, (s, _, _) in enumerate(tokens)}
    lines = [f"{10 + i} {s + shift} {e - s} {t}" for i, (s, e, t) in enumerate(tokens)]
    (folder / "book_1.tokens").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = []
    for sid, (stype, sub) in spans.items():
        s = text.index(sub)
        n = sum(1 for ts, _, _ in tokens if s <= ts < s + len(sub))
        rows.append(f"{sid} {stype} {s} {len(sub)} {10 + first[s]} {n}  # {sub}")
    (folder / "book_1.spans").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (folder / "book_1.objects").write_text(
        "\n".join(f"{oid} {otype} {' '.join(sids)}" for oid, otype, sids in objects) + "\n", encoding="utf-8")
    (folder / "book_1.coref").write_text(coref, encoding="utf-8")
    (folder / "book_1.facts").write_text(facts, encoding="utf-8")
    path = folder / "book_1.txt"
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


BOOK_TEXT = "Встреча в Астане.\n\nПрезидент Казахстана Касым-Жомарт Токаев принял делегацию."
BOOK_SPANS = {"1": ("loc_name", "Астане"), "2": ("job", "Президент"), "3": ("loc_name", "Казахстана"),
              "4": ("name", "Касым-Жомарт"), "5": ("surname", "Токаев"), "6": ("org_descr", "делегацию")}
BOOK_OBJECTS = [("20", "Location", ["1"]), ("21", "LocOrg", ["3"]), ("22", "Person", ["4", "5"]),
                ("23", "Org", ["6"])]
BOOK_COREF = "7 22\nfirstname Касым-Жомарт\nlastname Токаев\n\n8 21\nname Казахстан\n"
BOOK_FACTS = ("1-0 Occupation\nWho obj7 Токаев Касым-Жомарт\nJob span2 Президент\n"
              "Where obj8 Казахстан\n1-1 Meeting\nParticipant obj7 Токаев\nМодальность отрицание\n")


def test_factrueval_reads_a_handmade_book(tmp_path):
    write_book(tmp_path, BOOK_TEXT, BOOK_SPANS, BOOK_OBJECTS, BOOK_FACTS, BOOK_COREF)
    (tmp_path / "list.txt").write_text("book_1.txt\n", encoding="utf-8")
    [doc] = load_factrueval(tmp_path)
    assert [(m.text, m.type, m.named) for m in doc.mentions] == [
        ("Астане", "LOC", True), ("Казахстана", "LOC", True), ("Касым-Жомарт Токаев", "PER", True),
        ("делегацию", "ORG", False)]                      # descriptor only: not scored
    occupation, meeting = doc.facts
    assert occupation.get("Who")[0].names[0] == "Токаев Касым-Жомарт"
    assert "Касым-Жомарт Токаев" in occupation.get("Who")[0].names
    assert meeting.negated and not occupation.negated


def test_factrueval_reads_crlf_text_with_lf_offsets(tmp_path):
    write_book(tmp_path, BOOK_TEXT, BOOK_SPANS, BOOK_OBJECTS, newline="\r\n")
    [doc] = load_factrueval(tmp_path)
    assert doc.adjusted == "\\r\\n -> \\n"
    assert all(doc.text[m.start:m.end] == m.text for m in doc.mentions)
    assert doc.mentions[2].text == "Касым-Жомарт Токаев"


def test_factrueval_refuses_offsets_that_do_not_match(tmp_path):
    write_book(tmp_path, BOOK_TEXT, BOOK_SPANS, BOOK_OBJECTS, shift=3)
    with pytest.raises(EvalError, match="does not match the text"):
        load_factrueval(tmp_path)


@pytest.mark.parametrize("make", ["missing", "empty"])
def test_factrueval_says_when_the_folder_is_wrong(tmp_path, make):
    folder = tmp_path / "nope" if make == "missing" else tmp_path
    with pytest.raises(EvalError, match="factRuEval"):
        load_factrueval(folder)


# -- scoring ---------------------------------------------------------------------------------

@pytest.mark.parametrize("tp, pred, gold, p, r, f1", [
    (3, 4, 6, 0.75, 0.5, 0.6),
    (2, 2, 2, 1.0, 1.0, 1.0),
    (0, 0, 5, 0.0, 0.0, 0.0),       # nothing predicted: precision 0, not undefined
    (0, 3, 0, 0.0, 0.0, 0.0),
])
def test_counts_arithmetic(tp, pred, gold, p, r, f1):
    c = Counts(tp, pred, gold)
    assert (c.p, c.r, round(c.f1, 6)) == (p, r, f1)


def test_score_entities_exact_spans_per_type():
    gold = {(0, 5, "PER"), (6, 10, "ORG"), (11, 15, "LOC"), (16, 20, "LOC")}
    pred = {(0, 5, "PER"), (6, 10, "LOC"), (11, 15, "LOC"), (16, 19, "LOC")}   # wrong type, short span
    got = {t: (c.tp, c.pred, c.gold) for t, c in score_entities([gold], [pred]).items()}
    assert got == {"PER": (1, 1, 1), "ORG": (0, 0, 1), "LOC": (1, 3, 2), "ALL": (2, 4, 4)}


TEXT = ("Глава МИД Казахстана Ермек Кошербаев провёл переговоры со спикером Палаты общин "
        "Линдси Хойлом в Лондоне. Он отметил рост товарооборота, британские депутаты поддержали.")


def at(sub: str, text: str = TEXT) -> tuple[int, int]:
    s = text.index(sub)
    return s, s + len(sub)


def mention(sub: str) -> dict:
    s, e = at(sub)
    return {"start": s, "end": e, "text": sub}


def entity(eid, etype, name, subs, roles=(), country=None) -> dict:
    return {"id": eid, "type": etype, "name": name, "country": country, "roles": list(roles),
            "mentions": [mention(s) for s in subs]}


RECORD = {"entities": [
    entity("e1", "PER", "Ермек Кошербаев", ["Ермек Кошербаев", "Он"],
           [{"title": "глава МИД", "org": "e2"}], "KZ"),
    entity("e2", "ORG", "МИД Казахстана", ["МИД Казахстана"], country="KZ"),
    entity("e3", "PER", "Линдси Хойл", ["Линдси Хойлом"], [{"title": "спикер", "org": "e4"}], "GB"),
    entity("e4", "ORG", "Палата общин", ["Палаты общин"], country="GB"),
    entity("e5", "GPE", "Лондон", ["Лондоне"], country="GB"),
    entity("e6", "ORG", "британские депутаты", ["британские депутаты"], country="GB"),
], "events": [
    {"id": "v1", "type": "meeting", "participants": ["e1", "e3"]},
    {"id": "v2", "type": "meeting", "participants": ["e1", "e6"], "modality": "negated"},
]}


@pytest.mark.parametrize("sub, counted", [
    ("Ермек Кошербаев", "PER"),
    ("МИД Казахстана", "ORG"),
    ("Лондоне", "LOC"),               # GPE is scored as LOC
    ("Он", None),                     # a pronoun linked by coreference is not NER output
    ("британские депутаты", None),    # a group named without a name
])
def test_record_spans_counts_named_mentions(sub, counted):
    spans, stats = record_spans(RECORD, TEXT)
    assert {t for s, e, t in spans if (s, e) == at(sub)} == ({counted} if counted else set())
    assert stats == {"unnamed": 2}


def test_record_spans_notes_offsets_that_do_not_match():
    rec = {"entities": [{"id": "e1", "type": "PER", "name": "x",
                         "mentions": [{"start": 0, "end": 5, "text": "Ермек"}]}]}
    assert record_spans(rec, TEXT)[1]["offset_mismatch"] == 1


@pytest.mark.parametrize("a, b, same", [
    ("Путин", "Владимир Путин", True),
    ("Вертинского", "Вертинский Александр", True),         # case endings beyond 5 letters
    ("Н. Н. Вертинской", "Надежда Вертинская", True),       # initials dropped
    ("Алёна Ёлкина", "Алена Елкина", True),
    ("Александр Вертинский", "Александр Пушкин", False),
    ("Сбербанк", "ВТБ", False),
    ("Россия", "МИД России", True),                         # lenient: one word more
    ("Россия", "российская Кремниевая долина", False),      # two words more
    ("", "Путин", False),
])
def test_names_match_leniently(a, b, same):
    assert names_match([a], [b]) is same


@pytest.mark.parametrize("title, job, same", [
    ("президент", "президента", True),
    ("глава", "главой", True),                               # same lemma, different 5-letter stem
    ("премьер-министр", "премьер", True),
    ("министр иностранных дел", "министров иностранных дел", True),
    ("посол", "президентом", False),
    ("советник по науке", "председатель комитета по обороне", False),   # "по" does not count
    ("депутат", None, True),                                 # the gold names no job
])
def test_job_matches_leniently(title, job, same):
    arg = Arg("Job", "span1", (job,), ((0, 1),)) if job else None
    assert job_matches(title, arg) is same


def arg(role: str, names: tuple[str, ...], *subs: str) -> Arg:
    return Arg(role, "obj1", names, tuple(at(s) for s in subs))


def occupation(who=("Кошербаев Ермек", "Ермек Кошербаев"), job="Глава", where=("МИД Казахстана",)) -> Fact:
    args = [arg("Who", who[:1], *who[1:])]
    if job:
        args.append(Arg("Job", "span1", (job,), ()))
    if where:
        args.append(arg("Where", where[:1], *where[1:]))
    return Fact("1-0", "Occupation", tuple(args))


@pytest.mark.parametrize("fact, same", [
    (occupation(), True),                                        # Who by name, Job, Where by name
    (occupation(who=("Кошербаев",)), True),                      # surname only
    (occupation(who=("Хойл Линдси",)), False),                   # someone else
    (occupation(job="Посол"), False),
    (occupation(where=("Палата общин",)), False),
    (occupation(where=None), True),                              # the gold names no Where
    (occupation(where=("Казахстан", "Казахстана")), True),       # Where overlaps the role's org
])
def test_occupation_matches(fact, same):
    pred = next(o for o in occupations(RECORD) if o.who.id == "e1")
    assert occupation_matches(pred, fact) is same


def test_occupation_without_org_stands_for_the_country():
    rec = {"entities": [
        entity("e1", "PER", "Ермек Кошербаев", ["Ермек Кошербаев"], [{"title": "глава МИД", "org": None}], "KZ"),
        entity("e2", "GPE", "Казахстан", ["Казахстана"], country="KZ")]}
    [pred] = occupations(rec)
    assert pred.where.id == "e2"
    assert occupation_matches(pred, occupation(where=("Казахстан",)))
    assert not occupation_matches(Occupation(pred.who, pred.title, None), occupation(where=("Казахстан",)))


def test_occupation_where_is_a_place_named_in_the_title():
    # "мэр Лондона" has no org in the record; the title names the city, so the city is the Where
    rec = {"entities": [
        entity("e1", "PER", "Линдси Хойл", ["Линдси Хойлом"], [{"title": "мэр Лондоне", "org": None}], "GB"),
        entity("e5", "GPE", "Лондон", ["Лондоне"], country="GB"),
        entity("e6", "GPE", "Великобритания", [], country="GB")]}
    [pred] = occupations(rec)
    assert pred.where.id == "e5"
    assert named_in("советник партии «Лондон»", [pred.where]).id == "e5"   # quotes do not hide it
    assert named_in("советник лондонского мэра", [pred.where]) is None     # whole words only
    assert named_in("советник партии", [pred.where]) is None


@pytest.mark.parametrize("title, context, same", [
    ("президент", "Глава государства Ерлан Ахметов", True),        # the office the phrase means
    ("министр иностранных дел", "глава внешнеполитического ведомства Ирана", True),
    ("премьер-министр", "Глава государства Ерлан Ахметов", False),
    ("президент", "глава", False),                                 # "глава" alone is no office
])
def test_job_matches_the_office_written_in_the_text(title, context, same):
    job = Arg("Job", "span1", (context.split()[0],), ((0, 1),), context)
    assert job_matches(title, job) is same


def who(name: str, *subs: str) -> Arg:
    return arg("Participant", (name,), *subs)


KOSH, HOYLE, BRYANT = (who("Кошербаев Ермек", "Ермек Кошербаев"), who("Хойл Линдси", "Линдси Хойлом"),
                       who("Брайант Крис"))


@pytest.mark.parametrize("gold, pred_ids, same", [
    ([KOSH, HOYLE], ["e1", "e3"], True),
    ([KOSH, HOYLE, BRYANT], ["e1", "e3"], True),     # two of three participants found
    ([KOSH, HOYLE], ["e1"], False),
    ([KOSH, HOYLE], ["e1", "e5"], False),            # London is not Hoyle
    ([KOSH], ["e1"], True),                          # a one-participant fact needs just that one
])
def test_participants_match(gold, pred_ids, same):
    acts = actors(RECORD)
    fact = Fact("1-1", "Meeting", tuple(gold))
    assert participants_match([acts[i] for i in pred_ids], fact) is same


@pytest.mark.parametrize("ids, kept", [
    (["e1", "e3"], True),
    (["e1", "e3", "e5"], True),         # two people in London
    (["e1", "e6"], False),              # a person and a body: not a factRuEval Meeting
    (["e2", "e5"], False),
])
def test_event_actors_meetings_are_of_people(ids, kept):
    rec = {**RECORD, "events": [{"id": "v", "type": "meeting", "participants": ids}]}
    assert bool(event_actors(rec, "meeting")) is kept


def test_participants_are_paired_one_to_one():
    # One predicted actor whose mention covers both gold participants finds only one of them.
    both = Actor("e9", "ORG", ("делегации",), (at("Ермек Кошербаев провёл переговоры со спикером "
                                                   "Палаты общин Линдси Хойлом"),))
    assert not participants_match([both], Fact("1-1", "Meeting", (KOSH, HOYLE)))


def test_event_actors_for_agreements_and_modality():
    rec = {**RECORD, "events": [
        {"id": "v1", "type": "agreement", "parties": ["e2"], "signers": ["e1", "e3"]},
        {"id": "v2", "type": "meeting", "participants": ["e1", "e3"], "modality": "planned"},
        {"id": "v3", "type": "meeting", "participants": ["e1", "e3"], "modality": "negated"}]}
    assert [[a.id for a in acts] for acts in event_actors(rec, "agreement")] == [["e2", "e1", "e3"]]
    # the official easy mode keeps negated facts in the gold, so negated predictions stay too
    assert [[a.id for a in acts] for acts in event_actors(rec, "meeting")] == [["e1", "e3"]] * 2


def test_max_matching_finds_the_largest_pairing():
    fits = {(0, 0), (0, 1), (1, 0)}          # greedy 0->0 would leave 1 unpaired
    assert max_matching([0, 1], [0, 1], lambda i, j: (i, j) in fits) == [(0, 1), (1, 0)]


def test_score_facts_counts_each_gold_fact_once():
    # Recall counts the gold fact once; both predictions match it, and the official scorer
    # lets a gold fact take several, so precision counts both.
    fact = Fact("1-1", "Meeting", (KOSH, HOYLE))
    acts = event_actors(RECORD, "meeting")[0]
    c = score_facts([([fact], [acts, acts])], participants_match)
    assert (c.tp, c.pred, c.gold, c.tp_pred) == (1, 2, 1, 2)
    assert (c.p, c.r) == (1.0, 1.0)
    c = score_facts([([fact], [acts, acts[:1]])], participants_match)
    assert (c.tp, c.pred, c.gold, c.tp_pred) == (1, 2, 1, 1)


def test_score_facts_excuses_difficult_gold_facts():
    # A prediction that can only match a fact marked difficult counts on neither side.
    hard = Fact("1-2", "Meeting", (KOSH, HOYLE), (("Сложность", "повышенная"),))
    acts = event_actors(RECORD, "meeting")[0]
    c = score_facts([([hard], [acts])], participants_match)
    assert (c.tp, c.pred, c.gold) == (0, 0, 0)
    c = score_facts([([hard, Fact("1-1", "Meeting", (KOSH, HOYLE))], [acts, acts])], participants_match)
    assert (c.tp, c.pred, c.gold, c.tp_pred) == (1, 2, 1, 2)      # both match the plain fact


def test_factrueval_reads_position_as_the_job(tmp_path):
    facts = BOOK_FACTS.replace("Job span2", "Position span2")
    write_book(tmp_path, BOOK_TEXT, BOOK_SPANS, BOOK_OBJECTS, facts, BOOK_COREF)
    [doc] = load_factrueval(tmp_path)
    occ = next(f for f in doc.facts if f.type == "Occupation")
    assert [a.names for a in occ.get("Job")] == [("Президент",)]
    assert not occ.difficult and not occ.negated


def test_evaluate_puts_the_figures_together():
    doc = FreDoc("book_1", TEXT, mentions=[
        Mention(*at("Ермек Кошербаев"), "Ермек Кошербаев", "PER", True, at("Ермек Кошербаев")),
        Mention(*at("Лондоне"), "Лондоне", "LOC", True, at("Лондоне")),
        Mention(*at("британские депутаты"), "британские депутаты", "ORG", False, (0, 0))],
        facts=[occupation(), Fact("1-1", "Meeting", (KOSH, HOYLE)), Fact("1-2", "Deal", (KOSH, BRYANT))])
    report = evaluate([doc], [RECORD], [{(*at("Лондоне"), "LOC")}])
    assert report["entities"]["kelisim"]["ALL"] | {} == {
        "p": 0.4, "r": 1.0, "f1": 0.5714, "tp": 2, "pred": 5, "gold": 2}
    assert report["entities"]["natasha"]["ALL"]["tp"] == 1
    assert report["kelisim_mentions_left_out"] == {"unnamed": 2}
    assert report["kelisim_every_mention"]["ALL"]["pred"] == 7      # "Он" and the group counted too
    facts = {k: (v["tp"], v["pred"], v["gold"]) for k, v in report["facts"].items()}
    # the negated meeting of a person and a body is not a factRuEval Meeting
    assert facts == {"Occupation": (1, 2, 1), "Meeting": (1, 1, 1), "Deal": (0, 0, 1)}
    assert report["best_2016"]["Meeting"] == 0.234


# -- the command ----------------------------------------------------------------------------

def test_cli_eval_lists_factrueval():
    result = CliRunner().invoke(app, ["eval", "--help"])
    assert result.exit_code == 0 and "factrueval" in result.output


def test_cli_eval_factrueval_on_a_wrong_folder(tmp_path):
    result = CliRunner().invoke(app, ["eval", "factrueval", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "not a folder" in result.output


@pytest.mark.slow
@needs_testset
def test_cli_eval_factrueval_limit_3(tmp_path):
    out = tmp_path / "fre.json"
    result = CliRunner().invoke(app, ["eval", "factrueval", str(TESTSET), "--limit", "3", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "kelisim" in result.output and "natasha" in result.output and "0.809" in result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["corpus"]["documents"] == 3
    assert set(report["entities"]) == {"kelisim", "natasha"}
    assert report["entities"]["kelisim"]["ALL"]["gold"] == report["entities"]["natasha"]["ALL"]["gold"]
    assert report["kelisim_mentions_left_out"].get("offset_mismatch", 0) == 0
