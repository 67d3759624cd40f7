"""The generated page in real headless Chromium: drawn, offline, and article text is escaped."""

import re
import shutil
import subprocess

import pytest

from graph.render import offline_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]


def dom_after_scripts(path, tmp_path) -> str:
    if CHROMIUM is None:
        pytest.fail("chromium is not installed (apt-get install chromium); the HTML test needs a real browser")
    res = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000",
                          "--dump-dom", f"file://{path}"], capture_output=True, text=True, timeout=120)
    return res.stdout


def test_page_is_offline_and_drawn(demo_store, tmp_path):
    page = demo_store["exports"] / "graph.html"
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"(src|href)=\"https?://", text), "the page must not load anything from the network"
    dom = dom_after_scripts(page, tmp_path)
    assert "<canvas" in dom, "vis-network did not draw its canvas"


def test_hostile_text_is_escaped(tmp_path):
    import networkx as nx

    from graph.connect import Evidence
    from graph.render import build_network

    g = nx.MultiDiGraph()
    evil = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'
    g.add_edge("a", "b", key="targets", predicate="targets", evidence=[Evidence(evil, "art", evil, None, 0.9)])
    page = tmp_path / "evil.html"
    page.write_text(offline_html(build_network(g, {"a": evil, "b": "B"}, {"a": "Club", "b": "Player"})))
    dom = dom_after_scripts(page, tmp_path)
    assert "<canvas" in dom
    assert "pwned" not in dom.split("<title>")[1].split("</title>")[0] if "<title>" in dom else True
    assert "<script>document.title" not in page.read_text()
