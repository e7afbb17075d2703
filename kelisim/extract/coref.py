"""One actor, many mentions: pronouns and descriptions linked to the person they mean. One
stage, a reader a language (ru_coref.py, en/coref.py, kk/coref.py); written once here: the
pronoun step (link_pronouns), a description's mention (refer), the head of a body (body_head),
and the Russian genders that statements read as well (agreed_gender).
"""
from __future__ import annotations

from functools import cache

from ..doc import Doc, Entity, Span
from ..lang import lexicon
from ..nlp.match import PhraseMatcher, fold, lexicon_matcher
from ..nlp.normalize import parse
from .readers import reader_for


def descriptions(lang: str) -> PhraseMatcher:
    return lexicon_matcher(lang, "descriptions.tsv", "")


def gender_of(person: Entity) -> str:
    for part in person.name.split()[:1]:
        for p in parse(part.lower()):
            if "Name" in p.tag.grammemes and p.is_known:
                return "Fem" if p.tag.gender == "femn" else "Masc"
    last = fold(person.name.split()[-1]) if person.name else ""
    return "Fem" if last.endswith(surname_endings("Fem", "name", "any")) else "Masc"


@cache
def surname_endings(gender: str, *kinds: str) -> tuple[str, ...]:
    return tuple(r[0] for r in lexicon("ru", "surname_endings.tsv") if r[1] == gender and r[2] in kinds)


def agreed_gender(doc: Doc, person: Entity) -> str:
    """The gender the past-tense verbs of the person's own subject mentions agree in ("Макрон
    признался": masculine, whatever the dictionary says of "Эммануэль"); else gender_of."""
    if doc.lang == "ru" and undeclined_surname(doc, person):
        return "Fem"
    seen = []
    for m in person.mentions:
        sent = doc.sent_at(m.start)
        for t in (sent.tokens if sent is not None and not m.source else ()):
            if m.start <= t.start < m.end and t.rel.startswith("nsubj") and 0 <= t.head < len(sent.tokens):
                g = sent.tokens[t.head].feats.get("Gender")
                seen += [g] if g in ("Masc", "Fem") else []
    if seen and seen.count("Masc") != seen.count("Fem"):
        return max(("Masc", "Fem"), key=seen.count)
    return gender_of(person)


def undeclined_surname(doc: Doc, person: Entity) -> bool:
    """"с Анналеной Бербок", "министра Беате Майнль-Райзингер": the given name declined, the surname
    ending in a consonant left as it is, which Russian does for a woman only ("с Карлом Нехаммером")."""
    parts = person.name.split()
    if len(parts) != 2 or not parts[1][-1:].isalpha() or parts[1][-1] in "аеёиоуыэюяйь":
        return False
    for m in person.mentions:
        w = doc.text[m.start:m.end].split()
        if len(w) == 2 and w[1] == parts[1] and w[0] != parts[0] and w[0][:3] == parts[0][:3]:
            return True
    return False


def only_plural(word: str) -> bool:
    """"Президенты": every reading of the word is plural, whatever the tagger said."""
    ps = [p for p in parse(word.lower()) if p.is_known]
    return bool(ps) and all(p.tag.number == "plur" for p in ps)


class Coreference:
    name = "coref"
    requires = ("entities", "roles")
    assigns = ("coref",)
    langs = ("ru", "en", "kk")

    def __call__(self, doc: Doc) -> Doc:
        reader_for("coref", doc.lang)(doc)
        return doc


def link_pronouns(doc: Doc, pronoun, candidates, gender) -> None:
    """A subject pronoun is a mention of the first of the persons named before that may be it.
    A language's reader tells `pronoun(doc, sent, k)`: the gender of the k-th token of a sentence
    when it is a subject pronoun ("" for either, None for no pronoun); `candidates(doc, sent, k,
    prev)`: the persons it may mean, the likeliest first (`prev` is the sentence before);
    `gender(doc, person)`: the person's gender, "" when not known."""
    prev = None
    for sent in doc.sents:
        for k, t in enumerate(sent.tokens):
            g = pronoun(doc, sent, k)
            if g is None:
                continue
            person = next((p for p in candidates(doc, sent, k, prev) if not g or gender(doc, p) in (g, "")), None)
            if person is not None:
                person.mentions.append(Span(t.start, t.end, t.text, source="pronoun"))
        prev = sent


def refer(doc: Doc, person: Entity, a: int, b: int, alias: str = "") -> None:
    """text[a:b] describes `person` ("the minister", "Мемлекет басшысы"); `alias` names him so."""
    person.mentions.append(Span(a, b, doc.text[a:b], source="description"))
    if alias and alias not in person.aliases:
        person.aliases.append(alias)


def body_head(doc: Doc, people: list[Entity], body: Entity | None, a: int, b: int) -> bool:
    """"the EU official", "JICA басшысы": text[a:b], the head of a body, is the first of `people`
    (the last named first) with an office in that body (in any body, when `body` is None)."""
    orgs = {e.id for e in doc.entities if e.type == "ORG"}
    person = next((p for p in people if any(r.org in orgs and (body is None or r.org == body.id)
                                            for r in p.roles)), None)
    if person is not None:
        refer(doc, person, a, b)
    return person is not None


@cache
def pronoun_genders(lang: str) -> dict[str, str]:
    """The subject pronouns of lang/<xx>/pronouns.tsv and the gender of each ("" for either)."""
    return {r[0]: "" if r[1] == "person" else r[1] for r in lexicon(lang, "pronouns.tsv")
            if r[1] in ("Masc", "Fem", "person")}
