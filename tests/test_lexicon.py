"""Cue patterns: what a cue matches, where a gap may reach, and which of several matches wins."""

from graph.lexicon import GAP, PatternSet, compile_cue, load_lexicon
from graph.text import pieces


def _set(*cues: str) -> PatternSet:
    ps = PatternSet()
    for k, cue in enumerate(cues):
        ps.add(cue, k)
    return ps


def test_words_prefixes_and_gaps_compile_to_elements():
    assert compile_cue("joined ... from").elements == (("w", "joined"), ("gap", ""), ("w", "from"))
    assert compile_cue("wechsel*").elements == (("p", "wechsel"),)
    assert compile_cue("s'intéresse").elements == (("w", "s"), ("w", "'"), ("w", "interesse"))


def test_longest_match_wins_and_ties_keep_the_order_cues_were_added():
    ps = _set("signed for", "signed", "signed for")
    hits = ps.matches_at(pieces("He signed for the club"), 1)
    assert [(end, payload) for end, _pat, payload in hits] == [(3, 0), (3, 2), (2, 1)]
    assert [(s, e, payload) for s, e, _pat, payload in ps.find(pieces("He signed for the club"))] == [(1, 3, 0)]


def test_a_cue_with_a_shared_first_word_is_found_whichever_word_follows():
    ps = _set("the move to", "the club", "the")
    found = [(s, e, payload) for s, e, _p, payload in ps.find(pieces("the move to the club of the year"))]
    assert found == [(0, 3, 0), (3, 5, 1), (6, 7, 2)]  # "the year": only the one-word cue
    # a gap cue is tried whatever the second word, and the longer match wins
    ps = _set("the move to", "the", "the ... of")
    assert [(s, e, payload) for s, e, _p, payload in ps.find(pieces("the end of it"))] == [(0, 3, 2)]
    assert [(s, e, payload) for s, e, _p, payload in ps.find(pieces("the move to it"))] == [(0, 3, 0)]


def test_a_prefix_matches_inflected_words():
    ps = _set("wechsel* zu")
    assert ps.find(pieces("er wechselte zu Y"))[0][:2] == (1, 3)
    assert ps.find(pieces("er wechselt nach Y")) == []


def test_a_gap_takes_the_shortest_span_and_stays_inside_its_clause():
    ps = _set("joined ... from")
    assert ps.find(pieces("he joined the club from Y, and from Z"))[0][:2] == (1, 5)
    assert ps.find(pieces("he joined the club, who came from Y")) == []
    # the colon of a score ends no clause
    assert ps.find(pieces("joined 2:1 from Y"))[0][:2] == (0, 5)


def test_a_gap_reaches_only_so_many_words():
    ps = _set("joined ... from")
    near = "joined " + "very " * GAP + "from Y"
    far = "joined " + "very " * (GAP + 1) + "from Y"
    assert ps.find(pieces(near))
    assert ps.find(pieces(far)) == []


def test_a_cue_ending_right_before_a_position_is_found():
    ps = _set("according to", "told")
    norms = pieces("according to Y")
    assert ps.ending_at(norms, 2) == (0, 0)
    assert ps.ending_at(norms, 1) is None


def test_every_language_compiles_its_lexicon():
    for lang in ("en", "de", "es", "fr"):
        lex = load_lexicon(lang)
        assert lex.lang == lang
