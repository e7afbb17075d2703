"""`kelisim` with the fake extractor: `python tests/store/run_kelisim.py ingest ...`.

The resume test starts this as a subprocess and kills it; everything but the NLP is the real
command."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import kelisim.pipeline  # noqa: E402
from fake_extractor import FakeExtractor  # noqa: E402

kelisim.pipeline.Extractor = FakeExtractor

from kelisim.cli import main  # noqa: E402

sys.argv[0] = "kelisim"
main()
