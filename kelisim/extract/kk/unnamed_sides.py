"""The sides of a Kazakh document that its sentence names by no name ("облыс әкімдігі мен компания
арасында", "қазақстандық және түрік компаниялары арасында"), and those who only watch its signing
("A мен B-нің қатысуымен"); split from kk/agreements.py."""
from __future__ import annotations

from ...doc import Doc, Entity, Sent, Span
from ...lang import words
from ...nlp.kazakh import fold, stem_keys, strip_case
from ..agreement_sides import body_of_kind, side_words
from ..context import free_id


def _watchers(sent: Sent) -> set[int]:
    """"A мен B-нің қатысуымен ... қол қойылды": the names joined before a word of presence
    (agreement_sides.tsv: watched) watch the signing, whatever case a parse gives the first of them."""
    toks, out = sent.tokens, set()
    for k, t in enumerate(toks):
        if fold(t.text) in side_words("kk", "watched"):
            i = k
            while i > 0 and toks[i - 1].pos != "PUNCT" and toks[i - 1].feats.get("Case", "Nom") in ("Nom", "Gen"):
                i -= 1
            out |= {x.start for x in toks[i:k]}
    return out


def unnamed_sides(doc: Doc, toks: list, k: int) -> list[Entity]:
    """"облыс әкімдігі мен компания арасында": sides "X мен Y арасында" names by no name. A body
    by its head noun (lang/kk/org_heads.tsv: "облыс әкімдігі") is one organisation; a kind
    (lang/kk/side_kinds.txt: "компания") is the one of that kind the article named before.
    Bodies in the plural ("екі елдің министрліктері") are several, no one side."""
    from .orgs import head_stems, org_normal
    joiners = side_words("kk", "joiner")
    n = k
    while n > 0 and (toks[n - 1].pos != "PUNCT" or toks[n - 1].text in "«»“”\"") \
            and toks[n - 1].feats.get("Case", "Nom") in ("Nom", "Gen"):
        n -= 1        # back over the sides (quoted names too) to the word before them ("Кездесу соңында")
    parts: list[list] = [[]]
    for t in toks[n:k]:
        if t.text in joiners:
            parts.append([])
        else:
            parts[-1].append(t)
    peoples = _peoples_of_kind(doc, parts)
    if peoples:
        return peoples
    out = []
    for part in parts:
        if not part or any(doc.entity_at(t.start, t.end) is not None for t in part):
            continue
        last = part[-1]
        e = body_of_kind(doc, last, last.start)
        plural = fold(strip_case(last.text)[0]).endswith(tuple(words("kk", "plural_endings.txt")))
        if e is None and not plural and stem_keys(last.text) & head_stems():
            # the head, the word it compounds with, and a name before them ("Түркістан облысының әкімдігі")
            n = max(0, len(part) - 2)
            while n > 0 and part[n - 1].text[:1].isupper():
                n -= 1
            e = _body(doc, org_normal(doc.text, part[n:]), Span(part[n].start, last.end, doc.text[part[n].start:last.end]))
        if e is not None:
            out.append(e)
    return out


def joined_subjects_end(doc: Doc, toks: list, since: int, before: int) -> int | None:
    """"облыс әкімдігі мен компания ... келісімге қол қойды": two sides named by no name, joined as
    the subjects of the signing, with no "арасында" after them: the index after the second (where
    unnamed_sides reads back from), or None. Each is a body's head noun (lang/kk/org_heads.tsv) or a
    kind of side (lang/kk/side_kinds.txt) in the nominative, no name."""
    from .orgs import head_stems
    kinds = head_stems() | words("kk", "side_kinds.txt")

    def bare(t) -> bool:
        return t.pos != "PUNCT" and t.feats.get("Case", "Nom") == "Nom" and doc.entity_at(t.start, t.end) is None \
            and bool(stem_keys(t.text) & kinds)
    for i in range(max(since, 1), before - 1):
        if toks[i].text in side_words("kk", "joiner") and bare(toks[i - 1]) and bare(toks[i + 1]):
            return i + 2
    return None


def _peoples_of_kind(doc: Doc, parts: list[list]) -> list[Entity]:
    """"қазақстандық және түрік компаниялары арасында": state adjectives joined before one plural
    noun of a kind of side (lang/kk/side_kinds.txt) name a side each, that state's firms acting
    together (a group, OUTPUT.md), "қазақстандық компаниялары" and "түрік компаниялары"."""
    from ..gazetteer import gazetteer
    gaz = gazetteer("kk")
    if len(parts) < 2 or any(len(p) != 1 for p in parts[:-1]) or len(parts[-1]) != 2:
        return []
    noun = parts[-1][1]
    codes = [gaz.cue(p[0].text) for p in parts]
    plural = fold(strip_case(noun.text)[0]).endswith(tuple(words("kk", "plural_endings.txt")))
    if not all(codes) or len(set(codes)) < len(codes) or not plural \
            or not stem_keys(noun.text) & words("kk", "side_kinds.txt"):
        return []
    head = strip_case(noun.text)[0]
    out = []
    for p, code in zip(parts, codes):
        e = _body(doc, f"{p[0].text} {head}", Span(p[0].start, p[0].end, p[0].text))
        e.group, e.country = True, code
        out.append(e)
    return out


def _body(doc: Doc, name: str, span: Span) -> Entity:
    """The organisation a common noun names ("облыс әкімдігі"), one for the article."""
    known = next((e for e in doc.entities if e.type == "ORG" and e.name == name), None)
    if known is None:
        known = Entity(id=free_id(doc, "s"), type="ORG", name=name)
        doc.entities.append(known)
    known.mentions.append(span)
    return known
