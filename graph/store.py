"""The triple store: embedded on-disk Oxigraph (pyoxigraph) by default, or any SPARQL 1.1 endpoint.

Both kinds of store speak SPARQL only, so every command works the same on either. Every write that
belongs to one article is a single SPARQL Update (drop old graph + insert new), which Oxigraph (embedded
or server), Fuseki and GraphDB apply atomically: a crash leaves the store as it was before that article.
Results are always pyoxigraph result objects: a remote endpoint's answer is parsed with pyoxigraph too.
"""

from __future__ import annotations

import base64
import os
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from graph.config import FKG, FKR, INFERRED_PREFIX, SCHEMA, sparql_prologue
from graph.errors import FkgError

# One triple in its own graph names the store's revision; every write through fkg changes it, so that
# caches built from the store (graph.projection) know when to rebuild. It is left out of exports.
META_GRAPH = str(FKR["graph/meta"])
_REVISION = f"<{FKR['store']}> <{FKG.revision}>"


def bind_values(binds: dict) -> str:
    """A VALUES clause binding variables to terms. Terms are pyoxigraph terms, whose string form is their
    escaped N-Triples syntax, so user input never reaches the query text unescaped."""
    names = " ".join(f"?{v.value}" for v in binds)
    terms = " ".join(str(t) for t in binds.values())
    return f"VALUES ({names}) {{ ({terms}) }}"


@dataclass
class IngestResult:
    """What happened to one article: 'added', 'replaced' or 'unchanged'."""

    status: str
    graph: str


class Triples(list):
    """The triples of a CONSTRUCT or DESCRIBE answer from a remote endpoint (like ox.QueryTriples)."""


class Store:
    """What every store offers, written in SPARQL over ``query`` and ``update`` (see the subclasses)."""

    location: str

    # ------------------------------------------------------------ the two primitives
    def query(self, sparql: str, timeout: float | None = None, substitutions: dict | None = None,
              graphs: list[str] | None = None):
        """Run a SPARQL query over the union of all graphs (pyoxigraph result objects), or only over the named
        ``graphs`` when given. Values from users go in ``substitutions`` (variable -> term), bound by the
        engine, never pasted into the text; a bound variable must be in the SELECT projection (an Oxigraph
        rule, kept for endpoints too)."""
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update atomically."""
        raise NotImplementedError

    def write(self, sparql: str) -> None:
        """Run a SPARQL Update and record a new revision of the store, in the same atomic request."""
        body = sparql.rstrip().rstrip(";")
        self.update(f"{body + ' ;' if body.strip() else ''}\nDROP SILENT GRAPH <{META_GRAPH}> ;\n"
                    f"INSERT DATA {{ GRAPH <{META_GRAPH}> {{ {_REVISION} \"{uuid.uuid4()}\" }} }}")

    def revision(self) -> str:
        """An opaque token that changes whenever fkg writes to the store ('' for a store never written)."""
        rows = list(self.query(f"SELECT ?r WHERE {{ GRAPH <{META_GRAPH}> {{ {_REVISION} ?r }} }}"))
        return rows[0]["r"].value if rows else ""

    # ------------------------------------------------------------ reading
    def select(self, sparql: str, substitutions: dict | None = None, timeout: float | None = None) -> list[dict]:
        """Rows of a SELECT as dicts of variable -> pyoxigraph term (prefixes predeclared, values bound)."""
        res = self.query(sparql_prologue(sparql) + sparql, substitutions=substitutions, timeout=timeout)
        names = [v.value for v in res.variables]
        return [dict(zip(names, row, strict=True)) for row in res]

    def graphs(self) -> list[str]:
        """IRIs of all named graphs."""
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r["g"].value for r in rows if isinstance(r["g"], ox.NamedNode) and r["g"].value != META_GRAPH)

    def __len__(self) -> int:
        rows = list(self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{META_GRAPH}>) }}"))
        return int(rows[0]["n"].value)

    def quads(self) -> list[ox.Quad]:
        """Every quad of the named graphs (but the revision), sorted so that serialisations are deterministic."""
        rows = self.query(f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{META_GRAPH}>) }}")
        return sorted((ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows), key=str)

    # ------------------------------------------------------------ writing
    def replace_graph(self, graph_iri: str, g: Graph | str | list[ox.Triple], drop: list[str] = ()) -> None:
        """Replace a named graph (and drop others) in one atomic update."""
        self.replace_graphs({graph_iri: g}, drop=drop)

    def replace_graphs(self, graphs: dict[str, Graph | str | list[ox.Triple]], drop: list[str] = ()) -> None:
        """Replace several named graphs (rdflib graphs, N-Triples text, or pyoxigraph triples) and drop others
        in one atomic update: all or nothing."""
        drops = "".join(f"DROP SILENT GRAPH <{_iri(iri)}> ;\n" for iri in [*graphs, *drop])
        inserts = "".join(f"GRAPH <{_iri(iri)}> {{\n{_ntriples_of(g)}\n}}\n" for iri, g in graphs.items())
        self.write(f"{drops}INSERT DATA {{\n{inserts}}}")

    def add_derived(self, graph_iri: str, triples: list[ox.Triple]) -> None:
        """Write a derived graph that reasoning has just dropped. Derived graphs are re-derived by every
        build, so a store may write them without a transaction (see EmbeddedStore)."""
        self.replace_graph(graph_iri, triples)

    def ingest(self, graph_iri: str, g: Graph | str, content_hash: str, source: str, url: str | None = None,
               extractor: str | None = None) -> IngestResult:
        """Store an article graph (rdflib graph, or N-Triples text with ``extractor`` given); unchanged content
        by the same extractor is a no-op, and an edited article (same source file, or same URL when given)
        replaces its old graph."""
        # The source and URL are bound into the triple patterns, each branch of the UNION in its own GRAPH, so
        # the store looks them up in its indexes instead of scanning every article (a build went quadratic).
        rows = self.query(
            f"SELECT ?g ?h ?s ?u ?e WHERE {{ {{ GRAPH ?g {{ ?a <{FKG.sourceFile}> ?s . ?a <{FKG.contentHash}> ?h . "
            f"OPTIONAL {{ ?a <{FKG.extractor}> ?e }} }} }} UNION {{ GRAPH ?g {{ ?a <{SCHEMA.url}> ?u . "
            f"?a <{FKG.contentHash}> ?h . OPTIONAL {{ ?a <{FKG.extractor}> ?e }} }} }} }}",
            substitutions={ox.Variable("s"): ox.Literal(source), ox.Variable("u"): ox.Literal(url or "\u0000")},
        )
        old = [(r["g"].value, r["h"].value, r["e"].value if r["e"] is not None else None) for r in rows]
        if extractor is None and isinstance(g, Graph):
            found = next(iter(g.objects(None, FKG.extractor)), None)
            extractor = str(found) if found is not None else None
        if any(h == content_hash and e == extractor for _g, h, e in old):
            return IngestResult("unchanged", graph_iri)
        self.replace_graph(graph_iri, g, drop=sorted({og for og, _h, _e in old if og != graph_iri}))
        return IngestResult("replaced" if old else "added", graph_iri)

    def articles(self, source_or_iri: str) -> list[str]:
        """Graph IRIs of the articles whose source file, article IRI, graph IRI or URL is given."""
        rows = self.query(
            f"SELECT DISTINCT ?g ?x WHERE {{ GRAPH ?g {{ ?a <{FKG.sourceFile}> ?s . OPTIONAL {{ ?a <{SCHEMA.url}> ?u }} }} "
            "FILTER(?s = ?x || STR(?a) = ?x || STR(?g) = ?x || STR(?u) = ?x) }",
            substitutions={ox.Variable("x"): ox.Literal(source_or_iri)},
        )
        return sorted(r["g"].value for r in rows)

    def remove_article(self, source_or_iri: str) -> list[str]:
        """Drop the graphs of articles whose source file, IRI, graph IRI or URL is given; return them."""
        graphs = self.articles(source_or_iri)
        self.drop_graphs(graphs)
        return graphs

    def drop_graphs(self, graphs: list[str]) -> None:
        """Drop named graphs in one atomic update (nothing to do for none)."""
        if graphs:
            self.write(" ;\n".join(f"DROP SILENT GRAPH <{_iri(g)}>" for g in graphs))

    def load_turtle(self, graph_iri: str, paths: list[Path]) -> None:
        """(Re)load Turtle files into one named graph atomically."""
        g = Graph()
        for p in paths:
            g.parse(p, format="turtle")
        self.replace_graph(graph_iri, g)

    def load(self, path: str | Path) -> None:
        """Add the quads of an N-Quads or TriG file (a dump, another fkg's export) to the store. Triples
        outside a named graph go to ``fkr:graph/loaded``. On an endpoint: one update per 20,000 quads."""
        fmt = _check_dump(path)
        default = ox.NamedNode(str(FKR["graph/loaded"]))
        batch: list[str] = []
        with open(path, "rb") as fh:
            for q in ox.parse(fh, format=fmt):
                g = default if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name
                batch.append(f"GRAPH {g} {{ {q.subject} {q.predicate} {q.object} }}")
                if len(batch) >= 20_000:
                    self.write("INSERT DATA {\n" + "\n".join(batch) + "\n}")
                    batch = []
        if batch:
            self.write("INSERT DATA {\n" + "\n".join(batch) + "\n}")

    def inferred_graphs(self) -> list[str]:
        """IRIs of the graphs written by inference rules."""
        return [g for g in self.graphs() if g.startswith(INFERRED_PREFIX)]

    def flush(self) -> None:
        """Make writes durable (a no-op where every update is durable on return)."""

    def close(self) -> None:
        """Release the store (a no-op for an endpoint)."""


class AsOfStore(Store):
    """A store as it was believed on a date, read-only: the curated graphs (reference, ontology, loaded dumps)
    and the articles published by then. Undated articles and derived graphs are left out: nothing says when
    an undated claim was believed, and rules are not re-run for a past date."""

    def __init__(self, base: Store, date: str):
        self.base, self.date = base, date
        self.location = f"{base.location}#as-of={date}"
        dated = {r["g"].value: r["d"].value if r["d"] is not None else None for r in base.query(
            f"SELECT ?g ?d WHERE {{ GRAPH ?g {{ ?a a <{FKG.Article}> OPTIONAL {{ ?a <{SCHEMA.datePublished}> ?d }} }} }}")}
        self._graphs = [g for g in base.graphs() if not g.startswith(INFERRED_PREFIX)
                        and (g not in dated or (dated[g] is not None and dated[g][:10] <= date))]

    def query(self, sparql: str, timeout: float | None = None, substitutions: dict | None = None,
              graphs: list[str] | None = None):
        allowed = self._graphs if graphs is None else [g for g in graphs if g in self._graphs]
        return self.base.query(sparql, timeout=timeout, substitutions=substitutions, graphs=allowed)

    def update(self, sparql: str) -> None:
        raise FkgError(f"the graph as of {self.date} is a past state; it cannot be changed")

    def revision(self) -> str:
        return f"{self.base.revision()}#as-of={self.date}"

    def graphs(self) -> list[str]:
        return list(self._graphs)


class EmbeddedStore(Store):
    """An embedded Oxigraph store at a directory (created on first use). Only one process may open it; a
    second one waits up to ``wait`` seconds for the first to finish, then gets a clear message."""

    def __init__(self, location: str | Path, wait: float | None = None):
        self.location = str(location)
        wait = float(os.environ.get("FKG_LOCK_WAIT", "5")) if wait is None else wait
        deadline = time.monotonic() + wait
        while True:
            try:
                Path(self.location).mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(self.location)
                return
            except OSError as exc:
                msg = str(exc)
                if "lock" not in msg.lower():
                    raise FkgError(f"cannot open store {self.location}: {msg.splitlines()[0]}") from None
                if time.monotonic() >= deadline:
                    raise FkgError(f"store {self.location} is in use by another fkg process; "
                                   "try again when it finishes") from None
                time.sleep(0.2)

    def query(self, sparql: str, timeout: float | None = None, substitutions: dict | None = None,
              graphs: list[str] | None = None):
        def run():
            if graphs is not None:
                names = [ox.NamedNode(g) for g in graphs]
                return self._ox.query(sparql, default_graph=names or ox.DefaultGraph(), named_graphs=names,
                                      substitutions=substitutions)
            return self._ox.query(sparql, use_default_graph_as_union=True, substitutions=substitutions)

        try:
            if timeout is None:
                return run()
            return _reparse(*_with_timeout(lambda: _evaluate(run()), timeout))
        except SyntaxError as exc:
            raise FkgError(f"SPARQL syntax error: {_user_position(str(exc).splitlines()[0])}") from None
        except OSError as exc:
            raise FkgError(f"query failed: {exc}") from None

    def update(self, sparql: str) -> None:
        try:
            self._ox.update(sparql)
        except SyntaxError as exc:
            raise FkgError(f"SPARQL update syntax error: {_user_position(str(exc).splitlines()[0])}") from None
        except OSError as exc:
            raise FkgError(f"update failed: {exc}") from None

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode) and g.value != META_GRAPH)

    def __len__(self) -> int:
        return len(self._ox) - (1 if self.revision() else 0)

    def quads(self) -> list[ox.Quad]:
        meta = ox.NamedNode(META_GRAPH)
        return sorted((q for q in self._ox.quads_for_pattern(None, None, None, None) if q.graph_name != meta), key=str)

    def flush(self) -> None:
        self._ox.flush()

    def add_derived(self, graph_iri: str, triples: list[ox.Triple]) -> None:
        # The bulk writer is several times faster than an update for the hundreds of thousands of triples a
        # rule may derive; it is not atomic, but a crash only leaves derived data short, and the next build
        # re-derives it from the stated graphs, which it never touches.
        graph = ox.NamedNode(graph_iri)
        self._ox.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
        self.write("")

    def load(self, path: str | Path) -> None:
        # Oxigraph's bulk loader: much faster and leaner than updates, but not atomic, so it is only used
        # after the file has parsed completely.
        fmt = _check_dump(path)
        self._ox.bulk_load(path=str(path), format=fmt, to_graph=ox.NamedNode(str(FKR["graph/loaded"])))
        self.write("")

    def close(self) -> None:
        """Release the store (and its lock) so that another process can open it."""
        _OPEN.pop(str(Path(self.location).resolve()), None)
        self._ox = None


class RemoteStore(Store):
    """A SPARQL 1.1 endpoint (Oxigraph server, Fuseki, GraphDB, Virtuoso...) over the SPARQL 1.1 Protocol.

    The endpoint must answer queries over the union of its named graphs (Oxigraph: ``--union-default-graph``;
    Fuseki: ``unionDefaultGraph``; GraphDB and Virtuoso do so by default); this is checked on first use.
    Credentials come from the environment only: FKG_STORE_TOKEN (bearer) or FKG_STORE_USER and
    FKG_STORE_PASSWORD (basic). Transient failures are retried with backoff; each retry resends a whole
    update, and our updates are idempotent (drop then insert), so a retried batch is never half-applied.
    """

    RETRIES = 3

    def __init__(self, query_url: str, update_url: str | None = None, timeout: float = 60.0):
        self.query_url, self.update_url = endpoints(query_url, update_url)
        self.location = self.query_url
        self.timeout = timeout
        self._union_checked = False

    # ------------------------------------------------------------ protocol
    def query(self, sparql: str, timeout: float | None = None, substitutions: dict | None = None,
              graphs: list[str] | None = None):
        if substitutions:
            sparql = inline_values(sparql, substitutions)
        if graphs is not None:  # the protocol's dataset parameters: the merge of these graphs is the default
            return self._query(sparql, timeout, {"default-graph-uri": graphs or [str(FKR["graph/none"])],
                                                 "named-graph-uri": graphs or [str(FKR["graph/none"])]})
        self._check_union()
        return self._query(sparql, timeout)

    def update(self, sparql: str) -> None:
        self._post(self.update_url, {"update": sparql}, accept="*/*", timeout=None)
        self._union_checked = False  # an empty store could not be checked before its first write

    def _query(self, sparql: str, timeout: float | None, dataset: dict | None = None):
        body, ctype = self._post(self.query_url, {"query": sparql, **(dataset or {})}, timeout=timeout,
                                 accept="application/sparql-results+json, application/n-triples;q=0.9")
        if "sparql-results+json" in ctype or ctype.startswith("application/json"):
            return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        if "n-triples" in ctype or "turtle" in ctype:
            fmt = ox.RdfFormat.N_TRIPLES if "n-triples" in ctype else ox.RdfFormat.TURTLE
            return Triples(ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, format=fmt))
        raise FkgError(f"endpoint {self.query_url} answered with an unexpected content type {ctype!r}")

    def _check_union(self) -> None:
        # Our queries read the union of named graphs as the default graph; an endpoint that does not would
        # silently answer nothing, so say so once instead.
        if self._union_checked:
            return
        self._union_checked = True
        named = bool(self._query("ASK { GRAPH ?g { ?s ?p ?o } }", None))
        if named and not bool(self._query("ASK { ?s ?p ?o }", None)):
            raise FkgError(f"endpoint {self.query_url} does not query the union of its named graphs by default; "
                           "start it with that option (oxigraph serve --union-default-graph, Fuseki unionDefaultGraph)")

    def _post(self, url: str, form: dict, accept: str, timeout: float | None) -> tuple[bytes, str]:
        data = urllib.parse.urlencode(form, doseq=True).encode("utf-8")
        headers = {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded", **_auth_headers()}
        delay = 0.5
        for attempt in range(self.RETRIES + 1):
            req = urllib.request.Request(url, data=data, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(req, timeout=timeout or self.timeout) as resp:
                    return resp.read(), resp.headers.get("Content-Type", "")
            except urllib.error.HTTPError as exc:
                detail = exc.read().decode("utf-8", "replace").strip().splitlines()
                if exc.code in (502, 503, 504) and attempt < self.RETRIES:
                    time.sleep(delay)
                    delay *= 2
                    continue
                what = "rejected the request" if exc.code < 500 else "failed"
                raise FkgError(f"endpoint {url} {what} (HTTP {exc.code}): {_user_position(detail[0]) if detail else exc.reason}"
                               ) from None
            except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
                reason = getattr(exc, "reason", exc)
                if isinstance(reason, TimeoutError) or isinstance(exc, TimeoutError):
                    raise FkgError(f"endpoint {url} did not answer within {timeout or self.timeout:g} s") from None
                if attempt < self.RETRIES:
                    time.sleep(delay)
                    delay *= 2
                    continue
                raise FkgError(f"cannot reach endpoint {url}: {reason}") from None
        raise AssertionError("unreachable")


def endpoints(url: str, update_url: str | None = None) -> tuple[str, str]:
    """The query and update URLs for an endpoint URL: Oxigraph and Fuseki (``.../query``, ``.../update``),
    one URL for both (``.../sparql``), GraphDB (``.../repositories/NAME`` + ``/statements``), or a server
    root, taken as Oxigraph's ``/query`` and ``/update``. With an explicit update URL (argument or
    FKG_UPDATE_ENDPOINT) both URLs are used as given."""
    url = url.rstrip("/")
    update_url = update_url or os.environ.get("FKG_UPDATE_ENDPOINT")
    if update_url:
        return url, update_url
    if url.endswith("/query"):
        query, update = url, url[: -len("/query")] + "/update"
    elif url.endswith("/sparql"):
        query, update = url, url
    elif re.search(r"/repositories/[^/]+$", url):
        query, update = url, url + "/statements"
    else:
        query, update = url + "/query", url + "/update"
    return query, update


def _auth_headers() -> dict[str, str]:
    token = os.environ.get("FKG_STORE_TOKEN")
    if token:
        return {"Authorization": f"Bearer {token}"}
    user = os.environ.get("FKG_STORE_USER")
    if user:
        pair = f"{user}:{os.environ.get('FKG_STORE_PASSWORD', '')}".encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}
    return {}


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def inline_values(sparql: str, substitutions: dict) -> str:
    """Bind variables for an endpoint, which has no substitution API: a VALUES block of escaped terms at
    the start of the query's outermost WHERE group, so the bindings are in scope of its filters too."""
    m = _WHERE.search(sparql)
    if not m:
        raise FkgError("a query with parameters needs a WHERE clause")
    return sparql[: m.end()] + " " + bind_values(substitutions) + " " + sparql[m.end():]


def _dump_format(path: str | Path) -> ox.RdfFormat:
    suffix = Path(path).suffix.lower()
    formats = {".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}
    if suffix not in formats:
        raise FkgError(f"{path}: load takes N-Quads (.nq) or TriG (.trig) files")
    if not Path(path).is_file():
        raise FkgError(f"{path}: no such file")
    return formats[suffix]


def _check_dump(path: str | Path) -> ox.RdfFormat:
    # Parse the whole file before writing anything: a broken dump must not leave half of itself behind.
    fmt = _dump_format(path)
    try:
        for _ in ox.parse(path=str(path), format=fmt):
            pass
    except (SyntaxError, ValueError) as exc:
        raise FkgError(f"{path}: not valid {fmt.name.replace('_', '-')}: {str(exc).splitlines()[0]}") from None
    return fmt


def ntriples(triples: list[ox.Triple]) -> str:
    """Triples as N-Triples text."""
    return "".join(f"{t} .\n" for t in triples)


def _ntriples_of(g: Graph | str | list[ox.Triple]) -> str:
    if isinstance(g, str):
        return g
    return g.serialize(format="nt") if isinstance(g, Graph) else ntriples(g)


def _iri(iri: str) -> str:
    # Graph IRIs are minted by us; refuse anything that could close the IRI and inject SPARQL.
    if re.search(r"[\s<>\"{}|\\^`]", iri):
        raise FkgError(f"not a safe IRI: {iri!r}")
    return iri


def _evaluate(result) -> tuple[str, bytes]:
    """Evaluate a lazy result fully (so a timeout covers all of it) into bytes: pyoxigraph's result objects
    must not cross threads, so the caller's thread parses them again (``_reparse``)."""
    if isinstance(result, ox.QueryTriples):
        return "triples", result.serialize(format=ox.RdfFormat.N_TRIPLES)
    return "results", result.serialize(format=ox.QueryResultsFormat.JSON)


def _reparse(kind: str, data: bytes):
    if kind == "triples":
        return Triples(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)


def _with_timeout(fn, timeout: float):
    box: dict = {}

    def target():
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        # pyoxigraph cannot cancel a running query; the daemon thread is abandoned and ends with the process.
        raise FkgError(f"query stopped: it ran longer than the {timeout:g} s timeout")
    if "error" in box:
        raise box["error"]
    return box["value"]


def _user_position(message: str) -> str:
    """Report parser positions relative to the user's text, not our predeclared PREFIX lines."""
    offset = sparql_prologue().count("\n")

    def shift(m: re.Match) -> str:
        return f"line {max(1, int(m[1]) - offset)}, column {m[2]}"

    return re.sub(r"(\d+):(\d+)", shift, message, count=1)


_OPEN: dict[str, EmbeddedStore] = {}


def open_store(location: str | Path, update_endpoint: str | None = None) -> Store:
    """Open a store: a directory (embedded Oxigraph) or the URL of a SPARQL 1.1 endpoint. An embedded store
    is opened once per process and shared, since its lock admits one opener."""
    if str(location).startswith(("http://", "https://")):
        return RemoteStore(str(location), update_endpoint)
    key = str(Path(location).resolve())
    if key not in _OPEN:
        _OPEN[key] = EmbeddedStore(location)
    return _OPEN[key]
