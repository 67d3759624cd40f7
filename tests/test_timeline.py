"""Time in the graph, end to end through the CLI on both kinds of store: spells read from text become
stints, overlapping spells give derived former teammates ("both at <club> 2017-2021"), `fkg timeline`
lists and draws the dated claims about a person, and `--as-of` shows the graph as it was believed then.
The articles in tests/fixtures/careers were written for these tests; one carries hostile markup."""

import json

import pytest

from tests.conftest import ROOT, fkg

CAREERS = str(ROOT / "tests" / "fixtures" / "careers")


@pytest.fixture
def careers(fresh_store):
    fkg("build", CAREERS, "--store", fresh_store, "--no-export", check=True)
    return fresh_store


def test_spells_from_several_articles_make_one_stint_and_derived_teammates(careers):
    info = json.loads(fkg("show", "Karl Ostmann", "--format", "json", "--store", careers, check=True).stdout)
    spells = {(s["label"], s["start"], s["end"]) for s in info["stints"]}
    assert ("RB Leipzig", "2017", "2021") in spells and ("VfB Stuttgart", "2021", None) in spells
    res = fkg("connect", "Karl Ostmann", "Tomas Breuer", "--store", careers, check=True)
    assert "former teammates (derived: both at RB Leipzig 2017\u20132021)" in res.stdout
    why = fkg("explain", "Karl Ostmann", "formerTeammateOf", "Tomas Breuer", "--store", careers, check=True)
    assert "20-teammates-from-shared-former-club" in why.stdout


def test_timeline_lists_claims_in_date_order_with_stance(careers):
    res = fkg("timeline", "Ostmann", "--store", careers, check=True)
    lines = res.stdout.splitlines()
    assert lines[0].startswith("Timeline of Karl Ostmann (Player)")
    dates = [line[:10] for line in lines[1:]]
    assert dates == sorted(dates) and dates[0] == "2019-03-01" and dates[-1] == "2023-01-10"
    assert any("Karl Ostmann plays for RB Leipzig (since 2017)" in line for line in lines)
    assert any("denied: Hamburger SV has targeted Karl Ostmann" in line and "citing kicker" in line for line in lines)
    de = fkg("timeline", "Ostmann", "--lang", "de", "--store", careers, check=True).stdout
    assert "dementiert: Hamburger SV hat Interesse an Karl Ostmann" in de


def test_timeline_chart_is_deterministic_and_escapes_article_text(careers, tmp_path):
    first, second, page = tmp_path / "a.png", tmp_path / "b.png", tmp_path / "t.html"
    for path in (first, second, page):
        fkg("timeline", "Karl Ostmann", "--chart", str(path), "--store", careers, check=True)
    assert first.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and first.read_bytes() == second.read_bytes()
    html = page.read_text(encoding="utf-8")
    assert "<svg" in html and "Content-Security-Policy" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=" in html
    bad = fkg("timeline", "Karl Ostmann", "--chart", str(tmp_path / "t.pdf"), "--store", careers)
    assert bad.returncode == 1 and bad.stderr.startswith("fkg: error:") and "Traceback" not in bad.stderr


def test_as_of_shows_what_was_believed_then(careers):
    query = "SELECT ?club WHERE { ?p rdfs:label \"Karl Ostmann\" ; fkg:playsFor ?club }"
    now = fkg("query", query, "--store", careers, "--format", "json", check=True).stdout
    then = fkg("query", query, "--store", careers, "--format", "json", "--as-of", "2020-01-01", check=True).stdout
    assert "vfb-stuttgart" in now and "vfb-stuttgart" not in then and "rb-leipzig" in then
    early = fkg("timeline", "Karl Ostmann", "--as-of", "2020-01-01", "--store", careers, check=True).stdout
    assert "2022-08-01" not in early and "2019-03-01" in early
    shown = json.loads(fkg("show", "Karl Ostmann", "--as-of", "2020-01-01", "--format", "json", "--store", careers,
                           check=True).stdout)
    former = {e["label"] for e in shown["relations"].get("formerly played for", [])}
    current = {e["label"] for e in shown["relations"].get("plays for", [])}
    assert "RB Leipzig" in current and "RB Leipzig" not in former and "VfB Stuttgart" not in current
    answer = fkg("ask", "Who does Karl Ostmann play for?", "--as-of", "2020-01-01", "--store", careers, check=True)
    assert "RB Leipzig" in answer.stdout and "VfB Stuttgart" not in answer.stdout


def test_as_of_is_read_only_and_checks_its_date(careers):
    upd = fkg("query", "--update", "INSERT DATA { GRAPH fkr:graph/x { fkr:a fkr:b fkr:c } }", "--as-of", "2020-01-01",
              "--store", careers)
    assert upd.returncode == 1 and "past state" in upd.stderr
    bad = fkg("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--as-of", "last year", "--store", careers)
    assert bad.returncode == 1 and "is not a date (YYYY-MM-DD)" in bad.stderr


def test_curated_stints_derive_membership_and_teammates(fresh_store, tmp_path):
    """Stints from curated facts (here loaded as a dump) are turned into memberships by rule 40: an ended one
    into formerlyPlayedFor, an open one into playsFor; overlapping ones into former teammates (rule 20)."""
    dump = tmp_path / "stints.trig"
    dump.write_text("""
@prefix fkg: <https://w3id.org/football-kg/ontology#> .
@prefix fkr: <https://w3id.org/football-kg/resource/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/football-kg/resource/graph/curated> {
  fkr:test-a a fkg:Player ; rdfs:label "Anton Curated" ; fkg:hasStint fkr:stint-a1, fkr:stint-a2 .
  fkr:test-b a fkg:Player ; rdfs:label "Bernd Curated" ; fkg:hasStint fkr:stint-b1 .
  fkr:stint-a1 a fkg:Stint ; fkg:team fkr:sc-freiburg ; fkg:role fkg:PlayerRole ;
      fkg:startDate "2012"^^xsd:gYear ; fkg:endDate "2016"^^xsd:gYear .
  fkr:stint-a2 a fkg:Stint ; fkg:team fkr:vfl-wolfsburg ; fkg:role fkg:PlayerRole ; fkg:startDate "2016"^^xsd:gYear .
  fkr:stint-b1 a fkg:Stint ; fkg:team fkr:sc-freiburg ; fkg:role fkg:PlayerRole ;
      fkg:startDate "2014"^^xsd:gYear ; fkg:endDate "2019"^^xsd:gYear .
}
""", encoding="utf-8")
    fkg("build", CAREERS, "--store", fresh_store, "--no-export", check=True)
    fkg("load", str(dump), "--store", fresh_store, check=True)
    rule = "<https://w3id.org/football-kg/resource/graph/inferred/40-membership-from-stints>"
    rows = fkg("query", f"SELECT ?p ?club WHERE {{ GRAPH {rule} {{ ?x ?p ?club }} ?x rdfs:label \"Anton Curated\" }}",
               "--store", fresh_store, "--format", "tsv", check=True).stdout
    assert "formerlyPlayedFor" in rows and "sc-freiburg" in rows and "playsFor" in rows and "vfl-wolfsburg" in rows
    res = fkg("connect", "Anton Curated", "Bernd Curated", "--store", fresh_store, check=True)
    assert "former teammates (derived: both at SC Freiburg 2014\u20132016)" in res.stdout
