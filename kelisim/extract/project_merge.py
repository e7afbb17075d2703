"""One project told several times in an article as one event at its furthest stage; distinct
projects stay apart."""
from __future__ import annotations

from functools import cache

from ..doc import Doc, Event
from ..lang import lexicon, words
from ..nlp.langid import stopwords
from ..nlp.match import entry_key, fold, word_keys
from .firm_parents import parent_of, parents, related
from .project_phases import same_part
from .sectors import ORDER
from .project_place_match import a_state, holds, narrower_place, places_agree, unknown_part

STAGE_ORDER = ("announced", "agreed", "in_progress", "completed", "cancelled")


def advance(v: Event, stage: str) -> None:
    """A project told again at a further stage is at that stage."""
    if STAGE_ORDER.index(stage) > STAGE_ORDER.index(v.attrs["stage"]):
        v.attrs["stage"] = stage


def absorb(twin: Event, v: Event, fields: tuple[str, ...] = ("owner", "location", "agreement", "value")) -> None:
    """`v` tells `twin` again: the fields it adds, its further stage, its evidence."""
    for k in fields:
        twin.attrs[k] = twin.attrs[k] or v.attrs[k]
    advance(twin, v.attrs["stage"])
    twin.evidence.extend(v.evidence)


def _same_sentence(doc: Doc, a: Event, b: Event) -> bool:
    """Two projects named in one sentence without a word in common are two ("X завершила
    строительство центра, а Y объявила о планах построить станцию"); "a metallurgical plant ...
    the plant" is one."""
    sa, sb = doc.sent_at(a.evidence[0].start), doc.sent_at(b.evidence[0].start)
    if sa is None or sa is not sb:
        return False
    return not set(a.attrs["name"].lower().split()) & set(b.attrs["name"].lower().split())


@cache
def _heads(lang: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(entry_key(w, lang) for w in r[0].split()) for r in lexicon(lang, "projects.tsv"))


def named_words(doc: Doc) -> frozenset[str]:
    """The words of the article's places, bodies and firms as written: a word before a project noun
    that names its place or builder does not tell which project it is."""
    return frozenset(fold(x) for e in doc.entities if e.type != "PER" for s in e.mentions for x in s.text.split())


def _head_and_modifier(lang: str, name: str, named: frozenset[str]) -> tuple[tuple[str, ...] | None, str | None]:
    """The project noun of a name ("power plant") and the word that tells which one it is right
    before it ("nuclear", "цементный"), unless that word is a place's or builder's (`named`), a
    plain one (lang/xx/project_plain.txt), an amount or a function word."""
    head, mod, _ = _parts(lang, name, named)
    return head, mod


def _parts(lang: str, name: str, named: frozenset[str]) -> tuple[tuple[str, ...] | None, str | None, list[str]]:
    """_head_and_modifier, and the words written after the project noun ("по производству кабеля",
    "at the Kashagan field")."""
    ws = [w.strip(".,;:()«»\"'’$") for w in name.split()]
    keys = [entry_key(w, lang) if w else "" for w in ws]
    skip = words(lang, "project_plain.txt") | stopwords().get(lang, frozenset())
    for i in range(len(ws)):
        for n in (3, 2, 1):
            if tuple(keys[i:i + n]) not in _heads(lang):
                continue
            m = ws[i - 1] if i else ""
            if not m or any(c.isdigit() for c in m) or fold(m) in named or fold(m) in skip or keys[i - 1] in skip:
                return tuple(keys[i:i + n]), None, ws[i + n:]
            return tuple(keys[i:i + n]), keys[i - 1], ws[i + n:]
    return None, None, []


@cache
def _sources(lang: str) -> dict[str, str]:
    try:
        return {r[0]: r[1] for r in lexicon(lang, "power_sources.tsv")}
    except FileNotFoundError:
        return {}


def _source(lang: str, name: str) -> str | None:
    """The source of power a plant's name tells (lang/<xx>/power_sources.tsv), if one."""
    found = {src for w in name.split() for k in word_keys(w.strip(".,;:()«»\"'"), lang) if (src := _sources(lang).get(k))}
    return found.pop() if len(found) == 1 else None


def names_agree(lang: str, a: str, b: str, named: frozenset[str]) -> bool:
    """"the cement plant ... the plant" are one project; "a cement plant ... a glass plant" are two
    of one kind: one project noun told with two different words before it, or two plants told by
    what they make before or after their nouns ("кабельный завод", "завод по производству стекла",
    "текстильная фабрика"); a text of no language has no project nouns to compare; `named` is
    named_words of the article."""
    if not lang:
        return True
    sa, sb = _source(lang, a), _source(lang, b)
    if sa and sb and sa != sb:
        return False      # "первая ГЭС каскада" and "солнечная электростанция": two plants
    (ha, ma, ra), (hb, mb, rb) = _parts(lang, a, named), _parts(lang, b, named)
    if not (ha and hb):
        return True
    ma, mb = _told_in_noun(ha, hb, ma), _told_in_noun(hb, ha, mb)
    if ha[-min(len(ha), len(hb)):] == hb[-min(len(ha), len(hb)):]:
        ha = hb = min(ha, hb, key=len)
    if ha == hb and ma and mb and ma != mb:
        # "областная больница" and "областная многопрофильная больница": one word told in both
        return ma in _keys(lang, b) or mb in _keys(lang, a)
    if ha == hb or _kind(lang, ha) == _kind(lang, hb) == "plant" and not (ma and mb):
        # "завод по производству кабеля" and "текстильная фабрика": two plants, told by what they make
        # (two words before two nouns are often one plant's: "fertilizer plant", "ammonia facility")
        ta, tb = _telling(lang, ma, ra), _telling(lang, mb, rb)
        return not (ta and tb and not ta & tb) or ma in _keys(lang, b) or mb in _keys(lang, a)
    return True


def _telling(lang: str, m: str | None, after: list[str]) -> set[str]:
    """What tells which plant a name is: the word before its noun ("кабельный", "copper") or what it
    makes, told after the noun ("по выпуску бесшовных труб"); a state's adjective ("турецкий завод")
    tells who builds it, not which plant."""
    if m and m not in _state_words(lang):
        return {_stem(m)}
    return _made_of(lang, after) if m is None else set()


@cache
def _kind(lang: str, head: tuple[str, ...]) -> str | None:
    return next((r[1] for r in lexicon(lang, "projects.tsv")
                 if tuple(entry_key(w, lang) for w in r[0].split()) == head), None)


@cache
def _state_words(lang: str) -> frozenset[str]:
    from .gazetteer import Gazetteer
    return frozenset(Gazetteer(lang).cues)


def _told_in_noun(h: tuple[str, ...], other: tuple[str, ...], m: str | None) -> str | None:
    """"солнечная электростанция" beside "гидроаккумулирующая электростанция": the word a longer
    project noun has before the other's tells which one it is."""
    if m is None and len(h) > len(other) and h[-len(other):] == other:
        return h[-len(other) - 1]
    return m


def _stem(w: str) -> str:
    """The start of a word that its forms and derivations keep ("кабельный", "кабеля")."""
    return fold(w)[:4]


def _made_of(lang: str, after: list[str]) -> set[str]:
    """What a plant makes, written after its noun: the stems of the words after a plain one ("по
    производству кабеля", "for the production of cement")."""
    skip = words(lang, "project_plain.txt")
    stop = stopwords().get(lang, frozenset())
    keys = [entry_key(w, lang) for w in after if w]
    i = next((i for i, k in enumerate(keys) if k in skip), len(keys))
    return {_stem(x) for x in keys[i + 1:] if x not in stop and x not in skip}


def _keys(lang: str, name: str) -> set[str]:
    return {entry_key(w.strip(".,;:()«»\"'’$"), lang) for w in name.split()}


def _other_noun(lang: str, a: str, b: str, named: frozenset[str]) -> bool:
    """Two project nouns that are not one word told shorter ("дорога" and "подстанция", not
    "дорога" and "автодорога", "ГЭС" and "гидроэлектростанция")."""
    ha, hb = _head_and_modifier(lang, a, named)[0], _head_and_modifier(lang, b, named)[0]
    if not ha or not hb or ha == hb:
        return False
    wa, wb = " ".join(ha), " ".join(hb)
    sa, sb = _source(lang, a.lower()), _source(lang, b.lower())
    return wa.lower() not in wb.lower() and wb.lower() not in wa.lower() and not (sa and sa == sb)


def _line_and_plant(lang: str, a: str, b: str) -> bool:
    """Is one a project along a line (project_words.tsv "linear": a road, a pipeline, a power line)
    and the other a power plant (power_sources.tsv: "ГЭС", "солнечная электростанция")? Two projects,
    whatever else they share; a line and its "станция" may be one ("станция Аягоз" on a railway)."""
    from .projects import project_words
    line_a, line_b = (bool(_keys(lang, x) & project_words(lang, "linear")) for x in (a, b))
    return line_a != line_b and _source(lang, (b if line_a else a).lower()) is not None


def _headline_state(doc: Doc, v: Event) -> bool:
    """A project the headline alone tells, owned by a state."""
    from .context import in_headline
    owner = doc.entity(v.attrs["owner"]) if v.attrs["owner"] else None
    return owner is not None and owner.type == "GPE" and all(in_headline(doc, e.start) for e in v.evidence)


def _spelled_out(lang: str, name: str) -> str:
    """A project's name with its abbreviations written out (lang/<xx>/project_short.tsv): "вторая ЛЭП"
    is "вторая линия электропередачи"."""
    try:
        short = {r[0]: r[1] for r in lexicon(lang, "project_short.tsv")} if lang else {}
    except FileNotFoundError:
        short = {}
    return " ".join(short.get(w, w) for w in name.split()).lower()


def merge_same(doc: Doc, events: list[Event]) -> list[Event]:
    """One project told several times in an article is one event, at its furthest stage."""
    out: list[Event] = []
    named = named_words(doc) if events else frozenset()
    stop = stopwords().get(doc.lang, frozenset())
    rel = parents(doc) if len(events) > 1 else {}
    for v in events:
        if v.attrs.get("another") and out:
            # "строительство второй очереди станции": the part is built by whom and where the first is;
            # a new thing of the kind (English "a new X", "distinct") by whom, but not where
            first = next((o for o in reversed(out) if o.attrs["kind"] == v.attrs["kind"]), None)
            for k in ("owner",) if v.attrs["another"] == "distinct" else ("owner", "location"):
                v.attrs[k] = v.attrs[k] or (first.attrs[k] if first is not None else None)
        twin = None
        # a bare noun ("Станцию построила компания X") is the project told last, not the first of its kind
        for o in (out[::-1] if len(v.attrs["name"].split()) == 1 else out):
            part = same_part(o, v)
            if o.attrs["kind"] != v.attrs["kind"] or v.attrs.get("another") and not part:
                continue
            if _same_sentence(doc, o, v) or (o.attrs.get("sites") or v.attrs.get("sites")) and (
                    o.attrs.get("sites") == v.attrs.get("sites") or o.attrs["location"] != v.attrs["location"]):
                continue      # "X завершила строительство центра, а Y объявила о планах построить станцию";
                # "ТЭЦ в A, B и C": three plants, each the same as one told in its own place only
            if o.attrs.get("proper") and v.attrs.get("proper") and o.attrs["proper"] != v.attrs["proper"]:
                continue      # "линия «Нурек – Вахдат»" and "подстанция «Регар»": two names, two projects
            if not names_agree(doc.lang, *(" ".join(x.attrs["name"].split()[2 * part:]) for x in (o, v)), named) \
                    or not places_agree(doc, o.attrs["location"], v.attrs["location"]):
                continue      # "a cement plant ... a glass plant", "a plant in Tashkent ... in Almaty"
            if doc.lang and _other_noun(doc.lang, o.attrs["name"], v.attrs["name"], named) \
                    and _line_and_plant(doc.lang, o.attrs["name"], v.attrs["name"]):
                continue      # "Рогунская ГЭС ... автодорога Кулоб – Калаихумб ... линии электропередачи": two
            ow, vw = o.attrs["owner"], v.attrs["owner"]
            bare = not (ow or vw or o.attrs["location"] or v.attrs["location"])
            if doc.lang and bare and o.attrs["stage"] != v.attrs["stage"] \
                    and _other_noun(doc.lang, o.attrs["name"], v.attrs["name"], named):
                continue      # "строительство каскада заморожено ... откроем новый пункт пропуска": two
            if {o.attrs["stage"], v.attrs["stage"]} == {"completed", "cancelled"} \
                    and _other_noun(doc.lang, o.attrs["name"], v.attrs["name"], named):
                continue      # "проект СП заморожен ... введен в эксплуатацию цементный завод": two
            if _headline_state(doc, o) and _spelled_out(doc.lang, o.attrs["name"]) == _spelled_out(doc.lang, v.attrs["name"]):
                # "Азербайджан и Италия завершили строительство станции" over "Станцию построил
                # консорциум X": the headline names the states, the body the builder
                o.attrs["owner"], o.attrs["owner_guessed"] = None, False
                twin = o
                break
            if ow and vw and ow != vw and not (o.attrs.get("owner_guessed") or v.attrs.get("owner_guessed")) \
                    and not related(doc, rel, ow, vw):
                continue      # (a firm and its subsidiary build one project: firm_parents.py)
            ol, vl = o.attrs["location"], v.attrs["location"]
            if ol and vl and ol != vl and (ow and vw and not holds(doc, ol, vl) and not unknown_part(doc, ow, vw, ol, vl)
                                           or _other_noun(
                    doc.lang, o.attrs["name"], v.attrs["name"], named) and not a_state(doc, ol, vl)):
                continue      # "мост в Бишкеке ... подстанция в Оше": two things in two places
            if "completed" in {o.attrs["stage"], v.attrs["stage"]} and o.attrs["stage"] != v.attrs["stage"] \
                    and (ol and vl and ol != vl and not a_state(doc, ol, vl) or doc.lang == "en" and v.attrs["stage"] == "announced") \
                    and not _keys(doc.lang, o.attrs["name"]) & _keys(doc.lang, v.attrs["name"]) - stop:
                continue      # "heating systems in Semey will be modernised ... completed a plant in Ekibastuz": two
            twin = o
            break
        if twin is None:
            out.append(v)
            continue
        if parent_of(doc, rel, v.attrs["owner"], twin.attrs["owner"]):
            twin.attrs["owner"] = v.attrs["owner"]      # the subsidiary the body names, over its parent
        if twin.attrs.get("owner_guessed") and v.attrs["owner"] and not v.attrs.get("owner_guessed"):
            twin.attrs["owner"], twin.attrs["owner_guessed"] = v.attrs["owner"], False   # the one stated wins
        narrower_place(doc, twin, v)
        absorb(twin, v)
        # a kind's default ("станция": transport) adds nothing to sectors a name gave ("ветровая электростанция")
        if twin.attrs.get("sectors_default") and not v.attrs.get("sectors_default", False):
            twin.attrs["sectors"], twin.attrs["sectors_default"] = [], False
        if not (v.attrs.get("sectors_default") and twin.attrs["sectors"]):
            twin.attrs["sectors"] = [x for x in ORDER if x in set(twin.attrs["sectors"]) | set(v.attrs["sectors"])]
        if len(v.attrs["name"]) > len(twin.attrs["name"]):
            twin.attrs["name"] = v.attrs["name"]      # the fullest naming, usually the body's
        if v.modality == "asserted":
            twin.modality = "asserted"    # "discussed building a plant ... the plant under construction"
    return out
