"""fkg query on both stores: saved queries with bound parameters, result formats, timeouts, errors."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
from rdflib import Graph

from graph.errors import FkgError
from graph.saved import saved_queries
from tests.conftest import fkg

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def rows(store: str, *args: str) -> list[dict]:
    out = fkg("query", *args, "--store", store, "--format", "csv", check=True).stdout
    return list(csv.DictReader(io.StringIO(out)))


def test_every_saved_query_runs_and_is_listed(demo_store):
    listing = fkg("query", "--list", check=True).stdout
    samples = {"entity": "Upamecano", "text": "x", "date": "2025", "number": "1"}
    for name, q in saved_queries().items():
        assert name in listing and q.description
        params = [a for p, kind in q.params.items() for a in ("--param", f"{p}={samples[kind]}")]
        fkg("query", name, *params, "--store", demo_store["store"], check=True)


def test_saved_queries_answer_with_bound_entities(demo_store):
    st = demo_store["store"]
    mates = rows(st, "former-teammates", "--param", "player=upamecano")
    assert [r["name"] for r in mates] == ["Ibrahima Konaté"]
    assert "RB Leipzig" in mates[0]["sharedClubs"]
    clubs = rows(st, "clubs-targeting", "--param", "player=Konate")
    real = next(r for r in clubs if r["club"].endswith("/real-madrid"))
    assert int(real["claimsFor"]) >= 1 and int(real["claimsAgainst"]) >= 1  # the rumour and its denial
    both = rows(st, "played-for-both", "--param", "club_a=RB Leipzig", "--param", "club_b=Bayern München")
    assert {r["name"] for r in both} == {"Dayot Upamecano"}
    outlets = rows(st, "cited-outlets")
    assert outlets and all(int(r["articles"]) >= 1 for r in outlets)


def test_parameters_are_bound_not_pasted(demo_store):
    # A value that would break out of a pasted string or IRI is just a name that matches nothing.
    res = fkg("query", "former-teammates", "--param", 'player=x" } DROP ALL #', "--store", demo_store["store"])
    assert res.returncode == 1 and "no entity" in res.stderr and "Traceback" not in res.stderr
    res = fkg("query", "former-teammates", "--param", "nobody=1", "--store", demo_store["store"])
    assert res.returncode == 1 and "has no parameter nobody" in res.stderr
    res = fkg("query", "former-teammates", "--store", demo_store["store"])
    assert res.returncode == 1 and "needs --param player" in res.stderr
    res = fkg("query", "no-such-query", "--store", demo_store["store"])
    assert res.returncode == 1 and "saved queries:" in res.stderr


def test_result_formats(demo_store):
    st = demo_store["store"]
    q = "SELECT ?o ?n WHERE { ?o a fkg:MediaOutlet ; rdfs:label ?n } ORDER BY ?n LIMIT 3"
    as_json = json.loads(fkg("query", q, "--store", st, "--format", "json", check=True).stdout)
    xml = ET.fromstring(fkg("query", q, "--store", st, "--format", "xml", check=True).stdout)
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert len(xml.findall(f".//{ns}result")) == len(as_json["results"]["bindings"]) == 3
    construct = "CONSTRUCT { ?o rdfs:label ?n } WHERE { ?o a fkg:MediaOutlet ; rdfs:label ?n }"
    ttl = fkg("query", construct, "--store", st, "--format", "turtle", check=True).stdout
    jsonld = fkg("query", construct, "--store", st, "--format", "jsonld", check=True).stdout
    a, b = Graph().parse(data=ttl, format="turtle"), Graph().parse(data=jsonld, format="json-ld")
    assert len(a) >= 5 and a.isomorphic(b)
    res = fkg("query", q, "--store", st, "--format", "turtle")
    assert res.returncode == 1 and "CONSTRUCT" in res.stderr


def test_runaway_query_stops_at_the_timeout(demo_store):
    res = fkg("query", RUNAWAY, "--timeout", "1", "--store", demo_store["store"], timeout=60)
    assert res.returncode == 1
    assert "timeout" in res.stderr or "did not answer" in res.stderr
    assert "Traceback" not in res.stderr


def test_python_api_binds_parameters(demo_store):
    from graph import api

    st = api.open_store(demo_store["store"])
    try:
        result = api.query("former-teammates", store=demo_store["store"], params={"player": "Konaté"})
        names = {row["name"].value for row in result}
        assert "Dayot Upamecano" in names
        with pytest.raises(FkgError, match="parameters are for saved queries"):
            api.query("SELECT * WHERE { ?s ?p ?o }", store=demo_store["store"], params={"x": "1"})
        assert isinstance(api.query("ASK { ?s ?p ?o }", store=st), ox.QueryBoolean)
    finally:
        st.close()
