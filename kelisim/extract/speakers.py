"""Who may speak and with which words: verbs of speech (lang/ru/speech.tsv), those who only
carry the news (lang/ru/sources.txt) and the verbs that only report it (reporting.txt), occasions one celebrates rather than speaks of
(lang/ru/occasions.txt), and state bodies that speak for themselves.
"""
from __future__ import annotations

from functools import cache

from ..doc import Entity
from ..lang import lexicon, words
from ..nlp.match import fold, lookup, word_keys

DASHES = "–—-"


def credits_news(lang: str, sent, i: int) -> bool:
    """"X провел переговоры с Y, сообщает пресс-секретарь Z": a present-tense verb of reporting
    after a comma that closes the news credits its source, as an agency's "передает Trend" does."""
    t = sent.tokens[i]
    return i > 2 and sent.tokens[i - 1].text == "," and t.feats.get("Tense") == "Pres" \
        and bool(word_keys(t.text) & reporting(lang))


def not_speakers(lang: str) -> frozenset[str]:
    """Words of a name that make it one who only carries the news (lang/<xx>/not_speakers.txt)."""
    return words(lang, "not_speakers.txt")


def reporting(lang: str) -> frozenset[str]:
    """Verbs that only report the news (lang/<xx>/reporting.txt): a body that "сообщило" is a source."""
    return words(lang, "reporting.txt")


def sources(lang: str) -> frozenset[str]:
    """Nouns of those who carry the news (lang/<xx>/sources.txt): their verb of speech reports."""
    return words(lang, "sources.txt")


def occasions(lang: str) -> frozenset[str]:
    """What one celebrates, not says (lang/ru/occasions.txt): "отмечать юбилей"."""
    return words(lang, "occasions.txt")


def celebrates(lang: str, sent, i: int) -> bool:
    """"Мирзиёев отмечает 62-летие": a verb that may mean celebrating (lang/ru/celebrating.txt) with
    an occasion as its object celebrates and says nothing; "назвал Дни культуры «...»" speaks."""
    toks = sent.tokens
    return bool(word_keys(toks[i].text) & words(lang, "celebrating.txt")) and any(
        t.head == i and t.rel == "obj" and (word_keys(t.text) & occasions(lang) or fold(t.text).endswith("летие"))
        for t in toks)


@cache
def speech_verbs(lang: str) -> dict[str, str]:
    return {r[0]: (r[1] if len(r) > 1 else "generic") for r in lexicon(lang, "speech.tsv")}


def speech_kind(lang: str, word: str) -> str | None:
    return lookup(speech_verbs(lang), word, lang)


def quote_verb(lang: str, word: str) -> str | None:
    """The kind of a verb right after a quote: any verb of speech, or one that speaks only there
    (lang/<xx>/quote_verbs.txt: "«...», – говорит X")."""
    return speech_kind(lang, word) or ("generic" if word_keys(word, lang) & words(lang, "quote_verbs.txt") else None)


def phrase_kind(lang: str, toks, i: int) -> str | None:
    """The kind of a verb that takes a position only with the word after it (lang/ru/
    speech_phrases.tsv: "выступает за переговоры"), or None."""
    if lang != "ru" or i + 1 >= len(toks):
        return None
    after = speech_phrases(lang).get(fold(toks[i].lemma or toks[i].text))
    return None if after is None else after.get(fold(toks[i + 1].text))


@cache
def speech_phrases(lang: str) -> dict[str, dict[str, str]]:
    """lemma -> word after it -> kind, the first row of each pair as the table reads: phrase_kind
    asks it for every word of every sentence, so only a verb of the table reads its next word."""
    out: dict[str, dict[str, str]] = {}
    for r in lexicon(lang, "speech_phrases.tsv"):
        out.setdefault(r[0], {}).setdefault(r[1], r[2])
    return out


@cache
def body_words(lang: str) -> frozenset[str]:
    return frozenset(fold(r[0].split()[0]) for r in lexicon(lang, "bodies.tsv"))


def speaker_ok_body(lang: str, e: Entity) -> bool:
    """A state body as a speaker (lang/ru/bodies.tsv: "МИД КР", "Правительство"); not a press
    service, not a news agency."""
    words = [fold(w) for w in e.name.split()]
    return bool(words) and words[0] in body_words(lang) and not any(w in not_speakers(lang) for w in words)


def speaker_ok(e: Entity | None, lang: str = "ru") -> bool:
    """A person or a group of persons, none of whose name's words says it only carries the news
    (lang/<xx>/not_speakers.txt of the article's language)."""
    if e is None:
        return False
    if e.type == "PER" or (e.type == "ORG" and e.group):
        return not any(fold(w) in not_speakers(lang) for w in e.name.split())
    return False


def greets(doc, sent, i: int) -> bool:
    """A verb of greeting (lang/ru/greetings.tsv) whose object is people greets them."""
    from .context import children, lemma_in
    toks = sent.tokens
    return lemma_in(toks[i], words(doc.lang, "greetings.tsv", "verb")) and any(toks[c].rel == "obj" and (toks[c].feats.get(
        "Animacy") == "Anim" or lemma_in(toks[c], words(doc.lang, "greetings.tsv", "people"))) for c in children(sent, i))


def bare_comment(doc, sent, i: int) -> bool:
    """"Новость прокомментировал губернатор X.": a verb of reacting (lang/ru/bare_comments.txt) with
    nothing but its subject, what it reacts to and adverbs tells no words of its own."""
    from .context import children, lemma_in
    toks = sent.tokens
    return lemma_in(toks[i], words(doc.lang, "bare_comments.txt")) and all(
        toks[c].rel in ("nsubj", "obj", "obl", "advmod", "punct") and toks[c].text != ":" for c in children(sent, i))
