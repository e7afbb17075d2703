"""What the Kazakh event extractors ask of a sentence: the case of a mention, the subject of a
verb, and the modality the sentence's markers give.

Kazakh has no parser in kelisim, so the subject is read from word order and case: it is the
first name the verb's frame (kk/frames.py) gives as its agent, a nominative before the verb
that is not a modifier ("Қазақстан Президенті": the state before its office; free_nominative)
and not the complement of a postposition ("Ресей арасындағы"), or the subject of the converbs
that lead to it ("X ... айтып, ... атап өтті"). "..., деп хабарлайды «Адырна» тілшісі" puts the
subject after the verb, where the frame finds it too.
"""
from __future__ import annotations

from ...doc import Doc, Entity, Sent, Span, Token
from ...lang import words
from ...nlp.kazakh import fold, has_possessive, possessive_stems, stem_keys
from ..speakers import not_speakers
from ..context import mentions_before, mentions_in, unique  # noqa: F401 (kk extractors import them here)
from .lexicon import honorifics, legal_forms, matcher
from .names import i_ending, particled, surname_case
from .verbs import Verb, verb_at

MARKERS_BEFORE, MARKERS_AFTER = 4, 4
JOINERS = words("kk", "name_joiners.txt")
OWNED_CASES = ("Acc", "Dat", "Loc", "Abl", "Ins")


def tokens_of(sent: Sent, span: Span) -> list[Token]:
    return [t for t in sent.tokens if t.start >= span.start and t.end <= span.end]


def index_at(sent: Sent, offset: int) -> int:
    return next((i for i, t in enumerate(sent.tokens) if t.end > offset), len(sent.tokens))


def case_of(sent: Sent, span: Span, doc: Doc | None = None) -> str:
    """The case of a mention: that of its last word ("Тоқаевпен" Ins, "Қазақстанда" Loc), or of
    the word of address after it ("Трамп мырзамен" Ins). Given the doc, a person's name spelt as
    the person is named is nominative whatever its ending looks like ("Кэндзи Мацуда", "Ян де
    Врис": no locative -да, no dative -а)."""
    if span.source == "pronoun":
        return "Nom" if fold(span.text) == "ол" else "Obl"
    toks = tokens_of(sent, span)
    if not toks:
        return "Nom"
    k = index_at(sent, toks[-1].end)
    if k < len(sent.tokens) and stem_keys(sent.tokens[k].text) & honorifics():
        return sent.tokens[k].feats.get("Case", "Nom")   # "Трамп мырзамен": the title of address declines
    case = toks[-1].feats.get("Case", "Nom")
    if case != "Nom" and doc is not None and (e := doc.entity_at(span.start, span.end)) is not None \
            and e.type == "PER" and fold(toks[-1].text) == fold(e.name.split()[-1]):
        return "Nom"
    last = toks[-1].text.split("-", 1)[1] if particled(toks[-1]) else toks[-1].text   # "әл-Захириді"
    if case == "Nom" and last[:1].isupper() and (ending := i_ending(last) or surname_case(last)):
        return ending[1]      # "Марио Драгиді": a name in "и" declines as after a consonant;
        #                       "Песковтың": a family name the analyser left whole
    return case


def izafet_head(tok: Token) -> bool:
    """A word with the 3rd person possessive that heads what stands before it: "Президенті",
    "тілшісі", "арасындағы". "-ты" also ends an accusative ("ынтымақтастықты") and a past tense
    ("айтты"), so a possessive counts only after a vowel (-сы, -сі) or in a word the lexicons
    know as a head (a title, an organisation or a place noun)."""
    if not has_possessive(tok.text):
        return False
    lemma = fold(tok.lemma or tok.text)
    if lemma.endswith(("сы", "сі")) or fold(tok.text).endswith(("ндағы", "ндегі")):
        return True
    # the head's stem under the possessive: "елшілерді" (ambassadors, accusative) is no "елшілер|і"
    heads = [Token(tok.start, tok.end, stem) for stem in possessive_stems(tok.text)]
    return any(matcher(name).match_at([h], 0) for h in heads for name in ("titles.tsv", "org_heads.tsv", "place_heads.tsv"))


def free_nominative(doc: Doc, sent: Sent, span: Span) -> bool:
    """A nominative mention that may be a subject: not a modifier, not joined, not governed."""
    if case_of(sent, span, doc) != "Nom":
        return False
    if span.source == "pronoun":
        return True           # "Ол Елбасы ...": "ол" modifies nothing (that would be "оның")
    k = index_at(sent, span.end)
    while k < len(sent.tokens) and sent.tokens[k].text in "»”\"":
        k += 1                # "«Тобыл Моторс» компаниясының": the quoted name modifies the noun after
    nxt = sent.tokens[k] if k < len(sent.tokens) else None
    if nxt is None:
        return True
    if fold(nxt.text) in JOINERS or nxt.text.partition("-")[0] in legal_forms():
        return False          # "«Алтын Жол» ЖШС-мен": the name goes on to its legal form
    if nxt.pos == "PUNCT" and nxt.text in "«":
        # "Ресей «Росатом» корпорациясы": a state may qualify a quoted name; a person does not
        # ("Әкім Налибаев «X» компаниясының өкілдерімен кездесті": he is the subject)
        return (e := doc.entity_at(span.start, span.end)) is not None and e.type == "PER"
    named = doc.entity_at(nxt.start, nxt.end)
    if nxt.pos not in ("PUNCT", "NUM") and izafet_head(nxt) and (named is None or named.type != "PER"
                                                                 or fold(nxt.text) != fold(named.name.split()[-1])) \
            and not _owns_object(doc, span, nxt):
        return False          # "Қазақстан Президенті", "Қытай басшысы": the state is a modifier
    title = matcher("titles.tsv").match_at(sent.tokens, k)
    if title is not None and title.end - k > 1 and izafet_head(sent.tokens[title.end - 1]) \
            and (e := doc.entity_at(span.start, span.end)) is not None and e.type != "PER":
        return False          # "Өзбекстан Сыртқы істер министрі": the state qualifies a title of many words
    return True


def _owns_object(doc: Doc, span: Span, nxt: Token) -> bool:
    """"Дәулет Темірғали жеңісін ... арнайтынын айтты": a person's name in the nominative before
    a possessed noun in the accusative or another oblique case is the subject, the noun his own
    (a person that owns it stands in the genitive: "Темірғалидың жеңісін"); before a possessed
    nominative ("Тоқаев сапары") or a title the name may still be a modifier."""
    e = doc.entity_at(span.start, span.end)
    return e is not None and e.type == "PER" and nxt.feats.get("Case") in OWNED_CASES \
        and not matcher("titles.tsv").match_at([nxt], 0)


def _title_of_oblique(doc: Doc, toks, a) -> bool:
    """"Малайзиялық спикер Джохари Абдулға ... шақыру жолдады": a title before a name takes the
    name's case, so one before a name in the dative is no subject."""
    k = max(a.tokens) + 1
    if not any(matcher(table).match_at([toks[a.head]], 0) for table in ("titles.tsv", "descriptions.tsv")):
        return False      # the subject's own name, and a description of it after ("X министрлерді шақырды")
    if k >= len(toks) or (e := doc.entity_at(toks[k].start, toks[k].end)) is None or e.type != "PER":
        return False
    if (own := doc.entity_at(toks[a.head].start, toks[a.head].end)) is not None and own is not e:
        return False      # a name or a description of another: "Тоқаев Жапаровты құттықтады", "Қырғыз
        #                   басшысы Назарбаевты құттықтады"
    title = matcher("titles.tsv").match_at([toks[a.head]], 0)
    if title is not None and e.roles and not any(fold(title.value[0].split()[-1]) in fold(r.title or "") for r in e.roles):
        return False      # "Министр Воронцовқа ... жеткізді": the title of another, the subject
    m = next((m for m in e.mentions if m.start == toks[k].start), None)
    return m is not None and case_of(doc.sent_at(m.start), m, doc) not in ("Nom", "Gen")


def subject(doc: Doc, sent: Sent, verb: Verb) -> tuple[Entity | None, bool]:
    """(entity, found): the verb's subject and whether the sentence names one at all (an entity
    or a noun such as "тілшісі")."""
    from .frames import frame_at, named     # frames read case_of and free_nominative from here
    toks = sent.tokens
    f = frame_at(doc, sent, verb.end - 1)
    # "«Орталық Азия – Моңғолия» форумына": a name inside «» is never the verb's subject
    agents = [a for a in (f.role("kk", "agent") if f is not None else [])
              if doc.text.count("«", sent.start, a.start) <= doc.text.count("»", sent.start, a.start)
              and not _title_of_oblique(doc, toks, a)]
    after = [a for a in agents if a.start >= toks[verb.end - 1].end]
    if after:
        # "..., деп хабарлайды «Адырна» тілшісі": a reporter or a phrase that ends in no name is a
        # source, no speaker
        if any(stem_keys(toks[a.head].text) & not_speakers("kk") for a in after):
            return None, True
        who = named(doc, sent, after[:1])
        return (who[0][1] if who else None), True
    if verb.start > 0 and fold(toks[verb.start - 1].text) == "деп" and any(t.pos != "PUNCT" for t in toks[verb.end:]):
        return None, True
    # "Ердоған осылай деп мәлімдеді": nothing after the verb, the subject stands before it
    agents = named(doc, sent, agents)
    if agents:
        return agents[0][1], True
    # "Сенат төрағасы ұсынды": an office or a common noun names a subject that is no entity;
    # "Компания ... техника жеткізеді": a body's noun (org_heads.tsv) too, no person goes on
    unnamed = [t for t in toks[:verb.start] if t.feats.get("Case") == "Nom" and doc.entity_at(t.start, t.end) is None
               and (stem_keys(t.text) & not_speakers("kk") or matcher("titles.tsv").match_at([t], 0)
                    or matcher("org_heads.tsv").match_at([t], 0))]
    return None, bool(unnamed)


def sentence_modality(sent: Sent, verb: Verb | None = None) -> str:
    """planned | possible | negated | asserted, from the trigger's ending and the markers near
    it: a few words before it ("алдағы аптада кездеседі") or after it ("ашу жоспарланып отыр")."""
    if verb is not None and verb.modality == "negated":
        return "negated"
    toks = sent.tokens
    a, b = (max(0, verb.start - MARKERS_BEFORE), min(len(toks), verb.end + MARKERS_AFTER)) if verb else (0, len(toks))
    # "іс-қимыл жоспарына қол қойды": a plan that is the document signed marks no plan
    titles = {i for m in matcher("agreements.tsv").finditer(toks[a:b]) for i in range(m.start, m.end)}
    marks = {m.value[0] for m in matcher("modality.tsv").finditer(toks[a:b]) if m.end - 1 not in titles}
    for i in range(a, b):
        v = verb_at(toks, i, "modality.tsv")
        if v is not None:
            marks.add(v.value[0])
    if "possible" in marks:
        return "possible"
    if "planned" in marks:
        return "planned"
    if verb is not None and verb.tense == "converb":
        return finite_modality(sent.tokens, verb)
    return verb.modality if verb is not None else "asserted"


def finite_modality(toks: list[Token], verb: Verb) -> str:
    """A converb takes the tense of the auxiliary after it ("айтып өтті")."""
    if verb.end < len(toks):
        aux = verb_at(toks, verb.end, "auxiliaries.tsv")
        if aux is not None:
            return aux.modality
    return "asserted"


def is_locative(sent: Sent, span: Span) -> bool:
    """In the locative, or named before a place noun that is ("Шымкент қаласында", "Екібастұз
    маңында", "Павлодардың маңында", "Павлодар қаласының маңында": lang/kk/place_after.tsv)."""
    case = case_of(sent, span)
    if case == "Loc":
        return True
    toks, k, after = sent.tokens, index_at(sent, span.end), words("kk", "place_after.tsv")
    if case == "Nom" and k + 1 < len(toks) and toks[k].feats.get("Case") == "Gen" and stem_keys(toks[k].text) & after:
        k += 1      # "Павлодар қаласының маңында": near the city
    if case == "Nom":
        # "Екібастұз ГРЭС-2 станциясында", "Павлодар арнайы экономикалық аймағында": the place
        # opens the name of a site in the locative, a few words of it between
        j = k
        while j < min(len(toks), k + SITE_WORDS) and toks[j].feats.get("Case", "Nom") == "Nom" \
                and not toks[j].text[:1] in ",;:«»()":      # ... or "Кентау қаласы маңында"
            j += 1
        k = j if j < len(toks) and toks[j].feats.get("Case") == "Loc" and stem_keys(toks[j].text) & after else k
    return case in ("Nom", "Gen") and k < len(toks) and toks[k].feats.get("Case") == "Loc" \
        and bool(stem_keys(toks[k].text) & after) and (case == "Nom" or k == index_at(sent, span.end))


SITE_WORDS = 4


HOSTED = ("дағы", "дегі", "тағы", "тегі")    # "Қазақстандағы елшісі": the state that hosts him


def unnamed_envoys(doc: Doc, sent: Sent) -> list[Entity]:
    """"Жапонияның Қазақстандағы елшісін қабылдады", "Польша елшісімен кездесті": an office of a
    state that heads the one met or received (a frame's partner or patient, kk/frames.py), no
    holder named, in an article that names no one of that state, is an actor of its own
    ("Жапония елшісі": office_holders.py); not "Ресей Президентінің жолдауы"."""
    from ...nlp.frames import frames_in
    from ..office_holders import holder_of, holders
    toks, ms = sent.tokens, mentions_in(doc, sent.start, sent.end, ("GPE", "ORG"))
    out = unique([e for _, e in ms if e in holders(doc).values()])    # found before: its mention covers the state's
    states = {m.end: (m, e) for m, e in ms if e.type == "GPE"}
    offices = {m.end - 1: m.start for m in matcher("titles.tsv").finditer(toks)}
    for f in frames_in(doc, sent):
        for a in f.role("kk", "partner") + f.role("kk", "patient"):
            k = offices.get(a.head, 0)
            m, e = states.get(toks[k - 1].end, (None, None)) if k else (None, None)
            if m is not None and fold(m.text).endswith(HOSTED):    # past the state that hosts him
                m, e = states.get(toks[index_at(sent, m.start) - 1].end, (None, None))
            if e is None or e in out or any(p.type == "PER" and p.country == e.country for p in doc.entities):
                continue
            out.append(holder_of(doc, sent, list(range(index_at(sent, m.start), a.head + 1)), a.head, [e]))
    return out


LED = "басқар"      # "Қазақстан делегациясын X, еуропалық тарапты Y басқарды"


CHAIRS_AFTER = 2


def _names_chairs(s: Sent) -> bool:
    """"... Y басқарды", "тең төрағалары – A мен B", "A мен B төрағалық етті", "A мен B бірлесіп
    жүргізді", "X тарапынан A, Y тарапынан B жүргізді": a sentence that names who led or chaired
    the session."""
    words = [fold(t.text) for t in s.tokens]
    sides = words.count("тарапынан") >= 2
    return any(w.startswith(LED) and w.endswith(("ды", "ді"))
               or w == "тең" and nxt.startswith("төрағалар") or w == "төрағалық" and nxt.startswith("ет")
               or (w == "бірлесіп" or sides) and nxt.startswith("жүргіз")
               for w, nxt in zip(words, words[1:] + [""]))


def delegation_heads(doc: Doc, sent: Sent) -> list[Entity]:
    """"... кеңесінің отырысы өтті. Қазақстан делегациясын A, еуропалық тарапты B басқарды": a
    session told with no one at it is held by the heads of delegations a sentence after it names,
    in the same paragraph and no more than CHAIRS_AFTER sentences on ("Оған 300 кәсіпкер
    қатысты" may come between)."""
    later = [s for s in doc.sents if s.start >= sent.end][:CHAIRS_AFTER]
    nxt = next((s for s in later if "\n" not in doc.text[sent.end:s.start] and _names_chairs(s)), None)
    if nxt is None:
        return []
    # the subjects ("Кэндзи Ямада" reads as a locative, which a person's name hardly is)
    heads = [e for m, e in mentions_in(doc, nxt.start, nxt.end, ("PER",)) if case_of(nxt, m) in ("Nom", "Loc")]
    return heads if len(heads) >= 2 else []


def side_end(doc: Doc, toks: list[Token], k: int) -> bool:
    """Does token k end a side named before a document's "X туралы" title: a word of an
    organisation's name ("Pegasus Airlines") or the firm's noun after it ("... әуе компаниясы",
    "... концерні", lang/kk/org_heads.tsv)? (Not asked of the word right before "туралы": "ЕАЭО
    туралы шарт" is about the union.)"""
    e = doc.entity_at(toks[k].start, toks[k].end)
    return e is not None and e.type == "ORG" or any(
        m.end == k + 1 for m in matcher("org_heads.tsv").finditer(toks[:k + 1]))
