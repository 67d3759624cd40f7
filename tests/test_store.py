"""The embedded Oxigraph store: idempotent ingest, replacement of edited articles, removal, locking."""

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from graph.config import FKG
from graph.errors import FkgError
from graph.store import EmbeddedStore as Store


def article(text_hash: str, source: str) -> Graph:
    g = Graph()
    a = URIRef(f"urn:article:{text_hash}")
    g.add((a, FKG.contentHash, Literal(text_hash)))
    g.add((a, FKG.sourceFile, Literal(source)))
    g.add((a, URIRef("urn:p"), Literal("it's \"quoted\" <b>")))
    return g


def test_ingest_is_idempotent_and_replaces_edits(tmp_path):
    st = Store(tmp_path / "s")
    assert st.ingest("urn:g:1", article("h1", "a.md"), "h1", "a.md").status == "added"
    size = len(st)
    assert st.ingest("urn:g:1", article("h1", "a.md"), "h1", "a.md").status == "unchanged"
    assert len(st) == size
    assert st.ingest("urn:g:2", article("h2", "a.md"), "h2", "a.md").status == "replaced"
    assert st.graphs() == ["urn:g:2"]
    assert st.remove_article("a.md") == ["urn:g:2"]
    assert len(st) == 0


def test_literals_with_quotes_round_trip(tmp_path):
    st = Store(tmp_path / "s")
    st.ingest("urn:g:1", article("h1", "a.md"), "h1", "a.md")
    rows = st.select("SELECT ?o WHERE { ?a <urn:p> ?o }")
    assert rows[0]["o"].value == "it's \"quoted\" <b>"


def test_second_process_gets_a_clear_message(tmp_path):
    import subprocess
    import sys

    holder = Store(tmp_path / "s")  # this process holds the store's lock
    code = (
        "from graph.store import EmbeddedStore\n"
        f"EmbeddedStore({str(tmp_path / 's')!r}, wait=0.5)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode != 0
    assert "is in use by another fkg process" in res.stderr
    assert len(holder) == 0


def test_bad_sparql_is_reported_at_the_users_position(tmp_path):
    st = Store(tmp_path / "s")
    with pytest.raises(FkgError, match="line 1"):
        st.select("SELECT ?x WHERE { ?x ?y }")


# ---------------------------------------------------------------- both kinds of store
LITERALS = [  # (lexical form, datatype or language) as rdflib builds them, and how Oxigraph gives them back
    (("01", "integer"), '"1"^^<http://www.w3.org/2001/XMLSchema#integer>'),
    (("1.50", "decimal"), '"1.5"^^<http://www.w3.org/2001/XMLSchema#decimal>'),
    (("1e3", "double"), '"1000"^^<http://www.w3.org/2001/XMLSchema#double>'),
    (("2026-06-30", "date"), '"2026-06-30"^^<http://www.w3.org/2001/XMLSchema#date>'),
    (("2026-06", "gYearMonth"), '"2026-06"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>'),
    (("2026", "gYear"), '"2026"^^<http://www.w3.org/2001/XMLSchema#gYear>'),
    (("Bayern München", "@de-AT"), '"Bayern M\\u00FCnchen"@de-at'),
    (("x \"y\" <z>\n", None), '"x \\"y\\" <z>\\n"'),
]


def literal_graph() -> Graph:
    from rdflib import XSD

    g = Graph()
    for i, ((lexical, kind), _) in enumerate(LITERALS):
        if kind is None:
            lit = Literal(lexical)
        elif kind.startswith("@"):
            lit = Literal(lexical, lang=kind[1:])
        else:
            lit = Literal(lexical, datatype=XSD[kind])
        g.add((URIRef("urn:s"), URIRef(f"urn:p{i}"), lit))
    return g


@pytest.fixture
def any_store(fresh_store):
    """An empty embedded store, or an empty real Oxigraph server (see conftest.fresh_store)."""
    from graph.store import open_store

    st = open_store(fresh_store)
    yield st
    st.close()


def test_literal_datatypes_are_canonicalised_the_same_way_by_both_stores(any_store):
    """rdflib keeps "1.50", "1e3" and "de-AT" as written; Oxigraph stores values and gives back canonical
    forms ("1.5", "1000", "de-at"). Equal as RDF terms by value, not as strings: compare values."""
    any_store.replace_graph("urn:g", literal_graph())
    got = {r["p"].value: str(r["o"]) for r in any_store.select("SELECT ?p ?o WHERE { <urn:s> ?p ?o }")}
    for i, (_, expected) in enumerate(LITERALS):
        stored = got[f"urn:p{i}"]
        assert ox.parse(f"<urn:s> <urn:p> {stored} .".encode(), format=ox.RdfFormat.N_TRIPLES) is not None
        assert _same_term(stored, expected), (stored, expected)
    # Values survive: a date still compares as a date, a number as a number.
    assert any_store.select("SELECT ?o WHERE { <urn:s> <urn:p3> ?o FILTER(?o > \"2026-01-01\"^^xsd:date) }")
    assert any_store.select("SELECT ?o WHERE { <urn:s> <urn:p1> ?o FILTER(?o = 1.5) }")


def _same_term(a: str, b: str) -> bool:
    def parse(text):
        return next(iter(ox.parse(f"<urn:s> <urn:p> {text} .".encode(), format=ox.RdfFormat.N_TRIPLES))).object
    return parse(a) == parse(b)


def test_ingest_remove_and_bound_values_on_both_stores(any_store):
    assert any_store.ingest("urn:g:1", article("h1", "a\" } DROP ALL #.md"), "h1", "a\" } DROP ALL #.md").status == "added"
    assert any_store.ingest("urn:g:1", article("h1", "a\" } DROP ALL #.md"), "h1", "a\" } DROP ALL #.md").status == "unchanged"
    assert any_store.graphs() == ["urn:g:1"]
    assert any_store.remove_article("a\" } DROP ALL #.md") == ["urn:g:1"]
    assert len(any_store) == 0


def test_unsafe_graph_iri_is_refused(any_store):
    with pytest.raises(FkgError, match="not a safe IRI"):
        any_store.replace_graph("urn:g> } ; DROP ALL ; INSERT DATA { GRAPH <urn:x", article("h", "a.md"))


def test_endpoint_down_is_a_clear_message():
    from graph.store import RemoteStore
    from tests.conftest import free_port

    st = RemoteStore(f"http://127.0.0.1:{free_port()}")
    st.RETRIES = 1
    with pytest.raises(FkgError, match="cannot reach endpoint"):
        st.select("SELECT * WHERE { ?s ?p ?o }")


def test_endpoint_without_union_default_graph_is_reported(tmp_path):
    from graph.store import RemoteStore
    from tests.conftest import start_oxigraph

    proc, url = start_oxigraph(tmp_path / "server", union=False)
    try:
        st = RemoteStore(url)
        st.replace_graph("urn:g:1", article("h1", "a.md"))
        with pytest.raises(FkgError, match="union of its named graphs"):
            st.select("SELECT * WHERE { ?s ?p ?o }")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_endpoint_urls():
    from graph.store import endpoints

    assert endpoints("http://h:7878") == ("http://h:7878/query", "http://h:7878/update")
    assert endpoints("http://h:3030/ds/query") == ("http://h:3030/ds/query", "http://h:3030/ds/update")
    assert endpoints("http://h:3030/ds/sparql") == ("http://h:3030/ds/sparql", "http://h:3030/ds/sparql")
    assert endpoints("http://h:7200/repositories/kg") == ("http://h:7200/repositories/kg",
                                                           "http://h:7200/repositories/kg/statements")
    assert endpoints("http://h/q", "http://h/u") == ("http://h/q", "http://h/u")


def test_credentials_come_from_the_environment(monkeypatch):
    from graph.store import _auth_headers

    monkeypatch.setenv("FKG_STORE_USER", "ann")
    monkeypatch.setenv("FKG_STORE_PASSWORD", "s3cret")
    assert _auth_headers() == {"Authorization": "Basic YW5uOnMzY3JldA=="}
    monkeypatch.setenv("FKG_STORE_TOKEN", "tok")
    assert _auth_headers() == {"Authorization": "Bearer tok"}


def test_an_article_at_the_same_url_replaces_the_old_one(any_store):
    def with_url(h, source):
        g = article(h, source)
        g.add((URIRef(f"urn:article:{h}"), URIRef("https://schema.org/url"), Literal("https://example.org/x")))
        return g

    assert any_store.ingest("urn:g:1", with_url("h1", "a.md"), "h1", "a.md", "https://example.org/x").status == "added"
    res = any_store.ingest("urn:g:2", with_url("h2", "b.md"), "h2", "b.md", "https://example.org/x")
    assert res.status == "replaced" and any_store.graphs() == ["urn:g:2"]
    assert any_store.ingest("urn:g:3", article("h3", "c.md"), "h3", "c.md").status == "added"
