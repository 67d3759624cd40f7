"""Project paths, namespaces and user settings (environment and fkg.toml)."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Namespace

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
REFERENCE_DIR = DATA_DIR / "reference"
LEXICON_DIR = DATA_DIR / "lexicon"
ARTICLES_DIR = DATA_DIR / "articles"
GOLD_DIR = DATA_DIR / "gold"
ONTOLOGY_DIR = PROJECT_ROOT / "ontology"
RULES_DIR = ONTOLOGY_DIR / "rules"
QUERIES_DIR = ONTOLOGY_DIR / "queries"
EXPORTS_DIR = PROJECT_ROOT / "exports"
DEFAULT_STORE = PROJECT_ROOT / ".fkg" / "store"

FKG = Namespace("https://w3id.org/football-kg/ontology#")
FKR = Namespace("https://w3id.org/football-kg/resource/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
DCT = Namespace("http://purl.org/dc/terms/")

# Named graphs: one per article (its claims), plus these fixed ones.
REFERENCE_GRAPH = FKR["graph/reference"]
ONTOLOGY_GRAPH = FKR["graph/ontology"]
INFERRED_PREFIX = str(FKR) + "graph/inferred/"

PREFIXES = {
    "fkg": str(FKG),
    "fkr": str(FKR),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "wd": str(WD),
    "dct": str(DCT),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}


def read_yaml(path: Path) -> object:
    """A data file's YAML, read with libyaml's safe loader where PyYAML has it (about ten times faster than the
    pure-Python one: the lexicons are most of a cold start)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader


@lru_cache(maxsize=1)
def _declarations() -> tuple[re.Pattern, dict[str, str]]:
    used = re.compile(r"(?<![\w:-])(" + "|".join(map(re.escape, PREFIXES)) + r"):")
    return used, {p: f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items()}


def sparql_prologue(sparql: str | None = None) -> str:
    """PREFIX declarations for the common prefixes, prepended to queries: those ``sparql`` uses when it is
    given (a shorter text parses faster: this is most of the API's overhead on a quick query), else all."""
    used, declarations = _declarations()
    if sparql is None:
        return "".join(declarations.values())
    return "".join(declarations[p] for p in dict.fromkeys(used.findall(sparql)))


@dataclass
class Settings:
    """User settings: from ``fkg.toml`` (project root or working directory) and ``FKG_*`` variables.

    ``store`` is a directory (embedded Oxigraph) or a SPARQL endpoint URL; ``update_endpoint`` names the
    endpoint's update URL where it cannot be derived from the query URL."""

    store: str = str(DEFAULT_STORE)
    update_endpoint: str | None = None
    credibility: dict[str, int] = field(default_factory=dict)


def load_settings(path: Path | None = None) -> Settings:
    """Read settings; environment variables win over the config file."""
    settings = Settings()
    candidates = [path] if path else [Path.cwd() / "fkg.toml", PROJECT_ROOT / "fkg.toml"]
    for candidate in candidates:
        if candidate and candidate.is_file():
            with candidate.open("rb") as fh:
                data = tomllib.load(fh)
            settings.store = str(data.get("store", settings.store))
            settings.update_endpoint = data.get("update_endpoint")
            settings.credibility = {str(k): int(v) for k, v in data.get("credibility", {}).items()}
            break
    settings.store = os.environ.get("FKG_STORE", settings.store)
    settings.update_endpoint = os.environ.get("FKG_UPDATE_ENDPOINT", settings.update_endpoint)
    return settings
