"""The sides of a match. Within a sentence: the side a result or a list of scorers is told of. Across the
article: players the prose sets against each other ("fine saves from X", "fired past Y") play for different
sides, so when a match report's two clubs are known and one of them is a player's, the other is his opponent's."""

from __future__ import annotations

from dataclasses import dataclass

from graph.claims import Relation
from graph.lexicon import Lexicon
from graph.mentions import Mention
from graph.reference import Entity
from graph.text import Sentence

_NAMED = ("name", "discovered")


class MatchReadings:
    """Sentence readings of match prose, mixed into graph.relations.SentenceRelations (whose state and helpers
    they use): the side a result is told of, and the side listed scorers scored for."""

    def reported_side(self) -> None:
        """"X erzielte beim 2:0 von <Club> gegen <Other> beide Treffer", "X scored twice in <Club>'s 3-1 win":
        the result is one side's, and the players who act in it (score, assist, start) play for that side."""
        side = self._side_of_result()
        if side is None:
            return
        acting = {self.clause[a] for a, _b, _p, _ in self.lex.match_actions.find(self.norms)}
        for p in self._people():
            if p.kind not in ("name", "discovered", "pronoun", "descriptor") or p.after_preposition \
                    or p.entity.type != "Player" or self.clause[p.start] not in acting:
                continue
            if any(r.subject is p.entity and r.predicate in ("playsFor", "formerlyPlayedFor") for r in self.out):
                continue  # the sentence ties him to a team already
            self._add(p.entity, "playsFor", side.entity, 0.6 * p.confidence, "result-side", (p.start, p.end))

    def scorers(self) -> None:
        """"<Club> eased through as goals from X and Y ended <Other>'s hopes", "Los goles de X y Y dieron la
        victoria al <Club>": the scorers listed play for the side they scored for: the team after a result verb,
        else the sentence's first team when it did not lose, else the side the score is told of."""
        for _a, b, _p, _ in self.lex.scorer_phrases.find(self.norms):
            listed = self._listed_players(b)
            if not listed:
                continue
            side = self._scorers_side(b, listed[-1].end)
            for p in listed:
                if side is not None and not any(r.subject is p.entity and r.predicate in ("playsFor", "formerlyPlayedFor")
                                                for r in self.out):
                    self._add(p.entity, "playsFor", side.entity, 0.6 * p.confidence, "scorers-side", (p.start, p.end))

    def _scorers_side(self, phrase_end: int, list_end: int) -> Mention | None:
        teams = [t for t in self._teams() if t.entity.type in ("Club", "NationalTeam")]
        for _a, b, _p, _ in self.lex.scorer_result_verbs.find(self.norms):
            if b >= list_end:
                after = [t for t in teams if t.start >= b]
                return after[0] if after else None
        first = teams[0] if teams else None
        defeats = [b for a, b, _p, _ in self.lex.defeat_words.find(self.norms) if a < phrase_end]
        if first is not None and first.end <= phrase_end and not defeats:
            return first
        winner = next((t for t in teams if defeats and defeats[-1] <= t.start < phrase_end), None)
        if winner is not None:
            return winner  # "a 3-0 home defeat to <Club>, with goals from X and Y": the side that won
        return self._side_of_result()

    def _side_of_result(self) -> Mention | None:
        """The team a score is told as the result of: "<score>[-Sieg] von/of <Team>", "<Team>'s <score>"."""
        norms, teams = self.norms, [t for t in self._teams() if t.entity.type in ("Club", "NationalTeam")]
        for k in range(len(norms) - 2):
            if not (norms[k].isdigit() and norms[k + 1] in (":", "-") and norms[k + 2].isdigit()):
                continue
            owner = next((t for t in teams if t.end == k - 2 and self._genitive_at(k - 2)), None)
            if owner is not None:
                return owner  # "in <Club>'s 3-1 win"
            j = k + 3
            if j < len(norms) and norms[j] == "-":
                j += 1  # "2:0-Sieg"
            if j + 1 < len(norms) and norms[j] not in self.lex.result_of and norms[j + 1] in self.lex.result_of:
                j += 1  # "a 2-0 victory for", "le succès 2-0 de"
            if j < len(norms) and norms[j] in self.lex.result_of:
                j += 1
                while j < len(norms) and norms[j] in self.lex.determiners:
                    j += 1
                found = next((t for t in teams if t.start == j), None)
                if found is not None:
                    return found
        return None


@dataclass
class Opposition:
    """A player and the players a sentence sets against him."""

    actor: Entity
    opposed: list[Entity]
    sentence: int
    evidence: str
    paragraph: int


def note_oppositions(sent: Sentence, mentions: list[Mention], lex: Lexicon) -> list[Opposition]:
    """The oppositions of a sentence: the players named right after an opposing phrase ("saves from X and Y",
    "past X") against the nearest player named before it."""
    norms = [t.norm for t in sent.tokens]
    players = sorted((m for m in mentions if m.entity is not None and m.entity.type == "Player"), key=lambda m: m.start)
    out = []
    for a, b, _p, _ in lex.opposed_phrases.find(norms):
        opposed = _listed(players, b, norms, lex)
        before = [m for m in reversed(players) if m.end <= a and m.kind in (*_NAMED, "pronoun", "descriptor")
                  and norms[m.end:m.end + 2] not in (["'", "s"], ["\u2019", "s"])]  # not "X's flick"
        # the subject, else the agent of a passive ("inscrit par X, dont la frappe a trompé Y")
        actor = next((m for m in before if not m.after_preposition), None) or next(iter(before), None)
        if actor is not None and opposed and all(o.entity is not actor.entity for o in opposed):
            out.append(Opposition(actor.entity, [o.entity for o in opposed], sent.index, sent.text, sent.paragraph))
    return out


def _listed(players: list[Mention], start: int, norms: list[str], lex: Lexicon) -> list[Mention]:
    """The players named one after another from ``start`` ("X", "X and Y"), a pronoun or description alone too."""
    out, at = [], start
    for p in players:
        if p.start < at:
            continue
        if p.start != at and not all(n in lex.conjunctions or n in lex.determiners for n in norms[at:p.start]):
            break
        out.append(p)
        at = p.end
    return out


def opposing_sides(oppositions: list[Opposition], relations: list[Relation], sides: list[Entity]) -> list[Relation]:
    """Of a match's two sides (clubs or national sides), the one a player is not on is his opponents': for each
    opposition where the article puts one party on a side and says nothing of the other's, the other side."""
    if len(sides) != 2:
        return []
    clubs: dict[str, set[str]] = {}
    for r in relations:
        if r.predicate == "playsFor" and isinstance(r.object, Entity) and r.object.type in ("Club", "NationalTeam"):
            clubs.setdefault(r.subject.iri, set()).add(r.object.iri)
    out = []

    def place(player: Entity, against: Entity, o: Opposition) -> None:
        theirs = clubs.get(against.iri, set()) & {s.iri for s in sides}
        if len(theirs) != 1 or player.iri in clubs:
            return
        other = next(s for s in sides if s.iri not in theirs)
        clubs[player.iri] = {other.iri}
        out.append(Relation(player, "playsFor", other, o.sentence, o.evidence, confidence=0.5,
                            rule="opponent-side", paragraph=o.paragraph))

    for o in oppositions:
        for opposed in o.opposed:
            place(opposed, o.actor, o)
            place(o.actor, opposed, o)
    return out
