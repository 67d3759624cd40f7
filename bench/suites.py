"""The benchmarks. Each suite runs in its own process (so that its peak memory is its own), measures our
code and a baseline in the same run, and returns medians and ratios."""

from __future__ import annotations

import re
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

SCALES = {
    # articles, world players, dump triples, connect nodes, html sizes, repeats
    "tiny": {"articles": 12, "players": 2_000, "triples": 20_000, "nodes": 3_000, "html": [200], "runs": 1},
    "small": {"articles": 300, "players": 50_000, "triples": 200_000, "nodes": 30_000, "html": [200, 2_000], "runs": 3},
    "full": {"articles": 10_000, "players": 50_000, "triples": 1_300_000, "nodes": 300_000,
             "html": [200, 2_000, 20_000], "runs": 3},
}


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn, runs: int) -> tuple[float, object]:
    """Median wall time of ``runs`` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


# ------------------------------------------------------------------ ingest
def ingest(scale: str, work: Path) -> dict:
    import spacy

    from bench import synth
    from graph import api
    from graph.articles import read_article
    from graph.extract import extract

    cfg = SCALES[scale]
    w = synth.world(players=cfg["players"], clubs=max(100, cfg["players"] // 25))
    files = synth.articles(w, cfg["articles"], work / "articles")
    docs = [read_article(f) for f in files]
    words = sum(len(d.text.split()) for d in docs)
    nlps = {lang: spacy.blank(lang) for lang in ("en", "de")}
    for nlp in nlps.values():
        nlp.add_pipe("sentencizer")

    def baseline():
        for lang, nlp in nlps.items():
            for _ in nlp.pipe([d.text for d in docs if d.lang == lang]):
                pass

    extract(docs[0])  # load lexicons and reference data outside the timing, as a long build would
    base_s, _ = timed(baseline, cfg["runs"])
    extract_s, _ = timed(lambda: [extract(d) for d in docs], cfg["runs"])

    stores: list[Path] = []

    def build(workers: int):
        store = work / f"store-{workers}-{time.perf_counter_ns()}"
        stores.append(store)
        report = api.build(files, store=str(store), exports_dir=None, workers=workers)
        api.open_store(str(store)).close()
        return report

    build_runs = 1 if scale == "full" else cfg["runs"]
    build1_s, report = timed(lambda: build(1), build_runs)
    build2_s, _ = timed(lambda: build(2), build_runs)
    floor_s, quads = store_floor(files, work / "floor")
    reason_s = reason_seconds(stores[0])
    return {
        "articles": len(files), "words": words, "stored": len(report.articles), "failed": len(report.failures),
        "baseline_words_per_s": words / base_s, "extract_words_per_s": words / extract_s,
        "extract_articles_per_s": len(files) / extract_s, "build_words_per_s": words / build1_s,
        "build_articles_per_s": len(files) / build1_s, "build_2_workers_articles_per_s": len(files) / build2_s,
        "extract_ratio": (words / extract_s) / (words / base_s), "build_ratio": (words / build1_s) / (words / base_s),
        "speedup_2_workers": build1_s / build2_s, "peak_rss_mb": peak_rss_mb(),
        "store_floor_articles_per_s": len(files) / floor_s, "store_floor_quads": quads,
        "store_floor_ratio": (words / floor_s) / (words / base_s), "reason_seconds": reason_s,
    }


def store_floor(files: list[Path], folder: Path) -> tuple[float, int]:
    """Seconds for raw pyoxigraph to write the articles' graphs (extracted beforehand, untimed) into an
    on-disk store, one transaction per article as a build does; and how many quads that is. This is the
    least any transactional ingest into this store can cost, whatever the extractor."""
    import pyoxigraph as ox

    from graph.api import prepare

    graphs = [(p["graph_iri"], p["g"]) for _f, p, _e in map(prepare, files) if p is not None]
    st = ox.Store(str(folder))
    t = time.perf_counter()
    for iri, nt in graphs:
        st.update(f"INSERT DATA {{ GRAPH <{iri}> {{\n{nt}\n}} }}")
    seconds = time.perf_counter() - t
    quads = len(st)
    del st
    return seconds, quads


def reason_seconds(store: Path) -> float:
    """Seconds of one reasoning pass (rules and rumours) over a built store: the part of a build that
    does not scale with the articles added but with the whole store."""
    from graph import api
    from graph.reason import reason

    st = api.open_store(str(store))
    t = time.perf_counter()
    reason(st)
    seconds = time.perf_counter() - t
    st.close()
    return seconds


# ------------------------------------------------------------------ load
def dump(scale: str, work: Path) -> Path:
    from bench import synth

    path = work / f"graph-{scale}.nq"
    if not path.exists():
        synth.graph_dump(path, SCALES[scale]["triples"])
    return path


def load_raw(scale: str, work: Path) -> dict:
    import pyoxigraph as ox

    path = dump(scale, work)
    t = time.perf_counter()
    store = ox.Store(str(work / "raw-store"))
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    store.flush()
    seconds = time.perf_counter() - t
    return {"seconds": seconds, "triples": len(store), "peak_rss_mb": peak_rss_mb()}


def load_fkg(scale: str, work: Path) -> dict:
    from graph.store import open_store

    path = dump(scale, work)
    t = time.perf_counter()
    store = open_store(str(work / "fkg-store"))
    store.load(path)
    store.flush()
    seconds = time.perf_counter() - t
    return {"seconds": seconds, "triples": len(store), "peak_rss_mb": peak_rss_mb()}


# ------------------------------------------------------------------ SPARQL
QUERIES = {
    "lookup by label": 'SELECT ?e WHERE { ?e rdfs:label "Player 4242" }',
    "former teammates (join)": "SELECT DISTINCT ?b WHERE { fkr:player-7 fkg:playsFor|fkg:formerlyPlayedFor ?c . "
                               "?b fkg:formerlyPlayedFor ?c . FILTER(?b != fkr:player-7) }",
    "claims per club (GROUP BY)": "SELECT ?c (COUNT(?claim) AS ?n) WHERE { ?claim rdf:object ?c . ?c a fkg:Club } "
                                  "GROUP BY ?c ORDER BY DESC(?n) LIMIT 10",
    "clubs two steps away (property path)": "SELECT DISTINCT ?x WHERE { fkr:player-7 (fkg:playsFor|fkg:formerlyPlayedFor)/"
                                            "^(fkg:playsFor|fkg:formerlyPlayedFor)/fkg:playsFor ?x }",
}


def sparql(scale: str, work: Path) -> dict:
    from graph import api
    from graph.config import sparql_prologue
    from graph.store import open_store

    store = open_store(str(work / "fkg-store"))
    if not store.revision():
        store.load(dump(scale, work))
    raw = store._ox  # the same pyoxigraph store, queried directly
    runs = 30
    out = {}
    for name, q in QUERIES.items():
        text = sparql_prologue() + q
        raw_s, raw_rows = timed(lambda text=text: list(raw.query(text, use_default_graph_as_union=True)), runs)
        api_s, api_rows = timed(lambda q=q: list(api.query(q, store=store)), runs)
        out[name] = {"raw_ms": raw_s * 1000, "api_ms": api_s * 1000, "overhead": api_s / raw_s - 1, "rows": len(api_rows),
                     "same_rows": len(api_rows) == len(raw_rows)}
    store.close()
    return {"queries": out, "peak_rss_mb": peak_rss_mb()}


# ------------------------------------------------------------------ connect
def connect(scale: str, work: Path) -> dict:
    import random

    from bench import synth
    from graph.connect import Filters, best_paths

    proj = synth.projection(SCALES[scale]["nodes"])
    players = [n for n, t in proj.types.items() if t == "Player"]
    rng = random.Random(3)
    pairs = [tuple(rng.sample(players, 2)) for _ in range(60)]
    t = time.perf_counter()
    best_paths(proj, *pairs[0], k=5, max_length=4, filters=Filters())  # builds the undirected index once
    cold = time.perf_counter() - t
    times, found = [], 0
    for a, b in pairs[1:]:
        t = time.perf_counter()
        found += bool(best_paths(proj, a, b, k=5, max_length=4, filters=Filters()))
        times.append(time.perf_counter() - t)
    times.sort()
    return {"nodes": proj.graph.number_of_nodes(), "edges": proj.graph.number_of_edges(), "cold_ms": cold * 1000,
            "warm_median_ms": statistics.median(times) * 1000, "warm_p95_ms": times[int(0.95 * (len(times) - 1))] * 1000,
            "pairs_connected": f"{found}/{len(times)}", "peak_rss_mb": peak_rss_mb()}


# ------------------------------------------------------------------ HTML
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync"]
DRAWN_PROBE = ('<script>network.once("afterDrawing", function () { document.body.dataset.drawn = "1"; });'
               "</script></body>")


def draw_seconds(page: Path, work: Path, budget_ms: int = 120_000) -> tuple[float, bool]:
    """Wall time for headless Chromium to load the page and run it until idle, and whether it drew."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise RuntimeError("chromium is not installed")
    t = time.perf_counter()
    res = subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tempfile.mkdtemp(dir=work)}",
                          f"--virtual-time-budget={budget_ms}", "--dump-dom", f"file://{page}"],
                         capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - t
    body = re.search(r"<body[^>]*>", res.stdout)
    return seconds, bool(body and 'data-drawn="1"' in body.group(0))


def html(scale: str, work: Path) -> dict:
    from pyvis.network import Network

    from bench import synth
    from graph.render import whole_view, write_page

    blank = work / "blank.html"
    blank.write_text("<html><body>blank</body></html>")
    startup = statistics.median(draw_seconds(blank, work, 1000)[0] for _ in range(3))
    out = {"chromium_startup_s": startup}
    for n in SCALES[scale]["html"]:
        proj = synth.projection(n)
        t = time.perf_counter()
        ours = write_page(proj, whole_view(proj), work / f"ours-{n}.html")
        ours_gen = time.perf_counter() - t
        ours_draw, ours_drawn = draw_seconds(ours, work)
        row = {"ours_generate_s": ours_gen, "ours_draw_s": max(0.0, ours_draw - startup), "ours_drawn": ours_drawn}
        if n <= 2_000:  # pyvis' defaults never settle at 20,000 nodes; not attempted
            t = time.perf_counter()
            net = Network(directed=True, cdn_resources="in_line")
            for node in proj.graph.nodes:
                net.add_node(node, label=proj.label(node), title=proj.label(node))
            for s, o, key in proj.graph.edges(keys=True):
                net.add_edge(s, o, title=key)
            page = net.generate_html()
            defaults_gen = time.perf_counter() - t
            page = re.sub(r'<(link|script)\b[^>]*\b(?:href|src)="https?://[^"]*"[^>]*>(?:\s*</script>)?', "", page)
            path = work / f"pyvis-{n}.html"
            path.write_text(page.replace("</body>", DRAWN_PROBE, 1), encoding="utf-8")
            draw, drawn = draw_seconds(path, work)
            row |= {"pyvis_generate_s": defaults_gen, "pyvis_draw_s": max(0.0, draw - startup), "pyvis_drawn": drawn,
                    "draw_speedup": max(0.0, draw - startup) / max(row["ours_draw_s"], 1e-3)}
        out[str(n)] = row
    out["peak_rss_mb"] = peak_rss_mb()
    out["chromium_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return out


SUITES = {"ingest": ingest, "load_raw": load_raw, "load_fkg": load_fkg, "sparql": sparql, "connect": connect, "html": html}
