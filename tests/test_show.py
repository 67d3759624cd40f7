"""fkg show / fkg neighbours: everything about one entity."""

import json

from tests.conftest import fkg


def test_show_groups_relations_with_claims(demo_store):
    res = fkg("show", "Upamecano", "--format", "json", "--store", demo_store["store"], check=True)
    info = json.loads(res.stdout)
    assert info["label"] == "Dayot Upamecano" and info["type"] == "Player" and "Upa" in info["aliases"]
    assert info["contract_until"][0]["until"] == "2026-06"
    rels = info["relations"]
    assert {"plays for", "formerly played for", "targeted by", "former teammate of"} <= set(rels)
    real = next(e for e in rels["targeted by"] if e["label"] == "Real Madrid CF")
    assert real["strength"] > 0.5 and all(c["sentence"] for c in real["claims"])
    assert rels["targeted by"][0]["label"] == "Real Madrid CF"  # strongest first


def test_neighbours_text_and_ego_page(demo_store, tmp_path):
    page = tmp_path / "ego.html"
    res = fkg("neighbours", "Real Madrid", "--html", str(page), "--depth", "1", "--store", demo_store["store"], check=True)
    assert "Real Madrid CF (Club), Wikidata Q8682" in res.stdout
    assert "targets:" in res.stdout and "president:" in res.stdout and "against" in res.stdout
    html = page.read_text(encoding="utf-8")
    assert "Around Real Madrid CF" in html and "Alex Ferguson" not in html  # only the neighbourhood
