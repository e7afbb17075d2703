"""Projects a signed document sets up: who builds when a firm signs with banks or public bodies,
and the project named right after the document's partner ("signed a loan agreement with Y for
the construction of X") or in the next sentence ("The document envisages the construction of X")."""
from __future__ import annotations

import re

from ...doc import Doc, Entity, Event, Sent, Token
from ...nlp.match import fold
from ..context import mentions_in
from ..projects import project_words
from .project_links import company
from .project_spans import stage_at


def lender(doc: Doc, owner: str | None) -> bool:
    """Is the owner a bank or a finance house ("UK Export Finance"; lang/en/project_words.tsv
    "lender"), a lender of money, not a builder?"""
    e = doc.entity(owner) if owner else None
    return e is not None and bool(set(fold(e.name).split()) & project_words("en", "lender"))


def paid_by(doc: Doc, sent: Sent, end: int) -> str | None:
    """"a solar plant financed by a loan from the X Bank": the body that pays, right after the
    project's phrase, stands in as its owner only when the sentence names no one who builds it
    (en/project_owners.owner_and_place tries it last). It is no guess for a builder told elsewhere
    to replace: such a sentence is as often about another project of the article."""
    toks = sent.tokens
    k = end + 1 if end < len(toks) and toks[end].text == "," else end
    if not (k + 1 < len(toks) and fold(toks[k].text) in project_words("en", "paid") and fold(toks[k + 1].text) == "by"):
        return None
    stop = next((t.start for t in toks[k + 2:] if t.text in (",", ";")), sent.end)
    hits = mentions_in(doc, toks[k + 1].end, stop, ("ORG",))
    return hits[0][1].id if hits and not hits[0][1].group else None


def paid_participle(toks: list[Token], k: int, b: int) -> bool:
    """"a pumped storage plant, financed by a grant from X": a participle of paying after the
    project's noun (lang/en/project_words.tsv "paid", no "was" or "has" before it) tells who pays,
    not that the works are done; the project is announced unless another word says more."""
    return k >= b and fold(toks[k].text) in project_words("en", "paid") and not (
        k > 0 and (toks[k - 1].pos == "AUX" or fold(toks[k - 1].text) in ("been", "be", "being")))


def lender_to_borrower(doc: Doc, owner: str | None, link: Event) -> str | None:
    """A project in the title of a document one firm signs with banks or public bodies ("The Bank
    and X LLP signed a loan agreement for the construction of a wind farm", "the Ministry and the
    company X signed a memorandum on building a plant"): the firm builds, unless a firm already does."""
    def bank(e: Entity | None) -> bool:
        return e is not None and "bank" in fold(e.name).split()
    e = doc.entity(owner) if owner else None
    if e is not None and company(e) and not bank(e):
        return owner
    sides = [p for p in (doc.entity(i) for i in link.attrs["parties"]) if p is not None]
    firms = [p for p in sides if company(p) and not bank(p)]
    if not firms and any(bank(p) for p in sides):
        firms = [p for p in sides if not bank(p)]     # a bank's loan to a government: the borrower builds
    # several firms sign ("X and Y signed a construction contract for a plant"): the first named leads
    return firms[0].id if len(firms) == 1 or firms and not owner else owner


# ("a memorandum to develop a dry port": the verb of building right after "to" is the project's own)
# (a partner's legal form may end in a dot: "with China's Jiangxi Copper Co. to build")
# ("... with Y to develop, build and operate a wind farm": verbs listed before the one of the act;
# "an agreement to set up a joint company to build X": the company's purpose is the document's)
SIGNED_WITH_FOR = re.compile(r"\s*((with|worth)\s(?:(?!(?<!Co)(?<!Corp)(?<!Inc)(?<!Ltd)\.\s)[^,;]){1,80}?\s(for|on|to)"
                             r"|to\s+(finance|fund|support)|to(?:\s+(?:set\s+up|establish|create|form)\s+an?\s+(?:[\w-]+\s+){0,2}"
                             r"(?:company|venture|enterprise)\s+to)?)\s+(?:[a-z]+(?:,|\s+and)\s+){0,3}(the\s+)?")


PURPOSE = re.compile(r"\s*(to\s+(finance|fund|support)|for)\s")


def purpose_sectors(doc: Doc, sent: Sent, end: int) -> list[str]:
    """"a loan agreement to finance the reconstruction of a road": the fields of the purpose told
    right after a document's title (ending at `end`), up to the clause's end."""
    from ..sectors import sectors_of
    m = PURPOSE.match(doc.text, end)
    if m is None:
        return []
    stop = doc.text.find(",", m.end(), sent.end)
    return sectors_of(doc, m.end(), sent.end if stop < 0 else stop)


def signed_for(doc: Doc, link: Event, at: int) -> bool:
    """"X signed a loan agreement with Y for the construction of a plant", "a loan agreement worth
    $50 million for ...", "... a loan agreement to
    finance the reconstruction of a road": the project after the document's partner or purpose is
    the document's subject, as if in its title."""
    tb = (link.attrs.get("title_span") or (0, 0))[1]
    return 0 < tb <= at and bool(SIGNED_WITH_FOR.fullmatch(doc.text[tb:at]))


def document_provides(doc: Doc, sent: Sent, trig: int, agreements: list[Event]) -> Event | None:
    """"The document envisages the construction of X", "The agreement provides for building X",
    "According to the document, X will build ...": the project of the document signed last before,
    which the sentence names back."""
    toks = sent.tokens
    if toks and fold(toks[0].text) == "under" and len(toks) > 2 and fold(toks[1].text) in ("a", "an", "the"):
        # "Under a loan agreement signed by X and Y, the Fund will finance a plant": the document sets it up
        under = [v for v in agreements if v.modality == "asserted" and sent.start <= v.evidence[0].start < sent.end
                 and v.attrs.get("title_span") and v.attrs["title_span"][0] <= toks[min(4, len(toks) - 1)].start]
        if under:
            return under[0]
    # ("The loan also finances a technical assistance program": the verb may be the act's own, an adverb before it)
    verb = next((k for k in range(trig, max(-1, trig - 4), -1)
                 if fold(toks[k].text) in project_words("en", "provides")), None)
    if verb is None:
        # "The document provides for A, B and the creation of X": the list after the sentence's verb
        verb = next((k for k in range(1, min(4, trig)) if fold(toks[k].text) in project_words("en", "provides")), None)
        if verb is not None and any(t.pos in ("VERB", "AUX", "SCONJ") and t.feats.get("VerbForm") != "Ger"
                                    or t.text == ";" for t in toks[verb + 1:trig]):
            verb = None       # "..., while Estonia plans the creation of X": another clause
    if verb is not None and verb > 2 and fold(toks[verb - 1].text) in ("also", "further"):
        verb -= 1
    while verb is not None and verb > 2 and toks[verb - 1].pos == "AUX":
        verb -= 1         # "The grant will be used to build": the document, then its verb group
    before = [v for v in agreements if v.modality == "asserted" and v.evidence[0].start < sent.start]
    last = max(before, key=lambda v: v.evidence[0].start) if before else None
    if verb == 1 and fold(toks[0].text) == "it" and last is not None and not doc.text[last.evidence[-1].end:sent.start].strip():
        return last       # "X and Y signed a loan agreement for ... It provides for the construction of": the document
    if (verb is None or verb < 2 or fold(toks[verb - 1].text) not in project_words("en", "document_word")
            or fold(toks[verb - 2].text) not in ("the", "this", "that")) and not _cites(toks):
        return None
    return last


def _cites(toks: list) -> bool:
    """Does the sentence open by citing the document ("According to the memorandum,", "Under the
    agreement,": lang/en/project_words.tsv "under")?"""
    words = [fold(t.text) for t in toks[:5]]
    for u in project_words("en", "under"):
        n = len(u.split())
        if words[:n] == u.split() and len(words) > n + 1 and words[n] in ("the", "this", "that") \
                and words[n + 1] in project_words("en", "document_word"):
            return True
    return False


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}


def done_years_ago(doc: Doc, toks: list, trig: int, v: Event) -> bool:
    """"The plant, which was commissioned in 2019, produces ...": a project finished in a year
    before the article's is background, not news; so is one a sentence opening "In 2023," tells
    as agreed or planned then."""
    year = int(doc.date[:4]) if doc.date and doc.date[:4].isdigit() else None
    if year is None:
        return False

    def dated(k: int, before: int) -> bool:
        n = k + 2 if k + 2 < len(toks) and fold(toks[k + 1].text) in MONTHS else k + 1    # "in October 2023"
        return fold(toks[k].text) == "in" and bool(re.fullmatch(r"(19|20)\d\d", toks[n].text)) \
            and int(toks[n].text) <= year - before
    # "In 2023, X and Y agreed to build a plant": a plan of years before the news (two or more, as
    # a meeting of last year is still news) is background too
    # ("completed an expansion of its Aktogay mine in 2023": the year may close the project's name, in its clause)
    clause = next((k for k in range(trig + 1, len(toks)) if toks[k].text in (",", ";")), len(toks))
    return v.attrs["stage"] == "completed" and any(dated(k, 1) for k in range(trig + 1, min(len(toks) - 1, trig + 8, clause))) \
        or v.attrs["stage"] in ("agreed", "announced") and any(dated(k, 2) for k in range(0, min(trig, 3))) \
        or _which_done(toks, clause, dated)


def _which_done(toks: list, clause: int, dated) -> bool:
    """"the support in building the hospital in Bishkek, which was opened in 2023": a clause set off
    after the project's phrase that tells it finished in a year before the news (a passive verb of
    finishing, lang/en/project_stages.tsv) makes it background, whatever the verb before it says."""
    if not (clause + 3 < len(toks) and toks[clause].text == "," and fold(toks[clause + 1].text) in ("which", "that")
            and fold(toks[clause + 2].text) in ("was", "were")):
        return False
    verb = clause + 3
    m = stage_at(toks, verb)
    done = m is not None and (m.value == "completed" or m.value == "tense" and fold(toks[verb].text).endswith("ed"))
    return done and any(dated(k, 1) for k in range(verb + 1, min(len(toks) - 1, verb + 4)))


AGREED_REACH = 6


def agreed_before(toks: list, trig: int) -> bool:
    """"agreed to open", "a memorandum on opening", "signed an agreement on Monday to build": a word
    of agreeing (lang/en/project_words.tsv "agreed") before the act, within its clause (no comma,
    no other verb between), a time phrase allowed."""
    agreed = project_words("en", "agreed")
    for k in range(trig - 1, max(-1, trig - 1 - AGREED_REACH), -1):
        t = toks[k]
        if fold(t.text) in agreed or t.lemma in agreed:
            return True
        if t.text in (",", ";", ".", ":") or t.pos in ("VERB", "AUX") and k < trig - 1:
            return False
    return False


def talks_concluded(toks: list, trig: int) -> bool:
    """"Negotiations on the construction of a plant have been completed": talks on the act
    (lang/en/project_words.tsv "talks") that the sentence says were concluded ("concluded") agree it."""
    talks = project_words("en", "talks")
    if not any(fold(toks[k].text) in talks for k in range(max(0, trig - 3), trig)):
        return False
    return any(fold(t.text) in project_words("en", "concluded") for t in toks[trig + 1:])


def signed_before_news(doc, sent, trig: int, stage: str) -> bool:
    """"In 2024 the sides signed an agreement on the construction of X", "In 2024 they signed a
    memorandum, under which the bank has financed three plants": a project agreed in a signing
    that the article dates before its news (agreement_sides.recalled), or done under it, is
    background."""
    from .agreement_sides import recalled
    from .agreements import _is_signing
    signings = [k for k, t in enumerate(sent.tokens) if _is_signing(t)]
    before = [k for k in signings if k < trig]
    under = bool(before) and any(fold(t.text) == "which" for t in sent.tokens[before[-1]:trig])
    return bool(before) and (stage == "agreed" or under) and recalled(sent, before[-1], doc.date, signings)


SUM_WORDS = {"$", "€", "£", "us$", "million", "billion", "mln", "bln", "about", "around", "some", "nearly", "over", "up"}


def invested_sum(toks: list, k: int) -> int | None:
    """"Gazprom will invest about $500 million to upgrade stations", "will spend $2 billion on
    building": the verb of investing (lang/en/project_words.tsv "invest") before a sum and "to",
    "in", "on" right before the act at token k; its subject builds."""
    if k < 3 or fold(toks[k - 1].text) not in ("to", "in", "into", "on"):
        return None
    j = k - 2
    while j > 0 and (toks[j].pos == "NUM" or fold(toks[j].text) in SUM_WORDS):
        j -= 1
    return j if j < k - 2 and toks[j].lemma in project_words("en", "invest") else None
