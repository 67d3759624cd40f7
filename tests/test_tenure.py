"""Within a sentence, when ties begin and end: contract end dates and spell years."""

from tests.test_extract import triples


def test_a_deals_length_dates_its_end_from_the_article_date():
    t = triples("Southampton have appointed Will Still as manager on a two-and-a-half-year contract.", lang="en",
                date="2025-06-01")
    assert ("Will Still", "contractUntil", "2027", "positive") in t


def test_a_release_clause_is_no_contract_but_a_contract_beside_it_is():
    t = triples("El centrocampista Martín Zubimendi tiene una cláusula de rescisión de 60 millones y contrato hasta "
                "2027.", lang="es", date="2024-05-21")
    assert {o for _s, p, o, _st in t if p == "contractUntil"} == {"2027"}


def test_a_spell_since_a_year_is_current():
    t = triples("Marcel Sabitzer has played for Borussia Dortmund since 2023.", lang="en", date="2025-06-01")
    assert ("Marcel Sabitzer", "playsFor", "Borussia Dortmund", "positive") in t
