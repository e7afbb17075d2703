"""A quotation that runs over several paragraphs. News style leaves the quote mark of a
paragraph unclosed when the speaker's words go on in the next one, and names the speaker only
where the quotation closes:

    "We see great potential in ...
    "We are ready to ...," the minister said.

(the later paragraphs may also open without a mark; Russian reopens each with «, and closes
with » only at the end). Each paragraph of the run is the speaker's direct words; GOLD.md
counts them per paragraph, so each gets its own statement.
"""
from __future__ import annotations

from ..doc import Doc, Event
from ..nlp.frames import find_quotes
from .statements import inside, said

OPENING = ('"', "“")
MAX_RUN = 4        # paragraphs one quotation may span before we stop looking for its close


def left_open(text: str, start: int, end: int) -> int | None:
    """Where a «-quote that text[start:end] opens and never closes begins (inner offset): a quote
    that runs on into the next paragraph, as long quotes in news do."""
    a = text.rfind("«", start, end)
    return a + 1 if a >= 0 and text.find("»", a, end) < 0 else None


def reopened_runs(doc: Doc, paragraphs: list[tuple[int, int]], attribution,
                  taken: list[tuple[int, int]]) -> list[Event]:
    """The Russian way: a «-quote left open at the end of a paragraph goes on in the next ones,
    each of which may reopen with «, until one closes it and names the speaker ("...», – сказала
    X"). `attribution(doc, qa, qb, para_end)` is the reader's (speaker, kind, end) of a quote."""
    out: list[Event] = []
    running: list[tuple[int, int]] = []     # paragraphs of a quote not closed yet
    for a, b in paragraphs:
        if running:
            found, running = _run_on(doc, running, a, b, attribution, taken)
            out += found
        opened = left_open(doc.text, a, b)
        if opened is not None and not inside(opened, taken):
            running = [(opened, len(doc.text[:b].rstrip()))]
    return out


def _run_on(doc: Doc, running: list[tuple[int, int]], a: int, b: int, attribution,
            taken: list[tuple[int, int]]) -> tuple[list[Event], list[tuple[int, int]]]:
    """The statements of a running quote if text[a:b] closes it (one per paragraph, GOLD.md), and
    the quote's paragraphs still running."""
    text = doc.text
    head = a + len(text[a:b]) - len(text[a:b].lstrip())
    closed = closed_here(text, a, b)
    if closed is None and "»" not in text[a:b]:
        # a paragraph in the middle of the quote
        return [], running + [(head + (text[head] == "«"), len(text[:b].rstrip()))]
    if closed is None:
        # the quote reopened with « (the Russian way): the reader's direct() attributes this paragraph
        quote = find_quotes(text, a, b)[0]
        if text[head] != "«" or quote[0] != head + 1:
            return [], []
        speaker, kind, verb_end = attribution(doc, quote[0], quote[1], b)
    else:
        speaker, kind, verb_end = attribution(doc, closed[0], closed[1], b)
    if speaker is None:
        return [], []
    out = []
    for qa, qb in running + ([closed] if closed else []):
        end = verb_end if (qa, qb) == closed else qb
        taken.append((qa, end))
        out.append(said(doc, qa, end, speaker, kind, True, text[qa:qb].strip(" ,")))
    return out, []


def closed_here(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The end of a quote carried over from an earlier paragraph: text[start:end] up to a » that
    no « in it opens, as (inner start, inner end); None when the paragraph closes nothing."""
    b = text.find("»", start, end)
    if b < 0 or text.find("«", start, b) >= 0:
        return None
    a = start + len(text[start:b]) - len(text[start:b].lstrip())
    return a, b


def _marks(text: str) -> tuple[int, int]:
    """(opened, closed) quote marks: straight marks alternate, so an odd count leaves one open."""
    straight = text.count('"')
    return straight - straight // 2 + text.count("“"), straight // 2 + text.count("”")


def _is_open(text: str) -> bool:
    opened, closed = _marks(text)
    return text.startswith(OPENING) and opened > closed


def _closes(text: str) -> int | None:
    """Where the run's quotation closes in this paragraph: a lone closing mark in a paragraph
    that opens without one, or the last mark of a paragraph that reopens and closes it."""
    if text.startswith(OPENING):
        opened, closed = _marks(text)
        if opened > closed:
            return None
        return max(text.rfind('"'), text.rfind("”")) if closed else None
    if text.count('"') % 2 == 1 or text.count("”") > text.count("“"):
        return max(text.rfind('"'), text.rfind("”"))
    return None


def continued_quotes(doc: Doc, paragraphs: list[tuple[int, int]], attribution,
                     taken: list[tuple[int, int]]) -> list[Event]:
    """Statements for the paragraphs of multi-paragraph quotations whose closing paragraph names
    the speaker; `attribution(doc, qa, qb, para_end)` is the speaker finder of direct quotes."""
    out: list[Event] = []
    n = 0
    while n < len(paragraphs):
        a, b = paragraphs[n]
        lead = len(doc.text[a:b]) - len(doc.text[a:b].lstrip())
        if not _is_open(doc.text[a + lead:b]):
            n += 1
            continue
        run = [(a + lead, b)]
        close = None
        for m in range(n + 1, min(n + MAX_RUN, len(paragraphs))):
            pa, pb = paragraphs[m]
            pa += len(doc.text[pa:pb]) - len(doc.text[pa:pb].lstrip())
            run.append((pa, pb))
            k = _closes(doc.text[pa:pb])
            if k is not None:
                close = pa + k
                break
            if not _is_open(doc.text[pa:pb]):
                break
        n += len(run)
        if close is None:
            continue
        speaker, verb, end = attribution(doc, run[-1][0], close, run[-1][1])
        if speaker is None:
            continue
        spans = [(pa, pb) for pa, pb in run[:-1]]
        if not inside(close - 1, taken):
            spans.append((run[-1][0], end))       # the closing paragraph, unless its quote was read already
        for pa, pb in spans:
            words = doc.text[pa:min(pb, close) if pa <= close < pb else pb]
            taken.append((pa, pb))
            out.append(said(doc, pa, pb, speaker, verb, True, words.strip('"“”, ')))
    return out


def carried_on(doc: Doc, paragraphs: list[tuple[int, int]], told: list[Event],
               taken: list[tuple[int, int]]) -> list[Event]:
    """The other style: the speaker named in the first paragraph, whose last quotation is left
    open, and the next paragraph opening a quote with no attribution of its own:

        "Every bag ...," the minister said. "We are ready to ...
        "Investors who keep their word ..."

    The later paragraph is the same speaker's direct words."""
    out: list[Event] = []
    for n in range(1, len(paragraphs)):
        pa, pb = paragraphs[n]
        pa += len(doc.text[pa:pb]) - len(doc.text[pa:pb].lstrip())
        text = doc.text[pa:pb]
        qa, qb = paragraphs[n - 1]
        opened, closed = _marks(doc.text[qa:qb])
        if not text.startswith(OPENING) or opened <= closed or inside(pa, taken):
            continue
        before = [v for v in told + out if v.attrs.get("direct") and qa <= v.evidence[0].start < qb]
        if not before:
            continue
        k = _closes(text)
        words = text[:k] if k is not None else text
        taken.append((pa, pb))
        out.append(said(doc, pa, pb, doc.entity(before[-1].attrs["speaker"]), "", True, words.strip('"“”, '),
                        codes=before[-1].codes))
    return out
