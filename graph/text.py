"""Text normalisation, tokens and sentences (spaCy blank pipelines, loaded lazily)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                         "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def fold(text: str) -> str:
    """Lower-case, strip accents and unify quotes/dashes: the key all matching is done on."""
    return _fold_short(text) if len(text) <= 40 else _fold(text)


@lru_cache(maxsize=200_000)
def _fold_short(text: str) -> str:
    # Words and names repeat across articles: fold each distinct short string once.
    return _fold(text)


def _fold(text: str) -> str:
    text = text.translate(_QUOTES).replace("ß", "ss").replace("ø", "o").replace("Ø", "o")
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "l").replace("đ", "d").replace("Đ", "d")
    text = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")  # "œil", "-sjælland"
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def slug(text: str) -> str:
    """A safe IRI path segment: folded ASCII letters, digits and hyphens only."""
    s = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return s[:80] or "unnamed"


class Token(NamedTuple):
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


_PIECE = re.compile(r"[^\W_]+|[^\w\s]")


def pieces(text: str) -> list[str]:
    """Folded alphanumeric runs and single punctuation marks: the unit aliases and cues match on."""
    return _PIECE.findall(fold(text))


def raw_pieces(text: str) -> list[str]:
    """Like pieces() but keeping case and accents."""
    return _PIECE.findall(text)


def _tokens(text: str, start: int, end: int, offset: int) -> list[Token]:
    # The pieces of text[start:end]: spaCy's tokens split further ("<Club>-Boss" -> <Club>, -, Boss),
    # which is exactly the regex's alphanumeric runs and single marks, so the regex runs on the span.
    return [Token(g, fold(g), offset + m.start(), g[:1].isupper())
            for m in _PIECE.finditer(text, start, end) for g in (m.group(),)]


def genitive_at(norms: list[str], k: int) -> bool:
    """An English genitive "'s" at piece ``k`` ("<Club>'s", "the club's")."""
    return k >= 0 and norms[k:k + 2] in (["'", "s"], ["\u2019", "s"])


def is_word(norm: str) -> bool:
    """True for an alphanumeric piece (not punctuation)."""
    return norm[:1].isalnum()


def one_sentence(text: str) -> Sentence:
    """A line read as one sentence without the sentencizer: a headline."""
    return Sentence(0, text.strip(), 0, _tokens(text, 0, len(text), 0), 0)


_ORDINAL_END = re.compile(r"(?:^|\s)\d{1,2}\.$")
# "beim SC <Town> 07. 2016 wurde er ...": a name's number ends its sentence (the tokenizer reads an ordinal)
_NAME_NUMBER_END = re.compile(r"[A-ZÄÖÜ]\w{3,} \d{2}\.\s+(?:\d{4}\b|(?P<word>[A-ZÄÖÜ][a-zäöüß]{2,})\b)"
                              # "einen Vertrag bis 2019. <Town> muss ...": no year is an ordinal
                              r"|\b(?:1[89]|20)\d{2}\.(?=\s+[A-ZÄÖÜ])"
                              # "erhöhte auf 2:0. Für die <Town>er ...": nor is a score
                              r"|\b\d{1,2}:\d{1,2}\.(?=\s+[A-ZÄÖÜ])")


_NAME_ORDINAL_END = re.compile(r"(?:^|\s)[1-3]\.$")


def _join_ordinals(paragraph: str, spans: list[tuple[int, int]], months: frozenset[str] = frozenset(),
                   ordinals: bool = True) -> list[tuple[int, int]]:
    """Undo splits after an ordinal number ("die 21. Runde", "der 1. FC <Town>"; in a language that writes no
    ordinals with a full stop only a name's: "the 3. Liga", not "en el minuto 84. El"), split after a name's
    number the tokenizer read as one ("<Town> 07. 2016 wurde er"), and give an opening bracket stranded at a
    sentence's end to the next one; a sentence that ends inside brackets goes on ("Trejo (López, min. 70); Isi")."""
    out: list[tuple[int, int]] = []
    ordinal_end = _ORDINAL_END if ordinals else _NAME_ORDINAL_END
    for start, end in spans:
        if out and ordinal_end.search(paragraph[out[-1][0]:out[-1][1]].rstrip()) and paragraph[start:start + 1].isupper():
            out[-1] = (out[-1][0], end)
            continue
        if out and paragraph[out[-1][0]:out[-1][1]].rstrip().endswith(","):
            out[-1] = (out[-1][0], end)  # "Savanier (cap.), Nordin ...": no sentence ends with a comma
            continue
        if out and _open_bracket(paragraph[out[-1][0]:out[-1][1]].rstrip()) and ")" in paragraph[start:start + 30]:
            out[-1] = (out[-1][0], end)  # "Trejo (López, min. 70); Isi, ...": an abbreviation inside brackets ends nothing
            continue
        for m in _NAME_NUMBER_END.finditer(paragraph, start, end):
            if m.group("word") and fold(m.group("word")) in months or m.end() >= end:
                continue  # "Seit 15. März": a date
            dot = m.start() + m.group().index(".") + 1
            out.append((start, dot))
            start = dot
            while start < end and paragraph[start].isspace():
                start += 1
        if out:
            # "... end of the season. (<Outlet>)": an opening bracket left behind goes with what it opens
            prev = paragraph[out[-1][0]:out[-1][1]].rstrip()
            if prev.endswith(("(", "[")) and len(prev) > 1:
                bracket = out[-1][0] + len(prev) - 1
                out[-1] = (out[-1][0], bracket)
                start = bracket
        out.append((start, end))
    return out


def _open_bracket(text: str) -> bool:
    """Whether the text leaves a bracket open inside it (not one it ends with: that one opens the next sentence)."""
    return text.count("(") > text.count(")") and not text.endswith("(")


@lru_cache(maxsize=8)
def _months(lang: str) -> frozenset[str]:
    from graph.lexicon import load_lexicon  # the lexicon reads text's helpers: imported when first needed

    return frozenset(load_lexicon(lang).months)


@lru_cache(maxsize=8)
def _ordinal_full_stop(lang: str) -> bool:
    from graph.lexicon import load_lexicon

    return load_lexicon(lang).ordinal_full_stop


def split_sentences(text: str, lang: str) -> list[Sentence]:
    """Split into paragraphs (blank or single newlines: headlines have no full stop), then sentences."""
    nlp = _pipeline(lang)
    sentences: list[Sentence] = []
    paragraphs = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    docs = nlp.pipe(p for _, p in paragraphs)
    for p_index, ((offset, paragraph), doc) in enumerate(zip(paragraphs, docs, strict=False)):
        # Offsets into the paragraph (spaCy's text is the input, unchanged), not Span.text or tokens:
        # building spaCy's token objects costs more than all our matching.
        for start, end in _join_ordinals(paragraph, [(sent.start_char, sent.end_char) for sent in doc.sents], _months(lang),
                                         _ordinal_full_stop(lang)):
            toks = _tokens(paragraph, start, end, offset)
            if not toks:
                continue
            stext = paragraph[start:end].strip()
            sentences.append(Sentence(len(sentences), stext, offset + start, toks, p_index))
    return sentences
