"""Shared fixtures: a demo-corpus store built once per test session with the real CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def fkg(*args: str, check: bool = False, **kw) -> subprocess.CompletedProcess:
    """Run the real `fkg` CLI in a subprocess."""
    res = subprocess.run([sys.executable, "-m", "graph.cli", *args], capture_output=True, text=True, cwd=ROOT, **kw)
    if check and res.returncode != 0:
        raise AssertionError(f"fkg {' '.join(args)} failed ({res.returncode}): {res.stderr}")
    return res


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory) -> dict:
    """The demo corpus built into a fresh store, with exports in a temporary folder."""
    base = tmp_path_factory.mktemp("demo")
    store, exports = base / "store", base / "exports"
    res = fkg("build", "--store", str(store), "--exports", str(exports), check=True)
    return {"store": str(store), "exports": exports, "output": res.stdout}
