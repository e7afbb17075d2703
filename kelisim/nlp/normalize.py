"""Names to the nominative: "Линдси Хойлом" -> "Линдси Хойл", "Палаты общин" -> "Палата общин".

Persons: each name part is inflected on its own with the dictionary (pymorphy via natasha's MorphVocab),
and where the dictionary only guesses (foreign names), the case ending is removed by the rules in
lang/ru/name_endings.tsv. Organisations and places: the syntactic head of the span and the adjectives
agreeing with it are inflected; the rest (genitive complements like "общин") stays as written.
"""
from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from importlib import resources

from ..doc import Token
from .shapes import recover_shape
from .undeclined import syllable_name as _syllable_name, undeclined_last

NAME_TAGS = {"Name", "Surn", "Patr"}
_JUNIOR = {f + e: f + "ий" for f in ("младш", "старш") for e in ("ий", "его", "ему", "им", "ем")}   # "Мередов-младший"


@cache
def name_endings() -> list[tuple[str, str, str, str]]:
    rows = []
    text = resources.files("kelisim.lang.ru").joinpath("name_endings.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            case, gender, ending, repl = (line.split("\t") + [""])[:4]
            rows.append((case, gender, ending, repl))
    return sorted(rows, key=lambda r: -len(r[2]))


@cache
def analyzer():
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


# Bounded: a long ingest meets new words (names above all) for ever, and a word's parses take
# about 2 KB; the commonest stay cached (8 MB at most), a miss costs pymorphy some 50 us.
@lru_cache(maxsize=4096)
def parse(word: str):
    if any(ch.isalpha() and unicodedata.name(ch, None) is None for ch in word):
        # pymorphy tells Latin letters by their Unicode names and fails on a letter that has
        # none in Python's tables (Tangut ideographs); such a word is no Russian word: unknown.
        return [p._replace(word=word, normal_form=word, methods_stack=())
                for p in analyzer().parse(_STAND_IN)[:1]]
    return analyzer().parse(word)


_STAND_IN = "\u4e00"    # a named letter pymorphy reads as unknown (CJK)


def _same_case_parses(word: str, case: str | None):
    grams = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
    want = grams.get(case or "")
    for p in parse(word):
        if want is None or want in p.tag:
            yield p


OC_CASE = {"nomn": "Nom", "gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins", "loct": "Loc"}
PREP_CASE = {"с": "Ins", "со": "Ins", "к": "Dat", "ко": "Dat", "у": "Gen", "от": "Gen", "для": "Gen",
             "без": "Gen", "до": "Gen", "из": "Gen", "о": "Loc", "об": "Loc", "при": "Loc"}


def _name_parses(word: str):
    return [p for p in parse(word) if NAME_TAGS & p.tag.grammemes and "sing" in p.tag]


def name_case(tokens: list[Token], sent: list[Token], title_case: str | None = None) -> tuple[str, str]:
    """(case, gender) of a person's name, from the dictionary, then from its context.

    The tagger often calls the second part of a foreign name nominative ("Линдси Хойлом"),
    so the case is read from the parts the dictionary knows, then from the title the name
    stands in apposition to, then from a preposition.
    """
    cands: set[str] | None = None
    for n, t in enumerate(tokens):
        if n < len(tokens) - 1 and _syllable_name(tokens) or undeclined_last(tokens, n, _name_parses):
            continue      # "Ким Дон Хёном", "Нгуена Ван Кхоя": in a name of three parts but no patronymic
            # only the last part surely declines ("Ким", "Дон" look like nominatives); "Аль Тани": none
        known = [p for p in _name_parses(t.text) if p.is_known]
        cases = {OC_CASE.get(p.tag.case) for p in known} - {None}
        genders = {p.tag.gender for p in known}
        if len(cases) == 1 and len(genders) == 1:
            # a declinable known name tells both (an indeclinable one, "Линдси", tells neither)
            gender = {"masc": "Masc", "femn": "Fem"}.get(genders.pop() or "", "")
            return cases.pop(), gender or "Masc"
        if cases and len(cases) < 6:
            cands = cases if cands is None else (cands & cases or cands)
    if cands is None:
        # nothing known ("Жээнбека Кулубаева"): the guessed analyses still rule out a case the
        # tagger chose that no part can be in
        guessed: set[str] | None = None
        for n, t in enumerate(tokens):
            cases = set() if undeclined_last(tokens, n, _name_parses) else \
                {OC_CASE.get(p.tag.case) for p in _name_parses(t.text)} - {None}
            if n == 0 and title_case and title_case != "Nom" and tokens[0].case == title_case in cases:
                # "Президента Турецкой Республики Кемаля Озтюрка": the title and the tagger agree on
                # a case the first name can be in; a guess for the surname does not outweigh them
                return title_case, tokens[0].feats.get("Gender", "Masc")
            if cases:
                # parts that disagree: the later one declines ("Чжан Вэем": "Чжан" looks nominative)
                guessed = cases if guessed is None else (guessed & cases or cases)
        if guessed and len(guessed) < 6 and tokens[0].case not in guessed | {"Nom", None}:
            cands = guessed
            if len(cands) == 1:
                return next(iter(cands)), tokens[0].feats.get("Gender", "Masc")
    if cands and "Nom" not in cands and tokens[0].case == "Nom" and title_case == "Nom":
        # "Высокий представитель ЕС Кая Каллас заявила": the dictionary knows only a man's oblique
        # "Кая", but the tagger and the title both say the name is a nominative
        return "Nom", tokens[0].feats.get("Gender", "Masc")
    if cands:
        # "пресс-секретарь Владимира Путина": Gen or Acc, the title says Nom; a woman's keeps her gender
        known = {p.tag.gender for p in _name_parses(tokens[0].text) if p.is_known} - {None}
        for pick in (title_case, tokens[0].case, "Gen"):
            if pick in cands:
                return pick, "Fem" if known == {"femn"} else _known_gender(tokens, pick)
        if len(cands) == 1:
            # "Председателем ... Венгрии Ласло Варгой": the dictionary allows one case only, where
            # the nearest noun before the name ("собрания") is no title
            return next(iter(cands)), tokens[0].feats.get("Gender", "Masc")
    if len(tokens) > 1 and tokens[-1].text.lower().endswith(("овым", "евым", "ёвым", "иным")):
        # "Касым-Жомартом Токаевым": a surname in -овым/-евым/-иным is a man's in the
        # instrumental, whatever the title before it ("Республики Казахстан") says
        return "Ins", "Masc"
    # the syntax: a name in apposition takes the case of its title ("спикером ... Линдси Хойлом")
    inside = {id(t) for t in tokens}
    for t in tokens:
        if 0 <= t.head < len(sent) and id(sent[t.head]) not in inside:
            head = sent[t.head]
            if t.rel == "appos" and head.pos == "NOUN" and head.case and title_case in (None, head.case):
                # (not the organisation of the title: "директором корпорации Пак Су Ином")
                # the title's case, but not its gender: "главой ... Аджаем Бангой" is a man
                return head.case, tokens[0].feats.get("Gender", "Masc")
            break
    if title_case:
        return title_case, tokens[0].feats.get("Gender", "Masc")
    if tokens:
        i = next((k for k, x in enumerate(sent) if x is tokens[0]), 0)
        if i and sent[i - 1].text.lower() in PREP_CASE:
            return PREP_CASE[sent[i - 1].text.lower()], "Masc"
    case = tokens[0].case or "Nom"      # "Гулноры Саидовой": a surname only a woman's in that case
    fem = len(tokens) > 1 and case != "Nom" and _known_gender(tokens[-1:], case, known=False) == "Fem"
    return case, "Fem" if fem else tokens[0].feats.get("Gender", "Masc")


def _known_gender(tokens: list[Token], case: str, known: bool = True) -> str:
    """"Дилнозы Юсуповой": a woman's where the (known) name parts in that case are only women's."""
    genders = {p.tag.gender for t in tokens for p in _name_parses(t.text)
               if (p.is_known or not known) and OC_CASE.get(p.tag.case) == case}
    return "Fem" if genders == {"femn"} else "Masc"


def person_part(word: str, case: str, gender: str) -> str:
    """The nominative of one part of a person's name in the given case."""
    if case == "Nom" or not any(c.isalpha() for c in word):
        return word
    parts = word.split("-")
    if len(parts) == 2 and parts[0][:1].isupper() and parts[1] in _JUNIOR:
        # "Мередовым-младшим": the name declines, and "-младший" with it as an adjective
        return person_part(parts[0], case, gender) + "-" + _JUNIOR[parts[1]]
    if len(parts) == 2 and all(p[:1].isupper() for p in parts):
        # "Касым-Жомартом": the last part declines; "Касымом-Жомартом", "Касыма-Жомарта": both,
        # when both end alike in a case ending
        first = parts[0]
        ends = [e for c, _, e, _ in name_endings() if c == case and e]
        same = [e for e in ends if first.lower().endswith(e) and parts[1].lower().endswith(e)]
        oc = {v: k for k, v in OC_CASE.items()}.get(case)
        if same or any(p.tag.case == oc and "Surn" in p.tag for p in _name_parses(first) if p.is_known):
            # "Анны Петровой-Ким": a Russian-form surname in front declines on its own
            first = person_part(first, case, gender)
        return first + "-" + person_part(parts[1], case, gender)
    oc = {v: k for k, v in OC_CASE.items()}.get(case)
    for p in _name_parses(word):
        if p.tag.case == oc and (not gender or p.tag.gender in ({"masc"} if gender == "Masc" else {"femn"})):
            infl = p.inflect({"nomn", "sing"})
            if infl:
                return recover_shape(infl.word, word)
    if gender == "Fem" and case == "Ins" and word.lower().endswith(("ом", "ем", "ым", "им")):
        gender = "Masc"  # only a man's name takes these endings; the tagger's gender was a guess
    # foreign women's surnames in a consonant do not decline, a name in -а does ("Дилнозы")
    g, least = ("Fem", 3) if gender == "Fem" else ("Masc", 2)
    lower = word.lower()
    for rc, rg, ending, repl in name_endings():
        if rc == case and rg == g and lower.endswith(ending) and len(lower) - len(ending) >= least:
            return word[: len(word) - len(ending)] + repl
    return word


def person_name(tokens: list[Token], sent: list[Token] | None = None, title_case: str | None = None) -> str:
    """The nominative of a person's name; `sent` is the sentence's tokens, for the context, and
    `title_case` the case of the title standing before the name, where there is one."""
    case, gender = name_case(tokens, sent or tokens, title_case)
    return _join([t.text if undeclined_last(tokens, n, _name_parses) else person_part(t.text, case, gender)
                  for n, t in enumerate(tokens)], tokens)


def phrase_head(tokens: list[Token], sent: list[Token] | None = None) -> Token:
    """The syntactic head of a span: the token whose head lies outside it."""
    if sent:
        inside = {id(t) for t in tokens}
        for t in tokens:
            if not (0 <= t.head < len(sent)) or id(sent[t.head]) not in inside:
                if t.pos in ("NOUN", "PROPN") and not _adjective_like(t):
                    return t
                break
    nouns = [t for t in tokens if t.pos in ("NOUN", "PROPN") and not _adjective_like(t)]
    return nouns[0] if nouns else tokens[0]


def _adjective_like(tok: Token) -> bool:
    return any(p.tag.POS in ("ADJF", "PRTF") for p in parse(tok.text.lower())[:2])


def phrase_name(tokens: list[Token], sent: list[Token] | None = None) -> str:
    """Nominative of an organisation or place phrase: the head and the adjectives before it."""
    if not tokens:
        return ""
    head = phrase_head(tokens, sent)
    if head.case in (None, "Nom"):
        return _join([t.text for t in tokens], tokens)
    number = head.feats.get("Number", "Sing")
    gender = head.feats.get("Gender")
    out = []
    past_head = False
    for t in tokens:
        if t is head:
            out.append(_inflect(t, number))
            past_head = True
        elif not past_head and (t.pos == "ADJ" or _adjective_like(t)):
            out.append(_inflect(t, number, gender, adjective=True, case=head.case))
        else:
            out.append(t.text)
    return _join(out, tokens)


def _inflect(tok: Token, number: str = "Sing", gender: str | None = None, adjective: bool = False,
             case: str | None = None) -> str:
    if any(c.isupper() for c in tok.text[1:]):
        return tok.text       # "КазНУ", "МИД": acronyms do not decline
    grams = {"nomn", "plur"} if number == "Plur" else {"nomn"}
    if number != "Plur" and gender and (adjective or tok.pos == "ADJ"):
        grams.add({"Masc": "masc", "Fem": "femn", "Neut": "neut"}.get(gender, "masc"))
    found, off_gender = [], []
    for p in _same_case_parses(tok.text, case or tok.case):
        pos = str(p.tag.POS or "")
        if (adjective or tok.pos == "ADJ") and pos not in ("ADJF", "PRTF"):
            continue
        if not adjective and tok.pos in ("NOUN", "PROPN") and pos != "NOUN":
            continue
        if number != "Plur" and "plur" in p.tag:
            continue
        infl = _closest_form(p, grams, tok.text.lower())
        want = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}.get(tok.feats.get("Gender", ""))
        if not adjective and want and p.tag.gender and p.tag.gender != want and tok.pos == "NOUN":
            # the tagger's gender decides between guesses, but does not leave a word undeclined
            # ("хокимиятом", tagged feminine, has only a masculine guess)
            off_gender += [infl] if infl else []
        elif infl:
            found.append(infl)
    found = found or off_gender
    # an oblique form whose "nominative" is itself is an indeclinable guess ("хаба"); a guess
    # that declines ("хаб") is the likelier reading
    declined = [w for w in found if w != tok.text.lower()]
    if declined or found:
        return recover_shape((declined or found)[0], tok.text)
    return tok.text


def _closest_form(p, grams: set[str], word: str) -> str | None:
    """The form of a parse's lexeme with these grammemes that shares most of the word's spelling:
    "высшего" -> "высший", where `inflect` gives "высочайший" from the same lexeme."""
    infl = p.inflect(grams)
    if infl is None:
        return None
    if "Supr" not in p.tag.grammemes:
        return infl.word
    forms = [f.word for f in p.lexeme if grams <= set(f.tag.grammemes) and "Supr" in f.tag.grammemes]

    def shared(w: str) -> int:
        n = 0
        while n < min(len(w), len(word)) and w[n] == word[n]:
            n += 1
        return n
    return max(forms, key=shared) if forms else infl.word


def _join(words: list[str], tokens: list[Token]) -> str:
    parts = []
    for i, (w, t) in enumerate(zip(words, tokens)):
        if i:
            parts.append(" " * min(1, t.start - tokens[i - 1].end) if t.start > tokens[i - 1].end else "")
        parts.append(w)
    return "".join(parts)
