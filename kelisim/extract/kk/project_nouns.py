"""Words around a Kazakh project noun that say whether it names one project: a quoted name that is
the project's own, a noun in the plural (projects in general), a phase of it in the possessive
("зауытының екінші кезегі"), and the words that name it; split from kk/projects.py."""
from __future__ import annotations

from functools import cache

from ...doc import Doc, Entity, Token
from ...lang import lexicon, words
from ...nlp.kazakh import fold, stem_keys, strip_case
from ..projects import project_words
from .lexicon import legal_forms, not_names

NAME_WORDS = 6
ROUTE_DASHES = ("–", "—")


@cache
def noun_forms() -> frozenset[str]:
    """The project nouns as the lexicon writes them: "кәсіпорын" is no accusative of "кәсіпоры"."""
    return frozenset(fold(r[0].split()[-1]) for r in lexicon("kk", "projects.tsv"))


def names_it(doc: Doc, toks: list[Token], e: Entity, a: int) -> bool:
    """A quoted name with only lower-case words of no firm between it and the project's noun
    ("«Керуен сарай» туристік кешені") is the project's name, not who carries it out."""
    at = toks[a].start
    m = max((m for m in e.mentions if m.end <= at), key=lambda m: m.end, default=None)
    if m is None or not (doc.text[m.end - 1:m.end] or "x") in "»”\"" and not doc.text[m.end:at].lstrip().startswith(("»", "”", "\"")):
        return False
    between = [t for t in toks if m.end <= t.start < at and t.text not in "»”\""]
    return len(between) <= NAME_WORDS and all(
        t.text[:1].islower() and t.pos not in ("PUNCT", "NUM") and t.feats.get("Case", "Nom") == "Nom"
        and t.text.partition("-")[0] not in legal_forms() and "компания" not in stem_keys(t.text) for t in between)


def phase_between(between: list[Token]) -> bool:
    """"зауытының екінші кезегі биыл пайдалануға берілді": a phase of the noun in the genitive
    (project_words.tsv: phase) is what the verb builds or opens, so the noun is the project."""
    return any(fold(t.text) in project_words("kk", "phase") for t in between)


def indefinite(toks: list[Token], a: int, b: int) -> bool:
    """A project noun in the plural names no one project: Kazakh counts in the singular ("екі
    зауыт"), so "филиалдарын ашу саясаты", "зертханаларын ашу" speak of branches, labs in general."""
    word = fold(strip_case(toks[b - 1].text)[0])
    return any(word.endswith(e) and word[:-len(e)] in noun_forms() | {f[:-1] for f in noun_forms()}
               for e in words("kk", "plural_endings.txt"))


REGION_WORDS = frozenset({"облыс", "өңір"})


def region_back(doc: Doc, toks: list[Token], start: int) -> Entity | None:
    """"Компания келесі жылы облыста ... зауыттың құрылысын бастауды жоспарлап отыр": a bare "облыста"
    (in the region, no name before it) is the region the article last named before the sentence."""
    bare = [t for t in toks if fold(t.text).endswith(("та", "те", "да", "де")) and stem_keys(t.text) & REGION_WORDS
            and doc.entity_at(t.start, t.end) is None]
    if not bare:
        return None
    regions = [e for e in doc.entities if e.type in ("LOC", "GPE") and e.name.split()
               and stem_keys(e.name.split()[-1]) & REGION_WORDS and any(m.end <= start for m in e.mentions)]
    return max(regions, key=lambda e: max(m.end for m in e.mentions if m.end <= start), default=None)


def _owner_word(toks: list[Token], k: int) -> bool:
    """A word of the organisation whose project it is ("Heriot-Watt университетінің кампусы"), not
    of the one that builds it ("түрік инвесторлары тоқыма фабрикасын"): it ends in the genitive
    or leads to it."""
    j = k
    while j < len(toks) and toks[j].feats.get("Case", "Nom") == "Nom" and j - k < NAME_WORDS:
        j += 1
    return j < len(toks) and toks[j].feats.get("Case") == "Gen"


def project_name(doc: Doc, toks: list[Token], a: int, b: int) -> str:
    """How the article names it, in the nominative: "тыңайтқыш зауыты", "Heriot-Watt
    университетінің кампусы" (the words before the noun that belong to it, and the noun), with
    the route's first end before a dash ("Достық – Мойынты теміржолы")."""
    i = a
    while i > 0 and a - i < NAME_WORDS and toks[i - 1].pos not in ("PUNCT", "NUM") \
            and toks[i - 1].feats.get("Case", "Nom") in ("Nom", "Gen") \
            and (doc.entity_at(toks[i - 1].start, toks[i - 1].end) is None
                 or doc.entity_at(toks[i - 1].start, toks[i - 1].end).type == "ORG"
                 and _owner_word(toks, i - 1)) \
            and fold(toks[i - 1].text) not in not_names() and toks[i - 1].text.partition("-")[0] not in legal_forms() \
            and not fold(toks[i - 1].text).endswith(tuple(project_words("kk", "participle_ending"))):
        i -= 1
    if i >= 2 and i < a and toks[i - 1].text in ROUTE_DASHES and toks[i].text[:1].isupper() \
            and toks[i - 2].text[:1].isupper() and toks[i - 2].pos != "PUNCT" and fold(toks[i - 2].text) not in not_names():
        i -= 2
    last = toks[b - 1].text
    nominative = last if fold(last) in noun_forms() else strip_case(last)[0]
    return doc.text[toks[i].start:toks[b - 1].start] + nominative


def _later_phase(doc: Doc, p) -> bool:
    """Whether a project is told as a later phase: an ordinal of lang/kk/project_another.txt before
    a phase noun in its sentence ("Екінші кезеңде ... цех салынады")."""
    phases = frozenset(k for w in project_words("kk", "phase") for k in stem_keys(w))
    sent = doc.sent_at(p.evidence[0].start)
    toks = sent.tokens if sent is not None else []
    return any(stem_keys(t.text) & phases and k and fold(toks[k - 1].text) in words("kk", "project_another.txt")
               for k, t in enumerate(toks))


def later_phase_owner(doc: Doc, projects: list) -> None:
    """"Екінші кезең аясында тігін цехы салынады": a later phase with no builder named is built by
    the builder of the project of its kind told before."""
    for p in projects:
        if p.attrs["owner"] or not _later_phase(doc, p):
            continue
        before = [o for o in projects if o.attrs["owner"] and o.attrs["kind"] == p.attrs["kind"]
                  and o.evidence[0].start < p.evidence[0].start]
        if before:
            p.attrs["owner"] = before[-1].attrs["owner"]


def phases_in_plan(doc: Doc, projects: list) -> list:
    """"Құрылыс екі кезеңмен жүргізіледі. ... Екінші кезеңде ... цех салынады": a later phase of a
    project of its kind told before and not finished (its first phase done, the later one is a
    project of its own: later_phase_owner) is that project's part, no project of its own."""
    from ..project_merge import absorb
    out: list = []
    for p in projects:
        before = [o for o in out if o.attrs["kind"] == p.attrs["kind"] and o.evidence[0].start < p.evidence[0].start
                  and not (o.attrs["owner"] and p.attrs["owner"] and o.attrs["owner"] != p.attrs["owner"])]
        if before and before[-1].attrs["stage"] != "completed" and p.attrs["stage"] != "completed" \
                and _later_phase(doc, p):
            absorb(before[-1], p, ("owner", "location", "value"))
            continue
        out.append(p)
    return out


def co_builder(doc: Doc, toks: list[Token], a: int) -> Entity | None:
    """"Анкара университетімен бірге ... ортақ ғылыми орталық ашуды жоспарлап отырмыз": a body in the
    instrumental before a word of building together (project_words.tsv: together), in the clause
    before the project's noun, builds it (the speaker's own body is left unnamed)."""
    from .project_merge import collective
    for k in range(a - 1, 0, -1):
        if toks[k].text in ".;:!?":
            break
        if fold(toks[k].text) in project_words("kk", "together") and toks[k - 1].feats.get("Case") == "Ins" \
                and (e := doc.entity_at(toks[k - 1].start, toks[k - 1].end)) is not None and e.type == "ORG" \
                and not collective(doc, e):     # "түркиялық инвестормен бірлесіп": a group, the firm named later
            return e
    return None
