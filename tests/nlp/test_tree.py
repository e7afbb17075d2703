"""Parse walks shared by the extractors of every language (kelisim/nlp/tree.py)."""
import pytest

from kelisim.doc import Sent, Token
from kelisim.nlp.tree import hangs_on, head_of


def _sent(words: str, heads: list[int], rels: list[str]) -> Sent:
    toks, pos = [], 0
    for w, h, r in zip(words.split(), heads, rels):
        toks.append(Token(pos, pos + len(w), w, head=h, rel=r))
        pos += len(w) + 1
    return Sent(0, pos - 1, words, toks)


# "подписали соглашение о строительстве завода и меморандум": 0 verb, 1 doc, 2 adp, 3 noun, 4 noun, 5 cc, 6 conj doc
SIGNED = _sent("подписали соглашение о строительстве завода и меморандум",
               [-1, 0, 3, 1, 3, 6, 1], ["root", "obj", "case", "nmod", "nmod", "cc", "conj"])


@pytest.mark.parametrize("start, end, head", [(1, 2, 1), (3, 5, 3), (1, 5, 1), (2, 4, 3)])
def test_tree_head_of_is_the_word_the_phrase_hangs_on(start, end, head):
    assert head_of(SIGNED, start, end) == head


@pytest.mark.parametrize("i, heads, steps, expected", [
    (4, {1}, 2, True),        # "завода" hangs on "соглашение" through "строительстве"
    (4, {1}, 1, False),       # ... but not within one step
    (6, {1}, 5, False),       # "меморандум" stands beside "соглашение" as a conjunct
    (3, {0, 1}, 3, True),
    (0, {1}, 3, False),       # the root hangs on nothing
])
def test_tree_hangs_on_follows_heads_but_not_conjuncts(i, heads, steps, expected):
    assert hangs_on(SIGNED, i, heads, steps) is expected
