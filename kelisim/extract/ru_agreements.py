"""The Russian reader of agreements (agreements.py runs it).

A document noun (lang/ru/agreements.tsv) in a sentence that signs or adopts (lang/ru/signing.tsv)
is one agreement; a list after "подписаны:" gives one each. Parties come from "между X и Y", from
a pair of states in the title ("Казахстан – Великобритания"), or from who signs. A document the
article only refers back to ("в рамках соглашения", lang/ru/refers_back.txt) is not signed here.
"""
from __future__ import annotations

from ..doc import Doc, Entity, Event, Sent, Span, Token
from ..lang import words
from ..nlp.match import fold, word_keys
from .agreement_docs import among_them, own_heads, document_subject, inner_dot, listed_heads, planned_documents, recalled, referred_signed, title_ends
from .agreement_signers import (co_chairs_sign, firm_told_before, firms_over_subject, generic_signers, headed_places,
                                named_before, passive_agents)
from .agreement_sides import body_of_kind, for_bodies, meeting_sides, named_between, settle_parties, side_words
from .news_credits import drop_credited
from .ru_body_sides import body_sides
from .agreements import LIST_MARKS, Reader, agreement, documents, is_signing, sectors_told, signings
from .context import ancestors, unique, children, mentions_in, modality, subject_entities
from .quantities import find_deadlines, find_money
from .sectors import ORDER, sector_matcher, sectors_of

END_MARKS = {";", ".", ":"}


def _refs(kind: str) -> frozenset[str]:
    """The words of lang/ru/document_words.tsv of one kind: it, object, relative."""
    return words("ru", "document_words.tsv", kind)


def _nominative(toks: list[Token]) -> str:
    from .roles import nominative_title
    return (text := nominative_title(toks))[:1].upper() + text[1:]


def _is_item(sent: Sent) -> bool:
    """A line of a list: "– Соглашение о ...;", "• Меморандум ...", "1) Протокол ..."."""
    first = sent.tokens[0].text if sent.tokens else ""
    return first in LIST_MARKS or first.isdigit() and len(sent.tokens) > 1 and sent.tokens[1].text in (")", ".")


class RussianSigning(Reader):
    """The Russian reader of the agreement stage (agreements.py)."""

    def __init__(self) -> None:
        self.intro: tuple[Sent, list[int]] | None = None     # "подписаны следующие документы:" before a list
        self._several = False

    def signed(self, doc: Doc, sent: Sent, found: list[Event]) -> list[Event]:
        toks = sent.tokens
        sign_at = signings("ru", toks)
        if self.intro is not None and not sign_at and (_is_item(sent) or among_them(doc.lang, sent)):
            # "– Соглашение о ...;" on a line of its own, "Среди них – соглашение ..., меморандум
            # ...": signed as the sentence before says
            self._several = True
            ms = own_heads(sent, list(documents(doc.lang).finditer(toks if among_them(doc.lang, sent) else toks[:4])))
            return [self._agreement(doc, sent, m.start, m.end, ms[n + 1].start if n + 1 < len(ms) else len(toks),
                                    m.value, [], self.intro) for n, m in enumerate(ms)]
        self.intro = (sent, sign_at) if sign_at and (sent.text.rstrip().endswith(":") or not any(
            documents(doc.lang).finditer(toks))) else None
        if not sign_at or recalled(doc, sent, sign_at):
            return []
        matches = planned_documents(doc.lang, toks, list(documents(doc.lang).finditer(toks)))
        matches = listed_heads(toks, own_heads(sent, matches))
        self._several = len(matches) > 1
        back = words(doc.lang, "refers_back.txt")
        out: list[Event] = []
        for n, m in enumerate(matches):
            if any(k >= 0 and word_keys(toks[k].text) & back for k in (m.start - 1, m.start - 2)) \
                    or referred_signed(doc, sent, m.start, m.end, sign_at):
                continue
            stop = matches[n + 1].start if n + 1 < len(matches) else len(toks)
            ev = self._agreement(doc, sent, m.start, m.end, stop, m.value, sign_at)
            if not self._tally(doc, sent, m.start, ev):
                out.extend(self._each_topic(doc, sent, m.start, ev))
        return out

    def settle(self, doc: Doc, found: list[Event]) -> None:
        drop_credited(doc, found)     # "Лента.ру: ... подписали", "сообщает РБК": no party
        settle_parties(doc, found)
        for v in found:
            if not v.attrs["deadline"] and v.modality == "asserted":
                # "Документ предусматривает подготовку ТЭО до конца 2028 года": the term it sets
                v.attrs["deadline"] = next((d[0].value for nxt in self._next_about(doc, v)
                                            if (d := find_deadlines(nxt.text, doc.lang))), None)
            if not v.attrs["sectors"]:
                # a document that names no field is political cooperation (projects.py may still
                # find the field in a project its title names)
                v.attrs["sectors"] = self._described_next(doc, v)
                if not v.attrs["sectors"]:
                    v.attrs["sectors"], v.attrs["sectors_default"] = ["diplomacy_general"], True

    def _agreement(self, doc: Doc, sent: Sent, a: int, b: int, stop: int, doc_type: str,
                   sign_at: list[int], intro: tuple[Sent, list[int]] | None = None) -> Event:
        toks = sent.tokens
        while a > 0 and toks[a - 1].pos == "ADJ" and toks[a - 1].case == toks[a].case:
            a -= 1            # "совместное коммюнике", "инвестиционное соглашение"
        end = b
        while end < stop and (toks[end].text not in END_MARKS or inner_dot(doc, toks[end])) and not (
                toks[end].pos in ("VERB", "AUX") and toks[end].feats.get("VerbForm") != "Part") \
                and end not in sign_at and not title_ends(toks, end):      # "Соглашение подписано в ..."
            end += 1
        title_toks = toks[a:end]
        while title_toks and (title_toks[-1].pos in ("PUNCT", "CCONJ") or title_toks[-1].text in ("и", ",")):
            title_toks = title_toks[:-1]
        title_span = Span(title_toks[0].start, title_toks[-1].end, doc.text[title_toks[0].start:title_toks[-1].end])
        # the signing word the document depends on ("Соглашение, подписание которого планировалось,
        # так и не было подписано" is not signed), else the nearest one
        if intro is not None:
            # a list item: the sentence that introduces the list signs it
            said, sign_at = intro
            signer = sign_at[-1]
        else:
            said = sent
            governing = [i for i in sign_at if toks[a].head == i]
            signer = governing[0] if governing else min(sign_at, key=lambda i: abs(i - a))
        mod = modality(doc, said, signer)
        if mod == "asserted" and said.tokens[signer].pos == "NOUN" and any(
                word_keys(said.tokens[k].text) & words(doc.lang, "before_signing.txt") for k in ancestors(said, signer, 3)):
            mod = "planned"   # "ведет переговоры о заключении договора": not signed yet
        parties = self._parties(doc, said, title_toks, signer)
        deadlines = find_deadlines(title_span.text, doc.lang)
        if not deadlines and not self._several:
            deadlines = find_deadlines(sent.text, doc.lang)   # one document: the sentence's deadline is its own
        money = find_money(sent.text, doc.lang)
        sectors = self._sectors(doc, sent, title_toks, parties)
        return agreement(doc, sent, mod, doc_type, _nominative(title_toks), parties, sectors, title_span,
                         deadlines, money)

    def _parties(self, doc: Doc, sent: Sent, title: list[Token], signer: int) -> list[Entity]:
        toks = sent.tokens
        start, end = title[0].start, title[-1].end
        named = named_between(doc, title)
        if named and not (signers := firms_over_subject(doc, sent, title, signer, named)):
            return named
        if named:
            return signers
        # "Между акиматом X и компанией Y заключено соглашение", "По итогам встречи между
        # правительством Казахстана и компанией подписано соглашение": the sides before the title
        opening = next((k for k, t in enumerate(toks) if fold(t.text) in side_words("ru", "between")
                        and t.end <= start), None)
        ents = self._sides_after(doc, toks, opening, start) if opening is not None else []
        if len(ents) >= 2:
            return ents
        # who signs; a passive's subject is the document itself, and what its title names
        # ("меморандум об открытии филиала X") does not sign
        said = passive_agents(doc, sent, signer) if document_subject(doc, sent, signer) else subject_entities(doc, sent, signer)
        said = unique(firm_told_before(doc, sent, signer) + said)   # "Компания и банк X подписали"
        subj = [e for e in unique(unique(named_before(doc, sent, signer) + said) + body_sides(doc, sent, signer))
                if not any(start <= m.start and m.end <= end for m in e.mentions)]
        sides = meeting_sides(doc, sent.start, at=toks[signer].start)
        # "соглашение с компанией X": X, and the side that signs with it
        partner = self._partner(doc, title)
        if partner is not None:
            home = [e for e in (subj or sides) if e is not partner and e.country != partner.country]
            return unique(home[:1] + [partner])
        if subj and not (sides and all(e.group for e in subj)):
            return unique(for_bodies(doc, subj))
        if sides and co_chairs_sign(doc, sent, signer):
            return meeting_sides(doc, sent.start, False, toks[signer].start)
        if sides and generic_signers(sent, signer):
            # "главы регионов подписали": the places the heads' titles name
            return headed_places(doc, meeting_sides(doc, sent.start, False, toks[signer].start)) or sides           # "министры подписали", "стороны подписали": the sides of the talks
        # "казахстанско-британский" in the title
        from .gazetteer import gazetteer
        gaz = gazetteer(doc.lang)
        codes = [c for t in title for c in gaz.cues_in(t.text)]
        found = [e for e in doc.entities if e.type == "GPE" and e.country in codes]
        found = unique(found)     # one state of the talks named in the title: the talks' sides sign
        return sides if len(found) == 1 and found[0] in sides else found or sides or subj or self._signed_next(doc, sent)

    def _sectors(self, doc: Doc, sent: Sent, title: list[Token], parties: list[Entity]) -> list[str]:
        """What the document is about: its title without the names of who signs it
        ("между Министерством инвестиций ... и компанией X о строительстве ветровой
        электростанции" is about energy); then the whole title; then, for the one document of
        a sentence, the sentence; a document that names no field is political cooperation."""
        names = [(m.start, m.end) for e in parties if e.type == "ORG" for m in e.mentions]
        bare = [t for t in title if not any(a <= t.start < b for a, b in names)]
        found = {m.value for m in sector_matcher(doc.lang).finditer(bare)}
        own = [x for x in ORDER if x in found]
        return own or sectors_told(doc, sent, title[0].start, title[-1].end, not self._several)

    @staticmethod
    def _tally(doc: Doc, sent: Sent, head: int, ev: Event) -> bool:
        """"подписаны соглашения на общую сумму $26 млрд": documents in the plural (or after a number) whose
        title tells no subject ("о ..."), sides ("между ..."), quoted name, person or field, and no list after
        a colon, are a tally of a forum's deals, no document an analyst could cite."""
        toks = sent.tokens
        if toks[head].feats.get("Number") != "Plur" and not any(toks[c].rel.startswith("nummod") for c in children(sent, head)):
            return False
        a, b = ev.attrs["title_span"]
        if any(t.text == ":" for t in toks[head + 1:] if b <= t.start < b + 3):
            return False      # "подписали три соглашения: о ..., о ...": the list after tells them
        rest = [t for t in toks[head + 1:] if a <= t.start < b]
        opening = side_words("ru", "subject") | side_words("ru", "between")
        return not any(fold(t.text) in opening or t.text in "«\"“" for t in rest) and not mentions_in(doc, a, b) \
            and not list(sector_matcher(doc.lang).finditer(rest))     # "соглашений в сфере энергетики"

    def _each_topic(self, doc: Doc, sent: Sent, head: int, ev: Event) -> list[Event]:
        """"подписаны соглашения о создании компании, о транзите грузов, о развитии сельского
        хозяйства": documents in the plural with several "о" are one document for each."""
        toks = sent.tokens
        a, b = ev.attrs["title_span"]
        abouts = [k for k, t in enumerate(toks)
                  if a <= t.start < b and k > head and fold(t.text) in side_words("ru", "subject")]
        if toks[head].feats.get("Number") != "Plur" or len(abouts) < 2:
            return [ev]
        parties = [e for p in ev.attrs["parties"] if (e := doc.entity(p)) is not None]
        out = []
        for n, k in enumerate(abouts):
            sub = [t for t in toks[k:abouts[n + 1] if n + 1 < len(abouts) else len(toks)] if t.end <= b]
            while sub and sub[-1].pos in ("PUNCT", "CCONJ"):
                sub = sub[:-1]
            attrs = dict(ev.attrs, title=_nominative(toks[head:head + 1]) + " " + " ".join(t.text for t in sub),
                         title_span=[sub[0].start, sub[-1].end], sectors=self._sectors(doc, sent, sub, parties))
            out.append(Event(id="", type="agreement", evidence=list(ev.evidence), modality=ev.modality,
                             codes=dict(ev.codes), attrs=attrs))
        return out

    @staticmethod
    def _next_about(doc: Doc, v: Event) -> list[Sent]:
        """The sentences right after the signing, in its paragraph, that open on the document."""
        out = []
        for ev in v.evidence:
            nxt = next((s for s in doc.sents if s.start >= ev.end), None)
            if nxt is None or "\n" in doc.text[ev.end:nxt.start]:
                continue      # the next paragraph is about something else
            if word_keys(nxt.tokens[0].text) & _refs("it") or documents(doc.lang).match_at(nxt.tokens, 0):
                out.append(nxt)
        return out

    @classmethod
    def _described_next(cls, doc: Doc, v: Event) -> list[str]:
        """"Соглашение охватывает совместные работы в области горнодобывающей отрасли ...":
        the sentence after the signing that tells what the document covers."""
        return next((found for nxt in cls._next_about(doc, v) if (found := sectors_of(doc, nxt.start, nxt.end))), [])

    @staticmethod
    def _partner(doc: Doc, title: list[Token]) -> Entity | None:
        """"соглашение с компанией AD Ports Group", "меморандум со Всемирным банком": the counterpart
        named right after "с" (a generic word like "компанией" may stand before the name)."""
        for k, t in enumerate(title[:4]):
            if fold(t.text) not in side_words(doc.lang, "with"):
                continue
            for x in title[k + 1:k + 4]:
                e = doc.entity_at(x.start, x.end)
                if e is not None and e.type in ("ORG", "PER", "GPE"):
                    return e
                if x.pos not in ("NOUN", "ADJ"):
                    break
        return None

    @staticmethod
    def _sides_after(doc: Doc, toks: list[Token], k: int, start: int) -> list[Entity]:
        """The sides "между" names, up to the title or the verb: the organisations, states and
        persons named, and one named only by its kind ("компанией": the firm named before)."""
        end = next((n for n in range(k + 1, len(toks)) if toks[n].start >= start or toks[n].pos in ("VERB", "AUX")
                    or toks[n].pos == "PUNCT" and toks[n].text not in "«»\"“”-"
                    or fold(toks[n].text) in side_words("ru", "subject")), len(toks))
        if end < len(toks) and toks[end].start < start and toks[end].pos not in ("VERB", "AUX"):
            return []         # the sides run up to the title or its verb, not into another title's subject
        stop = toks[end].start if end < len(toks) else toks[-1].end
        found = mentions_in(doc, toks[k].end, stop, ("ORG", "GPE", "LOC", "PER"))
        for n in range(k + 1, end):
            t, nxt = toks[n], toks[n + 1]
            if t.pos == "NOUN" and doc.entity_at(t.start, t.end) is None and not (nxt.text in "«\"“" or nxt.text[:1].isupper()):
                e = body_of_kind(doc, t, t.start)     # not "компанией «X»": its own name follows
                found += [(Span(t.start, t.end, t.text), e)] if e is not None else []
        return unique([e for _, e in sorted(found, key=lambda x: x[0].start)])

    @staticmethod
    def _signed_next(doc: Doc, sent: Sent) -> list[Entity]:
        """"Подписан меморандум ... Документ подписали X и Y": the signers are named next."""
        nxt = next((s for s in doc.sents if s.start >= sent.end), None)
        if nxt is None or "\n\n" in doc.text[sent.end:nxt.start]:
            return []
        toks = nxt.tokens
        for i, t in enumerate(toks):
            if t.pos == "VERB" and is_signing("ru", t) and any(
                    toks[c].rel == "obj" and (word_keys(toks[c].text) & (_refs("it") | _refs("object"))
                                              or documents(doc.lang).match_at(toks, c))
                    for c in range(len(toks)) if toks[c].head == i):
                return unique([e for e in subject_entities(doc, nxt, i) if e.type in ("PER", "ORG")])
        return []
