"""The demo graph conforms to the SHACL shapes (pyshacl, RDFS inference over the ontology)."""

from pathlib import Path

from pyshacl import validate
from rdflib import Dataset, Graph

ROOT = Path(__file__).resolve().parent.parent


def test_demo_graph_conforms(demo_store):
    ds = Dataset()
    ds.parse(demo_store["exports"] / "graph.trig", format="trig")
    union = Graph()
    for s, p, o, _g in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    assert len(union) > 1000
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    conforms, _g, text = validate(union, shacl_graph=shapes, ont_graph=Graph().parse(ROOT / "ontology" / "football.ttl"),
                                  inference="rdfs")
    assert conforms, text


def test_shapes_catch_a_bad_claim():
    bad = Graph().parse(data="""
        @prefix fkg: <https://w3id.org/football-kg/ontology#> .
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        <urn:c> a fkg:Claim ; rdf:subject <urn:x> ; rdf:predicate fkg:likes ; rdf:object <urn:y> ; fkg:stance fkg:Maybe .
    """, format="turtle")
    conforms, _g, _t = validate(bad, shacl_graph=Graph().parse(ROOT / "ontology" / "shapes.ttl"))
    assert not conforms
