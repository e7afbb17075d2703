"""The gazetteers in kelisim/data: their shape, their coverage, and spot checks of forms that
diplomatic news in Russian, English and Kazakh actually uses."""
from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from kelisim.data import table

ROOT = Path(__file__).resolve().parents[2]
LANGS = {"ru", "en", "kk"}
CODE = re.compile(r"[A-Z]{2}")
COLUMNS = {
    "states": ["code", "lang", "kind", "name"],
    "blocs": ["key", "type", "lang", "kind", "name", "members"],
    "places": ["country", "lang", "kind", "name"],
}
KINDS = {
    "states": {"name", "name_ambiguous", "full", "short", "abbr", "adj", "demonym", "prefix"},
    "blocs": {"name", "abbr", "short", "adj"},
    "places": {"capital", "city", "region", "venue"},
}
SORT_KEY = {
    "states": ("code", "lang", "kind", "name"),
    "blocs": ("key", "lang", "kind", "name"),
    "places": ("country", "lang", "kind", "name"),
}
TABLES = sorted(COLUMNS)


def state_codes() -> set[str]:
    return {row["code"] for row in table("states")}


def find(name: str, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [row for row in rows if row["name"] == name]


@pytest.mark.parametrize("name", TABLES)
def test_gazetteers_have_their_columns(name):
    rows = table(name)
    assert rows, f"{name}.tsv is empty"
    assert all(list(row) == COLUMNS[name] for row in rows)


@pytest.mark.parametrize("name", TABLES)
def test_gazetteers_have_no_duplicate_rows(name):
    counts = Counter(tuple(row.values()) for row in table(name))
    assert [row for row, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("name", TABLES)
def test_gazetteers_names_are_clean(name):
    for row in table(name):
        text = row["name"]
        assert text and text == text.strip() and "  " not in text, row
        assert "(" not in text and ")" not in text, row
        if row["lang"] == "ru":
            assert "ё" not in text.lower(), f"write е for ё, as the news does: {row}"


@pytest.mark.parametrize("name", TABLES)
def test_gazetteers_use_known_langs_and_kinds(name):
    for row in table(name):
        assert row["lang"] in LANGS, row
        assert row["kind"] in KINDS[name], row


@pytest.mark.parametrize("name", TABLES)
def test_gazetteers_are_sorted(name):
    keys = [tuple(row[c] for c in SORT_KEY[name]) for row in table(name)]
    assert keys == sorted(keys)


def test_states_codes_are_iso_alpha2():
    assert all(CODE.fullmatch(code) for code in state_codes())
    assert len(state_codes()) >= 249


def test_states_every_code_has_one_name_per_language():
    slots = Counter((row["code"], row["lang"]) for row in table("states")
                    if row["kind"] in ("name", "name_ambiguous"))
    missing = [(code, lang, slots[(code, lang)]) for code in sorted(state_codes())
               for lang in sorted(LANGS) if slots[(code, lang)] != 1]
    assert missing == []


def test_states_a_form_names_one_state():
    owners = defaultdict(set)
    for row in table("states"):
        owners[(row["lang"], row["name"])].add(row["code"])
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_states_word_forms_are_lower_case_and_names_capitalised():
    for row in table("states"):
        first = row["name"][0]
        if row["kind"] in ("adj", "demonym", "prefix") and row["lang"] != "en":
            assert first.islower(), row
        else:
            assert first.isupper(), row


@pytest.mark.parametrize("code", ["KZ", "KG", "TJ", "TM", "UZ", "RU", "CN", "US", "GB", "TR",
                                  "IR", "AF", "AZ", "AM", "GE", "BY", "UA", "MD", "MN", "IN",
                                  "PK", "JP", "KR", "AE", "SA", "QA", "KW", "BH", "OM", "IL",
                                  "EG", "CA", "AU", "BR", "CH", "NO", "VN", "ID", "MY", "SG",
                                  "SI", "RS", "DE", "FR", "IT", "PL"])
def test_states_partners_have_russian_and_english_adjectives(code):
    kinds = {(row["lang"], row["kind"]) for row in table("states") if row["code"] == code}
    assert {("ru", "adj"), ("ru", "prefix"), ("en", "adj")} <= kinds


@pytest.mark.parametrize("name, code, kind", [
    ("РК", "KZ", "abbr"),
    ("РФ", "RU", "abbr"),
    ("КНР", "CN", "abbr"),
    ("США", "US", "abbr"),
    ("ОАЭ", "AE", "abbr"),
    ("UK", "GB", "abbr"),
    ("ҚР", "KZ", "abbr"),
    ("казахстанский", "KZ", "adj"),
    ("британский", "GB", "adj"),
    ("узбекистанский", "UZ", "adj"),
    ("қазақстандық", "KZ", "adj"),
    ("Kazakhstani", "KZ", "adj"),
    ("Ұлыбритания", "GB", "name"),
    ("Великобритания", "GB", "name"),
    ("Россия", "RU", "name"),
    ("Қазақстан", "KZ", "name"),
    ("Англия", "GB", "short"),
    ("Киргизия", "KG", "short"),
    ("Республика Казахстан", "KZ", "full"),
    ("Королевство Бахрейн", "BH", "full"),
    ("казахстанско", "KZ", "prefix"),
    ("англо", "GB", "prefix"),
    ("американо", "US", "prefix"),
    ("россиянин", "RU", "demonym"),
    ("Того", "TG", "name_ambiguous"),
    ("Georgia", "GE", "name_ambiguous"),
])
def test_states_spot_checks(name, code, kind):
    assert (code, kind) in {(r["code"], r["kind"]) for r in find(name, table("states"))}


@pytest.mark.parametrize("name, country, kind", [
    ("Мәскеу", "RU", "capital"),
    ("Астана", "KZ", "capital"),
    ("Актобе", "KZ", "city"),
    ("Ақтөбе", "KZ", "city"),
    ("Самарканд", "UZ", "city"),
    ("Ковентри", "GB", "city"),
    ("Мангистауская область", "KZ", "region"),
    ("Омская область", "RU", "region"),
    ("Акорда", "KZ", "venue"),
    ("Даунинг-стрит", "GB", "venue"),
])
def test_places_spot_checks(name, country, kind):
    assert (country, kind) in {(r["country"], r["kind"]) for r in find(name, table("places"))}


def test_places_countries_are_states():
    assert {row["country"] for row in table("places")} <= state_codes()


def test_places_a_form_names_one_country():
    owners = defaultdict(set)
    for row in table("places"):
        owners[(row["lang"], row["name"])].add(row["country"])
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


@pytest.mark.parametrize("code", ["KZ", "KG", "TJ", "TM", "UZ", "RU", "CN", "US", "GB", "TR",
                                  "AZ", "IR", "IN", "JP", "KR", "AE", "DE", "FR"])
def test_places_partners_have_a_capital_in_every_language(code):
    langs = {row["lang"] for row in table("places")
             if row["country"] == code and row["kind"] == "capital"}
    assert langs == LANGS


@pytest.mark.parametrize("name, key, type_", [
    ("Центральная Азия", "central_asia", "LOC"),
    ("Орталық Азия", "central_asia", "LOC"),
    ("Каспийское море", "caspian", "LOC"),
    ("ЕАЭС", "eaeu", "ORG"),
    ("ШОС", "sco", "ORG"),
    ("СНГ", "cis", "ORG"),
    ("Евросоюз", "eu", "ORG"),
    ("ССАГПЗ", "gcc", "ORG"),
    ("CICA", "cica", "ORG"),
])
def test_blocs_spot_checks(name, key, type_):
    assert (key, type_) in {(r["key"], r["type"]) for r in find(name, table("blocs"))}


def test_blocs_central_asia_is_the_five_states():
    members = {r["members"] for r in table("blocs") if r["key"] == "central_asia"}
    assert members == {"KG,KZ,TJ,TM,UZ"}


def test_blocs_keys_are_consistent():
    rows_by_key = defaultdict(list)
    for row in table("blocs"):
        rows_by_key[row["key"]].append(row)
    for key, rows in rows_by_key.items():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", key), key
        assert len({r["type"] for r in rows}) == 1 and rows[0]["type"] in ("LOC", "ORG"), key
        assert len({r["members"] for r in rows}) == 1, f"{key}: members differ between rows"
        assert {"ru", "en"} <= {r["lang"] for r in rows}, key


def test_blocs_members_are_states():
    codes = state_codes()
    for row in table("blocs"):
        if row["members"]:
            members = row["members"].split(",")
            assert set(members) <= codes and members == sorted(set(members)), row


def test_blocs_a_form_names_one_key():
    owners = defaultdict(set)
    for row in table("blocs"):
        owners[(row["lang"], row["name"])].add(row["key"])
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_table_returns_fresh_rows():
    table("states")[0]["name"] = "changed"
    assert table("states")[0]["name"] != "changed"


def test_table_missing_file_names_it():
    with pytest.raises(FileNotFoundError, match=r"kelisim/data/no_such_table\.tsv"):
        table("no_such_table")


def test_table_rejects_paths():
    with pytest.raises(ValueError):
        table("../pyproject")


@pytest.mark.skipif(importlib.util.find_spec("pycountry") is None,
                    reason="pycountry is not installed; it is needed only to regenerate states.tsv")
def test_states_file_matches_its_generator():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "make_states.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
