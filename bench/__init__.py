"""Benchmarks of football-kg: ingest, load, SPARQL, connection paths and HTML pages, each against a
baseline measured in the same run (see bench/BENCHMARKS.md and ``python -m bench --help``)."""
