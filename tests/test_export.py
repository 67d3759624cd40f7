"""Exports: every format round-trips, graph formats open in networkx, and exports/ is up to date."""

import csv
import filecmp

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from tests.conftest import ROOT, fkg


def _union(trig_path) -> Graph:
    ds = Dataset()
    ds.parse(trig_path, format="trig")
    g = Graph()
    for s, p, o, _g in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    assert len(g) > 1000
    return g


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")])
def test_rdf_exports_round_trip(demo_store, tmp_path, fmt, rdflib_format):
    out = tmp_path / f"g.{fmt}"
    fkg("export", fmt, "-o", str(out), "--store", demo_store["store"], check=True)
    loaded = Graph().parse(out, format=rdflib_format)
    assert isomorphic(loaded, _union(demo_store["exports"] / "graph.trig"))


def test_nquads_keeps_named_graphs(demo_store, tmp_path):
    out = tmp_path / "g.nq"
    fkg("export", "nquads", "-o", str(out), "--store", demo_store["store"], check=True)
    ds = Dataset()
    ds.parse(out, format="nquads")
    names = {str(c.identifier) for c in ds.contexts()}
    assert any("/graph/article/" in n for n in names) and any("/graph/inferred/" in n for n in names)


def test_graph_formats_open_in_networkx(demo_store):
    exports = demo_store["exports"]
    for g in (nx.read_graphml(exports / "graph.graphml"), nx.read_gexf(exports / "graph.gexf")):
        assert g.number_of_nodes() > 15 and g.number_of_edges() > 15
        types = {d.get("type") for _n, d in g.nodes(data=True)}
        assert {"Player", "Club", "Coach"} <= types
    with open(exports / "csv" / "edges.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and {"source", "target", "relation", "claims", "derived"} == set(rows[0])
    assert any(r["derived"] == "true" for r in rows)


def test_committed_exports_are_up_to_date(demo_store):
    """exports/ is what `fkg build` makes of data/: RDF compared as graphs, the rest byte for byte."""
    fresh, committed = demo_store["exports"], ROOT / "exports"
    assert isomorphic(_union(committed / "graph.trig"), _union(fresh / "graph.trig"))
    assert isomorphic(Graph().parse(committed / "graph.ttl"), Graph().parse(fresh / "graph.ttl"))
    for name in ("graph.graphml", "graph.gexf", "csv/nodes.csv", "csv/edges.csv", "graph.html", "graph.png"):
        assert filecmp.cmp(committed / name, fresh / name, shallow=False), f"exports/{name} is stale: run fkg build"
