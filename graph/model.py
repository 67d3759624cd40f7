"""Model an extraction as RDF: one named graph per article holding its plain edges and its claims.

Layout (see README, "Graph model"):

* ``fkr:graph/article/<hash>`` - the article node, the plain edges it asserts (positive stance only,
  so simple SPARQL stays simple), and one ``fkg:Claim`` per relation with PROV-O provenance,
  stance, confidence, evidence sentence and cited sources;
* ``fkr:graph/reference`` - curated reference facts; ``fkr:graph/ontology`` - the ontology;
* ``fkr:graph/inferred/<rule>`` - triples derived by each rule in ontology/rules/.
"""

from __future__ import annotations

import hashlib

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from graph.config import DCT, FKG, FKR, PROV, SCHEMA
from graph.extract import Extraction, extractor_fingerprint
from graph.reference import Entity
from graph.relations import Relation

STANCE = {"positive": FKG.Positive, "negative": FKG.Negative}
ROLE = {"playsFor": FKG.PlayerRole, "formerlyPlayedFor": FKG.PlayerRole, "coaches": FKG.CoachRole,
        "coachedAt": FKG.CoachRole, "presidentOf": FKG.ExecutiveRole}


def date_literal(value: str) -> Literal:
    """An ISO date string as xsd:gYear, xsd:gYearMonth or xsd:date."""
    kind = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=kind)


def claim_iri(article_iri: str, r: Relation) -> URIRef:
    """A stable IRI for one claim: the same article and relation give the same IRI."""
    obj = r.object.iri if isinstance(r.object, Entity) else str(r.object)
    key = "|".join((article_iri, r.subject.iri, r.predicate, obj, r.stance))
    return FKR[f"claim/{hashlib.sha256(key.encode()).hexdigest()[:20]}"]


def article_graph(x: Extraction) -> Graph:
    """The triples of one article's named graph."""
    g = Graph()
    art = URIRef(x.article.iri)
    a = x.article
    g.add((art, RDF.type, FKG.Article))
    g.add((art, FKG.contentHash, Literal(a.content_hash)))
    g.add((art, FKG.sourceFile, Literal(a.path)))
    g.add((art, FKG.extractor, Literal(extractor_fingerprint())))
    g.add((art, DCT.language, Literal(x.lang)))
    if a.title:
        g.add((art, DCT.title, Literal(a.title)))
    if a.date:
        g.add((art, SCHEMA.datePublished, Literal(a.date.isoformat(), datatype=XSD.date)))
    if a.url:
        g.add((art, SCHEMA.url, Literal(a.url)))
    if x.publisher is not None:
        g.add((art, SCHEMA.publisher, URIRef(x.publisher.iri)))
    for e in x.entities.values():
        g.add((art, SCHEMA.mentions, URIRef(e.iri)))
        for surface in x.mentions.get(e.iri, []):
            g.add((URIRef(e.iri), FKG.mention, Literal(surface)))
        if e.discovered:
            g.add((URIRef(e.iri), RDF.type, FKG[e.type]))
            g.add((URIRef(e.iri), RDFS.label, Literal(e.label)))
            g.add((URIRef(e.iri), FKG.discovered, Literal(True)))
    for r in x.relations:
        _add_claim(g, art, r)
    return g


def _add_claim(g: Graph, art: URIRef, r: Relation) -> None:
    subj = art if r.predicate == "cites" else URIRef(r.subject.iri)
    obj = URIRef(r.object.iri) if isinstance(r.object, Entity) else date_literal(r.object)
    pred = FKG[r.predicate]
    claim = claim_iri(str(art), r)
    if r.stance == "positive":
        g.add((subj, pred, obj))
    g.add((claim, RDF.type, FKG.Claim))
    g.add((claim, RDF.subject, subj))
    g.add((claim, RDF.predicate, pred))
    g.add((claim, RDF.object, obj))
    g.add((claim, FKG.stance, STANCE[r.stance]))
    g.add((claim, FKG.confidence, Literal(round(r.confidence, 3), datatype=XSD.decimal)))
    g.add((claim, FKG.evidence, Literal(r.evidence)))
    g.add((claim, PROV.wasDerivedFrom, art))
    for s in r.sources:
        g.add((claim, FKG.source, URIRef(s.iri)))
    if (r.start or r.end) and r.predicate in ROLE and r.stance == "positive":
        _add_stint(g, art, claim, subj, obj, r)
    for amount in r.amounts:
        node = URIRef(f"{claim}/amount/{amount.currency}-{amount.value}")
        g.add((claim, FKG.amount, node))
        g.add((node, RDF.type, SCHEMA.MonetaryAmount))
        g.add((node, SCHEMA.value, Literal(amount.value, datatype=XSD.decimal)))
        g.add((node, SCHEMA.currency, Literal(amount.currency)))
        g.add((node, FKG.amountKind, Literal(amount.kind)))


def _add_stint(g: Graph, art: URIRef, claim: URIRef, person: URIRef, team: URIRef, r: Relation) -> None:
    """The dated spell a membership claim states ("joined in 2017", "(2015-2019)"), as a fkg:Stint the
    claim points to with fkg:period; the same article, person, team and role give the same stint."""
    key = "|".join((str(art), str(person), str(team), str(ROLE[r.predicate])))
    stint = FKR[f"stint/{hashlib.sha256(key.encode()).hexdigest()[:20]}"]
    g.add((claim, FKG.period, stint))
    g.add((person, FKG.hasStint, stint))
    g.add((stint, RDF.type, FKG.Stint))
    g.add((stint, FKG.team, team))
    g.add((stint, FKG.role, ROLE[r.predicate]))
    if r.start:
        g.add((stint, FKG.startDate, date_literal(r.start)))
    if r.end:
        g.add((stint, FKG.endDate, date_literal(r.end)))
