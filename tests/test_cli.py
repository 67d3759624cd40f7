"""End to end: the real CLI on the demo corpus, the embedded store, SPARQL, connect."""

import json

from tests.conftest import fkg

MUST_HOLD = [
    ("ibrahima-konate", "playsFor", "liverpool"),
    ("ibrahima-konate", "formerlyPlayedFor", "rb-leipzig"),
    ("dayot-upamecano", "playsFor", "bayern-munich"),
    ("dayot-upamecano", "formerlyPlayedFor", "rb-leipzig"),
    ("ibrahima-konate", "formerTeammateOf", "dayot-upamecano"),
    ("real-madrid", "targets", "ibrahima-konate"),
    ("real-madrid", "targets", "dayot-upamecano"),
    ("paris-saint-germain", "targets", "dayot-upamecano"),
    ("xabi-alonso", "coaches", "real-madrid"),
    ("florentino-perez", "presidentOf", "real-madrid"),
]


def ask(store: str, query: str) -> bool:
    res = fkg("query", query, "--store", store, "--format", "json", check=True)
    return json.loads(res.stdout)["boolean"]


def test_build_reports_and_exports(demo_store):
    assert "5 articles stored, 0 failed" in demo_store["output"]
    assert (demo_store["exports"] / "graph.html").stat().st_size > 10_000
    assert (demo_store["exports"] / "graph.trig").stat().st_size > 1_000


def test_must_hold_facts(demo_store):
    for s, p, o in MUST_HOLD:
        assert ask(demo_store["store"], f"ASK {{ fkr:{s} fkg:{p} fkr:{o} }}"), (s, p, o)
    assert ask(demo_store["store"], "ASK { fkr:xabi-alonso ?p fkr:bayer-leverkusen FILTER(?p IN (fkg:coaches, fkg:coachedAt)) }")
    for outlet in ("marca", "foot-mercato", "fichajes", "cadena-ser", "lequipe"):
        assert ask(demo_store["store"], f"ASK {{ ?a a fkg:Article ; fkg:cites fkr:{outlet} }}"), outlet


def test_claims_have_provenance(demo_store):
    q = """ASK { ?c a fkg:Claim ; rdf:subject fkr:real-madrid ; rdf:predicate fkg:targets ;
                    rdf:object fkr:ibrahima-konate ; fkg:stance fkg:Negative ; fkg:evidence ?e ;
                    prov:wasDerivedFrom ?a . ?a a fkg:Article }"""
    assert ask(demo_store["store"], q)


def test_rebuild_is_idempotent(demo_store, tmp_path):
    before = fkg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", demo_store["store"],
                 "--format", "csv", check=True).stdout
    res = fkg("build", "--store", demo_store["store"], "--exports", str(tmp_path), check=True)
    assert res.stdout.count("unchanged") == 5
    after = fkg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", demo_store["store"],
                "--format", "csv", check=True).stdout
    assert before == after


def test_connect_explains_with_evidence(demo_store):
    res = fkg("connect", "Konate", "Alonso", "--store", demo_store["store"], "--format", "json", check=True)
    out = json.loads(res.stdout)
    assert out["from"]["label"] == "Ibrahima Konaté" and out["to"]["label"] == "Xabi Alonso"
    assert len(out["paths"]) >= 2
    first = out["paths"][0]
    assert first["length"] == 2
    assert "Real Madrid CF has targeted Ibrahima Konaté" in first["text"] and "Xabi Alonso coaches Real Madrid CF" in first["text"]
    assert all(st["evidence"][0]["sentence"] for st in first["steps"])


def test_query_formats(demo_store):
    q = "SELECT DISTINCT ?club WHERE { ?club fkg:targets fkr:dayot-upamecano } ORDER BY ?club"
    tsv = fkg("query", q, "--store", demo_store["store"], "--format", "tsv", check=True).stdout
    assert "real-madrid" in tsv and "paris-saint-germain" in tsv
    table = fkg("query", q, "--store", demo_store["store"], "--format", "table", check=True).stdout
    assert "fkr:real-madrid" in table and "row" in table


def test_bad_input_gives_one_line_errors(demo_store, tmp_path):
    cases = [
        ("query", "SELECT ?x WHERE { ?x ?y }", "--store", demo_store["store"]),
        ("connect", "Nobody Atall", "Alonso", "--store", demo_store["store"]),
        ("extract", str(tmp_path / "missing.txt")),
    ]
    for args in cases:
        res = fkg(*args)
        assert res.returncode != 0, args
        assert "Traceback" not in res.stderr and len(res.stderr.strip().splitlines()) == 1, res.stderr
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\xff\x00")
    res = fkg("build", str(binary), "--store", str(tmp_path / "s"), "--no-export")
    assert res.returncode == 2 and "binary" in res.stderr and "Traceback" not in res.stderr


def test_extract_jsonl_contract():
    res = fkg("extract", "data/articles/002-konate-betrayed-marca-take.md", check=True)
    rec = json.loads(res.stdout.splitlines()[0])
    assert {"article", "id", "lang", "date", "entities", "relations"} <= set(rec)
    assert rec["lang"] == "en" and rec["date"] == "2025-10-16"
    ids = {e["id"] for e in rec["entities"]} | {rec["id"]}
    for r in rec["relations"]:
        assert {"subject", "predicate", "object", "evidence", "sources", "stance", "confidence"} <= set(r)
        assert r["subject"] in ids


def test_updates_need_the_update_flag(tmp_path):
    store = str(tmp_path / "s")
    fkg("build", "--store", store, "--exports", str(tmp_path / "x"), "data/articles/004-real-madrid-xabi-alonso-ancelotti.md",
        check=True)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = fkg("query", count, "--format", "csv", "--store", store, check=True).stdout
    res = fkg("query", "# drop it\nDROP ALL", "--store", store)
    assert res.returncode == 1 and "--update" in res.stderr
    assert fkg("query", count, "--format", "csv", "--store", store, check=True).stdout == before
    res = fkg("query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "--update", "--store", store, check=True)
    assert "update applied" in res.stdout
    assert fkg("query", count, "--format", "csv", "--store", store, check=True).stdout != before


def test_remove_takes_an_article_out(fresh_store, tmp_path):
    one, two = "data/articles/003-real-madrid-centre-back-konate.md", "data/articles/004-real-madrid-xabi-alonso-ancelotti.md"
    fkg("build", one, two, "--store", fresh_store, "--no-export", check=True)
    claims = "SELECT (COUNT(*) AS ?n) WHERE { ?c a fkg:Claim ; prov:wasDerivedFrom ?a . ?a fkg:sourceFile ?f FILTER(?f = \"%s\") }"
    count = lambda f: int(fkg("query", claims % f, "--store", fresh_store, "--format", "csv", check=True).stdout.split()[1])  # noqa: E731
    kept = count(two)
    assert count(one) > 0 and kept > 0
    res = fkg("remove", one, "--store", fresh_store, check=True)
    assert "removed" in res.stdout
    assert count(one) == 0 and count(two) == kept
    res = fkg("remove", one, "--store", fresh_store)
    assert res.returncode == 1 and "no stored article" in res.stderr
    res = fkg("build", one, two, "--store", fresh_store, "--no-export", check=True)
    assert "added" in res.stdout and "unchanged" in res.stdout


def test_serve_exposes_the_store_read_only(tmp_path):
    import subprocess
    import sys
    import time
    import urllib.request

    from tests.conftest import ROOT, free_port

    store = str(tmp_path / "store")
    fkg("build", "data/articles/004-real-madrid-xabi-alonso-ancelotti.md", "--store", store, "--no-export", check=True)
    url = f"http://127.0.0.1:{free_port()}"
    server = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--store", store, "--bind", url[7:]],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        res = fkg("query", "SELECT ?n WHERE { fkr:xabi-alonso rdfs:label ?n }", "--store", url, "--format", "csv", check=True)
        assert "Xabi Alonso" in res.stdout
        res = fkg("query", "DROP ALL", "--update", "--store", url)
        assert res.returncode == 1 and "read-only" in res.stderr
    finally:
        server.terminate()
        server.wait(timeout=10)
    # the Oxigraph server went with it: the store can be opened for writing again
    fkg("query", "ASK { ?s ?p ?o }", "--store", store, check=True)
