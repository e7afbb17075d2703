"""Latin forms of Cyrillic names, and a key under which the spellings of one name collide.

`to_latin` writes a Russian or Kazakh name as English-language news from Russia and Kazakhstan
do (BGN/PCGN without diacritics: Тоқаев -> Tokayev, Мирзиёев -> Mirziyoyev). The letters are in
lang/ru/translit.tsv and lang/kk/translit.tsv; the code adds only the position of е: "ye" at the
start of a word and after a vowel, ь or ъ (Ермек -> Yermek, Кошербаев -> Kosherbayev), "e" after
a consonant (Медведев -> Medvedev).

`name_key` transliterates, then folds each word to a Latin skeleton, so that Токаев, Тоқаев,
Tokayev and Tokaev all give "tokaev":

1. lower case; the spellings of lang/en/name_key.tsv are read longest first: zh/j/dzh/dj/ž -> j,
   kh/h -> kh, q -> k, w -> v, x -> ks, gh -> g, ş/š -> sh, ç/č -> ch; sh, ch and shch stay
   whole (Ишаков "ishakov" is not Исхаков "iskhakov"); other letters lose their accents;
   apostrophes go; any other non-letter (space, hyphen, dot) ends a word;
2. y + e and y + o become e, and so does i + e or i + o after a vowel: ё and е are written
   alike in Russian, and й before е is a spelling of е (Mirziyoyev, Mirzieyev, Мирзиеев ->
   "mirziev"; Yerlan, Erlan -> "erlan");
3. every other y becomes i, except at the start of a word: й, ы and y-glides are spelt i or y
   (Sergey/Sergei, Yuriy/Yury/Yuri, Kasym/Kassym/Qasym -> "kasim");
4. a letter (or digraph) written twice is written once (Idrissov -> "idrisov").

Words are joined by one space: "Kassym-Jomart" and "Қасым Жомарт" both give "kasim jomart".
The key takes nominative names (case forms are normalised upstream, in nlp/normalize.py);
it is built for recall, so it does merge a few names that differ: Саидов and Сайдов (й and и
fold), Ильяс and Илиас, Вальев and Валеев.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lang import lexicon

LANGS = ("ru", "kk")
_WORDS = re.compile(r"(\W+)")


@dataclass(frozen=True)
class _Letter:
    latin: str
    kind: str  # vowel | consonant | sign
    iotated: str  # the form at word start and after a vowel or sign


def _strip_accents(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


@cache
def _letters(lang: str) -> dict[str, _Letter]:
    if lang not in LANGS:
        raise ValueError(f"no transliteration for language {lang!r}; use one of {', '.join(LANGS)}")
    table: dict[str, _Letter] = {}
    # Every table is read, the asked language's last so that it wins where two disagree:
    # Kazakh names turn up in Russian text in both spellings (Токаев, Тоқаев).
    for other in sorted(LANGS, key=lambda code: code == lang):
        for letter, latin, kind, *iotated in lexicon(other, "translit.tsv"):
            table[letter] = _Letter(latin, kind, iotated[0] if iotated and iotated[0] else latin)
    return table


def to_latin(name: str, lang: str = "ru") -> str:
    """The name in Latin letters; Latin letters, digits and punctuation are kept as they are.

    A Cyrillic letter outside the Russian and Kazakh alphabets is read as its unaccented base
    letter where it has one (ў -> u, ї -> i) and is kept as it is otherwise (ҳ, ҷ, є).
    """
    letters = _letters(lang)
    return "".join(_word_to_latin(part, letters) for part in _WORDS.split(unicodedata.normalize("NFC", name)))


def _word_to_latin(word: str, letters: dict[str, _Letter]) -> str:
    all_caps = len(word) > 1 and word.isupper()
    out, before = [], "sign"  # the start of a word iotates е like ь does
    for ch in word:
        low = ch.lower()
        letter = letters.get(low) or letters.get(_strip_accents(low))
        if letter is None:
            out.append(ch)
            before = "consonant"
            continue
        latin = letter.latin if before == "consonant" else letter.iotated
        if ch != low:
            latin = latin.upper() if all_caps else latin.capitalize()
        out.append(latin)
        before = letter.kind
    return "".join(out)


@cache
def _folds() -> tuple[dict[str, str], int, frozenset[str]]:
    """Spelling -> key letter, the longest spelling, and the key letters that are vowels."""
    rows = lexicon("en", "name_key.tsv")
    folds = {spelling: key for spelling, key, _ in rows}
    return folds, max(map(len, folds)), frozenset(key for _, key, kind in rows if kind == "vowel")


def _skeleton_words(text: str) -> list[list[str]]:
    """Step 1 of the folding: words as lists of key letters ("kh" and "sh" are one letter)."""
    folds, longest, _ = _folds()
    words: list[list[str]] = [[]]
    i = 0
    while i < len(text):
        size = next((n for n in range(min(longest, len(text) - i), 0, -1) if text[i:i + n] in folds), 1)
        key = folds.get(text[i:i + size])
        if key is None:
            base = _strip_accents(text[i]).lower()  # "" for a lone combining mark: dropped like a sign
            key = folds.get(base, base if base.isalpha() or not base else None)
        if key is None:
            words.append([])
        elif key:
            words[-1].append(key)
        i += size
    return [word for word in words if word]


def _word_key(letters: list[str]) -> str:
    """Steps 2-4 of the folding, on one word's key letters."""
    vowels = _folds()[2]
    out: list[str] = []
    i = 0
    while i < len(letters):
        letter, after = letters[i], letters[i + 1] if i + 1 < len(letters) else ""
        if after in ("e", "o") and (letter == "y" or letter == "i" and out and out[-1] in vowels):
            letter, i = "e", i + 1
        elif letter == "y" and out:
            letter = "i"
        if not out or out[-1] != letter:
            out.append(letter)
        i += 1
    return "".join(out)


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """A key equal for the Cyrillic and Latin spellings of one nominative name (see the module doc)."""
    # NFKC first: compatibility forms ("㎩", "Ⅻ", full-width letters) become the letters they
    # stand for, which may be capitals, so they must be read before the text is lower-cased.
    latin = to_latin(unicodedata.normalize("NFKC", name)).lower()
    key = " ".join(_word_key(word) for word in _skeleton_words(latin))
    # folding can make a new double letter ("qx" -> "kks"); fold again until nothing changes
    for _ in range(3):
        again = " ".join(_word_key(word) for word in _skeleton_words(key))
        if again == key:
            break
        key = again
    return key


@lru_cache(maxsize=100_000)
def surname_key(name: str) -> str:
    """The key of the name's last word ("Ермек Кошербаев" -> that of "Kosherbayev"); a hyphenated
    surname stays whole. Assumes given names first, as news write them."""
    keys = [key for word in name.split() if (key := name_key(word))]
    return keys[-1] if keys else ""
