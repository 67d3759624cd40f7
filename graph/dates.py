"""Date expressions in text ("bis 2026", "June 2026", "2025/26", "next summer"), as ISO strings."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from graph.errors import FkgError
from graph.lexicon import Lexicon

YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year of football history, as a word


@dataclass
class DateExpr:
    """A date found in a sentence: piece span, ISO value (YYYY, YYYY-MM or YYYY-MM-DD), kind."""

    start: int
    end: int
    value: str
    # year | month | season | relative | remaining ("two years left") | length ("a three-year deal"; dated-length when
    # the article's year is told with it)
    kind: str
    months: int = 0  # of a length: how long the deal runs


def parse_as_of(value: str) -> dt.date:
    """The date of an ``--as-of`` option (YYYY-MM-DD), or a one-line error."""
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise FkgError(f"--as-of {value!r} is not a date (YYYY-MM-DD)") from None


def season_end_year(article_date: dt.date) -> int:
    """The calendar year in which the season running on ``article_date`` ends (seasons end in June)."""
    return article_date.year + 1 if article_date.month >= 7 else article_date.year


def _year(tok: str) -> int | None:
    if len(tok) == 4 and tok.isdigit() and 1900 <= int(tok) <= 2100:
        return int(tok)
    return None


def find_dates(norms: list[str], lex: Lexicon, article_date: dt.date | None) -> list[DateExpr]:
    """All date expressions among a sentence's folded pieces, left to right."""
    out: list[DateExpr] = []
    i = 0
    while i < len(norms):
        tok = norms[i]
        y = _year(tok)
        # Season "2025/26" or "2025-2026": the season ends in June of the second year.
        if y and i + 2 < len(norms) and norms[i + 1] in ("/", "-") and norms[i + 2].isdigit() and len(norms[i + 2]) in (2, 4):
            end_year = int(norms[i + 2]) if len(norms[i + 2]) == 4 else (y // 100) * 100 + int(norms[i + 2])
            if end_year == y + 1:
                out.append(DateExpr(i, i + 3, f"{end_year}-06", "season"))
                i += 3
                continue
        if tok in lex.months:
            month = lex.months.index(tok) + 1
            # "junio de 2025", "June of 2025": a word between month and year
            gap = 1 if i + 2 < len(norms) and norms[i + 1] in ("de", "of", "del") and _year(norms[i + 2]) else 0
            nxt = _year(norms[i + 1 + gap]) if i + 1 + gap < len(norms) else None
            if nxt:
                out.append(DateExpr(i, i + 2 + gap, f"{nxt}-{month:02d}", "month"))
                i += 2 + gap
                continue
            if article_date is not None:
                year = article_date.year if month >= article_date.month else article_date.year + 1
                out.append(DateExpr(i, i + 1, f"{year}-{month:02d}", "month"))
            i += 1
            continue
        if y:
            out.append(DateExpr(i, i + 1, str(y), "year"))
            i += 1
            continue
        term = _remaining_term(norms, i, lex, article_date)
        if term is not None:
            out.append(term)
            i = term.end
            continue
        for patterns in (lex.next_summer, lex.season_end):
            hits = patterns.matches_at(norms, i)
            if hits:
                end = hits[0][0]
                if end + 1 < len(norms) and norms[end] in ("of", "de", "del", "von", "des", "d") and _year(norms[end + 1]):
                    i = end  # "the summer of 2029": the year says which summer
                    break
                if end < len(norms) and _year(norms[end]):
                    i = end  # "im Sommer 2023", "summer 2029": so does a year right after it
                    break
                if article_date is not None:
                    out.append(DateExpr(i, end, f"{season_end_year(article_date)}-06", "relative"))
                i = end - 1
                break
        i += 1
    return out


def _remaining_term(norms: list[str], i: int, lex: Lexicon, article_date: dt.date | None) -> DateExpr | None:
    """"two and a half years left", "noch zwei Jahre", "le quedan 18 meses": the contract ends that long
    after the article, in the June nearest to it (contracts run to a season's end)."""
    tok = norms[i]
    number = int(tok) if tok.isdigit() and len(tok) <= 2 else lex.number_words.get(tok)
    if number is None or article_date is None:
        return None
    j = i + 1
    hyphen = j < len(norms) and norms[j] == "-"  # "a three-year deal"
    j += hyphen
    j += not hyphen and j < len(norms) and norms[j] in lex.next_words  # "las dos próximas temporadas"
    half = lex.half_words.matches_at(norms, j) if j < len(norms) else []  # "two and a half years"
    if half:
        j = half[0][0]
        j += j < len(norms) and norms[j] == "-"  # "a two-and-a-half-year deal"
    if j >= len(norms) or norms[j] not in lex.year_units | lex.month_units:
        return None
    end = j + 1
    if not half and end < len(norms):
        half = lex.half_words.matches_at(norms, end)  # "a year and a half"
        end = half[0][0] if half else end
    months = (number * 12 if norms[j] in lex.year_units else number) + (6 if half else 0)
    year = (article_date.year * 12 + article_date.month - 1 + months) // 12  # the June of the end's year is nearest
    after = end < len(norms) and lex.remaining_words.matches_at(norms, end)
    before = any(e >= i - 1 for k in range(max(0, i - 4), i) for e, _p, _pl in lex.remaining_words.matches_at(norms, k))
    if after or before:
        return DateExpr(i, end, f"{year}-06", "remaining")
    noun = end + (end < len(norms) and norms[end] == "-")
    if noun < len(norms) and norms[noun] in lex.length_after \
            or lex.length_before.ending_at(norms, i, reach=10) is not None:
        return DateExpr(i, end, str(year), "length", months)  # the year a deal signed now ends, as precise as the text
    return None


@dataclass
class PeriodExpr:
    """When a spell at a team began or ended, as the text says it: "(2015-2019)", "since 2021",
    "until 2019", "in 2017", a bare "2017", "ab 2010". ``first``/``last`` are years; ``kind`` is range, since, from,
    until, year or bare."""

    start: int
    end: int
    kind: str
    first: str | None = None
    last: str | None = None


def find_periods(norms: list[str], lex: Lexicon) -> list[PeriodExpr]:
    """Period expressions among a sentence's folded pieces, left to right."""
    out: list[PeriodExpr] = []
    i = 0
    while i < len(norms):
        y = _year(norms[i])
        if y and i + 2 < len(norms) and norms[i + 1] in lex.range_joiners:
            last = _year(norms[i + 2])
            if last is None and len(norms[i + 2]) == 2 and norms[i + 2].isdigit():
                last = (y // 100) * 100 + int(norms[i + 2])  # "2004-06"
            if last is not None and y <= last <= y + 40:
                out.append(PeriodExpr(i, i + 3, "range", str(y), str(last)))
                i += 3
                continue
        kind = _marker_kind(norms[i], lex)
        if kind is not None:
            j = i + 1
            while j < len(norms) and j - i <= 4 and norms[j] in lex.period_fillers:
                j += 1
            y = _year(norms[j]) if j < len(norms) else None
            if y:
                first, last = (str(y), None) if kind in ("since", "from", "year") else (None, str(y))
                out.append(PeriodExpr(i, j + 1, kind, first, last))
                i = j + 1
                continue
        if y:
            out.append(PeriodExpr(i, i + 1, "bare", str(y)))  # "wechselte 2017 zu ...": dates a move right next to it
        i += 1
    return out


def _marker_kind(word: str, lex: Lexicon) -> str | None:
    if word in lex.since_words:
        return "since"
    if word in lex.from_words:
        return "from"
    if word in lex.until_period_words:
        return "until"
    if word in lex.year_prepositions:
        return "year"
    return None
