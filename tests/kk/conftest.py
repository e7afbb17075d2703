"""Helpers for the Kazakh tests: run the default pipeline on a text and read the record."""
import pytest

from kelisim.pipeline import Extractor
from kelisim.read.plain import parse_plain_text


@pytest.fixture(scope="session")
def extractor():
    return Extractor()


@pytest.fixture(scope="session")
def extract(extractor):
    """extract(body) -> the record of an article with a dated headline and that body."""
    def run(body: str, headline: str = "Жаңалықтар") -> dict:
        text = f"date 2025-06-01 {headline}\n\n{body}\n"
        rec = extractor.extract(parse_plain_text(text, "test.txt"), with_text=True)
        assert rec["lang"] == "kk"
        return rec
    return run
