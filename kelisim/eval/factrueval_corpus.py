"""factRuEval-2016's gold annotations read into documents, mentions and facts (the
conventions are in kelisim/eval/factrueval.py's docstring, under Reading)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EvalError

OBJECT_TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
NAME_SPANS = frozenset({"name", "surname", "patronymic", "nickname", "org_name", "loc_name", "prj_name"})
OWN_NAME_SPANS = {"PER": {"name", "surname", "patronymic", "nickname"}, "ORG": {"org_name"},
                  "LOC": {"loc_name"}}
# An object's own words when it is a fact argument: not the geo adjective or the state
# inside it ("российской" in "российской Кремниевой долины", "РФ" in "МИД РФ").
OWN_SPANS = {"PER": OWN_NAME_SPANS["PER"], "ORG": {"org_name", "org_descr"},
             "LOC": {"loc_name", "loc_descr"}}
_QUOTES = {"«": "»", "„": "“", "“": "”"}
_FACT_HEAD = re.compile(r"^(\d+-\d+) (\S+)\s*$")
_ARG_REF = re.compile(r"(obj|span)(\d+)")
# The job slot is written "Job" in some books and "Position" in others (about 400 and 200
# times); the official scorer takes them as one argument (scripts/dialent/objects/argument.py,
# Argument.__init__: ``if self.name == 'job': self.name = 'position'``).
ROLE_NAMES = {"Position": "Job"}

Span = tuple[int, int]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    type: str            # PER | ORG | LOC
    named: bool          # has a name span; descriptor-only and geo-adjective-only mentions do not
    core: Span           # extent of its own kind of name spans only (a diagnostic extent)


@dataclass(frozen=True)
class Arg:
    """A fact argument resolved to where it is in the text and what it is called."""
    role: str            # Who, Job, Where, Participant, ...
    ref: str             # obj3417 | span89437
    names: tuple[str, ...]
    spans: tuple[Span, ...]
    context: str = ""    # a span argument's text from its start on: "Глава" -> "Глава государства Дмитрий"


@dataclass(frozen=True)
class Fact:
    id: str
    type: str
    args: tuple[Arg, ...]
    attrs: tuple[tuple[str, str], ...] = ()   # (Модальность, ...), (Type, ...), (Фаза, ...)

    def get(self, role: str) -> list[Arg]:
        return [a for a in self.args if a.role == role]

    @property
    def negated(self) -> bool:
        return any(k == "Модальность" and {v.strip() for v in v_.split("|")} == {"отрицание"}
                   for k, v_ in self.attrs)

    @property
    def difficult(self) -> bool:
        """Marked "Сложность повышенная": the official (default, easy) mode ignores the fact."""
        return any(k == "Сложность" and v.strip() == "повышенная" for k, v in self.attrs)


@dataclass
class FreDoc:
    name: str
    text: str
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    tokens: int = 0      # tokens whose offsets were checked against the text
    adjusted: str = ""   # how the text was changed for the offsets to hold; "" when it was not


def book_paths(directory: str | Path) -> list[Path]:
    """The annotated books in a folder (a ``book_N.txt`` with a ``.spans`` beside it), by N."""
    paths = [p for p in Path(directory).glob("book_*.txt") if p.with_suffix(".spans").exists()]
    return sorted(paths, key=lambda p: int(re.sub(r"\D", "", p.stem) or 0))


def load_factrueval(directory: str | Path, limit: int | None = None) -> list[FreDoc]:
    folder = Path(directory)
    if not folder.is_dir():
        raise EvalError(f"{folder}: not a folder; give the factRuEval-2016 testset or devset folder")
    paths = book_paths(folder)
    if not paths:
        raise EvalError(f"{folder}: no book_N.txt with its book_N.spans; is this a factRuEval-2016 folder?")
    return [load_book(p) for p in paths[:limit]]


def _lines(path: Path) -> list[str]:
    if not path.exists():
        raise EvalError(f"{path}: missing; every book needs .txt, .tokens, .spans, .objects, .coref")
    return path.read_text(encoding="utf-8-sig").splitlines()


def _rows(path: Path) -> Iterator[list[str]]:
    """Data lines of an annotation file, split on spaces, with the '# ...' comment removed."""
    for line in _lines(path):
        fields = line.split("#", 1)[0].split()
        if fields:
            yield fields


def _aligned_text(path: Path, tokens: list[tuple[int, int, str]]) -> tuple[str, str]:
    try:
        raw = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        raise EvalError(f"{path}: not UTF-8 ({e}); factRuEval texts are UTF-8") from None
    candidates = [("", raw)]
    if raw.startswith("\ufeff"):
        candidates.append(("BOM removed", raw[1:]))
    if "\r" in raw:
        candidates += [(f"{note}{', ' if note else ''}\\r\\n -> \\n", t.replace("\r\n", "\n"))
                       for note, t in list(candidates)]
    for note, text in candidates:
        if all(text[s:s + n] == tok for s, n, tok in tokens):
            return text, note
    s, n, tok = next(t for t in tokens if raw[t[0]:t[0] + t[1]] != t[2])
    raise EvalError(f"{path}: token {tok!r} at {s} does not match the text ({raw[s:s + n]!r}), "
                    f"with or without a BOM or \\r\\n; are the files from the same release?")


def _close_quote(text: str, start: int, end: int) -> int:
    # Spans stop before a closing quote, so the union of "ОАО" and "«Ренова" is "ОАО «Ренова";
    # the mention is what the annotators meant: "ОАО «Ренова»".
    inner, after = text[start:end], text[end:end + 1]
    unclosed = any(inner.count(o) > inner.count(c) and after == c for o, c in _QUOTES.items())
    return end + 1 if unclosed or (inner.count('"') % 2 and after == '"') else end


def load_book(path: str | Path) -> FreDoc:
    path = Path(path)
    base = path.with_suffix("")
    tokens = [(int(f[1]), int(f[2]), f[3]) for line in _lines(base.with_suffix(".tokens"))
              if len(f := line.split(" ", 3)) == 4]
    text, adjusted = _aligned_text(path, tokens)
    spans = {r[0]: (r[1], int(r[2]), int(r[2]) + int(r[3])) for r in _rows(base.with_suffix(".spans"))}
    objects = {r[0]: (r[1], r[2:]) for r in _rows(base.with_suffix(".objects"))}

    def extent(sids: Sequence[str]) -> Span:
        missing = [s for s in sids if s not in spans]
        if missing:
            raise EvalError(f"{base}: objects refer to spans {missing} that .spans lacks")
        start = min(spans[s][1] for s in sids)
        return start, _close_quote(text, start, max(spans[s][2] for s in sids))

    doc = FreDoc(path.stem, text, tokens=len(tokens), adjusted=adjusted)
    for otype, sids in objects.values():
        etype = OBJECT_TYPES.get(otype)
        if etype is None:
            continue
        start, end = extent(sids)
        own = [s for s in sids if spans[s][0] in OWN_NAME_SPANS[etype]]
        doc.mentions.append(Mention(start, end, text[start:end], etype,
                                    any(spans[s][0] in NAME_SPANS for s in sids),
                                    extent(own) if own else (start, end)))
    coref = _read_coref(base.with_suffix(".coref"))

    def resolve(role: str, kind: str, num: str, value: str) -> Arg:
        names = [v.strip() for v in value.split("|") if v.strip()]
        if kind == "span":
            if num not in spans:
                raise EvalError(f"{base}.facts: span{num} is not in .spans")
            _, s, e = spans[num]
            return Arg(role, kind + num, tuple(dict.fromkeys(names + [text[s:e]])), ((s, e),),
                       " ".join(text[s:s + 80].split()))
        if num not in coref:
            raise EvalError(f"{base}.facts: obj{num} is not a chain in .coref")
        members, keys = coref[num]
        places = []
        for oid in members:
            if oid in objects:
                otype, sids = objects[oid]
                own = [x for x in sids if spans[x][0] in OWN_SPANS.get(OBJECT_TYPES.get(otype), ())]
                places.append(extent(own or sids))
                if any(spans[x][0] in NAME_SPANS for x in sids):
                    names.append(text[slice(*extent(sids))])
        names += _coref_names(keys)
        return Arg(role, kind + num, tuple(dict.fromkeys(names)), tuple(sorted(set(places))))

    facts_path = base.with_suffix(".facts")
    if facts_path.exists():
        doc.facts = _read_facts(facts_path, resolve)
    return doc


def _read_coref(path: Path) -> dict[str, tuple[list[str], list[tuple[str, str]]]]:
    chains: dict[str, tuple[list[str], list[tuple[str, str]]]] = {}
    current = None
    for line in _lines(path):
        fields = line.split()
        if not fields:
            current = None
        elif current is None and fields[0].isdigit():
            current = chains.setdefault(fields[0], (fields[1:], []))
        elif current is not None:
            current[1].append((fields[0], " ".join(fields[1:])))
    return chains


def _coref_names(keys: list[tuple[str, str]]) -> list[str]:
    firsts = [v for k, v in keys if k.startswith("firstname")]
    lasts = [v for k, v in keys if k.startswith("lastname") or k.startswith("surname")]
    names = [v for k, v in keys if k.startswith(("name", "nickname"))] + lasts
    names += [f"{f} {last}" for f in firsts for last in lasts] or firsts
    return names


def _read_facts(path: Path, resolve: Callable[[str, str, str, str], Arg]) -> list[Fact]:
    # Facts are not always separated by blank lines (book_3543), so a fact starts at its
    # "NNNN-K Type" header, not after a blank line.
    raw: list[tuple[str, str, list[Arg], list[tuple[str, str]]]] = []
    for line in _lines(path):
        if not line.strip():
            continue
        head = _FACT_HEAD.match(line)
        if head:
            raw.append((head[1], head[2], [], []))
            continue
        if not raw:
            raise EvalError(f"{path}: {line!r} comes before any fact header")
        role, _, rest = line.strip().partition(" ")
        role = ROLE_NAMES.get(role, role)
        ref, _, value = rest.partition(" ")
        m = _ARG_REF.fullmatch(ref)
        if m:
            raw[-1][2].append(resolve(role, m[1], m[2], value))
        else:
            raw[-1][3].append((role, rest.strip()))
    return [Fact(fid, ftype, tuple(args), tuple(attrs)) for fid, ftype, args, attrs in raw]
