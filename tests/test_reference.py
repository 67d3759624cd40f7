"""The reference data as the extractor reads it: a former player's role by the article's date, aliases."""

import datetime as dt

from graph.reference import alias_key, load_reference
from tests.test_extract import triples


def _person(ref, name: str):
    hits = [e.entity for e in ref.aliases.get(alias_key(name), []) if e.entity.type in ("Player", "Coach", "Executive")]
    assert hits, f"{name} is not in the reference data"
    return hits[0]


def test_a_coach_who_played_is_a_player_in_articles_of_his_playing_years():
    ref = load_reference()
    coach = _person(ref, "Wayne Rooney")
    last = ref.played_until[coach.iri]
    assert coach.type == "Coach"
    assert _person(ref.as_of(dt.date(last, 5, 1)), "Wayne Rooney").type == "Player"
    assert _person(ref.as_of(dt.date(last + 1, 5, 1)), "Wayne Rooney").type == "Coach"
    assert _person(ref.as_of(None), "Wayne Rooney").type == "Coach"  # no date: the role he holds now


def test_a_dated_view_shares_everything_but_the_retyped_people():
    ref = load_reference()
    view = ref.as_of(dt.date(2005, 1, 1))
    assert view is ref.as_of(dt.date(2005, 6, 1))  # one view per set of people still playing
    club = next(e for e in ref.entities.values() if e.type == "Club")
    assert view.entities[club.iri] is club
    assert ref.as_of(dt.date(2099, 1, 1)) is ref  # no one plays then: the reference itself


def test_both_classes_of_a_former_player_are_in_the_graph():
    from rdflib import RDF

    from graph.config import FKG
    ref = load_reference()
    coach = _person(ref, "Xabi Alonso")
    types = set(ref.graph.objects(next(s for s in ref.graph.subjects() if str(s) == coach.iri), RDF.type))
    assert {FKG.Coach, FKG.Player} <= types


def test_an_article_of_his_playing_years_reads_his_moves_as_a_player():
    then = triples("Steven Gerrard has signed a new contract with Liverpool.", lang="en", date="2005-07-01")
    now = triples("Steven Gerrard has signed a new contract with Liverpool.", lang="en", date="2025-07-01")
    assert ("Steven Gerrard", "playsFor", "Liverpool FC", "positive") in then
    assert ("Steven Gerrard", "playsFor", "Liverpool FC", "positive") not in now


def test_a_national_sides_nickname_holds_after_any_plural_article():
    ref = load_reference()
    english = [e.entity.type for e in ref.aliases.get(alias_key("the Super Eagles"), [])]
    french = [e.entity.type for e in ref.aliases.get(alias_key("les Super Eagles"), [])]
    assert english == french == ["NationalTeam"]


def test_a_known_persons_surname_names_him_later_in_the_article():
    t = triples("Bolton have signed Quinton Fortune. Fortune, 28, joined from Manchester United on a free transfer.",
                lang="en", date="2006-07-01")
    assert ("Quinton Fortune", "formerlyPlayedFor", "Manchester United FC", "positive") in t
    assert not any(s == "Fortune" for s, *_ in t)  # no second person called "Fortune"


def test_a_known_one_word_name_that_is_a_first_name_begins_another_name():
    ref = load_reference()
    assert any(e.entity.label == "Raúl González" for e in ref.aliases.get(alias_key("Raúl"), []))
    t = triples("Fulham striker Raúl Jiménez scored twice.", lang="en", date="2025-07-01")
    assert ("Raúl Jiménez", "playsFor", "Fulham FC", "positive") in t
    assert not any(s == "Raúl González" for s, *_ in t)
