"""Cue lexicons per language (data/lexicon/*.yaml), compiled into token patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from graph.config import LEXICON_DIR, read_yaml
from graph.text import fold, pieces

GAP = 16  # tokens a '...' in a cue may skip
_GAP_STOPS = frozenset({",", ";", ":", "(", ")"})


@dataclass(frozen=True)
class Pattern:
    """A compiled cue: elements are ('w', word), ('p', prefix) or ('gap', '')."""

    text: str
    elements: tuple[tuple[str, str], ...]

    def match(self, norms: list[str], i: int) -> int | None:
        """Return the end index if the pattern matches the word pieces starting at ``i``."""
        return _match(self.elements, 0, norms, i)


def _match(els: tuple[tuple[str, str], ...], k: int, norms: list[str], i: int) -> int | None:
    # A loop over the elements, recursing only at a gap: scanning runs this some hundred thousand times an article
    # set, so it stays flat.
    n = len(norms)
    while k < len(els):
        kind, val = els[k]
        if kind == "gap":
            return _match_gap(els, k, norms, i)
        if i >= n:
            return None
        tok = norms[i]
        if tok != val and not (kind == "p" and tok.startswith(val)):
            return None
        i += 1
        k += 1
    return i


def _match_gap(els: tuple[tuple[str, str], ...], k: int, norms: list[str], i: int) -> int | None:
    """The shortest match of a gap at ``els[k]`` and what follows it, from ``i``."""
    if k + 1 == len(els):
        return i
    kind, val = els[k + 1]
    words, j, n = 0, i, len(norms)
    while j <= n and words <= GAP:
        # Only where the element after the gap could start does the rest need trying.
        if kind == "gap" or j < n and (norms[j] == val or kind == "p" and norms[j].startswith(val)):
            end = _match(els, k + 1, norms, j)
            if end is not None:
                return end
        if j == n or norms[j] in _GAP_STOPS and not score_colon(norms, j):
            break  # a gap stays inside its clause: "von X angetreten, der zur Y gewechselt war"
        words += norms[j][:1].isalnum()  # hyphens and quotes inside names ("Ex-<Club>-Trainer") cost nothing
        j += 1
    return None


def speaks_of_coach(lex: Lexicon, norms: list[str]) -> bool:
    """Whether words name a coach's role ("manager", "Trainer") or post ("dugout", "banc")."""
    return any(n in lex.coach_posts for n in norms) \
        or any(role in ("coach", "boss") for _a, _b, _p, role in lex.roles.find(norms))


def opponent_before(lex: Lexicon, norms: list[str], start: int, end: int | None = None) -> bool:
    """Whether an opponent word ("against", "gegen", "the trip to", "frente a") comes right before ``start``,
    an article between them allowed, or (given the name's ``end``) a fixture noun right after it ("for the <Country>
    qualifier"): the team named there is an opponent, not a side meant."""
    k = start - 1 if start > 0 and norms[start - 1] in lex.determiners else start
    if start >= 2 and norms[start - 1] in ("'", "\u2019") and norms[start - 2] + "'" in lex.club_articles:
        k = start - 2  # an elided article: "contre l'<Country>"
    if end is not None and end < len(norms) and norms[end] in lex.fixture_nouns:
        return True
    return k > 0 and (norms[k - 1] in lex.opponent_words or " ".join(norms[max(0, k - 2):k]) in lex.opponent_words)


def score_colon(norms: list[str], j: int) -> bool:
    """The colon of a score ("3:1"), which ends no clause."""
    return norms[j] == ":" and 0 < j < len(norms) - 1 and norms[j - 1].isdigit() and norms[j + 1].isdigit()


def compile_cue(text: str) -> Pattern:
    """Compile 'joined ... from' / 'wechsel*' into a Pattern over folded word pieces."""
    els: list[tuple[str, str]] = []
    for raw in text.split():
        if raw == "...":
            els.append(("gap", ""))
        elif raw.endswith("*") and len(raw) > 1:
            els.extend(("w", p) for p in _words(raw[:-1])[:-1])
            els.append(("p", _words(raw[:-1])[-1]))
        else:
            els.extend(("w", p) for p in _words(raw))
    return Pattern(text, tuple(els))


def _words(text: str) -> list[str]:
    # Apostrophes and hyphens are pieces of their own in the text ("s ' interesse", "ex - teammate"),
    # so a cue keeps them too.
    return [p for p in pieces(text) if p.strip()] or [fold(text)]


@dataclass
class PatternSet:
    """Patterns indexed by their first word for fast scanning; longest match wins."""

    patterns: list[tuple[Pattern, object]] = field(default_factory=list)
    _by_first: dict[str, list[tuple[Pattern, object]]] = field(default_factory=dict)
    _prefixed: list[tuple[Pattern, object]] = field(default_factory=list)
    _candidates: dict[str, tuple[list, dict[str, list]] | None] = field(default_factory=dict)
    _last: frozenset[str] | None = None  # the last words of the patterns (None: one ends in a prefix)

    def add(self, cue: str, payload: object) -> None:
        """Add one cue with the payload returned on a match."""
        pat = compile_cue(cue)
        if not pat.elements:
            return
        self.patterns.append((pat, payload))
        self._candidates.clear()
        self._last = None
        kind, val = pat.elements[0]
        if kind == "w":
            self._by_first.setdefault(val, []).append((pat, payload))
        else:
            self._prefixed.append((pat, payload))

    def matches_at(self, norms: list[str], i: int) -> list[tuple[int, Pattern, object]]:
        """All (end, pattern, payload) matching at ``i``, longest first (ties in the order the cues were added)."""
        cands = self._candidates_for(norms[i])
        if not cands:
            return []
        loose, by_second = cands
        ranked = loose
        if i + 1 < len(norms) and (more := by_second.get(norms[i + 1])):
            ranked = sorted(loose + more) if loose else more
        found = [(end, rank, p, pl) for rank, p, pl in ranked if (end := _match(p.elements, 0, norms, i)) is not None]
        if len(found) > 1:
            found.sort(key=lambda x: (-x[0], x[1]))
        return [(end, p, pl) for end, _rank, p, pl in found]

    def _candidates_for(self, word: str) -> tuple[list, dict[str, list]] | None:
        # Most words start no cue; remembering each word's candidates makes scanning a dict lookup. They are
        # split by their second word where it is one (most are), so that a common first word ("the", "de")
        # tries only the cues its next word can continue.
        if word in self._candidates:
            return self._candidates[word]
        cands = self._by_first.get(word, []) + [c for c in self._prefixed if word.startswith(c[0].elements[0][1])]
        loose: list = []
        by_second: dict[str, list] = {}
        for rank, (pat, payload) in enumerate(cands):
            second = pat.elements[1] if len(pat.elements) > 1 else ("", "")
            # (a pattern that opens with a gap may meet its second element anywhere later)
            (by_second.setdefault(second[1], []) if second[0] == "w" and pat.elements[0][0] != "gap"
             else loose).append((rank, pat, payload))
        entry = (loose, by_second) if cands else None
        if len(self._candidates) < 100_000:
            self._candidates[word] = entry
        return entry

    def ending_at(self, norms: list[str], end: int, reach: int = 4) -> tuple[int, object] | None:
        """(start, payload) of a pattern that ends right before ``end`` and starts at most ``reach`` pieces earlier."""
        if self._last is None:
            ends = [p.elements[-1] for p, _ in self.patterns]
            self._last = frozenset(v for k, v in ends if k == "w") if all(k == "w" for k, _ in ends) else frozenset()
        if self._last and (end == 0 or norms[end - 1] not in self._last):
            return None  # no pattern ends in the word before: the common case, one set lookup
        for k in range(max(0, end - reach), end):
            for stop, _pat, payload in self.matches_at(norms, k):
                if stop == end:
                    return k, payload
        return None

    def find(self, norms: list[str]) -> list[tuple[int, int, Pattern, object]]:
        """Non-overlapping matches left to right, longest at each position."""
        if not self._prefixed and self._by_first.keys().isdisjoint(norms):
            return []  # most sentences hold no first word of a short list's patterns: one C-level check
        out, i = [], 0
        known, n = self._candidates, len(norms)
        while i < n:
            entry = known.get(norms[i], ())
            if entry is None or entry and not entry[0] and (i + 1 == n or norms[i + 1] not in entry[1]):
                i += 1  # no cue starts here: known without trying one
                continue
            hits = self.matches_at(norms, i)
            if hits:
                end, pat, payload = hits[0]
                out.append((i, end, pat, payload))
                i = max(end, i + 1)
            else:
                i += 1
        return out


@dataclass
class RelationCue:
    """What a relation cue means: its frame and where its arguments are looked for."""

    frame: str
    person: str
    team: str
    confidence: float
    negation_before: bool = True  # False where what precedes the cue is another party's act ("X rejected a bid from")
    affirms: bool = False  # a negation inside the cue is part of what it affirms ("<Club> insist X is not for sale")
    suitor_left: bool = False  # the club before the cue wants the person ("<Club> are in talks with <Other> over X")
    to_topic_club: bool = False  # a move told as news with no destination named goes to the article's club
    from_topic_club: bool = False  # a departure told in news about a club is from that club ("le départ de X à <Club>")
    any_role: bool = False  # the person may be a player as well as a coach ("a replacement for X")


@dataclass
class Lexicon:
    """The compiled cue lexicon of one language."""

    lang: str
    subject_pronouns: set[str]
    object_pronouns: set[str]
    possessives: set[str]
    team_possessives: set[str]  # "their", "leur": a team's, before its coach ("leur entraîneur, X")
    relative_pronouns: set[str]
    determiners: set[str]
    indefinites: set[str]
    prepositions: set[str]
    age_descriptor: re.Pattern | None
    roles: PatternSet
    former_markers: PatternSet
    club_nouns: set[str]
    negation: PatternSet
    hedges: PatternSet
    source_cues: PatternSet
    report_anaphors: PatternSet
    relations: PatternSet
    lineup_markers: PatternSet
    subordinators: set[str]
    fronted_subordinators: set[str]
    current_markers: set[str]  # "the current manager X": a post held now, in a list of past ones
    first_team_words: set[str]  # "l'équipe première": a squad of the club the sentence has named
    childhood_after: PatternSet  # "moved to <Town> as a child": the name before them is a place
    recent_seasons: PatternSet  # "this season", "la saison passée": a time the coach named then likely still leads
    motion_verbs: set[str]
    self_markers: set[str]
    conjunctions: set[str]
    paired_conjunctions: set[str]  # "sowohl A als auch B", "A ainsi que B": words that join two names as one
    team_prepositions: set[str]
    contract_cues: PatternSet
    contract_others: PatternSet  # "release clause": what expires is not the contract
    until_words: PatternSet
    months: list[str]
    next_summer: PatternSet
    season_end: PatternSet
    open_name_discovery: bool = True
    pro_drop: bool = False  # the language leaves a known subject unsaid ("Después entrenó al <Club>")
    lowercase_demonym_nouns: bool = False  # "el francés": a demonym after an article is a person, written in lower case
    ordinal_full_stop: bool = False  # "die 84. Minute": numbers with a full stop are ordinals, not a sentence's end
    locative_prepositions: set[str] = field(default_factory=set)
    member_prepositions: set[str] = field(default_factory=set)
    origin_prepositions: set[str] = field(default_factory=set)
    copulas: PatternSet = field(default_factory=PatternSet)
    weak_until: set[str] = field(default_factory=set)
    expiry_words: PatternSet = field(default_factory=PatternSet)
    # periods of a spell at a team ("since 2021", "(2015-2019)", "left in 2019")
    since_words: set[str] = field(default_factory=set)
    from_words: set[str] = field(default_factory=set)  # "ab 2010": a start that says nothing of an end
    until_period_words: set[str] = field(default_factory=set)
    year_prepositions: set[str] = field(default_factory=set)
    period_fillers: set[str] = field(default_factory=set)
    range_joiners: set[str] = field(default_factory=set)
    arrival_words: set[str] = field(default_factory=set)
    departure_words: set[str] = field(default_factory=set)
    national_team_nouns: PatternSet = field(default_factory=PatternSet)
    under_coach: PatternSet = field(default_factory=PatternSet)
    worked_with: PatternSet = field(default_factory=PatternSet)  # "who worked with X at <Club>": X's tie there is past
    headed_by: PatternSet = field(default_factory=PatternSet)
    new_words: set[str] = field(default_factory=set)
    function_words: set[str] = field(default_factory=set)  # words of the language that are never a name alone
    succession: PatternSet = field(default_factory=PatternSet)
    succession_by: PatternSet = field(default_factory=PatternSet)  # "X sera remplacé par Y": Y succeeds X
    own_club_roles: PatternSet = field(default_factory=PatternSet)
    kin_words: PatternSet = field(default_factory=PatternSet)  # "the son of X": a family tie, not a club's
    replacement_words: PatternSet = field(default_factory=PatternSet)  # "a replacement for X": X is going or gone
    not_descriptors: PatternSet = field(default_factory=PatternSet)  # "la defensa": a team's unit, not "el defensa"
    left_after_name: PatternSet = field(default_factory=PatternSet)  # "since X left": gone, no destination named
    departure_of: PatternSet = field(default_factory=PatternSet)  # "the departure of X": gone, no destination named
    arrival_from: PatternSet = field(default_factory=PatternSet)  # "joined from <Club>": came to the article's club
    signing_nouns: set[str] = field(default_factory=set)  # "<Coach>'s first signing": his club signed him
    coach_choices: PatternSet = field(default_factory=PatternSet)  # "<Coach> can count on X": X is in his team
    coach_team_before: PatternSet = field(default_factory=PatternSet)
    coach_team_after: PatternSet = field(default_factory=PatternSet)
    coach_team_owner: set[str] = field(default_factory=set)  # "el <Club> de <Coach>": words between club and coach
    background_auxiliaries: set[str] = field(default_factory=set)
    birth_markers: set[str] = field(default_factory=set)
    outlet_nouns: PatternSet = field(default_factory=PatternSet)  # "the newspaper <Name>": an outlet's name follows
    rival_cues: PatternSet = field(default_factory=PatternSet)  # "face competition from <Club>": a rival suitor
    retirement: PatternSet = field(default_factory=PatternSet)  # "before retiring", "beendete seine Karriere"
    club_articles: set[str] = field(default_factory=set)  # "al <Name>": an article before a name makes it a club
    player_phase: PatternSet = field(default_factory=PatternSet)  # "As a player, ...": a playing career
    loan_words: PatternSet = field(default_factory=PatternSet)  # "returned on loan": a player's tie, never a coach's
    known_as: PatternSet = field(default_factory=PatternSet)  # "<Full name>, known as <Name>": one person
    past_under: PatternSet = field(default_factory=PatternSet)  # "who played under X": X's post was a past one
    coach_plans: PatternSet = field(default_factory=PatternSet)  # "dans les plans de X": X leads the player's club now
    located_in: set[str] = field(default_factory=set)  # "el Olympiacos de Grecia": the country a club or tournament is in
    source_intros: PatternSet = field(default_factory=PatternSet)  # "according to", "según": a source's name follows
    shared_subject: PatternSet = field(default_factory=PatternSet)  # "before joining", "avant de": the subject is shared
    additive_markers: set[str] = field(default_factory=set)  # "also", "también": one more suitor for the same man
    agent_prepositions: set[str] = field(default_factory=set)  # "saved by X": X acted, as a subject would
    footballer_nouns: set[str] = field(default_factory=set)  # "a former footballer": a career, not a position
    example_markers: PatternSet = field(default_factory=PatternSet)  # "signed five players, including X": X among them
    sequence_words: set[str] = field(default_factory=set)  # "then", "puis": what follows came after
    opposed_phrases: PatternSet = field(default_factory=PatternSet)  # "saves from X": X is on the other side
    league_nouns: set[str] = field(default_factory=set)  # "le championnat d'<Country>": the country's league, no team
    destination_prepositions: set[str] = field(default_factory=set)  # "sold X to <Club>"
    post_prepositions: set[str] = field(default_factory=set)  # "replaced X at <Club>": where the post is
    place_relatives: set[str] = field(default_factory=set)  # "<Club>, where he ...": the clause is set at the club
    # "beim 2:0 von <Club> gegen <Other>", "in <Club>'s 3-1 win": a result told as one side's, and what its
    # players do in it
    result_of: set[str] = field(default_factory=set)
    match_actions: PatternSet = field(default_factory=PatternSet)
    scorer_phrases: PatternSet = field(default_factory=PatternSet)  # "goals from": a list of one side's scorers follows
    scorer_result_verbs: PatternSet = field(default_factory=PatternSet)  # "gave": the side they scored for follows
    defeat_words: PatternSet = field(default_factory=PatternSet)  # "were beaten": the sentence's first team lost
    opponent_words: set[str] = field(default_factory=set)  # "gegen <Team>": an opponent, not the side meant
    side_nouns: set[str] = field(default_factory=set)  # "the team": a club noun that may mean a national side
    fixture_nouns: set[str] = field(default_factory=set)  # "the <Country> qualifier": the team after it is an opponent
    national_coach_roles: PatternSet = field(default_factory=PatternSet)  # "Teamchef X": a national side's coach
    coach_posts: set[str] = field(default_factory=set)  # "the bench", "el banquillo": a rumour for one wants a coach
    # an elided object clitic and the auxiliaries that show it is one ("l'avait recruté"; not "l'attaquant")
    object_clitics: dict[str, frozenset[str]] = field(default_factory=dict)
    assistant_of: PatternSet = field(default_factory=PatternSet)  # "assistant to X", "Co-Trainer von X": X is a coach
    # a biography's section headings, by the career they tell ("player", "coach"; "" for any other section)
    section_headings: dict[str, str] = field(default_factory=dict)
    section_words: dict[str, str] = field(default_factory=dict)  # "Early coaching career": a heading's telling word
    predicative_markers: set[str] = field(default_factory=set)  # "appointed X as their new coach": a role, said of X
    counterpart_nouns: set[str] = field(default_factory=set)  # "his counterpart X": he coaches the other side
    # a contract's remaining term: "two and a half years left", "noch zwei Jahre", "un an de contrat restant"
    number_words: dict[str, int] = field(default_factory=dict)
    half_words: PatternSet = field(default_factory=PatternSet)
    year_units: set[str] = field(default_factory=set)
    month_units: set[str] = field(default_factory=set)
    remaining_words: PatternSet = field(default_factory=PatternSet)
    # a new deal's length: "on a three-year deal", "un contrat de trois ans", "firma por dos temporadas"
    length_after: set[str] = field(default_factory=set)
    length_before: PatternSet = field(default_factory=PatternSet)
    next_words: set[str] = field(default_factory=set)  # "las dos próximas temporadas": between number and unit


def role_ending_at(lex: Lexicon, norms: list[str], end: int) -> tuple[str, int] | None:
    """The role noun ("coach", "Innenverteidiger", "head coach") that ends right before ``end``, with its start."""
    hit = lex.roles.ending_at(norms, end)
    return (hit[1], hit[0]) if hit else None


def _set(words: list[str]) -> set[str]:
    return {fold(_word(w)) for w in words or []}


def _word(w: object) -> str:
    # YAML 1.1 reads bare on/no/yes as booleans: a lexicon must quote them.
    if not isinstance(w, str):
        raise ValueError(f"lexicon entry {w!r} is not a string; quote it in the YAML file")
    return w


def _patterns(words: list[str], payload: object = True) -> PatternSet:
    ps = PatternSet()
    for w in words or []:
        ps.add(_word(w), payload)
    return ps


@lru_cache(maxsize=8)
def load_lexicon(lang: str, directory: Path = LEXICON_DIR) -> Lexicon:
    """Load and compile data/lexicon/<lang>.yaml (English when the language has no lexicon)."""
    path = directory / f"{lang}.yaml"
    if not path.exists():
        path = directory / "en.yaml"
    data = read_yaml(path)
    roles = PatternSet()
    for role, words in (data.get("role_nouns") or {}).items():
        for w in words:
            roles.add(_word(w), role)
    relations = PatternSet()
    for rel in data.get("relations") or []:
        cue = RelationCue(rel["frame"], rel.get("person", "left"), rel.get("team", "right"),
                          float(rel.get("confidence", 0.8)), bool(rel.get("negation_before", True)),
                          bool(rel.get("affirms", False)), bool(rel.get("suitor_left", False)),
                          bool(rel.get("to_topic_club", False)), bool(rel.get("from_topic_club", False)),
                          bool(rel.get("any_role", False)))
        for c in rel["cues"]:
            relations.add(_word(c), cue)
    pron = data.get("pronouns") or {}
    age = data.get("age_descriptor")
    lex = Lexicon(
        lang=data.get("language", lang),
        subject_pronouns=_set(pron.get("subject")),
        object_pronouns=_set(pron.get("object")),
        object_clitics={fold(k): frozenset(fold(w) for w in v) for k, v in (pron.get("object_clitic") or {}).items()},
        possessives=_set(pron.get("possessive")),
        team_possessives=_set(pron.get("team_possessive")),
        relative_pronouns=_set(data.get("relative_pronouns")),
        determiners=_set(data.get("determiners")),
        indefinites=_set(data.get("indefinites")),
        prepositions=_set(data.get("prepositions")),
        age_descriptor=re.compile(age, re.I) if age else None,
        roles=roles,
        former_markers=_patterns(data.get("former_markers")),
        club_nouns=_set(data.get("club_nouns")),
        negation=_patterns(data.get("negation")),
        hedges=_patterns(data.get("hedges")),
        source_cues=_patterns(data.get("source_cues")),
        report_anaphors=_patterns(data.get("report_anaphors")),
        relations=relations,
        lineup_markers=_patterns(data.get("lineup_markers")),
        subordinators=_set(data.get("subordinators")),
        fronted_subordinators=_set(data.get("fronted_subordinators")),
        current_markers=_set(data.get("current_markers")),
        first_team_words=_set(data.get("first_team_words")),
        childhood_after=_patterns(data.get("childhood_after")),
        recent_seasons=_patterns(data.get("recent_seasons")),
        motion_verbs=_set(data.get("motion_verbs")),
        self_markers=_set(data.get("self_markers")),
        conjunctions=_set(data.get("conjunctions")),
        paired_conjunctions=_set(data.get("paired_conjunctions")),
        team_prepositions=_set(data.get("team_prepositions")),
        contract_cues=_patterns((data.get("contract") or {}).get("cues")),
        contract_others=_patterns((data.get("contract") or {}).get("others")),
        until_words=_patterns((data.get("contract") or {}).get("until")),
        months=[fold(_word(m)) for m in (data.get("dates") or {}).get("months", [])],
        next_summer=_patterns((data.get("dates") or {}).get("next_summer")),
        season_end=_patterns((data.get("dates") or {}).get("season_end")),
        # German capitalises every noun, so a capitalised run alone says nothing about a name there.
        open_name_discovery=not data.get("capitalised_nouns", False),
        pro_drop=bool(data.get("pro_drop", False)),
        lowercase_demonym_nouns=data.get("demonym_nouns") == "lowercase",
        ordinal_full_stop=bool(data.get("ordinal_full_stop", False)),
        locative_prepositions=_set(data.get("locative_prepositions")),
        member_prepositions=_set(data.get("member_prepositions")),
        origin_prepositions=_set(data.get("origin_prepositions")),
        copulas=_patterns(data.get("copulas")),
        weak_until=_set((data.get("contract") or {}).get("weak_until")),
        expiry_words=_patterns((data.get("contract") or {}).get("expiry")),
        national_team_nouns=_patterns(data.get("national_team_nouns")),
        under_coach=_patterns(data.get("under_coach"), "coach"),
        worked_with=_patterns(data.get("worked_with")),
        headed_by=_patterns(data.get("headed_by")),
        new_words=_set(data.get("new_words")),
        succession=_patterns(data.get("succession")),
        succession_by=_patterns(data.get("succession_by")),
        own_club_roles=_patterns(data.get("own_club_roles")),
        kin_words=_patterns(data.get("kin_words")),
        replacement_words=_patterns(data.get("replacement_words")),
        not_descriptors=_patterns(data.get("not_descriptors")),
        left_after_name=_patterns(data.get("left_after_name")),
        departure_of=_patterns(data.get("departure_of")),
        arrival_from=_patterns(data.get("arrival_from")),
        signing_nouns=_set(data.get("signing_nouns")),
        coach_choices=_patterns(data.get("coach_choices")),
        coach_team_before=_patterns((data.get("coach_team") or {}).get("before")),
        coach_team_after=_patterns((data.get("coach_team") or {}).get("after")),
        coach_team_owner=_set((data.get("coach_team") or {}).get("owner")),
        background_auxiliaries=_set(data.get("background_auxiliaries")),
        birth_markers=_set(data.get("birth_markers")),
        outlet_nouns=_patterns(data.get("outlet_nouns")),
        rival_cues=_patterns(data.get("rival_cues")),
        retirement=_patterns(data.get("retirement")),
        club_articles=_set(data.get("club_articles")),
        player_phase=_patterns(data.get("player_phase")),
        loan_words=_patterns(data.get("loan_words")),
        known_as=_patterns(data.get("known_as")),
        past_under=_patterns(data.get("past_under")),
        coach_plans=_patterns(data.get("coach_plans")),
        located_in=_set(data.get("located_in")),
        counterpart_nouns=_set(data.get("counterpart_nouns")),
        predicative_markers=_set(data.get("predicative_markers")),
        shared_subject=_patterns(data.get("shared_subject")),
        additive_markers=_set(data.get("additive_markers")),
        example_markers=_patterns(data.get("example_markers")),
        footballer_nouns=_set(data.get("footballer_nouns")),
        agent_prepositions=_set(data.get("agent_prepositions")),
        sequence_words=_set(data.get("sequence_words")),
        opposed_phrases=_patterns(data.get("opposed_phrases")),
        league_nouns=_set(data.get("league_nouns")),
        assistant_of=_patterns(data.get("assistant_of")),
        destination_prepositions=_set(data.get("destination_prepositions")),
        post_prepositions=_set(data.get("post_prepositions")),
        place_relatives=_set(data.get("place_relatives")),
        result_of=_set(data.get("result_of")),
        match_actions=_patterns(data.get("match_actions")),
        scorer_phrases=_patterns(data.get("scorer_phrases")),
        scorer_result_verbs=_patterns(data.get("scorer_result_verbs")),
        defeat_words=_patterns(data.get("defeat_words")),
        national_coach_roles=_patterns(data.get("national_coach_roles")),
        opponent_words=_set(data.get("opponent_words")),
        fixture_nouns=_set(data.get("fixture_nouns")),
        side_nouns=_set(data.get("side_nouns")),
        coach_posts=_set(data.get("coach_posts")),
        section_headings={" ".join(pieces(h)): phase if phase != "other" else ""
                          for phase, heads in (data.get("section_headings") or {}).items() for h in heads},
        section_words={fold(w): phase for phase, words in (data.get("section_words") or {}).items() for w in words},
        source_intros=_patterns(data.get("source_intros")),
        **_remaining((data.get("dates") or {}).get("remaining") or {}),
        **_periods(data.get("periods") or {}, data),
    )
    lex.function_words = (lex.prepositions | lex.determiners | lex.conjunctions | lex.subordinators
                          | lex.subject_pronouns | lex.relative_pronouns)
    return lex


def _remaining(r: dict) -> dict:
    """The words of a contract's remaining term ("two and a half years left")."""
    return {"number_words": {fold(_word(k)): int(v) for k, v in (r.get("numbers") or {}).items()},
            "half_words": _patterns(r.get("half")), "year_units": _set(r.get("years")),
            "month_units": _set(r.get("months")), "remaining_words": _patterns(r.get("left")),
            "length_after": _set((r.get("length") or {}).get("after")),
            "length_before": _patterns((r.get("length") or {}).get("before")), "next_words": _set(r.get("next"))}


def _periods(p: dict, data: dict) -> dict:
    months = (data.get("dates") or {}).get("months", [])
    return {
        "since_words": _set(p.get("since")),
        "from_words": _set(p.get("from")),
        "until_period_words": _set(p.get("until")),
        "year_prepositions": _set(p.get("in")),
        "period_fillers": _set(p.get("fillers")) | _set(months),
        "range_joiners": _set(p.get("range")) | {"-"},
        "arrival_words": _set(p.get("arrival")),
        "departure_words": _set(p.get("departure")),
    }


@lru_cache(maxsize=1)
def given_names(directory: Path = LEXICON_DIR) -> frozenset[str]:
    """Folded given names: data/lexicon/given_names.txt plus the name dictionary shipped with
    gender-guesser (about 45,000 given names from many countries), minus words that are never names."""
    names: set[str] = set()
    for line in (directory / "given_names.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            names.update(fold(w) for w in line.split())
    names.update(_name_dictionary())
    return frozenset(names - _never_names(directory))


def _name_dictionary() -> set[str]:
    # Columns 3-29 of gender-guesser's nam_dict.txt hold the name; '+' joins parts ("Jun+Wei").
    try:
        from importlib.resources import files

        path = files("gender_guesser") / "data" / "nam_dict.txt"
        text = path.read_text(encoding="utf-8", errors="replace")
    except (ImportError, ModuleNotFoundError, FileNotFoundError, OSError):
        return set()
    out: set[str] = set()
    for line in text.splitlines():
        if line[:1] in ("#", "=", "") or len(line) < 4:
            continue
        name = line[3:29].strip()
        if name and "+" not in name and " " not in name:
            out.add(fold(name))
    return out


def _never_names(directory: Path) -> set[str]:
    data = read_yaml(directory / "names.yaml")
    return {fold(str(w)) for w in data.get("not_names", []) + data.get("not_given_names", [])}
