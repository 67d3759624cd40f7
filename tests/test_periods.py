"""Spells read from text: when a membership began and ended ("joined in 2017", "(2015-2019)", "seit 2021"),
one sentence per construction and language, written for these tests."""

import pytest

from graph.articles import article_from_text
from graph.extract import extract

CASES = [
    ("en", "Defender Karl Ostmann joined RB Leipzig in the summer of 2017.",
     ("Karl Ostmann", "playsFor", "RB Leipzig", "2017", None)),
    ("en", "Midfielder Tomas Breuer left Werder Bremen in 2021.",
     ("Tomas Breuer", "formerlyPlayedFor", "SV Werder Bremen", None, "2021")),
    ("en", "Striker Jan Wolter played for Hamburger SV (2012-2015) and Werder Bremen (2015-2019).",
     ("Jan Wolter", "formerlyPlayedFor", "SV Werder Bremen", "2015", "2019")),
    ("en", "Goalkeeper Lars Henning played for VfL Wolfsburg from 2010 to 2014.",
     ("Lars Henning", "formerlyPlayedFor", "VfL Wolfsburg", "2010", "2014")),
    ("en", "Defender Karl Ostmann has played for VfB Stuttgart since 2021.",
     ("Karl Ostmann", "playsFor", "VfB Stuttgart", "2021", None)),
    ("en", "Winger Tomas Breuer joined Borussia Dortmund from VfB Stuttgart in 2019.",
     ("Tomas Breuer", "formerlyPlayedFor", "VfB Stuttgart", None, "2019")),
    ("de", "Innenverteidiger Karl Ostmann spielt seit Sommer 2021 für den VfB Stuttgart.",
     ("Karl Ostmann", "playsFor", "VfB Stuttgart", "2021", None)),
    ("de", "Mittelfeldspieler Tomas Breuer wechselte 2017 vom VfB Stuttgart zu Borussia Dortmund.",
     ("Tomas Breuer", "playsFor", "Borussia Dortmund", "2017", None)),
    ("de", "Mittelfeldspieler Tomas Breuer wechselte 2017 vom VfB Stuttgart zu Borussia Dortmund.",
     ("Tomas Breuer", "formerlyPlayedFor", "VfB Stuttgart", None, "2017")),
    ("fr", "Le défenseur Karl Ostmann a rejoint l'OGC Nice en 2020.",
     ("Karl Ostmann", "playsFor", "OGC Nice", "2020", None)),
    ("es", "El defensa Karl Ostmann fichó por el Sevilla FC en 2022.",
     ("Karl Ostmann", "playsFor", "Sevilla FC", "2022", None)),
]


def _spells(lang: str, text: str) -> set[tuple]:
    article = article_from_text(f"---\ntitle: t\ndate: 2025-01-10\nlang: {lang}\n---\n{text}\n", "case.md")
    x = extract(article)
    labels = {e.iri: e.label for e in x.entities.values()}
    return {(labels.get(r.subject.iri), r.predicate, labels.get(getattr(r.object, "iri", None)), r.start, r.end)
            for r in x.relations}


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_spell_dates(lang, text, expected):
    found = _spells(lang, text)
    assert expected in found, sorted(map(str, found))


def test_contract_date_is_no_spell_end():
    found = _spells("en", "Defender Karl Ostmann's contract at VfB Stuttgart runs until 2027.")
    assert all(end is None for *_x, end in found if _x[1] in ("playsFor", "formerlyPlayedFor"))


def test_year_of_a_match_is_no_spell():
    found = _spells("en", "Defender Karl Ostmann plays for VfB Stuttgart and scored in the 2017 cup final.")
    assert ("Karl Ostmann", "playsFor", "VfB Stuttgart", None, None) in found
