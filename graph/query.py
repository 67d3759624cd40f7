"""SPARQL queries with predeclared prefixes, and their results: SELECT/ASK as table, CSV, TSV, JSON or XML
(the SPARQL 1.1 results formats), CONSTRUCT/DESCRIBE as Turtle, N-Triples or JSON-LD."""

from __future__ import annotations

import csv
import io
import json
import re

import pyoxigraph as ox

from graph.config import PREFIXES, sparql_prologue
from graph.errors import FkgError
from graph.store import Store, Triples

SELECT_FORMATS = ("table", "csv", "tsv", "json", "xml")
GRAPH_FORMATS = ("turtle", "ntriples", "jsonld")
FORMATS = SELECT_FORMATS + GRAPH_FORMATS


# SPARQL 1.1 Update operations; a request containing one changes the store.
# Comments and the prologue are skipped; the first keyword decides.
_SKIP = r"(?:\s|#[^\n]*(?=\n|$))*"
_UPDATE = re.compile(rf"{_SKIP}(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>){_SKIP})*"
                     r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)


def is_update(sparql: str) -> bool:
    """True when the text is a SPARQL Update request rather than a query (comments ignored)."""
    return bool(_UPDATE.match(sparql))


def run_query(store: Store, sparql: str, allow_update: bool = False, timeout: float | None = None,
              substitutions: dict | None = None):
    """Run SPARQL (common prefixes predeclared) and return pyoxigraph's result object, or None for an
    update, which is refused unless ``allow_update``. ``substitutions`` binds variables to values safely;
    ``timeout`` (seconds) stops a runaway query."""
    if not sparql.strip():
        raise FkgError("empty SPARQL query")
    if is_update(sparql):
        if not allow_update:
            raise FkgError("this is a SPARQL update, which changes the store; run it with --update")
        store.write(sparql_prologue(sparql) + sparql)
        return None
    return store.query(sparql_prologue(sparql) + sparql, timeout=timeout, substitutions=substitutions)


def short(term) -> str:
    """A term for people: prefixed IRI, or the literal's text."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for p, iri in PREFIXES.items():
            if term.value.startswith(iri):
                return f"{p}:{term.value[len(iri):]}"
        return term.value
    return term.value


def _csv_safe(text: str) -> str:
    # Spreadsheets run cells starting with = + - @ as formulas; neutralise them.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def format_results(result, fmt: str) -> str:
    """Render query results in ``fmt`` (see FORMATS); JSON and XML are the SPARQL 1.1 results formats,
    and a graph result asked for as a table comes out as Turtle (as JSON: JSON-LD)."""
    if isinstance(result, ox.QueryTriples | Triples):
        from graph.export import serialize_triples

        return serialize_triples(result, fmt if fmt in GRAPH_FORMATS else "jsonld" if fmt == "json" else "turtle")
    if fmt in GRAPH_FORMATS:
        raise FkgError(f"{fmt} is for CONSTRUCT and DESCRIBE results; use table, csv, tsv, json or xml")
    if fmt == "xml":
        return result.serialize(format=ox.QueryResultsFormat.XML).decode("utf-8")
    if isinstance(result, ox.QueryBoolean):
        return json.dumps({"head": {}, "boolean": bool(result)}) if fmt == "json" else str(bool(result)).lower()
    names = [v.value for v in result.variables]
    rows = [[row[n] for n in names] for row in result]
    if fmt == "json":
        return json.dumps({"head": {"vars": names},
                           "results": {"bindings": [{n: _json_term(t) for n, t in zip(names, r, strict=False) if t is not None}
                                                    for r in rows]}}, ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(names)
        for r in rows:
            w.writerow([_csv_safe(t.value if t is not None else "") for t in r])
        return buf.getvalue()
    return _table(names, [[short(t) for t in r] for r in rows])


def _json_term(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    d = {"type": "literal", "value": t.value}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        d["datatype"] = t.datatype.value
    return d


def _table(names: list[str], rows: list[list[str]]) -> str:
    widths = [min(60, max([len(n)] + [len(r[i]) for r in rows])) for i, n in enumerate(names)]
    def line(cells):
        return " | ".join(c[:60].ljust(w) for c, w in zip(cells, widths, strict=False)).rstrip()
    out = [line(names), "-+-".join("-" * w for w in widths)] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
