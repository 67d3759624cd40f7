"""Connection questions: how are two entities linked?

Paths are searched on the cached entity graph (graph.projection): only the region that can hold a path
of the allowed length is searched (every node on such a path lies within half that length of one end),
the shortest paths come first, and paths of the same length are ranked by how much they explain:
memberships over rumours, stated over derived, strong and recent rumours over weak and old ones, and
small entities over hubs. Competitions, outlets and journalists are not used as stepping stones unless
asked for (``via``). Each step is a sentence backed by its evidence.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

import networkx as nx

from graph.dates import parse_as_of
from graph.errors import FkgError
from graph.projection import HUB_TYPES, INVERSES, RELATIONS, Evidence, Projection, find_entity, projection
from graph.store import Store
from graph.wording import check_lang, date_text, join, period_text, sentence, word

# How much an edge of each relation explains a connection.
RELATION_WEIGHT = {"playsFor": 1.0, "coaches": 1.0, "presidentOf": 1.0, "formerTeammateOf": 0.9,
                   "formerlyPlayedFor": 0.85, "coachedAt": 0.85, "targets": 0.6}
DERIVED_WEIGHT = 0.8
RECENCY_HALF_LIFE_DAYS = 365


@dataclass
class Filters:
    """What a connection may go through."""

    relations: frozenset[str] | None = None
    as_of: str | None = None  # YYYY-MM-DD: only claims published by then
    min_strength: float = 0.0  # for rumours (targets)
    via: frozenset[str] = frozenset()  # hub classes allowed as stepping stones
    strengths: dict[tuple[str, str], float] = field(default_factory=dict)  # rumour strengths as of as_of


def parse_relations(names: str | list[str] | None) -> frozenset[str] | None:
    """'targets,coaches' (inverse names allowed) as a set of relations; unknown names are an error."""
    if not names:
        return None
    known = {r.lower(): r for r in RELATIONS} | {k.lower(): v for k, v in INVERSES.items()}
    out = set()
    for item in _items(names):
        if item.lower() not in known:
            raise FkgError(f"unknown relation '{item}' (choose from {', '.join((*RELATIONS, *INVERSES))})")
        out.add(known[item.lower()])
    return frozenset(out)


def parse_via(names: str | list[str] | None) -> frozenset[str]:
    """Hub classes to allow ('competition,outlet,journalist' or 'all')."""
    if not names:
        return frozenset()
    aliases = {"competition": "Competition", "outlet": "MediaOutlet", "mediaoutlet": "MediaOutlet",
               "journalist": "Journalist"}
    out = set()
    for item in (i.lower() for i in _items(names)):
        if item == "all":
            return frozenset(HUB_TYPES)
        if item not in aliases:
            raise FkgError(f"--via {item!r}: choose from competition, outlet, journalist, all")
        out.add(aliases[item])
    return frozenset(out)


def _items(names: str | list[str]) -> list[str]:
    # 'a,b' or ['a,b', 'c'] (a repeated option) as ['a', 'b', 'c']
    parts = names.split(",") if isinstance(names, str) else [n for x in names for n in x.split(",")]
    return [p.strip() for p in parts if p.strip()]


def connect(store: Store, a: str, b: str, k: int = 5, max_length: int = 4, relations=None, as_of: str | None = None,
            min_strength: float = 0.0, via=None, lang: str = "en") -> dict:
    """The k best paths between two named entities (shortest first, then most meaningful), each step a
    sentence in ``lang`` with its evidence. Filters: relations, as_of (YYYY-MM-DD), min_strength, via."""
    check_lang(lang)
    if k < 1 or max_length < 1:
        raise FkgError("the number of paths and the path length must be at least 1")
    proj = projection(store)
    src, dst = find_entity(a, store), find_entity(b, store)
    if src == dst:
        raise FkgError(f"'{a}' and '{b}' are the same entity")
    filters = Filters(parse_relations(relations), _iso(as_of), float(min_strength), parse_via(via))
    if filters.as_of:
        filters.strengths = _strengths_as_of(store, filters.as_of)
    return {
        "from": _entity(proj, src), "to": _entity(proj, dst),
        "filters": {"relations": sorted(filters.relations or []), "as_of": filters.as_of,
                    "min_strength": filters.min_strength, "via": sorted(filters.via), "max_length": max_length},
        "paths": [_path_json(proj, steps, score, lang) for score, steps in best_paths(proj, src, dst, k, max_length, filters)],
    }


def best_paths(proj: Projection, src: str, dst: str, k: int, max_length: int, filters: Filters) -> list[tuple[float, list[dict]]]:
    """The k best paths as (score, steps): shortest first, then by score (see the module's docstring)."""
    today = filters.as_of or dt.date.today().isoformat()
    ranked = []
    for path in candidate_paths(proj, src, dst, max_length, filters, limit=max(25, 5 * k)):
        steps = [_best_step(proj, u, v, filters, today) for u, v in zip(path, path[1:], strict=False)]
        score = math.prod(s["score"] for s in steps) * math.prod(_hub_penalty(proj, n) for n in path[1:-1])
        ranked.append((len(steps), -score, path, steps))
    ranked.sort(key=lambda r: (r[0], r[1], r[2]))
    return [(-neg, steps) for _n, neg, _p, steps in ranked[:k]]


def candidate_paths(proj: Projection, src: str, dst: str, max_length: int, filters: Filters, limit: int) -> list[list[str]]:
    """Up to ``limit`` simple paths of at most ``max_length`` edges, shortest first, over allowed edges."""
    und = proj.undirected()
    if src not in und or dst not in und:
        return []
    node_ok, edge_ok = _allowed(proj, src, dst, filters)
    radius = max_length // 2
    near = _ball(und, src, radius, node_ok, edge_ok) | _ball(und, dst, radius, node_ok, edge_ok)
    # A small real graph of the region: views over the whole graph pay for its size on every len().
    region = nx.Graph()
    region.add_nodes_from(near)
    region.add_edges_from((u, v) for u in near for v in und[u] if v in near and u < v and edge_ok(u, v))
    paths: list[list[str]] = []
    try:
        for path in nx.shortest_simple_paths(region, src, dst):
            if len(path) - 1 > max_length or len(paths) >= limit:
                break
            paths.append(path)
    except nx.NetworkXNoPath:
        pass
    return paths


def _ball(und: nx.Graph, start: str, radius: int, node_ok, edge_ok) -> set[str]:
    """Entities within ``radius`` allowed steps of ``start`` (breadth first, touching only their neighbours)."""
    seen, frontier = {start}, [start]
    for _ in range(radius):
        nxt = []
        for u in frontier:
            for v in und[u]:
                if v not in seen and node_ok(v) and edge_ok(u, v):
                    seen.add(v)
                    nxt.append(v)
        frontier = nxt
    return seen


def _allowed(proj: Projection, src: str, dst: str, filters: Filters):
    """Which entities may be stepping stones and which edges may be walked, under the filters."""
    und = proj.undirected()
    blocked = set(HUB_TYPES) - set(filters.via)

    def node_ok(n: str) -> bool:
        return n in (src, dst) or proj.types.get(n) not in blocked

    def edge_ok(u: str, v: str) -> bool:
        return any(_usable(proj, s, o, key, filters) is not None for s, o, key in und[u][v]["keys"])

    plain = filters.relations is None and filters.as_of is None and not filters.min_strength
    return node_ok, (lambda u, v: True) if plain else edge_ok


def _usable(proj: Projection, s: str, o: str, key: str, filters: Filters) -> dict | None:
    """The edge as it stands under the filters (its usable evidence and strength), or None."""
    data = proj.graph[s][o][key]
    if filters.relations is not None and key not in filters.relations:
        return None
    evidence = data["evidence"]
    if filters.as_of:
        # Nothing says when a derivation or an undated claim was believed: only dated claims count then.
        evidence = [e for e in evidence if e.derived_by is None and e.date and e.date[:10] <= filters.as_of]
    positive = [e for e in evidence if e.stance == "positive"]
    if not positive:
        return None
    strength = filters.strengths.get((s, o)) if filters.as_of else data.get("strength")
    if key == "targets" and filters.min_strength and (strength or 0.0) < filters.min_strength:
        return None
    return {"evidence": positive, "strength": strength if key == "targets" else None,
            "stated": any(e.derived_by is None for e in positive)}


def _best_step(proj: Projection, u: str, v: str, filters: Filters, today: str) -> dict:
    options = []
    for s, o, key in proj.undirected()[u][v]["keys"]:
        usable = _usable(proj, s, o, key, filters)
        if usable is not None:
            options.append((_edge_score(key, usable, today), s, o, key, usable))
    # A stated edge explains more than one derived in the other direction (symmetric and inverse rules).
    score, s, o, key, usable = max(options, key=lambda x: (x[4]["stated"], x[0], x[3]))
    return {"score": score, "source": s, "target": o, "predicate": key, "forward": s == u, **usable}


def _edge_score(predicate: str, usable: dict, today: str) -> float:
    evidence: list[Evidence] = usable["evidence"]
    weight = RELATION_WEIGHT.get(predicate, 0.5) * (1.0 if usable["stated"] else DERIVED_WEIGHT)
    belief = usable["strength"] if usable["strength"] is not None else max(e.confidence for e in evidence)
    dates = [e.date for e in evidence if e.date]
    if dates:
        age = max(0, (dt.date.fromisoformat(today) - dt.date.fromisoformat(max(dates)[:10])).days)
        recency = 0.5 + 0.5 * 0.5 ** (age / RECENCY_HALF_LIFE_DAYS)
    else:
        recency = 0.75
    return weight * belief * recency


def _hub_penalty(proj: Projection, node: str) -> float:
    # A path through a club with 500 links says less than one through a club with 5.
    return 1.0 / (1.0 + 0.15 * proj.importance(node))


def _entity(proj: Projection, iri: str) -> dict:
    return {"id": iri, "label": proj.label(iri), "type": proj.types.get(iri)}


def _path_json(proj: Projection, steps: list[dict], score: float, lang: str) -> dict:
    out = []
    for st in steps:
        text = sentence(st["predicate"], proj.label(st["source"]), proj.label(st["target"]), lang)
        detail = _detail(proj, st, lang)
        evidence = sorted(st["evidence"], key=lambda e: (e.derived_by is not None, -(e.confidence), e.date or ""))
        out.append({"source": st["source"], "target": st["target"], "predicate": st["predicate"],
                    "forward": st["forward"], "stated": st["stated"], "strength": st["strength"],
                    "text": text, "detail": detail, "evidence": [e.to_json() for e in evidence]})
    text = ". ".join(f"{s['text']} ({s['detail']})" if s["detail"] else s["text"] for s in out) + "."
    return {"length": len(out), "score": round(score, 4), "text": text, "steps": out}


def _detail(proj: Projection, step: dict, lang: str) -> str:
    """Where a step comes from: the newest report (outlet or title, date), how many, and the strength;
    or, for a derived step, what it was derived from."""
    if not step["stated"]:
        rules = sorted({e.derived_by for e in step["evidence"] if e.derived_by})
        shared = shared_clubs(proj, step["source"], step["target"]) if step["predicate"] == "formerTeammateOf" else []
        places = [" ".join(x for x in (proj.label(c), together(proj, step["source"], step["target"], c, lang)) if x)
                  for c in shared]
        basis = word("both_at", lang, clubs=join(places, lang)) if shared else \
            join([word("rule", lang, rule=r) for r in rules], lang)
        return f"{word('derived', lang)}: {basis}"
    stated = [e for e in step["evidence"] if e.derived_by is None]
    newest = max(stated, key=lambda e: (e.date or "", e.confidence))
    where = newest.outlet or (f"\u201c{_short(newest.title)}\u201d" if newest.title else None)
    parts = [", ".join(x for x in (where, date_text(newest.date, lang) if newest.date else None) if x)]
    spells = proj.stints.get((step["source"], step["target"]), [])
    if spells:  # the spell the articles date: "2017-2021", "since 2021"
        parts.insert(0, ", ".join(dict.fromkeys(period_text(f, t, lang) for f, t in spells)))
    if len({e.article for e in stated}) > 1:
        parts.append(word("reports", lang, n=len({e.article for e in stated})))
    if step["strength"] is not None:
        parts.append(f"{word('strength', lang)} {step['strength']:.2f}")
    return "; ".join(p for p in parts if p)


def shared_clubs(proj: Projection, a: str, b: str) -> list[str]:
    """Teams both people play or played for, by label."""
    def teams(p: str) -> set[str]:
        return {o for _s, o, key in proj.graph.out_edges(p, keys=True) if key in ("playsFor", "formerlyPlayedFor")}

    return sorted(teams(a) & teams(b), key=proj.label)


def together(proj: Projection, a: str, b: str, team: str, lang: str = "en") -> str | None:
    """When two people's spells at a team overlapped, by year: "2017-2021", "until 2021", "since 2019"."""
    best = None
    for a_from, a_to in proj.stints.get((a, team), []):
        for b_from, b_to in proj.stints.get((b, team), []):
            starts = [y[:4] for y in (a_from, b_from) if y]
            ends = [y[:4] for y in (a_to, b_to) if y]
            start, end = (max(starts) if len(starts) == 2 else None), (min(ends) if ends else None)
            if start or end:
                best = (start, end)
    return period_text(*best, lang) if best else None


def _short(text: str, n: int = 48) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "\u2026"


def _iso(value: str | None) -> str | None:
    return parse_as_of(value).isoformat() if value else None


def _strengths_as_of(store: Store, as_of: str) -> dict[tuple[str, str], float]:
    from graph.rumours import rumours

    return {(r.club, r.person): r.strength for r in rumours(store, as_of=dt.date.fromisoformat(as_of))}


__all__ = ["Filters", "best_paths", "candidate_paths", "connect", "find_entity", "parse_relations", "parse_via", "shared_clubs", "together"]
