"""The Python API: everything the CLI does, callable from a notebook."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from graph.articles import find_articles, read_article
from graph.config import ARTICLES_DIR, EXPORTS_DIR, ONTOLOGY_DIR, ONTOLOGY_GRAPH, REFERENCE_GRAPH, load_settings
from graph.connect import connect as _connect
from graph.errors import FkgError
from graph.export import export as _export
from graph.extract import Extraction
from graph.extract import extract as _extract
from graph.model import article_graph
from graph.query import run_query
from graph.reason import reason
from graph.reference import reference_files
from graph.store import Store
from graph.store import open_store as _open


def open_store(location: str | Path | None = None) -> Store:
    """Open the store at ``location`` (default: FKG_STORE, fkg.toml, or the project's .fkg/store)."""
    return _open(location or load_settings().store)


def extract(paths: list[str | Path]) -> list[Extraction]:
    """Extract entities and claims from article files (no store involved)."""
    return [_extract(read_article(p)) for p in find_articles(paths)]


@dataclass
class BuildReport:
    """Outcome of a build: per-article status, failures, rule counts, written exports."""

    articles: dict[str, str] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    inferred: dict[str, int] = field(default_factory=dict)
    exports: list[Path] = field(default_factory=list)
    triples: int = 0


# What `fkg build` writes into exports/ (every format is also available through `fkg export`).
BUILD_EXPORTS = [("html", "graph.html"), ("trig", "graph.trig"), ("turtle", "graph.ttl"), ("jsonld", "graph.jsonld"),
                 ("graphml", "graph.graphml"), ("gexf", "graph.gexf"), ("csv", "csv")]


def build(paths: list[str | Path] | None = None, store: Store | str | Path | None = None,
          exports_dir: str | Path | None = EXPORTS_DIR, on_article=None) -> BuildReport:
    """Ingest articles (default: data/articles), reason, and write exports/graph.html and graph.trig.

    A bad file is reported and skipped; it never leaves partial data behind.
    """
    st = store if isinstance(store, Store) else open_store(store)
    report = BuildReport()
    st.load_turtle(str(ONTOLOGY_GRAPH), [ONTOLOGY_DIR / "football.ttl"])
    st.load_turtle(str(REFERENCE_GRAPH), reference_files())
    files = find_articles(paths or [ARTICLES_DIR])
    if not files:
        raise FkgError("no article files found (.txt or .md)")
    for f in files:
        try:
            article = read_article(f)
            x = _extract(article)
            res = st.ingest(article.graph_iri, article_graph(x), article.content_hash, article.path)
            report.articles[str(f)] = res.status
        except FkgError as exc:
            report.failures[str(f)] = str(exc)
        if on_article:
            on_article(str(f), report.articles.get(str(f)), report.failures.get(str(f)))
    report.inferred = reason(st)
    st.flush()
    if exports_dir is not None:
        out = Path(exports_dir)
        report.exports = [_export(st, fmt, out / name) for fmt, name in BUILD_EXPORTS]
    report.triples = len(st)
    return report


def query(sparql: str, store: Store | str | Path | None = None, allow_update: bool = False):
    """Run SPARQL (common prefixes predeclared) over the union of all graphs; updates only with allow_update."""
    st = store if isinstance(store, Store) else open_store(store)
    return run_query(st, sparql, allow_update=allow_update)


def connect(a: str, b: str, store: Store | str | Path | None = None, k: int = 5, max_length: int = 4) -> dict:
    """How are two entities connected? Paths with plain-English steps and evidence."""
    st = store if isinstance(store, Store) else open_store(store)
    return _connect(st, a, b, k=k, max_length=max_length)


def export(fmt: str, path: str | Path, store: Store | str | Path | None = None) -> Path:
    """Export the store (trig, nquads, html)."""
    st = store if isinstance(store, Store) else open_store(store)
    return _export(st, fmt, path)


def validate(store: Store | str | Path | None = None) -> list:
    """SHACL violations in the stored graph, in plain words (empty when it conforms)."""
    from graph.validate import validate as _validate

    st = store if isinstance(store, Store) else open_store(store)
    return _validate(st)


def explain(subject: str, predicate: str, obj: str, store: Store | str | Path | None = None) -> dict:
    """Every claim and inference rule behind one edge."""
    from graph.explain import explain as _explain

    st = store if isinstance(store, Store) else open_store(store)
    return _explain(st, subject, predicate, obj)


def evaluate(gold_dir: str | Path | None = None) -> dict:
    """Precision, recall and F1 of the extractor against data/gold."""
    from graph.evaluate import evaluate as _evaluate

    return _evaluate(gold_dir)
