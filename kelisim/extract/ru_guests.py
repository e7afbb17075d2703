"""The guest of a reception in Russian news: "Президент принял X, прибывшего с визитом. Гость
передал главе государства приветствия": "гость" (lang/ru/guests.tsv) is the person received (the
object of a host verb of lang/ru/meetings.tsv, "принял") or the one who came ("прибывший",
"посетил"), the last named before it; a state adjective ("японский гость") must fit him."""
from __future__ import annotations

from ..doc import Doc, Entity, Token
from ..lang import words
from ..nlp.match import word_keys
from .context import mentions_in, named_mentions, token_index
from .coref import refer
from .gazetteer import gazetteer

_UP = ("appos", "flat", "flat:name", "flat:foreign", "nmod")


def _cues(kind: str) -> frozenset[str]:
    """The host verbs of meetings.tsv ("принял"), or the words of guests.tsv of one kind."""
    return words("ru", "meetings.tsv" if kind == "host" else "guests.tsv", kind)


def _is_guest(sent: list[Token], i: int) -> bool:
    """Is the name at sent[i] the one received or the one who came?"""
    seen = set()
    while i not in seen and 0 <= i < len(sent):
        seen.add(i)
        t = sent[i]
        if any(x.rel == "acl" and x.head == i and word_keys(x.text) & _cues("arrival") for x in sent):
            return True       # "X, прибывшего в Ашхабад"
        head = sent[t.head] if 0 <= t.head < len(sent) else None
        if head is not None and t.rel == "obj" and word_keys(head.text) & _cues("host"):
            return True       # "принял президента корпорации X"
        if head is not None and t.rel == "nsubj" and word_keys(head.text) & _cues("arrival"):
            return True       # "X прибыл в Астану"
        if t.rel not in _UP:
            return False
        i = t.head
    return False


def _guests_before(doc: Doc, at: int) -> list[Entity]:
    """The guests named before `at`, the last named first."""
    found = []
    for m, e, sent in named_mentions(doc, "PER"):
        if m.start >= at or m.source in ("pronoun", "description"):
            continue
        i = token_index(sent.tokens, m.start)
        if i is not None and _is_guest(sent.tokens, i):
            found.append((m.start, e))
    return [e for _, e in sorted(found, key=lambda x: -x[0])]


def _subject(sent: list[Token], i: int) -> bool:
    """Is the name at sent[i] (or the title it stands in apposition to) the clause's subject?"""
    seen = set()
    while i not in seen and 0 <= i < len(sent):
        seen.add(i)
        if sent[i].rel.startswith("nsubj"):
            return True
        if sent[i].rel not in _UP:
            return False
        i = sent[i].head
    return False


def _abroad_before(doc: Doc, at: int) -> list[Entity]:
    """"X во время встречи с Y в Ашхабаде заявила ... Высокая гостья подчеркнула": with no one
    said to be received or to have come, the guest is the one named in a sentence that places
    the event in a city of another state than his own, as its subject (one such person only)."""
    found = []
    for e in doc.entities:
        if e.type != "PER" or e.group or not e.country:
            continue
        for m in e.mentions:
            sent = doc.sent_at(m.start)
            if m.start >= at or m.source in ("pronoun", "description") or sent is None:
                continue
            places = {p.country for p in doc.entities if p.type == "LOC" and p.country
                      for pm in p.mentions if sent.start <= pm.start < sent.end}
            i = next((k for k, t in enumerate(sent.tokens) if t.start >= m.start), None)
            if places and e.country not in places and e not in found and i is not None and _subject(sent.tokens, i):
                found.append(e)
    return found if len(found) == 1 else []


def link_guests(doc: Doc) -> None:
    """"Гость передал", "по словам высокого гостя": a mention of the guest named before."""
    gaz = gazetteer(doc.lang)
    for sent in doc.sents:
        toks = sent.tokens
        for k, t in enumerate(toks):
            if t.pos != "NOUN" or not word_keys(t.text) & _cues("description") or t.feats.get("Number") == "Plur":
                continue
            before = doc.text[max(0, t.start - 12):t.start].lower().split()
            if not (t.rel.startswith("nsubj") or before[-2:] == ["по", "словам"]):
                continue      # "принял гостя": not a mention that says anything
            a = k
            while a > 0 and toks[a - 1].pos == "ADJ" and toks[a - 1].head == k:
                a -= 1        # "высокий гость", "японский гость"
            states = {c for x in toks[a:k] for c in gaz.cues_in(x.text)}
            guest = next((p for p in _guests_before(doc, t.start) or _abroad_before(doc, t.start)
                          if not states or p.country in states), None)
            if guest is not None:
                refer(doc, guest, toks[a].start, t.end)


def delegation_led_before(doc: Doc, sent, out: list[Entity]) -> list[Entity]:
    """"... визита делегации Мажилиса во главе с X. Делегацию накануне принял Y": a delegation
    named bare (no state, body or firm of its own in the sentence) as the one received is the one
    named before, and its head sits at the table (delegation_leader)."""
    toks = sent.tokens
    if sum(e.type == "PER" for e in out) != 1:
        return []
    bare = [i for i, t in enumerate(toks) if "делегация" in word_keys(t.text) and t.rel in ("obj", "nsubj:pass")
            and not any(x.head == i and x.rel in ("nmod", "amod", "appos") for x in toks)]
    if not bare:
        return []
    led = delegation_leader(doc, sent.start)
    return [led] if led is not None and led not in out else []


def delegation_leader(doc: Doc, before: int) -> Entity | None:
    """The last person told as a delegation's head before `before`: named after "во главе с"
    ("делегация во главе с X"), or just before "во главе" a delegation ("X во главе парламентской
    делегации находится с визитом")."""
    led = None
    for m, e, s in named_mentions(doc, "PER"):
        if m.start >= before or m.source in ("pronoun", "description"):
            continue
        i = token_index(s.tokens, m.start)
        if i is None:
            continue
        ahead = [t.text.lower() for t in s.tokens[max(0, i - 6):i]]
        if any(ahead[k:k + 3] == ["во", "главе", "с"] for k in range(len(ahead))):
            led = e
            continue
        j = i + 1
        while j < len(s.tokens) and s.tokens[j].start < m.end:
            j += 1            # past the rest of the name
        after = s.tokens[j:j + 5]
        if [t.text.lower() for t in after[:2]] == ["во", "главе"] and any(
                "делегация" in word_keys(t.text) for t in after[2:]):
            led = e
    return led


def took_part_first(doc: Doc, sent) -> list[Entity]:
    """"По итогам встречи министры приняли заявление. Во встрече, которую открыл X, приняли участие
    Y, Z и W": a list of those who took part in talks the article has not told as held before (only
    referred back to) is that meeting, with all the persons it names at its table (and the one who
    opened it). The reader asks this only before any meeting is found."""
    toks = sent.tokens
    if not any(word_keys(t.text) & words(doc.lang, "participation.txt") for t in toks if t.pos in ("VERB", "NOUN")):
        return []
    people: list[Entity] = []
    for _, e in mentions_in(doc, sent.start, sent.end, ("PER",)):
        if e not in people:
            people.append(e)
    return people if len(people) >= 2 else []
