"""Groups named as actors become ORG entities: "британские депутаты", "представители британского
бизнес-сообщества", "участники встречи", "стороны" (OUTPUT.md: a participant or speaker named
only as a group is still an entity). One stage, a reader a language (readers.py): the Russian one
here, with its group nouns in lang/ru/groups.tsv; the English one in en/groups.py.
"""
from __future__ import annotations

from functools import cache

from ..doc import Doc, Entity, Span, Token
from ..lang import lexicon, words
from ..nlp.match import fold, tokens_keys, word_keys
from ..nlp.normalize import _inflect
from .gazetteer import gazetteer
from .context import free_id, meeting_nouns
from .coref import only_plural
from .collective import nominative_object
from .readers import reader_for

MAX_COMPLEMENT = 4


@cache
def group_nouns(lang: str) -> dict[str, bool]:
    return {r[0]: (len(r) > 1 and r[1] in ("yes", "bare")) for r in lexicon(lang, "groups.tsv")}


def _lemma_in(tok: Token, nouns: dict[str, bool]) -> str | None:
    for k in word_keys(tok.text):
        if k in nouns:
            return k
    return None


def _plural_nominative(toks: list[Token], head: int) -> str:
    """The group in the nominative, in the number of its noun ("азербайджанской делегации" ->
    "азербайджанская делегация", "британских депутатов" -> "британские депутаты")."""
    out = []
    number = toks[head].feats.get("Number", "Plur")
    for i, t in enumerate(toks):
        if i <= head and (t.pos in ("ADJ", "NOUN", "PROPN")) and t.case and t.case != "Nom":
            if i == head or number == "Plur":
                out.append(_inflect(t, number))
            else:
                out.append(_inflect(t, number, toks[head].feats.get("Gender"), adjective=True, case=t.case))
        else:
            out.append(t.text)
    text = ""
    for i, (w, t) in enumerate(zip(out, toks)):
        text += (" " if i and t.start > toks[i - 1].end else "") + w
    return text[0].lower() + text[1:] if text[:1].isupper() and not text.split()[0].isupper() else text


def group_id(doc: Doc) -> str:
    """A new group's id: g1, g2, ... in the order groups are made, whichever stage makes them (the
    groups stage, office holders, collective references), never one already taken."""
    return free_id(doc, "g")


def group_entity(doc: Doc, by_key: dict[str, Entity], key: str, name: str, countries: list[str]) -> Entity:
    """The group named `key` in this article, made on its first mention (with the state its
    adjectives agree on, if they agree on one)."""
    ent = by_key.get(key)
    if ent is None:
        ent = Entity(id=group_id(doc), type="ORG", name=name, group=True,
                     country=countries[0] if len(set(countries)) == 1 else None)
        by_key[key] = ent
        doc.entities.append(ent)
    return ent


class Groups:
    """The group stage, one reader a language (en/groups.py for English)."""
    name = "groups"
    requires = ("entities",)
    assigns = ("groups",)
    langs = ("ru", "en")

    def __call__(self, doc: Doc) -> Doc:
        reader_for("groups", doc.lang)(doc)
        return doc


def russian_groups(doc: Doc) -> None:
    """The Russian reader of the group stage (Groups)."""
    nouns = group_nouns(doc.lang)
    gaz = gazetteer(doc.lang)
    taken = [(m.start, m.end) for e in doc.entities for m in e.mentions]
    by_name: dict[str, Entity] = {}
    for sent in doc.sents:
        toks = sent.tokens
        if nouns.keys().isdisjoint(tokens_keys(toks)):
            continue      # no group noun in the sentence (_lemma_in reads the same keys)
        for i, t in enumerate(toks):
            lemma = _lemma_in(t, nouns)
            if lemma is None or t.pos != "NOUN" and not (t.pos == "PROPN" and only_plural(t.text)):
                continue      # (a capitalised "Президенты" is often tagged a name)
            if any(a <= t.start < b for a, b in taken):
                continue
            plural = t.feats.get("Number") == "Plur" or only_plural(t.text)
            state_side = lemma == "сторона" and i > 0 and bool(gaz.cues_in(toks[i - 1].text))
            if not plural and lemma not in words(doc.lang, "groups.tsv", "single") and not state_side:
                continue      # "туркменская сторона" is a side; "сторона" alone is a word
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and doc.entity_at(nxt.start, nxt.end) is not None \
                    and doc.entity_at(nxt.start, nxt.end).type == "PER":
                continue          # a title before a name, not a group
            # adjectives before: "британские депутаты"
            j = i
            while j > 0 and toks[j - 1].pos == "ADJ" and toks[j - 1].case == t.case:
                j -= 1
            countries = [c for x in toks[j:i] for c in gaz.cues_in(x.text)]
            # a genitive complement after: "представители британского бизнес-сообщества"
            k = i + 1
            while k < len(toks) and k - i <= MAX_COMPLEMENT and toks[k].case == "Gen" \
                    and toks[k].pos in ("ADJ", "NOUN", "PROPN"):
                k += 1
            if k > i + 1 and toks[k - 1].pos == "ADJ":
                k -= 1
            complement = toks[i + 1:k]
            if any(doc.entity_at(x.start, x.end) is not None and doc.entity_at(x.start, x.end).type == "ORG"
                   for x in complement):
                continue          # "депутаты Всепартийной группы": the organisation is the actor
            countries += [c for x in complement for c in gaz.cues_in(x.text)]
            acting = t.rel.startswith("nsubj") or t.rel == "conj" or nominative_object(toks, i) or (
                j > 0 and fold(toks[j - 1].text) in ("с", "со")) or (
                t.case == "Gen" and 0 <= t.head < len(toks) and word_keys(toks[t.head].text) & meeting_nouns(doc.lang))
            # ("переговоры азербайджанской делегации": the delegation holds them)
            acting = acting or t.case == "Gen" and lemma in words(doc.lang, "groups.tsv", "single") \
                and 0 <= t.head < len(toks) and word_keys(toks[t.head].text) & set(words(doc.lang, "body_heads.txt"))
            # ("с участием руководителей акимата области": the акимат acts through its heads)
            if not acting:
                continue      # "успех британских инвесторов": named, but not acting here
            if not countries and not complement and not (nouns[lemma] and (t.rel in ("nsubj", "conj")
                                                                           or nominative_object(toks, i))):
                continue
            if lemma in words(doc.lang, "groups.tsv", "bare") and (countries or complement):
                continue      # "президенты России и Украины" are two persons, not a group
            span_toks = toks[j:k]
            name = _plural_nominative(span_toks, i - j)
            key = fold(name)
            ent = group_entity(doc, by_name, key, name, countries)
            a, b = span_toks[0].start, span_toks[-1].end
            ent.mentions.append(Span(a, b, doc.text[a:b]))
            taken.append((a, b))
    from .ru_lone_offices import lone_offices_ru     # (it imports office_holders, which imports this module)
    lone_offices_ru(doc)


def holder_group(doc: Doc, toks: list[Token], k: int) -> Entity | None:
    """"По мнению сторон, ...", "по словам участников": a bare plural group noun that may act
    alone (lang/ru/groups.tsv), or one with a firm after it ("по словам представителей компании"),
    holding an opinion, speaks as it would as a subject ("Стороны отметили"). Made here, when the statement is read, not by Groups: a group in the genitive
    must not join the talks the same sentence names ("по мнению сторон, переговоры ...")."""
    t = toks[k]
    lemma = _lemma_in(t, group_nouns(doc.lang))
    if lemma is None or lemma in words(doc.lang, "groups.tsv", "bare") \
            or t.pos != "NOUN" or t.case != "Gen" or not (t.feats.get("Number") == "Plur" or only_plural(t.text)):
        return None
    nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].case == "Gen" and toks[k + 1].pos == "NOUN" else None
    # "по словам представителей компании": a group that needs a complement (groups.tsv "no") has it
    firm = nxt is not None and bool(word_keys(nxt.text) & words(doc.lang, "firm_nouns.txt"))
    if not group_nouns(doc.lang)[lemma] and not firm:
        return None
    span_toks = [t]
    if nxt is not None and (firm or word_keys(nxt.text) & meeting_nouns(doc.lang)):
        span_toks.append(nxt)      # "участников встречи", "представителей компании"
    name = _plural_nominative(span_toks, 0)
    ent = next((e for e in doc.entities if e.group and fold(e.name) == fold(name)), None)
    if ent is None:
        ent = Entity(id=group_id(doc), type="ORG", name=name, group=True)
        doc.entities.append(ent)
    a, b = span_toks[0].start, span_toks[-1].end
    ent.mentions.append(Span(a, b, doc.text[a:b]))
    return ent


def office_name(doc: Doc, sent, tokens: list[int], head: int, states) -> str:
    """Russian, for office_holders.py: the office in the nominative, in the number of its noun
    ("новыми послами Словакии" -> "новые послы Словакии"), without where the holder serves
    ("посла Японии в Казахстане" -> "посол Японии"): the same envoy by every wording."""
    toks = sent.tokens
    own = [j for j in tokens if j <= head or not any(toks[k].pos == "ADP" for k in tokens if head < k <= j)]
    while len(own) > 1 and toks[own[-1]].pos == "PUNCT":
        own.pop()
    return _plural_nominative([toks[j] for j in own], own.index(head))
