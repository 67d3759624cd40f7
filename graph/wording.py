"""How the tool words facts for people, in English and German: one sentence per relation, read in the
relation's own direction ("<club> has targeted <player>"), plus dates and details."""

from __future__ import annotations

import datetime as dt

from graph.errors import FkgError

LANGS = ("en", "de")

SENTENCES = {
    "en": {
        "playsFor": "{s} plays for {o}",
        "formerlyPlayedFor": "{s} formerly played for {o}",
        "coaches": "{s} coaches {o}",
        "coachedAt": "{s} formerly coached {o}",
        "formerTeammateOf": "{s} and {o} are former teammates",
        "targets": "{s} has targeted {o}",
        "presidentOf": "{s} is the president of {o}",
        "contractUntil": "{s} is under contract until {o}",
    },
    "de": {
        "playsFor": "{s} spielt für {o}",
        "formerlyPlayedFor": "{s} spielte früher für {o}",
        "coaches": "{s} trainiert {o}",
        "coachedAt": "{s} trainierte früher {o}",
        "formerTeammateOf": "{s} und {o} sind ehemalige Mitspieler",
        "targets": "{s} hat Interesse an {o}",
        "presidentOf": "{s} ist Präsident von {o}",
        "contractUntil": "{s} hat einen Vertrag bis {o}",
    },
}

# Short names of relations read from the subject's side, and from the object's side.
RELATION_NAMES = {"playsFor": "plays for", "formerlyPlayedFor": "formerly played for", "coaches": "coaches",
                  "coachedAt": "formerly coached", "formerTeammateOf": "former teammate of", "targets": "targets",
                  "presidentOf": "president of"}
INCOMING_NAMES = {"playsFor": "players", "formerlyPlayedFor": "former players", "coaches": "coached by",
                  "coachedAt": "former coaches", "formerTeammateOf": "former teammate of", "targets": "targeted by",
                  "presidentOf": "president"}

WORDS = {
    "en": {"strength": "strength", "derived": "derived", "both_at": "both at {clubs}",
           "until": "until", "since": "since", "denied": "denied", "timeline": "Timeline of {name} ({type}): {n} claims",
           "rule": "rule {rule}",
           "reports": "{n} reports", "and": "and", "none": "No connection between {a} and {b} within {n} steps.",
           "paths": "{a} -> {b}: {n} path(s)", "undated": "undated"},
    "de": {"strength": "Stärke", "derived": "abgeleitet", "both_at": "beide bei {clubs}",
           "until": "bis", "since": "seit", "denied": "dementiert", "timeline": "Chronik zu {name} ({type}): {n} Behauptungen",
           "rule": "Regel {rule}",
           "reports": "{n} Meldungen", "and": "und", "none": "Keine Verbindung zwischen {a} und {b} in höchstens {n} Schritten.",
           "paths": "{a} -> {b}: {n} Pfad(e)", "undated": "ohne Datum"},
}

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def check_lang(lang: str) -> str:
    """The language code, or a clear error for one we do not write."""
    if lang not in LANGS:
        raise FkgError(f"unknown language {lang!r} (choose from {', '.join(LANGS)})")
    return lang


def sentence(predicate: str, subject: str, obj: str, lang: str = "en") -> str:
    """One relation as a sentence in the relation's direction."""
    return SENTENCES[lang][predicate].format(s=subject, o=obj)


def word(key: str, lang: str = "en", **values) -> str:
    """A fixed phrase of the interface, filled in."""
    return WORDS[lang][key].format(**values)


def date_text(iso: str | None, lang: str = "en") -> str:
    """An ISO date as people write it: '13 Oct 2025' or '13.10.2025' (years and months stay as they are)."""
    if not iso:
        return word("undated", lang)
    try:
        d = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}" if lang == "en" else f"{d.day}.{d.month}.{d.year}"


def period_text(start: str | None, end: str | None, lang: str = "en") -> str:
    """A spell as people write it, by year: '2017\u20132021', 'until 2021', 'since 2017' (ISO dates welcome)."""
    start, end = start and start[:4], end and end[:4]
    if start and end:
        return f"{start}\u2013{end}"
    if end:
        return f"{word('until', lang)} {end}"
    return f"{word('since', lang)} {start}" if start else ""


def join(parts: list[str], lang: str = "en") -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {word('and', lang)} {parts[-1]}"
