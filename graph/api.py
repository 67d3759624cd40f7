"""The Python API: everything the CLI does, callable from a notebook."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from graph.articles import display_path, find_articles, read_article
from graph.config import ARTICLES_DIR, EXPORTS_DIR, ONTOLOGY_DIR, ONTOLOGY_GRAPH, REFERENCE_GRAPH, load_settings
from graph.connect import connect as _connect
from graph.dates import parse_as_of
from graph.errors import FkgError
from graph.export import export as _export
from graph.extract import Extraction
from graph.extract import extract as _extract
from graph.model import article_triples
from graph.query import run_query
from graph.reason import reason
from graph.reference import reference_files
from graph.store import AsOfStore, Store, ntriples
from graph.store import open_store as _open


def open_store(location: str | Path | None = None) -> Store:
    """Open the store at ``location``: a directory or a SPARQL endpoint URL (default: FKG_STORE, fkg.toml, or
    the project's .fkg/store)."""
    settings = load_settings()
    return _open(location or settings.store, settings.update_endpoint)


def _store(store: Store | str | Path | None, as_of: str | None = None) -> Store:
    st = store if isinstance(store, Store) else open_store(store)
    return AsOfStore(st, parse_as_of(as_of).isoformat()) if as_of else st


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
BUILD_EXPORTS = [("html", "graph.html"), ("png", "graph.png"), ("trig", "graph.trig"), ("turtle", "graph.ttl"), ("jsonld", "graph.jsonld"),
                 ("graphml", "graph.graphml"), ("gexf", "graph.gexf"), ("csv", "csv")]


def prepare(path: str | Path) -> tuple[str, dict | None, str | None]:
    """Read and extract one article into the arguments of ``Store.ingest`` (its graph as N-Triples), or the
    one-line reason it cannot be read. Runs in worker processes when building in parallel."""
    from graph.extract import extractor_fingerprint

    try:
        article = read_article(path)
        nt = ntriples(article_triples(_extract(article)))
    except FkgError as exc:
        return str(path), None, str(exc)
    return str(path), {"graph_iri": article.graph_iri, "g": nt, "content_hash": article.content_hash,
                       "source": article.path, "url": article.url, "extractor": extractor_fingerprint()}, None


def _prepared(files: list[Path], workers: int):
    # Extraction is CPU-bound Python: processes, not threads; storing stays in this process, in order.
    if workers <= 1 or len(files) < 2:
        yield from map(prepare, files)
        return
    import concurrent.futures as cf

    with cf.ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(prepare, files, chunksize=max(1, min(32, len(files) // (workers * 4))))


def build(paths: list[str | Path] | None = None, store: Store | str | Path | None = None,
          exports_dir: str | Path | None = EXPORTS_DIR, on_article=None, workers: int = 1) -> BuildReport:
    """Ingest articles (default: data/articles), reason, and write exports/ (see BUILD_EXPORTS);
    ``workers`` > 1 extracts in that many processes.

    A bad file is reported and skipped; it never leaves partial data behind.
    """
    st = _store(store)
    report = BuildReport()
    st.load_turtle(str(ONTOLOGY_GRAPH), [ONTOLOGY_DIR / "football.ttl"])
    st.load_turtle(str(REFERENCE_GRAPH), reference_files())
    files = find_articles(paths or [ARTICLES_DIR])
    if not files:
        raise FkgError("no article files found (.txt or .md)")
    for f, prepared, failure in _prepared(files, workers):
        try:
            if failure is not None:
                raise FkgError(failure)
            res = st.ingest(**prepared)
            report.articles[f] = res.status
        except FkgError as exc:
            report.failures[f] = str(exc)
        if on_article:
            on_article(f, report.articles.get(f), report.failures.get(f))
    report.inferred = reason(st)
    st.flush()
    if exports_dir is not None:
        out = Path(exports_dir)
        report.exports = [_export(st, fmt, out / name) for fmt, name in BUILD_EXPORTS]
    report.triples = len(st)
    return report


def load(paths: list[str | Path], store: Store | str | Path | None = None) -> int:
    """Add N-Quads or TriG dumps (e.g. another store's ``fkg export trig``) to the store with the bulk
    loader, then re-derive the inferences; returns the number of triples in the store."""
    st = _store(store)
    for p in paths:
        st.load(p)
    reason(st)
    st.flush()
    return len(st)


def remove(articles: list[str], store: Store | str | Path | None = None) -> dict[str, list[str]]:
    """Take articles' claims out of the store (by file path, article IRI, graph IRI or URL) and re-derive
    the inferences; returns, per article given, the graphs removed (an unknown article is an error)."""
    st = _store(store)
    found = {a: st.articles(_source_key(a)) for a in articles}
    unknown = [a for a, graphs in found.items() if not graphs]
    if unknown:
        raise FkgError(f"no stored article matches {unknown[0]!r} (give its file path, IRI or URL)")
    st.drop_graphs(sorted({g for graphs in found.values() for g in graphs}))
    reason(st)
    st.flush()
    return found


def serve(store: str | Path | None = None, bind: str = "127.0.0.1:7878", writable: bool = False,
          timeout: float = 60, on_start=None) -> int:
    """Run the Oxigraph SPARQL server on an embedded store until it stops; returns its exit code. Queries see
    the union of all graphs, as with ``fkg query``. Read-only by default; the store must not be written
    by another process meanwhile. Queries stop after ``timeout`` seconds."""
    import shutil
    import subprocess

    location = str(store or load_settings().store)
    if location.startswith(("http://", "https://")):
        raise FkgError("fkg serve serves an embedded store directory; this store is already an endpoint")
    if not Path(location, "CURRENT").exists():
        raise FkgError(f"no store at {location}; run fkg build first")
    exe = shutil.which("oxigraph")
    if exe is None:
        raise FkgError("the Oxigraph server is not installed: pip install oxigraph")
    mode = "serve" if writable else "serve-read-only"
    args = [exe, mode, "--location", location, "--bind", bind, "--union-default-graph", "--cors",
            "--timeout-s", str(max(1, round(timeout)))]
    proc = subprocess.Popen(args)
    if on_start:
        on_start(f"http://{bind}")
    try:
        return proc.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if proc.poll() is None:  # never leave the server running behind us
            proc.terminate()
            proc.wait(timeout=10)


def _source_key(article: str) -> str:
    # Articles are stored under the path they were read from; accept the same file given another way.
    if article.startswith(("http://", "https://", "urn:")) or not Path(article).exists():
        return article
    return display_path(Path(article))


def query(sparql: str, store: Store | str | Path | None = None, allow_update: bool = False,
          params: dict[str, str] | None = None, timeout: float | None = None, as_of: str | None = None):
    """Run SPARQL (common prefixes predeclared) over the union of all graphs; updates only with allow_update.

    ``sparql`` may instead name a saved query (see ``saved_queries()``), whose ``params`` (name -> value;
    entities by name, forgivingly matched) are bound by the store, never pasted into the text. ``as_of``
    (YYYY-MM-DD) queries the graph as it was believed then (see ``graph.store.AsOfStore``).
    """
    from graph.saved import is_saved_name

    st = _store(store, as_of)
    if is_saved_name(sparql):
        from graph.projection import find_entity
        from graph.saved import bind_params, get_saved

        saved = get_saved(sparql.strip())
        binds = bind_params(saved, params or {}, lambda name: find_entity(name, st))
        return run_query(st, saved.sparql, timeout=timeout, substitutions=binds)
    if params:
        raise FkgError("parameters are for saved queries (fkg query --list); in your own SPARQL write the values")
    return run_query(st, sparql, allow_update=allow_update, timeout=timeout)


def saved_queries() -> list:
    """The saved queries shipped in ontology/queries/ (name, description, parameters, SPARQL)."""
    from graph.saved import saved_queries as _saved

    return list(_saved().values())


def connect(a: str, b: str, store: Store | str | Path | None = None, k: int = 5, max_length: int = 4,
            relations: str | list[str] | None = None, as_of: str | None = None, min_strength: float = 0.0,
            via: str | list[str] | None = None, lang: str = "en") -> dict:
    """How are two entities connected? The k best paths (shortest first, then most meaningful), each step a
    sentence (``lang`` 'en' or 'de') with its evidence. ``relations`` (e.g. 'targets,coaches') limits the
    relations used, ``as_of`` (YYYY-MM-DD) the claims to those published by then, ``min_strength`` the
    rumours to those at least that strong; ``via`` allows hubs (competition, outlet, journalist, all)."""
    st = _store(store)
    return _connect(st, a, b, k=k, max_length=max_length, relations=relations, as_of=as_of,
                    min_strength=min_strength, via=via, lang=lang)


def ask(question: str, store: Store | str | Path | None = None, k: int = 3, as_of: str | None = None):
    """Answer a question in English or German (see data/lexicon/questions.yaml) in words, with the SPARQL it
    ran; a question it cannot map is an error that lists what can be asked. ``as_of``: as believed then."""
    from graph.ask import ask as _ask

    return _ask(_store(store, as_of), question, k=k)


def show(name: str, store: Store | str | Path | None = None, as_of: str | None = None) -> dict:
    """Everything the graph knows about one entity: class, aliases, Wikidata ID, contract end, and its
    relations in and out with their claims, sources and strength. ``as_of``: as believed then."""
    from graph.show import describe

    return describe(_store(store, as_of), name)


def show_page(name: str, path: str | Path, store: Store | str | Path | None = None, depth: int = 1,
              as_of: str | None = None) -> Path:
    """Write the ego network of an entity (``depth`` relations around it) as an interactive page."""
    return export("html", path, store=store, around=name, depth=depth, as_of=as_of)


def timeline(name: str, store: Store | str | Path | None = None, as_of: str | None = None) -> dict:
    """The dated sequence of claims about a person (or any entity), oldest first, with the spells the
    articles date; ``as_of`` (YYYY-MM-DD) keeps what was published by then."""
    from graph.projection import find_entity
    from graph.timeline import timeline as _timeline

    st = _store(store, as_of)
    return _timeline(st, find_entity(name, st))


def timeline_chart(result: dict, path: str | Path) -> Path:
    """Draw a ``timeline`` answer as a chart: .png or .svg (matplotlib), or .html (the chart and the claims)."""
    from graph.timeline import write_chart

    return write_chart(result, Path(path))


def rumours(name: str | None = None, store: Store | str | Path | None = None, as_of: str | None = None) -> list:
    """Rumours (club targets person), strongest first, with the claims for and against each; ``name`` (a
    person or club, matched forgivingly) narrows them; ``as_of`` (YYYY-MM-DD) shows what was believed then."""
    from graph.projection import find_entity
    from graph.rumours import rumours as _rumours

    st = _store(store)
    return _rumours(st, find_entity(name, st) if name else None, as_of=parse_as_of(as_of) if as_of else None)


def export(fmt: str, path: str | Path, store: Store | str | Path | None = None, around: str | None = None,
           depth: int = 1, max_nodes: int | None = None, as_of: str | None = None) -> Path:
    """Export the store (see graph.export.FORMATS); pictures (html, png, svg) of the whole graph or of the
    neighbourhood ``around`` an entity, ``depth`` relations deep, with at most ``max_nodes`` entities;
    ``as_of`` (YYYY-MM-DD): the graph as it was believed then."""
    st = _store(store, as_of)
    return _export(st, fmt, path, around=around, depth=depth, max_nodes=max_nodes)


def connect_page(result: dict, path: str | Path, store: Store | str | Path | None = None, depth: int = 1) -> Path:
    """Write the paths of a ``connect`` answer as an HTML page, highlighted in their neighbourhood."""
    from graph.projection import projection
    from graph.render import paths_view, write_page

    proj = projection(_store(store))
    return write_page(proj, paths_view(proj, result, depth), path)


def rumours_page(name: str, path: str | Path, store: Store | str | Path | None = None) -> Path:
    """Write one club's (or person's) rumours as an HTML page: the entity and whom it targets or is targeted by."""
    from graph.projection import find_entity, projection
    from graph.render import around_view, write_page

    st = _store(store)
    proj = projection(st)
    view = around_view(proj, find_entity(name, st), depth=1, relations=frozenset({"targets"}))
    view.title = f"Rumours: {proj.label(view.focus)}"
    return write_page(proj, view, path)


def validate(store: Store | str | Path | None = None) -> list:
    """SHACL violations in the stored graph, in plain words (empty when it conforms)."""
    from graph.validate import validate as _validate

    st = _store(store)
    return _validate(st)


def explain(subject: str, predicate: str, obj: str, store: Store | str | Path | None = None) -> dict:
    """Every claim and inference rule behind one edge."""
    from graph.explain import explain as _explain

    st = _store(store)
    return _explain(st, subject, predicate, obj)


def evaluate(gold_dir: str | Path | None = None) -> dict:
    """Precision, recall and F1 of the extractor against data/gold."""
    from graph.evaluate import evaluate as _evaluate

    return _evaluate(gold_dir)
