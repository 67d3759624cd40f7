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
