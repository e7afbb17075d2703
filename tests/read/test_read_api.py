"""The public surface of kelisim.read, which other packages code against."""
import dataclasses

import pytest

import kelisim.read
from kelisim.errors import InputError
from kelisim.read import Skipped
from kelisim.read.skipped import size_text, too_big


def test_api_exports_the_readers():
    assert set(kelisim.read.__all__) == {
        "Article", "Skipped", "read_sources", "read_text_bytes", "parse_plain_text", "decode_bytes",
        "DEFAULT_MAX_BYTES",
    }
    assert all(hasattr(kelisim.read, name) for name in kelisim.read.__all__)
    assert kelisim.read.DEFAULT_MAX_BYTES == 5 * 1024 * 1024


def test_api_skipped_is_a_frozen_record_with_one_clear_line():
    skipped = Skipped("examples/x.txt", "file is empty")
    assert str(skipped) == "examples/x.txt: skipped: file is empty"
    assert skipped.as_json() == {"source": "examples/x.txt", "reason": "file is empty"}
    assert Skipped.from_error(InputError("examples/x.txt", "file is empty")) == skipped
    with pytest.raises(dataclasses.FrozenInstanceError):
        skipped.reason = "other"


@pytest.mark.parametrize(
    "size, limit, reason",
    [
        (int(7.2 * 1024 * 1024), 5 * 1024 * 1024, "7.2 MB is over the 5 MB limit; raise it with --max-bytes"),
        (5 * 1024 * 1024 + 10, 5 * 1024 * 1024,
         "5,242,890 bytes is over the 5,242,880 bytes limit; raise it with --max-bytes"),
        (None, 1024, "input is over the 1 KB limit; raise it with --max-bytes"),
    ],
)
def test_api_size_reasons_say_how_to_raise_the_limit(size, limit, reason):
    assert too_big(size, limit) == reason


@pytest.mark.parametrize("n, text", [(1, "1 byte"), (512, "512 bytes"), (1536, "1.5 KB"), (3 << 30, "3 GB")])
def test_api_sizes_read_like_a_person_wrote_them(n, text):
    assert size_text(n) == text
