"""Titles, offices and states of persons in Kazakh text, and the mentions that name one person
in two ways.

"Қазақстан Президенті Қасым-Жомарт Тоқаев" -> role (президент, org: the GPE), country KZ:
the title is the phrase of lang/kk/titles.tsv right before the name, and the state or body
right before the title is whose office it is ("Түркия Сыртқы істер министрі", "Мәжіліс
төрағасы"). "ресейлік әріптесі Владимир Путин" gives the state by its adjective. A titled
person with no state named is of the home state (or, for a second head of state, of the
foreign state the article names most). "Қасым-Жомарт
Кемелұлы" (given name and patronymic) is the person named "Қасым-Жомарт Тоқаев".
"""
from __future__ import annotations

from types import SimpleNamespace

from ...doc import Doc, Entity, Token
from ...lang import words
from ...nlp.kazakh import fold, has_possessive, strip_case
from ..entities import renumber
from ..gazetteer import gazetteer
from ..context import token_index
from ..roles import give_role
from ..titles import DASHES
from .apposition import opening_title, past_degree, title_after
from .context import HOSTED
from .home import body_state, home_country
from .delegations import delegation_states
from .firms import came_from, firm_before, firm_noun, firm_state, legal_form, owner_before
from .lexicon import first_names, home_state, matcher, not_names
from .names import ending_kind

WINDOW = 8
MODIFIERS = 3


def title_before(tokens: list[Token], i0: int):
    """The title match that ends right before token i0, if any."""
    shift, found = max(0, i0 - WINDOW), None
    for m in matcher("titles.tsv").finditer(tokens[shift:i0]):
        if m.end + shift == i0:
            found = m
    if found is not None:
        found.start, found.end = found.start + shift, found.end + shift
    return found


def title_text(tokens: list[Token], canonical: str) -> str:
    if canonical:
        return canonical
    words = [t.text for t in tokens[:-1]] + [strip_case(tokens[-1].text)[0]]
    out = " ".join(words).replace(" , ", ", ")
    return out[0].lower() + out[1:] if out[:1].isupper() and not out.split()[0].isupper() else out


def kazakh_roles(doc: Doc) -> None:
    """The Kazakh reader of the Roles stage (roles.py)."""
    gaz = gazetteer("kk")
    _offices_as_names(doc, gaz)
    heads: dict[str, Entity] = {}       # a state's head: the first person titled so
    # in text order, so that the first person a state's head title is written before keeps it
    for m, e in sorted(((m, e) for e in doc.entities if e.type == "PER" for m in e.mentions),
                       key=lambda x: x[0].start):
        sent = doc.sent_at(m.start)
        i0 = token_index(sent.tokens, m.start) if sent else None
        if i0 is None:
            continue
        last = next((t for t in reversed(sent.tokens) if t.start < m.end), None)
        oblique = last is not None and last.feats.get("Case", "Nom") not in ("Nom", "Gen")
        _title(doc, e, sent.tokens, i0, gaz, heads, oblique)
        opening_title(doc, e, sent.tokens, i0)
        if not e.roles:
            title_after(doc, e, sent.tokens, token_index(sent.tokens, m.end, len(sent.tokens)))
    _join_patronymics(doc)
    _offices_as_names(doc, gaz)     # again, now that the named have their states
    home_country(doc)
    delegation_states(doc)


def _title(doc: Doc, person: Entity, toks: list[Token], i0: int, gaz, heads: dict[str, Entity],
           oblique: bool = False) -> None:
    i0 = past_degree(toks, i0)
    m = title_before(toks, i0) or _model_title(doc, toks, i0)
    if m is None:
        if i0 > 1 and fold(toks[i0 - 1].text).startswith(tuple(words("kk", "counterparts.txt"))):
            person.country = person.country or gaz.cue(toks[i0 - 2].text)   # "ресейлік әріптесі X"
        return
    start = _modifiers(doc, toks, m.start, m.end)
    # "Компания вице-президенті Ван Лэй": a firm's bare noun means the firm named before
    bare = start < m.start and firm_noun(toks[start], "Nom") and doc.entity_at(toks[start].start, toks[start].end) is None
    if start < m.start and (firm_noun(toks[start]) or legal_form(toks[start]) or bare):
        start += 1           # "«X» компаниясының (АҚ) басқарма төрағасы": the firm's noun names no office
    title = title_text(toks[start:m.end], m.value[0] if start == m.start else "")
    org, country = None, None
    k = start - 1
    while k >= 0 and fold(toks[k].text) in words("kk", "title_qualifiers.txt") and doc.entity_at(toks[k].start, toks[k].end) is None:
        k -= 1               # "Жапонияның жаңадан тағайындалған Елшісі": the state before "newly appointed"
    opening = next((j for j in range(k - 1, max(-1, k - 6), -1) if toks[j].text == "("), None) \
        if k > 0 and toks[k].text == ")" else None
    if opening:
        k = opening - 1      # "агенттігінің (JICA) президенті": the body before the brackets
    k = owner_before(doc, toks, k)
    while k >= 0:
        owner = doc.entity_at(toks[k].start, toks[k].end)
        if owner is None and (firm_noun(toks[k]) or bare and k == start - 1):
            firm, country = firm_before(doc, toks[k])     # "компанияның директоры": the firm named before
            org = firm.id if firm is not None else None
            break
        if owner is not None and owner.type == "LOC" and fold(toks[k].text).endswith(HOSTED) and k > 0:
            k = mention_start(doc, toks, k) - 1     # "Түркияның Алматыдағы Бас консулы": the city hosts him
            continue
        if owner is not None and owner.type == "LOC" and owner.country and (
                toks[k].feats.get("Case") == "Gen" or k + 1 < len(toks)
                and matcher("place_heads.tsv").match_at([toks[k + 1]], 0)):
            country = owner.country   # "Ресейдің Омбы облысының губернаторы", "Ташкент облысының хокимі": the region's state
            #                           ("Шэньси провинциясы губернаторының орынбасары": the head in a compound)
            break
        if owner is None or owner.type not in ("GPE", "ORG") or owner is person:
            # "Қытай Бүкілқытайлық ... комитетінің төрағасы": a long body no one knows, its state first
            country = gaz.cue(toks[k].text) or (body_state(doc, toks, k) if owner is None else None)
            break
        if toks[k].feats.get("Case") == "Loc":
            # "Ресейдің Қазақстандағы елшісі": the host state; the office is the one before it
            k = mention_start(doc, toks, k) - 1
            continue
        b0 = mention_start(doc, toks, k)
        if b0 >= 2 and toks[b0 - 1].text in "–—-" and (pair := doc.entity_at(toks[b0 - 2].start, toks[b0 - 2].end)) \
                and pair.type == "GPE":
            # "Түркия – Қазақстан достық тобының жетекшісі": a pair of states names the group,
            # not the leader's state; the body before the pair does
            k = mention_start(doc, toks, b0 - 2) - 1
            continue
        org, country = owner.id, owner.country or came_from(doc, toks, b0) or \
            (firm_state(doc, owner) or body_state(doc, toks, k) if owner.type == "ORG" else None)
        # "Әзербайжан Милли Меджлисінің Төрағасы": a body with its state named just before it
        break
    if country is None and org is None and start == m.start and _home_title(toks[m.start:m.end]):
        country = home_state()      # "Мемлекет басшысы Тоқаев": the press's own head of state
    if country and person.country and country != person.country:
        return    # "Қазақстан Президенті Си Цзиньпинді шақырды": the title is the subject's
    if country and m.value[0] in words("kk", "state_heads.txt") and heads.setdefault(country, person) is not person:
        return    # one head of state a state: "Қырғыз басшысы Назарбаевты құттықтады" after
        #           "Қырғыз Президенті Садыр Жапаров" is the subject, not an apposition
    if oblique and person.roles and _anothers(doc, person, m.value[0]):
        return    # "Министр Воронцовқа ... жеткізді": the minister named before speaks to the director
    give_role(person, title, org)
    person.country = person.country or country
    if start > 1 and toks[start - 1].text in DASHES and (more := title_before(toks, start - 1)) is not None:
        give_role(person, more.value[0], None)  # "Премьер-министрдің орынбасары – Ұлттық экономика министрі X"


def _anothers(doc: Doc, person: Entity, title: str) -> bool:
    """Another person holds the title (and this one another): the title before this one's name
    in an oblique case is the subject's."""
    word = fold(title.split()[-1])
    return not any(word in fold(r.title or "") for r in person.roles) and any(
        e is not person and e.type == "PER" and any(word in fold(r.title or "") for r in e.roles) for e in doc.entities)


def _offices_as_names(doc: Doc, gaz) -> None:
    """An office taken for a person's name ("Түркіменстан Президенті", "Әзербайжан
    көшбасшысы") is the person it stands right before ("Түркіменстан Президенті Сердар
    Бердімұхамедовтың"), or else the one person the article names of its state; its state
    is that person's. An office no one named holds stays an actor of its own."""
    offices = {}
    for e in doc.entities:
        own = [m for m in e.mentions if m.source != "description"] if e.type == "PER" and not e.group else []
        sent = doc.sent_at(own[0].start) if own else None
        toks = [t for t in sent.tokens if own[0].start <= t.start < own[0].end] if sent else []
        heads = [m for name in ("titles.tsv", "descriptions.tsv") for m in matcher(name).finditer(toks)]
        if toks and any(m.end == len(toks) for m in heads) and not any(
                fold(t.text) in first_names() or ending_kind(t.text) for t in toks):
            states = [m.value.key for m in gaz.find(toks) if m.value.type == "GPE" and m.value.key]
            k = token_index(sent.tokens, toks[0].start)
            owner = doc.entity_at(sent.tokens[k - 1].start, sent.tokens[k - 1].end) if k else None
            if owner is not None and owner.type == "GPE" and owner.country:
                states.append(owner.country)      # "Әзербайжан көшбасшысы": the state before it
            offices[e.id] = (e, states[0] if states else None)
    gone = set()
    for e, state in offices.values():
        holder = None
        for m in e.mentions:
            sent = doc.sent_at(m.start)
            k = token_index(sent.tokens, m.end) if sent else None
            nxt = sent.tokens[k] if k is not None else None
            cand = doc.entity_at(nxt.start, nxt.end) if nxt is not None and doc.text[m.end:nxt.start] == " " else None
            if cand is not None and cand.type == "PER" and cand.id not in offices:
                holder = cand
                break
        if holder is None and state:
            same = [p for p in doc.entities if p.type == "PER" and p.id not in offices and p.country == state]
            holder = same[0] if len(same) == 1 else None
        if holder is None:
            continue
        holder.mentions.extend(e.mentions)
        holder.mentions.sort(key=lambda m: m.start)
        holder.country = holder.country or state
        gone.add(e.id)
    if gone:
        doc.entities = renumber([e for e in doc.entities if e.id not in gone])


def _model_title(doc: Doc, toks: list[Token], i0: int):
    """A title the lexicon lacks ("футболшы", "бас бапкері") that the entity model marks as a
    position right before the name: its last word, as the lexicon's titles are."""
    if i0 == 0:
        return None
    for s in doc.spans:
        if s.type == "POSITION" and s.end == toks[i0 - 1].end and s.start >= toks[0].start:
            k = next(k for k, t in enumerate(toks) if t.end == s.end)
            if toks[k].pos not in ("PUNCT", "NUM") and doc.entity_at(toks[k].start, toks[k].end) is None:
                return SimpleNamespace(start=k, end=k + 1, value=("",))
    return None


def _home_title(toks: list[Token]) -> bool:
    """A title that, with no state named, means the home state's office (descriptions.tsv)."""
    return any(d.start == 0 and d.end == len(toks) and d.value[1] == "home"
               for d in matcher("descriptions.tsv").finditer(toks))


def mention_start(doc: Doc, toks: list[Token], k: int) -> int:
    """The index of the first token of the mention that token k belongs to."""
    while k > 0 and doc.entity_at(toks[k - 1].start, toks[k - 1].end) is doc.entity_at(toks[k].start, toks[k].end):
        k -= 1
    return k


def _modifiers(doc: Doc, toks: list[Token], a: int, b: int) -> int:
    """Words before a possessive title that name the office: "Денсаулық сақтау министрі"."""
    if not has_possessive(toks[b - 1].text):
        return a
    def word(t: Token) -> bool:
        return t.pos not in ("PUNCT", "NUM") and t.feats.get("Case", "Nom") in ("Nom", "Gen") \
            and doc.entity_at(t.start, t.end) is None and gazetteer("kk").cue(t.text) is None \
            and fold(t.text) not in not_names() and fold(t.text) not in words("kk", "joiners.txt") \
            and fold(t.text) not in words("kk", "title_qualifiers.txt") and not firm_noun(t)
    k, joins, joined, n = a, 0, a, 0     # n: the words of the field being read
    while k > 0 and n < MODIFIERS:
        if word(toks[k - 1]) or k < a and fold(toks[k].text).endswith("у") and toks[k - 1].pos not in ("PUNCT", "NUM") \
                and toks[k - 1].feats.get("Case") == "Acc" and doc.entity_at(toks[k - 1].start, toks[k - 1].end) is None:
            # "Экономика және климатты қорғау министрі": the object of a verbal noun in the office's name
            k, n = k - 1, n + 1
        elif 1 < k and (k < a or toks[a].text[:1].islower()) and not joins \
                and fold(toks[k - 1].text) == "және" and word(toks[k - 2]):
            # "Экономика және қаржы министрі", "Сыртқы экономикалық байланыстар және сыртқы
            # істер министрі" (the title phrase in small letters goes on after "және"): one
            # office of two fields, each of up to MODIFIERS words
            k, joins, joined, n = k - 1, 1, k, 0
        elif joins and k > 1 and toks[k - 1].text == "," and word(toks[k - 2]):
            k, n = k - 1, 0       # "Мәдениет, спорт және туризм министрі": a list of fields
        else:
            break
    # "Әзербайжанның цифрлық даму және көлік министрі": a state's name before the first field
    # opens the office's name as a capital would
    state = k > 0 and (e := doc.entity_at(toks[k - 1].start, toks[k - 1].end)) is not None and e.type == "GPE"
    return k if not joins or toks[k].text[:1].isupper() or state else joined


def _join_patronymics(doc: Doc) -> None:
    """"Қасым-Жомарт Кемелұлы" or "Қасым-Жомарт" alone joins "Қасым-Жомарт Тоқаев"."""
    people = [e for e in doc.entities if e.type == "PER"]
    gone = set()
    for e in people:
        parts = e.name.split()
        short = len(parts) == 1 or len(parts) == 2 and ending_kind(parts[1]) == "patronymic"
        if not short:
            # "Нгуен Ван" or "Чжон Хун" of a three-word name told once in full: the same person
            words = [fold(w) for w in parts]
            full = [o for o in people if o is not e and id(o) not in gone
                    and _within(words, names := [fold(w) for w in o.name.split()])
                    and all(fold(r.title) in names for r in e.roles)]   # "Пак" read as a title
        else:
            full = [o for o in people if o is not e and id(o) not in gone and len(o.name.split()) >= 2
                    and fold(o.name.split()[0]) == fold(parts[0]) and o.name.split()[-1] != parts[-1]]
        if len(full) != 1:
            continue
        keep = full[0]
        keep.mentions.extend(e.mentions)
        if e.name not in keep.aliases:
            keep.aliases.append(e.name)
        keep.roles.extend(r for r in e.roles if r.title not in {x.title for x in keep.roles})
        keep.country = keep.country or e.country
        gone.add(id(e))
    if gone:
        doc.entities = renumber([e for e in doc.entities if id(e) not in gone])


def _within(words: list[str], longer: list[str]) -> bool:
    """The words run, in order, inside a longer name."""
    n = len(words)
    return len(longer) > n and any(longer[i:i + n] == words for i in range(len(longer) - n + 1))
