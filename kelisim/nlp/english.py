"""English text into kelisim's Doc without a model: sentences, tokens, a light tagger, lemmas.

Everything is rules and word lists (lang/en/words.tsv, irregular.tsv, abbreviations.txt and
the words of every English lexicon), so the English path needs no download and runs in pure
Python. The tagger only tells apart what the extractors ask about: punctuation, numbers,
closed-class words, proper nouns (capitalised), past forms and verbs of the lexicons.

`lemma` is conservative: it strips an inflection only when the result is a word some English
lexicon knows ("signed" -> "sign", "memorandums" -> "memorandum", "noted" -> "note"), so an
unknown word keeps its own form and never collides with a lexicon entry by accident.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ..doc import Doc, Sent, Token
from ..lang import lexicon, words
from .english_lines import pieces
from .english_glued import split_glued
from .english_initials import initial_before_name

# Files whose first column holds English words worth lemmatising to.
VOCAB_FILES = ("titles.tsv", "bodies.tsv", "descriptions.tsv", "groups.tsv", "speech.tsv", "meetings.tsv",
               "meeting_context.tsv", "agreements.tsv", "signing.tsv", "projects.tsv", "project_stages.tsv",
               "modality.tsv", "sectors.tsv", "honorifics.txt")

TOKEN = re.compile(r"""
    https?://\S+|www\.\S+                              # links stay whole
  | (?:[A-Za-z]\.){2,}(?![A-Za-z])                     # U.S., U.K., e.g.
  | [A-Z]{1,3}\$                                       # US$, C$
  | (?:[A-Z]|[CKSZ]h|Ts|Y[aeou])\.(?=[A-Z][a-z])       # an initial glued to its name: L.Ganzorig, Sh.Mirziyoyev
  | \d+(?:[.,]\d+)*(?:st|nd|rd|th)?                    # 1,200.5  16th
  | [^\W\d_]+(?:[-'’][^\W\d_]+)*(?:\.(?=\s|$))?        # words, hyphenated and with apostrophes
  | --+|\.\.\.|[^\w\s]                                 # dashes, ellipsis, any other mark
""", re.VERBOSE)
POSSESSIVE = re.compile(r"^(.+?)(['’]s)$")
ENDS = {".", "!", "?", "…", "..."}
CLOSERS = {'"', "”", "’", "'", ")", "]", "»"}
OPENERS = {'"', "“", "‘", "(", "[", "«"}
BULLETS = {"-", "–", "—", "•", "·", "*", "●"}


@cache
def _closed() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicon("en", "words.tsv")}


@cache
def _irregular() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicon("en", "irregular.tsv")}


@cache
def _abbreviations() -> frozenset[str]:
    return words("en", "abbreviations.txt")


@cache
def vocabulary() -> frozenset[str]:
    """Every word of the English lexicons, lower-cased: the lemmas worth reducing a form to."""
    out: set[str] = set(_irregular().values())
    for name in VOCAB_FILES:
        try:
            rows = lexicon("en", name)
        except FileNotFoundError:
            continue
        for r in rows:
            out.update(w.lower() for w in r[0].replace("-", " ").split())
            out.update(w.lower() for w in r[0].split())
    return frozenset(out)


def _candidates(w: str) -> list[str]:
    out = []
    if w.endswith("ies") and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("es") and len(w) > 3:
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss") and len(w) >= 3:
        out.append(w[:-1])
    if w.endswith("ied") and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("ed") and len(w) > 3:
        out += [w[:-1], w[:-2]]
        if len(w) > 4 and w[-3] == w[-4]:
            out.append(w[:-3])
    if w.endswith("ing") and len(w) > 4:
        out += [w[:-3] + "e", w[:-3]]
        if len(w) > 5 and w[-4] == w[-5]:
            out.append(w[:-4])
    return out


@lru_cache(maxsize=100_000)
def lemma(word: str) -> str:
    """The lexicon word a form inflects ("held" -> "hold"), or the form itself, lower-cased."""
    w = word.lower().replace("’", "'")
    irr = _irregular().get(w)
    if irr:
        return irr
    vocab = vocabulary()
    if w in vocab:
        return w
    for stem in _candidates(w):
        if stem in vocab:
            return stem
    return w


def singular(word: str) -> str:
    """The singular a plural noun of the lexicons stands for, even where the plural is listed
    itself ("representatives" -> "representative"); otherwise the lemma."""
    w = word.lower()
    if w.endswith("s"):
        for stem in _candidates(w)[:3]:
            if stem in vocabulary() and not stem.endswith("s"):
                return stem
    return lemma(word)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    out: list[Token] = []
    for m in TOKEN.finditer(text):
        s, e, t = m.start() + offset, m.end() + offset, m.group()
        if t.endswith(".") and len(t) > 1 and t[:-1].replace("-", "").isalpha() and t[-2] != "-" \
                and t.lower() not in _abbreviations() and not text[m.end():m.end() + 1].isalpha() \
                and not initial_before_name(t, text, m.end()):         # "K. Tokayev" (english_initials.py)
            out.append(Token(s, e - 1, t[:-1]))        # a word ("Jin-ho.") then the sentence's full stop
            out.append(Token(e - 1, e, "."))
            continue
        pm = POSSESSIVE.match(t)
        if pm:
            n = len(pm.group(1))
            out.append(Token(s, s + n, t[:n]))
            out.append(Token(s + n, e, t[n:]))
            continue
        out.append(Token(s, e, t))
    return split_glued(out)


def split_sentences(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Sentences end at . ! ? (with any closing quote after them) before a capital or a quote,
    and before a dash or bullet that opens a line: the items of a list ("signed:\n- a contract
    ...;\n- a memorandum ...;") are sentences of their own, each with its mark."""
    sents, cur = [], []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if cur and t.text in BULLETS and "\n" in text[cur[-1].end:t.start]:
            sents.append(cur)
            cur = []
        cur.append(t)
        if t.text in ENDS:
            j = i + 1
            while j < len(tokens) and tokens[j].text in CLOSERS and tokens[j].start == tokens[j - 1].end:
                cur.append(tokens[j])
                j += 1
            nxt = tokens[j] if j < len(tokens) else None
            if nxt is None or nxt.text[:1].isupper() or nxt.text in OPENERS:
                sents.append(cur)
                cur = []
            i = j
            continue
        i += 1
    if cur:
        sents.append(cur)
    return [part for sent in sents for part in pieces(text, sent)]     # nlp/english_lines.py


def tag(sent: list[Token]) -> None:
    """POS, lemma and a few features, from word lists and the shape of each word."""
    closed = _closed()
    for k, t in enumerate(sent):
        w = t.text
        low = w.lower()
        t.lemma = lemma(w) if any(c.isalpha() for c in w) else low
        if not any(c.isalnum() for c in w):
            t.pos = "PUNCT"
        elif w[:1].isdigit():
            t.pos = "NUM"
        elif len(w) > 1 and w.isupper() and w.isalpha() or "." in w[:-1] and w[:1].isupper():
            t.pos = "PROPN"            # UK, US, U.S.: never the pronoun "us"
        elif low in closed and (k == 0 or not w[:1].isupper() or low == "i"
                                or not any(c.isalpha() for c in sent[k - 1].text)
                                and sent[k - 1].text not in (",", "-", "–")):
            t.pos = closed[low]
        elif w[:1].isupper():
            t.pos = "PROPN"
        elif t.lemma != low and (low.endswith("ed") or low in _irregular()):
            t.pos = "VERB"
            t.feats["Tense"] = "Past"
        elif low.endswith("ed") and len(low) > 4:
            t.pos = "VERB"
            t.feats["Tense"] = "Past"
        elif low.endswith("ing") and len(low) > 4:
            t.pos = "VERB"
            t.feats["VerbForm"] = "Ger"
        elif low.endswith("ly") and len(low) > 4:
            t.pos = "ADV"
        else:
            t.pos = "NOUN"
        if t.pos == "VERB" and k > 0 and sent[k - 1].pos in ("DET", "ADP") and sent[k - 1].text.lower() != "to":
            # "the opening of", "during the meeting": a noun; "on enhanced partnership": an adjective
            t.pos = "NOUN" if t.feats.get("VerbForm") == "Ger" else "ADJ"
            t.feats.pop("Tense", None)
            t.feats.pop("VerbForm", None)
        if t.pos == "NOUN" and _after_modal(sent, k):
            t.pos = "VERB"             # "will hold", "plans to sign", "did not meet"
            t.feats["VerbForm"] = "Inf"
        if t.pos in ("NOUN", "PROPN") and low.endswith("s") and t.lemma != low:
            t.feats["Number"] = "Plur"
        if low in _irregular() and t.pos == "VERB":
            t.feats["Tense"] = "Past"


MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "to", "did", "does",
          "do", "'ll"}


def _after_modal(sent: list[Token], k: int) -> bool:
    j = k - 1
    while j >= 0 and sent[j].pos == "ADV" or j >= 0 and sent[j].text.lower() in ("not", "n't", "also", "jointly"):
        j -= 1
    return j >= 0 and sent[j].text.lower() in MODALS and not (sent[j].text.lower() == "to" and j > 0
                                                              and sent[j - 1].pos == "NOUN")


def blocks(text: str) -> list[tuple[int, int]]:
    from .russian import blocks as _blocks      # the same paragraph and headline rule
    return _blocks(text)


class EnglishNLP:
    """Segment English text by rule, then tag, lemmatise and parse it with kelisim's trained
    English model (models/en_ud, nlp/english_model.py); with `ner`, add the spans of its name
    recogniser (models/en_ner) to `doc.spans` as source "ner".

    Tokens and sentences stay the rule tokenizer's, which the English extractors and the
    gazetteer are written against ("Nur-Sultan" one token, "U.S." one token). Head and relation
    come from the model; a word the English lexicons know keeps their lemma, any other word
    gets the model's. Part of speech and features: `tags="model"` puts the model's UD ones in
    `pos`/`feats`; `tags="rule"` (the default for now) keeps the word-list tagger's there,
    because the English extractors were tuned on them ("leading" a NOUN before "German
    businesses", where the model says VERB). Both are always on the token: the model's as
    `upos`/`ufeats`, the word-list tagger's as `rule_pos`/`rule_feats`.
    `model=False`, or a package without the model, gives the word-list tagger alone. `ner` is
    off by default: the English entity stage builds its spans by rule and does not read the
    recogniser's yet, and running it costs about half as much again as the parse.
    """

    name = "en_nlp"
    requires = ("lang",)
    assigns = ("sents", "tokens", "lemmas", "morph", "syntax", "ner")
    langs = ("en",)

    def __init__(self, model: bool | None = None, ner: bool = False, tags: str = "rule"):
        from .english_model import available, has_ner
        if tags not in ("rule", "model"):
            raise ValueError(f"EnglishNLP(tags={tags!r}): give 'rule' or 'model'")
        self.model = available() if model is None else model
        self.ner = ner and self.model and has_ner()
        self.tags = tags

    def __call__(self, doc: Doc) -> Doc:
        return self.pipe([doc])[0]

    def pipe(self, docs: list[Doc]) -> list[Doc]:
        for doc in docs:
            doc.sents = []
            for a, b in blocks(doc.text):
                for toks in split_sentences(doc.text, tokenize(doc.text[a:b], a)):
                    if not toks:
                        continue
                    tag(toks)
                    for t in toks:
                        t.rule_pos, t.rule_feats = t.pos, dict(t.feats)
                        t.upos, t.ufeats = t.pos, t.feats
                    s, e = toks[0].start, toks[-1].end
                    doc.sents.append(Sent(s, e, doc.text[s:e], toks))
        if self.model:
            self._annotate(docs)
        return docs

    def _annotate(self, docs: list[Doc]) -> None:
        from .english_model import annotate
        sents = [(doc, s) for doc in docs for s in doc.sents]
        rule_lemmas = [[t.lemma for t in s.tokens] for _, s in sents]
        spans = annotate([s.tokens for _, s in sents], [doc.text for doc, _ in sents], ner=self.ner)
        for (doc, sent), found, lemmas in zip(sents, spans, rule_lemmas):
            doc.spans.extend(found)
            for t, rule in zip(sent.tokens, lemmas):
                if rule != t.text.lower() or rule in vocabulary():
                    # a word of the lexicons: its lexicon lemma, which the extractors match on
                    # ("memorandums" -> "memorandum" whatever the model says)
                    t.lemma = rule
                t.upos, t.ufeats = t.pos, t.feats
                if self.tags == "rule":
                    t.pos, t.feats = t.rule_pos, dict(t.rule_feats)
