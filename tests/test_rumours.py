"""Rumour strength: credibility, independence of sources, stance, recency, --as-of, overrides."""

import datetime as dt
import json
import shutil

import pytest

from graph import api
from graph.rumours import rumours
from tests.conftest import ROOT, fkg

FIXTURES = ROOT / "tests" / "fixtures" / "rumours"
AS_OF = dt.date(2025, 1, 20)


@pytest.fixture
def built(tmp_path):
    """A store per test, fed the rumour fixtures given by name."""
    stores = []

    def build(*names: str):
        folder = tmp_path / f"articles{len(stores)}"
        folder.mkdir()
        for n in names:
            shutil.copy(FIXTURES / n, folder / n)
        st = api.open_store(tmp_path / f"store{len(stores)}")
        stores.append(st)
        api.build([folder], store=st, exports_dir=None)
        return st

    yield build
    for st in stores:
        st.close()


def strength(st, **kw) -> float:
    (r,) = rumours(st, **kw)
    return r.strength


def test_an_outlet_repeating_another_is_not_independent(built):
    one = strength(built("1-marca.md"), as_of=AS_OF)
    repeated = strength(built("1-marca.md", "2-fichajes-citing-marca.md"), as_of=AS_OF)
    independent = strength(built("1-marca.md", "3-romano.md"), as_of=AS_OF)
    # the repeat only counts as a fresher version of the same origin's claim (two days newer)
    assert one <= repeated <= one * 0.5 ** (-2 / 120) + 1e-9
    assert independent > one * 1.2


def test_a_denial_lowers_strength_and_shows_as_a_conflict(built):
    st = built("1-marca.md", "3-romano.md", "4-denial.md")
    (after,) = rumours(st)  # as of the newest claim: the denial
    (before,) = rumours(st, as_of=AS_OF)
    assert after.conflict and not before.conflict
    assert len(after.claims_against) == 1 and after.strength < before.strength
    assert 0.0 <= after.strength <= 1.0


def test_older_claims_weigh_less(built):
    st = built("1-marca.md")
    assert strength(st, as_of=dt.date(2025, 1, 10)) > strength(st, as_of=dt.date(2025, 9, 1))


def test_credibility_overrides_from_settings(built):
    st = built("1-marca.md")
    default = strength(st, as_of=AS_OF)
    assert strength(st, as_of=AS_OF, credibility={"marca": 4}) < default
    assert strength(st, as_of=AS_OF, credibility={"https://w3id.org/football-kg/resource/marca": 1}) > default


def test_cli_lists_rumours_with_claims_side_by_side(tmp_path):
    store = str(tmp_path / "s")
    fkg("build", str(FIXTURES), "--store", store, "--no-export", check=True)
    text = fkg("rumours", "Upamecano", "--store", store, check=True).stdout
    assert "Real Madrid CF -> Dayot Upamecano" in text and "CONFLICTING REPORTS" in text
    assert "against" in text and "abandoned plans" in text
    early = json.loads(fkg("rumours", "--as-of", "2025-01-11", "--format", "json", "--store", store, check=True).stdout)
    assert [len(r["claims"]) for r in early] == [1]
    ranked = fkg("query", "club-targets", "--param", "club=Real Madrid", "--store", store, "--format", "csv", check=True)
    assert "Dayot Upamecano" in ranked.stdout
    res = fkg("rumours", "--as-of", "last week", "--store", store)
    assert res.returncode == 1 and "is not a date" in res.stderr
