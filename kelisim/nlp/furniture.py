"""A news site's furniture printed with the article: the list of other stories' headlines under
"Читайте также:", the tags line, the share buttons, a breadcrumb. Mirror sites and aggregators copy
it with the release they republish; what it names (another story's leaders, its planned signing)
is not this article's news, so its paragraphs get no sentences. The labels are data
(lang/<xx>/site_furniture.tsv); a language without that file has no furniture."""
from __future__ import annotations

import re

from ..lang import lexicon

SENTENCE_END = re.compile(r"[.!?…][»\"]?\s*$")


def _labels(lang: str) -> tuple[tuple[str, str], ...]:
    try:
        return tuple((r[0], r[1]) for r in lexicon(lang, "site_furniture.tsv") if len(r) > 1)
    except FileNotFoundError:
        return ()


def _label(text: str, labels) -> str | None:
    head = text.lstrip().lower().replace("ё", "е")
    for word, kind in labels:
        rest = head[len(word):] if head.startswith(word) else None
        # the label ends with its colon or its line ("Читайте также:", "Теги: ..."), or is a
        # breadcrumb's first step with its arrow; "По теме переговоров ..." is a sentence
        if rest is not None and (not word[-1].isalpha() or rest.lstrip(" ")[:1] in (":", "\n", "")):
            return kind
    return None


def _headline(text: str) -> bool:
    """One line, short, without the full stop a sentence of news ends with."""
    body = text.strip()
    return "\n" not in body and len(body.split()) <= 20 and not SENTENCE_END.search(body)


def without_furniture(text: str, blocks: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """`blocks` (paragraphs) less the site's furniture: labelled lines, and a "related" label with
    the headline-shaped paragraphs that follow it."""
    labels = _labels(lang)
    if not labels:
        return blocks
    out: list[tuple[int, int]] = []
    in_list = False
    for a, b in blocks:
        kind = _label(text[a:b], labels)
        if kind == "related":
            in_list = True
            continue
        if kind == "line":
            continue
        if in_list and _headline(text[a:b]):
            continue
        in_list = False
        out.append((a, b))
    return out
