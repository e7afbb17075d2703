"""Groups named as actors in English become ORG entities: "leading US companies", "British MPs",
"representatives of the British business community", "the sides" (OUTPUT.md: a participant or
speaker named only as a group is still an entity). Group nouns are in lang/en/groups.tsv.
"""
from __future__ import annotations

from functools import cache

from ...doc import Doc, Entity, Span, Token
from ...lang import folded, lexicon
from ...nlp.match import fold, word_keys
from ..gazetteer import gazetteer
from ..groups import group_entity
from .clause import mention_at
from .lone_offices import office_holders

MAX_COMPLEMENT = 6
SINGLE = {"delegation"}


def counted(word: str) -> int | None:
    """"two", "three": a count of sides (lang/en/quantities.tsv `number`, two to nine), or None."""
    from ..numbers import words as number_words
    entry = number_words("en").forms.get("number", {}).get(fold(word))
    return int(entry[0]) if entry is not None and entry[0].isdigit() and 2 <= int(entry[0]) <= 9 else None


@cache
def group_nouns() -> dict[str, bool]:
    return {fold(r[0]): (len(r) > 1 and r[1] == "yes") for r in lexicon("en", "groups.tsv")}


def _lemma_in(text: str, nouns: dict[str, bool]) -> str | None:
    from ...nlp.english import singular
    for k in word_keys(text, "en") | {singular(text)}:
        if k in nouns:
            return k
    return None


def _modifier(doc: Doc, toks, k: int) -> bool:
    """Words that may qualify a group noun: "leading", "British", "US", "oil", "foreign"."""
    t = toks[k]
    hit = mention_at(doc, t)
    if hit is not None:
        return hit[1].type == "GPE"
    if gazetteer("en").cue(t.text):
        return True
    if k > 0 and toks[k - 1].pos == "PRON":
        return False          # "we invite German companies": a verb after its subject
    if t.lemma in _verbs():
        return False
    if t.pos in ("ADJ", "PROPN"):
        return True
    # "leading US companies", "oil companies", "the business community"
    return t.text.islower() and (fold(t.text).endswith("ing") or t.pos == "NOUN")


@cache
def _verbs() -> frozenset[str]:
    """Verbs of the event lexicons: never a modifier of a group noun."""
    out = set()
    for name in ("speech.tsv", "meetings.tsv", "signing.tsv"):
        out.update(r[0].split()[0] for r in lexicon("en", name))
    return frozenset(out)


def english_groups(doc: Doc) -> None:
    """The English reader of the group stage (groups.py)."""
    nouns = group_nouns()
    gaz = gazetteer("en")
    by_key: dict[str, Entity] = {}
    for sent in doc.sents:
        toks = sent.tokens
        i = 0
        while i < len(toks):
            t = toks[i]
            lemma = _lemma_in(t.text, nouns)
            # "businesspeople": a plural without an "s" counts too
            plural = fold(t.text) != lemma and fold(t.text).endswith("s") or fold(t.text).endswith("people")
            single = fold(t.text) in SINGLE       # "a Chilean delegation": one group of people
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            # a capital inside a sentence is a name's ("Young Leaders"), except in the readouts' "the
            # Ministers discussed": the sides, written with the capital of their office
            capital = t.text.istitle() and i > 0 and not (
                fold(toks[i - 1].text) == "the" and nxt is not None and nxt.pos in ("VERB", "AUX", "ADV"))
            if lemma is None or not (plural or single) or capital or mention_at(doc, t) is not None:
                i += 1
                continue
            if nxt is not None and mention_at(doc, nxt) is not None and mention_at(doc, nxt)[1].type == "PER":
                i += 1
                continue      # "Foreign Ministers Murat Nurtleu and ...": a title before names
            # modifiers before: "leading US companies", "British MPs", "the two sides"
            j = i
            while j > 0 and _modifier(doc, toks, j - 1) and not toks[j - 1].text[:1].isdigit():
                j -= 1
            if j >= 2 and fold(toks[j - 1].text) == "and" and _lemma_in(toks[j - 2].text, nouns) \
                    and fold(toks[j - 2].text).endswith("s") and mention_at(doc, toks[j - 2]) is None:
                j -= 2        # "residents and activists of the region": two nouns of one group
            countries = [c for x in toks[j:i] for c in gaz.cues_in(x.text)]
            countries += [mention_at(doc, x)[1].country for x in toks[j:i]
                          if mention_at(doc, x) is not None and mention_at(doc, x)[1].country]
            # an "of" complement after: "representatives of the British business community"
            k = i + 1
            complement = []
            if k < len(toks) and fold(toks[k].text) == "of":
                k2 = k + 1
                while k2 < len(toks) and k2 - k <= MAX_COMPLEMENT and (
                        toks[k2].pos in ("DET", "ADJ", "NOUN", "PROPN") and toks[k2].text not in (",",)):
                    k2 += 1
                complement = toks[k + 1:k2]
                complement += _second_state(doc, toks, k2)
            elif single and k + 1 < len(toks) and fold(toks[k].text) == "from":
                complement = _state_from(doc, toks, k + 1)      # "a delegation from Chile"
            if any(mention_at(doc, x) is not None and mention_at(doc, x)[1].type in ("ORG", "PER")
                   for x in complement):
                i += 1
                continue      # "members of the Senate": the organisation is the actor
            after = i + 2 + len(complement) if complement else i + 1
            if after + 1 < len(toks) and toks[after].text == "," and mention_at(doc, toks[after + 1]) is not None \
                    and mention_at(doc, toks[after + 1])[1].type == "PER":
                i += 1
                continue      # "the foreign ministers of the two countries, A and B": the names are the actors
            countries += [c for x in complement for c in gaz.cues_in(x.text)]
            countries += [mention_at(doc, x)[1].country for x in complement
                          if mention_at(doc, x) is not None and mention_at(doc, x)[1].country]
            # "the sides discussed", "the parties signed": a group acting on its own
            # "the two leaders discussed", "both parties emphasized": the two sides named together
            # and "the three ministers held a trilateral meeting": the sides counted
            pair = i > 0 and (fold(toks[i - 1].text) == "both" or counted(toks[i - 1].text) is not None) and j >= i - 1
            if pair:
                j = i - 1
            alone = (nouns[lemma] and j == i and j > 0 and fold(toks[j - 1].text) == "the"
                     or pair and (fold(toks[j].text) == "both" or j > 0 and fold(toks[j - 1].text) == "the")) \
                and _acts_next(toks, i)
            if not countries and not complement and not alone or lemma in folded("en", "groups.tsv", "pair") and not pair \
                    or single and not countries:
                i += 1
                continue
            if j > 0 and fold(toks[j - 1].text) == "the":
                j -= 1
            span_toks = toks[j:i + 1] + (complement if complement else [])
            if complement:
                span_toks = toks[j:i + 2 + len(complement)]
            a, b = span_toks[0].start, span_toks[-1].end
            name = doc.text[a:b]
            key = fold(name[4:] if fold(name).startswith("the ") and not nouns[lemma] else name)
            if name[:1].isupper() and not name.split()[0].isupper() and not gaz.cue(name.split()[0]) \
                    and mention_at(doc, span_toks[0]) is None:
                name = name[0].lower() + name[1:]
            ent = group_entity(doc, by_key, key, name, countries)
            ent.mentions.append(Span(a, b, doc.text[a:b], source="group"))
            i = next((n for n, x in enumerate(toks) if x.start >= b), len(toks))
    office_holders(doc, by_key)       # "the Turkish ambassador": one holder, not a group


def _acts_next(toks: list[Token], i: int) -> bool:
    """Does a verb follow the group noun at i: "the sides discussed", or after a parenthetical
    between commas, "The ambassadors, in turn, thanked"?"""
    k = i + 1
    if k < len(toks) and toks[k].text == ",":
        close = next((j for j in range(k + 1, min(k + 5, len(toks))) if toks[j].text == ","), None)
        k = close + 1 if close is not None else len(toks)
    return k < len(toks) and toks[k].pos in ("VERB", "AUX", "ADV")


def _second_state(doc: Doc, toks: list[Token], k: int) -> list[Token]:
    """"the foreign ministers of the United States and Central Asian countries": an office's "of"
    complement goes on over "and" to a second state, or to states named by a plural noun."""
    if k >= len(toks) or fold(toks[k].text) != "and":
        return []
    end = k + 1
    while end < len(toks) and end - k <= MAX_COMPLEMENT and toks[end].pos in ("DET", "ADJ", "NOUN", "PROPN"):
        end += 1
    run = toks[k + 1:end]
    last = mention_at(doc, run[-1]) if run else None
    if run and (last is not None and last[1].type == "GPE" or fold(run[-1].text) in ("countries", "states", "nations")):
        return toks[k:end]
    return []


def _state_from(doc: Doc, toks: list[Token], k: int) -> list[Token]:
    """"a delegation from Chile": the state's tokens after "from" (none when it names no state)."""
    hit = mention_at(doc, toks[k])
    if hit is None or hit[1].type != "GPE":
        return []
    return [t for t in toks[k:] if t.end <= hit[0].end]


def counted_holders(doc: Doc, group: Entity) -> list[Entity]:
    """"the three ministers held a trilateral meeting": the three persons the article titles
    minister, where it names just so many (a group of no state)."""
    words = fold(group.name).split()
    n = counted(words[-2]) if group.group and not group.country and len(words) >= 2 else None
    if n is None:
        return []
    office = words[-1][:-1] if words[-1].endswith("s") else words[-1]
    held = [e for e in doc.entities if e.type == "PER" and not e.group
            and any(office in fold(r.title).split() for r in e.roles)]
    return held if len(held) == n else []


def link_they(doc: Doc) -> None:
    """"The Ministers discussed trade. They welcomed ...": "They" opening a sentence is the group of
    sides the sentence before opens with, in the same paragraph (the coreference stage calls it)."""
    prev = None
    for sent in doc.sents:
        toks = sent.tokens
        if prev is not None and toks and fold(toks[0].text) == "they" and "\n" not in doc.text[prev.end:sent.start]:
            group = _opening_group(doc, prev)
            if group is not None:
                group.mentions.append(Span(toks[0].start, toks[0].end, toks[0].text, source="pronoun"))
        prev = sent


def _opening_group(doc: Doc, sent) -> Entity | None:
    """The group named before the first verb of a sentence, if one of sides alone ("the sides", "the Ministers")."""
    nouns = group_nouns()
    for t in sent.tokens:
        if t.pos in ("VERB", "AUX"):
            return None
        hit = mention_at(doc, t)
        if hit is not None:
            e = hit[1]
            lemma = _lemma_in(e.name.split()[-1], nouns)
            return e if e.group and not e.country and lemma is not None and nouns[lemma] else None
    return None
