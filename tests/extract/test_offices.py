"""Whether an article names the holder of an office (kelisim/extract/offices.py), one rule for
every language: the office is the person's title or its start, as written or as the title
lexicon names it."""
import pytest

from kelisim.doc import Doc, Entity, Role
from kelisim.extract.offices import holds, named_holder


def _doc(lang: str, title: str, country: str = "TR") -> Doc:
    doc = Doc(text="", lang=lang)
    doc.entities = [Entity(id="p1", type="PER", name="Kemal Aydin", country=country, roles=[Role(title=title)])]
    return doc


@pytest.mark.parametrize("lang, title, office, expected", [
    ("en", "ambassador", "ambassador", True),
    ("en", "Ambassador of Turkey to Chile", "ambassador", True),
    ("en", "deputy ambassador", "ambassador", False),       # a deputy does not hold the office
    ("en", "consul general", "consul", True),
    ("ru", "заместитель министра иностранных дел", "заместитель министра", True),
    ("ru", "министр иностранных дел", "заместитель министра", False),
])
def test_offices_named_holder_by_title(lang, title, office, expected):
    assert named_holder(_doc(lang, title), "TR", office) is expected


def test_offices_named_holder_only_of_that_state():
    assert not named_holder(_doc("en", "ambassador", country="CL"), "TR", "ambassador")


def test_offices_holds_any_of_the_offices():
    person = Entity(id="p", type="PER", name="X", roles=[Role(title="посол")])
    assert holds(person, {"консул", "посол"}) and not holds(person, {"консул"})
