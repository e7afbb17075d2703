"""`kelisim` with the fake extractor: `python tests/store/run_kelisim.py ingest ...`.

The resume test starts this as a subprocess and kills it; everything but the NLP is the real
command."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import kelisim.pipeline  # noqa: E402
from fake_extractor import FakeExtractor  # noqa: E402

# Worker processes (--workers, --dask local) get the stand-in too: they are sent the extractor
# class the parent finds here at run time.
kelisim.pipeline.Extractor = FakeExtractor

if __name__ == "__main__":      # worker processes import this file again: they must not run it
    from kelisim.cli import main
    sys.argv[0] = "kelisim"
    main()
