"""The sides of a match: players the prose sets against each other ("fine saves from X", "fired past Y") play
for different sides, so when a match report's two clubs are known and one of them is a player's, the other is
his opponent's."""

from __future__ import annotations

from dataclasses import dataclass

from graph.claims import Relation
from graph.lexicon import Lexicon
from graph.mentions import Mention
from graph.reference import Entity
from graph.text import Sentence

_NAMED = ("name", "discovered")


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
