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
    that already has one belongs to the next finite verb after it that has none (a passive's too:
    "работы выполнены на 40%, а ввод комплекса запланирован на 2028 год", a short participle)."""
    toks = sent.tokens
    for v, verb in enumerate(toks):
        if verb.pos != "VERB":
            continue
        for rel in ("nsubj", "nsubj:pass"):
            _second_subject(sent, v, [k for k, t in enumerate(toks) if t.head == v and t.rel == rel])


def _second_subject(sent: Sent, v: int, subjects: list[int]) -> None:
    toks = sent.tokens
    for s in subjects[1:]:
        w = next((j for j in range(s + 1, len(toks)) if toks[j].pos == "VERB" and (
            toks[j].feats.get("VerbForm") == "Fin" or toks[j].feats.get("Variant") == "Short"
            and toks[s].rel == "nsubj:pass")), None)
        if w is None or w == v or has_subject(sent, w):
            continue
        if toks[w].feats.get("Number") != toks[s].feats.get("Number"):
            continue
        toks[s].head = w


def repair_quoted_appos(sent: Sent) -> None:
    """"компания «Ферганавтоматика»", 'строительство компанией "ЕвроХим" завода': a quoted name
    right after a noun stands in apposition to that noun, not to one further off (in the straight or
    German quotes of agency copy too)."""
    toks = sent.tokens
    for k in range(1, len(toks) - 1):
        noun, name = toks[k - 1], toks[k + 1]
        if toks[k].text in ("«", '"', "„", "“") and noun.pos == "NOUN" and name.rel == "appos" and name.head != k - 1 \
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
            _hang(toks, k, subj)
    for k, t in enumerate(toks):
        # "Поблагодарив ..., Министр X подчеркнул, что ... политику": a nominative hung as a
        # conjunct of a word past the next finite verb, which has no subject, is that verb's subject
        if t.rel != "conj" or t.case != "Nom" or t.pos not in ("NOUN", "PROPN"):
            continue
        v = next((j for j in range(k + 1, len(toks)) if toks[j].pos == "VERB" and toks[j].feats.get("VerbForm") == "Fin"), None)
        if v is not None and t.head > v \
                and not any(x.head == v and x.rel.startswith("nsubj") for x in toks) and _hang(toks, k, v):
            t.rel = "nsubj"


def repair_conj_subject(sent: Sent) -> None:
    """"..., а SOCAR и компания Kalyon заключили контракт": the parser makes a clause's first noun a
    conjunct of its own verb. A noun in the nominative (or caseless, as a Latin name) hung as
    "conj" on a finite verb after it that has no subject (or only one standing before an earlier
    subjectless verb) is that verb's subject."""
    toks = sent.tokens
    for k, t in enumerate(toks):
        if t.rel != "conj" or t.pos not in ("NOUN", "PROPN") or t.case not in (None, "Nom") \
                or not k < t.head < len(toks):
            continue
        verb = toks[t.head]
        if verb.pos != "VERB" or verb.feats.get("VerbForm") != "Fin":
            continue
        subjects = [c for c, x in enumerate(toks) if x.head == t.head and x.rel.startswith("nsubj")]
        if subjects:
            # "Фонд и Банк подписали меморандум, а KEPCO ... заключили": the earlier clause's
            # subject hung on the later verb goes back to the subjectless verb between them
            w = next((j for j in range(max(subjects) + 1, k) if toks[j].pos == "VERB"
                      and toks[j].feats.get("VerbForm") == "Fin" and not has_subject(sent, j)), None)
            if w is None or max(subjects) > k:
                continue
            for c in subjects:
                _hang(toks, c, w)
        t.rel = "nsubj"
        _earlier_clause_subject(sent, k)


def _earlier_clause_subject(sent: Sent, k: int) -> None:
    """Conjuncts hung on the noun from its left ("Холдинг и Фонд подписали меморандум, а SOCAR ...")
    belong to an earlier clause: the first of them is the subject of the first finite verb after it
    that has none, the others its conjuncts."""
    toks = sent.tokens
    left = [c for c in range(k) if toks[c].head == k and toks[c].rel == "conj"]
    if not left:
        return
    first = left[0]
    w = next((j for j in range(first + 1, k) if toks[j].pos == "VERB" and toks[j].feats.get("VerbForm") == "Fin"),
             None)
    if w is None:
        return
    own = [c for c in range(first) if toks[c].head == w and toks[c].rel.startswith("nsubj")]
    if own:                    # "Фонд и Банк подписали": a conjunct of the subject the verb has
        for c in left:
            _hang(toks, c, own[0])
        return
    _hang(toks, first, w)
    toks[first].rel = "nsubj"
    for c in left[1:]:
        _hang(toks, c, first)


def repair_crossed_subject(sent: Sent) -> None:
    """"Фонд и Банк подписали меморандум, а Siemens и компания X заключили контракт": the parser
    hangs both clauses' subjects on the later verb. A verb's first subject that stands before an
    earlier finite verb without one is that verb's; the conjuncts it took from the later clause
    go to the later subject."""
    toks = sent.tokens
    for v, verb in enumerate(toks):
        if verb.pos != "VERB" or verb.feats.get("VerbForm") != "Fin":
            continue
        subs = [k for k, t in enumerate(toks) if t.head == v and t.rel.startswith("nsubj")]
        if len(subs) < 2:
            continue
        first, second = subs[0], subs[1]
        w = next((j for j in range(first + 1, second) if toks[j].pos == "VERB"
                  and toks[j].feats.get("VerbForm") == "Fin" and not has_subject(sent, j)), None)
        if w is None:
            continue
        _hang(toks, first, w)
        for c, t in enumerate(toks):
            if t.head == first and t.rel == "conj" and c > second:
                _hang(toks, c, second)


def repair_crossed_object(sent: Sent) -> None:
    """"делегация встретилась с X, а также посетила завод": the parser hangs the second verb's
    object on the first. An object lying past a verb conjoined to its own verb, that has none of
    its own before it, is that nearer verb's."""
    toks = sent.tokens
    for k, t in enumerate(toks):
        if t.rel != "obj" or not 0 <= t.head < k:
            continue
        w = next((j for j in range(k - 1, t.head, -1) if toks[j].pos == "VERB" and toks[j].rel == "conj"
                  and toks[j].head == t.head), None)
        if w is not None and not any(x.head == w and x.rel == "obj" for x in toks[:k]):
            _hang(toks, k, w)  # (an object of its own further on is this one's conjunct: "завод и университет")


def _hang(toks, k: int, head: int) -> bool:
    """Hang token k on `head`, unless `head` lies under k (a parse must stay a tree); say whether it did."""
    j, steps = head, 0
    while 0 <= j < len(toks) and steps <= len(toks):
        if j == k:
            return False
        j, steps = toks[j].head, steps + 1
    toks[k].head = head
    return True


def repair_fronted_subject(sent: Sent) -> None:
    """"В присутствии глав правительств Министр X и Председатель Y подписали соглашение": the
    parser hangs the subject, a nominative after a fronted prepositional phrase, on that phrase's
    genitive as an apposition, and the verb is left without one. A nominative noun so hung, with
    no finite verb between it and the first one after it, which has no subject and agrees in
    number (a plural verb: a plural noun or one with conjuncts), is that verb's subject. So are two
    names joined by "и" that the parser hangs on the phrase as a modifier ("После церемонии X и Y
    обсудили ...")."""
    toks = sent.tokens
    for k, t in enumerate(toks):
        h = t.head
        # (a name right after the noun is its own: "корреспонденту Арменпресс", "агентству Кабар"; a
        # word the parser hung on itself hangs nowhere and is taken as well)
        names = t.rel in ("nmod", "appos") and t.pos == "PROPN" and any(
            x.rel == "conj" and x.head == k and x.pos == "PROPN" and x.case == "Nom" for x in toks)
        if t.rel != "appos" and not names or t.pos not in ("NOUN", "PROPN") or t.case != "Nom" or h != k and (
                not 0 <= h < k - (0 if names else 1) or toks[h].case not in ("Gen", "Dat", "Loc")
                or toks[h].pos != "NOUN"):
            continue
        v = next((j for j in range(k + 1, len(toks)) if toks[j].pos == "VERB"
                  and toks[j].feats.get("VerbForm") == "Fin"), None)
        if v is None or has_subject(sent, v) or any(x.text == "," for x in toks[k:v]) and not any(
                x.rel == "conj" and x.head == k for x in toks[k:v]):
            continue
        plural = t.feats.get("Number") == "Plur" or any(x.rel == "conj" and x.head == k for x in toks)
        if (toks[v].feats.get("Number") == "Plur") == plural and _hang(toks, k, v):
            t.rel = "nsubj"
        return


def repair_far_conj(sent: Sent) -> None:
    """", а АО «X» и компания Y заключили контракт": the parser hangs the second subject as a
    conjunct of a word of the clause before, or of one past the verb ("АО «X» и узбекская госкомпания
    Y подписали соглашение о создании СП, которое построит комплекс"). A nominative after "и" (and
    its adjectives) hung as "conj" on a word before the subject of the first finite verb after it, or
    past that verb, with no finite verb between that subject and it, is the subject's conjunct. A
    legal form ("АО «X»", lang/ru/legal_forms.txt) is read as nominative whatever case the tagger
    gives the abbreviation."""
    toks = sent.tokens
    forms = {w for line in words("ru", "legal_forms.txt") for w in line.split()}
    for k, t in enumerate(toks):
        j = k - 1
        while j > 0 and toks[j].pos == "ADJ" and toks[j].head == k:
            j -= 1        # "АО «X» и узбекская госкомпания Y"
        if t.rel != "conj" or t.pos not in ("NOUN", "PROPN") or t.case != "Nom" and t.text not in forms \
                or not 0 <= t.head < len(toks) or j <= t.head <= k or toks[j].text != "и":
            continue
        v = next((j for j in range(k + 1, len(toks)) if toks[j].pos == "VERB"
                  and toks[j].feats.get("VerbForm") == "Fin"), None)
        if v is None or k < t.head <= v:
            continue      # hung on a word before its verb: the parser's own reading
        # on a word of the clause before, or past the verb ("..., которое построит комплекс")
        s = next((c for c in range(t.head + 1 if t.head < k else 0, k) if toks[c].head == v and toks[c].rel == "nsubj"), None)
        if s is not None and not any(toks[j].pos == "VERB" and toks[j].feats.get("VerbForm") == "Fin"
                                     for j in range(s, k)):
            _hang(toks, k, s)


def repair_accusative_subject(sent: Sent) -> None:
    """"Депутат X написал, что ..., и предложил заслушать руководство службы": the parser makes the
    object in the accusative the first verb's subject and gives the true subject, a nominative
    before that verb, to the verb conjoined with it. The nominative goes back to the first verb and
    the accusative becomes the object of the nearest verb before it."""
    toks = sent.tokens
    for k, t in enumerate(toks):
        v = t.head
        if t.rel != "nsubj" or t.case != "Acc" or not 0 <= v < k:
            continue
        s = next((c for c in range(v) if toks[c].rel == "nsubj" and toks[c].case == "Nom"
                  and 0 <= toks[c].head < len(toks) and toks[toks[c].head].rel == "conj"
                  and toks[toks[c].head].head == v), None)
        w = next((j for j in range(k - 1, v, -1) if toks[j].pos == "VERB"), None)
        if s is not None and w is not None and _hang(toks, s, v) and _hang(toks, k, w):
            t.rel = "obj"


def repair_crossed_gender(sent: Sent) -> None:
    """"Об этом он рассказал в интервью, фрагмент которого опубликовала ведущая X": the parser gives
    each of two past-tense verbs the other's subject. When neither agrees in gender with its verb
    and each agrees with the other's, they are swapped."""
    toks = sent.tokens
    gender = lambda t: t.feats.get("Gender")   # noqa: E731
    subs = [(k, t.head) for k, t in enumerate(toks) if t.rel == "nsubj" and 0 <= t.head < len(toks)
            and gender(t) in ("Masc", "Fem") and gender(toks[t.head]) in ("Masc", "Fem")
            and toks[t.head].feats.get("Tense") == "Past" and t.feats.get("Number") != "Plur"]
    for (a, va), (b, vb) in ((x, y) for x in subs for y in subs if x[1] < y[1]):
        if gender(toks[a]) != gender(toks[va]) and gender(toks[b]) != gender(toks[vb]) \
                and gender(toks[a]) == gender(toks[vb]) and gender(toks[b]) == gender(toks[va]):
            toks[a].head, toks[b].head = vb, va
            return

