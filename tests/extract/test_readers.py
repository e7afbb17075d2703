"""Each stage written once finds its reader of each language by name (extract/readers.py): a
name that no longer resolves, or a language a stage runs for without a reader, fails here rather
than on the first article in that language."""
from __future__ import annotations

import pytest

from kelisim.extract.readers import READERS, reader_for
from kelisim.stages import default_stages


@pytest.mark.parametrize("stage, lang", [(s, lang) for s, by_lang in READERS.items() for lang in by_lang])
def test_every_reader_named_is_there_and_callable(stage, lang):
    assert callable(reader_for(stage, lang))


def test_every_stage_has_a_reader_for_each_language_it_runs_for():
    assert set(READERS) <= {s.name for s in default_stages()}
    for s in default_stages():
        if s.name in READERS:
            assert set(s.langs or ()) <= set(READERS[s.name]), s.name


def test_a_language_with_no_reader_is_a_key_error():
    with pytest.raises(KeyError):
        reader_for("meetings", "de")
