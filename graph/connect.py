"""Connection questions: how are two entities linked? Paths over a networkx projection of the graph,
each step written as an English sentence backed by its evidence sentence and article."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import networkx as nx
from rapidfuzz import fuzz, process

from graph.config import INFERRED_PREFIX
from graph.errors import FkgError
from graph.store import Store
from graph.text import fold

RELATIONS = ("playsFor", "formerlyPlayedFor", "coaches", "coachedAt", "formerTeammateOf", "targets", "presidentOf")
# How each relation reads forwards and backwards in an explanation.
PHRASES = {
    "playsFor": ("plays for", "has as a player"),
    "formerlyPlayedFor": ("formerly played for", "is a former club of"),
    "coaches": ("coaches", "is coached by"),
    "coachedAt": ("formerly coached", "was formerly coached by"),
    "formerTeammateOf": ("is a former teammate of", "is a former teammate of"),
    "targets": ("targets", "is targeted by"),
    "presidentOf": ("is the president of", "has as its president"),
}


@dataclass
class Evidence:
    """One claim behind an edge."""

    sentence: str
    article: str
    title: str | None
    date: str | None
    confidence: float
    derived_by: str | None = None


@dataclass
class Step:
    """One edge of a path, oriented along the path."""

    source: str
    target: str
    predicate: str
    forward: bool
    text: str
    evidence: list[Evidence] = field(default_factory=list)


def load_projection(store: Store) -> tuple[nx.MultiDiGraph, dict[str, str], dict[str, str]]:
    """Entities as nodes, stated (positive claims) and inferred relations as edges with evidence."""
    g = nx.MultiDiGraph()
    values = " ".join(f"fkg:{r}" for r in RELATIONS)
    rows = store.select(f"""
        SELECT ?s ?p ?o ?ev ?art ?title ?date ?conf WHERE {{
          VALUES ?p {{ {values} }}
          ?c a fkg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; fkg:stance fkg:Positive ;
             fkg:evidence ?ev ; fkg:confidence ?conf ; prov:wasDerivedFrom ?art .
          OPTIONAL {{ ?art dct:title ?title }} OPTIONAL {{ ?art schema:datePublished ?date }}
        }}""")
    for r in rows:
        p = r["p"].value.rsplit("#", 1)[1]
        ev = Evidence(r["ev"].value, r["art"].value, _v(r["title"]), _v(r["date"]), float(r["conf"].value))
        _add_edge(g, r["s"].value, r["o"].value, p, ev)
    inferred = store.select(f"""
        SELECT ?s ?p ?o ?g WHERE {{ VALUES ?p {{ {values} }} GRAPH ?g {{ ?s ?p ?o }}
          FILTER(STRSTARTS(STR(?g), "{INFERRED_PREFIX}")) }}""")
    for r in inferred:
        p = r["p"].value.rsplit("#", 1)[1]
        rule = r["g"].value[len(INFERRED_PREFIX):]
        _add_edge(g, r["s"].value, r["o"].value, p, Evidence(f"derived by rule {rule}", "", None, None, 0.7, rule))
    labels, types = {}, {}
    for r in store.select("SELECT ?e ?l ?t WHERE { ?e rdfs:label ?l . OPTIONAL { ?e a ?t FILTER(STRSTARTS(STR(?t), STR(fkg:))) } }"):
        labels.setdefault(r["e"].value, r["l"].value)
        if r["t"] is not None:
            types.setdefault(r["e"].value, r["t"].value.rsplit("#", 1)[1])
    return g, labels, types


def _v(term) -> str | None:
    return term.value if term is not None else None


def _add_edge(g: nx.MultiDiGraph, s: str, o: str, p: str, ev: Evidence) -> None:
    for _k, data in g.get_edge_data(s, o, default={}).items():
        if data["predicate"] == p:
            data["evidence"].append(ev)
            return
    g.add_edge(s, o, key=p, predicate=p, evidence=[ev])


def find_entity(name: str, store: Store, labels: dict[str, str] | None = None) -> str:
    """Resolve a user's name forgivingly (case, accents, surname, alias, small typos) to an IRI."""
    names: dict[str, set[str]] = {}
    rows = store.select("""SELECT ?e ?n WHERE { { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } UNION
                           { ?e fkg:exactAlias ?n } UNION { ?e fkg:mention ?n } }""")
    for r in rows:
        names.setdefault(fold(r["n"].value), set()).add(r["e"].value)
    q = fold(name).strip()
    if not q:
        raise FkgError("empty entity name")
    if q in names and len(names[q]) == 1:
        return next(iter(names[q]))
    by_last = {k: v for k, v in names.items() if k.split() and k.split()[-1] == q}
    cands = set().union(*by_last.values()) if by_last else names.get(q, set())
    if len(cands) == 1:
        return next(iter(cands))
    if len(cands) > 1:
        shown = ", ".join(sorted((labels or {}).get(c, c) for c in cands)[:5])
        raise FkgError(f"'{name}' is ambiguous: {shown}")
    best = process.extractOne(q, list(names), scorer=fuzz.ratio, score_cutoff=85)
    if best:
        return sorted(names[best[0]])[0]
    raise FkgError(f"no entity matches '{name}'")


def connect(store: Store, a: str, b: str, k: int = 5, max_length: int = 4) -> dict:
    """The k shortest paths between two named entities, each step explained with evidence."""
    g, labels, types = load_projection(store)
    src, dst = find_entity(a, store, labels), find_entity(b, store, labels)
    if src == dst:
        raise FkgError(f"'{a}' and '{b}' are the same entity")
    und = nx.Graph()
    for s, o, data in g.edges(data=True):
        w = 1.0 / (1.0 + max(e.confidence for e in data["evidence"]))
        if not und.has_edge(s, o) or und[s][o]["weight"] > w:
            und.add_edge(s, o, weight=w)
    paths = []
    if src in und and dst in und and nx.has_path(und, src, dst):
        for path in itertools.islice(nx.shortest_simple_paths(und, src, dst), 50):
            if len(path) - 1 > max_length:
                break
            paths.append(path)
            if len(paths) >= k:
                break
    label = lambda iri: labels.get(iri, iri.rsplit("/", 1)[-1])  # noqa: E731
    return {
        "from": {"id": src, "label": label(src), "type": types.get(src)},
        "to": {"id": dst, "label": label(dst), "type": types.get(dst)},
        "paths": [_explain(g, p, label) for p in paths],
    }


RANK = {"playsFor": 3, "coaches": 3, "presidentOf": 3, "formerlyPlayedFor": 2, "coachedAt": 2,
        "formerTeammateOf": 2, "targets": 1}


def _edge_rank(option) -> tuple:
    # Stated before derived, memberships before rumours, then the extractor's confidence.
    data, _forward = option
    stated = any(not e.derived_by for e in data["evidence"])
    return (stated, RANK.get(data["predicate"], 0), max(e.confidence for e in data["evidence"]))


def _explain(g: nx.MultiDiGraph, path: list[str], label) -> dict:
    steps = []
    for s, o in zip(path, path[1:], strict=False):
        fwd = g.get_edge_data(s, o) or {}
        bwd = g.get_edge_data(o, s) or {}
        options = [(d, True) for d in fwd.values()] + [(d, False) for d in bwd.values()]
        data, forward = max(options, key=_edge_rank)
        p = data["predicate"]
        phrase = PHRASES[p][0 if forward else 1]
        ev = sorted(data["evidence"], key=lambda e: (e.derived_by is not None, -e.confidence))
        steps.append(Step(s, o, p, forward, f"{label(s)} {phrase} {label(o)}", ev))
    text = steps[0].text
    for st in steps[1:]:
        text += f", and {st.text}"
    return {"length": len(steps), "text": text + ".",
            "steps": [{"source": st.source, "target": st.target, "predicate": st.predicate, "forward": st.forward,
                       "text": st.text,
                       "evidence": [vars(e) for e in st.evidence]} for st in steps]}


__all__ = ["connect", "find_entity", "load_projection"]
