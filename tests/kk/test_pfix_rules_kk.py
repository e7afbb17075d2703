"""A Kazakh project rule the held-out set kk/heldout4 showed missing: an investment agreement signed
later in the article, in a paragraph of its own, agrees the project told before it."""
from __future__ import annotations

import pytest

from tests.conftest import events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("later, stage", [
    ("Кездесу соңында облыс әкімдігі мен компания арасында инвестициялық келісімге қол қойылды.", "agreed"),
    ("Сондай-ақ тараптар туризм саласындағы ынтымақтастық туралы меморандумға қол қойды.", "announced"),
])
def test_a_plain_document_signed_later_agrees_the_project_told_before(extract, later, stage):
    rec = extract("Павлодар облысының әкімі «Sinar Steel» компаниясының басшысымен кездесті.\n\nКездесу барысында"
                  " Екібастұз қаласында болат зауытын салу жобасы талқыланды.\n\n" + later)
    got = [v["stage"] for v in events(rec, "project") if v["modality"] == "asserted"]
    assert got == [stage], rec["events"]
