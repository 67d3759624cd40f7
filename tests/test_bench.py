"""A tiny smoke run of every benchmark (figures are not checked here: speed is measured by python -m bench)."""

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_every_benchmark_runs_at_tiny_scale(tmp_path):
    res = subprocess.run([sys.executable, "-m", "bench", "--scale", "tiny", "--out", str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    results = json.loads((tmp_path / "results-tiny.json").read_text())
    assert set(results["suites"]) == {"ingest", "load_raw", "load_fkg", "sparql", "connect", "html"}
    assert not [n for n, r in results["suites"].items() if "error" in r]
    assert results["suites"]["ingest"]["failed"] == 0 and results["suites"]["ingest"]["stored"] == 12
    assert all(q["same_rows"] for q in results["suites"]["sparql"]["queries"].values())
    assert results["suites"]["html"]["200"]["ours_drawn"]
    assert "## Connection paths" in res.stdout
