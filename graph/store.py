"""The triple store: embedded on-disk Oxigraph (pyoxigraph) by default.

Every write that belongs to one article is a single SPARQL Update (drop old graph + insert new),
which Oxigraph applies atomically: a crash leaves the store as it was before that article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from graph.config import FKG, INFERRED_PREFIX, sparql_prologue
from graph.errors import FkgError


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


class Store:
    """An embedded Oxigraph store at a directory (created on first use)."""

    def __init__(self, location: str | Path):
        self.location = str(location)
        try:
            Path(self.location).mkdir(parents=True, exist_ok=True)
            self._ox = ox.Store(self.location)
        except OSError as exc:
            msg = str(exc)
            if "lock" in msg.lower():
                raise FkgError(f"store {self.location} is in use by another fkg process; try again when it finishes") from None
            raise FkgError(f"cannot open store {self.location}: {msg.splitlines()[0]}") from None

    # ------------------------------------------------------------ reading
    def query(self, sparql: str, timeout: float | None = None, substitutions: dict | None = None):
        """Run a SPARQL query over the union of all graphs (pyoxigraph result objects). Values from users go
        in ``substitutions`` (variable -> term), bound by the engine, never pasted into the text."""
        try:
            return self._ox.query(sparql, use_default_graph_as_union=True, substitutions=substitutions)
        except SyntaxError as exc:
            raise FkgError(f"SPARQL syntax error: {_user_position(str(exc).splitlines()[0])}") from None
        except OSError as exc:
            raise FkgError(f"query failed: {exc}") from None

    def select(self, sparql: str, substitutions: dict | None = None) -> list[dict[str, object]]:
        """Rows of a SELECT as dicts of variable -> pyoxigraph term (prefixes predeclared, values bound)."""
        res = self.query(sparql_prologue() + sparql, substitutions=substitutions)
        names = [v.value for v in res.variables]
        return [{n: row[n] for n in names} for row in res]

    def graphs(self) -> list[str]:
        """IRIs of all named graphs."""
        return sorted(g.value for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode))

    def __len__(self) -> int:
        return len(self._ox)

    # ------------------------------------------------------------ writing
    def update(self, sparql: str) -> None:
        """Run a SPARQL Update atomically."""
        try:
            self._ox.update(sparql)
        except SyntaxError as exc:
            raise FkgError(f"SPARQL update syntax error: {str(exc).splitlines()[0]}") from None

    def replace_graph(self, graph_iri: str, g: Graph, drop: list[str] = ()) -> None:
        """Replace a named graph (and drop others) in one atomic update."""
        body = g.serialize(format="nt")
        drops = "".join(f"DROP SILENT GRAPH <{iri}> ;\n" for iri in [graph_iri, *drop])
        self.update(f"{drops}INSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}")

    def ingest(self, graph_iri: str, g: Graph, content_hash: str, source: str) -> IngestResult:
        """Store an article graph; unchanged content is a no-op, an edited source replaces its old graph."""
        rows = self._ox.query(
            f"SELECT ?g ?h ?s ?e WHERE {{ GRAPH ?g {{ ?a <{FKG.contentHash}> ?h ; <{FKG.sourceFile}> ?s . "
            f"OPTIONAL {{ ?a <{FKG.extractor}> ?e }} }} }}",
            substitutions={ox.Variable("s"): ox.Literal(source)},
        )
        old = [(r["g"].value, r["h"].value, r["e"].value if r["e"] is not None else None) for r in rows]
        extractor = next(iter(g.objects(None, FKG.extractor)), None)
        if any(h == content_hash and e == (str(extractor) if extractor is not None else None) for _g, h, e in old):
            return IngestResult("unchanged", graph_iri)
        self.replace_graph(graph_iri, g, drop=[og for og, _h, _e in old if og != graph_iri])
        return IngestResult("replaced" if old else "added", graph_iri)

    def remove_article(self, source_or_iri: str) -> list[str]:
        """Drop the graphs of articles whose source file, IRI or graph IRI is given; return them."""
        rows = self._ox.query(
            f"SELECT DISTINCT ?g ?x WHERE {{ GRAPH ?g {{ ?a <{FKG.sourceFile}> ?s }} "
            "FILTER(?s = ?x || STR(?a) = ?x || STR(?g) = ?x) }",
            substitutions={ox.Variable("x"): ox.Literal(source_or_iri)},
        )
        graphs = [r["g"].value for r in rows]
        if graphs:
            self.update("".join(f"DROP GRAPH <{g}> ;\n" for g in graphs).rstrip(" ;\n"))
        return graphs

    def load_turtle(self, graph_iri: str, paths: list[Path]) -> None:
        """(Re)load Turtle files into one named graph atomically."""
        g = Graph()
        for p in paths:
            g.parse(p, format="turtle")
        self.replace_graph(graph_iri, g)

    def clear_inferred(self) -> None:
        """Drop every inferred graph."""
        drops = [f"DROP GRAPH <{g}>" for g in self.graphs() if g.startswith(INFERRED_PREFIX)]
        if drops:
            self.update(" ;\n".join(drops))

    def quads(self) -> list:
        """Every quad of the dataset, sorted so that serialisations are deterministic."""
        return sorted(self._ox.quads_for_pattern(None, None, None, None), key=str)

    def flush(self) -> None:
        """Make writes durable."""
        self._ox.flush()


def _user_position(message: str) -> str:
    """Report parser positions relative to the user's text, not our predeclared PREFIX lines."""
    offset = sparql_prologue().count("\n")

    def shift(m: re.Match) -> str:
        return f"line {max(1, int(m[1]) - offset)}, column {m[2]}"

    return re.sub(r"(\d+):(\d+)", shift, message, count=1)


def open_store(location: str | Path) -> Store:
    """Open the store at ``location`` (a directory)."""
    if str(location).startswith(("http://", "https://")):
        raise FkgError("remote SPARQL endpoints are not supported yet; use a store directory")
    return Store(location)
