"""The generated pages in real headless Chromium: drawn with the expected nodes, search and filters work,
no request leaves the machine, and article text is escaped."""

import re
import shutil
import socket
import subprocess
import threading

import networkx as nx
import pytest

from graph.projection import Evidence, Projection
from graph.render import around_view, whole_view, write_page

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
         "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--no-pings",
         "--disable-features=OptimizationHints,MediaRouter,Translate,NetworkTimeServiceQuerying"]
# Chromium's own background services (component updates, clock, sign-in) call these even with the flags
# above; they are the browser's requests, not the page's.
BROWSER_SERVICES = re.compile(r"^\S+ (https?://)?(clients\d*\.google\.com|update\.googleapis\.com|accounts\.google\.com"
                              r"|[\w-]+-pa\.googleapis\.com|safebrowsing\.googleapis\.com)[:/]")


class RequestRecorder:
    """A local 'proxy' that records every connection Chromium makes to it: pointed at it (for all hosts,
    loopback included), Chromium can reach nothing else, and any request the page makes is seen here."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.requests: list[str] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    line = conn.recv(2048).decode("latin-1").split("\r\n", 1)[0]
                except OSError:
                    line = "?"
                if not BROWSER_SERVICES.match(line):
                    self.requests.append(line)

    def flags(self) -> list[str]:
        return [f"--proxy-server=http://127.0.0.1:{self.port}", "--proxy-bypass-list=<-loopback>"]


def dom_after_scripts(path, tmp_path, fragment: str = "", extra: list[str] = (), budget: int = 5000) -> str:
    """The DOM of a page after its scripts ran in headless Chromium."""
    if CHROMIUM is None:
        pytest.fail("chromium is not installed (apt-get install chromium); the HTML test needs a real browser")
    res = subprocess.run([CHROMIUM, *FLAGS, *extra, f"--user-data-dir={tmp_path / 'profile'}",
                          f"--virtual-time-budget={budget}", "--dump-dom", f"file://{path}{fragment}"],
                         capture_output=True, text=True, timeout=180)
    return res.stdout


def body_data(dom: str) -> dict[str, str]:
    """The page's data-* attributes on <body>, where it reports what it drew and shows."""
    body = re.search(r"<body([^>]*)>", dom)
    assert body, "no <body> in the dumped DOM"
    return dict(re.findall(r'data-([\w-]+)="([^"]*)"', body.group(1)))


def test_page_draws_every_entity_offline(demo_store, tmp_path):
    page = demo_store["exports"] / "graph.html"
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"(src|href)=\"https?://", text), "the page must not load anything from the network"
    recorder = RequestRecorder()
    dom = dom_after_scripts(page, tmp_path, extra=recorder.flags())
    data = body_data(dom)
    assert data.get("drawn") == "1", "vis-network did not draw"
    expected = len(set(re.findall(r'"id":"(https://w3id.org/football-kg/resource/[^"|]+)"', text)))
    assert int(data["shown-nodes"]) == expected > 10
    assert recorder.requests == [], f"the page made requests: {recorder.requests}"


def test_request_recorder_sees_a_request(tmp_path):
    # The check above can fail: a page that loads a remote image is caught.
    page = tmp_path / "remote.html"
    page.write_text('<html><body><img src="http://198.51.100.7/x.png"></body></html>')
    recorder = RequestRecorder()
    dom_after_scripts(page, tmp_path, extra=recorder.flags(), budget=2000)
    assert any("198.51.100.7" in r for r in recorder.requests), recorder.requests


def test_search_focuses_and_highlights_the_neighbourhood(demo_store, tmp_path):
    page = demo_store["exports"] / "graph.html"
    data = body_data(dom_after_scripts(page, tmp_path, "#search=upamecano"))
    assert data["found"].endswith("/dayot-upamecano")
    assert data["selected"] == data["found"] and int(data["neighbours"]) >= 3
    missing = dom_after_scripts(page, tmp_path, "#search=Nobody%20Atall")
    assert body_data(missing)["found"] == "" and "nothing matches" in missing


def test_relation_and_class_filters(demo_store, tmp_path):
    page = demo_store["exports"] / "graph.html"
    text = page.read_text(encoding="utf-8")
    targets = len(re.findall(r'"relation":"targets"', text))
    data = body_data(dom_after_scripts(page, tmp_path, "#relations=targets"))
    assert int(data["shown-edges"]) == targets > 0
    assert 0 < int(data["shown-nodes"]) < len(set(re.findall(r'"id":"(https://w3id.org/football-kg/resource/[^"|]+)"', text)))
    clubs_only = body_data(dom_after_scripts(page, tmp_path, "#classes=Club"))
    assert int(clubs_only["shown-edges"]) == 0  # no relation links two clubs
    strong = body_data(dom_after_scripts(page, tmp_path, "#relations=targets&strength=0.9"))
    assert int(strong["shown-edges"]) < targets


def tiny_projection(evil: str = "") -> Projection:
    g = nx.MultiDiGraph()
    ev = Evidence(f"Club A wants Player B. {evil}", "urn:a", evil or "title", "2025-01-02", 0.9, outlet=evil or None)
    g.add_edge("urn:club", "urn:player", key="targets", predicate="targets", evidence=[ev], stated=True,
               positive=True, latest="2025-01-02", strength=0.6)
    denied = Evidence("Club C have abandoned their interest.", "urn:b", None, "2025-02-01", 0.8, stance="negative")
    g.add_edge("urn:club2", "urn:player", key="targets", predicate="targets", evidence=[denied], stated=False,
               positive=False, latest="2025-02-01")
    labels = {"urn:club": evil or "Club A", "urn:player": "Player B", "urn:club2": "Club C"}
    return Projection(g, labels, {"urn:club": "Club", "urn:player": "Player", "urn:club2": "Club"},
                      aliases={"urn:player": [evil or "B"]})


def test_hostile_text_is_data_not_markup(tmp_path):
    evil = '</script><img src=x onerror="document.body.dataset.pwned=1"><script>document.body.dataset.pwned=2</script>'
    proj = tiny_projection(evil)
    page = write_page(proj, whole_view(proj), tmp_path / "evil.html")
    text = page.read_text(encoding="utf-8")
    assert "<img src=x" not in text and "</script><img" not in text
    recorder = RequestRecorder()
    dom = dom_after_scripts(page, tmp_path, "#search=Player%20B", extra=recorder.flags())
    data = body_data(dom)
    assert data.get("drawn") == "1" and "pwned" not in data
    assert recorder.requests == []


def test_denied_rumours_are_drawn_differently(tmp_path):
    proj = tiny_projection()
    text = write_page(proj, whole_view(proj), tmp_path / "p.html").read_text(encoding="utf-8")
    edges = re.findall(r'\{"arrows":"to".*?"width":[\d.]+\}', text)
    denied = [e for e in edges if '"stance":"negative"' in e]
    assert len(denied) == 1 and '"dashes":[2,6]' in denied[0] and "#d62728" in denied[0]


def test_around_view_keeps_the_neighbourhood():
    proj = tiny_projection()
    view = around_view(proj, "urn:club", depth=1)
    assert set(view.nodes) == {"urn:club", "urn:player"}
    assert set(around_view(proj, "urn:club", depth=2).nodes) == {"urn:club", "urn:player", "urn:club2"}


def synthetic_projection(n: int) -> Projection:
    """A graph of n entities shaped like ours: players in squads of clubs, some rumours."""
    g = nx.MultiDiGraph()
    clubs = [f"urn:club/{i}" for i in range(max(2, n // 25))]
    players = [f"urn:player/{i}" for i in range(n - len(clubs))]
    ev = Evidence("A sentence.", "urn:art", "T", "2025-05-01", 0.8)
    for i, p in enumerate(players):
        for c, key in ((clubs[i % len(clubs)], "playsFor"), (clubs[(i * 7 + 3) % len(clubs)], "targets")):
            if i % 3 == 0 or key == "playsFor":
                g.add_edge(c if key == "targets" else p, p if key == "targets" else c, key=key, predicate=key,
                           evidence=[ev], stated=True, positive=True, latest="2025-05-01")
    labels = {x: x.replace("urn:", "").replace("/", " ") for x in [*clubs, *players]}
    types = {**{c: "Club" for c in clubs}, **{p: "Player" for p in players}}
    return Projection(g, labels, types)


def test_two_thousand_node_page_draws(tmp_path):
    # Drawing time is measured in bench/ (python -m bench); here: a big page draws at all, with every node.
    proj = synthetic_projection(2000)
    page = write_page(proj, whole_view(proj), tmp_path / "big.html")
    data = body_data(dom_after_scripts(page, tmp_path, budget=10000))
    assert data.get("drawn") == "1" and int(data["shown-nodes"]) == 2000


def test_max_nodes_keeps_the_most_connected():
    proj = synthetic_projection(500)
    view = whole_view(proj, max_nodes=50)
    assert len(view.nodes) == 50 and view.total == 500
    assert all(n.startswith("urn:club/") for n in view.nodes[:20] if proj.graph.degree(n) > 10)
    clubs = [n for n in proj.graph if n.startswith("urn:club/")]
    assert set(clubs) <= set(view.nodes)  # clubs have the most relations
