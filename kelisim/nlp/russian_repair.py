"""Repairs of the Russian parse where a reading is ambiguous and news prose settles it.

"В заявлении стороны подтвердили приверженность ...": "стороны" is either the genitive of
"сторона" (attached to "заявлении") or its nominative plural (the subject). A plural finite
verb that has no subject settles it: the noun just before it is its subject (and a noun
parsed as its subject but tagged genitive singular is nominative plural). Only the nouns
listed in lang/ru/plural_subjects.txt are read so ("В пресс-службе компании сообщили" keeps
its impersonal plural)."""
from __future__ import annotations

from ..doc import Sent
from ..lang import words
from .tree import has_subject


def repair_plural_subject(sent: Sent) -> None:
    nouns = words("ru", "plural_subjects.txt")
    toks = sent.tokens
    for v in range(1, len(toks)):
        verb, noun = toks[v], toks[v - 1]
        if verb.pos != "VERB" or verb.feats.get("Number") != "Plur" or verb.feats.get("VerbForm") != "Fin":
            continue
        if noun.lemma not in nouns or noun.feats.get("Case") != "Gen" or noun.feats.get("Number") != "Sing":
            continue
        already = noun.head == v and noun.rel.startswith("nsubj")     # parsed right, tagged wrong
        if not already and (not 0 <= noun.head < v - 1 or has_subject(sent, v)):
            continue
        noun.head, noun.rel = v, "nsubj"
        noun.feats = {**noun.feats, "Case": "Nom", "Number": "Plur"}


def repair_second_subject(sent: Sent) -> None:
    """"X завершила строительство ..., а в Y компания Z объявила о планах ...": the parser hangs
    the second clause's subject on the first verb, which then has two. A later subject of a verb
    that already has one belongs to the next finite verb after it that has none."""
    toks = sent.tokens
    for v, verb in enumerate(toks):
        if verb.pos != "VERB":
            continue
        subjects = [k for k, t in enumerate(toks) if t.head == v and t.rel == "nsubj"]
        for s in subjects[1:]:
            w = next((j for j in range(s + 1, len(toks)) if toks[j].pos == "VERB"
                      and toks[j].feats.get("VerbForm") == "Fin"), None)
            if w is None or w == v or has_subject(sent, w):
                continue
            if toks[w].feats.get("Number") != toks[s].feats.get("Number"):
                continue
            toks[s].head = w


def repair_quoted_appos(sent: Sent) -> None:
    """"компания «Ферганавтоматика»": a quoted name right after a noun stands in apposition to
    that noun, not to one further off."""
    toks = sent.tokens
    for k in range(1, len(toks) - 1):
        noun, name = toks[k - 1], toks[k + 1]
        if toks[k].text == "«" and noun.pos == "NOUN" and name.rel == "appos" and name.head != k - 1 \
                and name.pos in ("PROPN", "NOUN", "X"):
            name.head = k - 1


def repair_crossed_conj(sent: Sent) -> None:
    """"Банк X и компания Y подписали соглашение": the parser hangs the second subject, a
    nominative before the verb, as a conjunct of the object after it. A conjunct in the nominative
    that stands between the verb's subject and the verb belongs to the subject."""
    toks = sent.tokens
    for k, t in enumerate(toks):
        h = t.head
        if t.rel != "conj" or t.case != "Nom" or not k < h < len(toks) or toks[h].rel != "obj":
            continue
        v = toks[h].head
        subj = next((c for c, x in enumerate(toks) if x.head == v and x.rel.startswith("nsubj") and c < k), None)
        if 0 <= v and k < v < h and subj is not None and any(x.text == "и" and x.head == k for x in toks[subj:k]):
            t.head = subj
    for k, t in enumerate(toks):
        # "Поблагодарив ..., Министр X подчеркнул, что ... политику": a nominative hung as a
        # conjunct of a word past the next finite verb, which has no subject, is that verb's subject
        v = next((j for j in range(k + 1, len(toks)) if toks[j].pos == "VERB" and toks[j].feats.get("VerbForm") == "Fin"), None)
        if t.rel == "conj" and t.case == "Nom" and t.pos in ("NOUN", "PROPN") and v is not None and t.head > v \
                and not any(x.head == v and x.rel.startswith("nsubj") for x in toks):
            t.head, t.rel = v, "nsubj"
