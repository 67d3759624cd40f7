"""Rumour strength: one number per (club, person) pair that weighs every ``targets`` claim about it.

For each claim, its weight is ``credibility x confidence x recency``:

* credibility: the best tier among the outlets and journalists the claim cites (its origin); if it cites
  none, the tier of the article's own outlet; else "unknown" (tiers in data/reference/media.ttl, overridable
  in fkg.toml ``[credibility]``, see ``TIER_WEIGHT``);
* recency: halves every ``HALF_LIFE_DAYS`` before the as-of date; an undated claim counts half.

Claims are grouped by origin, because an outlet repeating another is not independent evidence: each
origin (the cited sources, else the article's outlet, else the article) counts once, with its strongest
claim, per stance. Independent origins combine as a noisy OR, separately for and against:
``for = 1 - prod(1 - w)``, ``against`` likewise, and ``strength = for x (1 - against)``, from 0 to 1.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import XSD
from rdflib.namespace import RDF

from graph.config import FKG, FKR, INFERRED_PREFIX, load_settings
from graph.store import Store

TIER_WEIGHT = {1: 1.0, 2: 0.8, 3: 0.55, 4: 0.3}
UNKNOWN_WEIGHT = 0.45
HALF_LIFE_DAYS = 120.0
UNDATED_FACTOR = 0.5
RUMOUR_GRAPH = INFERRED_PREFIX + "rumours"
_F = {name: ox.NamedNode(str(FKG[name])) for name in ("club", "person", "strength", "claimsFor", "claimsAgainst",
                                                     "latest", "rule")}
_RDF_TYPE, _RUMOUR = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(FKG.Rumour))
_DECIMAL, _INTEGER, _DATE = (ox.NamedNode(str(t)) for t in (XSD.decimal, XSD.integer, XSD.date))


@dataclass
class RumourClaim:
    """One claim behind a rumour."""

    claim: str
    stance: str  # "Positive" or "Negative"
    confidence: float
    date: dt.date | None
    article: str
    title: str | None
    sentence: str
    sources: dict[str, str] = field(default_factory=dict)  # IRI -> label
    credibility: float = UNKNOWN_WEIGHT
    origin: str = ""
    weight: float = 0.0


@dataclass
class Rumour:
    """A (club, person) pair with its strength and the claims for and against it."""

    club: str
    club_label: str
    person: str
    person_label: str
    strength: float = 0.0
    support: float = 0.0
    doubt: float = 0.0
    claims: list[RumourClaim] = field(default_factory=list)

    @property
    def claims_for(self) -> list[RumourClaim]:
        return [c for c in self.claims if c.stance == "Positive"]

    @property
    def claims_against(self) -> list[RumourClaim]:
        return [c for c in self.claims if c.stance == "Negative"]

    @property
    def conflict(self) -> bool:
        """True when some claims say yes and some say no."""
        return bool(self.claims_for and self.claims_against)

    @property
    def latest(self) -> dt.date | None:
        dates = [c.date for c in self.claims if c.date]
        return max(dates) if dates else None

    def to_json(self) -> dict:
        """A plain-data view for `--format json`."""
        return {
            "club": {"id": self.club, "label": self.club_label},
            "person": {"id": self.person, "label": self.person_label},
            "strength": round(self.strength, 3), "support": round(self.support, 3), "doubt": round(self.doubt, 3),
            "conflict": self.conflict, "latest": self.latest.isoformat() if self.latest else None,
            "claims": [{"stance": c.stance, "date": c.date.isoformat() if c.date else None, "article": c.article,
                        "title": c.title, "sentence": c.sentence, "sources": sorted(c.sources.values()),
                        "weight": round(c.weight, 3)} for c in self.claims],
        }


# Labels come from a query of their own: every article graph repeats the labels of what it names, and the
# union of graphs returns each copy, so joining them here would multiply the rows by the articles.
_CLAIMS = """
SELECT ?claim ?club ?person ?stance ?conf ?date ?article ?title ?sentence ?source ?cred ?publisher ?pcred
WHERE {
  ?claim a fkg:Claim ; rdf:subject ?club ; rdf:predicate fkg:targets ; rdf:object ?person ;
         fkg:stance ?stance ; fkg:evidence ?sentence ; prov:wasDerivedFrom ?article .
  OPTIONAL { ?claim fkg:confidence ?conf }
  OPTIONAL { ?article schema:datePublished ?date } OPTIONAL { ?article dct:title ?title }
  OPTIONAL { ?claim fkg:source ?source OPTIONAL { ?source fkg:credibility ?cred } }
  OPTIONAL { ?article schema:publisher ?publisher OPTIONAL { ?publisher fkg:credibility ?pcred } }
}"""

_LABELS = """
SELECT ?e (SAMPLE(?l) AS ?label) WHERE {
  { SELECT DISTINCT ?e WHERE {
      ?claim a fkg:Claim ; rdf:predicate fkg:targets .
      { ?claim rdf:subject ?e } UNION { ?claim rdf:object ?e } UNION { ?claim fkg:source ?e } } }
  ?e rdfs:label ?l
} GROUP BY ?e"""


def rumours(store: Store, entity: str | None = None, as_of: dt.date | None = None,
            credibility: dict[str, int] | None = None) -> list[Rumour]:
    """Every rumour (optionally those involving ``entity``, an IRI), strongest first, as believed on
    ``as_of`` (claims published later are left out; default: the newest claim's date)."""
    overrides = load_settings().credibility if credibility is None else credibility
    found: dict[tuple[str, str], Rumour] = {}
    claims: dict[str, RumourClaim] = {}
    labels = {r["e"].value: r["label"].value for r in store.select(_LABELS) if r["label"] is not None}
    for r in store.select(_CLAIMS):
        club, person = r["club"].value, r["person"].value
        if entity and entity not in (club, person):
            continue
        key = (club, person)
        rumour = found.setdefault(key, Rumour(club, _label(labels, club), person, _label(labels, person)))
        c = claims.get(r["claim"].value)
        if c is None:
            c = claims[r["claim"].value] = RumourClaim(
                r["claim"].value, r["stance"].value.rsplit("#", 1)[-1],
                float(r["conf"].value) if r["conf"] is not None else 0.5, _date(r["date"]), r["article"].value,
                r["title"].value if r["title"] is not None else None, r["sentence"].value)
            c.credibility = _tier_weight(r["publisher"], r["pcred"], overrides, default=UNKNOWN_WEIGHT)
            c.origin = r["publisher"].value if r["publisher"] is not None else r["article"].value
            rumour.claims.append(c)
        if r["source"] is not None:
            first = not c.sources
            c.sources[r["source"].value] = _label(labels, r["source"].value)
            weight = _tier_weight(r["source"], r["cred"], overrides, default=UNKNOWN_WEIGHT)
            c.credibility = weight if first else max(c.credibility, weight)
            c.origin = " ".join(sorted(c.sources))
    every = [c for ru in found.values() for c in ru.claims]
    as_of = as_of or max((c.date for c in every if c.date), default=None)
    result = []
    for rumour in found.values():
        rumour.claims = [c for c in rumour.claims if not (as_of and c.date and c.date > as_of)]
        if rumour.claims:
            score(rumour, as_of)
            rumour.claims.sort(key=lambda c: (c.date or dt.date.min, c.claim), reverse=True)
            result.append(rumour)
    return sorted(result, key=lambda ru: (-ru.strength, ru.club_label, ru.person_label))


def score(rumour: Rumour, as_of: dt.date | None) -> None:
    """Set each claim's weight and the rumour's support, doubt and strength (see the module docstring)."""
    best: dict[tuple[str, str], float] = {}
    for c in rumour.claims:
        c.weight = c.credibility * c.confidence * _recency(c.date, as_of)
        key = (c.origin, c.stance)
        best[key] = max(best.get(key, 0.0), c.weight)
    rumour.support = _noisy_or(w for (_o, s), w in best.items() if s == "Positive")
    rumour.doubt = _noisy_or(w for (_o, s), w in best.items() if s == "Negative")
    rumour.strength = rumour.support * (1.0 - rumour.doubt)


def rumour_graph(found: list[Rumour]) -> list[ox.Triple]:
    """The rumours as RDF (``fkg:Rumour`` nodes), for the inferred graph that saved queries read."""
    out = []
    for ru in found:
        node = ox.NamedNode(f"{FKR}rumour/" + hashlib.sha256(f"{ru.club}|{ru.person}".encode()).hexdigest()[:16])
        values = [(_RDF_TYPE, _RUMOUR), (_F["club"], ox.NamedNode(ru.club)), (_F["person"], ox.NamedNode(ru.person)),
                  (_F["strength"], ox.Literal(f"{ru.strength:.3f}", datatype=_DECIMAL)),
                  (_F["claimsFor"], ox.Literal(str(len(ru.claims_for)), datatype=_INTEGER)),
                  (_F["claimsAgainst"], ox.Literal(str(len(ru.claims_against)), datatype=_INTEGER))]
        if ru.latest:
            values.append((_F["latest"], ox.Literal(ru.latest.isoformat(), datatype=_DATE)))
        out.extend(ox.Triple(node, p, o) for p, o in values)
    return out


def write_rumours(store: Store) -> int:
    """Recompute every rumour into ``fkr:graph/inferred/rumours``; returns how many triples it holds."""
    triples = rumour_graph(rumours(store))
    if triples:
        store.add_derived(RUMOUR_GRAPH, [*triples, ox.Triple(ox.NamedNode(RUMOUR_GRAPH), _F["rule"],
                                                                ox.Literal("rumour-strength"))])
    return len(triples)


def _recency(date: dt.date | None, as_of: dt.date | None) -> float:
    if date is None or as_of is None:
        return UNDATED_FACTOR
    return 0.5 ** (max(0, (as_of - date).days) / HALF_LIFE_DAYS)


def _noisy_or(weights) -> float:
    miss = 1.0
    for w in weights:
        miss *= 1.0 - min(1.0, max(0.0, w))
    return 1.0 - miss


def _tier_weight(node, tier, overrides: dict[str, int], default: float) -> float:
    if node is None:
        return default
    iri = node.value
    local = iri.rsplit("/", 1)[-1]
    value = overrides.get(iri, overrides.get(local))
    if value is None and tier is not None:
        value = int(tier.value)
    return TIER_WEIGHT.get(value, default) if value is not None else default


def _label(labels: dict[str, str], iri: str) -> str:
    return labels.get(iri) or iri.rsplit("/", 1)[-1]


def _date(term) -> dt.date | None:
    if not isinstance(term, ox.Literal):
        return None
    text = term.value
    try:
        return dt.date.fromisoformat(text[:10]) if len(text) >= 10 else dt.date(int(text[:4]), int(text[5:7] or 1), 1)
    except ValueError:
        return None
