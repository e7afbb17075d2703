"""Agreements: documents signed, adopted or exchanged, with type, title, parties, deadline, value,
read the same way in every language. The stage goes through an article sentence by sentence: a
document noun (lang/<xx>/agreements.tsv) at a signing trigger (lang/<xx>/signing.tsv) that the
sentence does not only recall or refer back to is one agreement, with its title, modality,
parties and sectors; one document told twice is merged into one; then the parties are settled
against each other. A language gives a reader (ru_agreements.py, en/agreements.py,
kk/agreements.py) with
  signed(doc, sent, found)       the agreements a sentence signs (`found`: those before it),
  same(doc, earlier, later)      whether a later telling is the same document (Reader's: one
                                 with a bare title or the same subject, agreement_sides.refers_to),
  settle(doc, found)             what the merged agreements still need from each other (Reader's:
                                 nothing).
Who signs when the sentence does not say (the sides of the meeting, the speaker's state for
"we", the pair the headline names) is in agreement_sides.py.
"""
from __future__ import annotations

from functools import cache

from ..doc import Doc, Entity, Event, Sent, Span
from ..lang import lexicon
from ..nlp.match import PhraseMatcher
from .agreement_sides import merge_same, refers_to
from .codes import agreement_codes
from .context import body_sents, evidence
from .sectors import sectors_of


@cache
def documents(lang: str) -> PhraseMatcher:
    return PhraseMatcher(lang).add_all((r[0], r[1]) for r in lexicon(lang, "agreements.tsv"))


def agreement(doc: Doc, sent: Sent, mod: str, doc_type: str, title: str, parties: list[Entity],
              sectors: list[str], span: Span | None = None, deadlines: list = (), money: list = (),
              dated: bool = True) -> Event:
    """An agreement signed in `sent`, with the first of the deadlines and sums found for it; `span`
    is where its title stands (the project stages read it)."""
    attrs = {"doc_type": doc_type, "title": title}
    if span is not None:
        attrs["title_span"] = [span.start, span.end]
    attrs.update(parties=[e.id for e in parties], sectors=sectors, deadline=deadlines[0].value if deadlines else None,
                 value=money[0].value if money else None)
    if dated:
        attrs["date"] = doc.date
    return Event(id="", type="agreement", evidence=[evidence(doc, sent.start, sent.end)], modality=mod,
                 codes=agreement_codes(mod), attrs=attrs)


class Reader:
    """What a language's reader leaves to the stage."""

    def same(self, doc: Doc, earlier: Event, later: Event) -> bool:
        return refers_to(later, earlier)

    def settle(self, doc: Doc, found: list[Event]) -> None:
        """The parties each sentence gives are final."""


def sectors_told(doc: Doc, sent: Sent, a: int, b: int, alone: bool) -> list[str]:
    """The fields a document's words text[a:b] name, else, for the one document of a sentence
    (`alone`), those of the sentence: its topics are its own."""
    return sectors_of(doc, a, b) or (sectors_of(doc, sent.start, sent.end) if alone else [])


def _readers() -> dict:
    from .en.agreements import EnglishSigning
    from .kk.agreements import KazakhSigning
    from .ru_agreements import RussianSigning
    return {"ru": RussianSigning, "en": EnglishSigning, "kk": KazakhSigning}


class Agreements:
    """The agreement stage. It runs after the meetings of every language, whose sides sign what
    the sentence leaves unsigned, and after the statements, whose speakers say "we"."""
    name = "agreements"
    requires = ("entity_ids", "meetings", "statements")
    assigns = ("agreements",)
    langs = ("ru", "en", "kk")

    def __call__(self, doc: Doc) -> Doc:
        reader = _readers()[doc.lang]()
        found: list[Event] = []
        for sent in body_sents(doc):
            found.extend(reader.signed(doc, sent, found))
        found = merge_same(found, lambda earlier, later: reader.same(doc, earlier, later))
        reader.settle(doc, found)
        doc.events.extend(found)
        return doc
