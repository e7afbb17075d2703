"""English words about documents that name no new one: a quantifier over documents ("every
agreement"), the set a named deal belongs to ("Among the largest deals, ..."), and the test of
whether a document told after another is a new deal of its own sides (agreements.py); and how a
document noun stands: counted ("12 agreements"), the subject of a passive signing, or named inside
another's title ("a protocol amending the treaty on ...")."""
from __future__ import annotations

import re

from ...doc import Doc, Event, Token
from ...nlp.match import fold
from ...lang import words
from ..agreement_sides import named_between, side_words
from ..agreements import documents, is_signing, same_day


def any_document(toks: list[Token], a: int) -> bool:
    """"every agreement": documents in general ("did not sign any agreement" stays a negated one); "Among
    the deals, X signed ...": the set the document named next belongs to."""
    k = a - 1
    while k >= 0 and toks[k].pos in ("ADJ", "NOUN") and toks[k].text.islower():
        k -= 1
    return k >= 0 and (fold(toks[k].text) in ("every", "each", "all")
                       or fold(toks[k].text) == "the" and k > 0 and fold(toks[k - 1].text) == "among")


def new_deal(doc: Doc, earlier: Event, later: Event) -> bool:
    """A document with an indefinite article ("X and Y signed an agreement") and sides of its own."""
    a = later.attrs["title_span"][0]
    det = re.findall(r"\b(a|an|the|this|that)\b", doc.text[max(0, a - 40):a].lower())
    return bool(det) and det[-1] in ("a", "an") and len(later.attrs["parties"]) >= 2 \
        and not set(later.attrs["parties"]) <= set(earlier.attrs["parties"])


def counted(toks: list[Token], a: int, b: int) -> bool:
    """"12 commercial agreements", "more than 30 documents": a plural document noun counted by a
    number before its modifiers."""
    noun = toks[a] if any(fold(t.text) == "of" for t in toks[a:b]) else toks[b - 1]   # "memoranda of understanding"
    if noun.lemma == fold(noun.text):
        return False
    k = a - 1
    while k >= 0 and toks[k].pos in ("ADJ", "NOUN") and toks[k].text[:1].islower():
        k -= 1
    if k >= 1 and toks[k].text in ("and", ",") and toks[k - 1].pos == "NOUN":
        return counted(toks, k - 1, k)      # "a number of agreements and memoranda": both counted
    return k >= 0 and (toks[k].pos == "NUM" or toks[k].text.isdigit() or fold(toks[k].text) in QUANTIFIERS
                       or k >= 1 and fold(toks[k].text) == "of" and fold(toks[k - 1].text) in GROUP_NOUNS)


QUANTIFIERS = {"several", "numerous", "multiple"}
GROUP_NOUNS = {"number", "series", "raft", "host", "set", "range"}      # "a number of agreements"


def passive_signing(toks: list[Token], signer: int) -> bool:
    """"were signed", "was adopted", "have been signed", "was also signed": the subject is the
    document, not its signer."""
    k = signer - 1
    while k > 0 and toks[k].pos == "ADV":
        k -= 1
    return k >= 0 and fold(toks[k].text) in ("was", "were", "been", "is", "are", "be")


def nested_document(toks: list[Token], prev_end: int, a: int) -> bool:
    k = a - 1
    while k >= prev_end and (toks[k].pos in ("DET", "NUM", "ADJ") or toks[k].text[:1].isdigit()):
        k -= 1
    # "a protocol amending the Agreement on ...": the document amended is named, not signed
    return k >= prev_end and (fold(toks[k].text) in ("amending", "supplementing") or fold(toks[k].text) in (
        "to", "of", "under") and not any(is_signing("en", t) or t.pos == "VERB" for t in toks[prev_end:a]))


def for_passing(toks: list[Token], signer: int) -> bool:
    """"for adoption", "called for the swift ratification of": a purpose (not "a ceremony for the signing")."""
    k = signer - 1
    while k > 0 and fold(toks[signer].text) in ("ratification", "adoption") and toks[k].text.islower() \
            and toks[k].pos in ("DET", "ADJ", "ADV", "NOUN"):
        k -= 1
    return k >= 0 and fold(toks[k].text) == "for"


DEFINITE_SIGNED = re.compile(r"The\s+(?:[\w-]+\s+){0,2}(?:agreement|memorandum|contract|deal|document)\s+was\s+signed\b")


def signed_again(later: Event) -> bool:
    """"The investment agreement was signed in Bishkek by A and B" after a document signed in the
    lead: a sentence opening with the document, definite, told in the passive, tells its signing again."""
    return bool(DEFINITE_SIGNED.match(later.evidence[0].text)) and len(later.attrs["title"].split()) <= 3


def refers_back(toks: list[Token], a: int) -> bool:
    """Does the document named at token a refer to one signed before?"""
    # "an implementation agreement" names a kind; "under the framework agreement" refers back
    # not "Under a loan agreement signed by X and Y, ...": opening the sentence, an indefinite
    # document is the one signed (mid-sentence, "built under an agreement signed in 2022" recalls one);
    # not "the signing earlier today of a memorandum": the same day's
    # "..., the latest in a series of energy deals between the two": the ones before it
    return any(fold(t.text) in words("en", "refers_back.txt") and k not in same_day("en", toks)
               and not (k == 0 and any(fold(x.text) in ("a", "an") for x in toks[k + 1:a]))
               # "an agreement on a second production line and a memorandum": the word ends the item before
               and not any(fold(x.text) in ("and", "or", ",") for x in toks[k + 1:a])
               for k, t in enumerate(toks[:a - 1]) if k >= a - 4) \
        or any(fold(t.text) in ("latest", "newest") and fold(toks[k + 1].text) == "in"
               for k, t in enumerate(toks[:a - 1]) if k >= a - 7)


def that_year(doc: Doc, sent, signer: int) -> bool:
    """"Gazprom and X signed a memorandum on gas supplies that year": "that year", "the same year"
    near the signing dates it by the year the sentence before (in the same paragraph) gives, here
    one before the article's ("began importing gas in 2023"): background, not news."""
    toks = sent.tokens
    near = [fold(t.text) for t in toks[max(0, signer - 6):signer + 8]]
    if not any(near[k] in ("that", "same") and near[k + 1] == "year" for k in range(len(near) - 1)):
        return False
    year = int(doc.date[:4]) if doc.date and doc.date[:4].isdigit() else None
    para = next(((a, b) for a, b in doc.paragraphs() if a <= sent.start < b), None)
    before = [s for s in doc.sents if s.end <= sent.start and para is not None and s.start >= para[0]][-1:]
    return year is not None and any(fold(t.text) == "in" and re.fullmatch(r"(19|20)\d\d", n.text) and int(n.text) < year
                                    for s in before for t, n in zip(s.tokens, s.tokens[1:]))


def list_opens(toks: list) -> bool:
    """Does a sentence open a list of documents signed ("The parties signed the following:", "The
    following documents were signed in the presence of the two ministers:")?"""
    if len(toks) < 2 or toks[-1].text != ":":
        return False
    opens = [k for k, t in enumerate(toks) if fold(t.text) in words("en", "signers.tsv", "list_opens")]
    return any(k >= len(toks) - 4 for k in opens) or len(opens) >= 2 and fold(toks[opens[0]].text) == "following"


def list_follows(doc: Doc, toks: list, told_at: int | None) -> bool:
    """Does a sentence name documents of the signing the sentence before told, in the same
    paragraph ("... witnessed the exchange of 18 cooperation documents. Among them were ...")?"""
    return told_at is not None and len(toks) > 2 and " ".join(fold(t.text) for t in toks[:2]) in words("en", "signers.tsv", "list_follows") \
        and any(a <= told_at and toks[0].start < b for a, b in doc.paragraphs())


def parties_again(doc: Doc, toks: list[Token], signer: int, title: list[Token]) -> str:
    """"The parties also signed a land agreement", "a contract signed at the same ceremony" after a
    document signed by named sides: the same sides ("sides", "ceremony"; "" where its title names its
    own: "a memorandum between X and Y")."""
    words_ = [fold(t.text) for t in toks[max(0, signer - 4):signer]]
    after = [fold(t.text) for t in toks[signer + 1:signer + 5]]
    if named_between(doc, title):
        return ""
    if any(a == "same" and b in side_words("en", "same") for a, b in zip(after, after[1:])):
        return "ceremony"
    return "sides" if any(w in side_words("en", "sides") for w in words_) and "also" in words_ else ""


def exchange_of_other(toks: list[Token], i: int) -> bool:
    """"the exchange of hydrological data", "exchanged views on": a word of exchanging whose object is
    no document signs nothing ("documents were exchanged", "exchanged the agreements" do)."""
    if not fold(toks[i].text).startswith("exchang"):
        return False
    noun = False
    for k in range(i + 1, min(len(toks), i + 6)):      # "the exchange of a loan agreement": its head
        if documents("en").match_at(toks, k) is not None:
            return False
        if not (fold(toks[k].text) in ("of", "the", "a", "an") or toks[k].pos in ("ADJ", "NOUN")):
            break
        noun = noun or toks[k].pos == "NOUN"
    return noun
