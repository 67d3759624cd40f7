"""Model an extraction as RDF: one named graph per article holding its plain edges and its claims.

Layout (see README, "Graph model"):

* ``fkr:graph/article/<hash>`` - the article node, the plain edges it asserts (positive stance only,
  so simple SPARQL stays simple), and one ``fkg:Claim`` per relation with PROV-O provenance,
  stance, confidence, evidence sentence and cited sources;
* ``fkr:graph/reference`` - curated reference facts; ``fkr:graph/ontology`` - the ontology;
* ``fkr:graph/inferred/<rule>`` - triples derived by each rule in ontology/rules/.

The triples are pyoxigraph terms, not rdflib ones: building an article's graph is on the hot path of every
build, and native terms cost a small fraction of rdflib's (see bench/). ``to_rdflib`` converts for users
who want an rdflib graph.
"""

from __future__ import annotations

import hashlib

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Graph

from graph.claims import Relation
from graph.config import DCT, FKG, FKR, PROV, SCHEMA
from graph.extract import Extraction, extractor_fingerprint
from graph.reference import Entity
from graph.store import ntriples


def _node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


A, LABEL = _node(RDF.type), _node(RDFS.label)
DECIMAL, DATE = _node(XSD.decimal), _node(XSD.date)
STANCE = {"positive": _node(FKG.Positive), "negative": _node(FKG.Negative)}
ROLE = {"playsFor": _node(FKG.PlayerRole), "formerlyPlayedFor": _node(FKG.PlayerRole), "coaches": _node(FKG.CoachRole),
        "coachedAt": _node(FKG.CoachRole), "presidentOf": _node(FKG.ExecutiveRole)}
_P = {name: _node(FKG[name]) for name in (
    "Article", "contentHash", "sourceFile", "extractor", "mention", "discovered", "Claim", "stance", "confidence",
    "evidence", "source", "amount", "amountKind", "period", "hasStint", "Stint", "team", "role", "startDate", "endDate")}
_S = {name: _node(SCHEMA[name]) for name in ("datePublished", "url", "publisher", "mentions", "MonetaryAmount",
                                             "value", "currency")}
_R = {name: _node(RDF[name]) for name in ("subject", "predicate", "object")}
_TITLE, _LANGUAGE, _DERIVED = _node(DCT.title), _node(DCT.language), _node(PROV.wasDerivedFrom)
_YEAR_KINDS = {4: _node(XSD.gYear), 7: _node(XSD.gYearMonth)}


def date_literal(value: str) -> ox.Literal:
    """An ISO date string as xsd:gYear, xsd:gYearMonth or xsd:date."""
    return ox.Literal(value, datatype=_YEAR_KINDS.get(len(value), DATE))


def claim_iri(article_iri: str, r: Relation) -> ox.NamedNode:
    """A stable IRI for one claim: the same article and relation give the same IRI."""
    obj = r.object.iri if isinstance(r.object, Entity) else str(r.object)
    key = "|".join((article_iri, r.subject.iri, r.predicate, obj, r.stance))
    return _node(f"{FKR}claim/{hashlib.sha256(key.encode()).hexdigest()[:20]}")


def article_triples(x: Extraction) -> list[ox.Triple]:
    """The triples of one article's named graph (each once, in a stable order)."""
    out: dict[ox.Triple, None] = {}

    def add(s, p, o) -> None:
        out[ox.Triple(s, p, o)] = None

    a = x.article
    art = _node(a.iri)
    add(art, A, _P["Article"])
    add(art, _P["contentHash"], ox.Literal(a.content_hash))
    add(art, _P["sourceFile"], ox.Literal(a.path))
    add(art, _P["extractor"], ox.Literal(extractor_fingerprint()))
    add(art, _LANGUAGE, ox.Literal(x.lang))
    if a.title:
        add(art, _TITLE, ox.Literal(a.title))
    if a.date:
        add(art, _S["datePublished"], ox.Literal(a.date.isoformat(), datatype=DATE))
    if a.url:
        add(art, _S["url"], ox.Literal(a.url))
    if x.publisher is not None:
        add(art, _S["publisher"], _node(x.publisher.iri))
    for e in x.entities.values():
        node = _node(e.iri)
        add(art, _S["mentions"], node)
        for surface in x.mentions.get(e.iri, []):
            add(node, _P["mention"], ox.Literal(surface))
        if e.discovered:
            add(node, A, _node(FKG[e.type]))
            add(node, LABEL, ox.Literal(e.label))
            add(node, _P["discovered"], ox.Literal("true", datatype=_node(XSD.boolean)))
    for r in x.relations:
        _add_claim(add, art, r)
    return list(out)


def to_rdflib(triples: list[ox.Triple]) -> Graph:
    """Triples as an rdflib graph, for users who work in rdflib."""
    return Graph().parse(data=ntriples(triples), format="nt")


def article_graph(x: Extraction) -> Graph:
    """The triples of one article's named graph, as an rdflib graph."""
    return to_rdflib(article_triples(x))


def _add_claim(add, art: ox.NamedNode, r: Relation) -> None:
    subj = art if r.predicate == "cites" else _node(r.subject.iri)
    obj = _node(r.object.iri) if isinstance(r.object, Entity) else date_literal(r.object)
    pred = _node(FKG[r.predicate])
    claim = claim_iri(art.value, r)
    if r.stance == "positive":
        add(subj, pred, obj)
    add(claim, A, _P["Claim"])
    add(claim, _R["subject"], subj)
    add(claim, _R["predicate"], pred)
    add(claim, _R["object"], obj)
    add(claim, _P["stance"], STANCE[r.stance])
    add(claim, _P["confidence"], ox.Literal(str(round(r.confidence, 3)), datatype=DECIMAL))
    add(claim, _P["evidence"], ox.Literal(r.evidence))
    add(claim, _DERIVED, art)
    for s in r.sources:
        add(claim, _P["source"], _node(s.iri))
    if (r.start or r.end) and r.predicate in ROLE and r.stance == "positive":
        _add_stint(add, art, claim, subj, obj, r)
    for amount in r.amounts:
        node = _node(f"{claim.value}/amount/{amount.currency}-{amount.value}")
        add(claim, _P["amount"], node)
        add(node, A, _S["MonetaryAmount"])
        add(node, _S["value"], ox.Literal(str(amount.value), datatype=DECIMAL))
        add(node, _S["currency"], ox.Literal(amount.currency))
        add(node, _P["amountKind"], ox.Literal(amount.kind))


def _add_stint(add, art: ox.NamedNode, claim: ox.NamedNode, person, team, r: Relation) -> None:
    """The dated spell a membership claim states ("joined in 2017", "(2015-2019)"), as a fkg:Stint the
    claim points to with fkg:period; the same article, person, team and role give the same stint."""
    key = "|".join((art.value, person.value, team.value, ROLE[r.predicate].value))
    stint = _node(f"{FKR}stint/{hashlib.sha256(key.encode()).hexdigest()[:20]}")
    add(claim, _P["period"], stint)
    add(person, _P["hasStint"], stint)
    add(stint, A, _P["Stint"])
    add(stint, _P["team"], team)
    add(stint, _P["role"], ROLE[r.predicate])
    if r.start:
        add(stint, _P["startDate"], date_literal(r.start))
    if r.end:
        add(stint, _P["endDate"], date_literal(r.end))
