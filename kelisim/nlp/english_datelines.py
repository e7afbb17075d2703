"""English datelines: "BISHKEK, June 19 (24.kg) – A cement plant ...". The city in capitals with
its date and agency credit, up to the dash, is split off the lead's first sentence, whose first
word it would otherwise hide from the tagger (a capitalised "A" after a dash reads as a name) and
from the parser (the city becomes the sentence's subject)."""
from __future__ import annotations

from ..doc import Token

DASHES = {"–", "—", "-", "--"}
MAX_DATELINE = 12      # tokens: "BAKU, Azerbaijan, March 5 (Trend) –" is ten


def dateline_apart(sent: list[Token]) -> list[list[Token]]:
    first = sent[0].text if sent else ""
    if not (len(first) > 2 and first.isalpha() and first.isupper()):
        return [sent]
    depth = 0
    for k, t in enumerate(sent[1:MAX_DATELINE + 1], 1):
        depth += (t.text == "(") - (t.text == ")")
        if t.text in DASHES and depth == 0:
            after = sent[k + 1] if k + 1 < len(sent) else None
            if after is not None and after.text[:1].isupper() and after.start > t.end:
                return [sent[:k + 1], sent[k + 1:]]
            return [sent]
        if depth == 0 and t.text[:1].islower():
            return [sent]         # "NATO said on Monday ...": a word in capitals, then a sentence
    return [sent]
