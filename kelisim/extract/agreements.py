"""Agreements: documents signed, adopted or exchanged, with type, title, parties, deadline, value,
read the same way in every language. The stage goes through an article sentence by sentence: a
document noun (lang/<xx>/agreements.tsv) at a signing word (lang/<xx>/signing.tsv, is_signing)
that the sentence does not tell as signed before the news (lang/<xx>/signed_before.tsv,
told_before) or only refer back to is one agreement, with its title, modality, parties and
sectors; one document told twice is merged into one (merge_same); then the parties are settled
against each other. A language gives a reader (ru_agreements.py, en/agreements.py,
kk/agreements.py) with
  signed(doc, sent, found)       the agreements a sentence signs (`found`: those before it),
  same(doc, earlier, later)      whether a later telling is the same document (Reader's: one
                                 with a bare title or the same subject, refers_to),
  settle(doc, found)             what the merged agreements still need from each other (Reader's:
                                 nothing).
Who signs when the sentence does not say (the sides a title names, the sides of the meeting, the
speaker's state for "we") is in agreement_sides.py.
"""
from __future__ import annotations

from functools import cache
from typing import Callable

from ..doc import Doc, Entity, Event, Sent, Span, Token
from ..lang import lexicon, words
from ..nlp.match import PhraseMatcher, fold, lexicon_matcher, tokens_keys, word_keys
from .codes import agreement_codes
from .context import body_sents, evidence
from .readers import reader_for
from .sectors import sectors_of


def documents(lang: str) -> PhraseMatcher:
    return lexicon_matcher(lang, "agreements.tsv")


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


def sectors_told(doc: Doc, sent: Sent, a: int, b: int, alone: bool) -> list[str]:
    """The fields a document's words text[a:b] name, else, for the one document of a sentence
    (`alone`), those of the sentence: its topics are its own."""
    return sectors_of(doc, a, b) or (sectors_of(doc, sent.start, sent.end) if alone else [])


LIST_MARKS = {"-", "–", "—", "•", "·", "*", "●"}     # items of a list of documents signed


def is_signing(lang: str, tok: Token) -> bool:
    """Is the word one of signing or adopting (lang/<xx>/signing.tsv)?"""
    return bool(word_keys(tok.text, lang) & words(lang, "signing.tsv"))


def signings(lang: str, toks: list[Token]) -> list[int]:
    """The words of signing in a sentence (is_signing); most sentences have none, which one set
    test on all their words' keys tells."""
    if words(lang, "signing.tsv").isdisjoint(tokens_keys(toks, lang)):
        return []
    return [i for i, t in enumerate(toks) if is_signing(lang, t) and not _takes_part(lang, toks, i)]


def _takes_part(lang: str, toks: list[Token], i: int) -> bool:
    """"принял (активное) участие в заседании Организации Договора ...": a verb of adopting whose
    object is a word of taking part (lang/<xx>/participation.txt) adopts nothing."""
    part = words(lang, "participation.txt")
    return any(word_keys(t.text, lang) & part for t in toks[i + 1:i + 3])


def told_before(lang: str, toks: list[Token], signer: int, signings: list[int], cues: list[int] = ()) -> bool:
    """Is the signing at token `signer` told as one before the news by the words of
    lang/<xx>/signed_before.tsv: a lemma opening the sentence ("Ранее"), a phrase anywhere ("в
    прошлом году"), a verb of recalling before it ("reminded that"), a word right after it or
    within six ("signed earlier", "signed two years ago"), or a time word (of the table or
    `cues`) nearest to it among the `signings` ("Earlier this year, X signed")?"""
    words_ = [fold(t.text) for t in toks]
    cues = list(cues)
    today = same_day(lang, toks)
    for phrase, where in signed_before(lang):
        if where == "opening" and any(phrase[0] in word_keys(t.text) for t in toks[:2]):
            return True
        for k in (k for k in range(len(toks)) if words_[k:k + len(phrase)] == phrase and k not in today):
            if where in ("anywhere", "before") and (where == "anywhere" or k < signer) \
                    or where == "next" and k == signer + 1 \
                    or where == "after" and signer < k and k + len(phrase) <= signer + 7:
                return True
            if where == "nearest":
                cues.append(k)
    return any(min(list(signings) + [signer], key=lambda i: abs(i - k)) == signer for k in cues)


def same_day(lang: str, toks: list[Token]) -> set[int]:
    """Where a phrase of lang/<xx>/signed_before.tsv keeps a signing on the day of the news
    ("earlier today", "earlier in the day") starts: its "earlier" dates nothing before."""
    words_ = [fold(t.text) for t in toks]
    return {k for phrase, where in signed_before(lang) if where == "today"
            for k in range(len(toks)) if words_[k:k + len(phrase)] == phrase}


@cache
def signed_before(lang: str) -> tuple[tuple[list[str], str], ...]:
    return tuple((fold(r[0]).split(), r[1]) for r in lexicon(lang, "signed_before.tsv"))


def merge_same(events: list[Event], same: Callable[[Event, Event], bool]) -> list[Event]:
    """"подписал дорожную карту ..." then "Дорожная карта была подписана ...": one document.
    `same(earlier, later)` says whether a later telling of the same type and modality is the
    same document (each language's reader has its own test; Russian's and Kazakh's is refers_to)."""
    out: list[Event] = []
    for v in events:
        twin = next((o for o in out if o.attrs["doc_type"] == v.attrs["doc_type"]
                     and o.modality == v.modality and same(o, v)), None)
        if twin is None:
            out.append(v)
        else:
            absorb(twin, v)
    return out


def absorb(twin: Event, v: Event) -> None:
    """A second telling of one document adds what the first lacked, and its evidence."""
    for k in ("deadline", "value"):
        twin.attrs[k] = twin.attrs[k] or v.attrs[k]
    twin.attrs["parties"] += [p for p in v.attrs["parties"] if p not in twin.attrs["parties"]]
    twin.attrs["sectors"] += [s for s in v.attrs["sectors"] if s not in twin.attrs["sectors"]]
    twin.evidence.extend(e for e in v.evidence if e.start not in {x.start for x in twin.evidence})


def refers_to(later: Event, earlier: Event) -> bool:
    """A later mention with a bare title ("Дорожная карта") or the same subject ("договор о
    стратегическом партнерстве" / "соглашение о стратегическом партнерстве") is the same document."""
    if later.evidence[0].start == earlier.evidence[0].start:
        return False      # two documents listed in one sentence
    a, b = _subject(later.attrs["title"]), _subject(earlier.attrs["title"])
    return len(later.attrs["title"].split()) <= 3 or a == b or _in_more_detail(later.attrs["title"], earlier.attrs["title"])


def _in_more_detail(later: str, earlier: str) -> bool:
    """"заключила контракт на поставку электровозов" in the lead, then "подписали контракт на
    поставку 24 грузовых электровозов на сумму ...": the later title has every word of the
    earlier one (endings aside) and more; the lead told in short what follows."""
    def stem(w: str) -> str:
        return w[:max(4, len(w) - 2)]
    old, new = fold(earlier).split(), {stem(w) for w in fold(later).split()}
    return 3 <= len(old) < len(new) and all(stem(w) in new for w in old)


def _subject(title: str) -> str:
    words = fold(title).split()
    for k, w in enumerate(words):
        if w in ("о", "об", "по", "в"):
            return " ".join(words[k:])
    return " ".join(words)


class Reader:
    """What a language's reader leaves to the stage."""

    def same(self, doc: Doc, earlier: Event, later: Event) -> bool:
        return refers_to(later, earlier)

    def settle(self, doc: Doc, found: list[Event]) -> None:
        """The parties each sentence gives are final."""


class Agreements:
    """The agreement stage. It runs after the meetings of every language, whose sides sign what
    the sentence leaves unsigned, and after the statements, whose speakers say "we"."""
    name = "agreements"
    requires = ("entity_ids", "meetings", "statements")
    assigns = ("agreements",)
    langs = ("ru", "en", "kk")

    def __call__(self, doc: Doc) -> Doc:
        reader = reader_for("agreements", doc.lang)()
        found: list[Event] = []
        for sent in body_sents(doc):
            found.extend(reader.signed(doc, sent, found))
        found = merge_same(found, lambda earlier, later: reader.same(doc, earlier, later))
        reader.settle(doc, found)
        doc.events.extend(found)
        return doc
