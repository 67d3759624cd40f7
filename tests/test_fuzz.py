"""A small fuzz run in the suite (the full one: python -m tests.fuzz -n 10000)."""

from tests.fuzz import run


def test_generated_hostile_inputs_never_crash():
    counts = run(300, seed=7)
    assert counts["crashed"] == 0, counts["crashes"][:3]
    assert counts["stored"] > 50 and counts["refused"] > 20  # both paths were exercised
