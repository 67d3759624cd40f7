"""The embedded Oxigraph store: idempotent ingest, replacement of edited articles, removal, locking."""

import pytest
from rdflib import Graph, Literal, URIRef

from graph.config import FKG
from graph.errors import FkgError
from graph.store import Store


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
        "from graph.store import Store\n"
        f"Store({str(tmp_path / 's')!r})\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode != 0
    assert "is in use by another fkg process" in res.stderr
    assert len(holder) == 0


def test_bad_sparql_is_reported_at_the_users_position(tmp_path):
    st = Store(tmp_path / "s")
    with pytest.raises(FkgError, match="line 1"):
        st.select("SELECT ?x WHERE { ?x ?y }")
