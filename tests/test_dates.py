import datetime as dt

from graph.dates import find_dates, season_end_year
from graph.lexicon import load_lexicon
from graph.text import pieces


def values(text: str, lang: str, date=dt.date(2025, 10, 16)) -> list[str]:
    return [d.value for d in find_dates(pieces(text), load_lexicon(lang), date)]


def test_season_end_year():
    assert season_end_year(dt.date(2025, 10, 16)) == 2026
    assert season_end_year(dt.date(2026, 3, 1)) == 2026


def test_expressions():
    assert values("until the end of the 2025/26 campaign", "en") == ["2026-06"]
    assert values("out of contract next summer", "en") == ["2026-06"]
    assert values("Vertrag bis Juni 2027", "de") == ["2027-06"]
    assert values("Vertrag bis Juni", "de") == ["2026-06"]
    assert values("bis 2028", "de") == ["2028"]
    assert values("out of contract next summer", "en", None) == []  # no article date: nothing to resolve against
