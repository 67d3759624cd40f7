"""Connection questions: names, ranking, filters, wording, the cached projection, the CLI."""

import json

import networkx as nx
import pytest

from graph.connect import Filters, best_paths, connect, parse_relations, parse_via
from graph.errors import FkgError
from graph.projection import Evidence, Projection, find_entity, projection
from graph.store import open_store
from tests.conftest import fkg


@pytest.fixture
def demo(demo_store):
    st = open_store(demo_store["store"])
    yield st
    st.close()  # let the CLI in other tests open the store


def test_forgiving_names(demo):
    assert find_entity("KONATE", demo).endswith("ibrahima-konate")
    assert find_entity("Upamecano", demo).endswith("dayot-upamecano")
    assert find_entity("die Königlichen", demo).endswith("real-madrid")
    assert find_entity("Xabi Alsono", demo).endswith("xabi-alonso")  # a typo
    with pytest.raises(FkgError, match="no entity"):
        find_entity("Zzyzx Qwerty", demo)


def test_paths_shortest_first_with_evidence(demo):
    result = connect(demo, "Konaté", "Xabi Alonso", k=5)
    lengths = [p["length"] for p in result["paths"]]
    assert lengths == sorted(lengths) and lengths[0] == 2 and len(lengths) == 5
    first = result["paths"][0]
    assert "Real Madrid CF" in first["text"] and "Xabi Alonso coaches Real Madrid CF" in first["text"]
    for p in result["paths"]:
        for st in p["steps"]:
            assert st["evidence"] and all(e["sentence"] for e in st["evidence"])


def test_stated_teammates_are_preferred_and_derived_are_explained(demo):
    path = connect(demo, "Konaté", "Upamecano", k=1)["paths"][0]
    assert path["length"] == 1 and path["steps"][0]["predicate"] == "formerTeammateOf"
    assert path["steps"][0]["stated"]  # the sentence that says so beats the symmetric rule's copy
    only_rules = connect(demo, "Konaté", "Upamecano", relations="formerTeammateOf", k=1)["paths"][0]
    assert only_rules["steps"][0]["stated"]


def test_filters(demo):
    targets = connect(demo, "Konaté", "Upamecano", relations="targets,targetedBy")
    assert targets["paths"] and all(st["predicate"] == "targets" for p in targets["paths"] for st in p["steps"])
    weaker = min(st["strength"] for p in targets["paths"] for st in p["steps"])
    strong = connect(demo, "Konaté", "Upamecano", relations="targets", min_strength=weaker + 0.01)
    assert strong["paths"] == []  # the path needs both rumours; one is weaker than the threshold
    assert connect(demo, "Konaté", "Upamecano", relations="targets", min_strength=weaker)["paths"]
    early = connect(demo, "Konaté", "Xabi Alonso", as_of="2025-08-01", k=10)
    for p in early["paths"]:
        for st in p["steps"]:
            assert all(e["date"] and e["date"] <= "2025-08-01" and not e["derived_by"] for e in st["evidence"])
    assert len(early["paths"]) < len(connect(demo, "Konaté", "Xabi Alonso", k=10)["paths"])
    with pytest.raises(FkgError, match="unknown relation"):
        parse_relations("friendsWith")
    with pytest.raises(FkgError, match="--via"):
        parse_via("stadium")


def test_german_wording(demo):
    text = connect(demo, "Konaté", "Xabi Alonso", lang="de", k=1)["paths"][0]["text"]
    assert "trainiert Real Madrid CF" in text and "hat Interesse an" in text


def test_projection_is_cached_until_the_store_changes(tmp_path):
    from graph.api import build

    st = open_store(tmp_path / "store")
    try:
        build(["data/articles/002-konate-betrayed-marca-take.md"], store=st, exports_dir=None)
        first = projection(st)
        assert projection(st) is first
        build(["data/articles/003-real-madrid-centre-back-konate.md"], store=st, exports_dir=None)
        second = projection(st)
        def claims(p):
            return sum(len(d["evidence"]) for _s, _o, d in p.graph.edges(data=True))

        assert second is not first and claims(second) > claims(first)
    finally:
        st.close()


def _edge(g, s, o, key, date="2025-06-01", conf=0.9, derived=None, strength=None):
    ev = Evidence("s", "urn:art", "t", date, conf, derived_by=derived)
    g.add_edge(s, o, key=key, predicate=key, evidence=[ev], stated=derived is None, positive=True, latest=date)
    if strength is not None:
        g[s][o][key]["strength"] = strength


def toy() -> Projection:
    """Two people linked three ways in two steps: through a shared club, through a weak rumour, and
    through a competition (a hub)."""
    g = nx.MultiDiGraph()
    _edge(g, "urn:a", "urn:club", "playsFor")
    _edge(g, "urn:b", "urn:club", "formerlyPlayedFor")
    _edge(g, "urn:rich", "urn:a", "targets", strength=0.1, conf=0.5)
    _edge(g, "urn:rich", "urn:b", "targets", strength=0.1, conf=0.5)
    _edge(g, "urn:a", "urn:cup", "playsFor")
    _edge(g, "urn:b", "urn:cup", "playsFor")
    types = {"urn:a": "Player", "urn:b": "Player", "urn:club": "Club", "urn:rich": "Club", "urn:cup": "Competition"}
    return Projection(g, {n: n[4:] for n in types}, types)


def test_ranking_prefers_memberships_and_leaves_out_hubs():
    proj = toy()
    paths = best_paths(proj, "urn:a", "urn:b", k=5, max_length=2, filters=Filters())
    middles = [steps[0]["target"] if steps[0]["source"] == "urn:a" else steps[0]["source"] for _s, steps in paths]
    assert middles == ["urn:club", "urn:rich"]  # the competition is a hub: left out
    via = best_paths(proj, "urn:a", "urn:b", k=5, max_length=2, filters=Filters(via=frozenset({"Competition"})))
    assert len(via) == 3


def test_cli_connect_json_and_html(demo_store, tmp_path):
    page = tmp_path / "paths.html"
    res = fkg("connect", "Konate", "Alonso", "--format", "json", "-k", "2", "--html", str(page),
              "--store", demo_store["store"], check=True)
    data = json.loads(res.stdout)
    assert len(data["paths"]) == 2 and data["from"]["label"] == "Ibrahima Konaté"
    html = page.read_text(encoding="utf-8")
    assert '"borderWidth":4' in html  # the path's entities are highlighted
    res = fkg("connect", "Konate", "Alonso", "--lang", "de", "--evidence", "-k", "1", "--store", demo_store["store"], check=True)
    assert "Pfad" in res.stdout and '"' in res.stdout
    res = fkg("connect", "Konate", "Nobody Known", "--store", demo_store["store"])
    assert res.returncode == 1 and res.stderr.startswith("fkg: error:") and "Traceback" not in res.stderr
