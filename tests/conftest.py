"""Shared fixtures: a demo-corpus store built once per test session with the real CLI."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def fkg(*args: str, check: bool = False, **kw) -> subprocess.CompletedProcess:
    """Run the real `fkg` CLI in a subprocess."""
    res = subprocess.run([sys.executable, "-m", "graph.cli", *args], capture_output=True, text=True, cwd=ROOT, **kw)
    if check and res.returncode != 0:
        raise AssertionError(f"fkg {' '.join(args)} failed ({res.returncode}): {res.stderr}")
    return res


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_oxigraph(location: Path, union: bool = True) -> tuple[subprocess.Popen, str]:
    """A real Oxigraph SPARQL server (the `oxigraph` package from PyPI) on a free local port."""
    exe = shutil.which("oxigraph")
    if exe is None:
        pytest.fail("the oxigraph server is not installed (pip install -e '.[test]')")
    port = free_port()
    args = [exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    proc = subprocess.Popen(args + (["--union-default-graph"] if union else []),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
            return proc, url
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"oxigraph serve exited: {proc.stderr.read().decode()}")
            time.sleep(0.1)
    proc.kill()
    pytest.fail("oxigraph serve did not start")


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """The URL of a running Oxigraph server with an empty store; stopped by its PID at the end."""
    proc, url = start_oxigraph(tmp_path_factory.mktemp("server"))
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(params=["embedded", "endpoint"])
def fresh_store(request, tmp_path):
    """An empty store: a directory for the embedded store, or the URL of a new real Oxigraph server."""
    if request.param == "embedded":
        yield str(tmp_path / "store")
        return
    proc, url = start_oxigraph(tmp_path / "server")
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="session", params=["embedded", "endpoint"])
def demo_store(request, tmp_path_factory) -> dict:
    """The demo corpus built with the real CLI into a fresh embedded store, and into a real SPARQL server:
    every test that uses it runs against both."""
    base = tmp_path_factory.mktemp("demo")
    store = str(base / "store") if request.param == "embedded" else request.getfixturevalue("oxigraph_server")
    exports = base / "exports"
    res = fkg("build", "--store", store, "--exports", str(exports), check=True)
    return {"store": store, "exports": exports, "output": res.stdout, "kind": request.param}
