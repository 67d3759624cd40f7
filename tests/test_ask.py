"""fkg ask: English and German questions mapped to saved queries, answered in words; unknown questions
get the list of what can be asked."""

import pytest

from graph.ask import ask, examples, intents
from graph.errors import FkgError
from graph.store import open_store
from tests.conftest import fkg


@pytest.fixture
def demo(demo_store):
    st = open_store(demo_store["store"])
    yield st
    st.close()


@pytest.mark.parametrize("question, intent, expected", [
    ("How is Konaté connected to Xabi Alonso?", "connection", "Xabi Alonso coaches Real Madrid CF"),
    ("Wie ist Konate mit Xabi Alonso verbunden?", "connection", "Xabi Alonso trainiert Real Madrid CF"),
    ("Who are Upamecano's former teammates?", "former-teammates", "Ibrahima Konaté"),
    ("Wer sind die ehemaligen Mitspieler von Upamecano?", "former-teammates", "Ibrahima Konaté"),
    ("Which of Upamecano's former teammates play for Liverpool?", "former-teammates-at", "Ibrahima Konaté"),
    ("Which clubs want Konaté?", "clubs-targeting", "Real Madrid CF (3 for, 2 against"),
    ("Welche Vereine wollen Upamecano?", "clubs-targeting", "Real Madrid CF"),
    ("Who coaches Real Madrid?", "club-coaches", "Xabi Alonso (now)"),
    ("Wer trainiert die Königlichen?", "club-coaches", "Xabi Alonso (aktuell)"),
    ("Who plays for Liverpool?", "club-players", "Ibrahima Konaté (now)"),
    ("Who did Upamecano play for?", "player-clubs", "RB Leipzig (formerly)"),
    ("When does Konaté's contract end?", "contract-end", "2026-06"),
    ("Bis wann läuft der Vertrag von Konaté?", "contract-end", "2026-06"),
    ("Who reported that Real Madrid want Konaté?", "claim-reporters", "Konate feels 'betrayed'"),
    ("What are the strongest rumours for Real Madrid?", "club-rumours", "strongest first: Dayot Upamecano (strength "),
    ("Wen will Real Madrid verpflichten?", "club-rumours", ": Dayot Upamecano (Stärke "),
    ("Wer hat Upamecano trainiert?", "person-coaches", "Trainer der Mannschaften von Dayot Upamecano"),
])
def test_questions(demo, question, intent, expected):
    answer = ask(demo, question)
    assert answer.intent == intent
    assert expected in answer.text, answer.text
    if intent != "connection":
        assert "VALUES" in answer.sparql and "<https://w3id.org/football-kg/resource/" in answer.sparql


def test_an_unmapped_question_lists_what_can_be_asked(demo):
    with pytest.raises(FkgError, match="I cannot answer that question") as err:
        ask(demo, "What is the capital of France?")
    assert "Who coaches" in str(err.value) and "Real Madrid CF" in str(err.value)  # examples from this graph
    with pytest.raises(FkgError, match="Diese Frage kann ich nicht beantworten"):
        ask(demo, "Was ist die Hauptstadt von Frankreich?")
    with pytest.raises(FkgError, match="no entity matches"):
        ask(demo, "Who coaches Qwertzuiop FC?")


def test_every_intent_has_an_example_in_both_languages():
    for intent in intents():
        assert set(intent.langs) == {"en", "de"}, intent.name
    assert len(examples(lang="de")) == len(intents())


def test_cli_ask_shows_sparql_that_runs(demo_store):
    res = fkg("ask", "Who did Upamecano play for?", "--show-sparql", "--store", demo_store["store"], check=True)
    answer, sparql = res.stdout.split("# SPARQL", 1)
    assert "FC Bayern München (now)" in answer
    query = sparql.split("\n", 1)[1]
    rerun = fkg("query", query, "--format", "csv", "--store", demo_store["store"], check=True)
    assert "FC Bayern München" in rerun.stdout  # the SPARQL shown is the SPARQL that answered
    res = fkg("ask", "Tell me a joke", "--store", demo_store["store"])
    assert res.returncode == 1 and res.stderr.count("\n") == 1 and "I can answer questions like" in res.stderr


def test_a_claim_citing_two_sources_counts_once(tmp_path):
    # one rumour, credited to two outlets: one article's claim, not two
    art = tmp_path / "a.md"
    art.write_text("---\ntitle: Arsenal want Saliba\ndate: 2025-09-01\nlang: en\n---\nArsenal want to sign William "
                   "Saliba, according to Marca and L'Équipe.\n", encoding="utf-8")
    store = str(tmp_path / "store")
    fkg("build", str(art), "--store", store, "--exports", str(tmp_path / "exports"), check=True)
    st = open_store(store)
    try:
        answer = ask(st, "Which clubs want Saliba?")
    finally:
        st.close()
    assert "(1 for, 0 against" in answer.text, answer.text
    assert "Marca" in answer.text and "L'Équipe" in answer.text, answer.text
