"""Resolve pronouns and descriptions to entities mentioned earlier in the same article.

Heuristics in the spirit of centering theory: the subject (first person named) of the nearest
earlier sentence is the preferred referent; candidates must fit the description's class,
nationality ("the Frenchman") or country ("the Spanish giants"), and a possessor is never its own
possession's referent ("his former teammate").
"""

from __future__ import annotations

from graph.claims import retype_as_coach, retype_as_executive
from graph.mentions import Mention
from graph.reference import PERSON_TYPES, TEAM_TYPES, Entity, OwnTeams, Reference

PEOPLE = PERSON_TYPES - {"Journalist"}

_ANAPHORS = {"pronoun", "possessive", "object", "relative", "descriptor", "team_descriptor"}
WINDOW = 4  # sentences looked back


class Resolver:
    """Keeps the article's resolved mentions and resolves each new sentence's anaphors."""

    def __init__(self, reference: Reference, own_teams: OwnTeams | None = None):
        self.ref = reference
        self.history: list[list[Mention]] = []
        self.paragraphs: list[int] = []  # the paragraph of each sentence seen
        self.own_teams = own_teams if own_teams is not None else {}
        self.topic: Entity | None = None  # the person the article is about so far (set by the extractor)
        self.topic_club: Entity | None = None  # the club it is about so far
        self.title_person: Entity | None = None  # the person an encyclopedic article's title names
        self.headline_club: Entity | None = None  # the one club the headline names ("<Club> news round-up")

    def resolve(self, mentions: list[Mention], paragraph: int = 0) -> list[Mention]:
        """Fill in ``entity`` on anaphoric mentions of one sentence (of the given paragraph); return the
        mentions kept."""
        self.paragraphs.append(paragraph)
        for m in mentions:
            if m.kind not in _ANAPHORS:
                continue
            apposed = self._apposed(m, mentions, exclude=None)
            if m.possessor is not None and m.possessor.entity is None:
                # "X, su entrenador": the possessive of a description in apposition is not the name it describes
                m.possessor.entity = self._person(m.possessor, mentions, exclude=apposed)
            if m.kind == "relative":
                m.entity = m.antecedent.entity if m.antecedent else None
            elif m.kind == "team_descriptor":
                m.entity = self._team(m, mentions)
            elif m.kind == "object":
                m.entity = self._object(m, mentions)
            else:
                exclude = m.possessor.entity if m.possessor is not None else None
                if exclude is None and m.kind == "descriptor" and m.verb_object:
                    # "X is said to value the former <Club> winger": the one a verb's subject speaks of is another
                    subject = next((x for x in mentions if x.end <= m.start and x.kind in ("name", "discovered")
                                    and x.entity is not None and not x.after_preposition), None)
                    # ("X, who managed the 22-year-old at <Club>, ...": the relative's verb, whose subject is X)
                    relative = next((x for x in reversed(mentions) if x.end <= m.start), None)
                    own = relative is not None and relative.kind == "relative" and relative.antecedent is subject \
                        and m.start - relative.end <= 2
                    exclude = subject.entity if subject is not None and (own or not m.comma_before_since(subject)) else None
                if m.team is not None and m.team.entity is not None and m.team.entity.type == "NationalTeam":
                    m.nationality = m.nationality or m.team.entity  # "the Spain international"
                # ("el técnico amarillo, X": an adjective between)
                named = next((x for x in mentions if (x.start == m.end + 1 and m.end in m.commas or x.start == m.end
                                                      or x.start == m.end + 2 and m.end + 1 in m.commas and m.end not in m.commas)
                              and x.kind in ("name", "discovered") and x.entity is not None
                              and (x.entity.type in (m.types or PERSON_TYPES)
                                   or x.entity.discovered and not x.entity.typed and m.types == {"Executive"})), None)
                if named is None and m.types == {"Executive"}:
                    # "El presidente de la federación, X, ...": a body's head named after its phrase and a comma
                    named = next((x for x in mentions if x.kind in ("name", "discovered") and x.entity is not None
                                  and x.start - 1 in m.commas and 0 < x.start - 1 - m.end <= 4
                                  and not any(m.end <= y.start < x.start for y in mentions if y is not m)
                                  and (x.entity.type == "Executive" or x.entity.discovered and not x.entity.typed)), None)
                if named is not None and named.entity.type not in (m.types or PERSON_TYPES):
                    retype_as_executive(named.entity)  # the name is the one the role describes
                # "el segundo entrenador, <Name>, ...", "der Deutsche <Name>": a description set right before a
                # name is that name
                m.entity = named.entity if named is not None else self._person(m, mentions, exclude=exclude)
            if m.entity is not None:
                m.confidence *= 0.9
                if m.kind == "descriptor" and (m.types == {"Coach"} or m.elder and m.entity.type == "Player"):
                    retype_as_coach(m.entity)  # "le technicien", "the manager": a new name so described coaches
        kept = [m for m in mentions if m.entity is not None]
        self.history.append(kept)
        return kept

    def _object(self, m: Mention, mentions: list[Mention]) -> Entity | None:
        # "ihn"/"him" is never the subject of its own clause; a main-clause subject before a comma is fine, but
        # the article's person named in the sentence comes first ("X conoce al jugador, pero el <Club> lo sigue").
        before = [x for x in mentions if x.end <= m.start and x.entity is not None and x.entity.type in PEOPLE]
        if self.topic is not None and any(x.entity is self.topic for x in before[1:]):
            return self.topic
        if before and before[0].kind in ("name", "discovered") and m.comma_before_since(before[0]):
            return before[0].entity
        if before and before[-1].entity.type == "Player" and any(
                before[-1].end <= x.start and x.end <= m.start and x.entity is not None and x.entity.type in TEAM_TYPES
                for x in mentions):
            # "The striker scored 21 goals and <Club> have asked about him": a club is the subject of the object's
            # clause, the player before it is whom the object names
            return before[-1].entity
        if not before and self.topic is not None and self.topic.type == "Player" and any(
                x.end <= m.start and x.entity is not None and x.entity.type in TEAM_TYPES for x in mentions):
            return self.topic  # "En 2025 el club turco lo cedió al <Club>": a club's move of the article's player
        exclude = before[0].entity if before else None
        named = [x for x in before[1:] if x.kind in ("name", "discovered") and x.entity is not exclude and x.after_preposition]
        if named:
            return named[-1].entity  # "He moved there as an assistant to X and succeeded him": the one named, not the subject
        if self.topic is not None and self.topic != exclude and self.history \
                and any(x.entity is self.topic for x in self.history[-1]):
            return self.topic  # "... agente del extremo. <Coach> lo quiere": the article's man, named just before
        return self._person(m, mentions, exclude=exclude, same_sentence=False)

    def _fits(self, m: Mention, e: Entity, via: Mention | None = None, by_origin: bool = False) -> bool:
        # A new name nothing has typed yet may be what a description says, unless it came after a preposition
        # ("pour succéder à X, le technicien ...": the description is the clause's subject, not X); and, when no
        # one typed fits, what a description by origin says ("el técnico navarro"), wherever he was named.
        untyped = e.untyped_name and (by_origin and m.origin or via is not None and not via.after_preposition)
        if (e.type not in (m.types or PERSON_TYPES) and not (untyped and m.types & PEOPLE)) \
                or e.type == "Journalist" and "Journalist" not in m.types:
            return False
        if m.nationality is not None and e.nationality is not None and e.nationality != m.nationality.iri:
            return False
        if m.nationality is not None and e.nationality is None and not e.discovered:
            return False
        return True

    def _person(self, m: Mention, mentions: list[Mention], exclude: Entity | None,
                same_sentence: bool = True) -> Entity | None:
        # Same sentence first (for possessives and mid-sentence pronouns), then earlier sentences.
        apposed = self._apposed(m, mentions, exclude)
        if apposed is not None:
            return apposed
        if same_sentence and m.kind in ("possessive", "pronoun", "descriptor") and m.start > 0:
            earlier = [x for x in mentions if x.end <= m.start and x is not m and x.kind != "object"
                       and not (x.after_preposition and m.kind != "descriptor")
                       and not (x.replaced and m.kind == "descriptor" and x.end == m.start - 1)
                       # ("Arrivé ... pour remplacer X, il avait ...": the one replaced is no subject that follows)
                       and not (x.replaced and m.kind == "pronoun" and x.start < m.start)
                       and not (x.fronted and not m.fronted and m.kind == "pronoun")
                       and x.entity is not None and x.entity != exclude
                       and self._fits(m, x.entity, x)]
            if m.speaker and m.kind in ("descriptor", "pronoun"):
                # '"X brings experience", said the coach': the speaker is not whom he quotes
                earlier = [x for x in earlier if x.start > m.quote_end]
            if earlier:
                # A possessive refers to the nearest subject before it; a pronoun or description to the first.
                return self._prefer(m, earlier, nearest=m.kind == "possessive" or m.nationality is not None)
            held = next((x for x in mentions if x.kind == "object" and x.end <= m.start and x.entity is not None
                         and any(x.end <= f.start < m.start and f.fronted for f in mentions)), None)
            if m.kind == "pronoun" and held is not None and self._fits(m, held.entity):
                return held.entity  # "Injuries slowed him; after X replaced Y he lost his place": the one held before
        if m.new and (appointed := self._appointed(exclude)) is not None:
            retype_as_coach(appointed)
            return appointed  # "Le nouvel entraîneur devra composer sans X": the coach the article has put at a club
        if m.kind in ("pronoun", "possessive") and self.title_person is not None and self.title_person != exclude \
                and self._fits(m, self.title_person):
            return self.title_person  # in an article titled with a person's name, "he" and "his" are that person
        for sent in reversed(self.history[-WINDOW:]):
            # a relative pronoun stands where its antecedent stands, which is a candidate itself ("..., quien dejó")
            named = [x for x in sent if x.entity is not None and x.entity != exclude and x.kind != "relative"]
            cands = [x for x in named if self._fits(m, x.entity)] \
                or [x for x in named if m.origin and self._fits(m, x.entity, by_origin=True)]
            if m.kind == "descriptor":
                # ("Su sustituto será X. El técnico catalán ...": the man named, not the one a possessive stood for)
                cands = [x for x in cands if x.kind != "possessive"] or cands
            if cands and m.start <= 1 and m.kind in ("possessive", "pronoun") and self.topic is not None \
                    and all(x.start > 2 and not x.speaker for x in cands) and self.topic not in [x.entity for x in cands] \
                    and self.topic != exclude and self._fits(m, self.topic):
                # "... sustituyó a X. Su contrato ...": the last sentence named X only as an object, its subject
                # left unsaid (or named far back) is the person the article is about
                return self.topic
            if cands and m.kind in ("descriptor", "possessive", "pronoun") and m.nationality is None and self.topic is not None \
                    and all(x.after_preposition and not x.after_agent for x in cands) and self.topic not in [x.entity for x in cands] \
                    and self.topic != exclude and self._fits(m, self.topic) and not self._new_in_paragraph(sent):
                # "<Coach> seeks a replacement for X. <Club> asked about the defender": the last sentence named
                # its fitting person only after a preposition, not as its subject; the description is the
                # article's person
                return self.topic
            if cands:
                known = [x for x in cands if m.nationality is not None and x.entity.nationality == m.nationality.iri]
                if known:
                    return self._prefer(m, known, nearest=True)  # "the Frenchman": the nearest known Frenchman
                if m.nationality is not None and self.topic in [x.entity for x in cands]:
                    return self.topic  # "X replaces Y. The Scot ...": unknown nationalities, the article's person
                # Centering: a subject outranks a person named after a preposition ("Under X, he won").
                cands.sort(key=lambda x: x.after_preposition)
                return self._prefer(m, cands, nearest=False)
        return None

    def _appointed(self, exclude: Entity | None) -> Entity | None:
        """The coach named last whom the article has said is at a club now (the new one, not his predecessor)."""
        named = [x.entity for sent in reversed(self.history) for x in reversed(sent)
                 if x.entity is not None and x.entity is not exclude and self.own_teams.get(x.entity.iri)]
        # a coach first; else a new name no cue has typed yet ("Le Néerlandais X s'est engagé avec le club")
        return next((e for e in named if e.type == "Coach"), None) \
            or next((e for e in named if e.untyped_name), None)

    def _apposed(self, m: Mention, mentions: list[Mention], exclude: Entity | None) -> Entity | None:
        """The name a description stands in apposition to: "... manquées par X, l'attaquant de <Club>" (not one
        replaced: "pour succéder à X, l'ancien technicien de <Club> avait ..." opens the main clause)."""
        if m.kind != "descriptor" or m.start <= 1 or not m.commas or m.start - 1 not in m.commas:
            return None
        # (a new name nothing has typed yet is what the description says, after a preposition too: "la petición
        # de X, el nuevo entrenador")
        apposed = next((x for x in mentions if x.end == m.start - 1 and x.kind in ("name", "discovered") and not x.replaced
                        and x.entity is not None and x.entity != exclude
                        and (self._fits(m, x.entity, x) or x.entity.untyped_name and bool(m.types & PEOPLE))), None)
        return apposed.entity if apposed is not None else None

    def _new_in_paragraph(self, sent: list[Mention]) -> bool:
        """Whether ``sent`` (an earlier sentence) is in this paragraph, and the paragraph has not named the
        article's person so far: a new paragraph about someone else is about the people it names ("<Club>
        extended the contract of X. The midfielder joined in 2024")."""
        here = self.paragraphs[-1]
        index = next(i for i, s in enumerate(self.history) if s is sent)
        return self.paragraphs[index] == here and not any(
            x.entity is self.topic for s, par in zip(self.history, self.paragraphs, strict=False) if par == here for x in s)

    def _prefer(self, m: Mention, cands: list[Mention], nearest: bool) -> Entity:
        # "the <Club> player": someone this article already tied to that club wins.
        if m.team is not None and m.team.entity is not None:
            tied = [x for x in cands if m.team.entity.iri in self.own_teams.get(x.entity.iri, {})]
            if tied:
                cands = tied
        return (cands[-1] if nearest else cands[0]).entity

    def _team(self, m: Mention, mentions: list[Mention]) -> Entity | None:
        def ok(e: Entity) -> bool:
            return e.type == "Club" and (m.country is None or e.country == m.country) and (m.region is None or e.iri in m.region)

        # "the club" mostly continues the discourse: the club the article is about when it was named lately, else
        # the latest club named lately that someone is now at (not one named as a former club), else earlier
        # sentences first, then this one.
        window = self.history[-WINDOW:]
        here = [x.entity for x in mentions if x.end <= m.start and x.entity is not None and ok(x.entity) and x.kind == "name"]
        sides = [x.entity for x in mentions if x.end <= m.start and x.entity is not None and x.entity.type == "NationalTeam"
                 and x.kind == "name"]
        if m.side_noun and sides and not here and m.country is None and m.region is None:
            # "called up to the <Country> squad ... and was part of the team that reached the final": that side
            return sides[-1]
        apposed = next((x.entity for x in mentions if x.end == m.start - 1 and m.start - 1 in m.commas and x.kind == "name"
                        and x.entity is not None and ok(x.entity)), None)
        if apposed is not None:
            return apposed  # "<Club>, the club where he ended his playing career": the club the description sets off
        if here and (m.genitive or m.first_team):
            # "joined X's staff at <Club> in 2018, taking charge of the club's under-23 side": the club just named
            # (so is the one whose first team "la direction de l'équipe première" is)
            return here[-1]
        if self.topic_club is not None and ok(self.topic_club) \
                and any(x.entity is self.topic_club for sent in window for x in sent):
            return self.topic_club
        if self.headline_club is not None and ok(self.headline_club) and self.topic_club in (None, self.headline_club) \
                and self.history and self.paragraphs[-1] != self.paragraphs[-2] \
                and not any(x.entity is not None and x.entity.type == "Club" for x in self.history[-1]):
            # a new item of a round-up headed by a club, after a heading that names none: "the club" is that one
            return self.headline_club
        current = {iri for teams in self.own_teams.values() for iri in teams}
        for sent in reversed(window):
            for x in sent:
                if x.entity is not None and ok(x.entity) and x.entity.iri in current:
                    return x.entity
        if self.topic_club is not None and ok(self.topic_club) and not here:
            return self.topic_club  # (a club named lately that no one is at now is less likely than the article's)
        for sent in reversed(window):
            for x in sent:
                if x.entity is not None and ok(x.entity):
                    return x.entity
        # In its own sentence, the subject's club: "<Club> lost to <Other>, which leaves the team 18th".
        for x in [x for x in mentions if x.end <= m.start]:
            if x.entity is not None and ok(x.entity) and x.kind != "relative":
                return x.entity
        return None
