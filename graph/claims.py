"""What one claim read from a sentence is, and the predicates a frame or a role gives a person of a class.

Shared by the sentence-level readings (graph.relations) and the discourse-level ones (graph.discourse).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from graph.reference import PERSON_TYPES, Entity, OwnTeams

PEOPLE = PERSON_TYPES - {"Journalist"}
FORMER_OF = {"playsFor": "formerlyPlayedFor", "coaches": "coachedAt"}
CURRENT_OF = {former: current for current, former in FORMER_OF.items()}
MEMBERSHIP = ("playsFor", "formerlyPlayedFor", "coaches", "coachedAt", "presidentOf")


@dataclass
class Relation:
    """One claim read from a sentence."""

    subject: Entity
    predicate: str
    object: Entity | str
    sentence: int
    evidence: str
    stance: str = "positive"
    confidence: float = 0.8
    sources: list[Entity] = field(default_factory=list)
    rule: str = ""
    amounts: list = field(default_factory=list)  # graph.amounts.Amount stated in the same sentence
    start: str | None = None       # year the spell at the team began, when the sentence says so
    end: str | None = None         # year it ended
    cue: str = ""                  # the cue phrase that signalled it, if any
    span: tuple[int, int] = (0, 0)  # pieces of the sentence it was read from
    clause: int = 0                 # the clause of the sentence it was read from
    paragraph: int = -1            # paragraph of the sentence
    background: bool = False       # told in the pluperfect ("had joined"): before the story's present
    sequel: bool = False           # told as a later stage ("He later managed <Club>"): after what was told before
    origin: bool = False           # a former tie told as where a career began ("formé à", "came through at")
    loan: bool = False             # a move its cue calls a loan ("le prêt de X au <Club>"): he is there now
    alternatives: list = field(default_factory=list)  # other objects the reading allows, settled at article end
    companions: tuple[str, ...] = ()  # the players named with a guessed team's coach ("X pulled one back for <Coach>'s side")
    retypable: bool = False        # read as a player's tie of a new name the article may yet call a coach


def membership_predicate(role: str | None, person: Entity, former: bool) -> str | None:
    """Predicate for a person's tie to a team given the role noun, the person's class and 'former'."""
    kind = person.type
    if role in ("player", None) and kind == "Player" or role == "player" and former:
        return "formerlyPlayedFor" if former else "playsFor"
    if role in ("coach", "boss", None) and kind == "Coach":
        return "coachedAt" if former else "coaches"
    if role in ("president", "boss") and kind == "Executive" and not former:
        return "presidentOf"
    return None


def frame_predicate(frame: str, person: Entity) -> str | None:
    """Predicate of a cue frame for a person of the given class (None when the domain forbids it)."""
    kind = person.type
    table = {
        "member": {"Player": "playsFor", "Coach": "coaches"},
        "joined": {"Player": "playsFor", "Coach": "coaches"},
        "former_member": {"Player": "formerlyPlayedFor", "Coach": "coachedAt"},
        "plays": {"Player": "playsFor", "Coach": "formerlyPlayedFor", "Executive": "formerlyPlayedFor"},  # caps
        "played": {"Player": "formerlyPlayedFor", "Coach": "formerlyPlayedFor", "Executive": "formerlyPlayedFor"},
        "coach": {"Coach": "coaches"},
        "coached": {"Coach": "coachedAt"},
        "president": {"Executive": "presidentOf"},
        "targets": {"Player": "targets", "Coach": "targets"},
        # a title won with a team: a player's side, or a side a coach led (his post now told elsewhere, if at all)
        "won_with": {"Player": "playsFor", "Coach": "coachedAt"},
    }
    return table.get(frame, {}).get(kind)


def follow_retyping(relations: list[Relation], retired: set[str]) -> list[Relation]:
    """A new name first read as a player's and later found to be a coach's: his moves read as a player's
    ("X quittait <Club>. L'entraîneur de 59 ans mène <Other>") are a coach's posts, unless the article tells
    of a playing career of his ("before retiring in 1993": then those were a player's moves)."""
    coach_of = {"playsFor": "coaches", "formerlyPlayedFor": "coachedAt"}
    for r in relations:
        if r.retypable and r.subject.type == "Coach" and r.predicate in coach_of and r.subject.iri not in retired:
            # (a title won with a team: a side a coach led, his post now told elsewhere if at all)
            r.predicate = "coachedAt" if r.rule == "cue:won_with" else coach_of[r.predicate]
    return relations


def retype_as_coach(entity: Entity, stated: bool = False) -> None:
    """A discovered person typed Player only by default who is said to coach a team is a coach (``stated``: a
    coach's role named outright, "X, derzeit Co-Trainer bei <Club>", outranks "der frühere <Club>-Spieler X")."""
    _retype(entity, "Coach", stated)


def retype_as_executive(entity: Entity) -> None:
    """A discovered person typed Player only by default who is said to run a club is an executive ("Les
    présidents X et Y")."""
    _retype(entity, "Executive")


def _retype(entity: Entity, kind: str, stated: bool = False) -> None:
    if entity.discovered and (not entity.typed or stated) and entity.type == "Player":
        entity.type = kind
        entity.typed = True


@dataclass
class Discourse:
    """What the article has told before the sentence at hand."""

    own_teams: OwnTeams = field(default_factory=dict)  # shared with coreference, updated as claims are read
    article_date: date | None = None
    topic: Entity | None = None       # the player the article is about so far
    topic_club: Entity | None = None  # the club the article is about so far
    earlier: list[Relation] = field(default_factory=list)      # the relations of the sentences before
    context_teams: list[Entity] = field(default_factory=list)  # the clubs the last sentences named, latest first
    retired: set[str] = field(default_factory=set)  # people the article says have stopped playing (updated here)
    lead_clubs: list[Entity] = field(default_factory=list)  # the clubs of the first sentence that names any: a match's sides
    deceased: set[str] = field(default_factory=set)  # people given a lifespan: every post of theirs is a former one
    born: dict[str, int] = field(default_factory=dict)  # birth years the article gives ("X (born 3 May 2000)")
    section: str | None = None  # "player" or "coach" under a biography's section heading ("Playing career")
    played_until: dict[str, int] = field(default_factory=dict)  # coaches who played: their last year as players
    context_sides: list[Entity] = field(default_factory=list)  # the national sides the last sentences named
    item_opener: bool = False  # the sentence opens an item under a heading of its own (a round-up's news)
    coach_news: bool = False  # the headline speaks of a coach or a coach's post
