"""The Kazakh reader of the meeting stage (meetings.py): talks, receptions, calls and visits.

"Тоқаев Ердоғанмен кездесті" (met), "келіссөздер жүргізді" (held talks), "телефон арқылы
сөйлесті" (spoke by phone), "Х-ты қабылдады" (received a person) are meetings; "кездесу өтті"
(a meeting took place) is one when the noun is held, not when it refers back ("кездесу
барысында"), unless it names its partner: "Ердоғанмен кездесуі барысында" (during his meeting
with Erdogan) tells of a meeting with the one in the instrumental. "Астанаға ресми сапармен
келеді" is a visit, planned by its ending. The
participants are the persons the sentence names (or the states, when it names none), the
place is the one in the locative ("Анкарада"), or for a visit the destination ("Астанаға").
"""
from __future__ import annotations

from ...doc import Doc, Entity, Event, Sent
from ...lang import words
from ...nlp.kazakh import analyses, stem_keys
from ..context import in_headline, mentions_in, protagonist
from ..meeting_envoys import one_per_envoy
from ..meeting_place import sentence_place
from ..meetings import MeetingReader, enough_sides, meeting, meeting_words, mode, retold, sitting, their_bodies
from .attendance import attendees
from .credentials import credentials_handed, only_envoys
from .delegation_refs import received_delegation
from .context import case_of, delegation_heads, mentions_before, sentence_modality, unnamed_envoys
from .frames import frame_at, named
from .history import recalled
from ...nlp.frames import frames_in
from .lexicon import matcher
from .verbs import Verb, find_verbs, speech_verb, verb_at


def _members(doc: Doc, sent: Sent, f) -> list[Entity]:
    """"Сеулде қазақстандық парламентшілерді ... Төрағасы X қабылдады": received, a group of
    persons (lang/kk/actor_groups.txt: deputies, parliamentarians) is received as a person is."""
    groups = words("kk", "actor_groups.txt")
    return [e for a in (f.role("kk", "patient") if f is not None else []) for _, e in named(doc, sent, [a], ("ORG",))
            if stem_keys(sent.tokens[a.head].text) & groups]


def _held_verb(sent: Sent, v: Verb) -> Verb | None:
    """The verb that holds a meeting noun ("кездесу өтті", "кездесу өткізеді"): its ending is the tense."""
    if v.tense != "noun":
        return None
    toks = sent.tokens
    return next((h for k in range(v.end, min(len(toks), v.end + 4))
                 if (h := verb_at(toks, k, "meeting_context.tsv")) and h.value and h.value[0] == "held"
                 and h.tense != "noun"), None)


def _a_round_of(sent: Sent, v: Verb) -> bool:
    """"консультациялардың кезекті раунды өтті": a meeting noun in the genitive whose round
    (meeting_context.tsv: round) follows is the meeting held."""
    toks = sent.tokens
    return toks[v.end - 1].feats.get("Case") == "Gen" and any(
        m.value[0] == "round" and m.start <= v.end + 1 for m in matcher("meeting_context.tsv").finditer(toks[v.end:v.end + 3]))


def _states_to_leaders(doc: Doc, v: Event) -> None:
    """"Қазақстан мен Қырғызстан президенттерінің кездесуі": states that meet are the persons
    the article names for them, the head of state first; unchanged unless each state has one."""
    ents = {e.id: e for e in doc.entities}
    parts = [ents[p] for p in v.attrs["participants"]]
    if len(parts) < 2 or any(e.type != "GPE" or not e.country for e in parts):
        return
    leaders = []
    for state in parts:
        people = [e for e in doc.entities if e.type == "PER" and not e.group and e.country == state.country]
        heads = [e for e in people if any(r.title in meeting_words("kk", "head_title") for r in e.roles)]
        pick = heads if len(heads) == 1 else people
        if len(pick) != 1:
            return
        leaders.append(pick[0].id)
    v.attrs["participants"] = leaders


def _initiator(doc: Doc, sent: Sent, v: Verb) -> Entity | None:
    """"Әлиевтің бастамасымен (өткен) телефон арқылы сөйлесу барысында": the person in the genitive
    before "бастамасымен" a few words before the meeting noun, whose initiative the call was. A
    call only: "Тоқаевтың бастамасымен өткен саммит" names who proposed the summit, no partner."""
    toks = sent.tokens
    if mode(doc, sent, v.value[1]) not in ("phone", "video"):
        return None
    for k in range(v.start - 1, max(0, v.start - 4), -1):
        if toks[k].text.lower() in meeting_words("kk", "initiative"):
            e = doc.entity_at(toks[k - 1].start, toks[k - 1].end)
            return e if e is not None and e.type == "PER" and toks[k - 1].feats.get("Case") == "Gen" else None
    return None


def _visits_into_talks(events: list[Event]) -> list[Event]:
    """"Тоқаев Францияға сапармен барды. Сапар аясында ол Макронмен кездесті": a visit told with
    its visitor alone is the meeting the article tells with the host, and gives it its place."""
    out = []
    for v in events:
        ps = v.attrs["participants"]
        talks = [o for o in events if o is not v and len(ps) == 1 and ps[0] in o.attrs["participants"]
                 and len(o.attrs["participants"]) > 1 and o.modality == v.modality]
        if not talks:
            out.append(v)
            continue
        if len(talks) == 1 and not talks[0].attrs["location"]:
            talks[0].attrs["location"] = v.attrs["location"]
    return out


def _met_bodies(doc: Doc, sent: Sent) -> set[int]:
    """"Alstom компаниясымен", "компаниясының басшылығымен / өкілдерімен кездесті": where the
    mentions of the bodies met start: the partners of the sentence's frames, and the owners (in
    the genitive) of a partner that is their leadership or delegation (meeting_context.tsv: envoys)."""
    out, toks = set(), sent.tokens
    envoys = {m.start for m in matcher("meeting_context.tsv").finditer(toks) if m.value[0] == "envoys"}
    for f in frames_in(doc, sent):
        for a in f.role("kk", "partner"):
            out |= {m.start for m, _ in named(doc, sent, [a])}
            if a.head > 0 and a.head in envoys:
                # the owner in the genitive before it, or named in the phrase with none: "Малайзия
                # Парламенті делегациясымен"
                owner = [b for b in f.args if b.case == "Gen" and b.tokens[-1] == a.tokens[0] - 1]
                out |= {m.start for m, _ in named(doc, sent, owner)}
                out |= {m.start for m, _ in mentions_in(doc, a.start, a.end) if m.end == toks[a.head - 1].end}
    return out


class KazakhTalks(MeetingReader):
    def sentence(self, doc: Doc, sent: Sent, n: int) -> list[Event]:
        v = self._sentence(doc, sent)
        return self._per_counterpart(doc, sent, v) if v is not None else []

    def settled(self, doc: Doc, events: list[Event]) -> list[Event]:
        for v in events:
            _states_to_leaders(doc, v)
        attendees(doc, events)      # "Кездесуге X қатысты": one more at the table
        return events

    def placed(self, doc: Doc, events: list[Event]) -> list[Event]:
        return super().placed(doc, _visits_into_talks(events))

    def _sentence(self, doc: Doc, sent: Sent) -> Event | None:
        toks = sent.tokens
        if any(m.value[0] == "sport" for m in matcher("meeting_context.tsv").finditer(toks)):
            return None       # "Қазақстан құрамасы Македониямен кездесті": a game
        for v in find_verbs(toks, "meetings.tsv"):
            kind, how, code = v.value
            if v.tense in ("noun", "progressive"):     # "кездесуде" is "at the meeting"
                v = Verb(v.start, v.end, "noun", v.value)
                if not self._noun_counts(sent, v):
                    partner = self._partner(doc, sent, v)
                    if partner is None:
                        continue
                    return self._with_partner(doc, sent, v, partner, how, code)
            elif recalled(doc, sent, v):
                doc.meta.setdefault("recalled", set()).add(sent.start)
                continue      # "бұрын кездескен болатын": a meeting the news recalls, nor its place
            elif kind == "host" and not self._receives_person(doc, sent, v):
                continue
            elif kind == "discuss" and not self._discussed_together(doc, sent, v):
                continue      # "Тоқаев баяндаманы талқылады": a matter, no partner
            return self._event(doc, sent, v, kind, how, code)
        for m in matcher("meetings.tsv").finditer(toks):
            kind, how, code = m.value
            v = Verb(m.start, m.end, "noun", m.value)
            if kind == "noun" and self._noun_counts(sent, v):
                return self._event(doc, sent, v, kind, how, code)
        if (v := credentials_handed(sent)) is not None and (ev := self._event(doc, sent, v, "verb", "in_person", "host")):
            # "X Ақордада ... сенім грамоталарын қабылдады. Сенім грамоталарын ...": the place told before
            prev = next((s for s in reversed(doc.sents) if s.end <= sent.start), None)
            ev.attrs["location"] = ev.attrs["location"] or (prev and sentence_place(doc, prev, []))
            return ev
        return None

    @staticmethod
    def _per_counterpart(doc: Doc, sent: Sent, v: Event) -> list[Event]:
        """"Тоқаев Путинмен және Мирзиёевпен сөйлесті": one meeting with each counterpart, those
        the sentence names in the instrumental, each with the rest of the participants."""
        if any(m.value[0] == "credentials" for m in matcher("meeting_context.tsv").finditer(sent.tokens)):
            return one_per_envoy(doc, v)      # "Президентке A, B және C сенім грамоталарын тапсырды"
        ids = v.attrs["participants"]
        # each in its own instrumental ("Путинмен және Мирзиёевпен"); with the ending on the last
        # alone ("Мирзиёев және Әлиевпен үшжақты кездесу") the group met at one table
        withs = [e.id for f in frames_in(doc, sent) for m, e in named(doc, sent, f.role("kk", "partner"), ("PER",))
                 if e.id in ids and case_of(sent, m) == "Ins"]
        withs = list(dict.fromkeys(withs))
        rest = [p for p in ids if p not in withs]
        if len(withs) < 2 or not rest:
            return [v]
        return [retold(v, rest + [w]) for w in withs]

    @staticmethod
    def _noun_counts(sent: Sent, v: Verb) -> bool:
        """A meeting noun is an event when held ("кездесу өтті") or planned ("кездесуі
        жоспарланып отыр"), not when it only refers back to one ("кездесу барысында",
        "саммитінде": a noun in an oblique case)."""
        if sent.tokens[v.end - 1].feats.get("Case", "Nom") not in ("Nom", "Acc") and not _a_round_of(sent, v):
            return False
        if any(m.value[0] == "back" for m in matcher("meeting_context.tsv").finditer(sent.tokens[v.end:v.end + 2])):
            return False
        return _held_verb(sent, v) is not None or sentence_modality(sent, v) in ("planned", "possible")

    @staticmethod
    def _partner(doc: Doc, sent: Sent, v: Verb) -> Entity | None:
        """The partner a meeting noun names right before it (its frame's partner: the instrumental)."""
        f = frame_at(doc, sent, v.end - 1)
        args = [a for a in f.role("kk", "partner") if a.end == sent.tokens[v.start - 1].end] if f and v.start else []
        return next((e for _, e in named(doc, sent, args, ("PER", "GPE", "ORG"))), None) or _initiator(doc, sent, v)

    def _with_partner(self, doc: Doc, sent: Sent, v: Verb, partner: Entity, how: str, code: str) -> Event | None:
        """"X-пен кездесуі барысында": the other side is the sentence's subject, else the person
        the text was last about (the speaker of "Бұл туралы ... кездесу барысында айтылды")."""
        f = frame_at(doc, sent, v.end - 1)
        host = next((e for g in frames_in(doc, sent) for _, e in named(doc, sent, g.role("kk", "agent"), ("PER",))
                     if e is not partner), None) or \
            next((e for _, e in named(doc, sent, f.role("kk", "holder"), ("PER",)) if e is not partner), None)
        if host is None:
            host = next((e for _, e in reversed(mentions_before(doc, sent.start)) if e is not partner), None)
        if host is None:
            return None
        mod = sentence_modality(sent, v)
        # after "кездесуі барысында" a verb of speech tells what was said there, places included
        said = any(speech_verb(sent.tokens, i) for i in range(v.end, len(sent.tokens)))
        location = sentence_place(doc, sent, [partner], until=sent.tokens[v.end - 1].end if said else None)
        return meeting(doc, sent, [host, partner], location, mod, mode(doc, sent, how), code)

    @staticmethod
    def _discussed_together(doc: Doc, sent: Sent, v: Verb) -> bool:
        """"X Y-пен талқылады", "X пен Y талқылады": a matter talked over with a person (the
        frame's partner), or by two persons joined as its subjects."""
        f = frame_at(doc, sent, v.end - 1)
        return f is not None and (bool(named(doc, sent, f.role("kk", "partner"), ("PER",)))
                                  or len(named(doc, sent, f.role("kk", "agent"), ("PER",))) > 1)

    @staticmethod
    def _receives_person(doc: Doc, sent: Sent, v: Verb) -> bool:
        """"қабылдады" receives a person (the frame's patient) or an envoy's credentials (their
        holder: "Шмидттің сенім грамоталарын қабылдады"), not a law or a decision."""
        f = frame_at(doc, sent, v.end - 1)
        if f is not None and (named(doc, sent, f.role("kk", "patient"), ("PER",)) or _members(doc, sent, f) or any(
                m.value[0] == "credentials" for m in matcher("meeting_context.tsv").finditer(sent.tokens[:v.start]))
                and named(doc, sent, f.role("kk", "holder"), ("PER",))):
            return True
        for g in frames_in(doc, sent):
            # "Y бастаған делегацияны қабылдады": received with its leader
            # the led noun may take an adjective first ("Y бастаған қытай делегациясын")
            if g.lemma in meeting_words("kk", "leading") and g.pred + 1 < v.start \
                    and any(sent.tokens[k].feats.get("Case") == "Acc" for k in range(g.pred + 1, min(v.start, g.pred + 4))) \
                    and any(m.end == sent.tokens[g.pred - 1].end for m, _ in named(doc, sent, g.role("kk", "agent"), ("PER",))):
                return True
        # "Жапония елшісін қабылдады"; "... басқарған делегация келді. Делегацияны ... қабылдады"
        return bool(unnamed_envoys(doc, sent)) or received_delegation(doc, sent, v.start) is not None

    def _event(self, doc: Doc, sent: Sent, v: Verb, kind: str, how: str, code: str) -> Event | None:
        participants = self._participants(doc, sent)
        if kind == "host" and (leader := received_delegation(doc, sent, v.start)) and leader not in participants:
            participants.append(leader)
        if kind == "host":
            participants += [e for e in _members(doc, sent, frame_at(doc, sent, v.end - 1)) if e not in participants]
        if kind == "noun" and not any(e.type == "PER" for e in participants):
            participants = delegation_heads(doc, sent) or participants    # "... отырысы өтті. X-ті A басқарды"
        hero = protagonist(doc)
        people = [e for e in participants if e.type == "PER"]
        # "Ердоғанмен кездесті" with no subject, nor one after "деп жазды": the article's hero
        subject_named = any(named(doc, sent, f.role("kk", "agent"), ("PER",)) for f in frames_in(doc, sent))
        if hero is not None and hero not in participants and not in_headline(doc, sent.start) \
                and (len(people) == 1 and kind != "visit" and not subject_named or only_envoys(doc, sent, people)):
            participants.insert(0, hero)
        mod = sentence_modality(sent, _held_verb(sent, v) or v)
        if all(e.group for e in participants):      # "министрлер" is a group actor, or no one
            participants = self._office_holders(doc, sent, v) or participants
        if not enough_sides(doc.lang, participants, kind == "visit"):
            return None
        return meeting(doc, sent, participants, sentence_place(doc, sent, participants, kind == "visit"), mod,
                       mode(doc, sent, how), code)

    @staticmethod
    def _office_holders(doc: Doc, sent: Sent, v: Verb) -> list[Entity]:
        """"Рәсімнен кейін министрлер екіжақты кездесу өткізді": an office in the plural, a subject
        before the meeting word, is the persons the article names with it, if two or more."""
        toks = sent.tokens
        words = [toks[a.head] for f in frames_in(doc, sent) for a in f.role("kk", "agent")
                 if a.end <= toks[v.start].start and any("Plur" in x.slots for x in analyses(toks[a.head].text))]
        heads = frozenset().union(*(stem_keys(t.text) for t in words)) if words else frozenset()
        if not heads:
            return []
        people = [e for e in doc.entities if e.type == "PER" and not e.group and any(
            r.title and stem_keys(r.title.split()[-1]) & heads for r in e.roles)]
        return people if len(people) >= 2 else []

    @staticmethod
    def _participants(doc: Doc, sent: Sent) -> list[Entity]:
        ms = mentions_in(doc, sent.start, sent.end)
        bodies = their_bodies(ms)
        met = _met_bodies(doc, sent)
        out = sitting(ms, bodies, lambda m: m.start in met)
        out.extend(e for e in unnamed_envoys(doc, sent) if e not in out)
        if not out:
            # "Түркия Сыртқы істер министрі Астанаға келеді": the state stands for its official
            for m, e in ms:
                if e.type in ("GPE", "ORG") and e.id not in bodies and e not in out \
                        and case_of(sent, m) in ("Nom", "Ins"):
                    out.append(e)
        return out
