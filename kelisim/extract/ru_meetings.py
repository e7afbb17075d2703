"""The Russian reader of the meeting stage (meetings.py): the triggers of a sentence and whether a
noun is held ("состоялась встреча") or refers back ("по итогам встречи"); the meeting just told
that the next sentence tells again ("Заседание провели X и Y") or whose participants it lists
("Делегацию Казахстана возглавил X"); a visit with no talks told. The place is read by the shared
rules (meeting_place.py for a sentence, meeting_setting.py for the article).
"""
from __future__ import annotations

from ..doc import Doc, Entity, Event, Sent
from ..lang import words
from ..nlp.match import fold, word_keys
from ..nlp.tree import head_of
from .collective import collective_in
from .meeting_envoys import credentials, summons
from .meeting_frames import counterparts, discussion, partner_meeting, visit_meeting
from .office_holders import office_counterpart, office_received
from .meeting_sides import (about_talks, bracketed_place, delegation_heads, finer_place, guest_elided, headline_actor,
                            heads_delegations, housed, in_credit, public_counterpart, talks_with_person,
                            titled_person_after, toured, unnamed_subject_state)
from .meeting_merge import absorb
from .ru_guests import delegation_led_before, delegation_leader, took_part_first
from .news_credits import credited
from .history import told_as_history
from .meeting_since import since_when
from .meeting_place import sentence_place
from .meetings import (MeetingReader, context_matcher, context_words, enough_sides, framed, meeting, meeting_words,
                       mode, retold, sitting, their_bodies, triggers)
from .context import (body_sents, children, subtree, in_headline, is_locative, mentions_in, modality, protagonist,
                      subject_entities)

def _is_held(doc: Doc, sent: Sent, i: int, end: int | None = None) -> bool:
    held = context_words(doc.lang)["held"]
    toks = sent.tokens
    t = toks[head_of(sent, i, end or i + 1)]
    back = context_matcher(doc.lang, "back")
    if i > 0 and (back.match_at(toks, i - 1) or (i > 1 and back.match_at(toks, i - 2)
                                                  and back.match_at(toks, i - 2).end == i)):
        return talks_with_person(doc, sent, toks.index(t))
    if 0 <= t.head < len(toks) and word_keys(toks[t.head].text) & meeting_words(doc.lang, "series"):
        t = toks[t.head]      # "состоялся очередной раунд консультаций": the round is held
    if 0 <= t.head < len(toks) and word_keys(toks[t.head].text) & held:
        return not _for_taking_part(doc, sent, t.head, toks.index(t))
    return any(word_keys(toks[c].text) & held for c in children(sent, toks.index(t)))


def _for_taking_part(doc: Doc, sent: Sent, k: int, noun: int) -> bool:
    """Taking part that holds no session of its own: as a purpose ("для участия в саммите",
    meeting_context.tsv: purpose), still ahead; or in the bare talks just told ("в переговорах
    участвовали X и Y"), whose table it names (meeting_sides.heads_delegations)."""
    toks = sent.tokens
    if not word_keys(toks[k].text) & words(doc.lang, "participation.txt"):
        return False
    return any(fold(toks[c].text) in context_words(doc.lang)["purpose"] for c in children(sent, k)) \
        or not any(toks[c].rel in ("nmod", "amod", "acl", "acl:relcl", "nummod") for c in children(sent, noun))


def _a_thing(t) -> bool:
    """"принял участие в поминовении X", "не принял решения о членстве в жюри": what "принял"
    takes is a thing, not a guest, when its object is an inanimate noun other than a delegation."""
    return t.pos == "NOUN" and t.feats.get("Animacy") == "Inan" \
        and not word_keys(t.text) & meeting_words("ru", "delegation")


def _a_contest(sent: Sent, verb: int) -> bool:
    """"встретится с X в финале", "встретились на ринге", "снова встретятся на одной сцене": rivals
    or performers meet in a match or a show (meeting_words.tsv `contest`), not at a table."""
    return any(sent.tokens[c].rel in ("obl", "nmod") and word_keys(sent.tokens[c].text) & meeting_words("ru", "contest")
               for c in children(sent, verb))


def _tellers(doc: Doc, sent: Sent, verb: int) -> list[Entity]:
    """"X отметил, что компания Y ведет переговоры": who tells of talks held by a subject of their
    own is not at the table."""
    toks = sent.tokens
    out: list[Entity] = []
    k = verb
    while 0 <= k < len(toks) and toks[k].rel == "ccomp" and any(
            toks[c].rel.startswith("nsubj") for c in children(sent, k)):
        k = toks[k].head
        out += subject_entities(doc, sent, k)
    return out


def _both_sides(subjects: list[Entity], participants: list[Entity]) -> bool:
    """"Иран ведёт переговоры с Россией": a state or body as the subject and another side met name
    the table in full; the person the article is about is not added to it."""
    return any(e.type in ("GPE", "ORG") for e in subjects) and len(participants) >= 2 \
        and any(e not in subjects for e in participants)


def _chaired(doc: Doc, sent: Sent, before: Event, ev: Event) -> bool:
    """Does the sentence name the co-chairs (lang/ru/co_chairs.txt) of the meeting just told,
    which had no person at its table but those it names now?"""
    people = {p for p in before.attrs["participants"] if (e := doc.entity(p)) is not None and e.type == "PER"}
    return people <= set(ev.attrs["participants"]) and any(
        word_keys(t.text) & words("ru", "co_chairs.txt") for t in sent.tokens)


class RussianTalks(MeetingReader):
    def __init__(self):
        self._offices: dict = {}
        self._prev_noun = False
        self._prev: tuple[Event, str, int] | None = None      # the last meeting, its trigger, its sentence
        self._took: tuple[int, list[str]] | None = None       # a sentence of who took part, no talks of its own

    def sentence(self, doc: Doc, sent: Sent, n: int) -> list[Event]:
        self._trigger = ("", False)
        ev = self._sentence(doc, sent, self._prev_noun)
        self._prev_noun = any(m.value[0] == "noun" for m in triggers(doc.lang).finditer(sent.tokens))
        prev = self._prev
        took, self._took = self._took, None
        if ev is None:
            if prev is None and heads_delegations(sent, doc.lang) and (people := took_part_first(doc, sent)):
                i = next(k for k, t in enumerate(sent.tokens) if word_keys(t.text) & words(doc.lang, "participation.txt"))
                if not told_as_history(doc, sent, i):
                    ev = meeting(doc, sent, people, sentence_place(doc, sent, people), modality(doc, sent, i),
                                 mode(doc, sent, "in_person"), "in_person")
                    self._prev = (ev, "", n)
                    return [ev]
            if heads_delegations(sent, doc.lang):
                # "X принял участие в заседании комиссии. Заседание прошло под председательством ..."
                self._took = (n, [e.id for _, e in mentions_in(doc, sent.start, sent.end, ("PER",))])
            # "Состоялась встреча министров ... Делегацию Казахстана возглавил X, Узбекистана – Y"
            if prev is not None and prev[2] == n - 1 and (heads_delegations(sent, doc.lang)
                                                          or about_talks(doc, sent)):
                for _, e in mentions_in(doc, sent.start, sent.end, ("PER",)):
                    if e.id not in prev[0].attrs["participants"]:
                        prev[0].attrs["participants"].append(e.id)
                self._prev = (prev[0], prev[1], n)
            return []
        key, bare = self._trigger
        if bare and took is not None and took[0] == n - 1:
            ev.attrs["participants"] += [p for p in took[1] if p not in ev.attrs["participants"]]
        if prev is not None and prev[2] == n - 1 and ev.modality == prev[0].modality and (bare and prev[1] == key or (
                _chaired(doc, sent, prev[0], ev))):
            # "Состоялось заседание комиссии. Заседание провели X и Y": the one just told; so is
            # "Сопредседатели комиссии — X и Y — провели переговоры" with no one else at the table before
            seated = list(prev[0].attrs["participants"])
            absorb(prev[0], ev, doc)
            chairs = words("ru", "co_chairs.txt") | words("ru", "chaired_by.txt")
            if any(word_keys(t.text) & chairs for t in sent.tokens):
                # "X принял участие в заседании комиссии. Заседание прошло под председательством Y и
                # Z": the chairs join the one who took part
                prev[0].attrs["participants"] += [p for p in seated if p not in prev[0].attrs["participants"]]
            self._prev = (prev[0], prev[1], n)    # a list of who took part may follow it too
            return []
        self._prev = (ev, key, n)
        # "поговорил с X и Y": one conversation with each
        sides = counterparts(doc, sent, ev.attrs["participants"])
        ev.attrs["participants"] = sides[0]
        return [ev] + [retold(ev, side) for side in sides[1:]]

    def visits(self, doc: Doc, found: list[Event]) -> list[Event]:
        """A visit under way or over, when no talks of the visitor are told: the visitor met
        the host state."""
        met = {p for v in found if v.modality == "asserted" for p in v.attrs["participants"]}
        for sent in body_sents(doc):
            hit = visit_meeting(doc, sent)
            if hit is None or hit[0][0].id in met or modality(doc, sent, hit[1]) != "asserted" \
                    or told_as_history(doc, sent, hit[1]):
                continue      # "В мае 2024 года в ходе визита X было подписано ...": a visit of years ago
            # the dateline city in the host state says where more exactly than the state
            return [meeting(doc, sent, hit[0], finer_place(doc, hit[2]), "asserted", "in_person", "visit")]
        return []

    def _sentence(self, doc: Doc, sent: Sent, prev_noun: bool) -> Event | None:
        toks = sent.tokens
        held = context_words(doc.lang)["held"]
        for m in triggers(doc.lang).finditer(toks):
            kind, how, code = m.value
            i = m.start
            if kind == "noun" and not _is_held(doc, sent, i, m.end):
                continue
            if kind == "noun":
                i = head_of(sent, m.start, m.end)
                if any(fold(toks[c].text) in meeting_words("ru", "against") for c in children(sent, i)):
                    continue      # "протест против визита X": the visit opposed, not told
                if any(word_keys(toks[c].text) & meeting_words("ru", "hearing") for c in children(sent, i)):
                    continue      # "судебное заседание", "заседание по делу X": a hearing, not talks
                bare = m.end - m.start == 1 and not any(
                    toks[c].rel in ("nmod", "amod", "nummod") for c in children(sent, i))
                self._trigger = (fold(toks[i].lemma or toks[i].text), bare)
            if kind in ("verb", "host") and toks[i].pos != "VERB":
                continue
            if since_when(sent, toks[i].head if kind == "noun" else i):
                continue      # "переговоры, которые стороны ведут с 2023 года": a process, not a meeting
            if kind == "host" and not (any(
                    doc.entity_at(toks[k].start, toks[k].end) is not None
                    and doc.entity_at(toks[k].start, toks[k].end).type == "PER"
                    or word_keys(toks[k].text) & meeting_words("ru", "delegation")       # "принял делегацию банка"
                    for c in children(sent, i) if toks[c].rel == "obj" and not _a_thing(toks[c])
                    for k in subtree(sent, c))
                    or titled_person_after(doc, sent, i) or guest_elided(doc, sent, i)
                    # "принял посла Японии": an envoy named by office is received as a person is
                    or office_received(doc, sent, i, self._offices)):
                continue      # "принял" a person, not a document or a decision
            return self._event(doc, sent, i, kind, how, code)
        if prev_noun:
            # "Провели его X и Y": a held-verb whose object points back at the meeting just named;
            # "Переговоры длились шесть часов. В них участвовали X, Y и Z": those who took part in
            # talks no sentence before held (talks told already are theirs: the branch above)
            back = meeting_words("ru", "pronoun_object") | (meeting_words("ru", "referring") if self._prev is None
                                                             else frozenset())
            for i, t in enumerate(toks):
                if word_keys(t.text) & held and t.pos == "VERB" and (any(
                        fold(toks[c].text) in back for c in children(sent, i)
                        if not toks[c].rel.startswith("nsubj"))
                        or i + 1 < len(toks) and fold(toks[i + 1].text) in meeting_words("ru", "pronoun_object")):
                    return self._event(doc, sent, i, "verb", "in_person", "in_person")
        return self._from_frames(doc, sent)

    def _from_frames(self, doc: Doc, sent: Sent) -> Event | None:
        """A meeting no trigger holds: a meeting noun naming a new partner, a summons, a discussion."""
        if in_headline(doc, sent.start):
            return None
        found = partner_meeting(doc, sent) or summons(doc, sent, self._offices) or discussion(doc, sent) \
            or credentials(doc, sent, self._offices)
        if found is None:
            return None
        people, i = found
        verb = sent.tokens[i].head if sent.tokens[i].head >= 0 else i
        if told_as_history(doc, sent, verb) or since_when(sent, verb):
            return None       # "переговоры с X находятся на ранней стадии": a process
        mod = modality(doc, sent, i)
        return meeting(doc, sent, people, sentence_place(doc, sent, people), mod, mode(doc, sent, "in_person"),
                       "in_person")

    def _event(self, doc: Doc, sent: Sent, i: int, kind: str, how: str, code: str) -> Event | None:
        toks = sent.tokens
        verb = toks[i].head if kind == "noun" and toks[i].head >= 0 else i
        if public_counterpart(doc, sent, (i, verb)) or told_as_history(doc, sent, verb) \
                or kind == "verb" and _a_contest(sent, i):
            return None
        tellers = _tellers(doc, sent, verb)
        participants = [e for e in self._participants(doc, sent, verb) if e not in tellers]
        # for "состоялась встреча с X" the subject is the meeting itself, not a participant
        subjects = subject_entities(doc, sent, verb) if kind in ("verb", "host") else []
        hero = protagonist(doc, before=sent.start) or self._named_next(doc, sent)
        people = [e for e in participants if e.type == "PER"]
        side = unnamed_subject_state(doc, sent, verb)
        if side is not None and not people:
            # "глава казахстанской дипломатии провел встречи с X": someone not named, of that state
            participants.insert(0, side)
        elif hero is not None and hero not in participants + tellers and not in_headline(doc, sent.start) and (
                not people and not _both_sides(subject_entities(doc, sent, verb), participants)
                or (len(participants) < 2 and not subjects)):
            participants.insert(0, hero)
        elif in_headline(doc, sent.start) and len(participants) == 1 and \
                (actor := headline_actor(doc, sent, verb, participants)) is not None:
            participants.insert(0, actor)
        if len([e for e in participants if e.type == "PER"]) < 2:
            # "встретился с новыми послами Словакии, Китая и Евросоюза": the envoys, not the
            # states and unions their title names
            other = office_counterpart(doc, sent, (i, verb), self._offices)
            if other is not None and other not in participants:
                span = other.mentions[-1]
                participants = [e for e in participants if e.type == "PER" or not any(
                    span.start <= m.start < span.end for m in e.mentions)] + [other]
        if not enough_sides(doc.lang, participants):
            return None
        return meeting(doc, sent, participants, sentence_place(doc, sent, participants, code == "visit"),
                       modality(doc, sent, i), mode(doc, sent, how), code)

    @staticmethod
    def _named_next(doc: Doc, sent: Sent) -> Entity | None:
        """A lead that names the meeting in general terms ("прошла встреча министров ...") and
        the minister in the next paragraph: the article's main person is at the table."""
        hero = protagonist(doc)
        if hero is None:
            return None
        paras = [p for p in doc.paragraphs() if p[1] >= sent.start]
        limit = paras[1][1] if len(paras) > 1 else (paras[0][1] if paras else sent.end)
        return hero if hero.first <= limit else None

    @staticmethod
    def _participants(doc: Doc, sent: Sent, trigger: int) -> list[Entity]:
        # "сообщает РБК", "по данным «Коммерсанта»": the outlet is the source, not at the table
        ms = [(m, e) for m, e in mentions_in(doc, sent.start, sent.end)
              if not (e.type == "ORG" and not e.group and credited(doc, sent, m.start, trigger))]
        bodies = their_bodies(ms)
        # "встреча лидеров двух стран": the leaders the article names, not a group of its own
        meant, replaced = collective_in(doc, sent)
        ms = [(m, e) for m, e in ms if e not in replaced and not in_credit(doc, m)    # not "КАЗИНФОРМ –"
              and not (e.type == "ORG" and not e.group and framed(doc, sent, m.start))  # "в рамках заседания Совета"
              and not (e.type == "ORG" and toured(doc, sent, m.start, trigger))]      # "посетила завод"
        out = sitting(ms, bodies, lambda m: not is_locative(sent, m.start) and not housed(doc, sent, m.start), meant)
        if not any(e.type == "PER" for _, e in ms) and not meant and not any(e.group for e in out):
            out.extend(e for m, e in ms if e.type == "GPE" and not is_locative(sent, m.start) and e not in out
                       and not bracketed_place(doc, sent, m.start))
        out = out + delegation_heads(doc, sent, out, delegation_leader(doc, sent.start))
        return out + delegation_led_before(doc, sent, out)
