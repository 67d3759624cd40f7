"""Fuzz run: generated hostile inputs through read -> extract -> model -> ingest on a real embedded store.

Every input must either be stored or be refused with FkgError (a one-line message); anything else is
a traceback and counts as a failure. ``python -m tests.fuzz -n 10000`` runs the full campaign; the test
suite runs a small one (tests/test_fuzz.py).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

SENTENCES = [
    "Arsenal want to sign Bukayo Saka, according to Marca.",
    "Der FC Bayern hat Interesse an Jamal Musiala, berichtet der kicker.",
    "Le PSG s'intéresse à Ousmane Dembélé, selon L'Équipe.",
    "El Real Madrid quiere fichar a Erling Haaland, según Marca.",
    "Liverpool defender Virgil van Dijk has a contract until 2027.",
    "Coach Mikel Arteta was appointed Arsenal manager in 2019.",
    "Chelsea: Sánchez; James, Colwill, Cucurella; Palmer (Nkunku 80); Jackson.",
    "Trainer Vincent Kompany vom FC Bayern lobte den 25-Jährigen.",
]
HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "\" } ; DROP ALL ; #",
    "'> <urn:x> . } INSERT DATA { <a> <b> <c> } #", "=cmd|'/C calc'!A0", "+SUM(1)", "@import", "-2+3",
    "\u202eevil\u202c", "\u200b\u200d\ufeff", "\x00", "\x1b[31m", "\ud83d\ude00\u2063", "Ｆｕｌｌｗｉｄｔｈ", "ǅŉﬁ",
    "((((((((((", "]]]]>", "${jndi:ldap://x}", "{{7*7}}", "%s%n%x", "\\u0000", "../../etc/passwd", "A" * 5000,
    "Müller " * 300, "\n\n\n", "---", "date 2025-13-45", "<<<>>>", "&amp;&lt;", "Ronaldo’s “quote” — ok",
]
FRONT = [
    "", "---\ntitle: x\n---\n", "---\ntitle: [unclosed\n---\n", "---\n- a\n- b\n---\n", "---\ndate: yesterday\n---\n",
    "---\na: &a [x]\nb: [*a, *a]\n---\n", "---\ntitle: {a: b}\n---\n", "---\nlang: xx\n---\n", "---\nlang: 42\n---\n",
    "---\ndate: 2025-02-30\n---\n", "---\nurl: \"javascript:alert(1)\"\n---\n", "---\n!!python/object:os.system x\n---\n",
    "---\ntitle: " + "x" * 30000 + "\n---\n", "---\n\tbad: indent\n---\n", "---\n",
]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"]


def generate(rng: random.Random) -> tuple[str, bytes]:
    """One hostile input: (file suffix, bytes)."""
    kind = rng.random()
    if kind < 0.05:
        return ".txt", bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 600)))
    parts = []
    for _ in range(rng.randint(0, 8)):
        piece = rng.choice(SENTENCES) if rng.random() < 0.6 else rng.choice(HOSTILE)
        if rng.random() < 0.3:
            cut = rng.randint(0, len(piece))
            piece = piece[:cut] + rng.choice(HOSTILE) + piece[cut:]
        parts.append(piece)
    body = rng.choice([" ", "\n", "\n\n", "", "\r\n"]).join(parts)
    text = rng.choice(FRONT) + body
    if kind < 0.15:
        text = f"<!doctype html><html><head><title>{rng.choice(HOSTILE)}</title></head><body><nav>Home</nav>" \
               f"<article><p>{body}</p></article><script>{rng.choice(HOSTILE)}</script></body></html>"
        return ".html", text.encode("utf-8", "replace")
    data = text.encode(rng.choice(ENCODINGS), "replace")
    if rng.random() < 0.05:
        data = data[: rng.randint(0, len(data))]  # truncated mid-character
    return rng.choice([".md", ".txt"]), data


def run(n: int, seed: int = 1, store_dir: str | None = None, report_every: int = 0) -> dict:
    """Fuzz ``n`` inputs; returns counts of stored, refused and crashed inputs (with the first crashes)."""
    from graph.articles import read_article
    from graph.errors import FkgError
    from graph.extract import extract
    from graph.model import article_graph
    from graph.store import EmbeddedStore

    rng = random.Random(seed)
    counts = {"inputs": 0, "stored": 0, "refused": 0, "crashed": 0, "crashes": []}
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(store_dir or Path(tmp) / "store")
        for i in range(n):
            suffix, data = generate(rng)
            path = Path(tmp) / f"input{i % 50}{suffix}"
            path.write_bytes(data)
            counts["inputs"] += 1
            try:
                article = read_article(path)
                store.ingest(article.graph_iri, article_graph(extract(article)), article.content_hash, article.path)
                counts["stored"] += 1
            except FkgError as exc:
                if "\n" in str(exc):
                    counts["crashed"] += 1
                    counts["crashes"].append((i, f"multi-line error: {exc!r}"))
                else:
                    counts["refused"] += 1
            except Exception:  # noqa: BLE001 - exactly what the fuzz run is looking for
                counts["crashed"] += 1
                counts["crashes"].append((i, traceback.format_exc(limit=6)))
            if report_every and (i + 1) % report_every == 0:
                print(f"{i + 1} inputs: {counts['stored']} stored, {counts['refused']} refused, "
                      f"{counts['crashed']} crashed", file=sys.stderr)
        counts["triples"] = len(store)
        store.close()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    start = time.perf_counter()
    counts = run(args.n, args.seed, report_every=1000)
    for _i, crash in counts["crashes"][:5]:
        print(crash, file=sys.stderr)
    print(f"{counts['inputs']} inputs in {time.perf_counter() - start:.0f} s: {counts['stored']} stored, "
          f"{counts['refused']} refused with a one-line error, {counts['crashed']} tracebacks")
    sys.exit(1 if counts["crashed"] else 0)


if __name__ == "__main__":
    main()
