"""Hostile and broken input end to end: one clear line per bad file, the rest of the batch stored, nothing
partial; article text never runs as code in the page nor as a formula in a spreadsheet."""

import csv
import re

from tests.conftest import ROOT, fkg
from tests.test_html import dom_after_scripts

HOSTILE = ROOT / "tests" / "fixtures" / "hostile" / "hostile.md"


def test_a_batch_with_bad_files_stores_the_good_ones(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.md").write_text("Arsenal want to sign Bukayo Saka, according to Marca.\n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Der FC Bayern will Jamal Musiala halten, berichtet der kicker. Müller".encode("latin-1"))
    (folder / "utf16.txt").write_bytes("Chelsea are interested in Cole Palmer.".encode("utf-16"))
    (folder / "empty.md").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "front.md").write_text("---\ntitle: [unclosed\n---\nArsenal want a striker.\n", encoding="utf-8")
    (folder / "bomb.md").write_text("---\na: &a [x, x]\nb: [*a, *a]\n---\nText.\n", encoding="utf-8")
    (folder / "loop.md").symlink_to(folder / "loop.md")
    store = str(tmp_path / "store")
    res = fkg("build", str(folder), "--store", store, "--no-export")
    assert res.returncode == 2, res.stderr
    errors = res.stderr.strip().splitlines()
    assert len(errors) == 4 and "Traceback" not in res.stderr
    for name, problem in [("empty.md", "empty"), ("binary.txt", "binary"), ("front.md", "malformed front matter"),
                          ("bomb.md", "anchors")]:
        assert any(name in line and problem in line for line in errors), (name, errors)
    stored = fkg("query", "SELECT ?f WHERE { ?a a fkg:Article ; fkg:sourceFile ?f } ORDER BY ?f", "--store", store,
                 "--format", "csv", check=True).stdout.split()[1:]
    assert [f.rsplit("/", 1)[-1] for f in stored] == ["good.md", "latin1.txt", "utf16.txt"]


def test_hostile_article_text_does_not_run_in_the_page(tmp_path):
    store, exports = str(tmp_path / "store"), tmp_path / "exports"
    fkg("build", str(HOSTILE), "--store", store, "--exports", str(exports), check=True)
    page = (exports / "graph.html").read_text(encoding="utf-8")
    assert "according to Marca" in page  # the hostile sentence did reach the page, escaped
    for raw in ("<script>document.body", "<img src=x onerror", '<a href="javascript:'):
        assert raw not in page
    dom = dom_after_scripts(exports / "graph.html", tmp_path)
    assert "<canvas" in dom  # the page did run its own scripts
    assert "data-pwned" not in dom
    assert not re.search(r"<a[^>]+href=\"javascript:", dom)


def test_csv_cells_cannot_become_formulas(tmp_path):
    store, exports = str(tmp_path / "store"), tmp_path / "exports"
    fkg("build", str(HOSTILE), "--store", store, "--exports", str(exports), check=True)
    for name in ("nodes.csv", "edges.csv"):
        with (exports / "csv" / name).open(encoding="utf-8") as fh:
            for row in csv.reader(fh):
                assert not any(cell[:1] in ("=", "+", "-", "@") for cell in row), row
    res = fkg("query", "SELECT ?e WHERE { ?c fkg:evidence ?e }", "--store", store, "--format", "csv", check=True)
    assert "=HYPERLINK" not in res.stdout.replace("'=HYPERLINK", "")
