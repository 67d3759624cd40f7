"""Exports of the whole dataset.

RDF: TriG and N-Quads keep the named graphs (provenance per article, inferred triples per rule);
Turtle, N-Triples and JSON-LD carry the union. Graph formats for Gephi and spreadsheets (GraphML,
GEXF, CSV) carry the entity graph: entities with class, label and Wikidata ID as attributes, stated and
derived relations as edges with their number of claims. All output is sorted, without timestamps, so
the same store always gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from graph.config import PREFIXES
from graph.errors import FkgError
from graph.projection import projection
from graph.query import _csv_safe
from graph.render import render
from graph.store import Store

QUAD_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
TRIPLE_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES}
GRAPH_FORMATS = ("graphml", "gexf", "csv")
PICTURE_FORMATS = ("html", "png", "svg")
FORMATS = (*QUAD_FORMATS, *TRIPLE_FORMATS, "jsonld", *GRAPH_FORMATS, *PICTURE_FORMATS)
SUFFIX = {"trig": ".trig", "nquads": ".nq", "turtle": ".ttl", "ntriples": ".nt", "jsonld": ".jsonld",
          "graphml": ".graphml", "gexf": ".gexf", "csv": "", "html": ".html", "png": ".png", "svg": ".svg"}


def export(store: Store, fmt: str, path: str | Path, around: str | None = None, depth: int = 1,
           max_nodes: int | None = None) -> Path:
    """Write the store in a format (see FORMATS); ``csv`` writes nodes.csv and edges.csv into a folder. The
    pictures (html, png, svg) show the whole graph or the neighbourhood ``around`` an entity (``depth``
    relations deep), at most ``max_nodes`` entities (the most connected)."""
    out = Path(path)
    if fmt not in FORMATS:
        raise FkgError(f"unknown export format '{fmt}' (choose from {', '.join(FORMATS)})")
    if around is not None and fmt not in PICTURE_FORMATS:
        raise FkgError(f"--around and --max-nodes are for pictures ({', '.join(PICTURE_FORMATS)}), not {fmt}")
    (out if fmt == "csv" else out.parent).mkdir(parents=True, exist_ok=True)
    if fmt in PICTURE_FORMATS:
        return render(store, out, fmt, around=around, depth=depth, max_nodes=max_nodes)
    if fmt in QUAD_FORMATS:
        out.write_bytes(ox.serialize(store.quads(), format=QUAD_FORMATS[fmt]))
    elif fmt in TRIPLE_FORMATS:
        out.write_bytes(ox.serialize(union_triples(store), format=TRIPLE_FORMATS[fmt], prefixes=_prefixes(fmt)))
    elif fmt == "jsonld":
        out.write_text(jsonld(union_triples(store)), encoding="utf-8")
    else:
        g = entity_graph(store)
        if fmt == "graphml":
            nx.write_graphml(g, out)
        elif fmt == "gexf":
            # networkx stamps today's date into <meta>; drop it so the file is deterministic.
            text = "\n".join(nx.generate_gexf(g))
            out.write_text(re.sub(r' lastmodifieddate="[^"]*"', "", text) + "\n", encoding="utf-8")
        else:
            write_csv(g, out)
    return out


def union_triples(store: Store) -> list[ox.Triple]:
    """Every triple of every graph once, sorted."""
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads()}
    return sorted(triples, key=str)


def _prefixes(fmt: str) -> dict[str, str] | None:
    return dict(PREFIXES) if fmt == "turtle" else None


def serialize_triples(triples, fmt: str) -> str:
    """Triples as Turtle (with the project's prefixes), N-Triples or JSON-LD (with a context)."""
    triples = list(triples)
    if fmt == "jsonld":
        return jsonld(triples)
    return ox.serialize(triples, format=TRIPLE_FORMATS[fmt], prefixes=_prefixes(fmt)).decode("utf-8")


def jsonld(triples: list[ox.Triple]) -> str:
    """Triples as JSON-LD with a context of the project's prefixes, nodes sorted by id. pyoxigraph writes
    expanded JSON-LD and PyLD (the JSON-LD API's reference implementation for Python) compacts it; rdflib's
    own compaction drops an empty-string value next to another value of the same property."""
    from pyld import jsonld as pyld

    expanded = json.loads(ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.JSON_LD))
    context = dict(sorted(PREFIXES.items()))
    doc = pyld.compact(expanded, context)
    nodes = doc.get("@graph", [{k: v for k, v in doc.items() if k != "@context"}] if expanded else [])
    nodes = sorted(nodes, key=lambda n: n.get("@id", ""))
    return json.dumps({"@context": context, "@graph": nodes}, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def entity_graph(store: Store) -> nx.DiGraph:
    """Entities and their relations as a simple directed graph with string attributes (GraphML/GEXF-safe)."""
    proj = projection(store)
    positive = [(s, o, d) for s, o, d in proj.graph.edges(data=True) if d["positive"]]
    g = nx.DiGraph()
    for node in sorted({n for s, o, _d in positive for n in (s, o)}):
        g.add_node(node, label=proj.label(node), type=proj.types.get(node, ""), wikidata=proj.wikidata.get(node, ""))
    edges: dict[tuple[str, str], dict] = {}
    for s, o, data in sorted(positive, key=lambda e: (e[0], e[1], e[2]["predicate"])):
        derived = all(ev.derived_by for ev in data["evidence"])
        e = edges.setdefault((s, o), {"relation": [], "claims": 0, "derived": True})
        e["relation"].append(data["predicate"])
        e["claims"] += sum(1 for ev in data["evidence"] if not ev.derived_by and ev.stance == "positive")
        e["derived"] = e["derived"] and derived
    for (s, o), e in edges.items():
        g.add_edge(s, o, relation=",".join(e["relation"]), claims=e["claims"], derived=str(e["derived"]).lower())
    return g


def write_csv(g: nx.DiGraph, folder: Path) -> None:
    """nodes.csv (id, label, type, wikidata) and edges.csv (source, target, relation, claims, derived)."""
    def write(name: str, header: list[str], rows: list[list]) -> None:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(header)
        w.writerows([[_csv_safe(str(c)) for c in row] for row in rows])
        (folder / name).write_text(buf.getvalue(), encoding="utf-8")

    write("nodes.csv", ["id", "label", "type", "wikidata"],
          [[n, d["label"], d["type"], d["wikidata"]] for n, d in g.nodes(data=True)])
    write("edges.csv", ["source", "target", "relation", "claims", "derived"],
          [[s, o, d["relation"], d["claims"], d["derived"]] for s, o, d in g.edges(data=True)])
