"""Relations between resolved mentions of one sentence: structural patterns and cue frames (readings that
need the article around the sentence are in graph.discourse).

Two mechanisms, both driven by the lexicon and the entities' classes (never by names):

* structural patterns around a name: "<Club> defender X", "<Club>'s X", "Trainer X von Y",
  "X (Y)", and descriptions that carry a team ("der <Club>-Boss", "his former <Club> teammate");
* cue frames: a cue ("linked with", "von ... gewechselt") with the sides where its person and team
  arguments are looked for, nearest first, same clause first.

The ontology's domains decide the predicate (a coach's "contract at" is ``coaches``, a player's is
``playsFor``) and reject what cannot hold.
"""

from __future__ import annotations

import re

from graph.amounts import amount_lexicon
from graph.claims import (
    CURRENT_OF,
    FORMER_OF,
    PEOPLE,
    Discourse,
    Relation,
    frame_predicate,
    membership_predicate,
    retype_as_coach,
    retype_as_executive,
)
from graph.dates import YEAR
from graph.discourse import DiscourseReadings
from graph.lexicon import Lexicon, RelationCue, opponent_before, role_ending_at, score_colon, speaks_of_coach
from graph.mentions import CLOSING_QUOTES, Mention
from graph.reference import TEAM_TYPES, Entity
from graph.sides import MatchReadings
from graph.tenure import MAX_DISTANCE, TenureReadings
from graph.text import Sentence, fold, genitive_at, is_word, pieces

# "2004 - 2006", "2004 and 2006", "2015 bis 2019", "2004-06" over folded, space-joined word pieces
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d) (?:-|–|to|and|until|bis|und|a|à|et|y|hasta) ((?:19|20)?\d\d)\b")


class SentenceRelations(DiscourseReadings, MatchReadings, TenureReadings):
    """Extracts the relations of one sentence given its resolved mentions and the article's discourse."""

    def __init__(self, sent: Sentence, mentions: list[Mention], lex: Lexicon, discourse: Discourse | None = None):
        d = discourse or Discourse()
        self.sent = sent
        self.lex = lex
        self.norms = [t.norm for t in sent.tokens]
        self.mentions = [m for m in mentions if m.entity is not None and m.entity.type != "Place"]
        self.own_teams, self.article_date, self.topic = d.own_teams, d.article_date, d.topic
        self.topic_club, self.earlier, self.context_teams = d.topic_club, d.earlier, d.context_teams
        self.retired, self.deceased, self.lead_clubs, self.born = d.retired, d.deceased, d.lead_clubs, d.born
        self.section, self.played_until, self.context_sides = d.section, d.played_until, d.context_sides
        self.item_opener, self.coach_news = d.item_opener, d.coach_news
        # "As a player, he spent ... with <Club>": the sentence's ties are a player's
        self.playing = bool(self.lex.player_phase.matches_at(self.norms, 0)) if self.norms else False
        self.relative_clauses: set[int] = set()  # the ids of relative clauses (", who ... ,")
        self.clause = self._clauses()
        # "spent most of his playing career at <Club>": that clause's ties are a player's too
        self.playing_spans = [self._phase_span(a, b) for a, b, _p, _ in self.lex.player_phase.find(self.norms)]
        self.former_player = self._former_player_opening()
        self.pos = self._positions()
        self.out: list[Relation] = []
        self.predecessors: list[tuple[Mention, Mention]] = []  # (predecessor, successor) of the succession cues
        self.quiet: set[int] = set()  # pieces whose negation words negate nothing (see cues)
        self._wanting: list[tuple[int, int]] | None = None  # see _wanting_spans

    # ------------------------------------------------------------ clauses
    def _clauses(self) -> list[int]:
        """Clause id per piece: breaks at ; : ( ) and dashes, and at commas before subordinators;
        a relative clause (", who ... ,") gets its own id and the main clause resumes after it."""
        lex, norms, toks = self.lex, self.norms, self.sent.tokens
        ids = [0] * len(norms)
        cid, main, in_rel = 0, 0, False
        outside: int | None = None  # clause to resume after a parenthesis
        for i, n in enumerate(norms):
            nxt = norms[i + 1] if i + 1 < len(norms) else ""
            spaced_dash = n == "-" and i > 0 and toks[i].start > toks[i - 1].start + len(toks[i - 1].text)
            if n == "(" and outside is None:
                outside = cid
                cid = len(norms) + i  # a fresh id that never collides with the running ones
            elif n == ")" and outside is not None:
                ids[i] = cid
                cid, outside = outside, None
                continue
            elif n in (";", ":", '"') and not score_colon(norms, i) or spaced_dash:
                cid += 1
                main, in_rel = cid, False
            elif n == ",":
                if nxt in lex.relative_pronouns:
                    cid += 1
                    in_rel = True
                    self.relative_clauses.add(cid)
                elif nxt in lex.subordinators:
                    cid += 1
                    main, in_rel = cid, False
                elif in_rel and not self._names_listed_on(i):
                    cid, in_rel = main, False
            ids[i] = cid
        return ids

    def _names_listed_on(self, i: int) -> bool:
        """Whether the comma at piece i goes on with a list of names ("who managed <A>, <B> and <C>, signed"): a
        name before it and after it, and "and" with a name before the next comma."""
        toks, norms = self.sent.tokens, self.norms
        if i == 0 or i + 1 >= len(norms) or not toks[i - 1].is_title or not toks[i + 1].is_title:
            return False
        for k in range(i + 2, min(i + 8, len(norms) - 1)):
            if norms[k] == ",":
                return False
            if norms[k] in self.lex.conjunctions and toks[k + 1].is_title:
                return True
        return False

    def _in_where_clause_before(self, k: int, a: int) -> bool:
        """Whether piece k is inside a place relative (", where ...,", ", donde ...,") that closes before piece a."""
        opening = next((j for j in range(k - 1, 0, -1) if self.norms[j] == ","), None)
        if opening is None or self.norms[opening + 1] not in self.lex.place_relatives:
            return False
        closing = next((j for j in range(k, len(self.norms)) if self.norms[j] == ","), len(self.norms))
        return closing < a

    def _positions(self) -> list[int]:
        """Token positions that do not count words inside parentheses or a birth aside, for distances across
        "(born 1997)" and ", né le 3 février 2000 à <Town>,"."""
        out, depth, k, aside = [], 0, 0, False
        norms = self.norms
        for i, n in enumerate(norms + [""]):
            out.append(k)
            if n == "," and i + 1 < len(norms) and norms[i + 1] in self.lex.birth_markers:
                aside = True
            elif n == "," and aside:
                aside = False
            elif n == "(":
                depth += 1
            elif n == ")" and depth:
                depth -= 1
            elif not depth and not aside:
                k += 1
        return out

    # ------------------------------------------------------------ helpers
    def _people(self) -> list[Mention]:
        return [m for m in self.mentions if m.entity.type in PEOPLE]

    def _teams(self) -> list[Mention]:
        return [m for m in self.mentions if m.entity.type in TEAM_TYPES]

    def _add(self, subj: Entity, pred: str | None, obj: Entity | str, conf: float, rule: str, span: tuple[int, int],
             cue: str = "", negation_before: bool = True) -> Relation | None:
        if pred is None or subj is obj or (isinstance(obj, Entity) and subj.iri == obj.iri):
            return None
        a, b = span
        # Only cue-signalled claims can be denied; "<Club> defender X" is presupposed.
        stance = "negative" if rule.startswith("cue:") and self._negated(a, b, negation_before) else "positive"
        if self._hedged(a, b):
            conf *= 0.85
        if pred in FORMER_OF and (self._past_span(a, b) or rule.startswith("cue:") and self._former_marked(a)):
            pred = FORMER_OF[pred]
        clause = self.clause[min(a, len(self.clause) - 1)]
        # (the one a player played under was his coach, whatever phase the sentence tells)
        if pred in ("coaches", "coachedAt") and rule != "under-coach" and (
                self._playing(a, subj, moved=rule.startswith("cue:"))
                or self.former_player and rule not in ("cue:coach", "cue:coached")):
            pred = "formerlyPlayedFor"
        # "had joined" is a flashback; "had spells with" (the cue's own first word) is a main verb
        background = any(n in self.lex.background_auxiliaries and self.clause[k] == clause and k != a
                         for k, n in enumerate(self.norms)) \
            or " ... " in cue and pieces(cue)[0] in self.lex.background_auxiliaries  # "hatte ... betreut": pluperfect
        rel = Relation(subj, pred, obj, self.sent.index, self.sent.text, stance, round(min(conf, 1.0), 3),
                       rule=rule, cue=cue, span=span, clause=clause, paragraph=self.sent.paragraph, background=background,
                       sequel=any(self.norms[k] in self.lex.sequence_words for k in range(a) if self.clause[k] == clause))
        rel.origin = pred in ("formerlyPlayedFor", "coachedAt") and self._move_edge(rel) == "start"
        rel.loan = rule in ("cue:joined", "cue:member") and self._loan_cue(cue)
        self.out.append(rel)
        if pred in ("playsFor", "coaches") and isinstance(obj, Entity) and stance == "positive":
            self.own_teams.setdefault(subj.iri, {})[obj.iri] = obj
        return rel

    def _loan_cue(self, cue: str) -> bool:
        """Whether a cue's words call the move a loan ("on loan at", "le prêt de")."""
        return bool(self.lex.loan_words.find(pieces(cue)))

    def _former_player_opening(self) -> bool:
        """Whether the sentence opens by calling its subject a former player ("Ancien milieu défensif, X a été formé
        à <Club> ...", "A former midfielder, X began at <Club>"): the moves it tells are a player's (the posts a
        coaching verb gives are still a coach's)."""
        k = 1 if self.norms[:1] and self.norms[0] in self.lex.determiners else 0
        if k >= len(self.norms) or not self.lex.former_markers.matches_at(self.norms, k):
            return False
        comma = next((j for j in range(k + 1, min(len(self.norms), k + 6)) if self.norms[j] == ","), None)
        return comma is not None and any(role == "player" for j in range(k + 1, comma)
                                         for _e, _p, role in self.lex.roles.matches_at(self.norms, j))

    def _former_marked(self, a: int) -> bool:
        """A former marker right before the cue, an article between allowed: "was most recently the head coach of"."""
        k = a - 1 if a > 0 and self.norms[a - 1] in self.lex.determiners else a
        return k > 0 and self.lex.former_markers.ending_at(self.norms, k, reach=2) is not None

    def _phase_span(self, a: int, b: int) -> tuple[int, int]:
        """The pieces a playing-career phrase speaks for: its clause, or only up to the comma after it when it closes
        a fronted phrase ("Passé par <Club> comme joueur, X a ensuite dirigé <Other>")."""
        clause = self.clause[a]
        lo = next((k + 1 for k in range(a - 1, -1, -1) if self.clause[k] != clause), 0)
        hi = next((k for k in range(b, len(self.norms)) if self.clause[k] != clause), len(self.norms))
        if b < len(self.norms) and self.norms[b] == "," and a > 0:
            hi = b
        # "<Club>, the club where he ended his playing career": the place relative's own clause
        lo = max([lo, *(k for k in range(lo, a) if self.norms[k] in self.lex.place_relatives)])
        return lo, hi

    def _clause_years(self, a: int) -> list[int]:
        """The years named in the clause of piece a."""
        clause = self.clause[min(a, len(self.clause) - 1)]
        return [int(n) for k, n in enumerate(self.norms) if self.clause[k] == clause and YEAR.fullmatch(n)]

    def _year_after_before_now(self, b: int) -> bool:
        """Whether the words after a cue, in its clause, name a year before the article's ("led <Country> to the
        2002 World Cup"; not a year told before the cue, which may date an arrival)."""
        clause = self.clause[min(b, len(self.clause) - 1)]
        return any(self.clause[k] == clause and YEAR.fullmatch(self.norms[k]) and int(self.norms[k]) < self._now()
                   for k in range(b, len(self.norms)))

    def _clause_years_before(self, a: int) -> bool:
        """Whether the clause of piece a names a year before the article's."""
        return any(y < self._now() for y in self._clause_years(a))

    def _playing(self, a: int, subj: Entity, moved: bool = False) -> bool:
        """Whether ties read at piece a are a playing career's ("As a player, ...", under "Playing career"; for a
        coach who played, a clause dated before he stopped playing, "a spell at <Club> in 2000", or, ``moved``
        being his own move, told with a loan: "returned on loan")."""
        clause = self.clause[min(a, len(self.clause) - 1)]
        # ("As a player, X won the league under <Coach> ..., where <Coach> is still in charge": X's career only)
        subject = next((m.entity for m in self.mentions if m.entity.type in PEOPLE and not m.after_preposition), None)
        if (self.playing or any(lo <= a < hi for lo, hi in self.playing_spans)) and subj in (subject, self.topic) \
                or self.section == "player" and subj is self.topic:
            return True
        last = self.played_until.get(subj.iri)
        if last is None:
            return False
        years = self._clause_years(a)
        # a loan tells the move of the one who moved (a cue's), not of a coach named with him ("loaned out under X")
        return bool(years) and max(years) < last or moved and any(
            self.clause[k] == clause and not self._other_person_between(subj, a, k)
            for k, _e, _p, _ in self.lex.loan_words.find(self.norms))

    def _other_person_between(self, subj: Entity, a: int, k: int) -> bool:
        """Whether someone other than ``subj`` is named between pieces a and k (a loan told after another man is
        his: "managed <Club>, signed X, who had spent the season on loan")."""
        lo, hi = min(a, k), max(a, k)
        return any(m.entity is not subj and m.entity.type in PEOPLE and lo <= m.start < hi for m in self.mentions)

    def _past_span(self, a: int, b: int) -> bool:
        """The clause dates the tie to a closed period ("between 2004 and 2006", "von 2015 bis 2019")."""
        clause_ids = {self.clause[k] for k in range(a, min(b, len(self.norms)))} or {self.clause[a]}
        text = " ".join(n for k, n in enumerate(self.norms) if self.clause[k] in clause_ids)
        now = self._now()
        for m in _YEAR_RANGE.finditer(text):
            end = int(m.group(2))
            end = end + (int(m.group(1)) // 100) * 100 if end < 100 else end
            if int(m.group(1)) <= end < now:
                return True
        return False

    def _window_has(self, patterns, a: int, b: int, before: int, after: int) -> bool:
        clause_ids = {self.clause[k] for k in range(a, min(b, len(self.norms)))} or {self.clause[a]}
        lo, hi = max(0, a - before), min(len(self.norms), b + after)
        # ("X, pretendido por el <Club>, aún no ha respondido": what follows the apposition's comma is another verb's)
        hi = next((k for k in range(b, hi) if self.norms[k] == ","), hi)
        for k in range(lo, hi):
            if self.clause[k] not in clause_ids or k in self.quiet:
                continue
            if patterns.matches_at(self.norms, k):
                return True
        return False

    def _negated(self, a: int, b: int, look_back: bool = True) -> bool:
        # "he rejected a new contract and joined <Club>": a verb coordinated after "and" is not the negated one's
        joined = next((a - k for k in (1, 2) if a - k >= 0 and self.norms[a - k] in self.lex.conjunctions
                       and self.norms[a - k] != ","), None)
        if not look_back:  # (nor the cue's own words: "ha decidido no continuar con X" ends his post)
            return self._window_has(self.lex.negation, b, b, 0, 3)
        back = min(6, a - joined - 1) if joined is not None else 6
        if a > 0 and self.norms[a - 1] in self.lex.subordinators and any(m.start == a for m in self.mentions):
            back = 0  # "a move collapsed after <Club> showed interest": the claim's subject opens its own clause
        return self._window_has(self.lex.negation, a, b, back, 3)

    def _hedged(self, a: int, b: int) -> bool:
        return self._window_has(self.lex.hedges, a, b, 8, 4)

    def _coordinated(self, m: Mention, pool: list[Mention]) -> list[Mention]:
        """m plus mentions joined to it by 'and'/','/'und' ("X and Y")."""
        group = [m]
        if m.entity.type in PEOPLE and m.kind in ("name", "discovered"):
            pool = [x for x in pool if x is m or x.kind in ("name", "discovered")]  # (not "who", "him" in between)
        ordered = sorted(pool, key=lambda x: x.start)
        idx = ordered.index(m)
        for step in (-1, 1):
            k = idx
            while 0 <= k + step < len(ordered):
                a, b = (ordered[k + step], ordered[k]) if step < 0 else (ordered[k], ordered[k + step])
                gap = self._joining_words_start(a, b, m.entity.type in PEOPLE)
                between = self.norms[gap:b.start]
                if between[:1] == ["("] and ")" in between:
                    between = between[between.index(")") + 1:]  # "<A> (2012-2015) and <B> (2015-2019)"
                elif len(between) == 3 and between[0] in self.lex.locative_prepositions and m.entity.type in TEAM_TYPES \
                        and self.sent.tokens[a.end + 1].is_title and between[2] in self.lex.conjunctions:
                    between = between[2:]  # "<A> en Belgique puis <B>": where the first one is
                elif between[:1] == [","] and between.count(",") >= 2 and len(between) <= 10 and m.entity.type in TEAM_TYPES \
                        and not any(t in self.lex.relative_pronouns or t in self.lex.place_relatives for t in between):
                    # (not a relative clause: "<A>, con el que tiene contrato hasta 2026, y el club ... se reserva")
                    # "<A>, champion de <Country> en 2021, puis <B>": an apposition between the two
                    last = len(between) - 1 - between[::-1].index(",")
                    if any(t in self.lex.conjunctions and t != "," for t in between[last + 1:]):
                        between = between[last:]
                # the first one's own preposition may come again: "für <A> und später für <B>"
                k0 = self._word_before_article(a.start)
                again = self.norms[k0] if k0 >= 0 and self.norms[k0] in self.lex.prepositions else None
                if between == [","] and a.after_preposition != b.after_preposition and m.entity.type in PEOPLE:
                    break  # "où il a débuté sous X, Y avait été prêté": the object of a phrase, then the next subject
                if between == [","] and step > 0 and m.entity.type in TEAM_TYPES and b.end < len(self.norms) \
                        and self.norms[b.end] not in self.lex.conjunctions | self.lex.prepositions | self.lex.team_prepositions \
                        and is_word(self.norms[b.end]) and not self.norms[b.end].isdigit():
                    break  # "le départ de X à <A>, <B> cherche ...": a list goes on after its items; a verb is a new clause
                described = between[:1] != [","] and between[:1] and between[0] in self.lex.conjunctions \
                    and gap + 1 < b.start and self._role_phrase_end(gap + 1) == b.start  # "X und Ex-<Club>-Trainer Y"
                paired = " ".join(between[:-1] if between[-1:] and between[-1] in self.lex.determiners else between) \
                    in self.lex.paired_conjunctions  # "sowohl der <A> als auch <B>", "<A> ainsi que le <B>"
                if described or paired or between and len(between) <= 3 + ("'" in between) + (again in between) \
                        and any(t in self.lex.conjunctions for t in between) and all(
                        t in self.lex.conjunctions or t in self.lex.determiners or t in self.lex.team_prepositions
                        or t in ("'", "\u2019") or t == again or t in self.lex.sequence_words and m.entity.type in TEAM_TYPES
                        for t in between):  # "du <Club> et d'<Club>", "von X und vom Y", "<A> und zuletzt den <B>"
                    group.append(ordered[k + step])
                    k += step
                else:
                    break
        return group

    def _joining_words_start(self, a: Mention, b: Mention, people: bool) -> int:
        """Where the words that may join a to the later b begin: right after a, or past what is said of a first
        (of people: "striker X from <Club> and midfielder Y"; "X, who played under him at <Club>, Y and Z")."""
        gap = a.end
        if people and a.kind in ("name", "discovered") and gap < b.start and self.norms[gap] in self.lex.origin_prepositions \
                and (origin := next((t for t in self._teams() if t.start == gap + 1 and t.end < b.start), None)) \
                and self.norms[origin.end] in self.lex.conjunctions and self.norms[origin.end] != ",":
            gap = origin.end  # where the first came from, then the next
        if gap + 1 < b.start and self.norms[gap] == "," and self.clause[gap + 1] in self.relative_clauses:
            close = next((j for j in range(gap + 1, b.start)
                          if self.norms[j] == "," and self.clause[j] != self.clause[gap + 1]), None)
            if close is not None and all(n in self.lex.conjunctions for n in self.norms[close:b.start]):
                gap = close  # (a list of bare names only: not "el de X, que ..., y el de Y, sin equipo desde ...")
        return gap

    def _from_team(self, t: Mention) -> bool:
        """A team after "from" ("vom <Club>", "procedente del <Club>"), not after "team of" ("équipe de
        France", "selección de España"), where the same preposition is part of the team's name."""
        norms, lex = self.norms, self.lex
        if t.start == 0 or norms[t.start - 1] not in lex.origin_prepositions:
            return False
        before = t.start - 2
        # "le club turc de <Club>": a club noun and its adjective
        club_noun = before >= 0 and norms[before] in lex.club_nouns \
            or before >= 1 and norms[before - 1] in lex.club_nouns and not self.sent.tokens[before].is_title
        return not (club_noun or before >= 0 and lex.national_team_nouns.ending_at(norms, before + 1, reach=3) is not None)

    def _attributive(self, m: Mention) -> bool:
        """A team name used as a modifier ("a <Club> star", "<Club>'s captain")."""
        j = m.end
        while j < len(self.norms) and self.norms[j] in ("-", "'", "s"):
            j += 1
        return j < len(self.norms) and bool(self.lex.roles.matches_at(self.norms, j))

    def _attribution_words(self, b: int, end: int) -> int:
        """How many words from b on only say whose report it is, and then describe the name at ``end``: "gilt laut
        „<Outlet>“ der frühere <Club>-Coach X" (the attribution and the description put no distance)."""
        k = b
        if k < end and (intro := self.lex.source_intros.matches_at(self.norms, k)):
            k = intro[0][0]
            outlet = next((m for m in self.mentions if m.entity.type in ("MediaOutlet", "Journalist")
                           and k <= m.start <= k + 1), None)
            if outlet is None:
                return 0
            k = outlet.end + (outlet.end < end and self.norms[outlet.end] in CLOSING_QUOTES)
        if k == b or self._role_phrase_end(k) != end and k != end:
            return 0
        return end - b

    def _club_phrase_words(self, b: int, end: int) -> int:
        """How many words before a name only say it is a club: "avec le club turc de <Club>", "to Turkish side
        <Club>" (articles, club nouns, the adjective after one, prepositions)."""
        lex, norms = self.lex, self.norms
        between = range(b, end)
        # (a national side's noun as well: "dirige a la selección de <Country>")
        nouns = {k for k in between if norms[k] in lex.club_nouns} | {
            j for k in between for e, _p, _ in lex.national_team_nouns.matches_at(norms, k) for j in range(k, min(e, end))}
        if not nouns:
            return 0
        last_noun = max(nouns)
        league = {k for m in self.mentions if m.entity.type == "Competition" for k in range(m.start, m.end)}
        plain = [k for k in between if norms[k] in lex.determiners or k in nouns or norms[k] in lex.prepositions
                 or norms[k] in ("'", "\u2019") or YEAR.fullmatch(norms[k]) or norms[k] in lex.since_words  # "depuis 2023"
                 or k > b and k - 1 in nouns and not self.sent.tokens[k].is_title
                 # "den englischen Premier-League-Klub <Club>": an adjective, a league and hyphens before the noun
                 or k < last_noun and (norms[k] == "-" or k in league
                                       or is_word(norms[k]) and not self.sent.tokens[k].is_title)]
        return len(plain) if len(plain) == len(between) else 0

    def _nearest(self, pool: list[Mention], a: int, b: int, side: str, exclude: set[str] = frozenset(),
                 right_max: int = 3, inside: bool = False) -> Mention | None:
        cands = []
        cue_clause = self.clause[min(a, len(self.clause) - 1)]
        for m in pool:
            if m.entity.iri in exclude:
                continue
            if a < m.start and m.end <= b:
                if not inside:
                    continue
                dist = 0  # inside a gapped cue: "von <Team> gewechselt"
            elif side in ("left", "any") and m.end <= a:
                if m.entity.type not in PEOPLE and self.clause[m.start] in self.relative_clauses \
                        and self.clause[m.start] != cue_clause and self.clause[min(a, len(self.clause) - 1)] == self.clause[0]:
                    continue  # "X, who won the title with <Club>, will be without Y": the relative is about X
                if m.entity.type in PEOPLE and m.kind != "relative" and self._in_where_clause_before(m.start, a):
                    continue  # "<Club>, donde coincidió con X, y ... fichó por <Other>": X is not who signed
                dist = self.pos[a] - self.pos[m.end]
            elif side in ("right", "any") and m.start >= b:
                dist = self.pos[m.start] - self.pos[b] - self._club_phrase_words(b, m.start) - self._attribution_words(b, m.start)
                if dist > right_max or self._clause_opens(b, m.start, m.entity.type in PEOPLE):
                    continue
            else:
                continue
            same = self.clause[min(m.start, len(self.clause) - 1)] == cue_clause
            if m.kind == "relative" and side in ("left", "any"):
                same = same or self.clause[m.start] == cue_clause
            if same and m.end <= a:
                # "X, who spent a season at <Club> after leaving <Other>, had been linked with ...": the words of a
                # relative clause between a subject and its verb put no distance between them
                dist -= sum(1 for k in range(m.end, a) if self.clause[k] != cue_clause)
            if not same and dist > 6:
                continue
            if same and m.kind == "relative" and m.end <= a and cue_clause in self.relative_clauses \
                    and not any(x.start > m.end and x.end <= a and self.clause[x.start] == cue_clause
                                and (x.entity.type in PEOPLE or x.end == a) for x in self.mentions):
                # (not past a team right before the cue, its own subject: "after a defeat to <Club> left <Other> bottom")
                dist = min(dist, 1)  # "X, who returned ... in 1992 after a long playing career with <Club>": its subject
            if dist > MAX_DISTANCE:
                continue
            # "von Trainer X": a name after a preposition and a role is as unlikely a subject as one right after it
            # (not the cue's own last word: "scored twice as <Club> beat <Other>")
            prep = m.start != b and (m.start > 0 and self.norms[m.start - 1] in self.lex.prepositions or m.after_preposition)
            # an object, or a possessive after a preposition ("à l'issue de son prêt"), is seldom the subject
            penalty = (3 if prep else 0) + (8 if (m.kind == "object" or m.kind == "possessive" and prep) and m.end <= a else 0)
            cands.append(((0 if same else 1), dist + penalty, m))
        if not cands:
            return None
        cands.sort(key=lambda c: (c[0], c[1]))
        return cands[0][2]

    def _coach_context(self) -> bool:
        """Whether the sentence speaks of a coach (a coach's role noun or post) or the article is about one."""
        return self.coach_news or self.topic is not None and self.topic.type == "Coach" or speaks_of_coach(self.lex, self.norms)

    def _as_coach(self, k: int) -> bool:
        """Whether "as coach" follows at k ("como entrenador", "als Trainer", "as manager")."""
        if k >= len(self.norms) or self.norms[k] not in self.lex.predicative_markers:
            return False
        k += 1
        while k < len(self.norms) and (self.norms[k] in self.lex.determiners or self.norms[k] in self.lex.new_words):
            k += 1
        role = self.lex.roles.matches_at(self.norms, k) if k < len(self.norms) else []
        return bool(role) and role[0][2] in ("coach", "boss")

    def _own_side(self) -> None:
        """"<Coach> praised his <Club> side", "sa formation du <Club>": the one whose side it is leads it or plays in it
        (the subject of the clause, when nothing but the possessive and the name stand before the club noun)."""
        for t in self._teams():
            if t.kind != "name" or t.start == 0 or t.end >= len(self.norms) or self.norms[t.start - 1] not in self.lex.possessives \
                    or self.norms[t.end] not in self.lex.club_nouns:
                continue
            owner = next((m for m in self._people() if m.end <= t.start - 1 and m.kind in ("name", "discovered")
                          and not m.after_preposition and self.clause[m.start] == self.clause[t.start]), None)
            pred = membership_predicate(None, owner.entity, False) if owner is not None else None
            if pred is not None:
                self._add(owner.entity, pred, t.entity, 0.7 * owner.confidence, "own-side", (owner.start, t.end))

    def _teammates(self, left: Mention, right: Mention, a: int, b: int, teams: list[Mention]) -> None:
        """Two former teammates; "At <Club> he played alongside X": both played there; so in "<Club>, where he
        played alongside X". A known coach who never played in the reference's eyes was the player's coach
        there, no teammate ("donde coincidió con <Coach>")."""
        coaches = [x.entity for x in (left, right) if x.entity.type == "Coach" and not x.entity.discovered
                   and x.entity.iri not in self.played_until and not self._playing(a, x.entity)]  # (not under "Playing career")
        if len(coaches) != 1 or {left.entity.type, right.entity.type} != {"Coach", "Player"}:
            coaches = []
            self._add(left.entity, "formerTeammateOf", right.entity, 0.75, "cue:teammate", (a, b))
        # (not a team before a role noun: "a former team-mate of <Club> skipper X" is X's team now)
        placed = [t for t in teams if t.entity.type == "Club" and not self.lex.roles.matches_at(self.norms, t.end) and (
            t.start > 0 and self.norms[t.start - 1] in self.lex.member_prepositions and self.clause[t.start] == self.clause[a]
            or self._where_after(t) < a)]
        # "After three seasons at <Ground> he moved to join <Club>, where he played alongside X": the club the place
        # relative opens, not the one left before it
        placed = [t for t in placed if self._where_after(t) < a][-1:] or placed
        for t in placed:
            for who in (left.entity, right.entity):
                self._add(who, "coachedAt" if who in coaches else "formerlyPlayedFor", t.entity, 0.6, "teammate-at-team", (a, b))
        if not placed:
            # "En 2011, il signe au <Club>. Aux côtés de X, il remporte ...": the club the sentence before put
            # the subject at (a club named otherwise, "as <Club> finished second", places no one)
            national_here = any(t.entity.type == "NationalTeam" for t in teams)
            for who, other in ((left, right), (right, left)):
                # "Surgido de las inferiores de <Club>, X ... compartió vestuario con Y": the one club this sentence
                # gives the subject ("played for England under-19s, playing alongside Y": or national side)
                before = {r.object.iri: r.object for r in self.out if r.subject is who.entity and who is left
                          and r.predicate in ("playsFor", "formerlyPlayedFor") and isinstance(r.object, Entity)
                          and r.object.type in ("Club", "NationalTeam")}
                # (not when this sentence names a side of its own: "avec les équipes de jeunes du Portugal, aux
                # côtés de X")
                if not before and not national_here:
                    before = {r.object.iri: r.object for r in self.earlier if r.subject is who.entity
                              and r.sentence == self.sent.index - 1 and r.predicate == "playsFor"
                              and isinstance(r.object, Entity) and r.object.type == "Club"}
                if len(before) == 1:
                    self._add(other.entity, "coachedAt" if other.entity in coaches else "formerlyPlayedFor",
                              next(iter(before.values())), 0.5, "teammate-at-team", (a, b))

    def _where_after(self, team: Mention) -> int:
        """Where the "where" of "<Club>, where ..." or "<Club> de la <Competition>, donde ..." stands (past the
        sentence's end when none follows the team)."""
        k, norms = team.end, self.norms
        leagues = {i for m in self.mentions if m.entity.type == "Competition" for i in range(m.start, m.end)}
        while k < len(norms) and (k in leagues or norms[k] in self.lex.prepositions or norms[k] in self.lex.determiners):
            k += 1
        return k + 1 if k + 1 < len(norms) and norms[k] == "," and norms[k + 1] in self.lex.place_relatives else len(norms)

    def _clause_opens(self, b: int, start: int, person: bool = True) -> bool:
        """Whether a new clause opens between a cue and a name after it ("talks with <Club> over the weekend,
        but the former <Club> boss ..."): a subordinating word that is neither a conjunction of a list nor a
        preposition; before a person, also a comma and a subordinator (", and manager X said"; a club after ", with"
        is still the suitor: ", with <Club> prepared to offer him ..."); before a club, a relative clause (it is
        someone else's: "X holen, der vor einem Wechsel zu <Club> steht")."""
        lex, norms = self.lex, self.norms
        return any(n in lex.subordinators and n not in lex.conjunctions and n not in lex.prepositions
                   and n not in lex.relative_pronouns and n not in lex.determiners for n in norms[b:start]) \
            or person and any(norms[k] == "," and norms[k + 1] in lex.subordinators and norms[k + 1] not in lex.relative_pronouns
                              for k in range(b, start - 1)) \
            or not person and any(norms[k] == "," and norms[k + 1] in lex.relative_pronouns and k + 2 != start
                                  for k in range(b, start - 1))  # (not an article: "seinen neuen Klub, den <Club>")


    # ------------------------------------------------------------ structural patterns
    def structural(self) -> None:
        """Relations from the shape of the text around names."""
        norms = self.norms
        teams = self._teams()
        team_end = {m.end: m for m in teams}
        for a, b, _p, _ in self.lex.assistant_of.find(norms):
            for p in self._people():
                if p.start == b and p.kind in ("name", "discovered"):
                    retype_as_coach(p.entity)  # "Co-Trainer von X": X leads the staff
                    if (team := self._assisted_team(a, p, teams)) is not None:
                        # "il avait été l'adjoint de X au <Club>": a post of the past
                        past = self._clause_years_before(a) or any(n in self.lex.background_auxiliaries for n in norms[:a]) \
                            or self._led_by_another(team, p.entity)
                        self._add(p.entity, "coachedAt" if past else "coaches", team, 0.6 * p.confidence, "assistant-of",
                                  (p.start, p.end))
        self._own_side()
        for p in self._people():
            if p.kind in ("pronoun", "object", "relative", "possessive"):
                continue
            person = p.entity
            if p.kind in ("descriptor",):
                self._from_description(p)
                continue
            # "<Team> ['s] [former] <role> <Person>" (role nouns may stack: "France centre-back")
            role, r_start = self._role_before(p.start)
            k = r_start if role else p.start
            former = False
            hits = [h for h in range(max(0, k - 3), k) if self.lex.former_markers.matches_at(norms, h)]
            j = k
            while j > 0 and norms[j - 1] in ("'", "s", "-"):
                j -= 1
            team = team_end.get(j)
            if team is None and role is None and j > 1 and norms[j - 1] == "," and (t := team_end.get(j - 1)) is not None \
                    and (t.end - t.start == 1 or t.kind == "team_descriptor") \
                    and (apposed := role_ending_at(self.lex, norms, t.start)) is not None:
                team, role = t, apposed[0]  # "Le président <club adjective>, X, ...", "Le président du club, X": in apposition
            if team is None and role is not None and (c := self._after_determiners(k)) > 1 and norms[c - 1] == "," \
                    and (t := team_end.get(c - 1)) is not None and t.start <= 1 and t.entity.type in ("Club", "NationalTeam"):
                team = t  # "Du côté <club adjective>, l'entraîneur X", "At <Club>, manager X": the side the sentence opens on
            if team is not None and role is None and team.end - team.start == 1:
                # "<role> <club adjective> <Person>": "l'entraîneur <adjective> X"; "der frühere <Town>er X"
                role = (role_ending_at(self.lex, norms, team.start) or (team.role, 0))[0]
            if team is not None:
                group = self._teams_before(team, team_end)
                first = min(t.start for t in group)
                former = bool(hits) or any(self.lex.former_markers.matches_at(norms, h)
                                           for h in range(max(0, first - 2), first)) \
                    or any(self.lex.loan_words.matches_at(norms, h) for h in range(max(0, first - 3), first))
                # ("on-loan <Club> winger X": his parent club)
                if role == "teammate":
                    self._teammate_at(p, group, first)
                    continue
                pred = membership_predicate(role, person, former)
                if pred is None and role is None and k - j >= 1 and person.type in PEOPLE:
                    pred = membership_predicate(None, person, former)
                genitive = not self.lex.open_name_discovery and role is None and j == k and team.surface.endswith("s") \
                    and team.entity.type == "Club" and not fold(team.entity.label).endswith("s")
                if genitive:
                    pred = membership_predicate(None, person, former)  # "<Town>s <Name>": the German genitive
                if role is not None or genitive or (k - j >= 1 and norms[j] == "'"):
                    for t in group:
                        self._add(person, pred, t.entity, 0.9 * p.confidence, "team-role-name", (t.start, p.end))
            # "<role> <Person> von/of <Team>" (not after his own team: "<Club> skipper X at <Other>" is where
            # something happened, as "a former team-mate of <Club> skipper X at <Other>")
            own_team_before = team is not None and role is not None
            if role and not own_team_before and p.end < len(norms) and norms[p.end] in self.lex.team_prepositions:
                t2 = next((t for t in teams if p.end < t.start <= p.end + 2), None)
                if t2 is not None:
                    origin = norms[p.end] in self.lex.origin_prepositions
                    # "<Club> want to re-sign former midfielder X from <Other>": "former" is about the club that
                    # wants him; the club he would come from is his (a completed move makes it a former one)
                    pred = membership_predicate(role, person, bool(hits) and not origin)
                    rule = "role-name-from-team" if origin else "role-name-of-team"
                    self._add(person, pred, t2.entity, 0.85 * p.confidence, rule, (r_start, t2.end))
            # "<Person> vom/of <Team>", "<Person> (19) vom <Team>"
            after = p.end + 3 if norms[p.end:p.end + 3][:1] == ["("] and norms[p.end + 1:p.end + 2] != [] \
                and norms[p.end + 1].isdigit() and norms[p.end + 2:p.end + 3] == [")"] else p.end
            apposed = after + 2 < len(norms) and norms[after] == "," and norms[after + 1] in self.lex.member_prepositions
            if apposed:
                after += 1  # "X, del <Club>, ...": an apposition that closes right after the team
            if not own_team_before and after + 1 < len(norms) and norms[after] in self.lex.member_prepositions:
                k = after + 1 + (norms[after + 1] in self.lex.determiners)
                t4 = next((t for t in teams if t.start == k), None)
                if t4 is not None and apposed and t4.end < len(norms) and norms[t4.end] not in (",", ".", ")", ";"):
                    t4 = None
                if t4 is not None and self.lex.under_coach.ending_at(norms, p.start) is not None:
                    t4 = None  # "won the title under X at <Club> in 2021": the coach of a spell, read with "under"
                if t4 is not None and any(a < p.start and t4.start <= b for a, b in self._wanting_spans()):
                    t4 = None  # "keen to reunite with X at <Club>": where a club wants him, not where he is
                if t4 is not None:
                    worked = self.lex.worked_with.ending_at(norms, p.start) is not None  # "who worked with X at <Club>"
                    self._add(person, membership_predicate(None, person, worked), t4.entity, 0.75 * p.confidence,
                              "name-of-team", (p.start, t4.end))
            # "<Person>, [the] <role> of <Team>" and "<role> of <Team>, <Person>" (appositions)
            self._apposition(p)
            self._announced_role(p)
            # "<Person> (<Team>)"
            if p.end + 2 < len(norms) and norms[p.end] == "(":
                t3 = next((t for t in teams if t.start == p.end + 1 and t.end < len(norms) and norms[t.end] == ")"), None)
                if t3 is not None:
                    self._add(person, membership_predicate(None, person, False), t3.entity, 0.8 * p.confidence,
                              "name-paren-team", (p.start, t3.end + 1))

    def predicative(self) -> None:
        """"X was appointed <Team> manager", "X wird neuer Trainer von <Team>": a role noun after a
        copula names the role of the person before it, at the team next to the role."""
        lex, norms = self.lex, self.norms
        teams = self._teams()
        by_end = {t.end: t for t in teams}
        people = [m for m in self._people() if m.kind not in ("object",)]
        for r_start, r_end, _pat, role in lex.roles.find(norms):
            # "un footballeur international français": a national team as an adjective after the role
            after = next((t for t in teams if t.start == r_end and t.entity.type == "NationalTeam"), None)
            if after is None and any(m.start == r_end for m in self.mentions):
                continue  # "coach <Name>": the structural rules read that
            j, former = self._before_role(r_start)
            team = after or by_end.get(j)
            if after is None and team is not None:
                j = team.start
                while j > 0 and norms[j - 1] in lex.determiners:
                    j -= 1
            elif team is None:
                team_ent = self._team_after(r_end)
                team = next((t for t in teams if t.entity is team_ent and t.start >= r_end), None) if team_ent else None
            # verb-second order puts the subject between copula and role: "Seit 2024 ist er Cheftrainer des <Club>"
            ends = (j, j - 1) if j > 0 and norms[j - 1] in lex.subject_pronouns else (j,)
            named = next((m for m in people if m.end == j and m.kind in ("name", "discovered")), None)
            if named is not None and not lex.open_name_discovery:
                ends = (j, named.start)  # "Von 2016 bis 2019 war <Name> Cheftrainer des <Club>"
            cop = next(((k, e) for k in range(max(0, j - 5), j) for e, _p, _ in lex.copulas.matches_at(norms, k) if e in ends), None)
            if cop is None and team is not None and not lex.open_name_discovery and team.end < len(norms) \
                    and lex.copulas.matches_at(norms, team.end):
                cop = (j, j)  # a subordinate clause puts the copula last: "ehe er 2016 Cheftrainer beim <Club> wurde"
            if cop is None:
                if j == 0 and team is not None and after is None \
                        and not (team.start < r_start and r_end < len(norms) and is_word(norms[r_end])
                                 and norms[r_end] not in lex.conjunctions | lex.prepositions | lex.team_prepositions):
                    # ("The <Country> midfielder has been linked ...": a subject of its own, not a phrase before one)
                    self._fronted_role(role, former, team, people)
                continue
            person = self._nearest(people, cop[0], cop[1], "left") or self._inverted_subject(people, cop[1])
            if person is None or person.replaced:
                continue  # "replaced X as manager of <Club>": the role is the successor's (see successions)
            if team is None:
                if role == "coach":
                    retype_as_coach(person.entity)  # "X ist ein deutscher Fußballtrainer"
                elif role == "player" and former and norms[r_start] in lex.footballer_nouns:
                    # "X is a <nationality> former footballer" (not "war X zuletzt Kapitän": his last role there)
                    self.retired.add(person.entity.iri)
                continue
            if role in ("coach", "boss") and person.entity.type == "Player":
                retype_as_coach(person.entity)
            # "X, who had been his manager at <Club>": a pluperfect copula tells a post before the story's present
            former = former or any(n in self.lex.background_auxiliaries for n in self.norms[max(0, cop[0] - 1):cop[1]])
            pred = membership_predicate(role, person.entity, former)
            self._add(person.entity, pred, team.entity, 0.8 * person.confidence, "predicative-role",
                      (min(cop[0], team.start), max(r_end, team.end)))

    def _wanting_spans(self) -> list[tuple[int, int]]:
        """The spans of the sentence's rumour cues whose wanting club comes after the person ("keen to reunite with
        X at <Club>")."""
        if self._wanting is None:
            self._wanting = [(a, b) for a, b, _p, c in self.lex.relations.find(self.norms)
                             if c.frame == "targets" and c.team == "right" and c.person == "inside"]
        return self._wanting

    def _role_phrase_end(self, k: int) -> int:
        """Where a description before a name that starts at k ends: "former <Club> and <Club> manager", "the
        <Club> defender" (k itself when there is none)."""
        norms, lex = self.norms, self.lex
        team_at = {t.start: t.end for t in self._teams()}
        j, role = k, False
        while j < len(norms):
            if j in team_at:
                j = team_at[j]
            elif (hit := lex.roles.matches_at(norms, j)) or (hit := lex.former_markers.matches_at(norms, j)):
                role = role or bool(lex.roles.matches_at(norms, j))
                j = hit[0][0]
            elif j + 2 < len(norms) and norms[j + 1] == "-" and is_word(norms[j]) and lex.roles.matches_at(norms, j + 2):
                j += 2  # "Amateure-Trainer X": a compound's first half, then the role noun
            elif norms[j] in lex.determiners or norms[j] in lex.conjunctions and norms[j] != "," or norms[j] in ("-", "'", "\u2019"):
                j += 1  # "Ex-<Club>-Trainer": hyphens join the description's words; "l'ancien défenseur"
            else:
                break
        return j if role else k

    def _fronted_role(self, role: str, former: bool, team: Mention, people: list[Mention]) -> None:
        """A role phrase that opens the sentence describes the subject after its comma: "Ancien défenseur du
        <Club> et de l'<Club>, X a ...", "Former <Club> captain X ..." is read elsewhere."""
        person = self._fronted_subject(0, team.end, people)
        if person is None:
            return
        comma = self.norms.index(",", team.end)  # there is one: the subject came after it
        for t in [t for t in self._coordinated(team, self._teams()) if t.start < comma]:
            pred = membership_predicate(role, person.entity, former)
            self._add(person.entity, pred, t.entity, 0.75 * person.confidence, "fronted-role", (0, person.end))

    def _inverted_subject(self, people: list[Mention], at: int) -> Mention | None:
        """A subject right after the verb, as verb-second order puts it ("Seit 2024 ist er ...", "Von 2016 bis
        2019 war <Name> Cheftrainer des <Club>")."""
        starts = {at, self._role_phrase_end(at)}  # "übernimmt Co-Trainer <Name> die Mannschaft"
        return next((m for m in people if m.start in starts and m.kind in ("pronoun", "name", "discovered")), None)

    def _before_role(self, start: int) -> tuple[int, bool]:
        """Where the noun phrase of a role noun starts (over determiners, "new", "former" and stacked role
        nouns: "un footballeur international"), and whether it says "former"."""
        lex, norms = self.lex, self.norms
        j, former = start, False
        while j > 0:
            if lex.former_markers.matches_at(norms, j - 1):
                former, j = True, j - 1
            elif norms[j - 1] in lex.determiners or norms[j - 1] in lex.new_words or norms[j - 1] in ("'", "s"):
                j -= 1
            elif j > 1 and norms[j - 1] in lex.conjunctions and norms[j - 1] != "," and self.sent.tokens[j - 2].text.islower():
                j -= 2  # two roles joined: "un exfutbolista y entrenador", "a former player and coach"
            elif (hit := role_ending_at(lex, norms, j)) is not None and hit[1] < j:
                j = hit[1]
            elif j > 1 and norms[j - 2] in lex.determiners and self.sent.tokens[j - 1].text.islower():
                j -= 1  # one adjective: "ein deutscher Fußballtrainer"
            else:
                break
        return j, former

    def _apposition(self, p: Mention) -> None:
        norms, lex = self.norms, self.lex
        teams = {t.start: t for t in self._teams()}
        person = p.entity
        # after: ", [det] [former] role prep Team"
        j = p.end
        if j < len(norms) and norms[j] == ",":
            j += 1
            while j < len(norms) and norms[j] in lex.determiners:
                j += 1
            former = bool(lex.former_markers.matches_at(norms, j)) if j < len(norms) else False
            if former:
                j = lex.former_markers.matches_at(norms, j)[0][0]
            roles = lex.roles.matches_at(norms, j) if j < len(norms) else []
            if not roles and j + 1 < len(norms) and not self.sent.tokens[j].is_title and norms[j].isalpha() \
                    and norms[j] not in lex.function_words:
                roles = lex.roles.matches_at(norms, j + 1)  # ", máximo goleador del equipo": an adjective first
            if roles:
                end, _pat, role = roles[0]
                # (", internacional sub-23 con <País>", ", técnico <club adjective>,")
                team = self._team_after(end) or next((t.entity for t in self._teams() if t.start == end and (
                    t.entity.type == "NationalTeam" or t.entity.type == "Club" and not self.sent.tokens[t.start].is_title)), None)
                if team is not None:
                    if role == "coach":
                        retype_as_coach(person, stated=True)  # "X, derzeit Co-Trainer bei <Club>,"
                    pred = membership_predicate(role, person, former)
                    self._add(person, pred, team, 0.85 * p.confidence, "apposition", (p.start, end))
                    first = next((t for t in self._teams() if t.entity is team and t.start >= end), None)
                    for other in self._coordinated(first, self._teams())[1:] if first is not None else []:
                        # ", ancien sélectionneur de la Côte d'Ivoire et du Maroc": both sides
                        self._add(person, pred, other.entity, 0.8 * p.confidence, "apposition", (p.start, other.end))
            elif former and (t := self._team_mention_after(j)) is not None:
                # "X, ancien de <Club>", "X, ex del <Club> y del <Club>": former ties with no role said
                for team in self._coordinated(t, self._teams()):
                    rel = self._add(person, membership_predicate(None, person, True), team.entity, 0.8 * p.confidence,
                                    "apposition", (p.start, j))
                    if rel is not None and person.discovered and not person.typed:
                        rel.retypable = True
        # before: "role prep Team, Person"
        if p.start >= 3 and norms[p.start - 1] == ",":
            team = next((t for t in teams.values() if t.end == p.start - 1), None)
            if team is not None and team.start >= 2:
                k = team.start
                while k > 0 and (norms[k - 1] in lex.team_prepositions or norms[k - 1] in lex.determiners) and team.start - k < 3:
                    k -= 1
                if k < team.start:
                    role, _ = self._role_before(k)
                    if role is not None:
                        pred = membership_predicate(role, person, False)
                        self._add(person, pred, team.entity, 0.85 * p.confidence, "apposition", (k, p.end))

    def _announced_role(self, p: Mention) -> None:
        """"<Club> hat einen neuen Cheftrainer: X", "<Club> have a new manager: X": the club the sentence opens
        with has the new man in that role."""
        norms = self.norms
        if p.start < 4 or norms[p.start - 1] != ":" or p.kind not in ("name", "discovered"):
            return
        hit = role_ending_at(self.lex, norms, p.start - 1)
        if hit is None or not any(n in self.lex.new_words for n in norms[max(0, hit[1] - 2):hit[1]]):
            return
        team = next((t for t in self._teams() if t.end <= hit[1]), None)
        if team is None or team.entity.type not in TEAM_TYPES or self._after_determiners(team.start) != 0:
            return
        pred = membership_predicate(hit[0], p.entity, False)
        self._add(p.entity, pred, team.entity, 0.8 * p.confidence, "announced-role", (team.start, p.end))

    def _teams_before(self, team: Mention, team_end: dict[int, Mention]) -> list[Mention]:
        """The team and those coordinated before it: "former <A> and <B> boss X" gives A and B."""
        group = [team]
        while True:
            j = group[-1].start
            k = j
            while k > 0 and self.norms[k - 1] in self.lex.conjunctions:
                k -= 1
            prev = team_end.get(k) if k < j else None
            if prev is None or prev in group:
                return group
            group.append(prev)

    def _after_determiners(self, k: int) -> int:
        """Where the determiners (and elided articles) right before piece k begin."""
        while k > 0 and (self.norms[k - 1] in self.lex.determiners or self.norms[k - 1] in ("'", "\u2019")):
            k -= 1
        return k

    def _role_before(self, start: int) -> tuple[str | None, int]:
        hit = role_ending_at(self.lex, self.norms, start)
        return hit if hit else (None, start)

    def coach_signings(self) -> None:
        """"X becomes <Coach>'s fourth summer signing after Y and Z", "la première recrue de <Coach>, X": the
        players called the coach's signings play for the club he leads."""
        norms, people = self.norms, self._people()
        for c in people:
            if c.entity.type != "Coach" or c.kind not in ("name", "discovered", "pronoun"):
                continue
            if self._genitive_at(c.end):  # "<Coach>'s [first summer] signing"
                noun = next((k for k in range(c.end + 2, min(c.end + 6, len(norms))) if norms[k] in self.lex.signing_nouns), None)
            else:  # "la première recrue de <Coach>"
                noun = next((k for k in range(max(0, c.start - 3), c.start) if norms[k] in self.lex.signing_nouns
                             and all(n in self.lex.prepositions | self.lex.determiners for n in norms[k + 1:c.start])), None)
            own = self._current_club(c.entity)
            if noun is None or (club := own or self.topic_club) is None:
                continue
            if own is None and not any(r.subject is c.entity and r.predicate in ("coaches", "coachedAt")
                                       for r in [*self.earlier, *self.out]):
                # the club whose signings they are is the one he leads (not one the article has him leave)
                self._add(c.entity, "coaches", club, 0.5 * c.confidence, "coach-signing", (c.start, c.end))
            first = min(noun, c.start)
            subject = next((p for p in reversed(people) if p.end <= first and p.entity.type == "Player"
                            and self.clause[p.start] == self.clause[first]), None)
            apposed = next((p for p in people if p.start in (noun + 1, noun + 2) and norms[noun + 1] == ","
                            and p.entity.type == "Player"), None)
            after = max(noun, c.end) + 1
            earlier = self._listed_players(after + 1) if after < len(norms) and norms[after] in self.lex.prepositions else []
            for p in [x for x in (subject, apposed) if x is not None] + earlier:
                if not any(r.subject is p.entity and r.predicate == "playsFor" for r in self.out):
                    self._add(p.entity, "playsFor", club, 0.6 * p.confidence, "coach-signing", (p.start, p.end))

    def national_coaches(self) -> None:
        """"Teamchef X hat ... in den Kader des österreichischen Nationalteams berufen", "Le sélectionneur du
        Sénégal, X": a national side's coach leads the one national side the sentence names."""
        sides = {t.entity.iri: t.entity for t in self._teams() if t.entity.type == "NationalTeam" and not self._opponent(t)}
        if not sides:
            # "Unter Teamchef X nahm er an der EM teil": the national side of the player the sentence is about
            sides = {e.iri: e for p in self._people() if p.entity.type == "Player"
                     for e in self.own_teams.get(p.entity.iri, {}).values() if e.type == "NationalTeam"}
        if not sides and len(self.context_sides) == 1 and not any(t.entity.type == "NationalTeam" and not self._opponent(t)
                                                                   for t in self._teams()):
            # "<Country>s Nationalteam bestreitet ... Teamchef X kündigte an, gegen <Other> ...": the side the last
            # sentences named, the one this sentence names being its opponent
            sides = {self.context_sides[0].iri: self.context_sides[0]}
        if len(sides) != 1:
            return
        side = next(iter(sides.values()))
        for p in self._people():
            if p.kind in ("name", "discovered") and p.entity.type in ("Coach", "Player") \
                    and self.lex.national_coach_roles.ending_at(self.norms, p.start) is not None \
                    and not any(r.subject is p.entity and r.predicate in ("coaches", "coachedAt") for r in self.out):
                retype_as_coach(p.entity)
                if p.entity.type == "Coach":
                    # "l'ancien sélectionneur X": a role a former marker sets before is one he has left
                    role = self.lex.national_coach_roles.ending_at(self.norms, p.start)[0]
                    former = any(self.lex.former_markers.matches_at(self.norms, k) for k in range(max(0, role - 3), role))
                    self._add(p.entity, "coachedAt" if former else "coaches", side, 0.7 * p.confidence, "national-coach",
                              (p.start, p.end))

    def _opponent(self, team: Mention) -> bool:
        """A team named after "gegen", "against", "contre", "contra" (alone or in a list after one)."""
        k = team.start - 1
        while k >= 0 and (self.norms[k] in self.lex.conjunctions or any(t.end == k + 1 for t in self._teams())):
            k -= 1
        return opponent_before(self.lex, self.norms, k + 1)

    def coach_choices(self) -> None:
        """"<Coach> can count on X and Y", "Le sélectionneur X compte sur lui", "Scaloni cuenta con X": the players a
        coach chooses (or must do without) play for the one team the article says he leads."""
        people = self._people()
        for a, b, _p, _ in self.lex.coach_choices.find(self.norms):
            # "Verzichten muss <Coach> auf X", "Im Tor setzt der Deutsche auf X": the coach may sit inside the cue
            coach = self._nearest([m for m in people if m.entity.type == "Coach"], a, b, "left", inside=True)
            chosen = self._listed_players(b) or [m for m in people if m.start in (b, b + 1) and m.entity.type == "Player"
                                                 and m.kind in ("pronoun", "object", "descriptor")]
            if coach is None and chosen:
                # "En el <Club>, X volvió a apostar por Y": a new name that chooses players is their coach
                coach = self._nearest([m for m in people if m.kind in ("name", "discovered") and m.entity.discovered
                                       and not m.entity.typed and m not in chosen], a, b, "left")
                if coach is not None and self.clause[coach.start] == self.clause[a]:
                    retype_as_coach(coach.entity)
            if coach is None or coach.entity.type != "Coach" or self.clause[coach.start] != self.clause[a]:
                continue
            teams = list(self.own_teams.get(coach.entity.iri, {}).values())
            if not teams and len(named := [t for t in self._teams() if t.end <= coach.start and t.kind == "name"
                                           and t.entity.type in ("Club", "NationalTeam")]) == 1:
                teams = [named[0].entity]  # "En el <Club>, X apostó por Y": the side the sentence puts him in
                self._add(coach.entity, "coaches", teams[0], 0.6 * coach.confidence, "coach-choice", (coach.start, coach.end))
            if len(teams) != 1:
                continue
            for p in chosen:
                if not any(r.subject is p.entity and r.object is teams[0] for r in self.out):
                    self._add(p.entity, "playsFor", teams[0], 0.6 * p.confidence, "coach-choice", (p.start, p.end))

    def _listed_players(self, start: int) -> list[Mention]:
        """The players named one after another from ``start``: "X", "X and Y", "X, Y y Z"."""
        people = sorted((p for p in self._people() if p.start >= start and p.kind in ("name", "discovered")),
                        key=lambda p: p.start)
        out, at = [], start
        for p in people:
            if p.start != at and not all(n in self.lex.conjunctions for n in self.norms[at:p.start]):
                break
            if p.entity.type != "Player":
                break
            out.append(p)
            at = p.end
        return out

    def listed_teammates(self) -> None:
        """"sus excompañeros del <Club> X, Y y Z", "his former team-mates at <Club> X and Y": former teammates
        of the one whose they are, and all of them played at the club named ("son coéquipier au <Club> X": both
        play there now)."""
        norms = self.norms
        for a, b, _p, role in self.lex.roles.find(norms):
            if role != "teammate":
                continue
            k, team = b, None
            if k + 1 < len(norms) and norms[k] in self.lex.team_prepositions:
                team = next((t for t in self._teams() if t.start in (k + 1, k + 2) and t.entity.type == "Club"), None)
                k = team.end if team is not None else k
            first = next((m for m in self._people() if m.start == k and m.kind in ("name", "discovered")), None)
            start = self._before_former_markers(a)
            if first is None:
                continue
            former = start < a or norms[a].startswith("ex")
            owner = next((m for m in self._people() if m.kind == "possessive" and m.end == start), None)
            if owner is None and start > 0 and norms[start - 1] in self.lex.possessives:
                # "sus excompañeros": the possessive is part of a description; whose they are is the subject before
                owner = next((m for m in reversed(self._people()) if m.end < start and m.kind in ("name", "discovered")
                              and not m.after_preposition), None)
            for p in self._coordinated(first, self._people()):
                if former and owner is not None and owner.entity is not p.entity:
                    self._add(owner.entity, "formerTeammateOf", p.entity, 0.7 * p.confidence, "possessor-teammate", (owner.start, p.end))
                for who in (p.entity, owner.entity if owner is not None else None):
                    if team is not None and who is not None and who.type in PEOPLE:
                        # "son coéquipier au <Club> X": a teammate now, both are there
                        self._add(who, "formerlyPlayedFor" if former else "playsFor", team.entity, 0.6, "teammate-at-team", (a, p.end))

    def _head_after_possessor(self, m: Mention, people: list[Mention]) -> Mention:
        """The person a possessor's description names: "<Other>'s [former <Club>] team-mate X" is X."""
        k = m.end
        if m.kind == "possessive":
            # "donde juega su amigo X", "son coéquipier X": the possessive's noun describes the name after it
            return next((p for p in people if k < p.start <= k + 2 and p.kind in ("name", "discovered")
                         and all(is_word(n) and not self.sent.tokens[j].is_title for j, n in enumerate(self.norms[k:p.start], k))),
                        m)
        if not self._genitive_at(k):
            return m
        end = self._role_phrase_end(k + 2)
        if end == k + 2:
            return m
        return next((p for p in people if p.start == end and p.kind in ("name", "discovered")), m)

    def _teammate_at(self, p: Mention, group: list[Mention], first: int) -> None:
        """"his former <Club> teammate X", "<Other>'s former <Club> colleague X": both played there, and the
        possessor was X's teammate."""
        k = self._before_former_markers(first)
        owner = next((m for m in self._people() if m.kind == "possessive" and m.end == k and m.entity is not None), None)
        if owner is None and self._genitive_at(k - 2):
            owner = next((m for m in self._people() if m.end == k - 2 and m.kind in ("name", "discovered")), None)
        if owner is None or owner.entity is p.entity:
            return
        self._add(owner.entity, "formerTeammateOf", p.entity, 0.75 * p.confidence, "possessor-teammate", (owner.start, p.end))
        for who in (owner.entity, p.entity):
            if who.type in PEOPLE:
                for t in group:
                    self._add(who, "formerlyPlayedFor", t.entity, 0.6, "teammate-at-team", (t.start, p.end))

    def _from_description(self, d: Mention) -> None:
        person = d.entity
        if self._named_after(d.end) or self._named_after(self._team_after_end(d.end)):
            return  # "the coach of <Club>, <Name>,": the apposition names him (see _apposition)
        if d.role == "teammate" and d.possessor is not None and d.possessor.entity is not None:
            other = d.possessor.entity
            self._add(other, "formerTeammateOf", person, 0.75 * d.confidence, "possessor-teammate", (d.start, d.end))
            if d.team is not None:
                for who in (other, person):
                    if who.type in PEOPLE:
                        self._add(who, "formerlyPlayedFor", d.team.entity, 0.6, "teammate-at-team", (d.start, d.end))
            return
        team = d.team.entity if d.team is not None and d.team.entity is not None else self._team_after(d.end)
        role = d.role
        if team is None:
            # "the 23-year-old <Country> international", "the 31-year-old <Club> captain"
            t = next((t for t in self._teams() if t.start == d.end), None)
            hits = self.lex.roles.matches_at(self.norms, t.end) if t is not None and t.end < len(self.norms) else []
            if hits:
                team, role = t.entity, hits[0][2]
        if team is None and role is not None and d.possessor is not None:
            team = self._possessor_club(d)
        if team is not None and role is not None:
            # "dont il fut l'adjoint à <Club>": a description after a past copula is a post of the past
            former = d.former or d.start > 0 and self.norms[d.start - 1] in self.lex.background_auxiliaries
            pred = membership_predicate(role, person, former)
            self._add(person, pred, team, 0.75 * d.confidence, "description-with-team", (d.start, d.end))

    def _possessor_club(self, d: Mention) -> Entity | None:
        """The club a possessive description in apposition belongs to: "El club catalán no quiere venderlo y X, su
        entrenador, ...": the one club the sentence names before the name."""
        if d.start < 2 or d.start - 1 not in d.commas:
            return None
        named = next((m for m in self._people() if m.end == d.start - 1 and m.kind in ("name", "discovered")), None)
        if named is None or named.entity is not d.entity:
            return None
        clubs = {t.entity.iri: t.entity for t in self._teams() if t.end <= named.start and t.entity.type == "Club"}
        return next(iter(clubs.values())) if len(clubs) == 1 else None

    def _team_after(self, end: int) -> Entity | None:
        """The team in "<description> of/du/del <Team>" right after a description."""
        t = self._team_mention_after(end)
        return t.entity if t is not None else None

    def _team_after_end(self, end: int) -> int:
        """Where "of/du/del <Team>" after a description ends (``end`` itself when there is none)."""
        t = self._team_mention_after(end)
        return t.end if t is not None else end

    def _team_mention_after(self, end: int) -> Mention | None:
        norms, lex = self.norms, self.lex
        k = end
        while k < len(norms) and (norms[k] in lex.team_prepositions or norms[k] in lex.determiners
                                  or norms[k] in ("'", "\u2019")) and k - end < 4:  # "de l'<Club>"
            k += 1
        if not any(n in lex.team_prepositions for n in norms[end:k]):
            return None
        # a description of the team may hold the preposition itself ("del club")
        team = next((t for t in self._teams() if t.start == k or t.kind == "team_descriptor" and end <= t.start < k), None)
        if team is None and k < len(norms):
            # "head coach of <League> club <Club>", "of <Demonym> side <Club>": the league or country says what club
            league = next((m for m in self.mentions if m.start == k and m.entity.type == "Competition"), None)
            j = league.end if league is not None else k + 1 if self.sent.tokens[k].is_title else k
            if j < len(norms) and norms[j] in lex.club_nouns:
                team = next((t for t in self._teams() if t.start == j + 1 and t.entity.type == "Club"), None)
        return team

    def _named_after(self, end: int) -> bool:
        """A person's name follows ", " at ``end``: the description is an apposition to it."""
        return end + 1 < len(self.norms) and self.norms[end] == "," and any(
            m.start == end + 1 and m.kind in ("name", "discovered") and m.entity.type in PEOPLE for m in self.mentions)

    # ------------------------------------------------------------ cue frames
    def cues(self) -> None:
        """Relations signalled by the lexicon's cue phrases."""
        people, teams = self._people(), self._teams()
        norms = self._listed_norms(teams)
        named = {k for m in self.mentions if m.kind in ("name", "discovered") and m.end - m.start > 1
                 for k in range(m.start, m.end)}
        # a cue word inside a name is part of the name ("para sustituir a <Given> Baraja")
        found = self._found_cues(norms, named, teams)
        # The negation words of an affirming cue negate nothing around it ("not for sale despite interest from")
        self.quiet = {k for a, b, _p, cue in found if cue.affirms for k in range(a, b)}
        for _a, b, _p, cue in found:
            if cue.frame == "targets" and any(n in self.lex.coach_posts for n in norms[b:b + 8]):
                # "dos nombres para el banquillo: X y Y": coaches, before their other ties are read
                for p in self._listed_after_colon(b):
                    retype_as_coach(p.entity)
        # Ties first, rumours after: whom a club wants is told apart from the clubs the person is tied to
        # ("El favorito es X, actual entrenador del <Club>": not <Club>)
        for a, b, pat, cue in sorted(found, key=lambda f: f[3].frame == "targets"):
            self._apply(cue, a, b, people, teams, pat.text)
            if ("gap", "") in pat.elements:
                # "joined <Club> from <Club>", "vom <Club> zu <Club> gewechselt": a cue of another frame
                # inside a gapped cue counts as well.
                # a move told is no rumour: "quitte <Club> pour rejoindre <Club>" holds no "rejoindre" of a rumour
                # nor does "der ... betreut hatte" hold a current post in "betreut"
                done = {cue.frame} | ({"targets"} if cue.frame in ("joined", "former_member") else set()) \
                    | ({"coach"} if cue.frame == "coached" else set()) \
                    | ({"member", "joined", "coach"} if cue.frame == "targets" else set())  # "due to sign a contract at": not yet
                for k in range(a, b):
                    for end, _inner, inner_cue in self.lex.relations.matches_at(norms, k):
                        if end <= b and (k, end) != (a, b) and inner_cue.frame not in done:
                            done.add(inner_cue.frame)
                            self._apply(inner_cue, k, end, people, teams, _inner.text)

    def _found_cues(self, norms: list[str], named: set[int], teams: list[Mention]) -> list:
        """The cue phrases of the sentence; a gapped cue that opens with a preposition and ends with a verb holds a
        team in its gap, and one that holds none is no cue ("Zur Saison 2009/10 wechselte X zum <Club>": not "zur <Club>
        wechselte"), so the words after its first are read again."""
        in_team = {k for t in teams for k in range(t.start, t.end)}
        for _ in range(3):
            found = self._cues_in(norms, named, teams)
            empty = [a for a, b, pat, _c in found if ("gap", "") in pat.elements and norms[a] in self.lex.prepositions
                     and pat.elements[1] == ("gap", "") and norms[b - 1] not in self.lex.prepositions
                     and not in_team.intersection(range(a + 1, b))]
            if not empty:
                return found
            norms = [("" if k in empty else n) for k, n in enumerate(norms)]
        return found

    def _cues_in(self, norms: list[str], named: set[int], teams: list[Mention]) -> list:
        """The cue phrases left to right; a gap that holds the person does not run past a team to a later
        preposition ("Abgang von X zu <Club> und von Y zum <Club>": the first cue ends at "zu")."""
        found = [f for f in self.lex.relations.find(norms) if f[0] not in named and f[1] - 1 not in named]
        for k, (a, b, pat, cue) in enumerate(found):
            if cue.person == "inside" and cue.team == "right" and ("gap", "") in pat.elements \
                    and any(a < t.start and t.end < b - 1 for t in teams):
                hits = self.lex.relations.matches_at(norms[:b - 1] + [""] + norms[b:], a)
                if hits:
                    end, shorter, payload = hits[0]
                    rest = self._cues_in([""] * end + norms[end:], named, teams)
                    return found[:k] + [(a, end, shorter, payload)] + rest
        return found

    def _listed_norms(self, teams: list[Mention]) -> list[str]:
        """The sentence's pieces with the commas of a list of teams made no clause boundary, so that a cue's
        gap spans the list: "für den <Club>, <Club> und den <Club> aktiv"."""
        norms = list(self.norms)
        ordered = sorted((t for t in teams if t.kind != "relative"), key=lambda m: m.start)  # ", qu'il ...": no list
        for left, right in zip(ordered, ordered[1:], strict=False):
            between = self.norms[left.end:right.start]
            if between[:1] == [","] and all(t in self.lex.determiners or t in self.lex.team_prepositions for t in between[1:]):
                norms[left.end] = "+"
        return norms

    def _apply(self, cue: RelationCue, a: int, b: int, people: list[Mention], teams: list[Mention],
               cue_text: str = "") -> None:
        if cue.frame == "none":
            return  # a phrase that holds a shorter cue but tells no tie
        if cue.frame == "won_with":
            # "Champion du monde avec l'équipe de France de <Coach>, X ...": the coach owning the team won nothing
            owned = {t.end for t in teams}
            people = [m for m in people if not (m.start >= 2 and self.norms[m.start - 1] in self.lex.coach_team_owner
                                                and m.start - 1 in owned)]
        if cue.frame == "teammate":
            left = self._nearest(people, a, b, "left")
            right = self._nearest(people, a, b, "right")
            if right is not None and (right.kind == "possessive" or right.kind in ("name", "discovered") and self._genitive_at(right.end)):
                # "played alongside his elder brother X", "alongside <Name>'s former team-mate X": the possessive's
                # noun is named after it
                right = next((m for m in people if right.end < m.start <= right.end + 7 and m.kind in ("name", "discovered")
                              and self.clause[m.start] == self.clause[right.start]), right)
            inside = [m for m in people if a < m.start and m.end <= b and m.kind in ("name", "discovered")]
            if left is not None and left.after_preposition and left.end <= a and not self._genitive_at(left.end):
                # "and under <Coach> formed a partnership with X": the subject did (not in "alongside <Name>'s former
                # team-mate X", where the genitive's man is the team-mate's partner)
                left = self._subject_before(left, people)
            if inside and right is not None and right.kind == "pronoun" and (left is None or left.entity is right.entity):
                # "gemeinsam mit X und Y bildete er ...": the partners inside the cue, the subject after it
                left, right = right, inside[0]
            if left is not None and right is None and len(pair := self._coordinated(left, people)) == 2:
                left, right = pair  # "X and Y won five titles together at <Club>"
            if left is None and right is not None and self.topic is not None and right.entity is not self.topic:
                left = self._topic_mention(a)  # "..., donde coincidió con X y Y": the article's player, unnamed
            others = [right] if left is None or right is None or right.start < b and right not in inside \
                else self._coordinated(right, people)
            for right in others:
                if left and right and left.entity != right.entity:
                    self._teammates(left, right, a, b, teams)
            return
        targets = cue.frame == "targets"
        if targets and cue.person in ("right", "any") and self._sum_after(b):
            return  # "<Club> would want at least £40m": a price asked, no one wanted
        if targets and cue.person == "left" and cue.team == "right" and self._suitor_before(a, b, people, teams, cue, cue_text):
            return
        # In "von <Team> gewechselt" the argument sits in the gap; in "joined ... from <Team>" it follows.
        inside = bool(self.norms[b - 1] not in self.lex.prepositions | self.lex.team_prepositions) \
            and not (cue.team == "right"  # "... pour rejoindre <Club>"
                     and any(t.start in (b, b + 1) and not self._from_team(t) for t in teams))
        # "Formé au <club>, il ...": a participle first, its subject after the club
        right_max = 6 if targets else 8 if cue.person == "any" else 3
        if cue.person == "right" and not targets:
            right_max = max(right_max, self._role_phrase_end(b) - b)  # "appointed former <Club> manager X"
        if targets:  # "chasing a top-four place under X": the one a side plays under is no one it wants; nor is the
            # one he would replace ("quiere al francés como relevo de X")
            # (unless the cue is a clause of his own: "... para sustituir a X, a quien <Club> tienta")
            kept = [m for m in people if self.lex.under_coach.ending_at(self.norms, m.start) is None
                    and (self.norms[m.end:a] == [","] and cue.person == "left"
                         or self.lex.replacement_words.ending_at(self.norms, m.start, reach=3) is None
                         and not m.replaced)]  # nor the one a successor follows ("zum Nachfolger von X")
            # (nor, as the one wanted, a relative pronoun that stands for one of those: "wants a replacement for X,
            # who ..."; as a subject it may be: "X, who is expected to join <Club>")
            people = [m for m in kept if m.kind != "relative" or m.antecedent is None or m.antecedent in kept or m.start < b]
        # "l'ancien technicien de <Club>": a cue that starts inside a description is about the one described
        # (not "El entrenador del <Club>, X, ...": the name after it is whom it describes)
        described = next((m for m in people if m.kind == "descriptor" and m.start < a < m.end), None) \
            if cue.person in ("left", "any") and not any(m.kind in ("name", "discovered") and b <= m.start <= b + 8
                                                         for m in people) else None
        person = described or self._nearest(people, a, b, cue.person, right_max=right_max)
        if person is None and cue.person == "right" and not targets and (k := self._examples_after(b)) is not None:
            # "signed several players in the summer, including striker X and Y": the ones named as examples
            person = next((m for m in people if k <= m.start <= k + 3 and m.kind in ("name", "discovered")), None)
        if person is not None and cue.person in ("right", "any") and person.start >= b:
            person = self._head_after_possessor(person, people)  # "signed <Other>'s team-mate X": X
        if person is not None and cue.person in ("left", "any") and person.end <= a and person.after_preposition \
                and (inverted := self._inverted_subject(people, b)) is not None and inverted.kind in ("name", "discovered") \
                and inverted.start == b:
            person = inverted  # "Nach ... unter X übernahm Glasner die <Club>": the name after the verb is its subject
        if person is not None and cue.person in ("left", "any") and person.end <= a \
                and (person.after_preposition and (a - person.end <= 3 or a - person.end <= 6 and "," not in self.norms[person.end:a])
                     or self._verb_object(person) and a - person.end <= 12) \
                and any(n in self.lex.conjunctions and n != "," for n in self.norms[person.end:a]):
            # "struggled for playing time under X and moved to <Club>", "replaced X as caretaker in 2019 and led the
            # club": the one after a preposition or a verb is no subject of a verb coordinated after him; the
            # sentence's subject is
            person = self._subject_before(person, people)
        if person is not None and cue.person in ("left", "any") and person.end <= a \
                and (person.after_preposition or self._verb_object(person)) and self._shares_subject(a) \
                and ("," in self.norms[person.end:a] or self.lex.shared_subject.ending_at(self.norms, a, reach=2) is not None
                     or person.replaced and self.lex.shared_subject.matches_at(self.norms, a)):
            # "won five trophies, playing alongside X, before joining <Club>": a verb with no subject of its own
            # shares the sentence's, not that of the name a preposition or a verb took as its object
            person = self._subject_before(person, people, plain=True)
        mover = next((m for m in people if a < m.start and m.end <= b), None) if "..." in cue_text else None
        if mover is not None and cue.frame in ("joined", "former_member") and cue.person == "left":
            person = mover  # "<Coach>, who signed X from <Club>": the one inside the move moved
        if person is None and cue.person in ("left", "any"):
            # Verb-second order puts the subject inside a gapped cue ("2019 wechselte er für ... zum <Club>")
            # or right after it ("Danach trainierte er <Club>").
            person = next((m for m in people if a < m.start and m.end <= b and m.start <= a + 2), None) \
                or self._inverted_subject(people, b)
        apposed = next((m for m in people if m.kind in ("name", "discovered") and m.end + 1 == a and self.norms[m.end] == ","),
                       None) if cue.person in ("left", "any") and self.norms[a] not in self.lex.function_words else None
        if apposed is not None:
            person = apposed  # "sans X, retourné à <Club>": a participle set after a name and its comma tells of that name
            # (not "under X, before a move to": a clause of the subject's)
        if cue.person == "left" and a > 0 and self.norms[a - 1] in self.lex.conjunctions and self.norms[a - 1] != "," \
                and (person is None or person.end < a - 1):
            # "X, retourné à <Club> ... puis vendu à <Other>": a verb coordinated with one read already shares its subject
            person = next((m for r in reversed(self.out) if r.span[1] <= a and self.clause[r.span[0]] == self.clause[a]
                           for m in people if m.entity is r.subject and m.end <= r.span[0] + 1), None) or person
        if cue.person == "inside":
            # "<Coach> signed him for <Club>": the one who moved sits inside the cue (not the possessive of a cue's
            # own words: "has made a winger his priority")
            inner = [m for m in people if a < m.start and m.end <= b]
            # ("tried to trigger his release clause": the possessive alone is the one wanted)
            person = next((m for m in inner if not (targets and m.kind == "possessive")),
                          inner[0] if len(inner) == 1 and inner[0].entity.type == "Player" else None)
            if cue.team == "right":
                self._signer(a, b, person, people)
        if person is None and cue.person == "right":
            # a clitic before the verb: "el <Club> también lo sigue de cerca", "le <Club> le suit", "le <Club> l'avait
            # recruté"
            person = next((m for m in people if m.kind == "object"
                           and (m.end == a or m.end == a - 1 and self.norms[a - 1] in ("'", "\u2019"))), None)
        if person is None and cue.person == "right" and (targets or self.norms[b:b + 1] == [":"]) \
                and (listed := self._listed_after_colon(b)):
            # "<Club> baraja dos nombres para el banquillo: el de X, ... y el de Y"; "<Club> hat einen neuen
            # Präsidenten: Die Mitglieder wählten X ...": the one it has
            person = listed[0]
        if person is None and cue.person in ("right", "any") and inside:
            # "<Club> hat X als Trainer verpflichtet": the person sits in the gap of a verb-final cue
            person = next((m for m in people if a < m.start and m.end <= b), None)
        if person is None and cue.person in ("left", "any"):
            person = self._fronted_subject(a, b, people)
        if (person is None or person.kind == "possessive" and a <= person.start < b) and cue.person in ("left", "any") \
                and cue.team == "right" and not any(m.end <= a for m in people) \
                and (fronted := next((t for t in teams if t.start in (b, b + 1)), None)) is not None:
            # "Nach sieben Jahren beim <Club> wechselt X ...": verb-second order puts the subject right after the
            # verb that follows a fronted phrase (whom the phrase's possessive means: "Nach seinem Vertragsende bei
            # <Club> kehrt X ...")
            person = self._inverted_subject(people, fronted.end + 1) or person
        if person is None and cue.person in ("left", "any") and self._shares_subject(a):
            # "..., before finishing at <Club>", "avant de rejoindre <Club>": a verb with no subject of its own
            # shares the sentence's subject
            person = self._subject_by(a, people)
        if person is None and cue.person in ("left", "any") and any(
                self.norms[k] in self.lex.conjunctions and self.norms[k] != "," for k in range(max(0, a - 4), a)):
            # "Rice was released by <Club>'s academy at 14 and joined <Club>", "In 1984 he moved to <Club>, and
            # later had spells with <Club>": the subject of the first verb carries over to the one after "and",
            # however far it is (in a relative clause, the one it is about: "X, der den Verein verlassen hat und zum
            # <Club> wechselt")
            person = self._relative_antecedent(a, people) or next(
                (m for m in people if m.start <= 6 and not m.after_preposition
                 and m.kind in ("name", "discovered", "pronoun", "descriptor")), None)
        if person is None and self.topic is not None and (all(m.after_preposition or m.kind == "possessive"
                                                              for m in self._people()) if not targets else not self._people()):
            # "Ein Wechsel zum <Club> ist kein Thema", "Tiene contrato con el club hasta 2030": a sentence that
            # names no person, or only after a preposition (Spanish drops its subjects), is about the article's player
            person = self._topic_mention(a)
        if person is None and self.lex.pro_drop and cue.person in ("left", "any") and self.topic is not None \
                and not targets and not any(m.end <= a and m.kind != "possessive" for m in people):
            person = self._topic_mention(a)  # "Después entrenó al <Club>, donde contó con X": the article's man
        if person is None and targets and not any(self.clause[m.start] == self.clause[a] for m in self._people()) \
                and (wanted := self._last_wanted()) is not None:
            person = self._topic_mention(a, wanted)  # "<Other> has also enquired": about the rumour's man
        if person is None and targets and cue.person == "right" and (b == len(self.norms) or not is_word(self.norms[b])) \
                and len(before := {m.entity.iri: m.entity for m in self._people() if m.end <= a}) == 1 \
                and (only := next(iter(before.values()))).type == "Player":
            # "<Club> had been tracking the forward, when a move collapsed after <Other> also showed interest": the
            # one player the sentence names is who the object-less cue is about
            person = self._topic_mention(a, only)
        if person is None or cue.frame == "coach" and person.replaced and person.end < a \
                and any(n in self.lex.predicative_markers for n in self.norms[person.end:a]):
            return  # "replaced X as manager of <Club>": the successor's post (see successions)
        if targets and person.kind == "descriptor" and (wanted := self._also_wanted(a, person)) is not None:
            person = self._topic_mention(person.start, wanted)
        if targets and cue.person == "right" and self._genitive_at(person.end):
            return  # "at <Club> after X's double": X owns what follows, no one is after him
        # a club does not want its own man, nor one the sentence has just tied him to ("X, der zuletzt beim <Club>
        # an der Seitenlinie stand")
        # (a coach the article's club had before may be wanted back: "que ya entrenó al club entre 2017 y 2019")
        exclude = set(self.own_teams.get(person.entity.iri, {})) | {
            r.object.iri for r in self.out if r.subject is person.entity and isinstance(r.object, Entity)
            and (r.predicate == "coaches" or r.predicate == "coachedAt" and r.object is not self.topic_club)} if targets else set()
        free_teams = [t for t in teams if not self._attributive(t)]
        if cue.frame in ("member", "coach", "joined", "played"):
            # "im Derby gegen den <Club> muss X auf Y verzichten", "für die er beim 6:1 gegen die Türkei debütierte"
            free_teams = [t for t in free_teams if not self._opponent(t)]
        if cue.frame == "joined" and cue.team == "left" and cue.person == "right":
            # "<Club> signed X": the club is the subject; "le départ de Y à la <Club> ... l'arrivée de X" is not
            free_teams = [t for t in free_teams if t.end > a or not self._after_preposition(t)]
        if cue.frame in ("member", "joined"):
            # not a team after "from", unless the cue's own last word is the preposition ("piezas clave del <Club>")
            # nor a team inside the cue ("renseignements auprès du <Club> pour X")
            free_teams = [t for t in free_teams if t.start == b or not self._from_team(t)
                          or cue.team == "inside" and a < t.start and t.end <= b]
        # verb-second order puts the subject between the verb and its object: "2024 trainiert X den <Club>"
        after = person.end if cue.team == "right" and person.start in (b, self._role_phrase_end(b)) \
            and person.kind in ("name", "discovered", "pronoun") else b
        team = self._nearest(free_teams, a, after, cue.team, exclude=exclude, right_max=6 if targets else 3,
                             inside=inside or cue.team == "inside")
        if team is None and cue.team == "left" and person.kind == "object" and person.start == b:
            # verb-second order puts the club after the object: "2018 verpflichtete ihn der <Club>"
            team = next((t for t in free_teams if person.end <= t.start <= person.end + 2), None)
        if team is None and cue.frame == "joined" and cue.team == "left":
            team = self._destination_after(b, free_teams)  # "2013 holte ihn X als Co-Trainer zu <Club>"
        if team is None and cue.frame == "joined" and cue.team == "left" and cue.person == "right" \
                and (boss := self._nearest([m for m in people if m.entity.type == "Coach"], a, a, "left")) is not None \
                and (post := self._latest_post(boss.entity, taking_over=True)) is not None \
                and all(self._from_team(t) or t.entity is post or self.clause[t.start] != self.clause[a] for t in teams):
            # "There he signed X", "<Coach> signed X from <Other>": the coach signs for the club he leads (not one
            # this sentence says he led before)
            team = self._topic_mention(a, post)
        if team is None and cue.frame in ("joined", "coach") and cue.team == "left" and self.topic_club is not None \
                and not any(t.end <= a and self.clause[t.start] == self.clause[a] and t in free_teams for t in teams) \
                and self.topic_club.iri not in self.own_teams.get(person.entity.iri, {}):
            # "Die <Town>er holen X vom <Club>": the club that signs him, named by a word we do not know, is the
            # club the article is about
            team = self._topic_mention(a, self.topic_club)
        if team is None and cue.frame == "coach" and cue.team == "right" and self.topic_club is not None \
                and any(n in self.lex.club_nouns for n in self.norms[b:b + 4]):
            # "übernimmt das Traineramt beim österreichischen Meister": the club named by a noun is the article's
            team = self._topic_mention(b, self.topic_club)
        if team is None and cue.frame == "coach" and cue.team == "left" and self.topic_club is not None and not teams:
            # "Le président a confié l'intérim à X": a post given in a sentence that names no team is at the article's club
            team = self._topic_mention(a, self.topic_club)
        if team is None and cue.team == "left" and not targets and (subject := next((t for t in free_teams if t.start <= 1 and t.end <= a
                                                                    and self.clause[t.start] == self.clause[a]), None)) is not None \
                and subject.entity.iri not in exclude and not any(p.start < subject.start for p in people) \
                and not any(subject.end <= p.start < a and not p.after_preposition and not self._plain_object(p) for p in people):
            team = subject  # "El club <adjective>, entrenado por X, ... después de perder a Y": the clause's subject, however far
        if team is None and targets and (boss := self._club_through_its_boss(a, person)) is not None:
            team = boss  # "<Club> manager X wants Y": the club wants him, through its manager
        if team is None and targets and (boss := self._unattached_boss(a, person, cue, teams)) is not None:
            # "<Coach> a fait de X sa priorité" in news about a club, no club named: the coach's wish is his club's
            team = self._topic_mention(a, self.topic_club)
            if boss.entity.type == "Coach":
                self._add(boss.entity, "coaches", self.topic_club, 0.5 * boss.confidence, "suitor-coach", (boss.start, boss.end))
        tied = {r.object.iri for r in self.out if isinstance(r.object, Entity)}  # clubs the sentence ties to people
        named_next = b <= person.start <= b + 1 and person.kind in ("name", "discovered")  # the one wanted, named right after
        if team is None and targets and self.topic_club is not None and self.topic_club.iri not in exclude \
                and ((clubs := [t for t in teams if t.entity.type == "Club"])
                     and (all(t.entity.iri in exclude or t.entity.iri in tied or t.entity is self.topic_club
                              or t.start >= b and self.clause[t.start] != self.clause[a] and "," in self.norms[b:t.start]
                              # (of a clause after it: ", while ...")
                              for t in clubs)
                          or cue.team == "left" and not any(t.end <= a for t in clubs))
                     or named_next and not teams and cue.team == "left"
                     # ("También suenan X y Y, aunque este último está comprometido con la selección de <Country>")
                     or named_next and not clubs and cue.team == "any"
                     and all(n in self.lex.additive_markers for n in self.norms[:a])):  # (the sentence opens with the cue)
            # ("la directiva ya había sondeado a X": a sentence that names no team, in news about one club)
            # "X, coach of <Other>, is the chosen one to replace <Coach>": the only club named is the person's
            # own, so the club that wants him is the one the article is about; so is the one wanting when the
            # wanting is told of no club ("la dirección deportiva baraja dos nombres")
            team = self._topic_mention(a, self.topic_club)
        if team is None:
            return
        if cue.frame == "targets" and team.entity.type != "Club":
            return
        if team.kind == "team_descriptor" and cue.frame in ("member", "joined"):
            own = self.own_teams.get(person.entity.iri, {})
            if own and team.entity.iri not in own:
                return  # "has a contract with the club": the person's own club, not the last club named
        if cue.suitor_left and (suitor := self._nearest([t for t in free_teams if t is not team and t.entity.type == "Club"],
                                                        a, a, "left")) is not None:
            # "<Club> are in advanced talks with <Other> over a deal for X": the first club wants him
            self._add(suitor.entity, "targets", person.entity, cue.confidence * min(person.confidence, suitor.confidence),
                      "cue:targets", (suitor.start, b), cue_text)
        if cue.to_topic_club:
            self._to_topic_club(person, team, b)
        # ("Brentford, who lost X to <Other>": the club the clause is about, right before it, else the article's)
        origin = (next((t.entity for t in reversed(self._teams()) if t.end <= a and a - t.end <= 3 and t.entity.type == "Club"
                        and not self._after_preposition(t) and t.entity is not team.entity), None)
                  or self.topic_club) if cue.from_topic_club else None
        if origin is not None and team.entity is not origin and person.entity.type in PEOPLE:
            self._add(person.entity, frame_predicate("former_member", person.entity), origin,
                      0.6 * person.confidence, "cue:former_member", (a, b))
        if cue.frame == "former_member" and cue.person == "right" and cue.team == "left":
            self._club_after(person, team, self.lex.destination_prepositions, "joined")  # "sold X to <Other>"
        if cue.frame == "joined" and cue.person == "right" and cue.team == "left":
            self._club_after(person, team, self.lex.origin_prepositions, "former_member")  # "signing of X from <Other>"
        if targets and cue.person == "right" and cue.team == "left" and person.kind in ("name", "discovered"):
            self._club_after(person, team, self.lex.origin_prepositions, "member")  # "an attempt to sign X from <Other>": his club now
        # (a relative pronoun stands for the name before it, not for those listed with it: "X und Y, der bei <Club>
        # spielte")
        relative = person.kind == "relative" or person.end <= a and self.clause[a] in self.relative_clauses \
            and self.clause[person.start] != self.clause[a]
        # (nor does a participle set after the last name and its comma: "X et Y, recruté à <Club>")
        wanted = [person] if person.kind == "topic" or relative or person is described or person is apposed \
            else self._coordinated(person, people)
        if targets and person in (listed := self._listed_after_colon(b)):
            wanted = listed
        for p in wanted:
            if cue.any_role and p.entity.untyped_name and not self._coach_context():
                continue  # "<Club> seek a replacement for X" with no coach in sight: a player's replacement reads nothing
            for t in [team] if team not in free_teams else self._coordinated(team, free_teams):
                if cue.frame == "targets" and t.entity.iri in self.own_teams.get(p.entity.iri, {}):
                    continue
                if cue.frame in ("coach", "coached") or targets and self._for_a_coach_post(a, p) \
                        or cue.frame == "joined" and (any(n in self.lex.coach_posts for n in self.norms[p.end:p.end + 4])
                                                      or self._as_coach(p.end)):
                    # "l'arrivée de X sur son banc", "la contratación de X como entrenador"; "assisted by former
                    # <Club> captain X": a player's role said to be past does not keep him from coaching
                    retype_as_coach(p.entity, stated=cue.frame in ("coach", "coached") and b <= p.start
                                    and any(self.lex.former_markers.matches_at(self.norms, k) for k in range(b, p.start)))
                if cue.frame == "president":
                    retype_as_executive(p.entity)  # "der Präsident des <Club>, X", "<Club> hat einen neuen Präsidenten: X"
                pred = frame_predicate(cue.frame, p.entity)
                if cue.frame == "coach" and any(r.subject is p.entity and r.object is t.entity and r.rule == "cue:coached"
                                                for r in self.out):
                    continue  # "la destitución de X como entrenador del <Club>": the post he has just lost
                if cue.frame == "won_with" and any(r.subject is p.entity and r.object is t.entity and r.predicate in ("coaches", "playsFor")
                                                   for r in self.out):
                    continue  # "Seit 2007 ist er Cheftrainer des <Club>, mit dem er 2023 aufstieg": the post he holds
                if cue.frame == "won_with" and pred in FORMER_OF and self._clause_years_before(a):
                    pred = FORMER_OF[pred]  # "who won the <Cup> with <Club> in 1995": a title of years ago, a side he left
                elif cue.frame == "coach" and pred in FORMER_OF and self._year_after_before_now(b) \
                        and not set(pieces(cue_text)) & self.lex.arrival_words:
                    pred = FORMER_OF[pred]  # "who led <Country> to the 2002 World Cup": a post of years ago
                conf = cue.confidence * min(p.confidence, t.confidence)
                if pred == "targets":
                    # the claim spans the cue and its club ("ein Wechsel zum <Club> ist kein Thema")
                    span = (min(a, t.start), max(b, t.end))
                    self._add(t.entity, pred, p.entity, conf, f"cue:{cue.frame}", span, cue_text, cue.negation_before)
                else:
                    # a team listed after the first ends the span later: "rejoint <A>, puis <B>" tells B after A
                    rel = self._add(p.entity, pred, t.entity, conf, f"cue:{cue.frame}", (a, b) if t is team else (a, max(b, t.end)),
                                    cue_text, cue.negation_before)
                    if rel is not None and cue.frame in ("member", "joined", "former_member", "won_with") and p.entity.discovered \
                            and not p.entity.typed and not self._playing(a, p.entity):
                        rel.retypable = True

    def _examples_after(self, b: int) -> int | None:
        """Where the names begin that an "including"/"darunter" a few words after a cue gives as examples of its
        object ("signed several players in the summer, including X"); None when there is no such word, or another
        verb's clause comes first."""
        for k in range(b, min(b + 12, len(self.norms))):
            if self.clause[k] != self.clause[b]:
                return None
            if (hit := self.lex.example_markers.matches_at(self.norms, k)):
                return hit[0][0]
        return None

    def _listed_after_colon(self, b: int) -> list[Mention]:
        """The names listed after a colon a few words after a cue ("shortlisted two names for the job: X and
        Y")."""
        colon = next((k for k in range(b, min(b + 10, len(self.norms))) if self.norms[k] == ":"), None)
        if colon is None:
            return []
        return [m for m in self._people() if m.start > colon and m.kind in ("name", "discovered")]

    def _for_a_coach_post(self, a: int, p: Mention) -> bool:
        """A rumour about a post on the bench ("two names for the bench: X and Y"): the men wanted are coaches."""
        lo, hi = min(a, p.start), max(a, p.end) + 20  # "negocia con X, ex del <Club> y del <Club>, para el banquillo"
        return any(n in self.lex.coach_posts for n in self.norms[lo:hi])

    def _club_after(self, person: Mention, other: Mention, prepositions: set[str], frame: str) -> None:
        """The club right after the person and a preposition, not the cue's own: "<Club> sold X to <Other>" (the
        buyer has him now), "<Club> have completed the signing of X from <Other>" (the club he came from)."""
        k = person.end
        if k + 1 >= len(self.norms) or self.norms[k] not in prepositions:
            return
        club = next((t for t in self._teams() if t.entity.type == "Club" and t.entity is not other.entity
                     and self._club_gap(k + 1, t.start)), None)
        if club is not None:
            self._add(person.entity, frame_predicate(frame, person.entity), club.entity,
                      0.8 * min(person.confidence, club.confidence), f"cue:{frame}", (person.start, club.end))

    def _destination_after(self, b: int, teams: list[Mention]) -> Mention | None:
        """A team after the cue, in its clause, right after a preposition of destination: where the person a
        signing verb names was brought when no club stands before the verb."""
        return next((t for t in teams if b < t.start and self.clause[t.start] == self.clause[b - 1]
                     and self.norms[t.start - 1] in self.lex.destination_prepositions
                     and not self._left_team_cue_before(t)), None)

    def _left_team_cue_before(self, t: Mention) -> bool:
        """Whether a cue of a tie that has ended ends right before the team ("recruté à <Club>": he came from it)."""
        hit = self.lex.relations.ending_at(self.norms, t.start, reach=3)
        return hit is not None and hit[1].frame == "former_member"

    def _club_gap(self, b: int, start: int) -> bool:
        """Whether only a word, or a club noun and its adjective ("from Turkish side <Club>", "from Serie A side
        <Club>"), stand between b and a club's name."""
        gap = self.norms[b:start]
        return start >= b and (len(gap) <= 1 or len(gap) <= 3 and gap[-1] in self.lex.club_nouns)

    def _unattached_boss(self, a: int, wanted: Mention, cue: RelationCue, teams: list[Mention]) -> Mention | None:
        """The coach or executive who is the subject before a rumour cue that names no club in its clause, when the
        article is about a club and ties him to no other ("<Coach> a fait de X sa priorité"); the one wanted is
        named, described or an object pronoun for a player, not someone after a preposition ("un tridente con X")."""
        if self.topic_club is None or any(t.entity.type == "Club" and self.clause[t.start] == self.clause[a] for t in teams):
            return None
        if not (wanted.kind in ("name", "discovered", "descriptor") or wanted.kind == "object" and wanted.entity.type == "Player") \
                or wanted.after_preposition and cue.person != "inside":
            return None
        boss = next((m for m in reversed(self._people()) if m.end <= a and m.kind in ("name", "discovered")
                     and m.entity.type in ("Coach", "Executive") and not m.after_preposition
                     and self.clause[m.start] == self.clause[min(a, len(self.clause) - 1)]), None)
        if boss is None or boss is wanted or boss.entity is wanted.entity:
            return None
        ties = {r.object.iri for r in [*self.earlier, *self.out] if r.subject is boss.entity and isinstance(r.object, Entity)}
        return boss if ties <= {self.topic_club.iri} else None

    def _led_by_another(self, team: Entity, coach: Entity) -> bool:
        """Whether the article has another coach lead the team now: a club has one head coach at a time, so one
        its new coach once assisted there led it before ("fue el segundo de X en el <Club>")."""
        return team.type == "Club" and any(team.iri in teams and who != coach.iri and self._coach_iri(who)
                                           for who, teams in self.own_teams.items())

    def _coach_iri(self, iri: str) -> bool:
        """Whether the person of that IRI, named in this sentence or before, is a coach."""
        return any(r.subject.iri == iri and r.subject.type == "Coach" for r in [*self.earlier, *self.out])

    def _assisted_team(self, a: int, coach: Mention, teams: list[Mention]) -> Entity | None:
        """The club whose staff the assistant joined: "returning to <Club> as an assistant to X", "assistant to X
        at <Club>"."""
        glue = self.lex.predicative_markers | self.lex.determiners | self.lex.indefinites

        def glued(between: list[str]) -> bool:
            # only glue words, or a comma and one adverb: "arbeitet seit 2020 beim <Club>, zunächst als Assistent von X"
            return sum(n not in glue and n != "," for n in between) <= ("," in between)

        before = next((t for t in teams if t.end <= a and a - t.end <= 4 and glued(self.norms[t.end:a])), None)
        # (a span of time may come between: "fue el segundo de X durante tres temporadas en el <Club>")
        after = next((t for t in teams if coach.end < t.start <= coach.end + 6 and self.clause[t.start] == self.clause[coach.end - 1]
                      and "," not in self.norms[coach.end:t.start]
                      and not any(coach.end <= m.start < t.start for m in self._people())
                      and self.lex.post_prepositions & set(self.norms[max(coach.end, t.start - 2):t.start])), None)
        team = before or after
        return team.entity if team is not None and team.entity.type == "Club" and not self._attributive(team) else None

    def _subject_before(self, person: Mention, people: list[Mention], plain: bool = False) -> Mention:
        """The sentence's subject, named before ``person``, who is the object of a preposition or a verb (``plain``:
        nor itself a verb's object or a possessor, "<Name>'s side"); ``person`` if there is none."""
        return self._subject_by(person.start, people, plain) or person

    def _subject_by(self, k: int, people: list[Mention], plain: bool = False) -> Mention | None:
        """The sentence's subject, named before piece ``k``: the first person named there after no preposition
        (``plain``: nor a verb's object or a possessor)."""
        return next((m for m in people if m.end <= k and not m.after_preposition
                     and m.kind in ("name", "discovered", "pronoun", "descriptor")
                     and not (plain and (self._verb_object(m) or self._genitive_at(m.end)))), None)

    def _relative_antecedent(self, a: int, people: list[Mention]) -> Mention | None:
        """The name a relative clause holding piece ``a`` is about (", der ...", ", who ..."): the one right before
        the comma that opens it."""
        clause = self.clause[min(a, len(self.clause) - 1)]
        if clause not in self.relative_clauses:
            return None
        opens = next(k for k in range(len(self.clause)) if self.clause[k] == clause)  # the comma
        return next((m for m in people if m.end == opens and m.kind in ("name", "discovered")), None)

    def _shares_subject(self, a: int) -> bool:
        """Whether the cue at ``a`` is, or follows, a verb form that takes the sentence's subject ("before joining",
        "avant de rejoindre")."""
        return bool(self.lex.shared_subject.matches_at(self.norms, a)) \
            or self.lex.shared_subject.ending_at(self.norms, a, reach=3) is not None

    def _plain_object(self, m: Mention) -> bool:
        """A verb's object ("have sacked head coach X"), not a clause's subject after "when" ("when X fired")."""
        return self._verb_object(m) and self.norms[m.start - 1] not in self.lex.fronted_subordinators

    def _verb_object(self, m: Mention) -> bool:
        """Whether the name follows a verb ("replaced X"), so is its object; not a verb of saying ("said X was")."""
        if m.start == 0 or m.kind not in ("name", "discovered"):
            return False
        before = self.sent.tokens[m.start - 1]
        w = before.norm
        return w.isalpha() and not before.is_title and w not in self.lex.prepositions and w not in self.lex.conjunctions \
            and w not in self.lex.determiners and w not in self.lex.relative_pronouns \
            and self.lex.source_cues.ending_at(self.norms, m.start, reach=2) is None

    def _after_preposition(self, m: Mention) -> bool:
        """A preposition before the mention, over its article ("à la <Club>", "from the <Club>")."""
        k = self._word_before_article(m.start)
        return m.after_preposition or k >= 0 and self.norms[k] in self.lex.prepositions | self.lex.team_prepositions

    def _word_before_article(self, start: int) -> int:
        """Where the word before ``start`` is, over an article and an elision's apostrophe ("à la", "l'")."""
        k = start - 1
        while k >= 0 and (self.norms[k] in self.lex.determiners or self.norms[k] in ("'", "\u2019")):
            k -= 1
        return k  # -1 when there is none

    def _before_former_markers(self, k: int) -> int:
        """Where the former markers ("former", "ancien", "ex-") that end right before ``k`` begin."""
        while k > 0 and (hit := self.lex.former_markers.ending_at(self.norms, k)) is not None:
            k = hit[0]
        return k

    def _genitive_at(self, k: int) -> bool:
        """An English genitive "'s" at piece ``k`` ("<Club>'s", "<Name>'s")."""
        return genitive_at(self.norms, k)

    def _sum_after(self, b: int) -> bool:
        """A sum of money right after ``b``, with no one named before it ("would want at least £40m",
        "wollen 35 Millionen Euro"): a price asked, not a person wanted."""
        toks = self.sent.tokens
        if b >= len(toks):
            return False
        found = amount_lexicon(self.lex.lang).pattern.search(self.sent.text, toks[b].start - self.sent.start)
        if found is None:
            return False
        at = next((k for k in range(b, len(toks)) if toks[k].start - self.sent.start >= found.start()), len(toks))
        after = next((k for k in range(at, len(toks)) if toks[k].start - self.sent.start >= found.end()), len(toks))
        if after < len(toks) and self.norms[after] in self.lex.prepositions \
                and any(after < m.start <= after + 5 and m.kind in ("name", "discovered") for m in self._people()):
            return False  # "ready to offer £8m for <Club> striker X": the sum is a bid for him
        return at - b <= 3 and not any(b <= m.start < at for m in self._people())

    def _suitor_before(self, a: int, b: int, people: list[Mention], teams: list[Mention], cue: RelationCue,
                       cue_text: str) -> bool:
        """"<Club> have been linked with <Other> defender X", "<Coach> has been linked with X": a cue that
        usually ties a player to a club ("X linked with <Club>") read the other way round, when the club (or a
        coach or executive, for his club) comes before it and a player right after it. True when it was read so."""
        owner = next((t for t in teams if t.start == b), None)
        if owner is not None and self._genitive_at(owner.end):
            b = owner.end + 2  # "linked with <Other>'s X"
        wanted = next((m for m in people if b <= m.start <= self._role_phrase_end(b) + 1
                       and m.kind in ("name", "discovered") and m.entity.type == "Player"), None)
        if wanted is None:
            return False
        before = [m for m in people + teams if m.end <= a and self.clause[m.start] == self.clause[a]
                  and not m.after_preposition and m.kind != "object"]
        if not before:
            return False
        subject = min(before, key=lambda m: m.start)
        if subject.entity.type == "Club":
            suitor = subject
        elif subject.entity.type in ("Coach", "Executive"):
            club = self._current_club(subject.entity)
            if club is None:
                return False
            suitor = self._topic_mention(subject.start, club)
        else:
            return False
        if suitor.entity.iri in self.own_teams.get(wanted.entity.iri, {}):
            return False
        for p in self._coordinated(wanted, people):
            self._add(suitor.entity, "targets", p.entity, cue.confidence * min(p.confidence, suitor.confidence),
                      "cue:targets", (min(subject.start, a), max(b, p.end)), cue_text, cue.negation_before)
        return True

    def _signer(self, a: int, b: int, mover: Mention | None, people: list[Mention]) -> None:
        """"<Name> signed him for <Club>": the one who signs a player for a club is its manager (then, if the
        sentence is dated long ago)."""
        signer = next((m for m in people if m.end == a and m.kind in ("name", "discovered")
                       and (mover is None or m.entity is not mover.entity)), None)
        team = next((t for t in self._teams() if b <= t.start <= b + 1), None)
        if signer is None or team is None or team.entity.type != "Club" or signer.entity.type not in PEOPLE \
                or signer.entity.type == "Player" and (signer.entity.typed or not signer.entity.discovered):
            return
        retype_as_coach(signer.entity)
        self._add(signer.entity, "coachedAt" if self._long_ago() else "coaches", team.entity, 0.6 * signer.confidence,
                  "signer", (signer.start, team.end))

    def _to_topic_club(self, person: Mention, origin: Mention, b: int) -> None:
        """"Wie der Verein mitteilte, wechselt X vom <Club> an den <River>": a move told as news names where
        he comes from; where he goes, unnamed or named by a place, is the club the article is about."""
        club = self.topic_club
        if club is None or club is origin.entity or person.entity.type not in ("Player", "Coach") \
                or any(t.start >= b and t.entity is not origin.entity and t.entity.type == "Club" for t in self._teams()):
            return
        self._add(person.entity, frame_predicate("joined", person.entity), club, 0.6 * person.confidence,
                  "cue:joined", (person.start, b))

    # ------------------------------------------------------------ moves
    def _move_edge(self, r: Relation) -> str | None:
        """Whether the claim's cue tells an arrival ("joined": the year starts the spell) or a departure
        ("left", "joined ... from": the year ends it); None for cues that tell neither."""
        words = {w for w in pieces(r.cue) if w.isalnum()}
        frame = r.rule.removeprefix("cue:")
        if frame in ("joined", "coach"):
            return "start" if words & self.lex.arrival_words else None
        if frame in ("former_member", "coached"):
            if words & self.lex.departure_words:
                return "end"
            return "start" if words & self.lex.arrival_words else None
        return None

    def _completed_moves(self) -> None:
        """"<Club> completed the signing of defender X from <Club>": in a sentence that tells a move, the club
        the person comes "from" is a former one."""
        moves = [r for r in self.out if (r.rule == "cue:joined" or r.rule == "cue:coach" and r.predicate == "coaches")
                 and r.stance == "positive"]  # an appointment is a coach's move: "appointed <Club> boss X as their manager"
        movers = {r.subject.iri for r in moves}
        for r in self.out:
            if r.rule == "role-name-from-team" and r.subject.iri in movers and r.predicate in FORMER_OF:
                r.predicate = FORMER_OF[r.predicate]
            elif r.rule in ("team-role-name", "name-of-team", "apposition") and r.predicate in FORMER_OF \
                    and r.object.type == "Club" and any(m.subject.iri == r.subject.iri and m.object.iri != r.object.iri
                                                        for m in moves):
                r.predicate = FORMER_OF[r.predicate]  # "<Club> have signed <Other> forward X": his club until now

    def run(self) -> list[Relation]:
        """All relations of the sentence."""
        self.structural()
        self.listed_teammates()
        self.predicative()
        pairs = self._succession_pairs()  # before the cues: a predecessor found here is a coach when a cue reads his move
        self.cues()
        self.executive_successions()
        self.successions(pairs)  # after them: which club each coach holds or has just left
        self._completed_moves()
        self.contracts()
        self.periods()
        self.coaches_under()
        self.coach_teams()
        self.counterparts()
        self.reported_side()
        self.scorers()
        self.coach_signings()
        self.coach_choices()
        self.national_coaches()
        self.implied_memberships()
        self.rivals()
        self.replaced_players()
        self.retirements()
        return self._cues_over_shapes()

    def replaced_players(self) -> None:
        """"<Club> wants Y as a replacement for X", "als Ersatz für X", "el relevo de X": the player to be
        replaced is the wanting club's (he may be leaving: "X, der vor einem Wechsel zu <Other> steht", still
        its player; one already gone is a former one: "un remplaçant à X, parti au <Other>")."""
        for _a, b, _p, _ in self.lex.replacement_words.find(self.norms):
            # (only an article or a preposition between: "Als mögliche Nachfolger werden X ... gehandelt" names
            # the candidates, not the one replaced)
            x = next((m for m in self._people() if b <= m.start <= b + 2 and m.kind in ("name", "discovered")
                      and m.entity.type == "Player"
                      and all(n in self.lex.determiners or n in self.lex.prepositions for n in self.norms[b:m.start])), None)
            # the one club that wants someone else in the sentence
            suitors = {r.subject.iri: r.subject for r in self.out if r.predicate == "targets" and r.stance == "positive"
                       and r.subject.type == "Club" and x is not None and r.object is not x.entity}
            if x is None or len(suitors) != 1:
                continue
            club = next(iter(suitors.values()))
            if any(r.subject is x.entity and r.object is club for r in self.out):
                continue
            moved = any(r.subject is x.entity and r.predicate == "playsFor" and r.stance == "positive" for r in self.out)
            self._add(x.entity, "formerlyPlayedFor" if moved else "playsFor", club, 0.5 * x.confidence, "replaced-player",
                      (x.start, x.end))

    def _cues_over_shapes(self) -> list[Relation]:
        """A cue that tells a former tie outranks a current one the shape of the words gave the same pair
        ("Ausgebildet wurde der Angreifer beim <Club>": trained there, not playing there)."""
        told = {(r.subject.iri, r.object.iri) for r in self.out if r.rule.startswith("cue:")
                and r.predicate in CURRENT_OF and isinstance(r.object, Entity)}
        # "succeeded X at <Club>": the one succeeded led the club, whatever "X at <Club>" alone would say
        succeeded = {(r.subject.iri, r.object.iri) for r in self.out if r.rule == "succession"
                     and r.predicate in CURRENT_OF and isinstance(r.object, Entity)}
        return [r for r in self.out if not (r.predicate in FORMER_OF and not r.rule.startswith("cue:")
                                            and isinstance(r.object, Entity) and (r.subject.iri, r.object.iri) in told)
                and not (r.predicate in FORMER_OF and r.rule != "succession" and not r.rule.startswith("cue:")
                         and isinstance(r.object, Entity) and (r.subject.iri, r.object.iri) in succeeded)]
