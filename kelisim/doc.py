"""The in-memory model: one `Doc` per article, everything in it anchored by character offsets.

Stages only add to a Doc. Offsets are Python `str` indices into `Doc.text`; a `Span`
always satisfies ``doc.text[span.start:span.end] == span.text``. `Doc.text` is the article's text
with its invisible marks read as spaces (`visible`): the same length, so every offset is also one
into the article as written, which the record quotes (record.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Characters that take a place in a text but show nothing: the zero-width space, the word joiner,
# the byte-order mark and the bidirectional marks that text copied from web pages carries. A
# tokenizer glues them to a word ("Токаев\u200b") or splits a name at them; read as spaces they
# separate words as they appear to separate them on the page. (The soft hyphen stands inside
# words, so it is not one of them.)
INVISIBLE = "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
_AS_SPACES = str.maketrans(INVISIBLE, " " * len(INVISIBLE))


def visible(text: str) -> str:
    """The text with each invisible mark as a space: same length, same offsets."""
    return text.translate(_AS_SPACES)


@dataclass
class Token:
    start: int
    end: int
    text: str
    lemma: str = ""
    pos: str = ""
    feats: dict[str, str] = field(default_factory=dict)
    head: int = -1          # index of the head token within the sentence, -1 for the root
    rel: str = ""

    @property
    def case(self) -> str | None:
        return self.feats.get("Case")


@dataclass
class Sent:
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Span:
    """A located piece of text: an NER span, a mention, an evidence."""
    start: int
    end: int
    text: str
    type: str = ""
    normal: str = ""        # nominative / canonical form, where known
    source: str = ""        # which stage produced it: ner, gazetteer, rule, group ...
    country: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Role:
    title: str
    org: str | None = None  # entity id


@dataclass
class Entity:
    id: str
    type: str               # PER | ORG | LOC | GPE
    name: str
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    roles: list[Role] = field(default_factory=list)
    name_latin: str | None = None
    key: str | None = None   # cross-script key for merging across articles
    group: bool = False      # a group named as an actor ("британские депутаты")

    @property
    def first(self) -> int:
        return min((m.start for m in self.mentions), default=-1)


@dataclass
class Event:
    id: str
    type: str                # meeting | statement | agreement | project
    evidence: list[Span] = field(default_factory=list)
    modality: str = "asserted"
    codes: dict[str, str] = field(default_factory=dict)
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Doc:
    text: str
    title: str = ""
    date: str | None = None
    source: str = ""
    id: str = ""
    lang: str = ""
    sents: list[Sent] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)        # raw entity spans (NER + rules)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    done: set[str] = field(default_factory=set)            # names of what stages assigned

    @property
    def tokens(self) -> list[Token]:
        return [t for s in self.sents for t in s.tokens]

    def span(self, start: int, end: int, **kw: Any) -> Span:
        return Span(start, end, self.text[start:end], **kw)

    def sent_at(self, offset: int) -> Sent | None:
        for s in self.sents:
            if s.start <= offset < s.end:
                return s
        return None

    def entity(self, eid: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == eid), None)

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping [start, end); the outermost where mentions nest
        ("МИД РК" rather than the "РК" inside it)."""
        best, size = None, -1
        for e in self.entities:
            for m in e.mentions:
                if m.start < end and start < m.end and m.end - m.start > size:
                    best, size = e, m.end - m.start
        return best

    def paragraphs(self) -> list[tuple[int, int]]:
        out, pos = [], 0
        import re
        for m in re.finditer(r"\n[ \t]*\n", self.text):
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, len(self.text)))
        return [(a, b) for a, b in out if self.text[a:b].strip()]
