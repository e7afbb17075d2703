"""What a word before the act tells of it: only a wish ("Italian firms are interested in ... the
modernization of the railways" names a project nobody has announced; it is possible, not
asserted), or work going on ("reviewed the progress of the construction of X": under way)."""
from __future__ import annotations

from ...nlp.match import fold
from ..projects import project_words


def interest_only(toks: list, trig: int) -> bool:
    """The nearest verb or adjective before the act is one of interest (lang/en/project_words.tsv
    "interest"): "are interested in agriculture and the modernization of X"."""
    if invited_to(toks, trig):
        return True
    for k in range(trig - 1, -1, -1):
        if toks[k].pos in ("VERB", "ADJ"):
            return fold(toks[k].text) in project_words("en", "interest")
    return False


def invited_to(toks: list, trig: int) -> bool:
    """"invited Turkish companies to take part in the construction of X", "urged investors to
    join the building of": an infinitive a few words before the act, after a word of inviting
    (lang/en/project_words.tsv "invite"), with no comma between; the work is a wish, not a project."""
    for to in range(trig - 1, max(-1, trig - 6), -1):
        if toks[to].text in (",", ";", ":"):
            return False
        if fold(toks[to].text) == "to":
            return any(fold(toks[n].text) in project_words("en", "invite") for n in range(max(0, to - 6), to)) \
                and not any(toks[n].text in (",", ";", ":") for n in range(max(0, to - 6), to))
    return False


def under_way(toks: list, trig: int) -> bool:
    """"the progress of the construction of X", "progress in the construction": a noun of work's
    progress (lang/en/project_words.tsv "underway") right before the act says it has begun,
    whatever verb of talking governs it ("the sides reviewed")."""
    k = trig - 1
    while k >= 0 and fold(toks[k].text) in ("the", "of", "in", "on", "with"):
        k -= 1
    return 0 <= k < trig - 1 and fold(toks[k].text) in project_words("en", "underway")


def studied_only(toks: list, start: int, trig: int) -> bool:
    """"the feasibility study of the Caspian energy corridor" (a noun of study, lang/en/project_words.tsv
    "study_noun", just before the project's phrase), "set up a group to study the construction of a
    pipeline" (an infinitive of looking into it, "discuss", just before the act): what is studied is
    not yet a decided work."""
    k = start - 1
    while k >= 0 and fold(toks[k].text) in ("the", "a", "an"):
        k -= 1
    if k > 0 and fold(toks[k].text) in ("of", "for", "on", "into") \
            and fold(toks[k - 1].text) in project_words("en", "study_noun"):
        return True
    k = trig - 1
    while k >= 0 and fold(toks[k].text) in ("the", "a", "an"):
        k -= 1
    return k > 0 and fold(toks[k - 1].text) == "to" and fold(toks[k].text) in project_words("en", "discuss")
