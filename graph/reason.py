"""Inference: run the SPARQL CONSTRUCT rules of ontology/rules/, each into its own named graph.

A derived triple lives in ``fkr:graph/inferred/<rule>``, so users can tell stated from derived and
which rule produced what. Rules run in file-name order, all re-derived after every change; then the
rumour strengths (graph.rumours) are recomputed into ``fkr:graph/inferred/rumours``.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph.config import FKG, INFERRED_PREFIX, RULES_DIR, sparql_prologue
from graph.rumours import write_rumours
from graph.store import Store

_RULE = ox.NamedNode(str(FKG.rule))


def rule_files(directory: Path = RULES_DIR) -> list[Path]:
    """The rule files, in the order they run."""
    return sorted(directory.glob("*.rq"))


def reason(store: Store, directory: Path = RULES_DIR) -> dict[str, int]:
    """Re-derive all inferred graphs; return the number of triples each rule produced."""
    # Drop the old derivations first: rules must never feed on stale inferences (a symmetric rule would keep
    # a retracted claim alive). A crash in between leaves stated data intact; the next build re-derives.
    store.drop_graphs(store.inferred_graphs())
    counts: dict[str, int] = {}
    for path in rule_files(directory):
        name = path.stem
        # Native triples straight back into the store: a rule may derive hundreds of thousands of them.
        derived = list(dict.fromkeys(store.query(sparql_prologue() + path.read_text(encoding="utf-8"))))
        counts[name] = len(derived)
        if derived:
            graph_iri = INFERRED_PREFIX + name
            derived.append(ox.Triple(ox.NamedNode(graph_iri), _RULE, ox.Literal(name)))
            store.add_derived(graph_iri, derived)
    counts["rumour-strength"] = write_rumours(store)
    return counts
