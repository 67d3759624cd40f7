"""Questions in English or German, answered from the graph: a question is matched against the patterns of
data/lexicon/questions.yaml, its names are resolved to entities, and the intent's saved query (or, for a
connection, the path search) answers it in words. A question that matches nothing gets the list of what
can be asked, never a guess."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from graph.config import LEXICON_DIR, read_yaml
from graph.errors import FkgError
from graph.language import detect_language
from graph.projection import find_entity, projection
from graph.query import short
from graph.saved import bind_params, get_saved
from graph.store import Store, inline_values
from graph.text import fold
from graph.wording import join

QUESTIONS_FILE = LEXICON_DIR / "questions.yaml"
_ARTICLES = re.compile(r"^(?:the|der|die|das|den|dem|des)\s+")


@dataclass
class Intent:
    """One kind of question: how it is asked, the saved query that answers it, how the answer is worded."""

    name: str
    query: str | None
    params: dict[str, str]
    requires: dict[str, list[str]]
    langs: dict[str, dict] = field(default_factory=dict)


@dataclass
class Answer:
    """What ``ask`` found: the intent, the entities, the answer in words, the rows and the SPARQL it ran."""

    intent: str
    lang: str
    entities: dict[str, str]
    text: str
    rows: list[dict] = field(default_factory=list)
    sparql: str | None = None
    paths: dict | None = None

    def to_json(self) -> dict:
        return {"intent": self.intent, "lang": self.lang, "entities": self.entities, "answer": self.text,
                "rows": self.rows, "sparql": self.sparql, "paths": self.paths}


@lru_cache(maxsize=4)
def intents(path: Path = QUESTIONS_FILE) -> list[Intent]:
    """The intents of the questions file, in the order they are tried."""
    data = read_yaml(path)
    out = []
    for name, spec in data.items():
        langs = {lang: spec[lang] for lang in ("en", "de") if lang in spec}
        for lang in langs.values():
            lang["compiled"] = [re.compile(p) for p in lang["patterns"]]
        out.append(Intent(name, spec.get("query"), spec.get("params", {}), spec.get("requires", {}), langs))
    return out


def ask(store: Store, question: str, k: int = 3) -> Answer:
    """Answer a question in words (see data/lexicon/questions.yaml for what can be asked)."""
    text = fold(question).strip().rstrip("?!. ").strip()
    if not text:
        raise FkgError("ask a question, e.g. " + examples(store, "en")[0])
    tried_names: list[str] = []
    for intent in intents():
        for lang, spec in intent.langs.items():
            for pattern in spec["compiled"]:
                m = pattern.fullmatch(text)
                if not m:
                    continue
                groups = {g: _clean(v) for g, v in m.groupdict().items() if v}
                try:
                    entities = {g: find_entity(v, store) for g, v in groups.items()}
                except FkgError as exc:
                    tried_names.append(str(exc))
                    continue
                if not _types_ok(store, intent, entities):
                    continue
                return _answer(store, intent, lang, entities, k)
    if tried_names:
        raise FkgError(f"{tried_names[0]}; check the name (fkg query --list shows what else can be asked)")
    lang = "de" if detect_language(question) == "de" else "en"
    lead = "Diese Frage kann ich nicht beantworten. Ich beantworte Fragen wie" if lang == "de" else \
        "I cannot answer that question. I can answer questions like"
    raise FkgError(f"{lead}: " + " | ".join(examples(store, lang)))


def examples(store: Store | None = None, lang: str | None = None) -> list[str]:
    """One example question per intent (in ``lang``, or in every language), about entities of the store's
    graph where there is one."""
    names = _example_names(store)
    return [spec["example"].format(**names) for i in intents() for code, spec in i.langs.items() if lang in (None, code)]


def _example_names(store: Store | None) -> dict[str, str]:
    # The most connected entities of each kind make examples the user's own graph can answer.
    names = {"player": "Player", "coach": "Coach", "club": "Club", "club2": "Other Club"}
    if store is None:
        return names
    proj = projection(store)
    ranked = sorted(proj.graph.nodes, key=lambda n: (-proj.graph.degree(n), n))
    for key, kind, skip in (("player", "Player", 0), ("coach", "Coach", 0), ("club", "Club", 0), ("club2", "Club", 1)):
        found = [n for n in ranked if proj.types.get(n) == kind]
        if len(found) > skip:
            names[key] = proj.label(found[skip])
    return names


def _clean(name: str) -> str:
    name = _ARTICLES.sub("", name.strip().strip("'\"").strip())
    return re.sub(r"(?:'s|s')$", "", name).strip()


def _types_ok(store: Store, intent: Intent, entities: dict[str, str]) -> bool:
    types = projection(store).types
    return all(types.get(entities[g]) in allowed for g, allowed in intent.requires.items() if g in entities)


def _answer(store: Store, intent: Intent, lang: str, entities: dict[str, str], k: int) -> Answer:
    proj = projection(store)
    labels = {g: proj.label(iri) for g, iri in entities.items()}
    if intent.query is None:  # a connection: the path search answers it
        from graph.connect import connect

        result = connect(store, labels["a"], labels["b"], k=k, lang=lang)
        if result["paths"]:
            text = "\n".join(f"{i}. {p['text']}" for i, p in enumerate(result["paths"], 1))
        else:
            from graph.wording import word

            text = word("none", lang, a=labels["a"], b=labels["b"], n=4)
        return Answer(intent.name, lang, entities, text, paths=result)
    saved = get_saved(intent.query)
    values = {param: entities[group] for param, group in intent.params.items()}
    binds = bind_params(saved, values, lambda iri: iri)
    rows = [{k: short(v) if v is not None else "" for k, v in row.items()} for row in store.select(saved.sparql, binds)]
    spec = intent.langs[lang]
    if rows:
        items = [_fill(spec["item"], row, lang) for row in rows]
        text = spec["answer"].format(items=join(items, lang) if len(items) < 8 else "; ".join(items), **labels)
    else:
        text = spec["none"].format(**labels)
    return Answer(intent.name, lang, entities, text, rows, sparql=inline_values(saved.sparql, binds))


_NOW = {"en": ("now", "formerly"), "de": ("aktuell", "früher")}


def _fill(template: str, row: dict, lang: str) -> str:
    values = dict(row)
    if "current" in values:
        values["current"] = _NOW[lang][0] if values["current"] == "true" else _NOW[lang][1]
    for key in ("latest", "date"):
        if key in values and not values[key]:
            values[key] = "undated" if lang == "en" else "ohne Datum"
    if "sources" in values and not values["sources"]:
        values["sources"] = "none" if lang == "en" else "keine"
    if "strength" in values and values["strength"]:
        values["strength"] = f"{float(values['strength']):.2f}"
    text = template.format_map(_Blank(values))
    return re.sub(r"\s+", " ", text).replace("( ", "(").strip()


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


__all__ = ["Answer", "ask", "examples", "intents"]
