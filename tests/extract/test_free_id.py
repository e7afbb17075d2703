"""context.free_id: the one way a stage after the entity stage names an entity it makes (groups,
states named by an adjective, lone firms, Kazakh bodies): the first id of its prefix not taken."""
from __future__ import annotations

import pytest

from kelisim.doc import Doc, Entity
from kelisim.extract.context import free_id
from kelisim.extract.groups import group_id


def _doc(*ids: str) -> Doc:
    doc = Doc(text="")
    doc.entities = [Entity(id=i, type="ORG", name=i) for i in ids]
    return doc


@pytest.mark.parametrize("ids, prefix, first, expected", [
    ((), "g", 1, "g1"),
    (("e1", "e2"), "g", 1, "g1"),                 # another prefix's ids do not count
    (("g1", "g2", "e1"), "g", 1, "g3"),
    (("e1", "e2", "e3"), "e", 4, "e4"),           # from after the entities the article has
    (("e1", "e2", "e4"), "e", 4, "e5"),           # an id a stage made before is skipped
    (("s2",), "s", 1, "s1"),                      # the first gap, not after the last
])
def test_free_id_first_untaken(ids, prefix, first, expected):
    assert free_id(_doc(*ids), prefix, first) == expected


def test_group_id_is_free_id_of_groups():
    assert group_id(_doc("g1", "e1")) == "g2"
