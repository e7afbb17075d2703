"""One actor, many mentions, in English: pronouns and descriptions linked to the person they mean.

- "He underlined ...", '"...," she noted' (a subject pronoun) -> the last person named before,
  outside quotes, of that gender (lang/en/given_names.tsv; unknown names count as either);
- "the Uzbek leader", "Uzbek leader", "the head of Uzbekistan", "the Kazakh diplomat", "the US
  President" (lang/en/descriptions.tsv, with a state adjective, a state before or "of <state>"
  after) -> the person named earlier whose state and office fit. A description followed by a
  name is that name's title (roles.py), not a reference back.
"""
from __future__ import annotations

from ...doc import Doc, Entity, Role, Span, Token
from ...lang import words
from ...nlp.match import fold
from ..coref import body_head, descriptions, link_pronouns, pronoun_genders, refer
from ..gazetteer import gazetteer
from ..context import token_index
from .clause import in_quote, mention_at, same_quote
from .firm_refs import link_firm_descriptions, link_named_again, link_the_company
from .groups import link_they
from .home_state import guessed, rehome
from .lexicons import given_names, title_words, titles


def _title_case(toks: list[Token]) -> bool:
    """A headline written In Title Case, where a capital letter says nothing about a name."""
    words = [t for t in toks if t.text[:1].isalpha()]
    return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


def _may_hold(person: Entity, head: str) -> bool:
    """"the UK minister" may be a person with no title or with a minister's one, not a director;
    "the Kazakh diplomat" names no office and may be anyone of that state."""
    last = head.split()[-1] if head else ""
    if not person.roles or last not in title_words():
        return True
    return any(last in fold(r.title).split() for r in person.roles)


def _same_office(title: str, head: str) -> bool:
    """"the Deputy Minister" is a "Deputy Foreign Minister": the head's words within the title,
    ending on the same noun."""
    words, want = title.split(" of ")[0].split(), head.split()     # "spokesperson of the ministry"
    return bool(words) and bool(want) and words[-1] == want[-1] and set(want) <= set(words)


def _last_in_reach(doc: Doc, a: int, fits: dict[str, Entity]) -> dict[str, Entity]:
    """"Kosherbayev also addressed the plenary ... ¶ '...,' the minister said" with four ministers
    in the article: the one named last, when this or the paragraph before names no other of them."""
    paras = [p for p in doc.paragraphs() if p[0] <= a]
    reach = paras[-2][0] if len(paras) >= 2 else 0
    near = {e.id: e for m, e in mentions_before(doc, a) if e.id in fits and m.start >= reach}
    return near if len(near) == 1 else fits


def gender_of(person: Entity) -> str:
    """Masc | Fem | "" (not known)."""
    names = given_names()
    for part in person.name.split()[:2]:
        g, kind = names.get(fold(part), ("", ""))
        if kind == "given" and g:
            return g
    return ""


def mentions_before(doc: Doc, offset: int) -> list[tuple[Span, Entity]]:
    out = [(m, e) for e in doc.entities if e.type == "PER" and not e.group for m in e.mentions
           if m.end <= offset and (not in_quote(doc, m.start) or same_quote(doc, m.start, offset))]
    return sorted(out, key=lambda x: x[0].start)


def subject_of(doc: Doc, sent) -> Entity | None:
    """The person named before the first verb of a sentence: its subject in English news."""
    for t in sent.tokens:
        if t.pos == "VERB" or t.pos == "AUX":
            return None
        hit = mention_at(doc, t)
        if hit is not None and hit[1].type == "PER" and not hit[1].group and not in_quote(doc, t.start):
            return hit[1]
        if hit is not None and hit[1].type != "GPE":
            return None
    return None


def english_coref(doc: Doc) -> None:
    """The English reader of the Coreference stage (coref.py)."""
    _descriptions(doc)
    link_firm_descriptions(doc)
    link_named_again(doc)
    link_the_company(doc)
    if doc.meta.pop("en_rehome", False):
        rehome(doc)
    link_pronouns(doc, lambda doc, sent, k: pronoun_genders("en").get(fold(sent.tokens[k].text)),
                  _candidates, lambda doc, person: gender_of(person))
    link_they(doc)


def _candidates(doc: Doc, sent, k: int, prev) -> list[Entity]:
    """"A congratulated B. He expressed ...": a pronoun opening a sentence is the subject of the
    sentence before; elsewhere the nearest person who may be "he" or "she"."""
    before = [e for _, e in reversed(mentions_before(doc, sent.tokens[k].start))]
    subj = subject_of(doc, prev) if k == 0 and prev is not None else None
    return ([subj] if subj in before else []) + before


def _descriptions(doc: Doc) -> None:
    gaz = gazetteer("en")
    matcher = descriptions("en")
    for sent in doc.sents:
        toks = sent.tokens
        # state adjectives sit inside a description ("the head of the Uzbek state"): match without them
        # "the Head of our state" (a press service writing of its own president): "our" says the
        # home state, no state named, so it stands like "the head of state"
        kept = [t for k, t in enumerate(toks) if not gaz.cue(t.text) and not _our_after_of(toks, k)]
        for m in matcher.finditer(kept):
            first, last = kept[m.start], kept[m.end - 1]
            i0, i1 = toks.index(first), toks.index(last) + 1
            if mention_at(doc, first) is not None:
                continue
            head = toks[i1 - 1]
            if head.feats.get("Number") == "Plur" or head.text.endswith("s") and head.lemma != fold(head.text):
                continue      # "the leaders": a group, not one person
            countries = []
            # before: "the Uzbek leader", "the US President", "Kazakhstan's top diplomat"
            j = i0 - 1
            body = None
            while j >= 0 and (gaz.cue(toks[j].text) or fold(toks[j].text) in ("'s", "’s")
                              or _state_at(doc, toks[j]) or toks[j].pos == "ADJ"
                              or _body_at(doc, toks[j]) is not None):
                c = gaz.cue(toks[j].text) or _state_at(doc, toks[j])
                if c and c not in countries:
                    countries.append(c)
                body = body or _body_at(doc, toks[j])
                j -= 1
            start = j + 1
            if _indefinite_compound(toks, j):
                continue      # "a government official said": someone not named, not a reference back
            if j >= 0 and fold(toks[j].text) in ("the", "this"):
                start = j
            elif j >= 0 and toks[j].pos == "DET" or j >= 0 and fold(toks[j].text) in ("a", "an"):
                continue      # "his colleague", "a minister": not a reference back
            # after: "the head of Uzbekistan", "the President of Kazakhstan"
            end = i1
            if i1 + 1 < len(toks) and fold(toks[i1].text) == "of":
                k = i1 + 1
                if fold(toks[k].text) == "the" and k + 1 < len(toks):
                    k += 1
                c = _state_at(doc, toks[k])
                if c:
                    countries.append(c)
                    hit = mention_at(doc, toks[k])
                    end = token_index(toks, hit[0].end, len(toks))
                else:
                    continue  # "the head of the delegation": not a person named before
            if start >= 2 and toks[start - 1].text == "," and (end == len(toks) or toks[end].text in (",", ".")) \
                    and (named := mention_at(doc, toks[start - 2])) is not None and named[1].type == "PER":
                continue      # "Japarov, the president, called": an apposition to the name before it
            if end < len(toks) and mention_at(doc, toks[end]) is not None \
                    and mention_at(doc, toks[end])[1].type == "PER":
                continue      # a title before a name: roles.py has it
            if end < len(toks) and toks[end].text[:1].isupper() and toks[end].pos == "PROPN" \
                    and not _title_case(toks):
                continue      # an unknown name after it; in a headline in title case every word is capitalised
            if end + 1 < len(toks) and fold(toks[end].text) == "and" and titles().match_at(toks, end + 1):
                continue      # "the Deputy Prime Minister and Foreign Minister of Moldova": one office-holder's titles
            if len(set(countries)) > 1:
                continue
            head = " ".join(fold(t.text) for t in kept[m.start:m.end])
            _link(doc, toks[start:end], m.value, countries[0] if countries else None, body, head)


def _our_after_of(toks: list[Token], k: int) -> bool:
    return k > 0 and fold(toks[k - 1].text) == "of" and fold(toks[k].text) in words("en", "we.txt") \
        and toks[k].text.islower()


def _state_at(doc: Doc, tok: Token) -> str | None:
    hit = mention_at(doc, tok)
    return hit[1].country if hit is not None and hit[1].type == "GPE" else None


def _body_at(doc: Doc, tok: Token) -> Entity | None:
    hit = mention_at(doc, tok)
    return hit[1] if hit is not None and hit[1].type == "ORG" and not hit[1].group else None


def _link(doc: Doc, span_toks: list[Token], canonical: str, country: str | None,
          body: Entity | None = None, head: str = "") -> None:
    a, b = span_toks[0].start, span_toks[-1].end
    if body is not None and not country:
        body_head(doc, [p for _, p in reversed(mentions_before(doc, a))], body, a, b)
        return
    if not country and not canonical:
        # "the Minister" alone says too little, unless one person named before holds just that office
        exact = {p.id: p for _, p in mentions_before(doc, a) if any(fold(r.title) == head for r in p.roles)}
        if not exact:
            exact = {p.id: p for _, p in mentions_before(doc, a)
                     if any(_same_office(fold(r.title), head) for r in p.roles)}
        if not exact:
            # "the diplomat added" when the article has named one person so far: that person
            exact = {p.id: p for _, p in mentions_before(doc, a) if not p.group and _may_hold(p, head)}
        if head and len(exact) > 1:
            exact = _last_in_reach(doc, a, exact)
        if head and len(exact) == 1:
            refer(doc, next(iter(exact.values())), a, b)
        return
    before = [p for _, p in reversed(mentions_before(doc, a))]
    seen = [p for i, p in enumerate(before) if p not in before[:i]]      # each person once, the last named first
    candidates = [p for p in seen if not country or p.country == country]
    if not country:
        # "the Head of State", "the President" with no state: the article's main actor so far (named
        # most often before it), if it fits
        hero = max(seen, key=lambda p: (sum(1 for m in p.mentions if m.source not in ("pronoun", "description")
                                            and m.start < a), -p.first), default=None)
        if hero is not None and hero in candidates:
            candidates.remove(hero)
            candidates.insert(0, hero)
    for person in candidates:
        # "the governor" is the "Governor of the Aktobe region": an office with its "of ..." complement
        held = any(t == fold(canonical) or t.startswith(fold(canonical) + " of ")
                   for t in {fold(r.title) for r in person.roles})
        if canonical and person.roles and not held:
            continue
        if canonical and not person.roles and not country:
            continue
        alias = doc.text[a:b]
        refer(doc, person, a, b, alias[4:] if alias.lower().startswith("the ") else alias)
        if country:
            guessed(doc).discard(person.id)     # the article now writes the state guessed for him
        if canonical and not held:
            person.roles.append(Role(canonical, None))
        return
    # "During the talks, the Kazakh president noted ..." before the article names him: the one
    # person of that state and office it names later
    later = [p for p in doc.entities if p.type == "PER" and not p.group and p.country == country
             and p.first > a and (not canonical or fold(canonical) in {fold(r.title) for r in p.roles})
             and _may_hold(p, head)
             and doc.sent_at(p.first) is not doc.sent_at(a)]      # not the title before the name itself
    if country and len(later) == 1:
        refer(doc, later[0], a, b)
        return
    if country:
        _state_of_office(doc, a, b, country, {fold(canonical), head} - {""}, canonical)


def _state_of_office(doc: Doc, a: int, b: int, country: str, offices: set[str], canonical: str) -> None:
    """"Irish Minister Visits Kyrgyzstan" ... "Minister Sean Brennan met ...": the one person holding
    that very office whose state the article does not write (or home_state only guessed) is of
    the state the description gives, where no one holding it is said to be of that state."""
    # not one named in the same sentence ("Alvarado said after talks with the Austrian president"),
    # nor one whose title is written with a state or body of its own
    here = doc.sent_at(a)
    people = [p for p in doc.entities if p.type == "PER" and not p.group
              and not any(doc.sent_at(m.start) is here for m in p.mentions)
              and not any(r.org for r in p.roles)]
    guess = guessed(doc)
    holds = [p for p in people if any(fold(r.title) in offices for r in p.roles)]
    if any(p.country == country and p.id not in guess for p in holds):
        return
    fits = [p for p in holds if not p.country or p.id in guess]
    if not fits and canonical:
        # "The President of Chile also sent greetings ...": the one person the article places nowhere
        unplaced = [p for p in people if not p.country and not p.roles]
        fits = [p for p in unplaced if p.first < a]
        if not fits:
            # "During the meeting with Oman's Foreign Minister, ... This was praised by Al
            # Hashimi": the person the next sentence names first, with no office of his own
            k = next((n for n, x in enumerate(doc.sents) if x.start <= a < x.end), len(doc.sents))
            end = doc.sents[k + 1].end if k + 1 < len(doc.sents) else a
            para = next(((x, y) for x, y in doc.paragraphs() if x <= a < y), (a, a))
            after = sorted((p for p in people if a < p.first < min(end, para[1])), key=lambda p: p.first)
            fits = after[:1] if after and after[0] in unplaced else []
    if len(fits) != 1:
        return
    person = fits[0]
    person.country = country
    if canonical and not person.roles:
        person.roles.append(Role(canonical, None))
    guess.discard(person.id)
    refer(doc, person, a, b)
    doc.meta["en_rehome"] = True


def _indefinite_compound(toks: list[Token], j: int) -> bool:
    """"a government official", "a Japanese energy ministry official": lower-case nouns (among
    adjectives) before the office word, after "a" or "an", describe someone the article does not name."""
    k, noun = j, False
    while k >= 0 and (toks[k].pos == "NOUN" and toks[k].text.islower() or toks[k].pos == "ADJ"
                      or gazetteer("en").cue(toks[k].text)):
        noun = noun or toks[k].pos == "NOUN"
        k -= 1
    return noun and k >= 0 and fold(toks[k].text) in ("a", "an")
