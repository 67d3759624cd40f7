"""Saved queries shipped in ontology/queries/: one SPARQL file each, with its description and parameters
in leading comments::

    # Former teammates of a player (stated or derived), with the clubs they share.
    # param: player = entity

A parameter is an ``entity`` (a name, resolved forgivingly to the entity's IRI), ``text``, ``date`` or
``number``. Values are bound by the store (substitutions), never pasted into the query text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from graph.config import QUERIES_DIR
from graph.errors import FkgError

KINDS = ("entity", "text", "date", "number")
_PARAM = re.compile(r"^#\s*param:\s*(\w+)\s*=\s*(\w+)\s*$")
_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass
class SavedQuery:
    """One saved query: its name (the file stem), description, parameters and SPARQL text."""

    name: str
    description: str
    params: dict[str, str] = field(default_factory=dict)
    sparql: str = ""


def saved_queries(directory: Path = QUERIES_DIR) -> dict[str, SavedQuery]:
    """Every saved query, by name."""
    return {p.stem: parse_saved(p) for p in sorted(directory.glob("*.rq"))}


def parse_saved(path: Path) -> SavedQuery:
    """Read one saved query file."""
    text = path.read_text(encoding="utf-8")
    description, params = [], {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _PARAM.match(line)
        if m:
            if m[2] not in KINDS:
                raise FkgError(f"{path.name}: parameter {m[1]} has unknown kind {m[2]!r} (one of {', '.join(KINDS)})")
            params[m[1]] = m[2]
        else:
            description.append(line.lstrip("#").strip())
    return SavedQuery(path.stem, " ".join(d for d in description if d), params, text)


_NAME = re.compile(r"\s*[a-z0-9][a-z0-9-]*\s*")


def is_saved_name(text: str) -> bool:
    """True when the text looks like a saved query's name rather than SPARQL."""
    return len(text) < 80 and _NAME.fullmatch(text) is not None  # a query is longer; checked on every query


def get_saved(name: str, directory: Path = QUERIES_DIR) -> SavedQuery:
    """The saved query called ``name``, or a clear error listing the names."""
    queries = saved_queries(directory)
    if name not in queries:
        raise FkgError(f"no saved query {name!r}; saved queries: {', '.join(queries)}")
    return queries[name]


def bind_params(query: SavedQuery, values: dict[str, str], resolve) -> dict:
    """Turn ``name=value`` strings into store substitutions; ``resolve(name)`` gives an entity's IRI."""
    unknown = set(values) - set(query.params)
    if unknown:
        raise FkgError(f"saved query {query.name} has no parameter {', '.join(sorted(unknown))}; "
                       f"its parameters: {', '.join(query.params) or 'none'}")
    missing = [p for p in query.params if p not in values]
    if missing:
        raise FkgError(f"saved query {query.name} needs --param {missing[0]}=... ({query.params[missing[0]]})")
    return {ox.Variable(p): _term(query.params[p], values[p], resolve, p) for p in query.params}


def _term(kind: str, value: str, resolve, name: str):
    if kind == "entity":
        return ox.NamedNode(resolve(value))
    if kind == "date":
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise FkgError(f"parameter {name}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        dtype = {4: "gYear", 7: "gYearMonth", 10: "date"}[len(value)]
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + dtype))
    if kind == "number":
        try:
            float(value)
        except ValueError:
            raise FkgError(f"parameter {name}: {value!r} is not a number") from None
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + "decimal"))
    return ox.Literal(value)
