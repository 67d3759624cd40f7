"""The entity graph as networkx, for path questions and pictures: entities are nodes, relations are edges
that carry every claim behind them (sentence, article, outlet, date, stance, confidence, cited sources)
or the rule that derived them, and rumours carry their strength.

It is read from the store with a few SPARQL queries and cached per store revision (``Store.revision``
changes with every write by fkg), so repeated questions in one process cost no store round trips.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import networkx as nx
from rapidfuzz import fuzz, process

from graph.config import INFERRED_PREFIX
from graph.errors import FkgError
from graph.store import Store
from graph.text import fold

RELATIONS = ("playsFor", "formerlyPlayedFor", "coaches", "coachedAt", "formerTeammateOf", "targets", "presidentOf")
# Inverse names a user may give for a relation; the graph keeps one direction of each.
INVERSES = {"targetedBy": "targets", "coachedBy": "coaches"}
# Classes that connect everything and explain nothing: not used as stepping stones unless asked for.
HUB_TYPES = ("Competition", "MediaOutlet", "Journalist")


@dataclass(frozen=True)
class Evidence:
    """One claim behind an edge (or, with ``derived_by``, the rule that derived it)."""

    sentence: str
    article: str
    title: str | None
    date: str | None
    confidence: float
    derived_by: str | None = None
    stance: str = "positive"
    outlet: str | None = None
    sources: tuple[str, ...] = ()

    def to_json(self) -> dict:
        """The claim as JSON-ready data."""
        return {"sentence": self.sentence, "article": self.article, "title": self.title, "date": self.date,
                "outlet": self.outlet, "confidence": self.confidence, "stance": self.stance,
                "sources": list(self.sources), "derived_by": self.derived_by}


@dataclass
class Projection:
    """The entity graph of one store revision. Edges of ``graph`` are keyed by relation and carry
    ``predicate``, ``evidence`` (list of Evidence), ``stated`` (some positive claim), ``positive`` (some
    positive claim or rule), ``latest`` (newest claim date) and, for targets, ``strength``."""

    graph: nx.MultiDiGraph
    labels: dict[str, str]
    types: dict[str, str]
    aliases: dict[str, list[str]] = field(default_factory=dict)
    wikidata: dict[str, str] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=dict)
    surnames: dict[str, set[str]] = field(default_factory=dict)
    stints: dict[tuple[str, str], list[tuple[str | None, str | None]]] = field(default_factory=dict)  # (person, team)
    revision: str = ""
    _undirected: nx.Graph | None = None

    def label(self, iri: str) -> str:
        """The entity's label, or the last segment of its IRI."""
        return self.labels.get(iri) or iri.rstrip("/").rsplit("/", 1)[-1]

    def undirected(self) -> nx.Graph:
        """Positive edges, ignoring direction; each edge lists the directed (source, target, relation) behind
        it in ``keys``. Built once per projection."""
        if self._undirected is None:
            und = nx.Graph()
            und.add_nodes_from(self.graph.nodes)
            for s, o, key, data in self.graph.edges(keys=True, data=True):
                if not data["positive"]:
                    continue
                if und.has_edge(s, o):
                    und[s][o]["keys"].append((s, o, key))
                else:
                    und.add_edge(s, o, keys=[(s, o, key)])
            self._undirected = und
        return self._undirected

    def importance(self, iri: str) -> float:
        """How central an entity is: its degree, damped (a club with 300 links is not 300x as important)."""
        return math.log1p(self.graph.degree(iri)) if iri in self.graph else 0.0


_CACHE: dict[str, Projection] = {}


def projection(store: Store) -> Projection:
    """The store's entity graph, rebuilt only when the store has changed since the last call."""
    revision = store.revision()
    cached = _CACHE.get(store.location)
    if cached is not None and cached.revision == revision and revision:
        return cached
    proj = _load(store)
    proj.revision = revision
    _CACHE[store.location] = proj
    return proj


def _load(store: Store) -> Projection:
    g = nx.MultiDiGraph()
    values = " ".join(f"fkg:{r}" for r in RELATIONS)
    sources: dict[str, list[str]] = {}
    for r in store.select("SELECT ?c ?l WHERE { ?c a fkg:Claim ; fkg:source ?s . ?s rdfs:label ?l }"):
        sources.setdefault(r["c"].value, []).append(r["l"].value)
    rows = store.select(f"""
        SELECT ?c ?s ?p ?o ?stance ?ev ?art ?title ?date ?conf ?outlet WHERE {{
          VALUES ?p {{ {values} }}
          ?c a fkg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; fkg:stance ?stance ;
             fkg:evidence ?ev ; fkg:confidence ?conf ; prov:wasDerivedFrom ?art .
          OPTIONAL {{ ?art dct:title ?title }} OPTIONAL {{ ?art schema:datePublished ?date }}
          OPTIONAL {{ ?art schema:publisher ?pub . ?pub rdfs:label ?outlet }}
        }}""")
    for r in rows:
        stance = "negative" if r["stance"].value.endswith("Negative") else "positive"
        ev = Evidence(r["ev"].value, r["art"].value, _v(r["title"]), _v(r["date"]), float(r["conf"].value),
                      stance=stance, outlet=_v(r["outlet"]), sources=tuple(sorted(sources.get(r["c"].value, ()))))
        _add(g, r["s"].value, r["o"].value, _local(r["p"].value), ev)
    inferred = store.select(f"""
        SELECT ?s ?p ?o ?g WHERE {{ VALUES ?p {{ {values} }} GRAPH ?g {{ ?s ?p ?o }}
          FILTER(STRSTARTS(STR(?g), "{INFERRED_PREFIX}")) }}""")
    for r in inferred:
        rule = r["g"].value[len(INFERRED_PREFIX):]
        _add(g, r["s"].value, r["o"].value, _local(r["p"].value),
             Evidence(f"derived by rule {rule}", "", None, None, 0.7, derived_by=rule))
    for r in store.select("SELECT ?club ?person ?strength WHERE { ?r a fkg:Rumour ; fkg:club ?club ; "
                          "fkg:person ?person ; fkg:strength ?strength }"):
        data = g.get_edge_data(r["club"].value, r["person"].value, key="targets")
        if data is not None:
            data["strength"] = float(r["strength"].value)
    proj = Projection(g, {}, {})
    _load_entities(store, proj)
    return proj


def _load_entities(store: Store, proj: Projection) -> None:
    # One spell per person and team, put together from every article that dates it: earliest start, latest
    # end (as rule 20 does); a person who returned to a club shows as one long spell.
    for r in store.select("SELECT ?p ?t (MIN(COALESCE(STR(?from), '9999')) AS ?start) (MAX(COALESCE(STR(?to), '')) AS ?end) "
                          "WHERE { ?p fkg:hasStint ?s . ?s fkg:team ?t . OPTIONAL { ?s fkg:startDate ?from } "
                          "OPTIONAL { ?s fkg:endDate ?to } } GROUP BY ?p ?t"):
        start, end = r["start"].value, r["end"].value
        proj.stints[(r["p"].value, r["t"].value)] = [(None if start == "9999" else start, end or None)]
    for r in store.select("SELECT ?e ?l WHERE { ?e rdfs:label ?l }"):
        proj.labels.setdefault(r["e"].value, r["l"].value)
    for r in store.select("SELECT ?e ?t WHERE { ?e a ?t FILTER(STRSTARTS(STR(?t), STR(fkg:))) }"):
        proj.types.setdefault(r["e"].value, _local(r["t"].value))
    for r in store.select("SELECT ?e ?w WHERE { ?e fkg:wikidata ?w }"):
        proj.wikidata[r["e"].value] = r["w"].value
    for r in store.select("SELECT ?e ?n WHERE { { ?e skos:altLabel ?n } UNION { ?e fkg:exactAlias ?n } }"):
        proj.aliases.setdefault(r["e"].value, []).append(r["n"].value)
    for aliases in proj.aliases.values():
        aliases.sort()
    rows = store.select("SELECT ?e ?n WHERE { { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } UNION "
                        "{ ?e fkg:exactAlias ?n } UNION { ?e fkg:mention ?n } }")
    for r in rows:
        key = fold(r["n"].value).strip()
        if key:
            proj.names.setdefault(key, set()).add(r["e"].value)
            proj.surnames.setdefault(key.split()[-1], set()).add(r["e"].value)


def find_entity(name: str, store: Store) -> str:
    """Resolve a user's name forgivingly (case, accents, surname, alias, small typos) to an IRI; an
    ambiguous or unknown name is an error that says so."""
    proj = projection(store)
    q = fold(name).strip()
    if not q:
        raise FkgError("empty entity name")
    exact = proj.names.get(q, set())
    if len(exact) == 1:
        return next(iter(exact))
    cands = exact or proj.surnames.get(q, set())
    if len(cands) == 1:
        return next(iter(cands))
    if len(cands) > 1:
        shown = ", ".join(sorted(proj.label(c) for c in cands)[:5])
        raise FkgError(f"'{name}' is ambiguous: {shown}")
    best = process.extractOne(q, list(proj.names), scorer=fuzz.ratio, score_cutoff=85)
    if best:
        return sorted(proj.names[best[0]])[0]
    raise FkgError(f"no entity matches '{name}'")


def _add(g: nx.MultiDiGraph, s: str, o: str, p: str, ev: Evidence) -> None:
    data = g.get_edge_data(s, o, key=p)
    if data is None:
        g.add_edge(s, o, key=p, predicate=p, evidence=[], stated=False, positive=False, latest=None)
        data = g.get_edge_data(s, o, key=p)
    data["evidence"].append(ev)
    if ev.stance == "positive":
        data["positive"] = True
        data["stated"] = data["stated"] or ev.derived_by is None
    if ev.date and (data["latest"] is None or ev.date > data["latest"]):
        data["latest"] = ev.date


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def _v(term) -> str | None:
    return term.value if term is not None else None


def load_projection(store: Store) -> tuple[nx.MultiDiGraph, dict[str, str], dict[str, str]]:
    """The entity graph with labels and classes (see ``projection``)."""
    p = projection(store)
    return p.graph, p.labels, p.types


__all__ = ["Evidence", "HUB_TYPES", "find_entity", "INVERSES", "Projection", "RELATIONS", "load_projection", "projection"]
