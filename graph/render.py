"""Pictures of the graph: an interactive, offline HTML page (pyvis' data model and vis-network, in our
own page with a legend, search, filters and neighbourhood highlight) and a static PNG or SVG (matplotlib),
of the whole graph or one view of it: around an entity, a set of connection paths, a club's rumours.

Big graphs stay usable: nodes are added without pyvis' quadratic ``add_node``, positions are computed
beforehand (igraph's grid Fruchterman-Reingold, seconds for 20,000 nodes) and physics only runs, then
stops, on small graphs; ``max_nodes`` keeps the most connected entities. All article text reaches the
page as JSON data shown through ``textContent``/``innerText``, never as markup.
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import jinja2
from pyvis.network import Network

from graph.errors import FkgError
from graph.projection import Projection, find_entity, projection
from graph.store import Store
from graph.wording import RELATION_NAMES, sentence

STYLE = {  # class -> (colour, vis shape, matplotlib marker)
    "Player": ("#1f77b4", "dot", "o"),
    "Coach": ("#2ca02c", "diamond", "D"),
    "Executive": ("#9467bd", "triangle", "^"),
    "Journalist": ("#8c564b", "star", "*"),
    "Club": ("#d62728", "square", "s"),
    "NationalTeam": ("#ff7f0e", "square", "s"),
    "MediaOutlet": ("#7f7f7f", "triangleDown", "v"),
    "Competition": ("#bcbd22", "hexagon", "h"),
}
OTHER = ("#17becf", "dot", "o")
CLASS_NAMES = {"Player": "Players", "Coach": "Coaches", "Executive": "Executives", "Journalist": "Journalists",
               "Club": "Clubs", "NationalTeam": "National teams", "MediaOutlet": "Media outlets",
               "Competition": "Competitions", "Entity": "Other"}
PHYSICS_LIMIT = 300  # above this many nodes, positions are precomputed and physics stays off
EDGE_LABEL_LIMIT = 1500  # above this many edges, relation names are in tooltips only (labels cost more than lines)
DENIED = "#d62728"
HIGHLIGHT = "#f5b301"


@dataclass
class View:
    """What one picture shows: nodes, edges (source, target, relation), and what to highlight."""

    title: str
    nodes: list[str]
    edges: list[tuple[str, str, str]]
    focus: str | None = None
    highlight_nodes: set[str] = field(default_factory=set)
    highlight_edges: set[tuple[str, str, str]] = field(default_factory=set)
    total: int = 0


# ------------------------------------------------------------------ views
def whole_view(proj: Projection, max_nodes: int | None = None, title: str = "Football knowledge graph") -> View:
    """Every entity that takes part in a relation (the ``max_nodes`` most connected, if given)."""
    nodes = [n for n in proj.graph.nodes if proj.graph.degree(n)]
    return _view(proj, title, nodes, max_nodes)


def around_view(proj: Projection, centre: str, depth: int = 1, max_nodes: int | None = None,
                relations: frozenset[str] | None = None) -> View:
    """An entity and everything within ``depth`` relations of it (only ``relations``, if given)."""
    if depth < 0:
        raise FkgError("--depth must be 0 or more")
    seen, frontier = {centre}, {centre}
    for _ in range(depth):
        nxt = set()
        for n in frontier:
            for s, o, key in [*proj.graph.out_edges(n, keys=True), *proj.graph.in_edges(n, keys=True)]:
                if relations is None or key in relations:
                    nxt.add(o if s == n else s)
        frontier = nxt - seen
        seen |= frontier
    view = _view(proj, f"Around {proj.label(centre)}", list(seen), max_nodes, keep={centre}, relations=relations)
    view.focus = centre
    return view


def paths_view(proj: Projection, result: dict, depth: int = 1, max_nodes: int | None = 300) -> View:
    """The paths of a ``connect`` answer, highlighted in their neighbourhood (``depth`` relations around)."""
    on_path = {n for p in result["paths"] for st in p["steps"] for n in (st["source"], st["target"])}
    on_path |= {result["from"]["id"], result["to"]["id"]}
    nodes = set(on_path)
    for n in on_path:
        if depth > 0 and n in proj.graph:
            nodes |= set(proj.graph.successors(n)) | set(proj.graph.predecessors(n))
    title = f"{result['from']['label']} and {result['to']['label']}"
    view = _view(proj, title, list(nodes), max_nodes, keep=on_path)
    view.highlight_nodes = on_path
    view.highlight_edges = {(st["source"], st["target"], st["predicate"]) for p in result["paths"] for st in p["steps"]}
    view.focus = result["from"]["id"]
    return view


def _view(proj: Projection, title: str, nodes: list[str], max_nodes: int | None, keep: set[str] = frozenset(),
          relations: frozenset[str] | None = None) -> View:
    total = len(nodes)
    if max_nodes is not None and len(nodes) > max_nodes:
        if max_nodes < 1:
            raise FkgError("--max-nodes must be at least 1")
        ranked = sorted(set(nodes) - set(keep), key=lambda n: (-proj.graph.degree(n), proj.label(n), n))
        nodes = [*keep, *ranked[: max(0, max_nodes - len(keep))]]
    chosen = set(nodes)
    edges = sorted((s, o, k) for s, o, k in proj.graph.edges(keys=True)
                   if s in chosen and o in chosen and (relations is None or k in relations))
    return View(title, sorted(chosen, key=lambda n: (proj.label(n), n)), edges, total=total)


# ------------------------------------------------------------------ layout
def layout(proj: Projection, view: View) -> dict[str, tuple[float, float]]:
    """Positions for the view's nodes, the same for the same view (grid Fruchterman-Reingold, igraph)."""
    import igraph as ig

    if not view.nodes:
        return {}
    index = {n: i for i, n in enumerate(view.nodes)}
    g = ig.Graph(n=len(view.nodes), edges=sorted({(index[s], index[o]) for s, o, _k in view.edges if s != o}))
    # igraph's own random start, from a seeded generator: deterministic, and spread the way its grid variant
    # needs (nodes packed into a small circle all share one grid cell and every iteration goes quadratic).
    ig.set_random_number_generator(random.Random(7))
    try:
        coords = g.layout_fruchterman_reingold(niter=500, grid="auto").coords
    finally:
        ig.set_random_number_generator(random)
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    x0, y0 = min(xs), min(ys)
    span = max(max(xs) - x0, max(ys) - y0, 1e-9)
    # vis-network units: about 60 px between neighbours however many nodes there are
    scale = 60 * math.sqrt(len(view.nodes)) / span
    return {n: (round((x - x0) * scale, 1), round((y - y0) * scale, 1)) for n, (x, y) in zip(view.nodes, coords, strict=True)}


# ------------------------------------------------------------------ HTML
def network(proj: Projection, view: View) -> Network:
    """The view as a pyvis Network (nodes and edges set directly: pyvis' add_node is quadratic)."""
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading="")
    pos = layout(proj, view)
    physics = len(view.nodes) <= PHYSICS_LIMIT
    degree = {n: proj.graph.degree(n) for n in view.nodes}
    net.nodes = [_node(proj, n, pos[n], degree[n], n in view.highlight_nodes) for n in view.nodes]
    net.node_ids = list(view.nodes)
    net.node_map = {n["id"]: n for n in net.nodes}
    labels = len(view.edges) <= EDGE_LABEL_LIMIT
    net.edges = [_edge(proj, s, o, k, (s, o, k) in view.highlight_edges, labels) for s, o, k in view.edges]
    net.options = _options(physics)
    return net


def _node(proj: Projection, n: str, xy: tuple[float, float], degree: int, highlighted: bool) -> dict:
    kind = proj.types.get(n, "Entity")
    colour, shape, _marker = STYLE.get(kind, OTHER)
    aliases = [a for a in proj.aliases.get(n, []) if a != proj.label(n)]
    wikidata = proj.wikidata.get(n, "").rsplit("/", 1)[-1]
    details = [proj.label(n), CLASS_NAMES.get(kind, kind).rstrip("s") if kind in STYLE else kind]
    if aliases:
        details.append("Also: " + ", ".join(aliases[:12]))
    details.append(f"{degree} relation{'s' if degree != 1 else ''}")
    node = {"id": n, "label": proj.label(n), "cls": kind, "color": colour, "shape": shape,
            "size": round(10 + 6 * math.log1p(degree), 1), "x": xy[0], "y": xy[1], "title": "\n".join(details),
            "details": "\n".join([*details, n]), "aliases": aliases, "wikidata": wikidata}
    if wikidata:
        node["title"] += f"\nWikidata: {wikidata}"
    if highlighted:
        node["borderWidth"] = 4
        node["color"] = {"background": colour, "border": HIGHLIGHT}
    return node


def _edge(proj: Projection, s: str, o: str, key: str, highlighted: bool, label: bool) -> dict:
    data = proj.graph[s][o][key]
    evidence = data["evidence"]
    dates = sorted(e.date[:10] for e in evidence if e.date)
    strength = data.get("strength")
    denied = not data["positive"]
    contested = data["positive"] and any(e.stance == "negative" for e in evidence)
    lines = [sentence(key, proj.label(s), proj.label(o))]
    if denied:
        lines[0] += " (denied or abandoned)"
    if strength is not None:
        lines.append(f"rumour strength {strength:.2f}")
    for e in sorted(evidence, key=lambda e: (e.date or "", e.sentence), reverse=True)[:8]:
        if e.derived_by:
            lines.append(f"derived by rule {e.derived_by}")
            continue
        head = " \u00b7 ".join(x for x in (e.date, e.outlet or e.title, "for" if e.stance == "positive" else "against") if x)
        cites = f" (citing {', '.join(e.sources)})" if e.sources else ""
        lines.append(f"{head}{cites}\n  \u201c{e.sentence}\u201d")
    if len(evidence) > 8:
        lines.append(f"... and {len(evidence) - 8} more claims")
    width = 1 + 5 * strength if strength is not None else 1 + 2 * max(e.confidence for e in evidence)
    colour = DENIED if denied else ("#e08a00" if contested else "#848484")
    edge = {"id": f"{s}|{key}|{o}", "from": s, "to": o, "relation": key, "arrows": "to",
            "dashes": [2, 6] if denied else (not data["stated"]), "color": {"color": colour, "opacity": 0.85},
            "width": round(width + (3 if highlighted else 0), 2), "title": "\n".join(lines),
            "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
            "strength": strength, "stance": "negative" if denied else "positive"}
    if label:
        edge["label"] = RELATION_NAMES.get(key, key)
    if highlighted:
        edge["color"] = {"color": HIGHLIGHT}
    return edge


def _options(physics: bool) -> dict:
    return {
        "nodes": {"font": {"size": 14}, "borderWidth": 1},
        "edges": {"font": {"size": 10, "align": "middle", "color": "#555"}, "smooth": False,
                  "arrows": {"to": {"scaleFactor": 0.5}}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not physics,
                        "hideEdgesOnZoom": not physics},
        "layout": {"improvedLayout": False},
        "physics": {"enabled": physics, "solver": "barnesHut", "stabilization": {"enabled": physics, "iterations": 300},
                    "barnesHut": {"springLength": 120, "avoidOverlap": 0.2}},
    }


def page(net: Network, title: str, focus: str | None = None, total: int | None = None) -> str:
    """One self-contained HTML file: vis-network inlined, no request leaves the page (also enforced by
    a Content-Security-Policy), article text carried as JSON data."""
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    data = {"nodes": net.nodes, "edges": net.edges, "options": net.options, "focus": focus,
            "colours": {k: v[0] for k, v in STYLE.items()} | {"Entity": OTHER[0]},
            "classNames": CLASS_NAMES, "relationNames": RELATION_NAMES,
            "total": total or len(net.nodes), "truncated": bool(total and total > len(net.nodes))}
    env = jinja2.Environment(loader=jinja2.PackageLoader("graph", "templates"), autoescape=True)
    return env.get_template("page.html").render(
        title=title, data=script_json(data), vis_js=(lib / "vis-network.min.js").read_text(encoding="utf-8"),
        vis_css=(lib / "vis-network.css").read_text(encoding="utf-8"))


def script_json(value) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' can close or open a tag."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def write_page(proj: Projection, view: View, path: str | Path) -> Path:
    """Write a view as an HTML page."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page(network(proj, view), view.title, view.focus, view.total), encoding="utf-8")
    return out


# ------------------------------------------------------------------ PNG / SVG
def write_picture(proj: Projection, view: View, path: str | Path, fmt: str = "png") -> Path:
    """A static picture of a view (png or svg), drawn with matplotlib: no browser needed."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    pos = layout(proj, view)
    fig, ax = plt.subplots(figsize=(12, 9), dpi=100)
    ax.set_axis_off()
    ax.set_title(view.title)
    segments = [(pos[s], pos[o]) for s, o, _k in view.edges if s in pos and o in pos]
    styles = ["dotted" if not proj.graph[s][o][k]["positive"] else ("solid" if proj.graph[s][o][k]["stated"] else "dashed")
              for s, o, k in view.edges]
    colours = [HIGHLIGHT if (s, o, k) in view.highlight_edges else (DENIED if st == "dotted" else "#999999")
               for (s, o, k), st in zip(view.edges, styles, strict=True)]
    ax.add_collection(LineCollection(segments, colors=colours, linestyles=styles, linewidths=0.8, zorder=1))
    for kind in sorted({proj.types.get(n, "Entity") for n in view.nodes}):
        colour, _shape, marker = STYLE.get(kind, OTHER)
        members = [n for n in view.nodes if proj.types.get(n, "Entity") == kind]
        ax.scatter([pos[n][0] for n in members], [pos[n][1] for n in members], c=colour, marker=marker,
                   s=[30 + 25 * math.log1p(proj.graph.degree(n)) for n in members], zorder=2,
                   edgecolors=[HIGHLIGHT if n in view.highlight_nodes else "white" for n in members], linewidths=1)
    shown = sorted(view.nodes, key=lambda n: -proj.graph.degree(n))[:60]  # labels for the most connected only
    for n in shown:
        ax.annotate(proj.label(n), pos[n], fontsize=7, ha="center", va="bottom", xytext=(0, 5), textcoords="offset points")
    handles = [Line2D([], [], marker=STYLE.get(k, OTHER)[2], color=STYLE.get(k, OTHER)[0], linestyle="", label=CLASS_NAMES.get(k, k))
               for k in sorted({proj.types.get(n, "Entity") for n in view.nodes})]
    ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=False)
    ax.invert_yaxis()  # same orientation as the page (screen y grows downwards)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    fig.savefig(out, format=fmt, bbox_inches="tight", metadata=metadata)
    plt.close(fig)
    return out


# ------------------------------------------------------------------ entry points
def render(store: Store, path: str | Path, fmt: str = "html", around: str | None = None, depth: int = 1,
           max_nodes: int | None = None, relations: frozenset[str] | None = None) -> Path:
    """Write the whole graph, or the neighbourhood ``around`` an entity, as HTML, PNG or SVG."""
    proj = projection(store)
    view = around_view(proj, find_entity(around, store), depth, max_nodes, relations) if around else \
        whole_view(proj, max_nodes)
    if fmt == "html":
        return write_page(proj, view, path)
    return write_picture(proj, view, path, fmt)


def render_html(store: Store, path: str | Path) -> Path:
    """Write the whole graph as an offline HTML page."""
    return render(store, path, "html")


__all__ = ["View", "around_view", "layout", "network", "page", "paths_view", "render", "render_html", "whole_view",
           "write_page", "write_picture"]
