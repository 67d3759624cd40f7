"""Render the graph as one self-contained, offline HTML page (pyvis / vis-network)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from graph.connect import load_projection
from graph.store import Store

STYLE = {  # class -> (colour, shape)
    "Player": ("#1f77b4", "dot"),
    "Coach": ("#2ca02c", "diamond"),
    "Executive": ("#9467bd", "triangle"),
    "Journalist": ("#8c564b", "star"),
    "Club": ("#d62728", "square"),
    "NationalTeam": ("#ff7f0e", "square"),
    "MediaOutlet": ("#7f7f7f", "triangleDown"),
    "Competition": ("#bcbd22", "hexagon"),
}
PHYSICS_LIMIT = 1000
_REMOTE = re.compile(r"<(link|script)\b[^>]*\b(?:href|src)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.S)


def _tooltip(lines: list[str]) -> str:
    return "\n".join(html.escape(x, quote=True) for x in lines)


def build_network(g: nx.MultiDiGraph, labels: dict[str, str], types: dict[str, str]) -> Network:
    """A pyvis network: colour/shape by class, size by degree, evidence in edge tooltips."""
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", heading="")
    pos = nx.spring_layout(nx.Graph(g), seed=7, iterations=60) if len(g) else {}
    physics = len(g) <= PHYSICS_LIMIT
    for n in sorted(g.nodes):
        kind = types.get(n, "Entity")
        colour, shape = STYLE.get(kind, ("#17becf", "dot"))
        x, y = pos.get(n, (0.0, 0.0))
        net.add_node(n, label=labels.get(n, n.rsplit("/", 1)[-1]), title=_tooltip([labels.get(n, n), kind, n]),
                     color=colour, shape=shape, size=10 + 3 * min(g.degree(n), 10), group=kind,
                     x=float(x) * 1000, y=float(y) * 1000, physics=physics)
    for s, o, data in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2]["predicate"])):
        ev = data["evidence"]
        derived = all(e.derived_by for e in ev)
        lines = [data["predicate"]] + [f"{e.date or ''} {e.title or ''}: {e.sentence}".strip() for e in ev[:5]]
        net.add_edge(s, o, label=data["predicate"], title=_tooltip(lines), dashes=derived,
                     width=1 + 2 * max(e.confidence for e in ev))
    net.toggle_physics(physics)
    return net


def offline_html(net: Network) -> str:
    """pyvis' page with every remote <link>/<script> removed (in-line mode still loads Bootstrap)."""
    page = net.generate_html(notebook=False)
    return _REMOTE.sub("", page)


def render_html(store: Store, path: str | Path) -> Path:
    """Write the whole graph as an offline HTML page."""
    g, labels, types = load_projection(store)
    page = offline_html(build_network(g, labels, types))
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out
