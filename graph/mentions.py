"""Find mentions in sentences: known names (reference aliases), unknown names, pronouns, descriptions.

Mentions are found here; which entity a pronoun or description refers to is decided in coref.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from graph.config import FKR, LEXICON_DIR, read_yaml
from graph.dates import YEAR
from graph.lexicon import Lexicon, given_names, role_ending_at
from graph.reference import (
    PERSON_TYPES,
    AliasEntry,
    Entity,
    Reference,
    alias_key,
    article_contractions,
    article_declensions,
    generic_club_words,
)
from graph.text import Sentence, Token, fold, genitive_at, is_word, raw_pieces, slug

YOUNGEST_COACH = 30  # an age below this describes a player
OLDEST_PLAYER = 45  # an age above this describes no player
ROLE_TYPES = {
    "player": {"Player"},
    "coach": {"Coach"},
    "boss": {"Coach", "Executive"},
    "president": {"Executive"},
    "executive": {"Executive"},
    "journalist": {"Journalist"},
    "teammate": {"Player"},
    "official": set(),  # referees and their assistants: no class of the ontology
    "agent": set(),  # players' agents: no class of the ontology either
}
NO_CLASS_ROLES = frozenset(r for r, types in ROLE_TYPES.items() if not types)
_SKIPPABLE = {"-", "'", ".", "&"}
CLOSING_QUOTES = {"»", "”", '"', "“"}
_OPENING_QUOTES = {"«", "„", "“", '"'}
_DECLINED_ARTICLES = frozenset(article_declensions()) | {c for cases in article_declensions().values() for c in cases}
_QUOTES = {'"', "“", "”", "'", "‘", "’"}
_NICKNAME = re.compile(r"\s+[\"“‘'][^\"”’']{1,30}[\"”’']")
_YOUTH_LABEL = re.compile(r"national under-\d+ football team$")  # a youth side's label, as _youth_team names it


@dataclass
class Mention:
    """A span of a sentence that names or refers to an entity."""

    sent: int
    start: int
    end: int
    surface: str
    kind: str                      # name | discovered | pronoun | possessive | object | relative | descriptor | team_descriptor
    entity: Entity | None = None
    types: set[str] = field(default_factory=set)
    role: str | None = None        # role noun class ("player", "coach", ...) in or before the mention
    former: bool = False
    team: Mention | None = None    # "the <Club> defender": the team inside a description
    nationality: Entity | None = None
    country: str | None = None     # "the Spanish giants"
    region: frozenset[str] | None = None  # "le club breton": the IRIs of the clubs it may be
    genitive: bool = False         # "the club's": a team description that owns what follows
    side_noun: bool = False        # "the team": a description that may mean a national side as well as a club
    first_team: bool = False       # "l'équipe première", "the first team": a squad of the club just named
    elder: bool = False            # an age too old to play ("de 57 años"): the one described coaches
    origin: bool = False           # a role with an adjective of origin after it ("el técnico navarro"): one person
    possessor: Mention | None = None
    antecedent: Mention | None = None
    confidence: float = 1.0

    commas: tuple[int, ...] = ()   # positions of commas in the sentence, for clause checks
    after_preposition: bool = False
    replaced: bool = False         # named right after a succession verb: "replaced X", "pour succéder à X"
    speaker: bool = False          # named right after a quotation: '"...", said X' (the clause's subject)
    new: bool = False              # a description of the one newly come ("the new coach"): an appointment's man
    fronted: bool = False          # inside a clause fronted by a subordinator ("after X replaced Y he ..."): not the main clause's
    verb_object: bool = False      # a description right after a verb ("X is said to value the former <Club> winger"): not X
    after_agent: bool = False      # after a passive's agent preposition ("repoussée par X"): the one who acted
    quote_end: int = -1            # where that quotation closes

    def comma_before_since(self, other: Mention) -> bool:
        """True when a comma separates ``other`` (earlier) from this mention."""
        return any(other.end <= c < self.start for c in self.commas)

    @property
    def type(self) -> str | None:
        """The resolved entity's class, if resolved."""
        return self.entity.type if self.entity else None


@lru_cache(maxsize=1)
def name_shapes() -> dict[str, frozenset[str] | dict[str, object]]:
    """Name-shape word lists from data/lexicon/names.yaml, folded (a mapping keeps its values)."""
    data = read_yaml(LEXICON_DIR / "names.yaml")
    return {k: {fold(str(w)): x for w, x in v.items()} if isinstance(v, dict) else frozenset(fold(str(w)) for w in v)
            for k, v in data.items()}


class MentionFinder:
    """Finds mentions sentence by sentence; remembers names discovered earlier in the article."""

    def __init__(self, reference: Reference, lexicon: Lexicon):
        self.ref = reference
        self.lex = lexicon
        self.local_aliases: dict[tuple[str, ...], Entity] = {}
        self._local_first: set[str] = set()  # first words of local aliases, for the quick reject below
        self.seen: set[str] = set()
        self.named_in_full: set[str] = set()  # the people the article has named by more than one word
        self.lineup_surnames: frozenset[str] = frozenset()  # the last words of the names its line-ups list
        self.times_named: dict[str, int] = {}  # how often the article has named each entity so far
        self.team_names: dict[str, list[tuple[str, ...]]] = {}  # the words each team was named by, articles dropped
        self._towns_blocked: set[tuple[str, ...]] = set()
        self.club_countries: dict[str, int] = {}  # how many clubs of each country the article has named
        self._counted: set[str] = set()
        self.shapes = name_shapes()
        # words never a name alone, less those the language uses as given names ("Les" in English)
        self.not_names = self.shapes["not_names"] - {fold(w) for w in self.shapes.get("names_in", {}).get(self.lex.lang, [])}
        self.given = given_names() | (self.shapes["not_names"] - self.not_names)  # ("Les" in English)
        # the known person an encyclopedic article's title names, and the title's name: his full name in the text
        # ("Edward John Frank Howe" under "Eddie Howe") is he
        self.title_person: Entity | None = None
        self.title_key: tuple[str, ...] = ()

    # ---------------------------------------------------------------- entry point
    def find(self, sent: Sentence) -> list[Mention]:
        """All mentions of one sentence, left to right, non-overlapping."""
        toks = sent.tokens
        norms = [t.norm for t in toks]
        taken = [False] * len(toks)
        mentions: list[Mention] = []
        names = [self._youth_competition(sent, toks, self._outlet_over_name(
                     sent, toks, norms, self._with_middle_names(sent, toks, norms, self._with_marker(sent, toks, norms, m))))
                 for m in self._names(sent, toks, norms)]
        # the given name before a quoted nickname belongs to the nickname's name ('<Given> „<Nickname>“ <Surname>')
        claimed_before = {m.start - 2 for m in names if m.start >= 2 and norms[m.start - 1] in _OPENING_QUOTES
                          and m.entity is not None and m.entity.type in PERSON_TYPES}
        if norms[:1] == ["("]:
            names = [self._bracketed_outlet(m) for m in names]
        names = [self._league_of_clubs_here(self._team_named_before(m), names) for m in names]
        names = [self._place_begins_club(sent, toks, norms, m, names) for m in names]
        names = [self._given_name_added(toks, norms, m, names) for m in names]
        names = [m for m in names if not self._given_name_before_club(toks, norms, m, names)
                 and not self._second_half_of_name(toks, norms, m, names)
                 and not self._first_of_longer_name(toks, norms, m, names)
                 and not self._last_of_longer_name(toks, norms, m, names)
                 and not self._outlet_compound(toks, norms, m)]
        claimed = {k for m in names for k in range(m.start, m.end)} | claimed_before
        clubs = [m for m in names if m.entity is not None and m.entity.type == "Club"]
        found = self._discover(sent, toks, norms, claimed, {m.end for m in clubs}, {m.start for m in clubs})
        # ("prêté à Motherwell puis à Sturm" after "Sturm Graz": the short name of a club named before, no new one)
        found = [self._team_named_before(m) if m.entity is not None and m.entity.discovered and m.entity.type == "Club"
                 else m for m in found]
        # An outlet's own name outranks a club or place inside it ("el diario <Name> de <City>").
        outlets = [m for m in found if m.entity is not None and m.entity.type == "MediaOutlet"]
        for m in outlets + names + [m for m in found if m not in outlets]:
            if not any(taken[m.start:m.end]):
                mentions.append(m)
                for k in range(m.start, m.end):
                    taken[k] = True
        # "el Olympiacos de Grecia", "el Mundial de Brasil 2014": a country after a club or a tournament and "de"
        # says where it is, no national side
        named_ends = {m.end for m in mentions if m.entity is not None and m.entity.type in ("Club", "Competition")}
        mentions = [self._reserve_side(sent, toks, self._ground_as_club(m, norms)) for m in mentions
                    if not self._is_place(m, norms) and not (
                        m.entity is not None and m.entity.type == "NationalTeam" and m.start >= 2
                        and norms[m.start - 1] in self.lex.located_in and m.start - 1 in named_ends)]
        mentions += self._coordinated_youth_sides(sent, toks, norms, mentions)
        mentions += [self._reserve_side(sent, toks, m) for m in self._team_adjectives(sent, toks, norms, taken)]
        mentions.sort(key=lambda m: m.start)
        mentions += self._descriptors(sent, toks, norms, taken, mentions)
        mentions.sort(key=lambda m: m.start)
        mentions += self._pronouns(sent, toks, norms, taken, mentions)
        mentions.sort(key=lambda m: m.start)
        self._known_as(norms, mentions)
        commas = tuple(i for i, n in enumerate(norms) if n == ",")
        self._mark_fronted(norms, mentions)
        previous: Mention | None = None
        for m in mentions:
            m.commas = commas
            role = role_ending_at(self.lex, norms, m.start) if m.kind in ("name", "discovered") else None
            # "under manager X" is as much inside a prepositional phrase as "under X"; so is "Y" in "con X y Y", and a
            # description that opens with a preposition fused with its article ("al atacante", "du milieu")
            m.after_preposition = _word_before(norms, role[1] if role else m.start) in self.lex.prepositions \
                or m.kind == "descriptor" and norms[m.start] in self.lex.prepositions \
                or previous is not None and previous.after_preposition and m.start == previous.end + 1 \
                and norms[previous.end] in self.lex.conjunctions and norms[previous.end] != ","
            m.after_agent = m.after_preposition and _word_before(norms, m.start) in self.lex.agent_prepositions
            previous = m
            m.replaced = m.start > 0 and self.lex.succession.ending_at(norms, m.start, reach=4) is not None
            m.verb_object = m.kind == "descriptor" and m.start > 0 and self._after_verb(toks, norms, m.start)
            m.quote_end = max((k for k in range(max(0, m.start - 5), m.start) if norms[k] in CLOSING_QUOTES), default=-1)
            m.speaker = m.quote_end >= 0
            if m.entity is not None:
                self._count_country(m.entity)
                self.seen.add(m.entity.iri)
                if m.end - m.start > 1 and m.entity.type in PERSON_TYPES:
                    self.named_in_full.add(m.entity.iri)
                if m.entity.type in ("Club", "NationalTeam") and m.kind == "name":
                    self.team_names.setdefault(m.entity.iri, []).append(self._bare_key(m.surface))
                self.times_named[m.entity.iri] = self.times_named.get(m.entity.iri, 0) + 1
                self._remember_town(m.entity)
                self._remember_surname(m)
        return mentions

    def _mark_fronted(self, norms: list[str], mentions: list[Mention]) -> None:
        """Flag the people of a clause a subordinator fronts, from its own subject to the comma or the subject
        pronoun that opens the main clause ("after X replaced Y he became", "Nachdem X Y ersetzt hatte, wurde er"):
        that pronoun is not one of them."""
        for s, n in enumerate(norms):
            if n not in self.lex.fronted_subordinators or s > 0 and norms[s - 1] not in (",", ";", ":"):
                continue
            subject = next((m for m in mentions if m.start in (s + 1, s + 2) and m.kind in ("name", "discovered")), None)
            if subject is None or subject.start == s + 2 and norms[s + 1] not in self.lex.determiners:
                continue
            end = next((k for k in range(subject.end, len(norms)) if norms[k] in (",", ";", ":")), len(norms))
            end = min([end, *(m.start for m in mentions if m.kind == "pronoun" and subject.end <= m.start)])
            for m in mentions:
                if s < m.start < end:
                    m.fronted = True

    def _outlet_compound(self, toks: list[Token], norms: list[str], m: Mention) -> bool:
        """A club's name that begins a hyphenated name right after a source's cue is an outlet's ("selon
        <Town>-Matin"): the discovery reads the whole compound."""
        k = m.end
        return m.entity is not None and m.entity.type == "Club" and k + 1 < len(toks) and norms[k] == "-" \
            and _attached(toks, k) and toks[k + 1].is_title and self._right_after_source_cue(norms, m.start)

    def _last_of_longer_name(self, toks: list[Token], norms: list[str], m: Mention, names: list[Mention]) -> bool:
        """A known man's one-word name right after a given name and another capitalised word no name claims is the
        second surname of someone else ("<Given> <Surname> <Surname>", a Spaniard's full name)."""
        k = m.start
        return self._one_word_person(m) and k >= 2 and norms[k - 2] in self.given \
            and all(self._free_name_word(toks, norms, j, names) for j in (k - 2, k - 1))

    def _first_of_longer_name(self, toks: list[Token], norms: list[str], m: Mention, names: list[Mention]) -> bool:
        """A known man's one-word name right before two more capitalised words no name claims is the first name
        of someone else ("le jeune <Given> <Surname> <Surname>"): the discovery reads the three words as his name."""
        k = m.end
        return self._one_word_person(m) and k + 1 < len(toks) and all(self._free_name_word(toks, norms, j, names) for j in (k, k + 1))

    @staticmethod
    def _one_word_person(m: Mention) -> bool:
        return m.entity is not None and m.entity.type in PERSON_TYPES and m.end - m.start == 1

    def _free_name_word(self, toks: list[Token], norms: list[str], j: int, names: list[Mention]) -> bool:
        """A capitalised word that may be part of a name and that no name found so far claims."""
        return toks[j].is_title and is_word(norms[j]) and norms[j] not in self.not_names \
            and not any(x.start <= j < x.end for x in names)

    def _second_half_of_name(self, toks: list[Token], norms: list[str], m: Mention, names: list[Mention]) -> bool:
        """A known man's surname right after a capitalised word and a hyphen is the second half of another's
        double-barrelled surname ("<Given> Lewis-<Surname>"), not that man."""
        k = m.start - 1
        return m.entity is not None and m.entity.type in PERSON_TYPES and m.end - m.start == 1 and k >= 1 \
            and norms[k] == "-" and _attached(toks, k) and toks[k - 1].is_title and not any(x.end == k for x in names)

    def _given_name_before_club(self, toks: list[Token], norms: list[str], m: Mention, names: list[Mention]) -> bool:
        """A club's one-word name right after a given name is a man's surname ("under <Given> <Town>"): the
        discovery reads the two words as his name."""
        k = m.start - 1
        return m.entity is not None and m.entity.type == "Club" and m.end - m.start == 1 and k >= 0 \
            and toks[k].is_title and norms[k] in self.given and norms[k] not in self.shapes["club_markers"] \
            and not any(x.start <= k < x.end for x in names) \
            and not (m.end < len(norms) and (toks[m.end].is_title or norms[m.end] in self.shapes["club_markers"]))

    def _known_as(self, norms: list[str], mentions: list[Mention]) -> None:
        """"<Full name> (...), known as <Name>", "conocido como <Name>": the full name is the one he goes by."""
        for a, b, _p, _ in self.lex.known_as.find(norms):
            name = next((m for m in mentions if m.start == b and m.kind in ("name", "discovered")
                         and m.entity is not None and m.entity.type in PERSON_TYPES), None)
            full = next((m for m in reversed(mentions) if m.end <= a and m.kind == "discovered" and m.entity is not None
                         and m.entity.type in PERSON_TYPES), None)
            if name is None or full is None or full.entity is name.entity:
                continue
            for key, e in list(self.local_aliases.items()):
                if e is full.entity:
                    self.local_aliases[key] = name.entity
            full.entity = name.entity

    def _remember_surname(self, m: Mention) -> None:
        """A known person named in full is meant by his surname later in the article ("<Given> <Surname>", then
        "<Surname>"), as a discovered one is, unless the surname is a name of its own."""
        if m.kind != "name" or m.entity.type not in PERSON_TYPES or m.end - m.start < 2:
            return
        key = alias_key(m.surface)
        # another known man's surname is this one's here ("<Given> <Surname>" named in full, then "<Surname>"), but a
        # club's or a place's name stays theirs
        others = self.ref.aliases.get(key[-1:], [])
        if len(key) >= 2 and all(e.entity.type in PERSON_TYPES for e in others) and len(key[-1]) > 2:
            self.local_aliases.setdefault(key[-1:], m.entity)
            self._local_first.add(key[-1])

    def _remember_town(self, club: Entity) -> None:
        """Each word of a known club's name (its town: "SK <Name> <Town>"; a name word: "Real <Word> Club") names
        that club later in the article ("moved to <Town>", "<Word>: <line-up>"), unless another club of the article
        has that word too or it is a known name of its own."""
        key = alias_key(club.label)
        if club.type != "Club" or len(key) < 2 or club.discovered:
            return
        for word, surface in zip(key, club.label.split(), strict=False):
            town = (word,)
            if town in self._towns_blocked or len(word) < 4 or word in self.shapes["club_markers"] and len(word) <= 4 \
                    or town in self.ref.aliases or not surface[:1].isupper():
                continue  # "FC", "City" name no club alone; longer name words ("United") do when the article has one
            other = self.local_aliases.get(town)
            if other is None:
                self.local_aliases[town] = club
                self._local_first.add(word)
            elif other is not club and other.type == "Club":
                del self.local_aliases[town]  # two clubs of one town: the town alone names neither
                self._towns_blocked.add(town)

    def _with_marker(self, sent: Sentence, toks: list[Token], norms: list[str], m: Mention) -> Mention:
        """"des FC <Name>": a club marker the known name does not carry belongs to the mention."""
        k = m.start - 1
        if m.entity is None or m.entity.type != "Club" or k < 0 or not toks[k].is_title \
                or norms[k] not in self.shapes["club_markers"] or len(norms[k]) > 4:
            return m
        surface = _span(sent, toks, k, m.end)
        return Mention(m.sent, k, m.end, surface, m.kind, m.entity, m.types, confidence=m.confidence)

    def _with_middle_names(self, sent: Sentence, toks: list[Token], norms: list[str], m: Mention) -> Mention:
        """"<Given> <Middle> <Surname>" for a known "<Given> <Surname>" named by his surname: the given and middle
        names before it are part of the mention."""
        surname = "".join(norms[m.start:m.end])  # ("Gibbs-White" is three pieces)
        if m.entity is None or m.entity.type not in PERSON_TYPES or m.end - m.start != 1 and "-" not in surname:
            return m
        label = fold(m.entity.label).split()
        for k in range(m.start - 2, max(-1, m.start - 4), -1):
            if len(label) == 2 and norms[k] == label[0] and label[-1] == surname and norms[k] in self.given \
                    and all(toks[j].is_title and is_word(norms[j]) for j in range(k, m.start)):
                return Mention(m.sent, k, m.end, _span(sent, toks, k, m.end), m.kind, m.entity, m.types,
                               confidence=m.confidence)
        return m

    def _outlet_over_name(self, sent: Sentence, toks: list[Token], norms: list[str], m: Mention) -> Mention:
        """"according to the <Town> Sentinel", "según La Nueva <País>": after a source cue, a known club, place
        or country that capitalised words go on from, or follow, is part of an outlet's name."""
        if m.entity is None or m.entity.type not in ("Club", "Place", "NationalTeam") or not toks[m.start].is_title:
            return m  # (a name led by its article, "der <Nickname>", is no part of an outlet's)
        start, end = m.start, m.end
        while start > 0 and toks[start - 1].is_title and is_word(norms[start - 1]) \
                and not self.lex.source_cues.matches_at(norms, start - 1):
            start -= 1  # "La Nueva" before the country's name
        if not self._after_source_cue(norms, start):
            return m
        while end < len(toks) and toks[end].is_title and is_word(norms[end]) and norms[end] not in self.not_names \
                and norms[end] not in self.shapes["club_markers"] and not self.lex.roles.matches_at(norms, end):
            end += 1
        if (start, end) == (m.start, m.end):
            return m
        return self._new_entity(sent, start, end, _span(sent, toks, start, end), "MediaOutlet", 0.6)

    def _bracketed_outlet(self, m: Mention) -> Mention:
        """A gossip item ends with its sources in brackets: "(<Word>)" there is the outlet "The <Word>",
        not a club of that name."""
        if m.entity is None or m.entity.type in ("MediaOutlet", "Journalist"):
            return m
        for name in (m.surface, f"the {m.surface}"):
            outlet = next((e.entity for e in self.ref.aliases.get(alias_key(name), []) if e.entity.type == "MediaOutlet"), None)
            if outlet is not None:
                return Mention(m.sent, m.start, m.end, m.surface, "name", outlet, {"MediaOutlet"}, confidence=m.confidence)
        return m

    def _reserve_side(self, sent: Sentence, toks: list[Token], m: Mention) -> Mention:
        """"<Club> II", "<Club> U19": the club's reserve or youth side, a team of its own; "<Country> U21",
        "l'équipe de France espoirs": a national youth side."""
        if m.entity is not None and m.entity.type == "NationalTeam" and m.end < len(toks):
            return self._youth_side(sent, toks, m)
        if m.entity is None or m.entity.type != "Club" or m.end >= len(toks):
            return m
        nxt = toks[m.end].text
        if not nxt[:1].isupper() or fold(nxt) not in self.shapes["reserve_suffixes"]:
            return m
        if m.end + 1 < len(toks) and toks[m.end + 1].text == "-":
            return m  # "<Club> B-Jugend" is a word of its own
        surface = _span(sent, toks, m.start, m.end + 1)
        side = self.discovered(f"{m.entity.label} {nxt}", "Club")
        for name in [m.surface, *m.entity.aliases]:
            if f"{name} {nxt}" not in side.aliases:
                side.aliases.append(f"{name} {nxt}")
        return Mention(sent.index, m.start, m.end + 1, surface, "discovered", side, {"Club"}, confidence=0.8 * m.confidence)

    def _youth_side(self, sent: Sentence, toks: list[Token], m: Mention) -> Mention:
        """"<Country> U21", "<Pays> espoirs": the national under-21 side (named as encyclopedias name it)."""
        at = m.end + (fold(toks[m.end].text) in self.shapes["youth_level_prepositions"] and m.end + 1 < len(toks))
        age, end = self._youth_mark(toks, at) or (None, at + 1)
        start = m.start
        if age is None and (before := self._youth_mark_before(toks, m.start)) is not None:
            age, start, end = before[0], before[1], m.end  # "internacional sub-23 con <País>"
        side = self._youth_team(m.entity, age) if age is not None else None
        if side is None:
            return m
        surface = _span(sent, toks, start, end)
        if surface not in side.aliases and at == m.end:
            side.aliases.append(surface)
        return Mention(sent.index, start, end, surface, "discovered", side, {"NationalTeam"}, confidence=0.8 * m.confidence)

    def _coordinated_youth_sides(self, sent: Sentence, toks: list[Token], norms: list[str],
                                 mentions: list[Mention]) -> list[Mention]:
        """"capped by <Country> at under-19 and under-20 level": each youth mark coordinated after a youth side
        names another side of the same country."""
        out = []
        for m in mentions:
            if m.entity is None or m.entity.type != "NationalTeam" or not _YOUTH_LABEL.search(m.entity.label):
                continue
            k = m.end
            while k + 1 < len(toks) and norms[k] in self.lex.conjunctions and (mark := self._youth_mark(toks, k + 1)) is not None \
                    and (side := self._youth_team(m.entity, mark[0])) is not None:
                out.append(Mention(sent.index, k + 1, mark[1], _span(sent, toks, k + 1, mark[1]), "discovered", side,
                                   {"NationalTeam"}, confidence=m.confidence))
                k = mark[1]
        return out

    def _youth_competition(self, sent: Sentence, toks: list[Token], m: Mention) -> Mention:
        """"the FIFA U-17 World Cup", "the UEFA European Under-21 Championship": a youth mark before a known
        competition's name makes another competition, named with the mark (and the body's acronym before it)."""
        if m.entity is None or m.entity.type != "Competition":
            return m
        for k in range(max(0, m.start - 3), m.start):
            mark = self._youth_mark(toks, k)
            if mark is not None and mark[1] == m.start:
                start = k - 1 if k > 0 and len(toks[k - 1].text) >= 3 and toks[k - 1].text.isupper() else k
                return self._new_entity(sent, start, m.end, _span(sent, toks, start, m.end), "Competition", 0.6)
        return m

    def _youth_mark_before(self, toks: list[Token], k: int) -> tuple[int, int] | None:
        """(age, start) of a youth side's mark and a preposition right before a country ("sub-23 con <País>")."""
        if k < 2 or fold(toks[k - 1].text) not in self.shapes["youth_side_prepositions"]:
            return None
        j = k - 1
        for start in (j - 1, j - 3):  # "U21 con", "sub-23 con"
            mark = self._youth_mark(toks, start) if start >= 0 else None
            if mark is not None and mark[1] == j:
                return mark[0], start
        return None

    def _youth_mark(self, toks: list[Token], at: int) -> tuple[int, int] | None:
        """(age, end) of a youth side's mark starting at ``at``: "U21", "espoirs", or a word then the age
        ("Under-21", "under 19", "sub-23")."""
        word = fold(toks[at].text)
        word = word[:-1] if word.endswith("s") and word[:-1] in self.shapes["youth_sides"] else word  # "the U21s"
        if word in self.shapes["youth_sides"]:
            return self.shapes["youth_sides"][word], at + 1
        if word in self.shapes["youth_words"]:
            k = at + 1 + (at + 1 < len(toks) and toks[at + 1].text == "-")
            age = toks[k].text.removesuffix("s") if k < len(toks) else ""  # "England under-17s"
            if age.isdigit() and 15 <= int(age) <= 23:
                return int(age), k + 1
        return None

    def _ground_as_club(self, m: Mention, norms: list[str]) -> Mention:
        """"has left <Ground>", "his contract at <Ground>": after a cue of a tie to a team, or before a role noun
        ("<Ground> chairman X"), a club's home ground stands for the club (elsewhere it is the place: "scored at
        <Ground>")."""
        if m.entity is None or m.entity.type != "Place" or m.entity.iri not in self.ref.home_of:
            return m
        hit = self.lex.relations.ending_at(norms, m.start, reach=6)
        if hit is None and m.start > 0 and norms[m.start - 1] in self.lex.determiners:
            hit = self.lex.relations.ending_at(norms, m.start - 1, reach=6)  # "a contract at the <Ground>"
        role = m.end < len(norms) and self.lex.roles.matches_at(norms, m.end)  # "<Ground> chairman X": the club's
        # "won the title at <Ground> in 1995 under X": a spell there under a coach
        role = role or any(self.lex.under_coach.matches_at(norms, k) for k in range(m.end, min(len(norms), m.end + 4)))
        if not role and (hit is None or hit[1].team != "right"
                         or hit[1].frame not in ("member", "joined", "former_member", "played", "targets", "coach", "coached")):
            return m
        club = self.ref.home_of[m.entity.iri]
        return Mention(m.sent, m.start, m.end, m.surface, "name", club, {"Club"}, confidence=0.7 * m.confidence)

    def _is_place(self, m: Mention, norms: list[str]) -> bool:
        """A country name after "in"/"nach"/"en" is the country, not its national team ("two seasons in France");
        a club's city after "born in" is the city ("né à <city>")."""
        if m.entity is not None and m.entity.type == "Club" and m.start >= 2 \
                and norms[m.start - 1] in self.lex.locative_prepositions | self.lex.prepositions \
                and any(n in self.lex.birth_markers for n in norms[max(0, m.start - 6):m.start - 1]):
            return True
        if m.entity is not None and m.entity.type == "Club" and m.start >= 2 and norms[m.start - 1] == "(" \
                and m.end < len(norms) and norms[m.end] == "," and any(YEAR.fullmatch(n) for n in norms[m.end:m.end + 8]):
            return True  # "<Name> (<Town>, 11 de enero de 1992)": where he was born
        if m.entity is not None and m.entity.type in PERSON_TYPES and m.start > 0 \
                and norms[m.start - 1] in self.shapes["place_markers"]:
            return True  # "the Stadio <Given> <Surname>", "el Estadio <Surname>": a ground named after a man
        if m.entity is None or m.entity.type != "NationalTeam" or m.start == 0:
            return False
        if norms[m.start - 1] == "(" and any(n in self.lex.birth_markers for n in norms[max(0, m.start - 6):m.start - 1]):
            return True  # "Nacido en <Town> (<Country>)": the country of a birthplace
        if self._after_league_noun(norms, m.start):
            return True  # "le championnat d'<Country>": the country's league
        k = m.start - 1
        if k > 0 and norms[k] in self.lex.determiners and norms[k - 1] in self.lex.locative_prepositions:
            k -= 1  # "in der Schweiz", "en la Argentina"
        if norms[k] not in self.lex.locative_prepositions and not (k > 0 and norms[k - 1] in self.lex.motion_verbs
                                                                   and norms[k] in self.lex.prepositions):
            return False  # ("regresó a <Country>": where he went back to)
        if m.end < len(norms) and norms[m.end] in ("'", "’"):
            return False  # "in <Country>'s squad": the team's
        nxt = norms[m.end] if m.end < len(norms) else ""
        if nxt in self.lex.conjunctions and m.end + 2 < len(norms):
            nxt = norms[m.end + 2]  # "in the <Country> and <Country> squads"
        if nxt in self.shapes["youth_words"] or nxt in self.shapes["youth_sides"] \
                or m.end < len(norms) and self.lex.roles.matches_at(norms, m.end):
            return False  # "interested in the <Country> Under-21 international": the team
        return nxt not in self.lex.club_nouns and nxt not in ("national", "nationalmannschaft", "u21", "squad", "squads")

    def _after_league_noun(self, norms: list[str], start: int) -> bool:
        """Whether a league noun and a preposition stand right before ``start`` ("le championnat d'", "campeón de")."""
        k = start - 1
        while k > 0 and (norms[k] in ("'", "\u2019") or norms[k] in self.lex.team_prepositions):
            k -= 1
        return k < start - 1 and norms[k] in self.lex.league_nouns

    def _team_adjectives(self, sent: Sentence, toks: list[Token], norms: list[str], taken: list[bool]) -> list[Mention]:
        """Adjectives that name a team: a demonym next to a national-team noun ("die österreichische
        Nationalmannschaft", "international français") names the national team; a club's adjective next to
        a role noun ("l'entraîneur <club adjective>", "der <Club-Adjektiv> Angreifer") names the club."""
        out = []
        for j, tok in enumerate(toks):
            if taken[j] or not is_word(norms[j]):
                continue
            # The word first (a cached lookup), its neighbours only for the few words that are demonyms.
            team = self.ref.demonym(tok.text)
            end = j + 1
            if team is not None and not self._next_to(self.lex.national_team_nouns, norms, j):
                team, end = self._youth_team_after(team, norms, j)  # "die deutsche U21-Nationalmannschaft"
            role = None
            if team is None and j + 2 < len(toks) and norms[j + 1] == "-" and _attached(toks, j + 1) and not taken[j + 2] \
                    and self._next_to(self.lex.roles, norms, j):
                # "técnico txuri-urdin": a club's adjective of two halves, next to a role noun
                team = self.ref.club_demonym(f"{tok.text}-{toks[j + 2].text}")
                end = j + 3 if team is not None else end
            if team is None:
                team = self.ref.club_demonym(tok.text)
                if team is not None and not self._next_to(self.lex.roles, norms, j):
                    # "der frühere <Town>er X", "le <Town>ais X": the adjective as a noun, a player of the club;
                    # "pour les <Town>ains", "gegen die <Town>er": the noun in the plural, the team
                    role = "player" if self._noun_before_name(toks, norms, taken, j) else None
                    team = team if role or self._plural_noun(toks, norms, j) else None
            if team is not None and team.type in ("NationalTeam", "Club"):
                out.append(Mention(sent.index, j, end, _span(sent, toks, j, end), "name", team, {team.type}, role=role,
                                   confidence=0.85))
                for k in range(j, end):
                    taken[k] = True
        return out

    def _youth_team_after(self, country: Entity, norms: list[str], j: int) -> tuple[Entity | None, int]:
        """A national adjective, then a youth side's mark and a national-team noun ("deutsche U21-Nationalmannschaft",
        "la sélection espoirs"): the country's youth side, and where its words end."""
        k = j + 1
        age = self.shapes["youth_sides"].get(norms[k]) if k < len(norms) else None
        k += 1 + (k + 1 < len(norms) and norms[k + 1] == "-")
        hit = self.lex.national_team_nouns.matches_at(norms, k) if age is not None and k < len(norms) else []
        side = self._youth_team(country, age) if hit else None
        return (side, hit[0][0]) if side is not None else (None, j + 1)

    def _youth_team(self, country: Entity, age: int) -> Entity | None:
        """The country's national side under ``age``, named as encyclopedias name it (an article-local entity);
        given a youth side, the same country's side under ``age``."""
        senior = _YOUTH_LABEL.sub("national football team", country.label)
        if not senior.endswith("national football team"):
            return None
        return self.discovered(senior.replace("national football team", f"national under-{age} football team"),
                               "NationalTeam")

    def _plural_noun(self, toks: list[Token], norms: list[str], j: int) -> bool:
        """A capitalised club adjective after a plural article, inside the sentence: "les <Town>ains"."""
        return 1 < j and toks[j].is_title and norms[j - 1] in self.shapes["plural_articles"] and norms[j].endswith(("s", "n", "r"))

    def _noun_before_name(self, toks: list[Token], norms: list[str], taken: list[bool], j: int) -> bool:
        """A word used as a noun right before a name: an article (or "former") before it, a name after it."""
        if j + 1 >= len(toks) or not taken[j + 1] or not toks[j + 1].is_title or not toks[j].is_title:
            return False
        return any(norms[k] in self.lex.determiners or self.lex.former_markers.matches_at(norms, k)
                   for k in range(max(0, j - 2), j))

    @staticmethod
    def _next_to(patterns, norms: list[str], j: int) -> bool:
        """A pattern starts right after piece j or ends right before it."""
        if j + 1 < len(norms) and patterns.matches_at(norms, j + 1):
            return True
        return patterns.ending_at(norms, j, reach=3) is not None

    # ---------------------------------------------------------------- known names
    def _names(self, sent: Sentence, toks: list[Token], norms: list[str]) -> list[Mention]:
        found: list[Mention] = []
        i = 0
        while i < len(toks):
            if not is_word(norms[i]):
                i += 1
                continue
            hit = self._longest_alias(sent, toks, norms, i)
            if hit:
                found.append(hit)
                self._count_country(hit.entity)
                i = hit.end
            else:
                i += 1
        return found

    def _given_name_added(self, toks: list[Token], norms: list[str], m: Mention, names: list[Mention]) -> Mention:
        """A person the article first named by his surname alone (a heading's "<Surname> could return"), named
        later with a given name before it: the mention takes the given name, the person the full name."""
        k = m.start - 1
        e = m.entity
        if e is None or not e.discovered or e.type not in PERSON_TYPES or k < 0 or alias_key(e.label) != alias_key(m.surface) \
                or len(alias_key(e.label)) > 2 or not toks[k].is_title or not norms[k].isalpha() \
                or norms[k] in self.not_names or any(x.start <= k < x.end for x in names) \
                or not (norms[k] in self.given or k == 0) or role_ending_at(self.lex, norms, m.start) is not None:
            return m
        e.aliases.append(e.label)
        e.label = f"{toks[k].text} {e.label}"
        self.local_aliases.setdefault(alias_key(e.label), e)
        return Mention(m.sent, k, m.end, f"{toks[k].text} {m.surface}", m.kind, e, m.types, confidence=m.confidence)

    def _place_begins_club(self, sent, toks, norms, m: Mention, names: list[Mention]) -> Mention:
        """A place's name that goes on with capitalised words no name claims begins a club's name ("Los Angeles
        Aztecs", "Chicago Fire"): a new club, named whole."""
        if m.entity is None or m.entity.type != "Place" or m.end >= len(toks) or not self._free_name_word(toks, norms, m.end, names):
            return m
        end = m.end + 1
        if end < len(toks) and self._free_name_word(toks, norms, end, names):
            end += 1
        return self._new_entity(sent, m.start, end, _span(sent, toks, m.start, end), "Club", 0.5)

    def _team_named_before(self, m: Mention) -> Mention:
        """A team's short name that begins the longer name the article has named another team by is that team ("les
        Lions" after "les Lions de la Teranga"), not a third team known by the short name alone."""
        if m.entity is None or m.entity.type not in ("Club", "NationalTeam") or m.entity.iri in self.seen \
                and not m.entity.discovered:
            return m
        key = self._bare_key(m.surface)
        if not m.entity.discovered and tuple(w for w in alias_key(m.entity.label) if w not in self.shapes["club_markers"]) == key:
            return m  # "Dundee" after "Dundee United": the other club's own name bar its marker ("Dundee FC")
        for iri, keys in self.team_names.items():
            if iri != m.entity.iri and any(len(k) > len(key) and k[:len(key)] == key for k in keys) \
                    and (e := self.ref.entities.get(iri)) is not None:
                return Mention(m.sent, m.start, m.end, m.surface, m.kind, e, {e.type}, confidence=m.confidence)
        return m

    def _bare_key(self, name: str) -> tuple[str, ...]:
        """A name's alias key without the article it opens with ("les Lions de la Teranga": "lions de la teranga")."""
        key = alias_key(name)
        return key[1:] if len(key) > 1 and key[0] in self.shapes["nickname_articles"] else key

    def _league_of_clubs_here(self, m: Mention, names: list[Mention]) -> Mention:
        """A league name two countries share ("Bundesliga") is the league of a club the sentence names
        ("Bundesliga-Klub <German club>"), else of the country most of the article's clubs are from."""
        if m.entity is None or m.entity.type != "Competition":
            return m
        options = [e.entity for e in self.ref.aliases.get(alias_key(m.surface), []) if e.entity.type == "Competition"]
        if len(options) < 2:
            return m
        here = {n.entity.country for n in names if n.entity is not None and n.entity.type == "Club" and n.entity.country}
        if not here and self.club_countries:
            here = {max(self.club_countries, key=self.club_countries.get)}
        if m.entity.country in here:
            return m
        league = next((c for c in options if c.country in here), None)
        return m if league is None else Mention(m.sent, m.start, m.end, m.surface, m.kind, league, {"Competition"},
                                                confidence=m.confidence)

    def _count_country(self, entity: Entity) -> None:
        """Count the country of a club met for the first time (which league "die Bundesliga" is)."""
        if entity.type == "Club" and entity.country and entity.iri not in self._counted:
            self._counted.add(entity.iri)
            self.club_countries[entity.country] = self.club_countries.get(entity.country, 0) + 1

    def _word_positions(self, norms: list[str], i: int, limit: int) -> list[int]:
        # Positions of up to `limit` word pieces from i, crossing only name-internal punctuation (and the quote
        # that closes a nickname: '<Given> „<Nickname>“ <Surname>' is known as "<Nickname> <Surname>").
        pos = []
        j = i
        nickname = i > 0 and norms[i - 1] in _OPENING_QUOTES
        while j < len(norms) and len(pos) < limit:
            if is_word(norms[j]):
                pos.append(j)
            elif not (norms[j] in _SKIPPABLE or nickname and len(pos) == 1 and norms[j] in CLOSING_QUOTES):
                break
            j += 1
        return pos

    def _longest_alias(self, sent: Sentence, toks: list[Token], norms: list[str], i: int) -> Mention | None:
        first = norms[i]
        if ((first,) not in self.ref.prefixes and first not in self._local_first
                and not (first.endswith("s") and (first[:-1],) in self.ref.prefixes)):
            return None  # most words begin no name
        pos = self._word_positions(norms, i, self.ref.max_alias_len)
        # Longest n whose words could still begin a name (known alias, its plural-stripped form, or a local one).
        longest = 0
        for n in range(1, len(pos) + 1):
            key = tuple(norms[p] for p in pos[:n])
            stripped = key[:-1] + (key[-1][:-1],) if key[-1].endswith("s") else key
            if key in self.ref.prefixes or stripped in self.ref.prefixes or key in self.local_aliases:
                longest = n
            elif n > 1:
                break
        if longest > 1 and (norms[i] in _DECLINED_ARTICLES or norms[i] in self.lex.determiners) and longest < len(pos) \
                and tuple(norms[p] for p in pos[1:longest + 1]) in self.ref.prefixes:
            return None  # "der <Name> <City>", "l'<Name> <City>": the longer name without the article
        for n in range(longest, 0, -1):
            key = tuple(norms[p] for p in pos[:n])
            end = pos[n - 1] + 1
            entity = self._resolve_alias(key, toks, norms, pos[:n], i)
            if entity is None and len(key[-1]) > 3 and key[-1].endswith("s") and norms[pos[n - 1] + 1:pos[n - 1] + 2] != ["-"]:
                # Genitive/plural inflection: "<City>s", "<Surname>s" (never outlets: "Kickers" is no "kicker"; never
                # inside a double-barrelled name: "<Given> <Word>s-<Word>")
                entity = self._resolve_alias(key[:-1] + (key[-1][:-1],), toks, norms, pos[:n], i)
                if entity is not None and entity.type in ("MediaOutlet", "Journalist"):
                    entity = None
            if entity is not None and n == 1 and self._part_of_another_name(entity, key[0], toks, norms, i, end):
                return None
            if entity is not None and n == 1 and entity.type in PERSON_TYPES and key[0] in self.lex.new_words \
                    and end < len(toks) and toks[end].is_title:
                return None  # the language's "new" before a noun, not a man whose surname is that word
            if entity is not None and n > 1 and not entity.discovered and self._name_goes_on(entity, toks, norms, end):
                end += 1  # "<Given> <Surname> <Second surname>": his full name
            if entity is not None:
                surface = _span(sent, toks, i, end)
                conf = 1.0 if not entity.discovered else 0.7
                return Mention(sent.index, i, end, surface, "name" if not entity.discovered else "discovered",
                               entity, {entity.type}, confidence=conf)
        return None

    def _name_goes_on(self, entity: Entity, toks: list[Token], norms: list[str], end: int) -> bool:
        """A known person's name followed by one more capitalised word that begins no known name: his full name,
        with a second surname ("<Given> <Surname> <Second surname>")."""
        if entity.type not in PERSON_TYPES or end >= len(toks) or not toks[end].is_title or not is_word(norms[end]):
            return False
        nxt = norms[end]
        if end + 1 < len(norms) and norms[end + 1] == "(" and nxt not in self.given:
            return True  # "<Given> <Surname> <Second surname> (<Town>, 1997)": a biography's full name, whatever else it names
        return (nxt,) not in self.ref.prefixes and nxt not in self.not_names and nxt not in self.given \
            and not (end + 1 < len(toks) and toks[end + 1].is_title)  # a third capitalised word: a list or a headline

    def _part_of_another_name(self, entity: Entity, word: str, toks: list[Token], norms: list[str], i: int, end: int) -> bool:
        """Whether a one-word alias at i is only part of another name, which discovery should read whole."""
        before_title = i > 0 and toks[i - 1].is_title and is_word(norms[i - 1])
        after_title = end < len(toks) and toks[end].is_title and is_word(norms[end])
        if entity.type in PERSON_TYPES:
            # "Ernesto <Surname>" is not the known "<Other> <Surname>"; "<Given> <Other>" after "<Given> <Surname>" is a
            # first name, then another surname; "die <Town>er" are a club's players, not a man of that name
            if i > 0 and norms[i - 1] in self.shapes["plural_articles"] and self.ref.club_demonym(toks[i].text) is not None:
                return True
            if end == i + 1 and after_title and norms[i] in self.given and norms[end] not in self.not_names:
                return True  # "<Given> <Surname>": a known one-word name that is also a first name begins another's
            return self._other_given_name(toks, norms, i, entity) or (
                entity.discovered and self.lex.open_name_discovery and after_title and norms[end] not in self.not_names)
        if entity.type != "Club":
            return False
        markers = self.shapes["club_markers"]
        acronym = toks[i].text.isupper() and len(toks[i].text) <= 4 and end == i + 1
        return (before_title and norms[i - 1] in markers and after_title  # "SK <Alias> <Town>"
                or acronym and after_title and self.lex.open_name_discovery and norms[end] not in self.not_names
                and not self.lex.roles.matches_at(norms, end)  # "<ACR> <Town>": another club of that acronym
                or word in generic_club_words() and after_title  # "Real Club <Town>": the rest of another club's name
                or word in markers and before_title and norms[i - 1] not in self.not_names)  # "<Town> Athletic"

    def _other_given_name(self, toks: list[Token], norms: list[str], i: int, entity: Entity) -> bool:
        """A capitalised given name right before a surname that is not the known person's own first name (one we
        do not know as a given name counts after a role noun: "striker <Given> <Surname>")."""
        if i == 0 or not toks[i - 1].is_title:
            return False
        if norms[i - 1] not in self.given and not (
                i >= 2 and is_word(norms[i - 1]) and (norms[i - 1],) not in self.ref.prefixes
                and norms[i - 1] not in self.lex.function_words and role_ending_at(self.lex, norms, i - 1) is not None):
            return False
        first = fold(entity.label.split()[0]) if " " in entity.label else ""
        return norms[i - 1] != first and not any(fold(a.split()[0]) == norms[i - 1] for a in entity.aliases if " " in a)

    def _resolve_alias(self, key, toks, norms, positions, i) -> Entity | None:
        entries = self.ref.aliases.get(key, [])
        valid = [e for e in entries if self._alias_fits(e, toks, positions, norms, i)]
        if not valid:
            local = self.local_aliases.get(key)
            if local is not None and all(toks[p].is_title for p in positions):
                return local
            return None
        # Several entities share a name: prefer one this article already mentioned, then a person it named in
        # full ("Lewis Ferguson", then "Ferguson": not another Ferguson the reference knows).
        named = [e for e in valid if e.entity.iri in self.seen]
        local = self.local_aliases.get(key)
        if named and local is not None and local.discovered and local.type in PERSON_TYPES and len(key) == 1 \
                and local.iri in self.named_in_full and not any(e.entity.iri in self.named_in_full for e in named):
            return local  # "Ferguson" in a heading, then "Evan Ferguson": the surname is the man named in full
        if named:  # ("the Blues" in news about one of two clubs so called: the one named most)
            return max(named, key=lambda e: self.times_named.get(e.entity.iri, 0)).entity
        if local is not None and local.type in PERSON_TYPES and all(e.entity.type in PERSON_TYPES for e in valid) \
                and all(toks[p].is_title for p in positions):
            return local
        return valid[0].entity

    def _lowered_article(self, entry: AliasEntry, toks, norms, positions) -> bool:
        """A club's or an outlet's name with its article lowered mid-sentence ("la Real", "die Austria", "according
        to the Athletic"), where the name does not go on ("la Real Sociedad B", "la Liga de Campeones" are other
        names)."""
        end = positions[-1] + 1
        return len(positions) > 1 and norms[positions[0]] in self.lex.determiners \
            and entry.entity.type in ("Club", "MediaOutlet") \
            and not (end < len(toks) and (toks[end].is_title or norms[end] in self.lex.team_prepositions))

    def _alias_fits(self, entry: AliasEntry, toks, positions, norms, i) -> bool:
        if entry.lang and entry.lang != self.lex.lang:
            return False  # "die Austria" is a Viennese club in German, "Austria" a country in English
        if len(positions) == 1 and norms[i] in self.lex.function_words and not toks[i].text.isupper() \
                and (i == 0 or not is_word(norms[i - 1])):
            return False  # "Como jugador ...": a word of the language, capitalised at the start of a sentence
        if len(positions) == 1 and i + 1 < len(toks) and toks[i + 1].text[:1].islower() and is_word(norms[i + 1]) \
                and (i == 0 or not is_word(norms[i - 1])) and self.lex.roles.matches_at(norms, i):
            return False  # "Internacional absoluto con <País>": a role noun opening the sentence, not a club
        surface_words = _surface_words(entry.surface)
        if entry.mode == "exact":
            return [toks[p].text for p in positions] == surface_words
        if len(surface_words) == len(positions):
            for k, (w, p) in enumerate(zip(surface_words, positions, strict=False)):
                # French typography lowers the adjective of a name ("<Marker> <town>ais"):
                # past a capitalised first word, case is forgiven.
                if w[:1].isupper() and not toks[p].is_title and (k == 0 or not toks[positions[0]].is_title) \
                        and not (k == 0 and self._lowered_article(entry, toks, norms, positions)):
                    return False
                if w.isupper() and len(w) <= 4 and toks[p].text != w \
                        and not (len(surface_words) > 1 and toks[p].text == w.capitalize()):
                    # an acronym ("AS", "<ABC>") only as written: not "As a coach" (inside a longer name, house style
                    # may write it as a word: "the Uefa Cup")
                    return False
        if entry.mode == "context":
            end = positions[-1] + 1
            if end + 1 < len(norms) and norms[end] == "-" and _attached(toks, end):
                return False  # "Sport-Geschäftsführer X": the first half of a compound, no outlet
            return self._after_source_cue(norms, i) or _bracketed(norms, i, end) or any(  # 'wie die "<Name>" berichtet'
                self.lex.source_cues.matches_at(norms, k) for k in range(end, min(len(norms), end + 3)))
        if entry.mode == "attributive":
            after = positions[-1] + 1
            return after < len(norms) and (bool(self.lex.roles.matches_at(norms, after)) or _hyphen_role(norms, after, self.lex))
        if entry.mode == "contracted":
            return i > 0 and any(norms[i - 1] in cs for cs in article_contractions().values())
        return True

    def _right_after_source_cue(self, norms: list[str], i: int) -> bool:
        """A phrase that introduces a source ends right before ``i``, or before an article there ("según La ...",
        "according to the")."""
        k = i - 1 if i > 0 and norms[i - 1] in self.lex.determiners else i
        return k > 0 and self.lex.source_intros.ending_at(norms, k, reach=4) is not None

    def _after_source_cue(self, norms: list[str], i: int) -> bool:
        for k in range(max(0, i - 5), i):
            for end, _pat, _ in self.lex.source_cues.matches_at(norms, k):
                if i - 3 <= end <= i:
                    return True
        return False

    # ---------------------------------------------------------------- unknown names
    def _discover(self, sent: Sentence, toks: list[Token], norms: list[str], claimed: set[int],
                  club_ends: set[int], club_starts: set[int]) -> list[Mention]:
        """Capitalised runs the reference does not know: people (given name or role cue) and clubs."""
        out: list[Mention] = []
        i = 0
        while i < len(toks):
            if i not in claimed and (end := self._competition_run(toks, norms, i, claimed)):
                # "<Adjective> Cup <Noun>s' Cup": words that are never names alone make up a competition's name
                surface = _span(sent, toks, i, end)
                out.append(self._new_entity(sent, i, end, surface, "Competition", 0.6))
                i = end
                continue
            name_first = norms[i] in self.shapes["club_markers"] and i + 1 < len(toks) and toks[i + 1].is_title  # "Club León"
            # "el delantero Ante <Surname>": a capitalised word of the language after a role noun, before a name, is a
            # given name
            name_first = name_first or self.lex.open_name_discovery and i + 1 < len(toks) and toks[i].is_title \
                and toks[i + 1].is_title and is_word(norms[i + 1]) and role_ending_at(self.lex, norms, i) is not None
            if i in claimed or not toks[i].is_title or not is_word(norms[i]) \
                    or norms[i] in self.not_names and not name_first:
                i += 1
                continue
            if i >= 2 and norms[i - 1] == "-" and _attached(toks, i - 1) and (i - 2 in claimed or not self.lex.open_name_discovery):
                i += 1  # "16 Bundesliga-Tore", "<Club>-Sportdirektor": the second half of a compound noun, no name
                continue
            roles = self.lex.roles.matches_at(norms, i)
            if roles and roles[0][0] > i:
                # German capitalises nouns: "Trainer Sebastian X" is a role noun, then the name.
                i = roles[0][0]
                continue
            if not self.lex.open_name_discovery and norms[i] in self.lex.club_nouns \
                    and norms[i] not in self.shapes["club_markers"]:
                i += 1  # "den Drittligisten <Name> <Town>": a club noun, then the club's name
                continue
            j = i
            words = []
            while j < len(toks) and j not in claimed:
                if words and not self.lex.open_name_discovery and self.lex.roles.matches_at(norms, j):
                    break  # "<Name> Cheftrainer des <Club>": German capitalises the role noun after a name
                if toks[j].is_title and is_word(norms[j]) and (norms[j] not in self.not_names
                                                                 or j == i and name_first):
                    words.append(j)
                    j += 1
                elif words and norms[j].isdigit() and (len(norms[j]) == 2 or len(norms[j]) == 4 and norms[j] < "1950") \
                        and (any(norms[w] in self.shapes["club_markers"] for w in words) or len(norms[j]) == 2 and norms[j][0] == "0"):
                    words.append(j)  # "<Marker> <Town> 04", "<Marker> <Town> 1899", "<Town> 08": a founding year ends a club's name
                    j += 1
                elif norms[j] in _SKIPPABLE and j + 1 < len(toks) and toks[j + 1].is_title and words and _attached(toks, j):
                    j += 1
                elif len(words) >= 2 and norms[j] == "-" and j + 1 < len(toks) and _attached(toks, j) \
                        and _syllable_after_hyphen(toks, j + 1):
                    words.append(j + 1)  # "Hwang Hee-chan", "Kim Min-jae": a given name of two syllables
                    j += 2
                elif norms[j] == "." and len(words) >= 2 and len(toks[j - 1].text) == 1 and toks[j - 1].text.isupper() \
                        and j + 1 < len(toks) and toks[j + 1].is_title and toks[j].start == toks[j - 1].start + 1:
                    j += 1  # "<Town> F. <Name>": an initial inside a name, its full stop no sentence's end
                elif norms[j] in _QUOTES and words and (k := self._after_nickname(toks, norms, j)) and k not in claimed:
                    j = k  # '<Given> "<Nickname>" <Surname>': the nickname is left out of the name
                elif norms[j] in self.shapes["name_particles"] and words \
                        and (k := self._after_particles(toks, norms, j, len(words), all(norms[w] in self.given for w in words))) \
                        and k not in claimed:
                    j = k  # "<Given> van <Surname>", "<Given> de la <Surname>"
                else:
                    break
            if not words:
                i += 1
                continue
            if len(words) >= 2 and words[0] == i and self._sentence_word(norms[i]) and not name_first:
                i, words = words[1], words[1:]  # "En <Town>, ...", "Nach Informationen ...": a capitalised first word
            if len(words) >= 3 and (self.ref.demonym(toks[words[0]].text) is not None
                                    or self.ref.club_demonym(toks[words[0]].text) is not None):
                i, words = words[1], words[1:]  # "le Portugais <Name>", "der frühere <Town>er <Name>": then the name
            end = words[-1] + 1
            m = self._named_earlier(sent, toks, i, end, out) \
                or self._classify_run(sent, toks, norms, i, end, words, club_ends, club_starts)
            if m:
                out.append(m)
                i = max(end, i + 1)
            else:
                i += 1  # "Vertrag von Joshua X": the name may start later in the run
        return out

    def _named_earlier(self, sent: Sentence, toks: list[Token], start: int, end: int,
                       found: list[Mention]) -> Mention | None:
        """A surname of a person this very sentence named in full first ("... sent on <Given> <Surname> ... and
        <Surname>, signed from ..."): the names read before discovery knew him only from earlier sentences."""
        entity = self.local_aliases.get(alias_key(_span(sent, toks, start, end)))
        if entity is None or entity.type not in PERSON_TYPES or not any(m.entity is entity for m in found):
            return None
        return Mention(sent.index, start, end, _span(sent, toks, start, end), "discovered", entity, {entity.type},
                       confidence=0.6)

    def _competition_run(self, toks: list[Token], norms: list[str], i: int, claimed: set[int]) -> int | None:
        """Where a run of capitalised words from i that ends in a competition word ("Cup", "Pokal") ends, when
        a word of it is one that never names alone ("European", "Cup"); None otherwise."""
        j, words = i, []
        while j < len(toks) and j not in claimed and (toks[j].is_title and is_word(norms[j]) or norms[j] == "'" and words):
            if norms[j] != "'":
                words.append(norms[j])
            j += 1
        markers = self.shapes["competition_markers"]
        while words and words[-1] not in markers:
            words.pop()
        if len(words) < 2 or not any(w in self.not_names for w in words) or words[0] in self.lex.function_words:
            return None
        end = i
        for _ in words:  # the end of the last kept word
            while norms[end] == "'":
                end += 1
            end += 1
        return end

    @staticmethod
    def _after_nickname(toks: list[Token], norms: list[str], j: int) -> int | None:
        """Where a name goes on after a quoted nickname of one or two words starting at j, if it does."""
        for k in (j + 2, j + 3):
            if k + 1 < len(toks) and norms[k] in _QUOTES and all(toks[x].is_title for x in range(j + 1, k)) \
                    and toks[k + 1].is_title:
                return k + 1
        return None

    def _after_particles(self, toks: list[Token], norms: list[str], j: int, before: int = 1,
                         given_before: bool = False) -> int | None:
        """Where the name goes on after one or two particles starting at j ("van", "de la"), if it does; not
        after an article of the language ("<Given> <Surname> den Drittligisten"), unless two given names come
        before it and two names after ("<Given> <Given> del <Surname> <Surname>": a club after a man's name is
        one word or has a marker), or two given names alone before it and one name after that names nothing
        else ("<Given> <Given> del <Surname>")."""
        one_after = given_before and before >= 2 and j + 1 < len(toks) and toks[j + 1].is_title \
            and (j + 2 >= len(toks) or not toks[j + 2].is_title) and not self.ref.aliases.get(alias_key(toks[j + 1].text))
        if norms[j] in self.lex.determiners and not toks[j].is_title and not one_after \
                and not (before >= 2 and j + 2 < len(toks) and toks[j + 1].is_title and toks[j + 2].is_title
                         and not {norms[j + 1], norms[j + 2]} & self.shapes["club_markers"]):
            return None  # a capitalised "Le" inside a name is a particle ("<Given> Le <Surname>"), not an article
        if not self.lex.open_name_discovery and norms[j] in self.lex.prepositions and j + 1 < len(norms) \
                and norms[j + 1] in self.lex.determiners:
            return None  # "<Given> <Surname> von der <Town>er <Club>": a preposition and its article, not "van der"
        for k in (j + 1, j + 2):
            if k < len(toks) and toks[k].is_title:
                return k
            if k >= len(toks) or norms[k] not in self.shapes["name_particles"]:
                return None
        return None

    def _sentence_word(self, norm: str) -> bool:
        """A word of the language's grammar, capitalised only where it starts a sentence (not a name particle)."""
        lex = self.lex
        return norm in lex.prepositions | lex.determiners | lex.function_words and norm not in self.shapes["name_particles"]

    def _birth_after(self, norms: list[str], end: int) -> bool:
        """A birth told right after a name: "X, né le", "X (born 3 May", "X (* 3. Mai", "X (Santander, 4 de"."""
        nxt = norms[end:end + 2]
        if nxt[:1] == [","] or nxt[:1] == ["("]:
            nxt = nxt[1:]
        # "X (Santander, 4 de mayo de 1969)": a birthplace and a date in brackets
        place_date = norms[end:end + 1] == ["("] and end + 3 < len(norms) and norms[end + 2] == "," and norms[end + 3].isdigit()
        return bool(nxt) and (nxt[0] in self.lex.birth_markers or nxt[0] == "*" and norms[end] == "(") or place_date

    def _known_without_middle(self, toks: list[Token], words: list[int]) -> Entity | None:
        """"<Given> <Middle> <Surname>": the one known person called "<Given> <Surname>" (middle names are often
        written out in full)."""
        hits = {e.entity.iri: e.entity for e in self.ref.aliases.get(alias_key(f"{toks[words[0]].text} {toks[words[-1]].text}"), [])
                if e.entity.type in PERSON_TYPES}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _classify_run(self, sent, toks, norms, start, end, words, club_ends: set[int],
                      club_starts: set[int]) -> Mention | None:
        if self._officials_line(norms):
            return None  # "Referee: <Name> (<Place>)": no one the graph holds, nor an outlet in the brackets
        if end < len(norms) and self.lex.childhood_after.matches_at(norms, end):
            return None  # "moved to <Town> as a child": where he grew up
        run = [norms[w] for w in words]
        surface = _span(sent, toks, start, end)
        if "-" in surface and all(self.ref.demonym(part) is not None for part in surface.split("-")):
            return None  # "a Greek-Australian manager": two nationalities, no name
        if "-" in surface and len(run) == 2 and " " not in surface.replace(" - ", "-") and self._right_after_source_cue(norms, start):
            return self._new_entity(sent, start, end, surface, "MediaOutlet", 0.5)  # "selon <Town>-Matin"
        if len(run) == 1 and not self.lex.open_name_discovery and self._competition_compound(run[0]):
            return None  # "zu seinem Bundesligadebüt": a noun compounded with a competition's name
        if len(run) >= 2 and (run[-1] in self.shapes["competition_markers"] or run[0] in self.shapes["competition_markers"]
                              and not any(w in self.shapes["club_markers"] for w in run)):
            # "<Name> Cup", and in the Romance languages "Coupe <Name>", "Copa <Name>"
            return self._new_entity(sent, start, end, surface, "Competition", 0.6)
        if len(run) >= 2 and (any(w in self.shapes["club_markers"] for w in run) or run[-1] in self.shapes["club_last_words"]
                              or run[-1].isdigit()):  # "<Town> 08": a founding year
            return self._new_entity(sent, start, end, surface, "Club", 0.6)
        if len(run) == 1 and start > 1 and norms[start - 1] in self.lex.club_articles and self.ref.demonym(surface) is None:
            return self._new_entity(sent, start, end, surface, "Club", 0.5)  # "dirigió al <Name>": people take no article
        if 2 <= len(run) <= 3 and start > 2 and norms[start - 1] in ("'", "\u2019") and norms[start - 2] + "'" in self.lex.club_articles \
                and self.ref.demonym(toks[start].text) is None:
            return self._new_entity(sent, start, end, surface, "Club", 0.5)  # "à l'<Name> <Town>": nor an elided one
        if len(run) <= 3 and start > 0 and self.lex.open_name_discovery and norms[start - 1] in self.lex.club_nouns \
                and not toks[start - 1].is_title and self.ref.demonym(surface) is None \
                and (run[0] not in self.given or run[-1] in self.shapes["club_last_words"]):
            return self._new_entity(sent, start, end, surface, "Club", 0.5)  # "Australian club <Name>", "the Turkish side <Name>"
        if len(run) <= 3 and self._after_club_cue(norms, start) and self.ref.demonym(surface) is None \
                and not any(w in self.shapes["place_markers"] for w in run) \
                and (run[0] not in self.given or run[0] in self.shapes["club_last_words"]) \
                and not (len(run) == 1 and run[0] in generic_club_words()) \
                and not (end < len(toks) and (toks[end].is_title or norms[end] in self.lex.club_nouns)):
            return self._new_entity(sent, start, end, surface, "Club", 0.5)  # "began his career with <Name>"
        if start >= 3 and norms[start - 1] in self.lex.team_prepositions and norms[start - 2] in self.lex.conjunctions \
                and start - 2 in club_ends and not (len(run) >= 2 and run[0] in self.given):  # "und von <Given> <Surname>"
            return self._new_entity(sent, start, end, surface, "Club", 0.6)  # "del CD <Town> y del <Club>"
        if len(run) == 1 and start >= 2 and norms[start - 1] in self.lex.conjunctions and norms[start - 1] != "," \
                and start - 1 in club_ends:
            return self._new_entity(sent, start, end, surface, "Club", 0.5)  # "for <Club> and <Name>"
        if len(run) == 1 and start >= 1 and norms[start - 1] in self.lex.prepositions and end + 2 < len(norms) \
                and norms[end] in self.lex.conjunctions and norms[end] != "," and norms[end + 1] == norms[start - 1] \
                and end + 2 in club_starts:
            return self._new_entity(sent, start, end, surface, "Club", 0.5)  # "dirigió a <Name> y a <Club>"
        if len(run) == 1 and start >= 2 and norms[start - 1] == "," and start - 1 in club_ends and end + 1 < len(norms) \
                and norms[end] in self.lex.conjunctions and norms[end] != "," \
                and (end + 1 in club_starts or norms[end + 1] in self.lex.determiners and end + 2 in club_starts):
            return self._new_entity(sent, start, end, surface, "Club", 0.5)  # "par <Club>, <Name> et le <Club>"
        if len(run) <= 3 and start >= 1 and norms[start - 1] in self.lex.prepositions and end + 1 < len(norms) \
                and norms[end] == "," and end + 1 in club_starts and self.ref.demonym(surface) is None:
            return self._new_entity(sent, start, end, surface, "Club", 0.5)  # "für <Name>, <Club> und den <Club>"
        if len(run) == 2 and not self.lex.open_name_discovery and end + 1 < len(norms) and norms[end] == "," \
                and norms[end + 1] in self.lex.relative_pronouns and not toks[end + 1].is_title \
                and not any(w in self.shapes["club_markers"] for w in run) and run[0] not in self.given \
                and role_ending_at(self.lex, norms, start) is None and not (start > 0 and norms[start - 1][:1].isdigit()):
            return self._new_entity(sent, start, end, surface, "Player", 0.5)  # "hatte <Given> <Surname>, der ..."
        if any(w in self.shapes["place_markers"] or w in self.shapes["body_markers"] for w in run) \
                or start > 0 and norms[start - 1] in self.shapes["place_markers"]:
            return None
        if self._birthplace_at(toks, norms, start, end):
            return None  # "né à <Town>", "grew up in <Town>", "born in <Town>, <Region>": a place
        if self._after_outlet_noun(toks, norms, start):
            # "<Name> de <City>": an outlet's name may go on over a preposition and a place the reference knows
            while end + 1 < len(toks) and norms[end] in self.lex.team_prepositions and toks[end + 1].is_title:
                end += 1
                while end < len(toks) and toks[end].is_title:
                    end += 1
            surface = _span(sent, toks, start, end)
            return self._new_entity(sent, start, end, surface, "MediaOutlet", 0.6)
        quoted = _quoted(norms, start, end)  # "laut „<Name>“": a one-word name in quotes is a title, not a noun
        if run[0] not in self.given and (self.lex.open_name_discovery or len(run) >= 2 or quoted) \
                and not any(w in self.shapes["club_markers"] for w in run) \
                and (self._right_after_source_cue(norms, start - 1 if quoted else start)  # (or 'wie die „<Name>“ berichtet')
                     or quoted and end + 1 < len(norms) and bool(self.lex.source_intros.matches_at(norms, end + 1))):
            # "según La Voz de <Region>", "according to the <Town> Echo": an unknown name a report is credited to
            if start > 0 and toks[start - 1].is_title and norms[start - 1] in self.lex.determiners:
                start -= 1  # the outlet's article is part of its name ("La Voz", "The Athletic")
            return self._new_entity(sent, start, end, _span(sent, toks, start, end), "MediaOutlet", 0.5)
        if _bracketed(norms, start, end) and all(not is_word(n) for n in norms[end:]) and run[0] not in self.given \
                and len(run) <= 4:
            # a gossip item closes with its source alone in brackets: "(<Name> <Name>)" is an outlet
            return self._new_entity(sent, start, end, surface, "MediaOutlet", 0.6)
        role = self._role_before(toks, norms, start) or self._role_after(norms, end) or self._role_as_after(norms, end)
        if role in NO_CLASS_ROLES:
            return None  # "referee <Name>", "X, agente del extremo": no one the graph holds
        types = ROLE_TYPES.get(role or "", set())
        if self.ref.demonym(surface) is not None:
            return None
        kind = _kind_for(types)
        if len(run) >= 3 and run[0] in self.given and (known := self._known_without_middle(toks, words)) is not None:
            return Mention(sent.index, start, end, surface, "name", known, {known.type}, confidence=0.8)
        if len(run) >= 2 and run[0] in self.given and len(run) <= 4:
            return self._new_entity(sent, start, end, surface, kind, 0.7, role)
        if 2 <= len(run) <= 4 and self._birth_after(norms, end):
            return self._new_entity(sent, start, end, surface, kind, 0.7, role)  # "<Name>, né le ...", "<Name> (* 1990)"
        if len(run) == 1 and self.lex.open_name_discovery and start > 0 and run[0] not in self.given \
                and self.lex.succession.ending_at(norms, start, reach=4) is not None:
            return self._new_entity(sent, start, end, surface, "Coach", 0.5, "coach")  # "pour succéder à <Name>"
        if types and len(run) <= 3 and start > 0 and not (len(run) == 1 and self._indefinite_role(norms, start)):
            return self._new_entity(sent, start, end, surface, kind, 0.6, role)
        noun = not self.lex.open_name_discovery and len(run) == 1 and start > 0 and (
            norms[start - 1] in self.lex.determiners or norms[start - 1] in self.not_names  # "im Kader"
            or not toks[start - 1].is_title and is_word(norms[start - 1]))  # "in der laufenden Saison traf"
        if len(run) <= 3 and not noun and (end < len(norms) and norms[end] in self.shapes["player_verbs"]
                              or start > 0 and norms[start - 1] in self.shapes["player_verbs"] and len(run) >= 2):
            # "X scored", and the verb first ("trafen X und Y", "marcó X"): a player
            return self._new_entity(sent, start, end, surface, "Player", 0.55)
        verb_next = end < len(toks) and is_word(norms[end]) and not toks[end].is_title and norms[end] not in self.lex.function_words
        if len(run) == 2 and not self.lex.open_name_discovery and verb_next \
                and (self.lex.relations.matches_at(norms, end) or norms[end] in self.lex.arrival_words
                     and not (start > 0 and norms[start - 1] in self.lex.determiners)) \
                and not any(self.lex.roles.matches_at(norms, k) for k in words):
            # German capitalises nouns, but two capitalised words before a verb that tells a move or a tie
            # ("<Given> <Surname> wechselt vom <Club>") name a person
            return self._new_entity(sent, start, end, surface, kind, 0.5)
        if len(run) == 2 and end - start == 2 and not self.lex.open_name_discovery and run[1] in self.lineup_surnames \
                and run[0] not in self.lineup_surnames and not any(self.lex.roles.matches_at(norms, k) for k in words):
            return self._new_entity(sent, start, end, surface, kind, 0.5)  # "<Given> <Surname>" of a line-up's "<Surname>"
        apposition_next = end + 1 < len(toks) and norms[end] == "," and is_word(norms[end + 1]) and not toks[end + 1].is_title
        if 2 <= len(run) <= 3 and self.lex.open_name_discovery and (not _sentence_initial(norms, start)
                                                                    or len(run) == 2 and (verb_next or apposition_next)):
            # Outside German (which capitalises every noun), an unknown run of two or three capitalised
            # words inside a football sentence, that is no club, competition, outlet or place, is a person; at
            # a sentence's start too when a verb follows ("<Given> <Surname> opened the scoring").
            return self._new_entity(sent, start, end, surface, kind, 0.5)
        return None

    def _competition_compound(self, word: str) -> bool:
        """Whether a word opens with a known competition's one-word name and goes on as a noun ("bundesligadebut",
        "bundesligaspiele"): German writes such compounds as one word."""
        for k in range(4, len(word) - 2):
            if any(e.entity.type == "Competition" for e in self.ref.aliases.get((word[:k],), [])):
                return True
        return False

    def _after_club_cue(self, norms: list[str], start: int) -> bool:
        """Whether a cue whose club comes after it ends right before ``start`` ("joined", "began his career
        with", "wechselte zu"): what it names there is a club."""
        # (a gapped cue may be long: "won five league titles with"; not where nouns are capitalised too)
        hit = self.lex.relations.ending_at(norms, start, reach=10 if self.lex.open_name_discovery else 6)
        if hit is None and start > 1 and norms[start - 1] in self.lex.determiners:
            hit = self.lex.relations.ending_at(norms, start - 1, reach=6)  # "procedente de la <Name>"
        if hit is None and start > 2 and norms[start - 1] in ("'", "\u2019") and norms[start - 2] in self.lex.determiners:
            hit = self.lex.relations.ending_at(norms, start - 2, reach=6)  # "en provenance de l'<Name>"
        # (a coach's "sacked by <Name>", "took charge of <Name>" too, where nouns are not capitalised: in German
        # a noun follows as often)
        # ("won ... titles with <Name>" only where nouns are not capitalised: "mit ... den Anschlusstreffer")
        frames = ("joined", "former_member", "played") + (("coach", "coached", "won_with") if self.lex.open_name_discovery else ())
        return hit is not None and hit[1].team == "right" and hit[1].frame in frames

    def _after_outlet_noun(self, toks: list[Token], norms: list[str], start: int) -> bool:
        """Whether an outlet noun ends right before ``start``, over a quote or one lower-case adjective:
        "el diario X", "die Zeitung 'X'", "le quotidien sportif X"."""
        for end in (start, start - 1):
            if end < start and not (norms[end] in ("'", '"', "«", "„", "“") or not toks[end].is_title and is_word(norms[end])):
                continue
            if end > 0 and self.lex.outlet_nouns.ending_at(norms, end, reach=2):
                return True
        return False

    def _role_before(self, toks: list[Token], norms: list[str], start: int) -> str | None:
        """The role noun that types the name at ``start``: right before it ("coach X"), before one
        adjective ("l'entraîneur lillois X"), or before "of <Team>," ("el entrenador del <Club>, X")."""
        hit = role_ending_at(self.lex, norms, start)
        if hit is None and start > 0 and not toks[start - 1].is_title and is_word(norms[start - 1]) \
                and norms[start - 1] not in self.lex.function_words:  # an adjective, not "dem Neuzugang als Ersatz"
            hit = role_ending_at(self.lex, norms, start - 1)
        if hit is None and start >= 4 and norms[start - 1] == "," and norms[start - 2] in self.lex.club_nouns \
                and norms[start - 3] in self.lex.team_prepositions:
            hit = role_ending_at(self.lex, norms, start - 3)  # "El director deportivo del club, X"
        if hit is None and start >= 2 and norms[start - 1] in (",", ":"):
            # "el entrenador, X", "El director deportivo sevillista, X", "einen neuen Sportdirektor gefunden: X"
            hit = role_ending_at(self.lex, norms, start - 1)
            if hit is None and not toks[start - 2].is_title and is_word(norms[start - 2]):
                hit = role_ending_at(self.lex, norms, start - 2)
        if hit is None and start >= 3 and norms[start - 1] == ",":
            j = start - 2
            while j > 0 and toks[j].is_title:
                j -= 1
            if j < start - 2 and j > 0 and norms[j] in self.lex.determiners and norms[j] not in self.lex.team_prepositions:
                j -= 1  # "el presidente de la <Club>, X"
            if j < start - 2 and norms[j] in self.lex.team_prepositions:
                hit = role_ending_at(self.lex, norms, j)
        if hit is None and (link := self.lex.headed_by.ending_at(norms, start, reach=3)) is not None:
            hit = role_ending_at(self.lex, norms, link[0])  # "la dirección deportiva que encabeza X"
        if hit is None and (given := start + 1 < len(norms) and norms[start] in self.given and toks[start + 1].is_title) \
                or hit is None and (start + 1 >= len(norms) or not toks[start + 1].is_title):
            # "under <Given> <Name>", not "unter Vertrag"; one name alone after a longer phrase ("sous les ordres de
            # <Name>", "bajo la dirección de <Name>")
            under = self.lex.under_coach.ending_at(norms, start, reach=6)
            hit = (under[1], under[0]) if under and (given or start - under[0] >= 3) else None
        return hit[0] if hit else None

    def _birthplace_at(self, toks: list[Token], norms: list[str], start: int, end: int) -> bool:
        """Whether a name at ``start`` is where someone was born or grew up: right after "born in", or after the
        town that follows it and a comma, closing a phrase of its own (the region: "born in <Town>, <Region>,";
        not "Born in <Town>, <Name> began ...")."""
        j = start - 1
        if j >= 2 and norms[j] == ",":
            if end < len(norms) and norms[end] not in (",", ".", ";", ")"):
                return False
            j -= 1
            while j > 0 and toks[j].is_title and start - j <= 4:
                j -= 1
            if j == start - 2:
                return False
        places = self.lex.locative_prepositions | self.lex.prepositions
        return j >= 1 and norms[j] in places and any(n in self.lex.birth_markers for n in norms[max(0, j - 3):j])

    def _officials_line(self, norms: list[str]) -> bool:
        """Whether the sentence is a match report's line of officials ("Referee: <Name> (<Place>)")."""
        hit = self.lex.roles.matches_at(norms, 0) if norms else []
        return bool(hit) and hit[0][2] == "official" and hit[0][0] < len(norms) and norms[hit[0][0]] == ":"

    def _indefinite_role(self, norms: list[str], start: int) -> bool:
        """Whether the role noun right before ``start`` is an indefinite one ("um einen neuen Mittelstürmer
        Nägel mit Köpfen gemacht"): a role sought, which names no one after it."""
        hit = role_ending_at(self.lex, norms, start)
        return hit is not None and any(n in self.lex.indefinites for n in norms[max(0, hit[1] - 2):hit[1]])

    def _role_as_after(self, norms: list[str], end: int) -> str | None:
        """The role a name is given right after it with "as" ("con X como segundo entrenador", "X as his
        assistant")."""
        if not self.lex.open_name_discovery or end >= len(norms) or norms[end] not in self.lex.predicative_markers:
            return None  # (German capitalises its nouns: "nach fünf Jahren als Trainer")
        k = end + 1
        while k < len(norms) and (norms[k] in self.lex.determiners or norms[k] in self.lex.new_words):
            k += 1
        hits = self.lex.roles.matches_at(norms, k) if k < len(norms) else []
        return hits[0][2] if hits else None

    def _role_after(self, norms: list[str], end: int) -> str | None:
        """The role noun of an apposition right after the name: "Peter Lim, propietario de", "X, the club's
        president,"."""
        k = end + 1
        if end >= len(norms) or norms[end] != ",":
            return None
        while k < len(norms) and norms[k] in self.lex.determiners and k - end <= 2:
            k += 1
        hits = self.lex.roles.matches_at(norms, k) if k < len(norms) else []
        if not hits:
            return None
        # An apposition closes ("X, propietario de la entidad,", "X, the club's president,"); a role noun that
        # opens the next clause ("pour succéder à X, le technicien avait ...") is that clause's subject.
        k = hits[0][0]
        if k + 3 < len(norms) and norms[k + 1] == "-":
            k += 2  # "X, técnico txuri-urdin, ...": an adjective of two halves
        after = norms[k:k + 2]
        return hits[0][2] if any(n in self.lex.team_prepositions or n in (",", ".", ")") for n in after) else None

    def _new_entity(self, sent, start, end, surface, kind, conf, role=None) -> Mention:
        entity = self.discovered(surface, kind)
        if role is not None and not entity.typed:
            entity.type, entity.typed = kind, True
        return Mention(sent.index, start, end, surface, "discovered", entity, {kind}, role=role, confidence=conf)

    def _full_name_of_title(self, key: tuple[str, ...]) -> bool:
        """Whether a new name is the title person's full one: longer, with his surname after its first word, and
        the same initial ("Daniel Carvajal Ramos" for "Dani Carvajal")."""
        t = self.title_key
        return self.title_person is not None and len(key) > len(t) >= 2 and t[-1] in key[1:] and key[0][:1] == t[0][:1]

    def discovered(self, surface: str, kind: str) -> Entity:
        """The article-local entity for an unknown name, created on first sight."""
        nickname = _NICKNAME.search(surface)
        surface = _NICKNAME.sub("", surface)  # '<Given> "<Nickname>" <Surname>' is <Given> <Surname>
        words = [w for w in surface.split() if fold(w) not in self.shapes["honorifics"]]
        label = " ".join(words) or surface
        key = alias_key(label)
        entity = self.local_aliases.get(key)
        if entity is None and kind in PERSON_TYPES and self._full_name_of_title(key):
            entity = self.local_aliases[key] = self.title_person
        if entity is None:
            prefix = "person" if kind in PERSON_TYPES else "org"
            entity = Entity(str(FKR[f"{prefix}/{slug(label)}"]), label, kind, discovered=True)
            self.local_aliases[key] = entity
            if kind in PERSON_TYPES:
                # A discovered person's surname ("El Aynaoui", "Aynaoui") refers back to them in this article,
                # and so does the first name of a name of two words ("Brahim" for "Brahim Díaz": many players
                # go by it), unless another person met earlier has it.
                for k in range(1, len(key)):
                    self.local_aliases.setdefault(key[k:], entity)
                if len(key) == 2:
                    self.local_aliases.setdefault(key[:1], entity)
                if len(key) == 3 and len(words) == 3 and key[1] not in self.given:
                    # "<Given> <Surname> <Surname>": Spanish names carry two surnames; the first goes with the
                    # given name ("<Given> <Surname>"); "José Luis <Surname>" has two given names instead
                    self.local_aliases.setdefault(key[:2], entity)
                    self.local_aliases.setdefault(key[1:2], entity)  # and the first surname alone
                    entity.aliases.append(" ".join(words[:2]))
                if nickname is not None and len(words) >= 2:
                    # 'William "Billy" <Surname>' goes by "Billy <Surname>"
                    called = f"{nickname.group(0).strip()[1:-1]} {words[-1]}"
                    entity.aliases.append(called)
                    self.local_aliases.setdefault(alias_key(called), entity)
            if kind == "Club" and len(key) == 2 and key[1] in self.shapes["club_markers"] and key[0] not in self.shapes["club_markers"]:
                self.local_aliases.setdefault(key[:1], entity)  # "Carlisle United", then "Carlisle": the town names it
            self._local_first.update(k[0] for k in self.local_aliases if k)
        return entity

    def _after_verb(self, toks: list[Token], norms: list[str], k: int) -> bool:
        """Whether the word before piece k is a lowercase word that may be a verb (no function word, copula,
        preposition or conjunction)."""
        w = norms[k - 1]
        lex = self.lex
        return is_word(w) and not toks[k - 1].is_title and not w.isdigit() and w not in lex.function_words \
            and w not in lex.predicative_markers and w not in lex.team_prepositions and not lex.copulas.matches_at(norms, k - 1)

    def surname_stand_ins(self) -> dict[str, Entity]:
        """Known people the article named only by a bare surname that a new man it named in full also bears
        ("Potter eyes Ferguson loan" above "Brighton's Evan Ferguson"): the new man, by known iri."""
        out = {}
        for iri in self.seen - self.named_in_full:
            known = self.ref.entities.get(iri)
            if known is None or known.type not in PERSON_TYPES:
                continue
            local = self.local_aliases.get(alias_key(known.label)[-1:])
            if local is not None and local.discovered and local.iri in self.named_in_full:
                out[iri] = local
        return out

    def person_named(self, surface: str) -> tuple[Entity, bool]:
        """The person a bare name stands for (a line-up entry): known alias, a name already met in this
        article, or a new discovered player. The flag says whether the name was known."""
        key = alias_key(surface)
        for entry in self.ref.aliases.get(key, []):
            if entry.entity.type == "Player" and entry.mode != "context":  # a line-up lists players, not coaches
                self.seen.add(entry.entity.iri)
                return entry.entity, True
        local = self.local_aliases.get(key)
        if local is not None and local.type in PERSON_TYPES:
            return local, True
        return self.discovered(surface, "Player"), False

    # ---------------------------------------------------------------- pronouns
    def _pronouns(self, sent, toks, norms, taken, mentions) -> list[Mention]:
        lex = self.lex
        out = []
        for i, n in enumerate(norms):
            if taken[i]:
                continue
            kind = None
            if n in lex.subject_pronouns:
                kind = "pronoun"
            elif n in lex.possessives:
                kind = "possessive"
            elif n in lex.object_pronouns or n in lex.object_clitics and i + 2 < len(norms) and norms[i + 1] == "'" \
                    and norms[i + 2] in lex.object_clitics[n]:
                kind = "object"
            elif n in lex.relative_pronouns and i > 0 and norms[i - 1] == "," \
                    and not (i + 1 < len(norms) and taken[i + 1]):
                kind = "relative"  # not an article before a name: "für den <Club>, den <Club> und ..."
            if kind:
                m = Mention(sent.index, i, i + 1, toks[i].text, kind, types=set(PERSON_TYPES) - {"Journalist"},
                            confidence=0.85)
                if kind == "relative":
                    prev = [x for x in mentions if x.end <= i - 1]
                    if prev and prev[-1].end >= i - 2:
                        m.antecedent = prev[-1]
                        m.types = set(prev[-1].types)
                    else:
                        continue
                out.append(m)
                taken[i] = True
        return out

    # ---------------------------------------------------------------- descriptions
    def _descriptors(self, sent, toks, norms, taken, mentions) -> list[Mention]:
        """'the 26-year-old', 'der Franzose', 'the <Club> defender', 'der <Club>-Boss', 'the Spanish giants'."""
        lex = self.lex
        out: list[Mention] = []
        by_start = {m.start: m for m in mentions}
        if lex.age_descriptor is not None:
            for mt in lex.age_descriptor.finditer(sent.text):
                a, b = mt.start() + sent.start, mt.end() + sent.start
                idx = [k for k, t in enumerate(toks) if a <= t.start < b]
                if idx and not any(taken[k] for k in idx):
                    s0 = idx[0]
                    nationality = None
                    country = by_start.get(s0 - 1) if s0 >= 2 and norms[s0 - 2] in lex.determiners else None
                    if country is not None and country.entity is not None and country.entity.type == "NationalTeam" \
                            and self.ref.demonym(toks[s0 - 1].text) is country.entity:
                        # "du Suisse de 25 ans": the country's name is its man's, the age says a person
                        mentions.remove(country)
                        nationality, s0 = country.entity, s0 - 1
                    if s0 > 0 and norms[s0 - 1] in lex.determiners:
                        s0 -= 1
                    role, types = self._role_after_age(norms, idx[-1] + 1, by_start)
                    if mt.group(1) and int(mt.group(1)) < YOUNGEST_COACH:
                        types = {"Player"}  # "the 21-year-old": too young to coach
                    out.append(Mention(sent.index, s0, idx[-1] + 1, _span(sent, toks, s0, idx[-1] + 1),
                                       "descriptor", types=types, role=role, nationality=nationality, confidence=0.8,
                                       # "X, de 57 años": too old to play; in football news, most often a coach
                                       elder=bool(mt.group(1)) and int(mt.group(1)) > OLDEST_PLAYER
                                       and types == {"Player", "Coach"}))
                    for k in range(s0, idx[-1] + 1):
                        taken[k] = True
        i = 0
        while i < len(toks):
            if taken[i] or norms[i] not in lex.determiners or norms[i] in lex.indefinites \
                    or lex.not_descriptors.matches_at(norms, i) \
                    or i > 0 and norms[i - 1] in lex.predicative_markers and lex.roles.find(norms[i:i + 5]):
                i += 1  # "appointed X as their new head coach": a role said of X, no one referred to
                continue
            m = self._description_after(sent, toks, norms, i, taken, by_start)
            if m:
                m.new = m.types == {"Coach"} and any(n in lex.new_words for n in norms[m.start:m.end])  # "le nouvel entraîneur"
                out.append(m)
                for k in range(m.start, m.end):
                    taken[k] = True
                i = m.end
            else:
                i += 1
        return out

    def _role_after_age(self, norms: list[str], j: int, by_start: dict[int, Mention]) -> tuple[str, set[str]]:
        """The role an age description goes on to name ("the 29-year-old <Country> captain", "der 25-jährige
        Trainer"): it says whether a player or a coach is meant; an age alone may be either."""
        team = by_start.get(j)
        if team is not None and team.entity is not None and team.entity.type in ("Club", "NationalTeam"):
            j = team.end
        hits = self.lex.roles.matches_at(norms, j) if j < len(norms) else []
        if hits and hits[0][2] in ("player", "coach"):
            return hits[0][2], set(ROLE_TYPES[hits[0][2]])
        return "player", {"Player", "Coach"}

    def _description_after(self, sent, toks, norms, det, taken, by_start) -> Mention | None:
        lex = self.lex
        j = det + 1
        if j < len(norms) and norms[j] == "'" and not taken[j]:
            j += 1  # an elided article: "l'international", "l'ex-entraîneur"
        # "He was most recently the head coach of <Club>": a marker before the article makes the role a former one
        former = det > 0 and lex.former_markers.ending_at(norms, det, reach=2) is not None
        adjective = False
        team: Mention | None = None
        nationality: Entity | None = None
        region: frozenset[str] | None = None
        for _ in range(4):
            if j >= len(toks):
                return None
            hits = lex.former_markers.matches_at(norms, j)
            if hits:
                former, j = True, hits[0][0]
                if j < len(norms) and norms[j] == "-":
                    j += 1
                continue
            if not former and len(norms[j]) > 5 and norms[j].startswith("ex") \
                    and lex.roles.matches_at(glued := [*norms[:j], norms[j][2:], *norms[j + 1:]], j):
                former, norms = True, glued  # "el exdefensa del <Club>": the former marker glued to the role
                continue
            if j in by_start and by_start[j].entity is not None and by_start[j].entity.type in ("Club", "NationalTeam"):
                team = by_start[j]
                j = team.end
                while j < len(norms) and norms[j] in ("-", "'", "s"):
                    j += 1
                continue
            if not taken[j] and norms[j] in lex.first_team_words and j + 2 < len(norms) and norms[j + 1] in lex.club_nouns \
                    and self.ref.club_demonym(toks[j + 2].text) is not None:
                j += 1  # "el primer equipo blanco": the first team, named by the club's adjective after it
                continue
            if not taken[j] and not adjective and is_word(norms[j]) and not toks[j].is_title and j + 1 < len(norms) \
                    and norms[j] not in lex.function_words and lex.roles.matches_at(norms, j + 1):
                adjective, j = True, j + 1  # "der defensive Mittelfeldspieler", "the experienced defender"
                continue
            if not taken[j] and not adjective and toks[j].is_title and lex.open_name_discovery and j + 1 < len(norms) \
                    and norms[j + 1] in lex.club_nouns and self.ref.demonym(toks[j].text) is None:
                region = self.ref.club_region(toks[j].text)
                adjective, j = True, j + 1  # "the <Region>n club": a region's adjective, the club told before
                continue
            if not taken[j]:
                dem = self.ref.demonym(toks[j].text) if is_word(norms[j]) else None
                if dem is not None:
                    nationality = dem
                    nxt = j + 1
                    roles = lex.roles.matches_at(norms, nxt) if nxt < len(norms) else []
                    if not roles and (nxt >= len(norms) or norms[nxt] not in lex.club_nouns):
                        # "the Frenchman", "der Franzose", "al francés": a demonym noun stands for a person.
                        if toks[j].is_title or lex.lowercase_demonym_nouns and j == det + 1:
                            return Mention(sent.index, det, j + 1, _span(sent, toks, det, j + 1), "descriptor",
                                           types={"Player", "Coach"}, nationality=dem, confidence=0.75)
                        return None
                    j = nxt
                    continue
            break
        if j >= len(toks) or taken[j]:
            return None
        roles = lex.roles.matches_at(norms, j)
        if roles:
            end, _pat, role = roles[0]
            if end + 1 < len(toks) and not taken[end] and not toks[end].is_title and is_word(norms[end]) \
                    and norms[end] not in lex.function_words and norms[end + 1] in lex.team_prepositions \
                    and end + 1 not in by_start and not lex.relations.matches_at(norms, end):
                end += 1  # "le milieu offensif du <Club>": an adjective after the role, then its team
            after = by_start.get(end)
            if team is None and after is not None and after.entity is not None and after.kind == "name" \
                    and after.entity.type in ("Club", "NationalTeam") and after.end - after.start == 1 \
                    and not toks[end].is_title:
                team, end = after, after.end  # "le défenseur <club adjective>"
            if end < len(toks) and toks[end].is_title and is_word(norms[end]) and lex.lang != "de":
                return None  # "the defender <Name>": a name follows; the name is the mention
            origin = False
            if team is None and end < len(toks) and not taken[end] and not toks[end].is_title and is_word(norms[end]):
                # "el técnico navarro", "l'entraîneur portugais": an adjective of origin after the role describes
                # one man, named before (a team of that region would be "el club navarro")
                dem = self.ref.demonym(toks[end].text)
                if dem is not None or self.ref.club_region(toks[end].text) is not None:
                    nationality, origin, end = nationality or dem, True, end + 1
            if end < len(toks) and end in by_start:
                return None
            possessor = None
            if norms[det] in lex.possessives:
                possessor = Mention(sent.index, det, det + 1, toks[det].text, "possessive",
                                    types=set(PERSON_TYPES) - {"Journalist"}, confidence=0.85)
            if role in NO_CLASS_ROLES:
                return None  # "the referee", "su agente": no one the graph holds
            types = set(ROLE_TYPES.get(role, PERSON_TYPES))
            if former and role == "player":
                types |= {"Coach", "Executive"}  # "der Ex-Profi", "the former <Club> striker": often a coach by now
            return Mention(sent.index, det, end, _span(sent, toks, det, end), "descriptor",
                           types=types, role=role, former=former, team=team,
                           nationality=nationality, possessor=possessor, origin=origin, confidence=0.75)
        if norms[j] in lex.coach_posts and team is None and j + 1 < len(toks) and not taken[j + 1] \
                and (club := self.ref.club_demonym(toks[j + 1].text)) is not None:
            # "sigue en el banquillo rojiblanco": the bench named by its club's adjective is that club's
            return Mention(sent.index, det, j + 2, _span(sent, toks, det, j + 2), "name", club, {"Club"}, confidence=0.7)
        if norms[j] in lex.club_nouns and team is None:
            if j + 2 < len(toks) and norms[j + 1] == "-" and _attached(toks, j + 1):
                return None  # "the club-record signing": the noun is half of a compound, no club
            if j + 1 in by_start and by_start[j + 1].entity is not None and by_start[j + 1].entity.type == "Club":
                return None  # "den Drittligisten <Club>": the noun describes the name after it
            if j + 2 in by_start and norms[j + 1] in lex.team_prepositions and by_start[j + 2].entity is not None \
                    and by_start[j + 2].entity.type in ("Club", "NationalTeam"):
                return None  # "l'équipe de <Country>": the name after it is the team
            club = self.ref.club_demonym(toks[j + 1].text) if j + 1 < len(toks) and not taken[j + 1] else None
            if club is not None:
                # "el conjunto blanco", "le club lensois": the club's own adjective names it
                return Mention(sent.index, det, j + 2, _span(sent, toks, det, j + 2), "name", club, {"Club"}, confidence=0.8)
            country = None
            if nationality is not None:
                country = nationality.country
            end = j + 1
            if region is None and end < len(toks) and not taken[end] and not toks[end].is_title \
                    and (region := self.ref.club_region(toks[end].text)) is not None:
                end += 1  # "le club breton", "el club vasco": the region's clubs, one of which the article named
            elif region is None and end + 1 < len(toks) and norms[end] in lex.team_prepositions and not any(taken[end:end + 2]) \
                    and toks[end + 1].is_title and (region := self.ref.club_town(toks[end + 1].text)) is not None:
                end += 2  # "el club de Bérgamo": the clubs of the town, one of which the article named
            elif country is None and region is None and end < len(toks) and not taken[end] and not toks[end].is_title \
                    and lex.lang in ("es", "fr") and (side := self.ref.demonym(toks[end].text)) is not None and side.country:
                country, end = side.country, end + 1  # "el club turco", "le club italien": a club of that country
            return Mention(sent.index, det, end, _span(sent, toks, det, end), "team_descriptor",
                           types={"Club"}, country=country, region=region, confidence=0.7 if country or region else 0.6,
                           genitive=genitive_at(norms, end), side_noun=norms[j] in lex.side_nouns,
                           first_team=any(n in lex.first_team_words for n in norms[det:end + 1]))
        return None


def _bracketed(norms: list[str], start: int, end: int) -> bool:
    """The name alone in brackets: a gossip column's "(<Outlet>)" after an item names its source (the sentence
    splitter may leave the opening bracket with the sentence before)."""
    return (start == 0 or norms[start - 1] == "(") and end < len(norms) and norms[end] == ")"


def _quoted(norms: list[str], start: int, end: int) -> bool:
    """The name alone in quotation marks."""
    return start > 0 and norms[start - 1] in _OPENING_QUOTES and end < len(norms) and norms[end] in CLOSING_QUOTES


def _syllable_after_hyphen(toks: list[Token], k: int) -> bool:
    """A short lower-case syllable that ends a hyphenated given name ("Hee-chan"), not an English suffix
    ("<Name>-led", "<Name>-based")."""
    text = toks[k].text
    ends_word = k + 1 >= len(toks) or toks[k + 1].start > toks[k].start + len(text) or not toks[k + 1].text[:1].isalnum()
    return 2 <= len(text) <= 4 and text.isalpha() and text.islower() and not text.endswith("ed") and ends_word \
        and len(toks[k - 2].text) <= 5


def _attached(toks: list[Token], j: int) -> bool:
    """True when the punctuation at j touches the words on both sides ("Hanche-Olsen", not "A - B")."""
    return (toks[j].start == toks[j - 1].start + len(toks[j - 1].text)
            and toks[j + 1].start == toks[j].start + len(toks[j].text))


def _kind_for(types: set[str]) -> str:
    """The class of a discovered person given the classes its role noun allows (Player by default)."""
    if types == {"Coach", "Executive"}:
        return "Coach"
    return next(iter(sorted(types))) if len(types) == 1 else "Player"


def _sentence_initial(norms: list[str], start: int) -> bool:
    return start == 0 or norms[start - 1] in (".", ":", '"', "!", "?", "-")


def _span(sent: Sentence, toks: list[Token], a: int, b: int) -> str:
    return sent.text[toks[a].start - sent.start: toks[b - 1].start - sent.start + len(toks[b - 1].text)]


def _hyphen_role(norms: list[str], k: int, lex) -> bool:
    """A role noun joined by a hyphen at piece k: "<Nickname>-Trainer"."""
    return k + 1 < len(norms) and norms[k] == "-" and bool(lex.roles.matches_at(norms, k + 1))


def _word_before(norms: list[str], k: int) -> str:
    """The word before piece k, across an elision's apostrophe ("d'<Name>" gives "d")."""
    k -= 1
    if k >= 0 and norms[k] in ("'", "’"):
        k -= 1
    return norms[k] if k >= 0 else ""


def _surface_words(alias: str) -> list[str]:
    return [w for w in raw_pieces(alias) if is_word(w)]
