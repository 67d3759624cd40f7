"""`fkg validate` (SHACL in plain words) and `fkg explain` (claims and rules behind one edge)."""

import json

import pyoxigraph as ox

from tests.conftest import fkg


def test_validate_demo_store_conforms(demo_store):
    res = fkg("validate", "--store", demo_store["store"])
    assert res.returncode == 0, res.stdout + res.stderr
    assert "conforms" in res.stdout


def test_validate_reports_a_violation_in_words(tmp_path):
    store = tmp_path / "bad"
    fkg("build", "--store", str(store), "--exports", str(tmp_path / "x"), "data/articles/004-real-madrid-xabi-alonso-ancelotti.md",
        check=True)
    s = ox.Store(str(store))
    s.update('INSERT DATA { GRAPH <urn:bad> { <urn:c> a <https://w3id.org/football-kg/ontology#Claim> ; '
             '<https://w3id.org/football-kg/ontology#confidence> "high" } }')
    del s
    res = fkg("validate", "--store", str(store))
    assert res.returncode == 1
    assert "violation" in res.stdout.lower() and "urn:c" in res.stdout
    assert "Traceback" not in res.stderr


def test_explain_lists_claims_with_sentences(demo_store):
    res = fkg("explain", "Konate", "playsFor", "Liverpool", "--format", "json", "--store", demo_store["store"], check=True)
    out = json.loads(res.stdout)
    assert out["claims"] and all(c["sentence"] and c["article"] for c in out["claims"])


def test_explain_shows_rules_for_derived_edges(demo_store):
    res = fkg("explain", "Konate", "formerTeammateOf", "Upamecano", "--format", "json", "--store", demo_store["store"], check=True)
    assert json.loads(res.stdout)["rules"]


def test_explain_hostile_name_is_a_clean_error(demo_store):
    res = fkg("explain", 'x" } DROP ALL {', "playsFor", "Liverpool", "--store", demo_store["store"])
    assert res.returncode == 1 and res.stderr.startswith("fkg: error:")
    assert fkg("explain", "Konate", "playsFor", "Liverpool", "--store", demo_store["store"]).returncode == 0
