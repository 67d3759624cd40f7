"""Read articles: bytes -> text (encoding detection), YAML front matter, identity (content hash)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from graph.config import FKR, PROJECT_ROOT
from graph.errors import FkgError

MAX_BYTES = 5_000_000          # larger files are not news articles; refuse rather than stall
MAX_FRONT_MATTER = 20_000
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".text"} | HTML_SUFFIXES
_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_SCRAPED_DATE = re.compile(r"\A\s*date\s+(\d{4}(?:-\d{1,2}){0,2})\s+")
# Markdown strong emphasis ("**Aberdeen** are closing in ..."): formatting, not words, and it would
# otherwise stand between a club and the role noun after it.
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_FIELDS = {"title": str, "date": str, "lang": str, "url": str, "outlet": str, "author": str}


@dataclass
class Article:
    """One article: its text (front matter removed, otherwise unchanged) and metadata."""

    text: str
    path: str
    title: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    lang: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text and URL: the article's identity; re-ingesting it is a no-op."""
        return hashlib.sha256(((self.url or "") + "\n" + self.text).encode("utf-8")).hexdigest()

    @property
    def iri(self) -> str:
        """The article's IRI, derived from its content hash."""
        return str(FKR[f"article/{self.content_hash[:16]}"])

    @property
    def graph_iri(self) -> str:
        """The named graph holding this article's claims."""
        return str(FKR[f"graph/article/{self.content_hash[:16]}"])


def decode(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (with or without BOM) or UTF-16 with BOM, else Windows-1252/Latin-1.

    Binary data (NUL bytes without a UTF-16 BOM, or many control characters) is refused.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise FkgError(f"{name}: invalid UTF-16 text ({exc.reason})") from None
    if b"\x00" in data:
        raise FkgError(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\r\n\t\f")
    if controls > 8:
        raise FkgError(f"{name}: binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_date(value: object) -> dt.date | None:
    """Parse a front-matter date: YYYY-MM-DD, YYYY-MM or YYYY (the first day of the period)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:[T ].*)?\s*", str(value))
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None


class _FrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """YAML's safe loader (libyaml's when PyYAML has it: ten times faster), except that dates stay strings:
    our own parse_date checks them and says what is wrong, where PyYAML would fail on "2025-02-30" with a
    bare ValueError."""


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_scalar)


def split_front_matter(text: str, name: str) -> tuple[dict, str]:
    """Separate YAML front matter (between --- lines) from the body; validate field types."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    raw = m.group(1)
    if len(raw) > MAX_FRONT_MATTER:
        raise FkgError(f"{name}: front matter too large ({len(raw)} characters)")
    try:
        # Anchors and aliases can blow a few bytes up into gigabytes ("billion laughs"); the scanner's tokens
        # tell them from an "&" or "*" inside a quoted title.
        if ("&" in raw or "*" in raw) and any(isinstance(t, (yaml.AnchorToken, yaml.AliasToken))
                                              for t in yaml.scan(raw, Loader=_FrontMatterLoader)):
            raise FkgError(f"{name}: front matter uses YAML anchors/aliases, which are not allowed")
        meta = yaml.load(raw, Loader=_FrontMatterLoader)  # noqa: S506 - a SafeLoader subclass
    except (ValueError, RecursionError, OverflowError) as exc:
        raise FkgError(f"{name}: malformed front matter: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
                       ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        problem = str(getattr(exc, "problem", None) or exc).splitlines()[0]
        raise FkgError(f"{name}: malformed front matter{where}: {problem}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FkgError(f"{name}: front matter must be a mapping of keys to values")
    for key, value in meta.items():
        if key in _FIELDS and value is not None and not isinstance(value, (str, int, float, dt.date)):
            raise FkgError(f"{name}: front matter field '{key}' must be a single value")
    return meta, text[m.end():]


def article_from_text(text: str, path: str = "<text>", **meta) -> Article:
    """Build an Article from a string (front matter allowed); keyword metadata overrides it."""
    front, body = split_front_matter(text, path)
    front.update({k: v for k, v in meta.items() if v is not None})
    scraped = _SCRAPED_DATE.match(body)
    if scraped:
        # Scraped pages often begin "date 2025-10-16 Headline...": metadata, not article text.
        front.setdefault("date", scraped.group(1))
        body = body[scraped.end():]
    body = _STRONG.sub(r"\2", body)
    if not body.strip():
        raise FkgError(f"{path}: empty article (no text after front matter)")
    raw_date = front.get("date")
    date = parse_date(raw_date)
    if raw_date is not None and date is None:
        raise FkgError(f"{path}: front matter date '{raw_date}' is not YYYY-MM-DD, YYYY-MM or YYYY")
    lang = front.get("lang")
    if lang is not None:
        lang = str(lang).strip().lower()[:2]
    extra = {k: v for k, v in front.items() if k not in _FIELDS}
    return Article(
        text=body, path=path, title=_opt(front.get("title")), date=date,
        date_text=str(raw_date) if raw_date is not None else None, lang=lang,
        url=_opt(front.get("url")), outlet=_opt(front.get("outlet")), author=_opt(front.get("author")),
        extra=extra,
    )


def _opt(value: object) -> str | None:
    return None if value is None else str(value).strip() or None


def display_path(p: Path) -> str:
    """A file's name as stored: relative to the project when inside it, so exports do not depend on
    where the project was cloned."""
    try:
        return str(p.resolve().relative_to(PROJECT_ROOT))
    except (ValueError, OSError, RuntimeError):  # outside the project, or a symlink loop
        return str(p)


def read_article(path: str | Path) -> Article:
    """Read one article file; raises FkgError with a one-line reason for any bad input."""
    p = Path(path)
    name = display_path(p)
    try:
        if p.is_dir():
            raise FkgError(f"{name}: is a directory")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise FkgError(f"{name}: file too large ({size // 1_000_000} MB; limit {MAX_BYTES // 1_000_000} MB)")
        data = p.read_bytes()
    except FileNotFoundError:
        raise FkgError(f"{name}: no such file") from None
    except PermissionError:
        raise FkgError(f"{name}: permission denied") from None
    except OSError as exc:
        raise FkgError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise FkgError(f"{name}: empty file")
    text = decode(data, name)
    if p.suffix.lower() in HTML_SUFFIXES or _HTML_START.match(text[:2000]):
        return article_from_html(text, name)
    return article_from_text(text, name)


def article_from_html(html: str, path: str = "<html>") -> Article:
    """A scraped web page: main text and metadata (title, date, canonical URL, site name as outlet, author)
    by trafilatura, which leaves navigation, comments, adverts and other boilerplate out."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as exc:  # noqa: BLE001 - a broken page is bad input, whatever the parser raises
        raise FkgError(f"{path}: cannot read the HTML page ({type(exc).__name__})") from None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        raise FkgError(f"{path}: no article text found in the HTML page")
    # One paragraph per line in trafilatura's output; blank lines keep paragraphs (and headlines) apart.
    body = "\n\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"
    date = getattr(doc, "date", None)
    meta = {"title": getattr(doc, "title", None), "url": getattr(doc, "url", None),
            "outlet": getattr(doc, "sitename", None), "author": getattr(doc, "author", None),
            "date": date if date and parse_date(date) is not None else None}
    return article_from_text(body, path, **{k: str(v) for k, v in meta.items() if v})


def find_articles(paths: list[str | Path]) -> list[Path]:
    """Expand files and directories (recursively, sorted, no symlink loops) into article files."""
    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            seen: set[Path] = set()
            for child in sorted(p.rglob("*")):
                if child.suffix.lower() not in ARTICLE_SUFFIXES or not child.is_file():
                    continue  # is_file() is False for a symlink loop
                real = child.resolve()
                if real not in seen:
                    seen.add(real)
                    found.append(child)
        else:
            found.append(p)
    return found
