"""Everything behind one edge: the claims (stance, confidence, article, sentence, cited sources) and the
inference rules that derive it."""

from __future__ import annotations

import pyoxigraph as ox

from graph.config import FKG
from graph.errors import FkgError
from graph.projection import RELATIONS as ENTITY_RELATIONS
from graph.projection import _v, find_entity
from graph.reason import INFERRED_PREFIX
from graph.store import Store, bind_values

# The relations between entities, their inverses that rules derive, and the two with other objects.
RELATIONS = (*ENTITY_RELATIONS, "coachedBy", "targetedBy", "contractUntil", "cites")


def explain(store: Store, subject: str, predicate: str, obj: str) -> dict:
    """Claims and rules behind ``subject predicate object`` (names resolved forgivingly, values bound)."""
    pred = next((p for p in RELATIONS if p.lower() == predicate.lower()), None)
    if pred is None:
        raise FkgError(f"unknown relation '{predicate}' (choose from {', '.join(RELATIONS)})")
    s = find_entity(subject, store)
    o_term = ox.Literal(obj) if pred == "contractUntil" else ox.NamedNode(find_entity(obj, store))
    binds = {ox.Variable("s"): ox.NamedNode(s), ox.Variable("p"): ox.NamedNode(str(FKG[pred]))}
    obj_filter = "FILTER(STR(?o) = STR(?target))" if pred == "contractUntil" else "FILTER(?o = ?target)"
    binds[ox.Variable("target")] = o_term
    values = bind_values(binds)
    claims = store.select(f"""
        SELECT ?c ?o ?stance ?conf ?ev ?art ?title ?date (GROUP_CONCAT(DISTINCT ?srcl; separator=", ") AS ?sources) WHERE {{
          ?c a fkg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; fkg:stance ?stance ;
             fkg:confidence ?conf ; fkg:evidence ?ev ; prov:wasDerivedFrom ?art .
          {obj_filter}
          OPTIONAL {{ ?art dct:title ?title }} OPTIONAL {{ ?art schema:datePublished ?date }}
          OPTIONAL {{ ?c fkg:source ?src . ?src rdfs:label ?srcl }}
          {values}
        }} GROUP BY ?c ?o ?stance ?conf ?ev ?art ?title ?date ORDER BY ?date ?c""")
    rules = store.select(f"""SELECT DISTINCT ?g WHERE {{ {values} GRAPH ?g {{ ?s ?p ?o }} {obj_filter}
                             FILTER(STRSTARTS(STR(?g), "{INFERRED_PREFIX}")) }} ORDER BY ?g""")
    return {
        "subject": s, "predicate": pred, "object": o_term.value,
        "claims": [{"claim": r["c"].value, "stance": r["stance"].value.rsplit("#", 1)[-1].lower(),
                    "confidence": float(r["conf"].value), "sentence": r["ev"].value, "article": r["art"].value,
                    "title": _v(r["title"]), "date": _v(r["date"]), "sources": _v(r["sources"]) or ""} for r in claims],
        "rules": [r["g"].value[len(INFERRED_PREFIX):] for r in rules],
    }
