"""SHACL validation of the stored graph (ontology/shapes.ttl, with RDFS inference over the ontology),
reported in plain words."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDFS, Graph, Namespace

from graph.config import ONTOLOGY_DIR
from graph.store import Store

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass
class Violation:
    """One SHACL result, named for people."""

    focus: str
    label: str
    path: str | None
    message: str
    severity: str

    def text(self) -> str:
        """'<label> (<iri>): <property>: <message>'."""
        where = f"{self.label} <{self.focus}>" if self.label != self.focus else f"<{self.focus}>"
        prop = f" {self.path}:" if self.path else ""
        return f"{self.severity}: {where}:{prop} {self.message}"


def union_graph(store: Store) -> Graph:
    """Every triple of the store once, as an rdflib Graph."""
    from graph.export import union_triples

    g = Graph()
    g.parse(data=ox.serialize(union_triples(store), format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    return g


def validate(store: Store) -> list[Violation]:
    """Run the shapes over the store; an empty list means the graph conforms."""
    from pyshacl import validate as shacl

    data = union_graph(store)
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl")
    ontology = Graph().parse(ONTOLOGY_DIR / "football.ttl")
    _conforms, results, _text = shacl(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    out = []
    for r in results.subjects(SH.resultSeverity, None):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        label = data.value(focus, RDFS.label) if focus is not None else None
        out.append(Violation(str(focus), str(label or focus), _short(path) if path is not None else None,
                             str(results.value(r, SH.resultMessage) or "does not conform"),
                             _short(results.value(r, SH.resultSeverity)).lower()))
    return sorted(out, key=lambda v: (v.severity, v.focus, v.path or ""))


def _short(term) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]
