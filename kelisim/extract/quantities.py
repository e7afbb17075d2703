"""Money, deadlines and dates in news text, located by character offsets.

`find_money`, `find_deadlines` and `find_dates` return `Found` spans with normalized values in
the forms of the extraction record (spec/OUTPUT.md: `value`, `deadline`, `date`). The words
come from lang/<lang>/quantities.tsv; a language without that file yields nothing.

Decisions where news is ambiguous:
- money: the span is the amount and currency only ("более миллиарда долларов" -> "миллиарда
  долларов"); a scale word alone means one of it; a range ("5-10 млрд долларов") is worth its
  upper bound; number words count only before a scale word ("пять миллиардов", "a billion");
  "манат" alone names no currency (Azerbaijan's or Turkmenistan's).
- deadlines: the span includes the preposition ("до 2027 года"); "к концу 2026 года" ->
  "2026-12"; a span of years ("на 2014-2016 годы") ends at its last year; "в течение трех
  лет" -> the year three years after `ref` (skipped without it); "за три года" measures the
  past and is no deadline. A yearless deadline date looks forward from `ref`.
- dates: a yearless date takes `ref`'s year unless it would fall more than 30 days after
  `ref` (then the year before); a month alone, the last such month up to `ref`'s; a weekday,
  the last such day on or before `ref`. News reports the past, so `future=True` turns all three
  round (a yearless date more than 30 days before `ref` moves to the next year, a weekday to the
  next such day on or after `ref`); "last Monday" / "в следующий вторник" fix the direction
  themselves. A weekday next to a written date ("24 марта, в воскресенье") is not reported
  twice. Relative and yearless dates need `ref`. Spans include the preposition a month or
  weekday needs ("в мае", "on Monday").
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from .numbers import DASH, FIGURE, YEAR, Words, plain, words

TOLERANCE = dt.timedelta(days=30)


@dataclass(frozen=True)
class Found:
    """A located value: `text == source[start:end]`."""
    start: int
    end: int
    text: str
    value: object


class _Grammar:
    """The regular expressions of one language, built once from its Words."""

    def __init__(self, w: Words):
        self.w = w
        opt = w.option
        yw = w.pattern("year_word")
        day = r"(?<![\w.,:])(?:0?[1-9]|[12]\d|3[01])(?:" + w.pattern("day_suffix", lead=False) + r")?(?!\d)"
        days = rf"{day}(?:{DASH}\d\d?(?!\d))?"  # "27-28 ноября" is dated by its first day
        month, scale, cur = w.pattern("month"), w.pattern("scale", lead=False), w.pattern("currency")
        dated = [rf"(?P<d1>{days})\s+(?P<m1>{month})(?:,?\s+(?P<y1>{YEAR})(?:\s*{yw})?)?",
                 rf"(?<![\w.,])(?P<d4>\d\d?)\.(?P<m4>\d\d?)\.(?P<y4>(?:19|20)\d\d)(?!\d)(?:\s*{yw})?",
                 rf"(?P<y5>{YEAR})-(?P<m5>\d\d)-(?P<d5>\d\d)(?!\d)"]
        if opt.get("month_day"):
            dated.append(rf"(?P<m2>{month})\s+(?P<d2>{days})(?:,?\s+(?P<y2>{YEAR}))?")
        if opt.get("year_first"):
            dated.append(rf"(?P<y3>{YEAR})\s*{yw}\s+(?P<d3>{days})\s+(?P<m3>{month})")
        self.date = re.compile("|".join(dated))
        months = [rf"(?:(?P<mp>{w.pattern('month_prep')})\s*)?(?P<m1>{month})"
                  rf"(?:\s+(?P<y1>{YEAR})(?:\s*{yw})?)?"]
        if opt.get("year_first"):
            months.insert(0, rf"(?P<y2>{YEAR})\s*{yw}\s+(?P<m2>{month})")
        self.month = re.compile("|".join(months))
        self.weekday = re.compile(rf"(?:(?P<wp>{w.pattern('weekday_prep')})\s+)?(?P<w>{w.pattern('weekday')})")
        self.relative = re.compile(w.pattern("relative"))
        # A year alone must say it is one ("2027 года"), unless the language writes bare years
        # ("by 2027"); then it must not be a share or a sum ("by 2020%", "by 2000 million"), though
        # "by 2000 people" is still read as a year.
        bare = rf"|(?![.,]?\d|\s*(?:%|{scale}|{cur}))" if opt.get("bare_year") else ""
        self.year = re.compile(rf"(?P<y>{YEAR})(?:\s*{yw}{bare})")
        self.range = re.compile(rf"(?:(?P<rp>{w.pattern('range_pre')})\s+)?(?P<y1>{YEAR}){DASH}"
                                rf"(?P<y2>{YEAR}|\d\d(?!\d))(?P<yw>\s*{yw})?")
        self.this_year = re.compile(w.pattern("this_year"))
        self.pre = re.compile(rf"(?P<p>{w.pattern('deadline_pre')})\s*")
        self.post = re.compile(rf"\s*(?P<p>{w.pattern('deadline_post')})")
        number = rf"(?:{w.pattern('number')})(?:\s+{w.pattern('half')})?"
        unit = w.pattern("duration_unit")
        self.duration = re.compile(
            rf"(?:{w.pattern('duration_pre')})\s+(?:(?P<n1>\d\d?(?!\d)|{number})\s+)?(?P<u1>{unit})"
            rf"|(?:(?P<n2>\d\d?(?!\d)|{number})\s+)?(?P<u2>{unit})\s+(?:{w.pattern('duration_post')})")
        amount = rf"{FIGURE}(?:{DASH}{FIGURE})?"
        self.money = re.compile(
            # "1,5 млрд долларов"; a symbol right before a figure belongs to that figure ("2024 $5bn")
            rf"(?P<a>{amount})\s*(?P<s>{scale})?\s*(?P<c>{cur})(?!(?<=[^\w\s.])\s*\d)"
            rf"|(?P<wa>{number})\s+(?P<ws>{scale})\s*(?P<wc>{cur})"  # "пять миллиардов долларов"
            rf"|(?P<ss>(?<!\w){scale})\s*(?P<sc>{cur})"  # "миллиарда долларов"
            rf"|(?P<pc>{w.pattern('currency', extra='pre')})\s*(?P<pa>{amount})(?:\s*(?P<ps>{scale}))?")


@cache
def _grammar(lang: str) -> _Grammar | None:
    w = words(lang)
    return _Grammar(w) if w else None


def _ref(ref: str | dt.date | None) -> dt.date | None:
    if isinstance(ref, dt.datetime):
        return ref.date()
    if ref is None or isinstance(ref, dt.date):
        return ref
    try:
        return dt.date.fromisoformat(ref)
    except (TypeError, ValueError):
        raise ValueError(f"ref must be the article date as 'YYYY-MM-DD', got {ref!r}") from None


def _found(text: str, start: int, end: int, value: object) -> Found:
    return Found(start, end, text[start:end], value)


def _select(found: list[Found]) -> list[Found]:
    """Non-overlapping spans in text order; where two overlap the earlier, then longer, wins."""
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, f.start - f.end)):
        if not kept or f.start >= kept[-1].end:
            kept.append(f)
    return kept


# ---------------------------------------------------------------- money

def find_money(text: str, lang: str) -> list[Found]:
    """Sums of money: value {"amount": int | float, "currency": ISO 4217 code}."""
    g = _grammar(lang)
    if g is None:
        return []
    out = []
    for m in g.money.finditer(text):
        amount = m["a"] or m["wa"] or m["pa"]
        scale = m["s"] or m["ws"] or m["ss"] or m["ps"]
        if amount and amount[0].isdigit():
            amount = re.findall(FIGURE, amount)[-1]  # a range is worth its upper bound
        value = (g.w.number(amount) if amount else Decimal(1)) * Decimal(g.w.value("scale", scale) if scale else 1)
        currency = g.w.value("currency", m["c"] or m["wc"] or m["sc"] or m["pc"])
        out.append(_found(text, m.start(), m.end(), {"amount": plain(value), "currency": currency}))
    return out


# ---------------------------------------------------------------- dates

def _day(y: int | None, mo: int, d: int, ref: dt.date | None, future: bool) -> str | None:
    if y is None:
        if ref is None:
            return None
        y = ref.year
        guess = _valid(y, mo, d)
        if guess and not future and guess > ref + TOLERANCE:
            y -= 1
        elif guess and future and guess < ref - TOLERANCE:
            y += 1
    day = _valid(y, mo, d)
    return day.isoformat() if day else None


def _valid(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def _month(y: int | None, mo: int, ref: dt.date | None, future: bool) -> str | None:
    if y is None:
        if ref is None:
            return None
        y = ref.year - (mo > ref.month and not future) + (mo < ref.month and future)
    return f"{y:04d}-{mo:02d}" if 1 <= mo <= 12 else None


def _date_value(g: _Grammar, m: re.Match, ref, future) -> str | None:
    parts = m.groupdict()
    i = next(i for i in "12345" if parts.get("m" + i))
    mo = parts["m" + i]
    mo = int(mo) if mo.isdigit() else int(g.w.value("month", mo))
    y = int(parts["y" + i]) if parts["y" + i] else None
    return _day(y, mo, int(re.match(r"\d+", parts["d" + i])[0]), ref, future)


def _month_value(g: _Grammar, m: re.Match, ref, future, anchored: bool = True) -> str | None:
    i = "1" if m["m1"] else "2"
    y = int(m["y" + i]) if m["y" + i] else None
    if y is None and g.w.extra("month", m["m" + i]) == "abbr":
        return None  # "by Jan Kubiš"
    # a month alone is a date after a preposition or with a case ending ("в мае", "мамырда")
    if y is None and not (anchored or m["mp"] or g.w.suffixed("month", m["m1"])):
        return None
    return _month(y, int(g.w.value("month", m["m" + i])), ref, future)


def _weekday(g: _Grammar, m: re.Match, ref: dt.date | None, future: bool) -> str | None:
    # a weekday is a date after a preposition, or when the language says so ("Monday", "дүйсенбіде")
    if ref is None or not (m["wp"] or g.w.extra("weekday", m["w"]) == "alone" or g.w.suffixed("weekday", m["w"])):
        return None
    wd = int(g.w.value("weekday", m["w"]))
    way = g.w.value("weekday_prep", m["wp"]) if m["wp"] else ""
    if way == "past":
        return (ref - dt.timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)).isoformat()
    if way == "future":
        return (ref + dt.timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)).isoformat()
    if future:
        return (ref + dt.timedelta(days=(wd - ref.weekday()) % 7)).isoformat()
    return (ref - dt.timedelta(days=(ref.weekday() - wd) % 7)).isoformat()


def find_dates(text: str, lang: str, ref: str | dt.date | None = None, future: bool = False) -> list[Found]:
    """Dates: value "YYYY-MM-DD", or "YYYY-MM" for a month alone. `ref` is the article date."""
    g, ref = _grammar(lang), _ref(ref)
    if g is None:
        return []
    written = [(m, _date_value(g, m, ref, future)) for m in g.date.finditer(text)]
    found = written + [(m, _month_value(g, m, ref, future, anchored=False)) for m in g.month.finditer(text)]
    if ref:
        found += [(m, (ref + dt.timedelta(days=int(g.w.value("relative", m[0])))).isoformat())
                  for m in g.relative.finditer(text)]
    # a weekday beside a written date of that weekday names the same day ("24 марта, в воскресенье")
    for m in g.weekday.finditer(text):
        if not any(v and _beside(text, m, d) and dt.date.fromisoformat(v).weekday() == int(
                g.w.value("weekday", m["w"])) for d, v in written):
            found.append((m, _weekday(g, m, ref, future)))
    return _select([_found(text, m.start(), m.end(), v) for m, v in found if v])


def _beside(text: str, a: re.Match, b: re.Match) -> bool:
    if a.end() <= b.start():
        gap = text[a.end():b.start()]
    elif b.end() <= a.start():
        gap = text[b.end():a.start()]
    else:
        return True
    return len(gap) <= 4 and not gap.strip(" ,()\u00a0–—-")


# ---------------------------------------------------------------- deadlines

def _deadline(g: _Grammar, kind: str, m: re.Match, ref: dt.date | None, end: bool) -> str | None:
    if kind == "date":
        return _date_value(g, m, ref, future=True)
    if kind == "month":
        return _month_value(g, m, ref, future=True)
    if kind == "range":
        first, last = m["y1"], m["y2"]
        last = int(first[:2] + last if len(last) == 2 else last)
        year = last if last > int(first) else None
    elif kind == "year":
        year = int(m["y"])
    else:  # this year: only "the end of this year" is a deadline
        year = ref.year if ref and end else None
    return None if year is None else f"{year}-12" if end else str(year)


def _years_after(ref: dt.date, years: Decimal) -> str:
    months = ref.month - 1 + int((years * 12).to_integral_value())
    return str(ref.year + months // 12)


def find_deadlines(text: str, lang: str, ref: str | dt.date | None = None) -> list[Found]:
    """Deadlines: value "YYYY", "YYYY-MM" or "YYYY-MM-DD". `ref` (the article date) resolves
    "до конца года", "в течение трех лет" and yearless dates, which are skipped without it."""
    g, ref = _grammar(lang), _ref(ref)
    if g is None:
        return []
    targets = (("date", g.date), ("month", g.month), ("range", g.range), ("year", g.year),
               ("this", g.this_year))
    found = []
    for p in g.pre.finditer(text):  # "до 2027 года", "by the end of 2026"
        end = g.w.value("deadline_pre", p["p"]) == "end"
        for kind, pattern in targets:
            m = pattern.match(text, p.end())
            value = m and _deadline(g, kind, m, ref, end)
            if value:
                found.append(_found(text, p.start(), m.end(), value))
                break
    if g.w.has("deadline_post"):  # "2027 жылға дейін"
        for kind, pattern in targets:
            for m in pattern.finditer(text):
                p = g.post.match(text, m.end())
                value = p and _deadline(g, kind, m, ref, g.w.value("deadline_post", p["p"]) == "end")
                if value:
                    found.append(_found(text, m.start(), p.end(), value))
    for m in g.range.finditer(text):  # "на 2014-2016 годы", "в 2025–2027 годах"
        value = (m["rp"] or m["yw"]) and _deadline(g, "range", m, ref, False)
        if value:
            found.append(_found(text, m.start(), m.end(), value))
    for m in g.duration.finditer(text) if ref else ():  # "в течение трех лет"
        n = m["n1"] or m["n2"]
        found.append(_found(text, m.start(), m.end(), _years_after(ref, g.w.number(n) if n else Decimal(1))))
    return _select(found)
