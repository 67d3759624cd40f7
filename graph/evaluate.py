"""Measure the extractor against hand annotations (data/gold): precision, recall, F1 for entities
(untyped and typed) and relations, overall, per predicate and per language."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from graph.articles import find_articles, read_article
from graph.config import ARTICLES_DIR, GOLD_DIR, read_yaml
from graph.errors import FkgError
from graph.extract import extract
from graph.reference import Entity
from graph.text import fold

SYMMETRIC = {"formerTeammateOf"}


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def _rel_key(s: str, p: str, o: str) -> tuple[str, str, str]:
    s, o = fold(s), fold(str(o))
    if p in SYMMETRIC and o < s:
        s, o = o, s
    return (s, p, o)


def _at_gold_precision(key: tuple[str, str, str], gold: set[tuple[str, str, str]]) -> tuple[str, str, str]:
    """A date read more precisely than the gold states it counts as the gold's: "2024-06" for "2024" (an
    annotator who writes a year has said no more)."""
    s, p, o = key
    if key in gold or not o[:4].isdigit():
        return key
    return next((g for g in gold if g[0] == s and g[1] == p and o.startswith(g[2] + "-")), key)


def _article_for(gold: Path, articles: list[Path]) -> Path | None:
    return next((a for a in articles if a.stem == gold.stem), None)


def evaluate(gold_dir: str | Path | None = None, articles_dir: str | Path | None = None) -> dict:
    """Score the extractor on every gold file that has a matching article."""
    gold_root = Path(gold_dir or GOLD_DIR)
    articles = find_articles([articles_dir or ARTICLES_DIR, gold_root])
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    scored = []
    details: list[dict] = []
    for gold_file in sorted(gold_root.rglob("*.yaml")):
        art_path = _article_for(gold_file, articles)
        if art_path is None:
            continue
        gold = read_yaml(gold_file) or {}
        x = extract(read_article(art_path))
        scored.append(art_path.name)
        lang = x.lang
        g_ents = {fold(k): v for k, v in (gold.get("entities") or {}).items()}
        name_of = {e.iri: _gold_name(e, g_ents) for e in x.entities.values()}
        p_ents = {name_of[e.iri]: e.type for e in x.entities.values()}
        group = gold_file.parent.name if gold_file.parent != gold_root else gold_root.name
        _count(counts, ["entities", f"entities/{lang}", f"{group}:entities"], set(p_ents), set(g_ents))
        _count(counts, ["typed_entities", f"typed_entities/{lang}", f"{group}:typed_entities"],
               set(p_ents.items()), set(g_ents.items()))
        g_rels = {_rel_key(*r) for r in gold.get("relations") or []}
        p_rels = set()
        for r in x.relations:
            subj = "ARTICLE" if r.predicate == "cites" else name_of.get(r.subject.iri, fold(r.subject.label))
            obj = name_of.get(r.object.iri, fold(r.object.label)) if isinstance(r.object, Entity) else r.object
            p_rels.add(_rel_key(subj, r.predicate, obj))
        p_rels = {_at_gold_precision(k, g_rels) for k in p_rels}
        _count(counts, ["relations", f"relations/{lang}", f"{group}:relations"], p_rels, g_rels)
        for pred in {k[1] for k in p_rels | g_rels}:
            _count(counts, [f"relations/{pred}"], {k for k in p_rels if k[1] == pred}, {k for k in g_rels if k[1] == pred})
        details.append({"article": art_path.name,
                        "missed_entities": sorted(set(g_ents) - set(p_ents)),
                        "spurious_entities": sorted(set(p_ents) - set(g_ents)),
                        "mistyped_entities": sorted(f"{k}: {p_ents[k]} (gold {g_ents[k]})" for k in set(p_ents) & set(g_ents)
                                                    if p_ents[k] != g_ents[k]),
                        "missed_relations": sorted(" ".join(k) for k in g_rels - p_rels),
                        "spurious_relations": sorted(" ".join(k) for k in p_rels - g_rels)})
    if not scored:
        raise FkgError(f"no gold file in {gold_root} matches an article")
    return {"articles": scored, "scores": {k: _prf(*v) for k, v in sorted(counts.items())}, "details": details}


def _gold_name(entity: Entity, gold_names: dict[str, str]) -> str:
    """The gold label an extracted entity stands for: its label, or an alias that is a gold label."""
    for name in [entity.label, *entity.aliases]:
        if fold(name) in gold_names:
            return fold(name)
    return fold(entity.label)


def _count(counts, keys: list[str], predicted: set, gold: set) -> None:
    for k in keys:
        c = counts[k]
        c[0] += len(predicted & gold)
        c[1] += len(predicted - gold)
        c[2] += len(gold - predicted)


def format_report(report: dict) -> str:
    """The scores as an aligned table."""
    lines = [f"{len(report['articles'])} annotated articles", "",
             f"{'':34} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for name, s in report["scores"].items():
        lines.append(f"{name:34} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['tp']:5} {s['fp']:5} {s['fn']:5}")
    return "\n".join(lines)


def format_details(report: dict) -> str:
    """Per article, what the extractor missed and what it read that the gold does not have."""
    lines = []
    for d in report["details"]:
        lines.append(f"== {d['article']}")
        for key in ("missed_entities", "spurious_entities", "mistyped_entities", "missed_relations", "spurious_relations"):
            for item in d[key]:
                lines.append(f"  {key.replace('_', ' ')[:-1]}: {item}")
    return "\n".join(lines)
