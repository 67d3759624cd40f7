"""football-kg: turn football news into an RDF knowledge graph with provenance.

The package reads as the data flows:

    articles -> language -> text -> reference/lexicon -> mentions -> coref -> relations  (extract)
    -> model (RDF) -> store -> reason -> query / connect / render / export

``graph.api`` is the Python API (re-exported here lazily); the ``fkg`` CLI is a thin layer over it.
"""

__version__ = "0.1.0"
__all__ = ["ask", "build", "connect", "evaluate", "explain", "export", "extract", "load", "open_store", "query",
           "remove", "rumours", "saved_queries", "serve", "show", "timeline", "timeline_chart", "validate"]


def __getattr__(name: str):
    if name in __all__:
        from graph import api

        return getattr(api, name)
    raise AttributeError(name)
