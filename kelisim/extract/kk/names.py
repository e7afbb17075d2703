"""Persons' names in Kazakh text, found by their shape and put in the nominative.

A name is zero or more given names or initials and one last word, all capitalised:
"Қасым-Жомарт Тоқаевпен", "Қ. Тоқаев", "Реджеп Тайып Ердоғанмен". Only the last word
declines in Kazakh, so only its case ending is stripped (Тоқаевпен -> Тоқаев). A name stands
when it has a given name (lang/kk/first_names.txt), when its last word has a family-name or
patronymic ending (lang/kk/name_patterns.tsv: -ов, -ева, -ұлы, -қызы), or when a title comes
right before it ("Түркия Президенті Реджеп Тайып Ердоған"). A surname found once is a name
wherever else the article writes it ("Ердоғанмен" after "Президент Ердоған").
"""
from __future__ import annotations

import re
from functools import cache

from ...doc import Token
from ...lang import words
from ...nlp.kazakh import fold, strip_case
from ..gazetteer import gazetteer
from .lexicon import first_names, name_endings, name_particles, not_names

INITIAL = re.compile(r"[^\W\d_]\.")
MAX_AFTER_TITLE = 3


def is_word(t: Token) -> bool:
    return t.pos not in ("PUNCT", "NUM")


def capitalised(t: Token) -> bool:
    return is_word(t) and t.text[:1].isupper() and not (len(t.text) > 1 and t.text.isupper())


def is_initial(t: Token) -> bool:
    return bool(INITIAL.fullmatch(t.text)) and t.text[0].isupper()


def is_given(t: Token) -> bool:
    return fold(t.text) in first_names()


def nominative_word(word: str) -> str:
    """The nominative of a name's last word. A person is hardly ever in the locative, while
    names end in -та, -да often enough ("Антониу Кошта", "Бекзада"): that ending stays."""
    if any(fold(word).endswith(e) for e, kind in name_endings() if kind == "whole"):
        return word       # "Сатыбалды" is no accusative of "Сатыбал"
    nominative, case = strip_case(word)
    if case == "Nom":
        ending = i_ending(word) or surname_case(word)
        nominative = word[:len(word) - len(ending[0])] if ending else word
    if case == "Abl" and len(nominative) < SHORTEST_ABLATIVE_STEM and fold(word[len(nominative):]) in NAME_LIKE_ABLATIVES:
        return word       # "Хакан Фидан", "Мердан": the name's own end, not "from Фи" ("Миннен" is "from Мин")
    return word if case == "Loc" else nominative


# A person is seldom in the ablative, and a stem of fewer letters than this before "-дан/-ден/
# -тан/-тен" is more likely a name that ends so ("Фидан", "Айдан", "Мердан") than a short name
# declined
SHORTEST_ABLATIVE_STEM = 4
NAME_LIKE_ABLATIVES = ("дан", "ден", "тан", "тен")


# A foreign name ending in "и" is read "ий" and declines as after a consonant: "Драгиді",
# "Мелонидің", "Модиден" (a vowel's endings, "-ні", "-нің", "-ге", are strip_case's)
I_ENDINGS = (("ді", "Acc"), ("дің", "Gen"), ("ден", "Abl"))


# Case endings after a family name in -ов/-ев/-ин (a consonant: "Песковтың", "Лавровқа"), for the
# names the analyser leaves whole
SURNAME_CASES = (("тың", "Gen"), ("тің", "Gen"), ("ты", "Acc"), ("ті", "Acc"), ("қа", "Dat"), ("ке", "Dat"),
                 ("пен", "Ins"), ("мен", "Ins"), ("тан", "Abl"), ("тен", "Abl"), ("нан", "Abl"), ("нен", "Abl"),
                 ("ның", "Gen"), ("нің", "Gen"), ("ды", "Acc"), ("ді", "Acc"), ("ға", "Dat"), ("ге", "Dat"))
SURNAME_STEMS = ("ов", "ев", "ёв", "ин", "ын")


def surname_case(word: str) -> tuple[str, str] | None:
    w = fold(word)
    for ending, case in SURNAME_CASES:
        stem = w[:-len(ending)]
        if w.endswith(ending) and len(stem) > 4 and stem.endswith(SURNAME_STEMS):
            return ending, case
    return None


def i_ending(word: str) -> tuple[str, str] | None:
    w = fold(word)
    return next(((e, case) for e, case in I_ENDINGS if w.endswith("и" + e) and len(w) > len(e) + 3), None)


def ending_kind(word: str) -> str | None:
    """surname | patronymic | weak | None, from the ending of the word's nominative."""
    stem = fold(nominative_word(word))
    for ending, kind in name_endings():
        if stem.endswith(ending) and len(stem) > len(ending) + 1:
            return kind
    return None


def eligible(t: Token) -> bool:
    if not capitalised(t) and not is_initial(t):
        return False
    nom = fold(nominative_word(t.text))
    return nom not in not_names() and fold(t.text) not in not_names() and not state_pair(t.text)


def state_pair(word: str) -> bool:
    """"Қазақстан-Словакия бизнес-форумы": states joined by a hyphen name a pair, not a person."""
    parts = [fold(p) for p in word.split("-")]
    return len(parts) > 1 and all(p in state_names() for p in parts)


@cache
def state_names() -> frozenset[str]:
    return frozenset(fold(n) for n in gazetteer("kk").canonical.values())


PARTICLE = re.compile(r"(?:әл|ал|аль|эль|ад|ас|ат|аш|ан|ар|бин|ибн|ван|фон|де|ди|да|ле|ла)-[^\W\d_]")


def particled(t: Token) -> bool:
    """A family name behind a lower-case particle ("Халид әл-Мансури", "Ян ван-Дейк"): it goes
    on a name, it never starts one ("әл-Фараби атындағы" is a university's)."""
    return bool(PARTICLE.match(t.text)) and t.text.split("-", 1)[1][:1].isupper()


def loose_particle(toks: list[Token], k: int, text: str) -> bool:
    """toks[k] is a particle written apart inside a family name ("Марике ван Дейк", "фон дер
    Ляйен"): lower-case, from lang/kk/name_particles.txt, and a capitalised word or another
    particle right after it."""
    word = toks[k].text
    if k + 1 < len(toks) and word in words("kk", "name_particles.txt", "after_given") and k > 0 \
            and fold(toks[k - 1].text) in first_names() and adjacent(toks[k], toks[k + 1], text):
        from ..gazetteer import gazetteer
        nxt = toks[k + 1]
        return capitalised(nxt) and eligible(nxt) and not gazetteer("kk").cue(nxt.text)
    if k + 1 >= len(toks) or not (word in name_particles() or fold(word) in words("kk", "name_particles.txt", "capital")) \
            or not adjacent(toks[k], toks[k + 1], text):
        return False
    nxt = toks[k + 1]
    return nxt.text in name_particles() or capitalised(nxt) and eligible(nxt)


def adjacent(a: Token, b: Token, text: str) -> bool:
    gap = text[a.end:b.start]
    return gap in ("", " ") or gap.isspace() and "\n" not in gap


def _middle(t: Token) -> bool:
    """A patronymic inside a name: "Нұрсұлтан Әбішұлы Назарбаев", "Нұрсұлтан Абишевич Назарбаев"."""
    return ending_kind(t.text) in ("patronymic", "middle")


def strong(toks: list[Token]) -> bool:
    """A name by its own shape: a given name, or a family-name or patronymic ending."""
    return any(is_given(t) or ending_kind(t.text) in ("surname", "patronymic") for t in toks)


def find_persons(text: str, toks: list[Token], blocked: set[int], after_title: set[int],
                 titles: set[int] = frozenset()) -> list[tuple[int, int]]:
    """Token ranges [i, j) of persons' names in a sentence. `blocked`: tokens already taken by
    places and organisations; `after_title`: tokens that follow a title directly; `titles`:
    tokens inside a title."""
    out = []
    i = 0
    while i < len(toks):
        if i in blocked or i in titles or not eligible(toks[i]):
            i += 1
            continue
        j = i
        titled = i in after_title

        def goes_on(k: int) -> bool:
            t = toks[k]
            # only a name's last word declines: a word before a family name is a given name, even
            # one that looks declined ("Ерсайын Нағашпаев")
            declined = t.feats.get("Case", "Nom") != "Nom" and not is_given(t) and not (
                k + 1 < len(toks) and ending_kind(toks[k + 1].text) in ("surname", "patronymic")) \
                and not (titled and k == i and k + 1 < len(toks) and eligible(toks[k + 1])
                         and toks[k + 1].feats.get("Case", "Nom") != "Nom")
            # ... nor the first of two after a title when the second is declined: the case is the
            # second's ("Премьер-министрі Гомбожавын Занданшатармен": "-ын" is the name's own)
            if loose_particle(toks, k, text):
                return k > i      # inside a name: on to the capitalised rest
            if not declined and loose_particle(toks, k + 1, text) and k + 2 not in blocked \
                    and adjacent(t, toks[k + 1], text):
                return True       # "Марике ван Дейк", "Урсула фон дер Ляйен": a name by its shape
            if declined or k + 1 in blocked or k + 1 in titles or k + 1 >= len(toks) \
                    or not (eligible(toks[k + 1]) or particled(toks[k + 1])) or not adjacent(t, toks[k + 1], text):
                return False
            if particled(toks[k + 1]):
                # one given name, then the particled family name; two after a title or a known given
                # name ("Елшісі Халид Ахмед әл-Хамади")
                return k == i or is_given(t) or titled and k - i + 1 < MAX_AFTER_TITLE
            if toks[k + 1].text.isascii() != t.text.isascii():
                return False      # "Роман Скляр Alstom компаниясының": a name keeps to one script
            if is_given(t) or is_initial(t) or k > i and _middle(t):
                return True
            if k > i and is_given(toks[k + 1]):
                return False      # "Хендрик Янсен Қасым-Жомарт Тоқаевқа": a given name starts the next name
            return titled and k - i + 1 < MAX_AFTER_TITLE and ending_kind(t.text) not in ("surname", "patronymic")

        while j + 1 < len(toks) and goes_on(j):
            j += 1
        given = j > i
        last = toks[j]
        if is_initial(last):
            i = j + 1
            continue
        surname = ending_kind(last.text) in ("surname", "patronymic")
        # a given name alone: "Әсел мен Назым", "Абайдың" (not a sentence's first word, which
        # may be a common word that is also a name)
        alone = fold(nominative_word(last.text)) in first_names() and i > 0 and toks[i - 1].text not in "«\"“"
        if surname and not given and i > 0 and i - 1 not in blocked and i - 1 not in titles \
                and eligible(toks[i - 1]) and toks[i - 1].feats.get("Case") == "Nom" \
                and adjacent(toks[i - 1], toks[i], text) and not (out and out[-1][1] == i):
            i -= 1        # "Бірлік Берікұлы", "Арман Қасымов": a given name the list lacks
            given = True
        if given or surname or titled or alone:
            out.append((i, j + 1))
            i = j + 1
        else:
            i += 1
    return out


def person_normal(text: str, toks: list[Token]) -> str:
    """The nominative of a name: every word as written but the last, whose case ending goes."""
    out = ""
    for k, t in enumerate(toks):
        word = nominative_word(t.text) if k == len(toks) - 1 else t.text
        if k:
            out += " " if text[toks[k - 1].end:t.start] or is_initial(toks[k - 1]) else ""
        out += word
    return out


def surname_stem(name: str) -> str:
    return fold(name.split()[-1]) if name.split() else ""


def full_names_again(doc, spans: list) -> list:
    """A name of several words written again in full ("Ли Чжон Хо ... Ли Чжон Хо компания ...
    айтты"), its last word in any case: a mention even where its shape alone makes no name
    (a surname of two letters is too short to be known by itself)."""
    names = {tuple(fold(w) for w in s.normal.split()) for s in spans if s.type == "PER" and len(s.normal.split()) > 1}
    out = []
    for sent in doc.sents:
        toks = sent.tokens
        for k in range(len(toks)):
            for name in names:
                n = len(name)
                words = toks[k:k + n]
                if len(words) < n or any(x.start <= words[0].start < x.end for x in spans + out) \
                        or [fold(t.text) for t in words[:-1]] != list(name[:-1]) \
                        or fold(nominative_word(words[-1].text)) != name[-1] and fold(words[-1].text) != name[-1] \
                        or not all(adjacent(a, b, doc.text) for a, b in zip(words, words[1:])):
                    continue
                out.append(doc.span(words[0].start, words[-1].end, type="PER",
                                    normal=person_normal(doc.text, words), source="name_again"))
    return out
