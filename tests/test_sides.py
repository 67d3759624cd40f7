"""Match sides from the prose that sets players against each other."""

from graph.articles import article_from_text
from graph.extract import extract


def _ties(text: str) -> set[tuple[str, str, str]]:
    x = extract(article_from_text(text, lang="en", date="2025-03-01"))
    return {(r.subject.label, r.predicate, r.object.label) for r in x.relations if r.rule == "opponent-side"}


def test_the_players_a_keeper_saves_from_are_on_the_other_side():
    text = ("Brentford beat Fulham 2-1. Brentford goalkeeper Mark Flekken made fine saves from Raúl Jiménez and "
            "Alex Iwobi.")
    assert _ties(text) == {("Raúl Jiménez", "playsFor", "Fulham FC"), ("Alex Iwobi", "playsFor", "Fulham FC")}


def test_a_shot_past_a_keeper_puts_the_keeper_on_the_scorers_opponents_side():
    text = ("Brentford beat Fulham 2-1. Bryan Mbeumo scored for Brentford when he fired past Bernd Leno.")
    assert ("Bernd Leno", "playsFor", "Fulham FC") in _ties(text)


def test_no_sides_are_guessed_without_a_match_of_two_clubs():
    text = "Bryan Mbeumo fired past Bernd Leno in training."
    assert _ties(text) == set()


def test_national_sides_are_sides_too():
    x = extract(article_from_text("L'Algérie a battu le Sénégal 1-0 en finale. L'international algérien Baghdad Bounedjah "
                                  "a trompé Alfred Gomis.", lang="fr", date="2019-07-20"))
    ties = {(r.subject.label, r.predicate, r.object.label) for r in x.relations if r.rule == "opponent-side"}
    assert ("Alfred Gomis", "playsFor", "Senegal national football team") in ties
