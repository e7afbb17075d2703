"""Shapes of Russian speech the statement reader (ru_statements.py) recognises beyond a verb of
speech with its subject: words in the first person without quote marks ("Мы рассчитываем ...,
сообщил X"), a quote split by its attribution inside one pair of quote marks, a quote after a
colon (brought in by a verb; one after a label alone: ru_speech_labels.py), a speaker the parser
left without a subject link ("Посол X, выступая на церемонии,
выразил ..."), the gender a verb of speech agrees in, and verbs of speech that tell no
statement (future, intended, declaring an act)."""
from __future__ import annotations

import re

from ..doc import Doc, Entity, Sent
from ..lang import lexicon, words
from ..nlp.match import fold, lookup
from .context import mention_at, mentions_in
from ..nlp.tree import children, subtree
from .speakers import DASHES, speaker_ok, speech_kind
from .statement_frames import according
from .ru_speaker_gender import agreeing
from .ru_instructions import earlier_instruction

# ", – подчеркнул он. – " inside one pair of quote marks: the words go on after the attribution
# (a hyphen between spaces stands for the dash in many texts: ", - заявил он. - ")
INNER_ATTRIBUTION = re.compile(r"[,.!?]\s*[–—-]\s+(\w+)[^–—«»\n]*?[,.:]\s*(?:[–—]|(?<=\s)-)\s+(?=\w)")


def first_person_before(doc: Doc, sent: Sent, i: int) -> int | None:
    """"Мы рассчитываем выйти на мощность в 2028 году, сообщил X" (or ", – сказал X"): the verb of
    speech comes after a comma and the words before it speak in the first person ("мы", "наш",
    "рассчитываем") - speech without quote marks, direct by spec/GOLD.md. The index where those
    words end, or None. "По его словам, мы ..." is not: the words must open the sentence."""
    toks = sent.tokens
    cut = i - 1
    if cut > 0 and toks[cut].text in DASHES and toks[cut - 1].text == ",":
        cut -= 1
    if cut < 3 or toks[cut].text != "," or any(according(doc.lang, toks, k) for k in range(min(4, i))):
        return None
    first = words(doc.lang, "first_person.txt")
    before = toks[:cut]
    if any(t.pos == "VERB" and speech_kind(doc.lang, t.text) and t.feats.get("Person") != "1" for t in before):
        return None           # "X заявил, что ..., подчеркнул он": reported speech runs on
    if any(fold(t.text) in first and t.pos in ("PRON", "DET") for t in before) \
            or any(t.pos in ("VERB", "AUX") and t.feats.get("Person") == "1" for t in before):
        return cut
    return None


def named_at_start(doc: Doc, sent: Sent, i: int) -> Entity | None:
    """"Посол КНР в Таджикистане Чжоу Вэньшэн, выступая на церемонии, выразил уверенность":
    the parser hung the name on the title and left the verb without a subject. The person named
    in the nominative before the verb, with no finite verb between, is it; one in another case
    ("с Президентом X") is not."""
    toks = sent.tokens
    if any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" for t in toks[:i]):
        return None
    found = mentions_in(doc, sent.start, toks[i].start, ("PER",))
    # "Пресс-секретарь президента Олег X заявил": the name, not the title coreference gave to another
    for m, e in [x for x in found if not x[0].source] + [x for x in found if x[0].source]:
        first = next((k for k, t in enumerate(toks) if t.start >= m.start), None)
        if first is None or first and toks[first - 1].pos == "ADP":
            continue
        if all(t.feats.get("Case") in (None, "Nom") for t in toks[first:i] if m.start <= t.start < m.end):
            return e if speaker_ok(e) else None
    return None


def after_quoted_outlet(doc: Doc, sent: Sent, i: int) -> Entity | None:
    """"Как пояснил «Ъ» аналитик X, ...", "заявил «Ведомостям» глава компании X": the outlet told,
    in quote marks right after the verb, is no speaker (the parser often takes it for the
    subject); the person named after it, before the clause ends, is."""
    toks = sent.tokens
    k = i + 1
    if k >= len(toks) or toks[k].text not in ("«", "“", "\"", "„"):
        return None
    close = next((j for j in range(k + 1, min(len(toks), k + 6)) if toks[j].text in ("»", "”", "\"", "“")), None)
    if close is None:
        return None
    for j in range(close + 1, min(len(toks), close + 9)):
        if toks[j].text in (",", ".", ":", ";"):
            break
        e = next((e for m, e in mentions_in(doc, toks[j].start, toks[j].end + 1)), None) \
            or next((e for e in doc.entities for m in e.mentions if m.start <= toks[j].start < m.end), None)
        if e is not None and e.type == "PER" and speaker_ok(e):
            return e
    return None


OBLIQUE = ("Gen", "Dat", "Ins", "Loc")


def _subject_mentions(doc: Doc, sent: Sent, i: int):
    """(token, mention, entity) of each person mentioned in the subjects of the verb at i."""
    toks = sent.tokens
    for c in children(sent, i):
        if toks[c].rel.startswith("nsubj"):
            for k in subtree(sent, c):
                hit = mention_at(doc, toks[k])
                if hit is not None and hit[1].type == "PER":
                    yield k, c, hit[0], hit[1]


def named_subject(doc: Doc, sent: Sent, i: int) -> Entity | None:
    """"Глава представительства США помощник госсекретаря Мэтью Брайза призвал ...": the parser
    split a long subject into two; the person named by name in the nominative, among all the
    verb's subjects, speaks, not a description in the other (which coreference may have tied to
    someone else)."""
    if sum(sent.tokens[c].rel.startswith("nsubj") for c in children(sent, i)) < 2:
        return None
    for k, _c, m, e in _subject_mentions(doc, sent, i):
        if m.source not in ("description", "pronoun") and sent.tokens[k].feats.get("Case") in (None, "Nom") \
                and speaker_ok(e) and not possessor(doc, sent, i, e):
            return e
    return None


def possessor(doc: Doc, sent: Sent, i: int, e: Entity) -> bool:
    """"Помощник Хиллари Клинтон заявил", "Супруга президента сказала": a person named only in an
    oblique case inside the subject is whose aide or wife speaks, not the speaker."""
    toks = sent.tokens
    # an indeclinable name ("Хиллари Клинтон") shows its case only by hanging on the noun as nmod
    cases = ["Gen" if toks[k].rel == "nmod" and toks[k].head == c else toks[k].feats.get("Case")
             for k, c, _m, x in _subject_mentions(doc, sent, i)
             if x is e and k != c and toks[k].rel != "flat:name" and toks[c].feats.get("Case") == "Nom"]
    heads = [k for k, c, _m, x in _subject_mentions(doc, sent, i) if x is e and k == c]
    return bool(cases) and not heads and all(c in OBLIQUE for c in cases)


def _negated(toks, i: int) -> bool:
    """"Литовская сторона не прокомментировала ...", "министр не стал отвечать": nothing said; but
    "не мог не отметить" says it."""
    k = i - 1 if i and fold(toks[i - 1].text) == "не" else \
        i - 2 if i > 1 and fold(toks[i - 2].text) == "не" and toks[i - 1].pos == "VERB" else None
    return k is not None and not any(fold(x.text) == "не" for x in toks[max(0, k - 2):k])


def says_nothing(doc: Doc, sent: Sent, i: int) -> bool:
    """A verb of speech that tells no statement made: one negated, one in the future ("жюри назовёт
    победителей"), one intended or possible ("он намерен высказаться позднее",
    lang/ru/modality.tsv), or one that declares an act (lang/ru/acts.tsv: "объявил чрезвычайное
    положение", "объявило инструкции государственной тайной")."""
    toks = sent.tokens
    t = toks[i]
    if t.feats.get("Tense") == "Fut" or _negated(toks, i):
        return True
    if t.feats.get("VerbForm") == "Inf" and 0 <= t.head < len(toks):
        head = toks[t.head]
        marks = {r[0] for r in lexicon(doc.lang, "modality.tsv") if len(r) > 1 and r[1] in ("planned", "possible")}
        if fold(head.text) in marks or fold(head.lemma) in marks:
            return True
    if _joint_plan(doc, sent, i) or _recalled(doc, sent, i) or earlier_instruction(doc, sent, i):
        return True
    if fold(t.lemma or t.text) not in words(doc.lang, "acts.tsv", "verb"):
        return False
    acts = words(doc.lang, "acts.tsv", "object")
    return any(toks[c].rel in ("obj", "xcomp", "obl") and fold(toks[c].lemma or toks[c].text) in acts
               and not any(toks[k].rel == "case" for k in children(sent, c)) for c in children(sent, i))


def _recalled(doc: Doc, sent: Sent, i: int) -> bool:
    """"X напомнил, что в 2019 году стороны объявили о партнерстве": a verb of speech inside what
    another recalls (lang/ru/meeting_context.tsv `earlier`) is past history in his words, no
    statement of its own."""
    from ..nlp.tree import ancestors
    earlier = {r[0] for r in lexicon(doc.lang, "meeting_context.tsv") if r[1:2] == ("earlier",)}
    return any(j < i and sent.tokens[j].pos == "VERB" and fold(sent.tokens[j].lemma) in earlier
               for j in ancestors(sent, i))


def _joint_plan(doc: Doc, sent: Sent, i: int) -> bool:
    """"Стороны выразили намерение подписать ...", "Лидеры подтвердили договоренность провести ...":
    the sides' plan (lang/ru/joint_plans.txt), said by the sides or by the leaders together."""
    from .collective import collective_heads
    together = {"сторона"} | set(collective_heads(doc.lang))
    kids = [sent.tokens[c] for c in children(sent, i)]
    return any(t.rel == "obj" and fold(t.lemma or t.text) in words(doc.lang, "joint_plans.txt") for t in kids) and any(
        t.rel.startswith("nsubj") and fold(t.lemma or "") in together and t.feats.get("Number") == "Plur" for t in kids)


def verb_before_colon(doc: Doc, qa: int) -> int | None:
    """"X заявил: «...»", "X заявила по телефону агентству Y: «...»", "X выступил с заявлением:
    «...»": the start of the verb of speech (or of a message noun) that brings in a quote after a colon, with only its own phrases between (no other
    verb, no "что"); None when there is none."""
    before = doc.text[max(0, qa - 120):qa]
    m = re.search(r":\s*[«“„\"]?\s*$", before)
    sent = doc.sent_at(qa - len(before) + m.start()) if m else None
    if sent is None:
        return None
    colon = qa - len(before) + m.start()
    toks = [t for t in sent.tokens if t.end <= colon]
    from .statement_frames import speech_nouns
    noun = False          # "X выступил со специальным заявлением: «...»": the verb of the message noun
    for t in reversed(toks):
        if speech_kind(doc.lang, t.text) and (t is toks[-1] or t.pos == "VERB") \
                or noun and t.pos == "VERB" and t.feats.get("VerbForm") == "Fin":
            return t.start
        if t.pos == "NOUN" and (lookup(speech_nouns(doc.lang), t.text, doc.lang) or ("",))[0] in ("message", "text"):
            noun = True
            continue
        if t.pos in ("VERB", "AUX") and t.rel not in ("acl:relcl", "acl") or fold(t.text) in ("что", "чтобы") \
                or t.text == ";":
            return None       # (a relative clause about the speaker, "X, который провел митинг:", goes by)
    return None


def named_after(doc: Doc, sent: Sent, i: int) -> Entity | None:
    """"Вот как это прокомментировал писатель X, который ...:": the verb comes first and the
    parser hung its subject elsewhere; the person named in the nominative after it, before the
    clause ends, speaks."""
    toks = sent.tokens
    for t in toks[i + 1:]:
        if t.text in (",", ":", ";", "«", "»", "\"") or t.pos in ("VERB", "AUX"):
            return None
        hit = mention_at(doc, t)
        if hit is not None and hit[1].type == "PER" and t.feats.get("Case") in (None, "Nom") and speaker_ok(hit[1]):
            return hit[1]
    return None


def is_dialogue(para: str) -> bool:
    p = para.lstrip()
    return p[:1] in DASHES and p[1:2] == " "


def is_question(para: str) -> bool:
    """An interviewer's question: a dialogue line that ends asking."""
    return is_dialogue(para) and para.rstrip().endswith("?")


def lost_subject(doc: Doc, sent: Sent, i: int) -> bool:
    """"Теперь же канцелярия правительства сообщает о том, что ...": a noun in the nominative
    before the verb, in its clause (no finite verb between), that names no person is the subject
    the parser hung elsewhere; the one who spoke before does not go on."""
    toks = sent.tokens
    if any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" for t in toks[:i]):
        return False
    return any(t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Nom" and t.rel.startswith("nsubj")
               and mention_at(doc, t) is None for t in toks[:i])


def impersonal_author(doc: Doc, sent: Sent, i: int) -> Entity | None:
    """"Как сообщается в заявлении Нацфронта, ...: «...»": an impersonal verb brings in the quote; the
    author of the text named after it speaks (a person, a group or a state body), else no one."""
    from .speakers import speaker_ok_body
    colon = doc.text.find(":", sent.tokens[i].end, sent.end)
    for _m, e in mentions_in(doc, sent.tokens[i].end, colon if colon > 0 else sent.end, ("PER", "ORG")):
        if speaker_ok(e) or e.type == "ORG" and speaker_ok_body(doc.lang, e):
            return e
    return None


def subject_before(doc: Doc, sent: Sent, last: Entity | None) -> Entity | None:
    """"Однако работник фирмы Давид X считает иначе. А это, по его словам, ...": the person named as
    the subject of the sentence before, in the same paragraph, is whom "его" takes up, where the
    one who spoke last is not named there; None otherwise."""
    before = next((s for s in reversed(doc.sents) if s.end <= sent.start), None)
    if before is None or "\n\n" in doc.text[before.end:sent.start]:
        return None
    toks = before.tokens
    subjects = [hit[1] for t in toks if t.feats.get("Case") in (None, "Nom") and (t.rel.startswith("nsubj") or t.rel in (
                "appos", "flat:name") and 0 <= t.head < len(toks) and toks[t.head].rel.startswith(("nsubj", "appos")))
                and (hit := mention_at(doc, t)) is not None and hit[1].type == "PER" and not hit[0].source]
    if not subjects or last is not None and any(m.start >= before.start and m.end <= before.end for m in last.mentions):
        return None
    return subjects[0] if speaker_ok(subjects[0]) else None


def pronoun_subject(doc: Doc, sent: Sent, i: int) -> Entity | None:
    """"Панихиду по X возглавил протоиерей Y. На панихиде он призвал ...": a pronoun subject of a
    verb of speech at the head of a paragraph's sentence takes up the person named as the subject
    of the sentence before (subject_before) when the verb agrees with him; None to keep the
    coreference's choice."""
    toks = sent.tokens
    if not any(toks[c].rel.startswith("nsubj") and toks[c].pos == "PRON" and fold(toks[c].text) in ("он", "она")
               for c in children(sent, i)):
        return None
    e = subject_before(doc, sent, None)
    return e if e is not None and agreeing(doc, toks[i], e, guessed=True) is e else None


def in_nominative_first(doc: Doc, sent: Sent | None, mentions: list) -> list:
    """"«...», – сказал друг Егора X Иван Y": the mentions after a verb of speech, those in the
    nominative (the speaker) before those in another case (whose friend or aide he is)."""
    def oblique(m) -> bool:
        tok = next((t for t in sent.tokens if t.start >= m.start), None) if sent is not None else None
        return tok is not None and tok.start < m.end and tok.feats.get("Case") in OBLIQUE
    return [x for x in mentions if not oblique(x[0])] + [x for x in mentions if oblique(x[0])]


def only_quoted(doc: Doc, sent: Sent, e: Entity) -> bool:
    """"X дал в песне имя и «пригласил» к нам: «Иван Y движется с юга ...»": a person named in the
    sentence only inside quote marks is what the words speak of, not who says them."""
    from ..nlp.frames import find_quotes
    quotes = find_quotes(doc.text, sent.start, sent.end)
    here = [m for m in e.mentions if sent.start <= m.start < sent.end]
    return e.type == "PER" and bool(here) and all(any(a <= m.start < b for a, b in quotes) for m in here)
