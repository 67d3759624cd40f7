"""Property-based tests (hypothesis): normaliser, name matching, IRI minting, front matter, RDF round trips."""

import pyoxigraph as ox
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef

from graph.articles import article_from_text, decode
from graph.config import FKR
from graph.errors import FkgError
from graph.export import serialize_triples
from graph.reference import alias_key
from graph.text import fold, slug

LATIN = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzéèêëáàâäóòôöúùûüíïñçšžčćßø -'."), max_size=40)
ANY_TEXT = st.text(max_size=300)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(ANY_TEXT)
def test_fold_is_idempotent_and_caseless(text):
    once = fold(text)
    assert fold(once) == once
    assert once == once.casefold()


@SETTINGS
@given(LATIN)
def test_names_match_whatever_the_case_and_accents(name):
    assert alias_key(name.upper()) == alias_key(name) == alias_key(name.title())
    assert alias_key(fold(name)) == alias_key(name)


@SETTINGS
@given(ANY_TEXT)
def test_minted_iris_are_safe(name):
    segment = slug(name)
    assert segment and len(segment) <= 80
    assert all(c in "abcdefghijklmnopqrstuvwxyz0123456789-" for c in segment)
    assert not segment.startswith("-") and not segment.endswith("-")
    ox.NamedNode(str(FKR[f"person/{segment}"]))  # a valid IRI for the store


@SETTINGS
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_give_a_clear_error(data):
    try:
        text = decode(data, "x")
    except FkgError as exc:
        assert str(exc).startswith("x: ")
        return
    assert isinstance(text, str) and "\r" not in text


@SETTINGS
@given(ANY_TEXT)
def test_any_text_is_an_article_or_a_clear_error(text):
    try:
        article = article_from_text(text, "a.md")
    except FkgError as exc:
        assert str(exc).startswith("a.md: ") and "\n" not in str(exc)
        return
    assert article.text.strip()


FRONT = st.fixed_dictionaries({
    # YAML folds line breaks (including NEL and U+2028/9) in scalars: titles are one line of text.
    "title": st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=60)
    .filter(lambda s: s.strip() == s and s),
    "lang": st.sampled_from(["en", "de", "fr", "es"]),
    "date": st.dates().map(lambda d: d.isoformat()),
    "url": st.from_regex(r"https://example\.org/[a-z0-9/-]{1,30}", fullmatch=True),
})


@SETTINGS
@given(FRONT, st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=200)
       .filter(lambda s: s.strip() and not s.lstrip().startswith(("---", "date"))))
def test_front_matter_round_trips(meta, body):
    text = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + body
    a = article_from_text(text, "a.md")
    assert (a.title, a.lang, a.date.isoformat(), a.url) == (meta["title"], meta["lang"], meta["date"], meta["url"])


LITERALS = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60).map(Literal),
    st.tuples(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30),
              st.sampled_from(["en", "de", "fr", "es"])).map(lambda t: Literal(t[0], lang=t[1])),
)
TRIPLES = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 3), LITERALS), min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(TRIPLES)
def test_rdf_exports_load_back_isomorphic(rows):
    g = Graph()
    for s, p, o in rows:
        g.add((FKR[f"e{s}"], URIRef(f"https://w3id.org/football-kg/ontology#p{p}"), o))
    triples = list(ox.parse(g.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES))
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in triples]
    for fmt, parser in (("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")):
        back = Graph().parse(data=serialize_triples(triples, fmt), format=parser)
        assert back.isomorphic(g), fmt
    quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode("urn:g")) for t in triples]
    for fmt, parser in ((ox.RdfFormat.TRIG, "trig"), (ox.RdfFormat.N_QUADS, "nquads")):
        ds = Dataset().parse(data=ox.serialize(quads, format=fmt).decode("utf-8"), format=parser)
        assert ds.graph(URIRef("urn:g")).isomorphic(g)
