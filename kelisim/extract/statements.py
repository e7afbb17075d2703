"""Statements: direct quotes and reported speech, each with its speaker, read the same way in
every language. The pipeline goes through an article in steps: direct quotes paragraph by
paragraph, quotes that run on across paragraphs and intros ending in ":" that carry into the
next paragraph, reported speech sentence by sentence, then words quoted inside reported speech.
A language gives a reader (ru_statements.py, en/statements.py, kk/statements.py) that finds the
speaker of a quote and the verbs of speech of a sentence; its words are data under lang/<xx>/.
"""
from __future__ import annotations

from ..doc import Doc, Entity, Event
from .codes import statement_codes
from ..nlp.frames import find_quotes
from .context import body_sents, evidence, headline_end


def said(doc: Doc, start: int, end: int, speaker: Entity, kind: str, direct: bool, text: str,
         codes: dict | None = None) -> Event:
    """A statement of `speaker` with evidence text[start:end]; `codes` carried from another one."""
    return Event(id="", type="statement", evidence=[evidence(doc, start, end)],
                 codes=dict(codes) if codes is not None else statement_codes(kind),
                 attrs={"speaker": speaker.id, "direct": direct, "text": text})


def inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(x <= offset < y for x, y in spans)


def body_paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """The paragraphs after the headline (the date line and the headline hold no statements)."""
    hl = headline_end(doc)
    return [(max(a, hl), b) for a, b in doc.paragraphs() if b > hl + 1]


def quoted_fragments(doc: Doc, reported: list[Event], taken: list[tuple[int, int]], min_words: int,
                     lower: bool) -> list[Event]:
    """Words quoted inside reported speech are the speaker's own as well ('заявил, что обстановка
    «развивается в сторону стабилизации»', 'called the plant "a milestone for the region"'): a
    direct statement too, for each speaker of the sentence. Where `lower`, a quote that starts with
    a capital is a name ("«Газпром»"), no one's words; elsewhere `min_words` keeps names out."""
    told = list(taken)
    out: list[Event] = []
    for v in reported:
        ev = v.evidence[0]
        for qa, qb in [] if v.attrs["direct"] else find_quotes(doc.text, ev.start, ev.end):
            words = doc.text[qa:qb].split()
            if inside(qa, told) or len(words) < min_words or lower and not words[0][:1].islower():
                continue
            out.append(said(doc, ev.start, ev.end, doc.entity(v.attrs["speaker"]), "", True,
                            doc.text[qa:qb].strip(" ,"), codes=v.codes))
    return out


def _readers() -> dict:
    from .en.statements import EnglishSpeech
    from .kk.statements import KazakhSpeech
    from .ru_statements import RussianSpeech
    return {"ru": RussianSpeech, "en": EnglishSpeech, "kk": KazakhSpeech}


class Statements:
    """The statement stage; `taken` holds the spans already told, which no later step reads again."""
    name = "statements"
    requires = ("entity_ids",)
    assigns = ("statements",)
    langs = ("ru", "en", "kk")

    def __call__(self, doc: Doc) -> Doc:
        reader = _readers()[doc.lang]()
        taken: list[tuple[int, int]] = []
        events: list[Event] = []
        paragraphs = body_paragraphs(doc)
        for a, b in paragraphs:
            events.extend(reader.direct(doc, a, b, taken))
        events.extend(reader.across(doc, paragraphs, events, taken))
        reported = [v for sent in body_sents(doc) for v in reader.reported(doc, sent, taken)]
        events += reported + quoted_fragments(doc, reported, taken, reader.fragment_words, reader.fragment_lower)
        doc.events.extend(sorted(events, key=lambda v: v.evidence[0].start))
        return doc
