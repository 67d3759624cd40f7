"""Everything the graph knows about one entity: class, aliases, Wikidata ID, reported contract end, and its
relations in and out, grouped by relation, each with its claims (sources, dates, stance) and strength."""

from __future__ import annotations

import pyoxigraph as ox

from graph.projection import Projection, find_entity, projection
from graph.store import Store
from graph.wording import INCOMING_NAMES, RELATION_NAMES, period_text


def describe(store: Store, name: str) -> dict:
    """The entity named (forgivingly matched) with everything known about it, as JSON-ready data."""
    proj = projection(store)
    iri = find_entity(name, store)
    groups: dict[str, dict[str, dict]] = {}
    if iri in proj.graph:
        for s, o, key, data in [*proj.graph.out_edges(iri, keys=True, data=True), *proj.graph.in_edges(iri, keys=True, data=True)]:
            outgoing = s == iri
            other = o if outgoing else s
            heading = RELATION_NAMES[key] if outgoing else INCOMING_NAMES[key]
            entry = groups.setdefault(heading, {}).setdefault(other, _neighbour(proj, other))
            entry["claims"].extend(e.to_json() for e in data["evidence"])
            entry["stated"] = entry["stated"] or data["stated"]
            entry["denied"] = not data["positive"] and not entry["stated"]
            if data.get("strength") is not None:
                entry["strength"] = data["strength"]
    relations = {h: sorted(entries.values(), key=lambda e: (-(e.get("strength") or 0), -len(e["claims"]), e["label"]))
                 for h, entries in sorted(groups.items())}
    for entries in relations.values():
        for e in entries:
            e["claims"].sort(key=lambda c: (c["date"] or "", c["sentence"]), reverse=True)
    return {"id": iri, "label": proj.label(iri), "type": proj.types.get(iri), "aliases": proj.aliases.get(iri, []),
            "wikidata": proj.wikidata.get(iri, "").rsplit("/", 1)[-1] or None,
            "contract_until": contract(store, iri), "stints": stints(proj, iri), "relations": relations}


def stints(proj: Projection, iri: str) -> list[dict]:
    """The person's dated spells at teams, as the articles (or reference facts) date them, oldest first."""
    out = [{"team": team, "label": proj.label(team), "start": start, "end": end}
           for (person, team), spells in proj.stints.items() if person == iri for start, end in set(spells)]
    return sorted(out, key=lambda s: (s["start"] or s["end"] or "", s["end"] or "9999", s["label"]))


def contract(store: Store, iri: str) -> list[dict]:
    """Reported contract end dates, most reported first."""
    rows = store.select("""
        SELECT ?e ?until (COUNT(DISTINCT ?a) AS ?n) (MAX(COALESCE(STR(?date), "")) AS ?latest) WHERE {
          ?c a fkg:Claim ; rdf:subject ?e ; rdf:predicate fkg:contractUntil ; rdf:object ?until ;
             fkg:stance fkg:Positive ; prov:wasDerivedFrom ?a .
          OPTIONAL { ?a schema:datePublished ?date }
        } GROUP BY ?e ?until ORDER BY DESC(?n) DESC(?latest)""", substitutions={ox.Variable("e"): ox.NamedNode(iri)})
    return [{"until": r["until"].value, "articles": int(r["n"].value), "latest": r["latest"].value or None} for r in rows]


def _neighbour(proj: Projection, iri: str) -> dict:
    return {"id": iri, "label": proj.label(iri), "type": proj.types.get(iri), "stated": False, "denied": False,
            "strength": None, "claims": []}


def format_text(info: dict, evidence: bool = False) -> str:
    """The description as text for a terminal."""
    head = f"{info['label']} ({info['type'] or 'entity'})"
    if info["wikidata"]:
        head += f", Wikidata {info['wikidata']}"
    lines = [head, f"  {info['id']}"]
    if info["aliases"]:
        lines.append("  also: " + ", ".join(info["aliases"]))
    for c in info["contract_until"]:
        lines.append(f"  contract until {c['until']} ({c['articles']} article{'s' if c['articles'] != 1 else ''}"
                     + (f", latest {c['latest']}" if c["latest"] else "") + ")")
    for st in info.get("stints", []):
        lines.append(f"  at {st['label']} {period_text(st['start'], st['end'])}")
    for heading, entries in info["relations"].items():
        lines.append(f"{heading}:")
        for e in entries:
            stated = [c for c in e["claims"] if not c["derived_by"]]
            against = sum(1 for c in stated if c["stance"] == "negative")
            bits = [f"{len(stated) - against} for" + (f", {against} against" if against else "")] if stated else []
            if not e["stated"] and not stated:
                bits.append("derived by " + ", ".join(sorted({c["derived_by"] for c in e["claims"] if c["derived_by"]})))
            if e["strength"] is not None:
                bits.append(f"strength {e['strength']:.2f}")
            dates = [c["date"] for c in stated if c["date"]]
            if dates:
                bits.append(f"latest {max(dates)}")
            cites = sorted({s for c in stated for s in c["sources"]})
            if cites:
                bits.append("citing " + ", ".join(cites))
            lines.append(f"  {e['label']}" + (" [denied]" if e["denied"] else "") + f" ({'; '.join(bits)})")
            if evidence:
                for c in stated[:3]:
                    where = " ".join(x for x in (c["date"], c["outlet"] or c["title"]) if x)
                    lines.append(f"      \"{c['sentence']}\"" + (f" ({where})" if where else ""))
    if not info["relations"]:
        lines.append("  no relations in the graph yet")
    return "\n".join(lines)


__all__ = ["contract", "describe", "format_text", "stints"]
