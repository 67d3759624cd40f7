"""`fkg evaluate` scores real extraction against the gold annotations."""

import json

from tests.conftest import fkg


def test_evaluate_reports_scores():
    res = fkg("evaluate", "--format", "json", check=True)
    report = json.loads(res.stdout)
    assert {f"00{i}" for i in range(5)} <= {a[:3] for a in report["articles"]}
    scores = report["scores"]
    for key in ("entities", "typed_entities", "relations", "relations/targets", "entities/de", "relations/en",
                "demo:relations", "dev:relations", "heldout:relations"):
        assert 0.0 <= scores[key]["f1"] <= 1.0
    # Regression floor on the development set; figures are in the closing notes.
    assert scores["entities"]["f1"] >= 0.9
    assert scores["relations"]["f1"] >= 0.75


def test_a_date_read_more_precisely_than_the_gold_counts_as_the_gold(tmp_path):
    (tmp_path / "a.md").write_text(
        '---\ntitle: "X stays"\ndate: "2022-01-14"\nlang: en\n---\n'
        "Arsenal defender Jan Kowalczyk has signed a new contract until June 2026.\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(
        "entities:\n  Jan Kowalczyk: Player\n  Arsenal FC: Club\nrelations:\n"
        '  - [Jan Kowalczyk, playsFor, Arsenal FC]\n  - [Jan Kowalczyk, contractUntil, "2026"]\n', encoding="utf-8")
    report = json.loads(fkg("evaluate", "--gold", str(tmp_path), "--format", "json", check=True).stdout)
    assert report["scores"]["relations/contractUntil"]["tp"] == 1
    # a less precise reading does not count as a more precise gold
    (tmp_path / "a.yaml").write_text(
        "entities:\n  Jan Kowalczyk: Player\n  Arsenal FC: Club\nrelations:\n"
        '  - [Jan Kowalczyk, playsFor, Arsenal FC]\n  - [Jan Kowalczyk, contractUntil, "2026-06-30"]\n', encoding="utf-8")
    report = json.loads(fkg("evaluate", "--gold", str(tmp_path), "--format", "json", check=True).stdout)
    assert report["scores"]["relations/contractUntil"]["tp"] == 0
