"""Line-ups in match reports: "<Team> (4-2-3-1): Keeper; Back, Back, Back, Back; ..." and the
substitutes that follow ("Subs not used: A, B, C", "Eingewechselt: X").

A line-up is recognised by its shape, not by names: a team at the start of a line, a colon, then a
list of short capitalised names separated by commas, semicolons or spaced dashes. Names inside
brackets ("Kohr (78. Barreiro)", "Cash (Maatsen 75)") are substitutes of the same team.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.lexicon import Lexicon
from graph.mentions import Mention
from graph.reference import TEAM_TYPES, Entity
from graph.text import Sentence, fold

MIN_STARTERS = 5
_SEPARATORS = re.compile(r"\s*[,;]\s*|\s+[-–—]\s+")
_BRACKETS = re.compile(r"\(([^)]*)\)|\[([^\]]*)\]")
_NOISE = re.compile(r"\b\d+\.?'?|\+\d+|[*†‡']$|\b(?:c|gk|cap|k)\b\.?", re.I)
_NAME = re.compile(r"^[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-]+){0,3}$")


@dataclass
class LineupName:
    """One name in a line-up, with its character span in the sentence text."""

    surface: str
    start: int
    end: int


@dataclass
class Lineup:
    """The team of a line-up line (None for a substitutes line) and the names listed."""

    team: Entity | None
    names: list[LineupName]


def read_lineup(sent: Sentence, mentions: list[Mention], lex: Lexicon) -> Lineup | None:
    """The line-up in this sentence, if the sentence is one."""
    text = sent.text
    colon = text.find(":")
    if colon <= 0:
        return None
    head = text[:colon]
    team = _team_at_start(sent, mentions, colon)
    if team is None and not _is_subs_marker(head, lex):
        return None
    if team is None and _has_score(head):
        return None
    names = _names(text, colon + 1, _and_words(lex))
    if team is not None and len(names) < MIN_STARTERS:
        return None
    if team is None and not names:
        return None
    return Lineup(team, names)


def listed_surnames(sentences: list[Sentence], lex: Lexicon) -> frozenset[str]:
    """The folded last words of the names the article's line-ups list ("Basel: Hitz; Tsunemoto, ..."), read
    ahead of the prose: a capitalised word a line-up lists is a surname where the prose names the player in full
    ("Xherdan Shaqiri zirkelte ...")."""
    out: set[str] = set()
    for sent in sentences:
        colon = sent.text.find(":")
        if colon <= 0:
            continue
        names = _names(sent.text, colon + 1, _and_words(lex))
        if len(names) >= MIN_STARTERS:
            out.update(fold(n.surface.split()[-1]) for n in names if n.surface.split())
    return frozenset(out)


def _team_at_start(sent: Sentence, mentions: list[Mention], colon: int) -> Entity | None:
    for m in mentions:
        if m.entity is None or m.entity.type not in TEAM_TYPES or m.kind not in ("name", "discovered"):
            continue
        tok_start = sent.tokens[m.start].start - sent.start
        tok_end = sent.tokens[m.end - 1].start - sent.start + len(sent.tokens[m.end - 1].text)
        rest = sent.text[tok_end:colon].strip()
        lead = sent.text[:tok_start].strip()
        # Only a determiner or nothing before the team; only a formation in brackets after it.
        if len(lead.split()) <= 1 and (not rest or re.fullmatch(r"\([\d\-–\s]+\)", rest)):
            return m.entity
        return None
    return None


def _is_subs_marker(head: str, lex: Lexicon) -> bool:
    words = fold(head).split()
    return bool(words) and bool(lex.lineup_markers.matches_at(words, 0)) and len(words) <= 4


def _has_score(head: str) -> bool:
    return bool(re.search(r"\d", head))


def _and_words(lex: Lexicon) -> re.Pattern | None:
    # "..., Ayoze Pérez y Barry": the language's "and" ends a list as a comma would.
    words = sorted(w for w in lex.conjunctions if w.isalpha())
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, words)) + r")\s+", re.I) if words else None


def _names(text: str, offset: int, and_words: re.Pattern | None = None) -> list[LineupName]:
    """Names in the list after the colon; empty when the list does not look like names."""
    body = text[offset:].rstrip(". ")
    items: list[LineupName] = []
    pos = offset
    pieces = [part for piece in _split_outside_brackets(body) for part in _split_and(piece, and_words)]
    for piece in pieces:
        start = text.find(piece, pos) if piece else pos
        for inner in _BRACKETS.finditer(piece):
            sub = inner.group(1) or inner.group(2) or ""
            for part in re.split(r"[,;/]", sub):
                name = _clean(part)
                if name:
                    s = text.find(name, start)
                    items.append(LineupName(name, s, s + len(name)))
        outer = _clean(_BRACKETS.sub(" ", piece))
        if not outer:
            if piece.strip():
                return []  # something that is no name: not a line-up
            continue
        s = text.find(outer, start)
        items.append(LineupName(outer, s, s + len(outer)))
        pos = start + len(piece)
    return items


def _split_outside_brackets(body: str) -> list[str]:
    """The list's pieces, split at separators outside brackets ("Trejo (López, min. 70); Isi": a substitute's
    minute after a comma stays with him)."""
    masked = _BRACKETS.sub(lambda m: "(" + "x" * (len(m.group(0)) - 2) + ")", body)
    pieces, last = [], 0
    for sep in _SEPARATORS.finditer(masked):
        pieces.append(body[last:sep.start()])
        last = sep.end()
    return [*pieces, body[last:]]


def _split_and(piece: str, and_words: re.Pattern | None) -> list[str]:
    """'A y B' as ['A', 'B'] when both sides are names (outside brackets); else the piece unchanged."""
    if and_words is None or "(" in piece or "[" in piece:
        return [piece]
    parts = and_words.split(piece)
    return parts if len(parts) > 1 and all(_clean(p) for p in parts) else [piece]


def _clean(raw: str) -> str | None:
    name = _NOISE.sub(" ", raw)
    name = " ".join(name.split()).strip(" .'’")
    if not name or not _NAME.match(name) or not name[0].isupper():
        return None
    words = name.split()
    if len(words) > 4 or any(w[0].islower() and len(w) > 3 for w in words):
        return None
    return name
