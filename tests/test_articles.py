from pathlib import Path

import pytest

from graph.articles import article_from_text, decode, find_articles, read_article
from graph.errors import FkgError


def test_front_matter_and_body_kept(tmp_path: Path):
    p = tmp_path / "a.md"
    p.write_text('---\ntitle: "Test"\ndate: 2025-10-16\nlang: en\n---\nArsenal want a striker.\n', encoding="utf-8")
    a = read_article(p)
    assert (a.title, a.date.isoformat(), a.lang) == ("Test", "2025-10-16", "en")
    assert a.text == "Arsenal want a striker.\n"


def test_identity_is_content_hash():
    a = article_from_text("Same text.")
    assert a.iri == article_from_text("Same text.").iri
    assert a.iri != article_from_text("Other text.").iri


@pytest.mark.parametrize("data,message", [
    (b"", "empty file"),
    (b"\x00\x01\x02binary\x00", "binary"),
    (b"---\ntitle: [unclosed\n---\nText", "malformed front matter"),
    (b"---\n- a list\n---\nText", "mapping"),
    (b"---\ndate: yesterday\n---\nText", "date"),
    (b"---\ntitle: x\n---\n   \n", "empty article"),
])
def test_bad_input_is_one_clear_error(tmp_path: Path, data: bytes, message: str):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(FkgError, match=message):
        read_article(p)


def test_encodings():
    assert decode("Müller".encode("utf-16"), "x") == "Müller"
    assert decode("Müller".encode("latin-1"), "x") == "Müller"
    assert decode("\ufeffMüller".encode("utf-8"), "x") == "Müller"


def test_scraped_date_prefix_becomes_metadata():
    a = article_from_text(" date 2025-07-12 Real Madrid want a defender.")
    assert a.date.isoformat() == "2025-07-12" and a.text.startswith("Real Madrid")


def test_find_articles_recurses_sorted(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.md").write_text("x")
    (tmp_path / "1.txt").write_text("x")
    (tmp_path / "skip.json").write_text("{}")
    assert [p.name for p in find_articles([tmp_path])] == ["1.txt", "2.md"]
