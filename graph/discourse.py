"""Readings that need the article around a sentence: the club a coach leads when the sentence names only
his players ("under <Coach>"), successors and their predecessors, a team named through its coach or its
coach's counterpart, memberships the article's club implies, rival suitors, retirements, and subjects a
sentence leaves out or puts after a fronted phrase.

A mixin of graph.relations.SentenceRelations: the methods read the sentence's mentions, clauses and claims
through it, and the article's discourse (graph.claims.Discourse) it was given.
"""

from __future__ import annotations

import re
from datetime import date

from graph.claims import FORMER_OF, PEOPLE, retype_as_coach, retype_as_executive
from graph.dates import YEAR
from graph.lexicon import opponent_before
from graph.mentions import Mention
from graph.reference import Entity
from graph.text import is_word

LONG_AGO = 5  # years before the article after which a post it tells is surely over
# "( 1921 – 1994 )", "( 12 may 1921 – 3 june 1994 )": a lifespan in brackets right after a name
_LIFESPAN = re.compile(r"^\( (?:\d{1,2} \w+ )?(?:1[89]|20)\d\d (?:-|–|—) (?:\d{1,2} \w+ )?(?:1[89]|20)\d\d \)")


class DiscourseReadings:
    """Discourse-level readings of one sentence (see the module docstring)."""

    def _club_through_its_boss(self, a: int, wanted: Mention) -> Mention | None:
        """The club of the coach or executive right before a rumour cue, when the sentence names that club."""
        boss = self._nearest([m for m in self._people() if m.entity.type in ("Coach", "Executive")], a, a, "left")
        if boss is None or boss is wanted:
            return None
        own = self.own_teams.get(boss.entity.iri, {})
        return next((t for t in self._teams() if len(own) == 1 and t.entity.iri in own and t.entity.type == "Club"), None)

    def _fronted_subject(self, a: int, b: int, people: list[Mention]) -> Mention | None:
        """The subject after a fronted phrase that holds the cue: "En fin de contrat avec <Club> en juin,
        l'attaquant ...", "Formé au <Club>, il ..." (no one named before the cue, the subject right after
        the comma that closes the phrase)."""
        if any(m.end <= a for m in people):
            return None
        comma = next((k for k in range(b, len(self.norms)) if self.norms[k] == ","), None)
        teams = {t.start for t in self._teams()}
        while comma is not None and self._team_follows(comma + 1, teams):
            # "Ancien entraîneur du <Club>, de <Club> et de <Club>, X ...": the list goes on
            comma = next((k for k in range(comma + 1, len(self.norms)) if self.norms[k] == ","), None)
        if comma is None or any(self.norms[k] in (";", ":") for k in range(b, comma)):
            return None
        if comma + 1 < len(self.norms) and self.norms[comma + 1] in self.lex.place_relatives:
            return None  # ", donde coincidió con X": a clause about the place, not the subject
        if comma + 2 < len(self.norms) and (self.norms[comma + 1] in self.lex.relative_pronouns
                                            or self.norms[comma + 1] in self.lex.prepositions
                                            and self.norms[comma + 2] in self.lex.relative_pronouns):
            # "En provenance de la sélection <X>, qu'il avait menée au Mondial, Y ...": the relative clause is
            # about what the phrase names; the subject follows the clause
            comma = next((k for k in range(comma + 2, len(self.norms)) if self.norms[k] == ","), None)
            if comma is None:
                return None
        subject = next((m for m in people if comma < m.start <= comma + 5 and not m.after_preposition
                        and not m.replaced), None)  # ", l'attaquant <Name>" (not ", recruté pour remplacer <Name>")
        if subject is None:
            # "Ancien entraîneur de <Club>, finaliste de la <Cup> en 2017, X est ...": an apposition first
            nxt = next((k for k in range(comma + 1, min(len(self.norms), comma + 12)) if self.norms[k] == ","), None)
            if nxt is not None and not any(comma < m.start < nxt for m in people):
                subject = next((m for m in people if nxt < m.start <= nxt + 3 and not m.after_preposition), None)
        return subject

    def _team_follows(self, k: int, teams: set[int]) -> bool:
        """Whether a team's name starts at k, after prepositions and articles at most."""
        while k < len(self.norms) and (self.norms[k] in self.lex.prepositions or self.norms[k] in self.lex.determiners
                                       or self.norms[k] in ("'", "\u2019")):
            k += 1
        return k in teams

    def _topic_mention(self, at: int, entity: Entity | None = None) -> Mention:
        """The article's player (or the given person or club) standing in for what the sentence leaves out."""
        entity = entity or self.topic
        return Mention(self.sent.index, at, at, entity.label, "topic", entity, {entity.type}, confidence=0.6)

    def _also_wanted(self, a: int, described: Mention) -> Entity | None:
        """"<Club> have also asked about the striker": with "also" in its clause, a rumour's description is the
        man the article's rumours are about (its person when one wants him, else the last one wanted) when he fits
        it, not whoever the last sentence was about."""
        clause = self.clause[min(a, len(self.clause) - 1)]
        if not any(n in self.lex.additive_markers and self.clause[k] == clause for k, n in enumerate(self.norms)):
            return None
        wanted = self._last_wanted()
        if self.topic is not None and any(r.predicate == "targets" and r.object is self.topic for r in self.earlier + self.out):
            wanted = self.topic
        if wanted is None or wanted is described.entity or wanted.type not in (described.types or {wanted.type}):
            return None
        return wanted

    def _last_wanted(self) -> Entity | None:
        """The person the article's latest rumour is about ("<Club> is not alone: <Other> has also enquired")."""
        return next((r.object for r in reversed(self.earlier + self.out) if r.predicate == "targets"
                     and isinstance(r.object, Entity)), None)

    def coaches_under(self) -> None:
        """"<Player> ... under <Coach>": the coach led the club the sentence ties the player to, or else the
        club the article last put the player at ("Sous la direction de X puis de Y, il remporte ..."). A
        former tie, or a past year in the sentence, makes the coach's tie a former one."""
        people = self._people()
        for a, b, _p, _ in self.lex.under_coach.find(self.norms):
            j = b
            while j < len(self.norms) and (former_word := self.lex.former_markers.matches_at(self.norms, j)):
                j = former_word[0][0]  # "under former coach X"
            role = self.lex.roles.matches_at(self.norms, j) if j < len(self.norms) else []
            at = role[0][0] if role and role[0][2] in ("coach", "boss") else b  # "under manager X"
            if at == b and b + 2 < len(self.norms) and self.norms[b] in self.lex.determiners \
                    and not self.sent.tokens[b + 1].is_title and self.sent.tokens[b + 2].is_title:
                at = b + 2  # "bajo las órdenes de su compatriota X"
            coach = next((m for m in people if m.start == at and m.kind in ("name", "discovered")), None)
            if coach is not None:
                retype_as_coach(coach.entity)  # the one others play under leads them
            if coach is None or coach.entity.type != "Coach":
                continue
            national = self.lex.national_coach_roles.ending_at(self.norms, coach.start) is not None
            # "unter X beim <Club>", "under X at <Club>": the club named with him
            at_club = (named, self._past_year()) if (named := self._club_named_after(coach)) is not None else None
            stated = at_club or self._team_right_before(a) or self._team_described(a) or self._opening_team()
            club, former = stated or (self._national_side_under() if national else self._club_under(coach))
            if club is None and not national and self.topic_club is not None and self._teams() and all(
                    any(r.object is t.entity and r.predicate in FORMER_OF.values() for r in self.out) for t in self._teams()):
                # "The Egyptian, who joined from <Club> in 2017, has 28 goals this season under X": in news about a
                # club, the only club named one he left, the club's coach (now, unless the season is years ago)
                # (a year set off by commas dates something else: "X, arrivé de <Club> à l'été 2024, n'entrait plus
                # dans les plans de Y")
                club, former = self.topic_club, self._past_year_near(a) and not self.lex.recent_seasons.find(self.norms)
            if club is None:
                continue
            # "He scored 14 goals in the <Club>'s promotion campaign under X", of a player who has left the club since
            former = former or stated is not None and self._left_by_player(club, coach)
            # "X, who played under <Coach> at <Ground>": a past spell of the player's, a past post of the coach's
            former = former or self.lex.past_under.ending_at(self.norms, b, reach=8) is not None
            if former and self.lex.coach_plans.matches_at(self.norms, a):
                continue  # "formado en el <Club>, no entraba en los planes de X": X leads the club he is at, not that one
            if at_club is not None:
                self._player_under(a, coach, club, former)
            group = self._following_coaches(coach, people)
            for c, nxt in zip(group, [*group[1:], None], strict=True):
                # "sous X puis Y": X led the side before Y
                # (a club has one coach at a time: of "under X, Y and Z" at one club, only the last may lead it now)
                earlier = nxt is not None
                # "under X, Y and the current manager Z": Z still leads the club
                now = c is not coach and any(n in self.lex.current_markers for n in self.norms[max(coach.end, c.start - 4):c.start])
                rel = self._add(c.entity, "coachedAt" if (former or earlier) and not now else "coaches", club,
                                0.7 * c.confidence, "under-coach", (c.start, c.end))
                if rel is not None and not now and not self.lex.recent_seasons.find(self.norms):
                    # the players who played under him: once the article has them all leave the club, he left it too
                    rel.companions = tuple(p.entity.iri for p in people if p.entity.type == "Player" and p not in group)

    def _player_under(self, a: int, coach: Mention, club: Entity, former: bool) -> None:
        """"X, who won the title under <Coach> at <Club> in 2021": the player before "under" was at that club
        (unless the sentence already ties him to it)."""
        player = next((m for m in reversed(self._people()) if m.end <= a and m is not coach and m.entity.type == "Player"
                       and m.kind in ("name", "discovered", "relative", "pronoun")), None)
        if player is None or any(r.subject is player.entity and r.object is club for r in self.out):
            return
        self._add(player.entity, "formerlyPlayedFor" if former else "playsFor", club, 0.6 * player.confidence,
                  "player-under-coach", (player.start, coach.end))

    def _left_by_player(self, club: Entity, coach: Mention) -> bool:
        """Whether the player the sentence is about (its first person other than the coach) has left the club,
        as the article has told."""
        player = next((m.entity for m in self._people() if m is not coach and m.entity.type == "Player"), None)
        return player is not None and any(r.subject is player and r.object is club and r.predicate == "formerlyPlayedFor"
                                          and r.stance == "positive" for r in self.earlier)

    def _national_side_under(self) -> tuple[Entity | None, bool]:
        """"Unter Teamchef X nahm er an der EM 2024 teil": the national side the sentence names, else the one of the
        player it is about (a past year makes the coach's tie a former one)."""
        sides = {t.entity.iri: t.entity for t in self._teams() if t.entity.type == "NationalTeam"
                 and not opponent_before(self.lex, self.norms, t.start)} or {  # not "ein Tor gegen die Niederlande"
            e.iri: e for p in self._people() if p.entity.type == "Player"
            for e in self.own_teams.get(p.entity.iri, {}).values() if e.type == "NationalTeam"}
        if len(sides) != 1:
            return None, False
        return next(iter(sides.values())), self._past_year()

    def _team_right_before(self, a: int) -> tuple[Entity, bool] | None:
        """"in the <Club> first team under X", "at <Club> under X": the club named a few words before "under"
        (a past year in the sentence makes the coach's tie a former one)."""
        team = next((t for t in self._teams() if 0 <= a - t.end <= 3 and self.clause[t.start] == self.clause[a]
                     and t.entity.type in ("Club", "NationalTeam") and t.kind == "name"
                     and not opponent_before(self.lex, self.norms, t.start, t.end)  # not "contre l'<Country>, sous X"
                     and (a == t.end or self.norms[a - 1] in self.lex.club_nouns or self.norms[a - 1] == "," and a - t.end == 1
                          or self._only_a_date(t.end, a) or self._genitive_phrase(t.end, a)
                          # "which <Country> won under X": the team, its verb, then the coach
                          or a - t.end == 1 and self.norms[t.end].isalpha() and self.norms[t.end] not in self.lex.prepositions
                          and self.norms[t.end] not in self.lex.determiners and t.start > 0
                          and self.norms[t.start - 1] in self.lex.relative_pronouns)),
                    None)  # "la selección argentina, dirigida por X", "avec l'équipe de <Country> en mars 2016 sous X"
        if team is None:
            return None
        return team.entity, self._past_year()

    def _genitive_phrase(self, start: int, end: int) -> bool:
        """Whether the words from start to end are a genitive's few common nouns: "the <Club>'s promotion
        campaign (under X)"."""
        if start >= end or self.norms[start] not in ("'", "\u2019"):
            return False
        k = start + 1 + (self.norms[start + 1:start + 2] == ["s"])
        return 1 <= end - k <= 3 and all(is_word(self.norms[j]) and not self.sent.tokens[j].is_title for j in range(k, end))

    def _only_a_date(self, start: int, end: int) -> bool:
        """Whether the words from start to end only say when ("en mars 2016", "in 2019")."""
        words = self.norms[start:end]
        return bool(words) and any(YEAR.fullmatch(n) for n in words) and all(
            YEAR.fullmatch(n) or n in self.lex.months or n in self.lex.prepositions or n in self.lex.locative_prepositions
            for n in words)

    def _opening_team(self) -> tuple[Entity, bool] | None:
        """"En équipe de France, il compte 84 sélections ... sous la direction de X", "With <Club>, he won ...
        under X": the team a fronted phrase opens the sentence with."""
        team = next((t for t in self._teams() if t.start <= 4 and t.kind == "name" and t.entity.type in ("Club", "NationalTeam")
                     and t.end < len(self.norms) and (self.norms[t.end] == "," or t.start == 1)  # "In Leipzig wurde er ..."
                     and all(self._plain_word(n) for n in self.norms[:t.start])), None)
        return (team.entity, self._past_year()) if team is not None else None

    def _plain_word(self, n: str) -> bool:
        """A preposition, article or club noun: a word that only leads up to a team's name ("En équipe de")."""
        lex = self.lex
        return n in lex.prepositions or n in lex.locative_prepositions or n in lex.determiners or n in lex.club_nouns \
            or n in ("'", "\u2019")

    def _team_described(self, a: int) -> tuple[Entity, bool] | None:
        """"<Club>, who are chasing a top-four place under X, ...": the team a relative clause describes, when
        "under" sits in that clause and no person comes between."""
        teams = [t for t in self._teams() if t.entity.type in ("Club", "NationalTeam") and t.kind == "name"]
        team = next((t for t in teams if t.end + 1 < a and self.norms[t.end] == ","
                     and (self.norms[t.end + 1] in self.lex.relative_pronouns or self.norms[t.end + 1] in self.lex.place_relatives)),
                    None)
        if team is None or "," in self.norms[team.end + 1:a] \
                or any(team.end < m.start < a and m.kind not in ("pronoun", "relative") for m in self._people()):
            return None
        if self.norms[team.end + 1] in self.lex.place_relatives:
            # "Über <Club>, wo er unter X das Triple gewann, kam er 2010 zu <Other>": a spell the sentence moves on from
            return team.entity, self._past_year()
        return team.entity, False

    def _club_under(self, coach: Mention) -> tuple[Entity | None, bool]:
        objects = [m.entity for m in self._people() if m.after_preposition and m is not coach]
        # A former tie counts only where a career began ("débuts sous les ordres de X"): after "came from
        # <Club>", "unter X" is the coach of the club he came to
        ties = {r.object.iri: r for r in self.out if (r.predicate == "playsFor" or r.predicate == "formerlyPlayedFor"
                and r.origin) and r.stance == "positive" and isinstance(r.object, Entity)
                # (not another man's, told in a relative clause: "after an injury to X, who later joined <Club>")
                and not (r.clause in self.relative_clauses and r.subject in objects)
                # "Unter X debütierte er 2010; danach wurde er an <Club> verliehen": a move told in a later clause
                and not (r.span[0] >= coach.end and self.clause[r.span[0]] != self.clause[coach.start])}
        if not ties:
            # "spent four years at <Club> after arriving from <Other>, and was a regular under X": a spell the sentence
            # tells (not the club he came from)
            origins = {t.entity.iri for t in self._teams() if self._from_team(t)}
            ties = {r.object.iri: r for r in self.out if r.predicate == "formerlyPlayedFor" and r.stance == "positive"
                    and isinstance(r.object, Entity) and r.cue and r.span[1] <= coach.start and r.object.iri not in origins
                    and r.clause not in self.relative_clauses and not self._loan_cue(r.cue)}
        if len(ties) > 1:
            # "Arrivé à <Club> en provenance de <Club>, ... sous la direction de X": the club he moved to
            ties = {iri: r for iri, r in ties.items() if r.predicate == "playsFor"} or ties
        if len(ties) > 1:
            # "Sous contrat avec <Club>, l'international <gallois> avait disputé ... sous les ordres de X": a club's
            # coach (a national one is read elsewhere) led the club, not the national side (not a club joined years
            # ago: "who joined <Club> in 2017, has scored 10 goals this season under X")
            ties = {iri: r for iri, r in ties.items() if r.object.type == "Club" and r.start is None} or ties
        if len(ties) == 1:
            tie = next(iter(ties.values()))
            return tie.object, tie.predicate == "formerlyPlayedFor" or tie.background or tie.end is not None \
                or self._long_ago()
        before = sorted((r for r in ties.values() if r.span[1] <= coach.start), key=lambda r: r.span[1])
        if len(ties) > 1 and before and (self.clause[before[-1].span[0]] == self.clause[coach.start]
                                         or len(before) == 1 and all(r.span[0] >= coach.end for r in ties.values() if r is not before[0])):
            # "fichó por el <Club>, donde jugó a las órdenes de X": the club told last, in the coach's clause;
            # "joined <Club> in 2004 but struggled under X and moved to <Other>": the one club told before him
            tie = before[-1]
            return tie.object, tie.background or tie.end is not None or self._long_ago()
        if ties:
            return None, False  # several teams: which one the coach led is not said
        national = {r.object.iri: r for r in self.out if isinstance(r.object, Entity) and r.object.type == "NationalTeam"
                    and r.predicate in ("playsFor", "formerlyPlayedFor") and r.stance == "positive"}
        if len(national) == 1:
            # "représenter le Maroc ... sous la direction de X"; "won 18 caps between 2003 and 2013, and was part of
            # the squad under X": a former tie's coach is a former one too
            tie = next(iter(national.values()))
            return tie.object, tie.predicate == "formerlyPlayedFor" or self._long_ago()
        player = next((m.entity for m in self._people() if m.entity.type == "Player" and m is not coach
                       and not m.after_preposition), None)  # not "sous X puis de Y": Y is no one who plays under X
        # "In der Nationalmannschaft debütierte er unter Teamchef X": the player's national team, not his club;
        # "Unter X qualifizierte er sich mit dem Team für die EM": no team named, the one the story is at
        kinds = ("NationalTeam",) if self.lex.national_team_nouns.find(self.norms) else ("Club",) \
            if any(t.kind == "name" and not opponent_before(self.lex, self.norms, t.start) for t in self._teams()) \
            else ("Club", "NationalTeam")  # "a winner against <Country>" names no side of his
        ties = [r for r in reversed(self.earlier) if r.subject is player and r.stance == "positive"
                and r.predicate in ("playsFor", "formerlyPlayedFor") and isinstance(r.object, Entity)
                and r.object.type in kinds] if player is not None else []
        if not ties:
            return None, False
        past = self._past_year()
        # "scored 12 goals in Ligue 1 last season under X": the club of his in the league's country
        countries = {m.entity.country for m in self.mentions if m.entity.type == "Competition" and m.entity.country}
        in_league = [r for r in ties if r.object.type == "Club" and r.object.country in countries]
        if countries and len({r.object.iri for r in in_league}) == 1:
            return in_league[0].object, past  # (his leaving the club since does not make its coach leave)
        # with no year to place it, "made his debut under X" is at the club he is at, not one told as a flashback
        current = next((r.object for r in ties if r.predicate == "playsFor"), None)
        if past and current is not None:
            # "having spent time on loan at <Club> ... in 2021-22, under X": his own club then, not a loan's
            ties = [r for r in ties if not self._loan_cue(r.cue)] or ties
        return (ties[0].object if past or current is None else current), past

    def _long_ago(self) -> bool:
        """Whether the sentence dates itself years before the article ("under <Coach> in 1979"): a post told
        then is a former one, whatever tense the sentence is in."""
        return any(y < self._now() - LONG_AGO for y in self._years())

    def _years(self) -> list[int]:
        """The years the sentence names."""
        return [int(n) for n in self.norms if YEAR.fullmatch(n)]

    def _now(self) -> int:
        """The article's year (today's when it has no date)."""
        return self.article_date.year if self.article_date else date.today().year

    def _past_year_near(self, a: int) -> bool:
        """Whether the words between the commas around piece a name a year before the article's."""
        lo = max((k for k in range(a) if self.norms[k] == ","), default=-1) + 1
        hi = next((k for k in range(a, len(self.norms)) if self.norms[k] == ","), len(self.norms))
        return any(YEAR.fullmatch(n) and int(n) < self._now() for n in self.norms[lo:hi])  # (_past_year, narrowed)

    def _past_year(self) -> bool:
        """Whether the sentence names a year before the article's: a post it tells is a former one."""
        return any(y < self._now() for y in self._years())

    def _following_coaches(self, coach: Mention, people: list[Mention]) -> list[Mention]:
        """The coach and those listed after him: "sous X puis (sous) Y", "under X and then Y"."""
        group = [coach]
        for m in sorted((m for m in people if m.start >= coach.end), key=lambda m: m.start):
            between = self.norms[group[-1].end:m.start]
            untyped = m.entity.discovered and not m.entity.typed and m.kind in ("name", "discovered")
            joined = between and len(between) <= 3 and all(
                t in self.lex.conjunctions or t in self.lex.prepositions or t in ("'", "’") for t in between)
            if m.entity.type != "Coach" and not untyped or not (joined or between and self._current_coach_phrase(between)):
                break
            retype_as_coach(m.entity)  # "sous X puis de Y": a new name after a coach's, the next coach
            group.append(m)
        return group

    def _current_coach_phrase(self, words: list[str]) -> bool:
        """"and the current manager", "und dem heutigen Trainer": a conjunction, then a marker of the present
        and a coach's role noun, between two coaches of a list."""
        k = 1 + (len(words) > 1 and words[1] in self.lex.determiners)
        return len(words) <= 5 and words[0] in self.lex.conjunctions and any(w in self.lex.current_markers for w in words[k:k + 2]) \
            and any(role in ("coach", "boss") for k2 in range(k, len(words)) for _e, _p, role in self.lex.roles.matches_at(words, k2))

    def coach_teams(self) -> None:
        """"<Coach>'s side", "el equipo de <Coach>": the team a text names through its coach is one of the
        clubs just named that nobody in the article coaches yet: this sentence's clubs before the phrase
        first, then the previous sentence's ("<Club> won 2-1 ... <Coach>'s side ...")."""
        coached = {r.object.iri for r in [*self.earlier, *self.out] if r.predicate == "coaches" and isinstance(r.object, Entity)}
        for m in self._people():
            if (club := self._club_of_its_coach(m)) is not None:
                retype_as_coach(m.entity)
                self._add(m.entity, "coaches", club.entity, 0.6 * m.confidence, "club-of-coach", (club.start, m.end))
                continue
            if not self._names_a_team(m) or self.own_teams.get(m.entity.iri) \
                    or m.start > 0 and self.norms[m.start - 1] in self.lex.counterpart_nouns:
                continue  # ("Sein Gegenüber X": the counterparts below)
            retype_as_coach(m.entity)
            if m.entity.type != "Coach":
                continue
            # the nearest club before the phrase first: "X, who left <Club> for <Other>, was linked with a return
            # to <Ground>, but <Coach>'s side ..."
            # (a national side the sentence names counts too: "avec le <Country>, X reste un pilier de l'équipe de <Coach>")
            here = [t.entity for t in reversed(self._teams()) if t.end <= m.start and t.entity.type in ("Club", "NationalTeam")
                    and not self._attributive(t)  # "a move for <Club> striker X, with <Coach>'s side ...": not his
                    and not (t.kind == "team_descriptor" and m.start - t.end <= 2)]  # "l'équipe d'<Coach>" itself
            options = [t for t in dict.fromkeys([*here, *self.context_teams]) if t.iri not in coached]
            options = self._likely_sides(options)
            if any(n in self.lex.signing_nouns for n in self.norms[m.end:m.end + 5]):
                # "will be <Coach>'s second signing": the club that signs, the one after the player, not his own (or
                # the one the article has him join: "becomes <Coach>'s second signing of the summer")
                suitors = {r.subject.iri for r in [*self.earlier, *self.out] if r.predicate == "targets" and r.stance == "positive"}
                suitors |= {r.object.iri for r in [*self.earlier, *self.out] if r.rule == "cue:joined"
                            and r.predicate == "playsFor" and r.stance == "positive" and isinstance(r.object, Entity)}
                options.sort(key=lambda t: t.iri not in suitors)
                at = next((t.entity for t in self._teams() if m.end < t.start <= m.end + 8 and t.entity.type == "Club"
                           and self.norms[t.start - 1] in self.lex.member_prepositions), None)
                if at is not None:
                    options = [at]  # "<Coach>'s first signing at <Club>": the club named with the signing
            if options:
                coached.add(options[0].iri)
                rel = self._add(m.entity, "coaches", options[0], 0.5 * m.confidence, "coach-team-phrase", (m.start, m.end))
                if rel is not None:
                    rel.alternatives = options[1:]
                    mates = [p for p in self._people() if p.entity.type == "Player" and self.clause[p.start] == self.clause[m.start]]
                    # "X had given <Coach>'s side the lead, turning Y before firing past Z": the one named before it
                    # scored for it; those after it may be the other side's
                    rel.companions = tuple(p.entity.iri for p in [x for x in mates if x.end <= m.start] or mates)

    def counterparts(self) -> None:
        """"Son homologue toulousain X", "Sein Gegenüber X": the man the possessive refers to coaches the other
        club of the match: of the clubs just named, the first that is not X's and that no one else coaches."""
        for m in self.mentions:
            if m.kind != "possessive" or m.end >= len(self.norms) or self.norms[m.end] not in self.lex.counterpart_nouns \
                    or m.entity.type not in PEOPLE:
                continue
            other = next((x for x in self._people() if x.start > m.end and x.kind in ("name", "discovered")), None)
            if other is None:
                continue
            retype_as_coach(m.entity)
            if m.entity.type != "Coach":
                continue
            # Whichever of the two has no club yet coaches the other side: "Son homologue X" after "<Club> coach
            # Y said", or X named with his club and the possessive's man new to the article.
            coach, known = (other.entity, m.entity) if self.own_teams.get(m.entity.iri) else (m.entity, other.entity)
            if self.own_teams.get(coach.iri):
                continue
            retype_as_coach(coach)
            theirs = set(self.own_teams.get(known.iri, {}))
            coached = {r.object.iri for r in [*self.earlier, *self.out] if r.predicate == "coaches" and isinstance(r.object, Entity)}
            here = [t.entity for t in self._teams() if t.entity.type == "Club"]
            first = [self.topic_club] if self.topic_club is not None else []
            options = [t for t in dict.fromkeys([*first, *self.lead_clubs, *self.context_teams, *here])
                       if t.iri not in theirs and t.iri not in coached]
            club = self._likely_sides(options)[0] if options else None
            if club is not None:
                self._add(coach, "coaches", club, 0.5 * m.confidence, "counterpart", (m.start, other.end))

    def _likely_sides(self, options: list[Entity]) -> list[Entity]:
        """Clubs in order of how likely they are a side in the story: a club the article names only as
        someone's former one comes last."""
        ties = [(r.predicate, r.object.iri) for r in [*self.earlier, *self.out] if isinstance(r.object, Entity)]
        current = {o for pr, o in ties if pr in ("playsFor", "coaches")}
        former_only = {o for pr, o in ties if pr in ("formerlyPlayedFor", "coachedAt")} - current
        return sorted(options, key=lambda t: t.iri in former_only)

    def _club_of_its_coach(self, m: Mention) -> Mention | None:
        """"El <Club> de <Coach>", "le <Club> de <Coach>", "la selección inglesa de <Coach>": a team with its article,
        then "de" and a name that no one has typed a player."""
        k = m.start - 1
        if k > 2 and self.norms[k] in ("'", "’"):
            k -= 1  # "les Lions de la Teranga d'<Coach>"
        if k < 2 or self.norms[k] not in self.lex.coach_team_owner or m.kind not in ("name", "discovered"):
            return None
        if m.entity.type != "Coach" and (m.entity.typed or not m.entity.discovered or m.entity.type != "Player"):
            return None
        team = next((t for t in self._teams() if t.end == k and t.entity.type in ("Club", "NationalTeam")), None)
        if team is None or team.start == 0:
            return None
        before = team.start - 1
        if before > 0 and (noun := self.lex.national_team_nouns.ending_at(self.norms, team.start)) is not None:
            before = noun[0] - 1  # "la selección inglesa de <Coach>"
        # (a nickname may hold its article: "les Lions de la Teranga")
        return team if self.norms[before] in self.lex.determiners \
            or team.kind == "name" and self.norms[team.start] in self.lex.determiners else None

    def _names_a_team(self, m: Mention) -> bool:
        if m.kind not in ("name", "discovered"):
            return False
        if self.lex.coach_team_before.ending_at(self.norms, m.start, reach=5) is not None:
            return True
        norms = self.norms[:m.end] + ["'" if n == "’" else n for n in self.norms[m.end:m.end + 4]]
        return m.end < len(self.norms) and bool(self.lex.coach_team_after.matches_at(norms, m.end))

    def _succession_pairs(self) -> list[tuple[Mention, Mention, tuple[int, int]]]:
        """(predecessor, successor, cue span) of "<Coach> replaced X", "die Nachfolge von X angetreten", "pour
        succéder à X, le technicien ...", and the passive "X sera remplacé par <Coach>". Only a coach's successor
        counts (a player who replaces another comes on as a substitute); his predecessor is a coach too."""
        people = self._people()
        passive = [(a, b, True, False) for a, b, _p, _ in self.lex.succession_by.find(self.norms)]
        # "sera remplacé par" holds "remplace": the passive reading wins where they overlap
        found = [(a, b, False, "..." in p.text)
                 for a, b, p, _ in self.lex.succession.find(self.norms)
                 if not any(a < pb and pa < b for pa, pb, _, _ in passive)] + passive
        pairs = []
        for a, b, is_passive, gapped in found:
            if is_passive:  # "X sera remplacé par Y": a coach's successor is a coach
                # (or the possessive the cue opens with: "Su sustituto será Y")
                before = self._nearest(people, a, a, "left") or next(
                    (m for m in people if a <= m.start < b and m.kind == "possessive"), None)
                if before is not None and before.entity.type != "Coach":
                    # "il dirige notamment X et Y, avant d'être remplacé par Z": the coach, not the last name told
                    before = self._nearest([m for m in people if m.entity.type == "Coach"], a, a, "left") or before
                if before is None and self.topic is not None and self.topic.type == "Coach":
                    before = self._topic_mention(a)  # "El elegido para sustituirle es Y": him, the article's coach
                successor = next((m for m in people if b <= m.start <= b + 1 and m.kind in ("name", "discovered")), None)
                if before is not None and successor is not None and before.entity.type == "Coach":
                    retype_as_coach(successor.entity)
            else:
                before = next((m for m in people if (b <= m.start <= b + 1 or self._described_after(b, m.start))
                               and m.kind in ("name", "discovered", "object", "pronoun")), None)
                if before is None and gapped:
                    # a verb last: "der im Herbst auf X gefolgt war" names the predecessor inside the cue
                    before = next((m for m in reversed(people) if a < m.start and m.end <= b
                                   and m.kind in ("name", "discovered")), None)
                verb_last = None
                if before is None and not gapped and (b >= len(self.norms) or not is_word(self.norms[b])
                                                      or self.norms[b] in self.lex.conjunctions):
                    # the cue ends its clause, the verb last: "<Subject> ... und hatte X beerbt, der ..." names him
                    # right before it, and the sentence's subject succeeded him
                    before = next((m for m in people if m.end == a and m.kind in ("name", "discovered")), None)
                    verb_last = before and next((m for m in people if m.end <= before.start and not m.after_preposition
                                                 and m.entity is not before.entity), None)
                    before = before if verb_last else None
                if before is not None and before.entity.discovered and not before.entity.typed \
                        and any(p == "player" and k > 0 and self.norms[k - 1] in self.lex.indefinites
                                for k, _, _, p in self.lex.roles.find(self.norms[:a])):
                    before = None  # "necesita un central tras la salida de X": a player's place, not a coach's post
                successor = None if before is None else verb_last or self._nearest(people, a, a, "left") or next(
                    (m for m in people if a < m.start and m.end <= b and m.kind in ("name", "discovered", "pronoun")), None) or next(
                    (m for m in people if m.start >= before.end and m.entity is not before.entity), None)
                if before is not None and successor is None and self._shares_subject(a):
                    # "Il entraîne ..., avant de prendre la direction de l'équipe en 2022 pour succéder à X": the
                    # infinitive's subject is the sentence's
                    successor = next((m for m in people if m.end <= a and not m.after_preposition and m.entity is not before.entity
                                      and m.kind in ("name", "discovered", "pronoun", "descriptor")), None)
                # "folgte er im Sommer auf X": verb-second order puts the subject inside the cue
                if before is not None and successor is None and len({m.entity.iri for m in people}) == 1 and self.topic is not None \
                        and self.topic is not before.entity:
                    successor = self._topic_mention(a)  # "En 2018 sustituyó a X": the subject left unsaid
            if before is not None and successor is not None:
                self.predecessors.append((before, successor))
                if before.entity.type == "Coach" and not before.entity.discovered and successor.entity.discovered \
                        and not successor.entity.typed and before.entity is not successor.entity \
                        and not self.lex.own_club_roles.find(self.norms) \
                        and not any(r.subject is successor.entity and r.predicate in ("playsFor", "formerlyPlayedFor")
                                    for r in self.earlier):
                    # "X fue presentado como sucesor de <Coach>": a coach's successor (not "succeeded X as captain",
                    # nor a man the article has had play)
                    retype_as_coach(successor.entity)
            if before is None or successor is None or before.entity is successor.entity or successor.entity.type != "Coach":
                continue
            retype_as_coach(before.entity)
            if before.entity.type == "Coach":
                pairs.append((before, successor, (a, b)))
        return pairs

    def _described_after(self, b: int, k: int) -> bool:
        """Whether pieces b..k are an article and a word or two describing the name at k ("replaced the sacked X")."""
        words = self.norms[b:k]
        return 2 <= len(words) <= 3 and words[0] in self.lex.determiners and words[0] not in self.lex.indefinites \
            and all(is_word(n) and n not in self.lex.conjunctions and not self.sent.tokens[b + j].is_title
                    for j, n in enumerate(words))

    def executive_successions(self) -> None:
        """A president's or director's predecessor ran the club too ("wählte X zum Nachfolger von Y" after "hat
        einen neuen Präsidenten"); told once the cues have typed the successor."""
        for before, successor in self.predecessors:
            if successor.entity.type == "Executive":
                retype_as_executive(before.entity)

    def successions(self, pairs: list[tuple[Mention, Mention, tuple[int, int]]]) -> None:
        """The predecessor held the post at the club the successor takes over: the club the predecessor holds or
        has just left, else the successor's; a successor with no club yet takes over the predecessor's."""
        for before, successor, span in pairs:
            if not any(r.subject is successor.entity and r.predicate == "coaches" for r in self.out):
                # "X a succédé à Y sur le banc du <Club>": the post the nearest name was given is the successor's
                for r in [r for r in self.out if r.subject is before.entity and r.predicate == "coaches"
                          and isinstance(r.object, Entity) and r.object.type == "Club" and r.span[0] >= before.end
                          and "," not in self.norms[before.end:r.span[0]]]:
                    self.out.remove(r)
                    self._add(successor.entity, "coaches", r.object, 0.6 * successor.confidence, "succession", span)
            posts = {r.object.iri: r.object for r in self.out if r.subject is before.entity and r.predicate == "coaches"
                     and isinstance(r.object, Entity) and r.object.type == "Club" and r.span[1] <= span[0]}
            if len(posts) == 1 and successor.start > before.start and not self._current_club(successor.entity):
                # "il est nommé entraîneur du <Club> ..., avant d'être remplacé par Y": the post this sentence gave him
                post = next(iter(posts.values()))
                self._add(successor.entity, "coaches", post, 0.6 * successor.confidence, "succession", span)
                self._add(before.entity, "coachedAt", post, 0.6 * before.confidence, "succession", (before.start, before.end))
                continue
            # "replaced X at <Club>", "replaced X as <Club> head coach"
            named = self._club_named_after(before) or self._club_of_where(before) or self._team_of_role_after(before)
            if named is not None:
                # ("l'arrivée de X, qui a succédé à Y sur le banc monégasque": the club named, not the article's
                # that an arrival with no club named presumed)
                self.out[:] = [r for r in self.out if not (r.subject is successor.entity and r.predicate == "coaches"
                                                           and r.object is self.topic_club and r.object is not named
                                                           and r.rule == "cue:joined")]
                self._add(successor.entity, "coaches", named, 0.6 * successor.confidence, "succession", span)
                self._add(before.entity, "coachedAt", named, 0.6 * before.confidence, "succession", (before.start, before.end))
                continue
            theirs, left = self._current_club(successor.entity), self._left_club(before.entity)
            # (a taking-over this sentence dates to years ago counts: "avant de prendre la direction de l'équipe en 2022
            # pour succéder à X")
            here = {r.object.iri: r.object for r in self.out if r.subject is successor.entity and isinstance(r.object, Entity)
                    and (r.predicate == "coaches" or r.predicate == "coachedAt" and r.rule == "cue:coach"
                         and self.clause[r.span[0]] == self.clause[span[0]]) and r.object.type == "Club"}
            if len(here) == 1:
                theirs = next(iter(here.values()))  # "antes de firmar por <Club> en sustitución de X": this sentence's club
            suitors = {r.subject.iri: r.subject for r in self.out if r.predicate == "targets" and r.object is successor.entity}
            if suitors:
                # "X are among the contenders to replace him": the post is the wanting club's, not the candidate's own
                theirs = next(iter(suitors.values())) if len(suitors) == 1 else None
            if left is not None and theirs is None:
                # "<Club> sacked X, with Y set to replace him": Y, free, takes over X's club
                self._add(successor.entity, "coaches", left, 0.6 * successor.confidence, "succession", span)
            club = left or theirs or (None if suitors else self._club_of_coach(successor.entity))
            if club is None and not any(self.clause[t.start] == self.clause[span[0]] for t in self._teams()) \
                    and (club := self._latest_post(before.entity, moved_on=True)) is not None:
                # "He was dismissed in 2023 and replaced by Y": no club named in the clause, the post he held last
                # (a succession years ago: a post the successor has left since)
                self._add(successor.entity, "coachedAt" if self._long_ago() else "coaches", club, 0.5 * successor.confidence,
                          "succession", span)
            if left is None and theirs is None and (side := self._unclaimed_side()) is not None:
                # "<Coach>'s successor Y was frustrated" in a match report: the side no one else coaches
                club = side
                self._add(successor.entity, "coaches", club, 0.5 * successor.confidence, "succession", span)
            if club is not None and club is self.topic_club and left is None and theirs is None and not suitors \
                    and not self._teams() and not any(r.subject is successor.entity and r.predicate in ("coaches", "coachedAt")
                                                      for r in [*self.earlier, *self.out]):
                # "X, que sustituyó a Y en el banquillo": no club named, the successor takes over the article's
                self._add(successor.entity, "coaches", club, 0.5 * successor.confidence, "succession", span)
            if club is not None:
                self._add(before.entity, "coachedAt", club, 0.6 * before.confidence, "succession", (before.start, before.end))

    def _team_of_role_after(self, m: Mention) -> Entity | None:
        """The team in "as <Team> head coach" right after a name ("replaced X as <Club> head coach")."""
        k = m.end
        if k >= len(self.norms) or self.norms[k] not in self.lex.predicative_markers:
            return None
        k += 1 + (k + 1 < len(self.norms) and self.norms[k + 1] in self.lex.determiners)
        team = next((t for t in self._teams() if t.start == k and t.entity.type in ("Club", "NationalTeam")), None)
        if team is None or team.end >= len(self.norms):
            return None
        role = self.lex.roles.matches_at(self.norms, team.end)
        return team.entity if role and role[0][2] in ("coach", "boss") else None

    def _latest_post(self, coach: Entity, taking_over: bool = False, moved_on: bool = False) -> Entity | None:
        """The club of the last post the article told of the coach, not one he only won a title with ("who won the
        <Cup> with <Club> last season, had replaced X"); ``taking_over``: not one this sentence says he held
        before ("pour succéder à X, l'ancien entraîneur de <Club>"); ``moved_on``: not one this sentence says he
        has gone to ("replaces X, who left last week to take charge of <Club>")."""
        return next((r.object for r in reversed([*self.earlier, *self.out]) if r.subject is coach and r.stance == "positive"
                     and not (moved_on and r.predicate == "coaches" and r in self.out)
                     and (r.predicate == "coaches" or r.predicate == "coachedAt" and not (taking_over and r in self.out))
                     and isinstance(r.object, Entity) and r.object.type == "Club" and r.rule != "cue:won_with"), None)

    def _club_of_where(self, m: Mention) -> Entity | None:
        """The club a place relative opens a clause about, when the person is in that clause ("<Club>, where he
        was sacked and replaced by Y")."""
        club = next((t for t in reversed(self._teams()) if t.end <= m.start and t.entity.type == "Club"
                     and self._where_after(t) <= m.start), None)
        return club.entity if club is not None and not any(club.end <= t.start < m.start for t in self._teams()) else None

    def _club_named_after(self, m: Mention) -> Entity | None:
        """The club right after a named person and a preposition of place ("X in <Town>", "X at <Club>")."""
        if m.kind not in ("name", "discovered") or m.end >= len(self.norms) or self.norms[m.end] not in self.lex.post_prepositions:
            return None
        return next((t.entity for t in self._teams() if t.start == m.end + 1 and t.entity.type == "Club"), None)

    def _unclaimed_side(self) -> Entity | None:
        """Of a match's two sides (the clubs of the first sentence naming any), the one only that no one is said
        to coach."""
        ties = [(r.predicate, r.object.iri) for r in [*self.earlier, *self.out] if isinstance(r.object, Entity)]
        coached = {o for p, o in ties if p == "coaches"}
        former = {o for p, o in ties if p in ("formerlyPlayedFor", "coachedAt")}  # "former <Club> manager X": no side
        if len(self.lead_clubs) < 2 or any(c.iri in former for c in self.lead_clubs[:2]):
            return None
        sides = [c for c in self.lead_clubs[:2] if c.iri not in coached]
        return sides[0] if len(sides) == 1 else None

    def _current_club(self, coach: Entity) -> Entity | None:
        """The one club the article says the coach leads, if it says one."""
        clubs = [t for t in self.own_teams.get(coach.iri, {}).values() if t.type == "Club"]
        return clubs[0] if len(clubs) == 1 else None

    def _left_club(self, coach: Entity) -> Entity | None:
        """The one club the article says the coach was sacked by or left, if it says one."""
        clubs = list(dict.fromkeys(r.object for r in [*self.earlier, *self.out] if r.subject is coach
                                   and r.predicate == "coachedAt" and r.rule == "cue:coached"
                                   and isinstance(r.object, Entity) and r.object.type == "Club"))
        return clubs[0] if len(clubs) == 1 else None

    def _club_of_coach(self, coach: Entity) -> Entity | None:
        """The club the article says the coach leads or led last (his national side, if that is all he leads), else
        the club the article is about."""
        own = self.own_teams.get(coach.iri, {}).values()
        if any(t.type == "Club" for t in own):
            return self._current_club(coach)  # the one he leads; none when the article gives him several
        if len(sides := [t for t in own if t.type == "NationalTeam"]) == 1:
            return sides[0]  # "El rosarino sustituye a X": a national coach's predecessor led the same side
        return self._latest_post(coach, taking_over=True) or self.topic_club

    def implied_memberships(self) -> None:
        """"Le président X", "Captain X, who joined from <Club>, said": with no other club in the sentence, the
        club the article is about."""
        club = self.topic_club or self._club_moved_to_before()
        if club is None:
            return
        clubs = {t.entity.iri for t in self._teams() if t.entity.type == "Club"}
        previous: tuple[Mention, str | None, int] | None = None
        for p in self._people():
            tied = {r.object.iri for r in self.out if r.subject is p.entity and isinstance(r.object, Entity)}
            # (a club the sentence says another man has left is his past, not this one's: "le président X a trouvé
            # son successeur : Y, ex-entraîneur de <Club>")
            tied |= {r.subject.iri for r in self.out if r.predicate == "targets" and r.object is not p.entity}  # (or one
            # that wants another: "le comunicó al presidente X que aceptó una oferta del <Club>")
            tied |= {r.object.iri for r in self.out if r.subject is not p.entity and isinstance(r.object, Entity)
                     and (r.predicate in FORMER_OF.values() or r.rule == "cue:joined")}  # (or where another went: "le
            # départ de Y, parti à <Club>")
            owned = p.kind == "descriptor" and p.team is None and self.norms[p.start] in self.lex.team_possessives  # "leur entraîneur, X"
            # (a club of a clause of its own after the person's is another matter: "Le président X a pris des
            # renseignements, mais <Other>, qui ..., réclame 35 millions")
            near = {t.entity.iri for t in self._teams() if t.entity.type == "Club"
                    and (t.start < p.start or self.clause[t.start] == self.clause[p.start])}
            if p.kind not in ("name", "discovered") and not owned or clubs & near - tied - {club.iri}:
                continue  # a club the sentence names and does not already tie to the person may be the one meant
            role, start = (p.role, p.start) if owned else self._role_before(p.start)
            if role is None and previous is not None and previous[1] is not None and p.start == previous[0].end + 1 \
                    and self.norms[previous[0].end] in self.lex.conjunctions and self.norms[previous[0].end] != ",":
                role, start = previous[1], previous[2]  # "Les présidents X et Y": the role of both
                if role == "president":
                    retype_as_executive(p.entity)
                elif role == "coach":
                    retype_as_coach(p.entity)  # "his assistants X and Y"
            previous = (p, role, start)
            if role == "president" and p.entity.type == "Executive":
                pred = "presidentOf"
            elif p.entity.type == "Player" and (own := self._own_club_role_before(p.start)) is not None:
                pred, start = "playsFor", own  # "Kapitän X", "Son capitaine, X"
            elif role == "coach" and p.entity.type == "Coach" and not self.own_teams.get(p.entity.iri) \
                    and not tied - {r.object.iri for r in self.out if r.subject is p.entity  # a national side he led
                                    and r.predicate == "coachedAt" and r.object.type == "NationalTeam"} \
                    and self.lex.national_coach_roles.ending_at(self.norms, p.start) is None \
                    and not any(r.object is p.entity for r in self.out):
                pred = "coaches"  # "Trainer X kann den Neuzugang einsetzen": in news about one club, its coach
            else:
                continue
            if club is not self.topic_club and (pred != "coaches" or start > 1):
                continue  # (the club a move just told names the coach a sentence opens with, no captain or president)
            if not any(r.subject is p.entity and r.predicate == pred for r in self.out):
                self._add(p.entity, pred, club, 0.5 * p.confidence, "role-of-topic-club", (start, p.end))

    def _club_moved_to_before(self) -> Entity | None:
        """The one club the sentence before moved someone to ("joining <Club> on a three-year deal. Head coach X
        said ..."): in an article about no one club, the club a role noun then presumes."""
        clubs = {r.object.iri: r.object for r in self.earlier if r.sentence == self.sent.index - 1 and r.rule == "cue:joined"
                 and r.stance == "positive" and isinstance(r.object, Entity) and r.object.type == "Club"}
        return next(iter(clubs.values())) if len(clubs) == 1 else None

    def _own_club_role_before(self, start: int) -> int | None:
        """Where a role that presumes the article's club ("captain") ends right before a name, or before its
        comma ("Son capitaine, X")."""
        hit = self.lex.own_club_roles.ending_at(self.norms, start)
        if hit is None and start > 1 and self.norms[start - 1] == ",":
            hit = self.lex.own_club_roles.ending_at(self.norms, start - 1)
        return hit[0] if hit is not None else None

    def retirements(self) -> None:
        """"before retiring in 1993", "beendete er seine Karriere": the person no longer plays anywhere; a
        lifespan after a name, "X (1921 – 1994)", says he holds no post at all."""
        for m in self._people():
            if m.kind in ("name", "discovered") and _LIFESPAN.match(" ".join(self.norms[m.end:m.end + 12])):
                self.retired.add(m.entity.iri)
                self.deceased.add(m.entity.iri)
            elif m.kind in ("name", "discovered") and (year := self._birth_year(m.end)) is not None:
                self.born.setdefault(m.entity.iri, year)
        for a, b, _p, _ in self.lex.retirement.find(self.norms):
            if any(t.start in (b + 1, b + 2) and self.norms[b] in self.lex.team_prepositions for t in self._teams()):
                continue  # "ancien joueur de <Club>": a former player of that club, not a retired one
            person = self._nearest(self._people(), a, b, "left") or self._inverted_subject(self._people(), b)
            if person is None and self.topic is not None and not self._people():
                person = self._topic_mention(a)
            if person is not None and person.entity.type in PEOPLE:
                self.retired.add(person.entity.iri)

    def _birth_year(self, k: int) -> int | None:
        """The year in a bracket right after a name that says birth: "(born 2 November 1972)", "(* 17. Mai 2000
        in <Town>)", "(né le 9 avril 1999)"."""
        if k >= len(self.norms) or self.norms[k] != "(":
            return None
        inside = self.norms[k + 1:k + 12]
        inside = inside[:inside.index(")")] if ")" in inside else inside
        dated = any(n in self.lex.months for n in inside) and not any(n in ("-", "–", "—") for n in inside)
        if not inside or not (inside[0] == "*" or inside[0] in self.lex.birth_markers or dated):
            return None  # "(<Town>, 3 de febrero de 1997)": a bare date after the name is a birth date too
        return next((int(n) for n in inside if YEAR.fullmatch(n)), None)

    def rivals(self) -> None:
        """"<Club> want X, but face competition from <Other>": the rival club is after the same person, whom
        this sentence (or else the one before) says a club targets."""
        for _a, b, _p, _ in self.lex.rival_cues.find(self.norms):
            rival = next((t for t in self._teams() if b <= t.start <= b + 2 and t.entity.type == "Club"), None)
            if rival is None:
                continue
            wanted = [r for r in self.out if r.predicate == "targets" and r.stance == "positive"] or \
                [r for r in self.earlier if r.predicate == "targets" and r.stance == "positive"
                 and r.sentence == self.sent.index - 1]
            for t in self._coordinated(rival, self._teams()):
                for r in wanted:
                    if t.entity is not r.subject and t.entity.iri not in self.own_teams.get(r.object.iri, {}):
                        self._add(t.entity, "targets", r.object, 0.6 * t.confidence, "rival-suitor", (b, t.end))
