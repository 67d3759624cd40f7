"""Text normalisation, tokens and sentences (spaCy blank pipelines, loaded lazily)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                         "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def fold(text: str) -> str:
    """Lower-case, strip accents and unify quotes/dashes: the key all matching is done on."""
    text = text.translate(_QUOTES).replace("ß", "ss").replace("ø", "o").replace("Ø", "o")
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "l")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def slug(text: str) -> str:
    """A safe IRI path segment: folded ASCII letters, digits and hyphens only."""
    s = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return s[:80] or "unnamed"


@dataclass(frozen=True)
class Token:
    """One piece of text (word or punctuation mark): surface, folded form, offset, capitalised flag."""

    text: str
    norm: str
    start: int
    is_title: bool


@dataclass
class Sentence:
    """A sentence (or headline line) with its tokens and its position in the article."""

    index: int
    text: str
    start: int
    tokens: list[Token]
    paragraph: int


_SPACY_LANG = {"en": "en", "de": "de", "fr": "fr", "es": "es"}


@lru_cache(maxsize=8)
def _pipeline(lang: str):
    import spacy  # heavy import: only when text is first split

    nlp = spacy.blank(_SPACY_LANG.get(lang, "xx"))
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10_000_000
    return nlp


def _is_title(tok: str) -> bool:
    return tok[:1].isupper()


_PIECE = re.compile(r"[^\W_]+|[^\w\s]")


def pieces(text: str) -> list[str]:
    """Folded alphanumeric runs and single punctuation marks: the unit aliases and cues match on."""
    return _PIECE.findall(fold(text))


def raw_pieces(text: str) -> list[str]:
    """Like pieces() but keeping case and accents."""
    return _PIECE.findall(text)


def _pieces(tok: str, start: int) -> list[Token]:
    # Split a spaCy token further ("<Club>-Boss" -> <Club>, -, Boss) so that text and aliases agree.
    return [Token(m.group(), fold(m.group()), start + m.start(), _is_title(m.group()))
            for m in _PIECE.finditer(tok)]


def is_word(norm: str) -> bool:
    """True for an alphanumeric piece (not punctuation)."""
    return norm[:1].isalnum()


def split_sentences(text: str, lang: str) -> list[Sentence]:
    """Split into paragraphs (blank or single newlines: headlines have no full stop), then sentences."""
    nlp = _pipeline(lang)
    sentences: list[Sentence] = []
    paragraphs = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    docs = nlp.pipe(p for _, p in paragraphs)
    for p_index, ((offset, _), doc) in enumerate(zip(paragraphs, docs, strict=False)):
        for sent in doc.sents:
            toks = [piece for t in sent if not t.is_space for piece in _pieces(t.text, offset + t.idx)]
            if not toks:
                continue
            stext = sent.text.strip()
            sentences.append(Sentence(len(sentences), stext, offset + sent.start_char, toks, p_index))
    return sentences
