"""Crashes lose nothing: `fkg build` killed with SIGKILL at random points, then run again, leaves exactly
the store a build without interruption makes (no claim lost, none duplicated)."""

import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter

from tests.conftest import ROOT, fkg

CLAIMS = """SELECT ?f (COUNT(?c) AS ?n) WHERE { ?c a fkg:Claim ; prov:wasDerivedFrom ?a . ?a fkg:sourceFile ?f }
GROUP BY ?f ORDER BY ?f"""
# Every quad but the store's revision (a fresh token on every write).
EDGES = ("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(!isBlank(?s) && !isBlank(?o) && ?g != fkr:graph\\/meta) } "
         "ORDER BY ?s ?p ?o")


def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for src in [*sorted((ROOT / "data/articles").glob("*.md")), *sorted((ROOT / "data/gold/dev").glob("*.md"))]:
        shutil.copy(src, folder / src.name)
    return folder


def snapshot(store: str) -> tuple[str, Counter]:
    claims = fkg("query", CLAIMS, "--store", store, "--format", "csv", check=True).stdout
    edges = fkg("query", EDGES, "--store", store, "--format", "csv", check=True).stdout.splitlines()
    return claims, Counter(edges)


def test_kill_during_build_then_rerun_loses_and_duplicates_nothing(tmp_path):
    folder = corpus(tmp_path)
    reference = str(tmp_path / "reference")
    fkg("build", str(folder), "--store", reference, "--no-export", check=True)
    expected = snapshot(reference)
    assert expected[0].count("\n") > 10

    store = str(tmp_path / "store")
    rng = random.Random(20261121)
    kills = 0
    for _ in range(6):
        proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "build", str(folder), "--store", store, "--no-export"],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.8, 4.0))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
    assert kills >= 3  # the builds really were interrupted
    fkg("build", str(folder), "--store", store, "--no-export", check=True)
    assert snapshot(store) == expected
