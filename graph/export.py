"""Exports of the whole dataset: TriG / N-Quads (with provenance graphs), Turtle, HTML."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph.errors import FkgError
from graph.render import render_html
from graph.store import Store

RDF_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
FORMATS = (*RDF_FORMATS, "html")
SUFFIX = {"trig": ".trig", "nquads": ".nq", "html": ".html"}


def export(store: Store, fmt: str, path: str | Path) -> Path:
    """Write the store in a format; RDF output is sorted so that it is deterministic."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "html":
        return render_html(store, out)
    if fmt not in RDF_FORMATS:
        raise FkgError(f"unknown export format '{fmt}' (choose from {', '.join(FORMATS)})")
    out.write_bytes(ox.serialize(store.quads(), format=RDF_FORMATS[fmt]))
    return out
