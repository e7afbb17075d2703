"""What the English event stages ask of a sentence without a parser: who is mentioned at a
token, the subject right before a verb ("Cameron also noted", "Uzbekistan and leading US
companies signed"), the one right after an inverted verb ("said Kosherbayev"), quoted passages,
and the modality from the words governing a trigger ("will visit", "did not sign").

English news puts the subject before its verb and the auxiliaries between, so a short walk
back over adverbs and auxiliaries finds it; that is all the syntax these rules need.
"""
from __future__ import annotations

from ...doc import Doc, Entity, Sent, Span, Token
from ...lang import words
from ...nlp.match import fold
from ..context import modality_matcher, token_index
from ...nlp.frames import find_quotes
from .lexicons import calendar_words, in_titles

SKIP_BEFORE_VERB = words("en", "before_verb.txt")


def _date_on(toks: list[Token], j: int) -> int | None:
    """The "on" of a date ending at token j ("on Thursday", "on March 5", "on 5 March")."""
    days = calendar_words()
    k = j
    while k >= 0 and (fold(toks[k].text) in days or toks[k].text.isdigit()):
        k -= 1
    return k if k < j and k >= 0 and fold(toks[k].text) == "on" else None


def entity_at(doc: Doc, tok: Token) -> Entity | None:
    """The entity a token belongs to; a group wins over a state named inside it ("leading US companies")."""
    hit = mention_at(doc, tok)
    return hit[1] if hit is not None else None


def mention_at(doc: Doc, tok: Token) -> tuple[Span, Entity] | None:
    """The outermost mention holding the token (the first of the longest)."""
    best = None
    for e in doc.entities:
        for m in e.mentions:
            if m.start <= tok.start and tok.end <= m.end and (best is None or m.end - m.start > best[0].end - best[0].start):
                best = (m, e)
    return best


def subject_before(doc: Doc, sent: Sent, i: int) -> list[Entity]:
    """Entities of the subject ending right before token i, coordinated ones included:
    "Cameron also noted", "Cameron, in turn, noted", "X, the UK Foreign Secretary, said"."""
    toks = sent.tokens
    j = i - 1
    while j >= 0:
        t = toks[j]
        if t.pos in ("ADV", "AUX") or fold(t.text) in SKIP_BEFORE_VERB and t.text[:1].islower():
            j -= 1
            continue
        if (on := _date_on(toks, j)) is not None:
            j = on - 1        # "Chinese President Xi Jinping on Thursday said": the date between
            continue
        if t.text == "," and j > 0:
            if mention_at(doc, toks[j - 1]) is not None and mention_at(doc, toks[j - 1])[1].type == "PER":
                j -= 1          # "Murat Nurtleu and David Cameron, recently held"
                break
            hit = mention_at(doc, toks[j - 1])
            if hit is not None and hit[1].type == "ORG" and any(
                    toks[k].text == "," and toks[k + 1].start == hit[0].start for k in range(max(0, j - 12), j - 1)):
                j -= 1          # "A German company, Stadtmann Pharma, signed": the name set off after its kind
                break
            # ", in turn," / ", the UK Foreign Secretary,": an adverbial or an apposition between commas
            k = next((k for k in range(j - 1, max(-1, j - 17), -1) if toks[k].text == ","), None)
            if k is not None and k > 0 and mention_at(doc, toks[k - 1]) is not None:
                j = k - 1
                break
        break
    if j >= 2 and fold(toks[j].text) == "who" and toks[j - 1].text == ",":
        j -= 2                # "Microsoft President Brad Smith, who said": the person before
    out: list[Entity] = []
    joined = False
    while j >= 0:
        hit = mention_at(doc, toks[j])
        if hit is None:
            break
        m, e = hit
        if e not in out:
            out.insert(0, e)
        j = next((k for k in range(j, -1, -1) if toks[k].start < m.start), -1)
        if e.type == "PER":
            # "A and EU Special Representative for Central Asia B": B's title stands between
            k = j
            while k >= 0 and j - k < 12 and _title_like(doc, toks[k]):
                k -= 1
            if k >= 1 and fold(toks[k].text) in ("and", ",") and k < j and _title_like(doc, toks[k + 1]):
                j = k
        while j >= 0 and fold(toks[j].text) == "the":
            j -= 1
        # "A, B and C said": a comma joins subjects only in a list closed by "and"; "With A, B said" not
        if j >= 1 and (fold(toks[j].text) == "and" or toks[j].text == "," and joined) \
                and mention_at(doc, toks[j - 1]) is not None:
            joined = joined or fold(toks[j].text) == "and"
            j -= 1
            continue
        break
    return out


def _title_like(doc: Doc, tok: Token) -> bool:
    """Part of a title before a name: capitalised words, "of", "for", "the", states and bodies."""
    hit = mention_at(doc, tok)
    if hit is not None:
        return hit[1].type != "PER"
    return tok.text[:1].isupper() or fold(tok.text) in ("of", "for", "the", "'s", "’s") or in_titles(tok)


CHAIN = words("en", "verb_chain.txt")


def chain_start(toks: list[Token], i: int) -> int:
    """Where the verb group ending at token i starts: "plan to sign", "are expected to open"."""
    k = i
    while k > 0 and (toks[k - 1].pos in ("AUX", "PART", "ADV") or fold(toks[k - 1].text) in CHAIN) \
            and toks[k - 1].text != ",":
        k -= 1
    return k


def subject_after(doc: Doc, sent: Sent, i: int) -> Entity | None:
    """"..., said Kosherbayev", "..., said Kazakh President X": the speaker after an inverted verb."""
    toks = sent.tokens
    k = i + 1
    while k < len(toks) and toks[k].pos == "DET":
        k += 1
    # ", said the company's deputy chairman X": over the body's possessive to the title
    own = next((n for n in range(k, min(len(toks), k + 4)) if toks[n].text in ("'s", "’s")), None)
    if own is not None and k > i + 1 \
            and all(t.pos in ("NOUN", "ADJ", "PROPN") and entity_at(doc, t) is None for t in toks[k:own]):
        k = own + 1
    # ", said President of Kazakhstan Kassym-Jomart Tokayev": over the title to the name
    n = k
    while n < len(toks) and n - k < 16:
        e = entity_at(doc, toks[n])
        if e is not None and e.type == "PER":
            return e
        if e is not None and e.type != "GPE" and n == k:
            return e
        if e is None and not _title_like(doc, toks[n]) and not _inside_title(doc, toks, k, n):
            break
        n += 1
    return entity_at(doc, toks[k]) if k < len(toks) else None


def _inside_title(doc: Doc, toks: list[Token], k: int, n: int) -> bool:
    """"the Minister of Industry and Advanced Technology of the UAE, Sultan Al Mansoori": "and"
    between capitalised words of a title, and the comma before the name it ends at."""
    if n == k or n + 1 >= len(toks):
        return False
    nxt = toks[n + 1]
    if fold(toks[n].text) in ("and", "&"):
        return nxt.text[:1].isupper()
    if toks[n].text != ",":
        return False
    for t in toks[n + 1:n + 4]:       # ", Sultan Al Mansoori": capitalised words to the name
        e = entity_at(doc, t)
        if e is not None:
            return e.type == "PER"
        if not t.text[:1].isupper():
            return False
    return False


def quotes_of(doc: Doc) -> list[tuple[int, int]]:
    if "en_quotes" not in doc.meta:
        out = []
        for a, b in doc.paragraphs():
            out += find_quotes(doc.text, a, b)
        doc.meta["en_quotes"] = out
    return doc.meta["en_quotes"]


def _quote_at(doc: Doc, offset: int) -> tuple[int, int] | None:
    """The quotation holding the offset, if one longer than a quoted name or title holds it."""
    return next(((a, b) for a, b in quotes_of(doc) if a <= offset < b and b - a > 30), None)


def in_quote(doc: Doc, offset: int) -> bool:
    return _quote_at(doc, offset) is not None


def same_quote(doc: Doc, x: int, y: int) -> bool:
    return _quote_at(doc, x) == _quote_at(doc, y)


def modality(doc: Doc, sent: Sent, i: int, end: int | None = None, own: range = range(0)) -> str:
    """asserted | planned | possible | negated, from the words before a trigger (its auxiliaries,
    "plans to", "is expected to") and the modifiers of a noun ("upcoming visit"); not from the
    words `own` of what the trigger acts on ("An action plan was signed": a document's name)."""
    toks = sent.tokens
    j = i - 1
    chain: list[int] = []
    while j >= 0 and i - j <= 7:
        t = toks[j]
        if t.text in (",", ";", ":", '"', "“", "”") or t.pos == "CCONJ" and fold(t.text) != "and" \
                or entity_at(doc, t) is not None:
            break
        if fold(t.text) in ("that", "which", "who", "where", "when", "because", "as", "after", "before"):
            break
        if fold(t.text) == "during" and j > 0 and toks[j - 1].feats.get("Tense") == "Past":
            break     # "the agreement was reached during a visit": the past verb tells another event
        chain.append(j)
        j -= 1
    matcher = modality_matcher("en")
    found = set()
    for k in (k for k in chain if k not in own):
        m = matcher.match_at(toks, k)
        if m and not (k > 0 and toks[k].text[:1].isupper() and toks[k].text[1:].islower()):
            found.add(m.value)      # "from 12 to 14 May": a capital inside the sentence is a name, no modal
    if "negated" in found:
        return "negated"
    if "possible" in found:
        return "possible"
    if "planned" in found:
        return "planned"
    return "asserted"


def finite_verb(tok) -> bool:
    """"said", "notes", "stressed": a verb form that can have a subject, not "to say" or "saying"."""
    low = fold(tok.text)
    if not tok.text.islower():
        return False          # "the United States", "State": a name, not a verb
    return tok.pos in ("VERB", "AUX") and tok.feats.get("VerbForm") != "Ger" or low.endswith("s") and tok.lemma != low


def attribution_start(doc: Doc, sent: Sent, i: int) -> int:
    """Where the attribution ("President Shavkat Mirziyoyev said") starts before verb i."""
    toks = sent.tokens
    subj = subject_before(doc, sent, i)
    if not subj:
        return toks[i].start
    starts = [m.start for e in subj for m in e.mentions if sent.start <= m.start < toks[i].start]
    k = token_index(sent.tokens, min(starts)) if starts else i
    # the title before the name belongs to the attribution too
    while k and k > 0 and toks[k - 1].text != "," and (toks[k - 1].text[:1].isupper() or toks[k - 1].pos == "DET"):
        k -= 1
    return toks[k].start


def governing_modality(doc: Doc, sent: Sent, i: int) -> str | None:
    """"The signing of the memorandum was postponed", "the signing is expected": a signing noun
    that is the subject of a verb of modality (lang/en/modality.tsv) takes the verb's; not one
    subject of another verb that a modal governs ("the exchange of a loan under which X will lend")."""
    toks = sent.tokens
    head = toks[i].head
    if toks[i].pos == "NOUN" and i <= 2 and not (toks[i].rel.startswith("nsubj") and 0 <= head < len(toks)
                                                  and toks[head].pos == "VERB"):
        # the sentence opens with the noun and the parser lost its predicate ("The signing of X by
        # A and B was postponed"): the first verb after it with an auxiliary of its own
        head = next((k for k in range(i + 1, len(toks)) if toks[k].pos == "VERB" and any(
            c.head == k and c.rel.startswith("aux") for c in toks[i + 1:k])), -1)
    elif not toks[i].rel.startswith("nsubj"):
        return None
    if not 0 <= head < len(toks):
        return None
    m = modality_matcher("en").match_at(toks, head)
    return m.value if m else None


def person_follows(doc: Doc, toks) -> bool:
    """Is a person named in `toks` before a comma, not as the owner of what follows ("X's proposal")?"""
    pers = [k for k, t in enumerate(toks) if getattr(entity_at(doc, t), "type", "") == "PER" and "," not in
            [x.text for x in toks[:k]]]
    return bool(pers) and not any(fold(t.text) in ("'s", "’s") for t in toks[pers[0]:pers[0] + 5])
