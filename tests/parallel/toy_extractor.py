"""A small extractor with the Extractor's interface, for the executors' own contract (order,
failures, bounded flight) in milliseconds: the real one takes seconds to load in each worker
process, and nothing in it can be made to fail on purpose. The records it makes depend only
on the article, as the real ones must."""
from __future__ import annotations

import time

FAIL = "СБОЙ"      # an article with this word makes the toy fail, as a bad article makes the pipeline fail


class ToyExtractor:
    def records(self, articles, with_text=False, batch_size=32):
        for a in articles:
            yield self.extract(a, with_text)

    def extract(self, article, with_text=False):
        if FAIL in article.text:
            raise ValueError(f"cannot read {article.source}")
        # later articles of the input finish sooner, so a pool that does not reorder is caught
        time.sleep(float(article.meta.get("delay", 0)))
        record = {"id": article.id, "source": article.source, "words": len(article.text.split())}
        if with_text:
            record["text"] = article.text
        return record
