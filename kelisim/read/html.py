"""HTML -> text: the article's paragraphs, one block a paragraph, without scripts, menus or forms.

Pages are hostile input: this module never executes or keeps script content, and it walks the
tree with its own stack so that nesting ten thousand tags deep cannot exhaust Python's recursion.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

# Elements whose content is never article text.
_DROP = frozenset(
    "script style noscript iframe svg math nav footer header form aside template object embed "
    "canvas button select textarea xmp head title".split()
)
# Elements that end a paragraph-level block.
_BLOCK = frozenset(
    "p div section article main body html h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre "
    "table thead tbody tfoot tr td th caption figure figcaption address hr br center details "
    "summary fieldset legend".split()
)
# Characters that only steer rendering: zero-width space, BOM, soft hyphen.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\ufeff\u00ad"))
# A page can carry script as visible text (<plaintext>, a <title> holding '<script>', escaped
# markup). It is not article text and must never reach a record or a web page, so it goes too.
_SCRIPT_TEXT = re.compile(
    r"<\s*script\b.*?(?:<\s*/\s*script\s*>|$)|<\s*/?\s*(?:script|iframe|object|embed|style)\b[^>]*>?",
    re.IGNORECASE | re.DOTALL,
)


def parse_markup(markup: str) -> LexborHTMLParser:
    return LexborHTMLParser(markup)


def clean_line(text: str) -> str:
    """One block or headline: script-like text removed, whitespace collapsed to single spaces."""
    return " ".join(_SCRIPT_TEXT.sub(" ", text.translate(_INVISIBLE)).split())


def blocks(root: LexborNode) -> list[str]:
    """The non-empty paragraph-level blocks under `root`, in document order."""
    found: list[str] = []
    parts: list[str] = []

    def flush() -> None:
        line = clean_line("".join(parts))
        parts.clear()
        if line:
            found.append(line)

    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            flush()
            continue
        if node.is_text_node:
            parts.append(node.text_content or "")
            continue
        if not node.is_element_node or node.tag in _DROP or "hidden" in node.attrs:
            continue
        if node.tag in _BLOCK:
            flush()
            stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(node.iter(include_text=True))))
    flush()
    return found


def html_to_text(markup: str) -> str:
    """The text of an HTML fragment or page: its blocks joined by blank lines."""
    return "\n\n".join(blocks(parse_markup(markup).root))


def main_content(tree: LexborHTMLParser) -> LexborNode:
    """The element that holds the article: the marked-up article body, the longest <article>,
    <main>, or else the whole <body>."""
    for selector in ('[itemprop="articleBody"]', "article", "main", '[role="main"]'):
        candidates = tree.css(selector)
        if candidates:
            return max(candidates, key=lambda node: len(node.text(deep=True)))
    return tree.body or tree.root
