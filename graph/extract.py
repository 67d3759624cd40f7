"""Extraction: one article in, its entities and claims out (the `fkg extract` JSON contract)."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from graph.amounts import find_amounts
from graph.articles import Article
from graph.claims import CURRENT_OF, FORMER_OF, Discourse, Relation, follow_retyping, retype_as_coach
from graph.config import LEXICON_DIR, REFERENCE_DIR
from graph.coref import Resolver
from graph.dates import YEAR
from graph.discourse import LONG_AGO
from graph.language import detect_language
from graph.lexicon import Lexicon, given_names, load_lexicon, opponent_before, speaks_of_coach
from graph.lineups import Lineup, listed_surnames, read_lineup
from graph.mentions import Mention, MentionFinder
from graph.reference import ENTITY_TYPES, PERSON_TYPES, SOURCE_TYPES, Entity, OwnTeams, Reference, alias_key, load_reference
from graph.relations import SentenceRelations
from graph.sides import Opposition, note_oppositions, opposing_sides
from graph.text import Sentence, fold, is_word, one_sentence, pieces, split_sentences

SHOWN_KINDS = {"name", "discovered"}
EXTRACTION_MODULES = ("text", "language", "lexicon", "reference", "mentions", "coref", "lineups", "relations", "claims",
                      "discourse", "sides", "tenure", "dates", "amounts", "extract", "model")
# Claims a stated sum of money belongs to (a fee for a move, an offer, a release clause in a contract).
MONEY_PREDICATES = {"targets", "playsFor", "formerlyPlayedFor", "contractUntil", "coaches"}


@dataclass
class Extraction:
    """What was read from one article."""

    article: Article
    lang: str
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: dict[str, list[str]] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    publisher: Entity | None = None  # the article's own outlet, when front matter names a known one

    def to_json(self) -> dict:
        """The stable `fkg extract` record (see README, 'Extraction output')."""
        return {
            "article": self.article.path,
            "id": self.article.iri,
            "lang": self.lang,
            "date": self.article.date.isoformat() if self.article.date else None,
            "title": self.article.title,
            "entities": [
                {"id": e.iri, "label": e.label, "type": e.type, "mentions": self.mentions.get(e.iri, []),
                 "wikidata": e.wikidata, "discovered": e.discovered}
                for e in sorted(self.entities.values(), key=lambda e: (e.type, e.label))
            ],
            "relations": [relation_json(r, self.article.iri) for r in self.relations],
        }


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A short hash of what decides the extractor's output besides the article: the package version and the
    lexicon and reference files. Stored with each article so a changed extractor re-reads unchanged articles."""
    h = hashlib.sha256(_package_version().encode())
    code = [Path(__file__).with_name(f"{m}.py") for m in EXTRACTION_MODULES]  # changed rules re-read articles too
    for path in sorted([*LEXICON_DIR.glob("*"), *REFERENCE_DIR.glob("*.ttl"), *code]):
        # the questions of fkg ask and the lists' documentation do not change extraction
        if path.is_file() and path.name != "questions.yaml" and path.suffix != ".md":
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _package_version() -> str:
    try:
        from importlib.metadata import version

        return version("football-kg")
    except Exception:  # noqa: BLE001 - running from a source tree without installed metadata
        return "0"


def relation_json(r: Relation, article_iri: str) -> dict:
    """One relation in the JSON contract; the subject of `cites` is the article id."""
    subject = article_iri if r.predicate == "cites" else r.subject.iri
    obj = r.object.iri if isinstance(r.object, Entity) else r.object
    return {"subject": subject, "predicate": r.predicate, "object": obj, "evidence": r.evidence,
            "sources": [s.iri for s in r.sources], "stance": r.stance, "confidence": r.confidence,
            "amounts": [a.to_json() for a in r.amounts], "start": r.start, "end": r.end}


def extract(article: Article, reference: Reference | None = None) -> Extraction:
    """Read an article: mentions, coreference, relations, cited sources; deduplicated claims."""
    ref = (reference or load_reference()).as_of(article.date)
    lang = article.lang or detect_language(article.text)
    lex = load_lexicon(lang)
    finder = MentionFinder(ref, lex)
    own_teams: OwnTeams = {}
    resolver = Resolver(ref, own_teams)
    result = Extraction(article, lang)
    self_marked: set[str] = set()
    last_sources: list[Entity] = []
    self_outlets = _self_outlets(article, ref)
    result.publisher = next((e.entity for e in ref.aliases.get(alias_key(article.outlet), [])
                             if e.entity.type in SOURCE_TYPES), None) if article.outlet else None
    cites: dict[str, Relation] = {}
    lineup_team: Entity | None = None
    retired: set[str] = set()  # people the article says have stopped playing
    deceased: set[str] = set()  # people it gives a lifespan
    born: dict[str, int] = {}  # birth years it gives
    lead_clubs: list[Entity] = []  # the clubs of the first sentence that names any (a match report's sides)
    headline = _headline(article, ref, lex)
    weight, headline_names, headline_clubs = headline.weight, headline.names, headline.clubs  # mentions so far
    headline_words = headline.words
    # the club a headline opens with ("<Club> news round-up: ..."), or its one club
    opening = next((m.entity for m in headline.mentions if m.start == 0 and m.entity.type == "Club"), None)
    resolver.headline_club = opening or (next(iter(headline.clubs.values())) if len(headline.clubs) == 1 else None)
    # a headline that opens with its one club counts it before the body names it (a round-up may never name it again)
    lone_headline_club = {opening.iri: opening} if opening is not None and list(headline_clubs) == [opening.iri] else {}
    # the headline's one club (not one it names as where someone comes from: "<Club> holt X aus <Other>")
    subjects = [e for iri, e in headline_clubs.items() if weight.get(iri, 0) > 1]
    headlined = subjects[0] if len(subjects) == 1 else None

    def topic_club_now() -> Entity | None:  # the club the article is about, as far as it has been read
        return _topic(weight, {**lone_headline_club, **result.entities}, ("Club",), headlined)
    title_key = _title_name(article)  # an encyclopedic article's title is its person's name
    finder.title_person, finder.title_key = _titled_known(ref, title_key), title_key or ()
    last_lineup = -2  # the index of the last sentence that was a line-up
    section: str | None = None  # the career a biography's section heading names
    seen: dict[str, Seen] = {}  # where each player and coach was first named, and what was named with him
    speakers: set[str] = set()  # the coaches of a sentence of quoted speech, whose quotation may go on
    oppositions: list[Opposition] = []  # players a sentence sets against each other (match prose)
    sides: list[Entity] = []  # the clubs the first sentences name: a match report's two sides
    sentences = split_sentences(article.text, lang)
    finder.lineup_surnames = listed_surnames(sentences, lex)
    # the sentences that open a paragraph (a round-up's items start there)
    openers = frozenset(s.index for k, s in enumerate(sentences) if k == 0 or sentences[k - 1].paragraph != s.paragraph)
    paragraph_sizes = Counter(s.paragraph for s in sentences)
    last_heading = -2  # the index of the last section heading read (a round-up's items open after one)
    for sent in sentences:
        after_heading = last_heading == sent.index - 1 and sent.index in openers
        is_heading = _section_heading(sent, paragraph_sizes)
        if (heading := lex.section_headings.get(_heading_key(sent))) is not None or is_heading \
                and (heading := next((lex.section_words[w] for w in _heading_key(sent).split() if w in lex.section_words), None)):
            section, last_heading = heading or None, sent.index
            continue
        resolver.topic = _topic(weight, result.entities, ("Player", "Coach"))
        resolver.topic_club = topic_club_now()
        mentions = resolver.resolve(finder.find(sent), sent.paragraph)
        if last_lineup == sent.index - 1 and lineup_team is not None \
                and (coach := _lineup_coach(sent, mentions, lex)) is not None:
            # "<Club>: <names>. Trainer: <Name>": the coach of the side just listed
            retype_as_coach(coach.entity)
            _collect_entities(result, mentions)
            result.relations.append(Relation(coach.entity, "coaches", lineup_team, sent.index, sent.text,
                                             confidence=0.8, rule="line-up-coach"))
            continue
        lineup = read_lineup(sent, mentions, lex)
        if lineup is not None:
            lineup_team = lineup.team or lineup_team
            last_lineup = sent.index
            mentions = [m for m in mentions if lineup.team is not None and m.entity is lineup.team]
            mentions += _lineup_mentions(sent, lineup, finder)
            _collect_entities(result, mentions)
            if lineup_team is not None:
                result.relations.extend(Relation(m.entity, "playsFor", lineup_team, sent.index, sent.text,
                                                 confidence=0.85, rule="line-up")
                                        for m in mentions if m.entity is not lineup_team)
            continue
        if is_heading:
            last_heading = sent.index
            # "Japan and Scotland" over a biography's section: countries as places, no national side
            mentions = [m for m in mentions if m.entity.type != "NationalTeam"]
        _collect_entities(result, mentions)
        speakers = _note_people(seen, sent, mentions, lex, speakers)
        oppositions += note_oppositions(sent, mentions, lex)
        norms = [t.norm for t in sent.tokens]
        self_marked.update(m.entity.iri for m in mentions if _self_marked(m, norms, lex.self_markers))
        sources = [m.entity for m in mentions if m.entity.type in SOURCE_TYPES and m.kind in SHOWN_KINDS
                   and m.entity.iri not in self_outlets | self_marked]
        for m in mentions:
            if m.entity in sources and m.entity.iri not in cites:
                # (or a gapped cue that ends right before it: "sagte Trainer X nach dem Spiel zu <Outlet>")
                cue = any(lex.source_cues.matches_at(norms, k) for k in range(max(0, m.start - 6), min(len(norms), m.end + 6))) \
                    or lex.source_cues.ending_at(norms, m.start, reach=10) is not None
                bracketed = 0 < m.start and m.end < len(norms) and norms[m.start - 1] == "(" and norms[m.end] in (")", ",")
                if not cue and not bracketed and not _only_sources(norms, mentions):
                    continue  # "he later worked as a pundit for <Outlet>": named, not cited
                cites[m.entity.iri] = Relation(m.entity, "cites", m.entity, sent.index, sent.text,
                                               confidence=0.9 if cue else 0.6, rule="outlet-named")
        if not sources and lex.report_anaphors.find(norms):
            sources = last_sources
        if sources:
            last_sources = sources
        if sources and _only_sources(norms, mentions):
            # "(<Outlet>)" closing a gossip item: the source of the item's claims told before it
            for r in result.relations:
                if r.paragraph == sent.paragraph and not r.sources:
                    r.sources = list(sources)
        for m in mentions:
            if title_key and resolver.title_person is None and m.entity.type in PERSON_TYPES:
                _named_as_titled(m.entity, title_key, article.title)
                if title_key in map(alias_key, [m.entity.label, *m.entity.aliases]):
                    resolver.title_person = m.entity
            if m.entity.type in ("Player", "Coach", "Club") and m.kind in SHOWN_KINDS | {"pronoun", "descriptor", "team_descriptor"}:
                weight[m.entity.iri] = weight.get(m.entity.iri, 0) + 1
                if m.kind == "discovered" and headline_names.intersection(map(alias_key, [m.entity.label, *m.entity.aliases])):
                    headline_names.difference_update(map(alias_key, [m.entity.label, *m.entity.aliases]))
                    weight[m.entity.iri] += 2  # the headline's "<Given> <Surname>" is the body's "<Given> <Surname> <Surname>"
                elif m.kind == "discovered" and m.entity.type == "Club" and headline_words.intersection(alias_key(m.entity.label)):
                    # "<Town> se sépare de X" over "Le Sporting de <Town> a mis fin ...": a club no reference knows,
                    # named short in the headline (once: the headline names one club so)
                    headline_words = frozenset()
                    weight[m.entity.iri] += 2
        if not lead_clubs:
            lead_clubs = list(dict.fromkeys(m.entity for m in mentions if m.entity.type == "Club"))
        if sent.index <= 2:
            # a match's sides: the clubs its first sentences name, not where it was played ("in <Town>")
            sides += [m.entity for m in mentions if m.entity.type in ("Club", "NationalTeam") and m.entity not in sides and not (
                m.start > 0 and sent.tokens[m.start - 1].norm in lex.locative_prepositions and m.end - m.start == 1)]
        # The clubs of the last three sentences before this one (the national sides of the last two), the latest
        # sentence's first
        discourse = Discourse(own_teams, article.date, _topic(weight, result.entities, ("Player", "Coach")),
                              topic_club_now(),
                              result.relations,
                              _named_lately(resolver.history, "Club", 3), retired, lead_clubs, deceased, born, section,
                              ref.played_until, _named_lately(resolver.history, "NationalTeam", 2),
                              item_opener=after_heading, coach_news=headline.coach_news)
        rels = SentenceRelations(sent, mentions, lex, discourse).run()
        amounts = find_amounts(sent.text, lang) if any(r.predicate in MONEY_PREDICATES for r in rels) else []
        for r in rels:
            r.sources = list(dict.fromkeys(sources))
            if r.predicate in MONEY_PREDICATES:
                r.amounts = amounts
        result.relations.extend(rels)
    _stand_in(result, finder.surname_stand_ins())
    own = self_outlets | self_marked  # the article's own outlet is not a cited source
    for r in result.relations:
        r.sources = [s for s in r.sources if s.iri not in own]
    cited = [c for iri, c in cites.items() if iri not in own]
    relations = _chronology(_coach_contracts(_settle_coach_teams(follow_retyping(result.relations, retired)), lex), article.date,
                            openers)
    relations = _retire(_playing_years(relations, ref.played_until), retired, deceased)
    relations = _outgrown(_ended(relations, article.date), born, article.date)
    relations = _national_posts_ended(_coaches_in_turn(relations, article.date))
    # news that names one club is about it; a round-up headed "<Club> news" is about that club, though its body
    # may never name it
    clubs = [e for e in result.entities.values() if e.type == "Club"]
    side = _headline_side(headline, relations)  # news about a national side is about no club it names
    topic_club = topic_club_now() \
        or (clubs[0] if len(clubs) == 1 and not headline_clubs.keys() - {clubs[0].iri} and side is None else None) \
        or (next(iter(headline_clubs.values())) if len(headline_clubs) == 1 else None)
    opposed = {e.iri for o in oppositions for e in o.opposed}  # their side follows from their opponents' (below)
    unopposed = {iri: w for iri, w in seen.items() if iri not in opposed}
    relations += _topic_members(unopposed, relations, topic_club if not title_key else None, retired)
    relations += _side_members(unopposed, relations, side, retired, entry=bool(title_key))
    relations += opposing_sides(oppositions, relations, sides[:2])
    if _match_report(article, relations):
        relations += _unclaimed_side_coach(unopposed, relations, sides[:2])
    for r in relations:
        for e in (r.subject, r.object):
            if e is not None and (e is topic_club or e is side):  # ("<Club> news: ..." names its club only above)
                result.entities.setdefault(e.iri, e)
    result.relations = _deduplicate(_lineups_over_guesses(relations), own_teams) + cited
    return result


@dataclass
class Seen:
    """Where a player or coach was first named, and what the sentences naming him named besides."""

    person: Entity
    sentence: int
    evidence: str
    paragraph: int
    span: tuple[int, int]
    clubs: set[str] = field(default_factory=set)    # clubs named with him
    clubs_by_sentence: dict[int, set[str]] = field(default_factory=dict)  # the same, sentence by sentence
    with_club_names: set[int] = field(default_factory=set)  # the sentences naming him that name a club by its name
    coaches: set[str] = field(default_factory=set)  # coaches named with him
    sides: set[str] = field(default_factory=set)  # national sides named with him
    other_tie: bool = False  # a sentence naming him told another kind of tie: kin, teammate, the one replaced
    arrived: bool = False  # a sentence naming him told of an arrival from a club ("joined from <Club>")
    departed: bool = False  # a sentence told he left, naming no club he went to ("since X left")
    named: int = 0  # how many times the article names him or refers back to him
    described: bool = False  # a role noun referred back to him ("The left-back has not featured"): a footballer


_QUOTE_MARKS = frozenset('"\u201c\u201d\u00ab\u00bb\u201e')


def _note_people(seen: dict[str, Seen], sent: Sentence, mentions: list[Mention], lex: Lexicon,
                 speakers: set[str]) -> set[str]:
    """Record who the sentence names with whom; return the coaches of its quoted speech, if any."""
    norms_all = [t.norm for t in sent.tokens]
    # an opponent ("the trip to <Club>", "gegen <Club>") is no club of the people named with it
    clubs = {m.entity.iri for m in mentions if m.entity is not None and m.entity.type == "Club"
             and not opponent_before(lex, norms_all, m.start)}
    sides = {m.entity.iri for m in mentions if m.entity is not None and m.entity.type == "NationalTeam"
             and not opponent_before(lex, norms_all, m.start, m.end)}
    coaches = {m.entity.iri for m in mentions if m.entity is not None and m.entity.type == "Coach"}
    coaches |= speakers  # '"We were strong," said <Coach>. "X was outstanding."': the speaker goes on
    named = {k for m in mentions if m.kind in SHOWN_KINDS for k in range(m.start, m.end)}
    norms = [("" if k in named else t.norm) for k, t in enumerate(sent.tokens)]  # "Son <Name>" is no kinship
    arrived = bool(lex.arrival_from.find(norms))
    other_tie = bool(lex.kin_words.find(norms) or lex.replacement_words.find(norms)) \
        or any(role == "teammate" for *_ab, role in lex.roles.find(norms))
    for m in mentions:
        if m.entity is not None and m.entity.iri in seen and m.kind in ("pronoun", "descriptor"):
            seen[m.entity.iri].named += 1  # "El técnico, que cumple su tercera etapa en el banquillo"
            # (in a later sentence: a description right after an unknown name may have mistaken a place for a man)
            seen[m.entity.iri].described |= m.kind == "descriptor" and m.role is not None \
                and sent.index != seen[m.entity.iri].sentence
            seen[m.entity.iri].arrived |= arrived  # "Le gardien italien, arrivé libre de <Club>"
        if m.entity is not None and m.entity.type in ("Player", "Coach") and m.kind in SHOWN_KINDS:
            w = seen.setdefault(m.entity.iri, Seen(m.entity, sent.index, sent.text, sent.paragraph, (m.start, m.end)))
            w.clubs |= clubs
            w.clubs_by_sentence.setdefault(sent.index, set()).update(clubs)
            if any(x.entity is not None and x.entity.type == "Club" and x.kind == "name" for x in mentions):
                w.with_club_names.add(sent.index)
            w.sides |= sides
            w.coaches |= coaches - {m.entity.iri}
            w.other_tie = w.other_tie or other_tie
            w.arrived = w.arrived or arrived
            w.departed = w.departed or _departed(m, norms_all, mentions, lex)
            w.named += 1
    # a sentence that ends by opening a quotation hands its coaches on to the next, where the quotation goes on
    text = sent.text.rstrip()
    opens = len(text) > 1 and text[-1] in _QUOTE_MARKS and text[-2].isspace()  # '... said <Coach>. "' opens one
    return coaches if opens else set()


def _departed(m: Mention, norms: list[str], mentions: list[Mention], lex: Lexicon) -> bool:
    """A departure told of the one named, with no club he left named: "since X left.", "the departure of X",
    "X, who left for <Club>"."""
    k = m.end
    if k + 1 < len(norms) and norms[k] == "," and norms[k + 1] in lex.relative_pronouns:
        # "X, who returned as manager in 1992 after ..., walked out last week": the verb after his relative clause
        k = next((j + 1 for j in range(len(norms) - 1, k + 1, -1) if norms[j] == "," and j + 1 < len(norms)
                  and lex.left_after_name.matches_at(norms, j + 1)), k)
    after = [end for end, _p, _ in lex.left_after_name.matches_at(norms, k)] if k < len(norms) else []
    if after and (after[0] == len(norms) or not is_word(norms[after[0]]) or norms[after[0]] in lex.conjunctions):
        return True
    if not after and k + 2 < len(norms) and norms[k] == "," and norms[k + 1] in lex.relative_pronouns:
        after = [end for end, _p, _ in lex.left_after_name.matches_at(norms, k + 2)]  # "X, who left for <Club>"
    if after and after[0] + 1 < len(norms) and norms[after[0]] in lex.prepositions \
            and norms[after[0]] not in lex.origin_prepositions:
        to = after[0] + 1 + (norms[after[0] + 1] in lex.determiners)
        # "X left for <Club>": he went there from the club the news is about
        if any(t.entity is not None and t.entity.type == "Club" and t.start == to for t in mentions):
            return True
    # "der Abgang von X zu <Club>" left the club the news is about; "the departure of X from <Club>" tells
    # which club he left
    return lex.departure_of.ending_at(norms, m.start, reach=4) is not None and not any(
        t.entity is not None and t.entity.type == "Club" and m.end <= t.start <= m.end + 4
        and norms[t.start - 1] not in lex.destination_prepositions for t in mentions)


_SCORE = re.compile(r"\b\d{1,2}\s*[-\u2013:]\s*\d{1,2}\b")


def _match_report(article: Article, relations: list[Relation]) -> bool:
    """Whether the article reports a match: a score in its headline ("<Club> 3-1 <Club>"), or line-ups."""
    return bool(_SCORE.search(article.title or "")) or any(r.rule == "line-up" for r in relations)


def _unclaimed_side_coach(seen: dict[str, Seen], relations: list[Relation], sides: list[Entity]) -> list[Relation]:
    """In a match report, the one coach the article ties to nothing ('<Coach> said: "..."') leads the one side
    of the two that no one else is said to coach."""
    if len(sides) != 2 or any(s.type != "Club" for s in sides):
        return []
    coached = {r.object.iri for r in relations if r.predicate == "coaches" and isinstance(r.object, Entity)}
    free = [s for s in sides if s.iri not in coached]
    tied = {e.iri for r in relations if r.predicate != "cites" and isinstance(r.object, Entity) for e in (r.subject, r.object)}
    untied = [w for iri, w in seen.items() if w.person.type == "Coach" and iri not in tied
              and (not w.person.discovered or w.person.typed)]
    if len(free) != 1 or len(untied) != 1:
        return []
    w = untied[0]
    return [Relation(w.person, "coaches", free[0], w.sentence, w.evidence, confidence=0.4, rule="coach-of-unclaimed-side",
                     span=w.span, paragraph=w.paragraph)]


def _topic_members(seen: dict[str, Seen], relations: list[Relation], topic_club: Entity | None,
                   retired: set[str]) -> list[Relation]:
    """A player the article ties to no team, or only to one he came from ("X, who joined from <Club>"), is the
    club's whose coach the sentences naming him name ("<Coach> has backed X to rediscover his form"), or, with no
    coach and no other club named with him, the club the article is about ("Beim <Club> fehlt die halbe Abwehr.
    X laboriert an einer Wadenverletzung"). So is a coach it names more than once, when it names no one else as
    that club's coach."""
    # wanted by other clubs, with no club of his named, in news about his club: "<Other> have asked about X"
    suitors = {r.object.iri: set() for r in relations if r.predicate == "targets" and isinstance(r.object, Entity)}
    for r in relations:
        if r.predicate == "targets" and isinstance(r.object, Entity):
            suitors[r.object.iri].add(r.subject.iri)
    tied = {e.iri for r in relations if r.predicate not in ("contractUntil", "formerlyPlayedFor", "coachedAt", "targets")
            and isinstance(r.object, Entity) and r.object.type != "NationalTeam" for e in (r.subject, r.object)}
    tied |= {iri for iri, clubs in suitors.items() if topic_club is None or topic_club.iri in clubs}
    left: dict[str, set[str]] = {}  # the clubs each person has left
    leads: dict[str, list[Entity]] = {}  # the clubs each coach leads
    for r in relations:
        if r.predicate in ("formerlyPlayedFor", "coachedAt") and isinstance(r.object, Entity) and r.object.type == "Club":
            left.setdefault(r.subject.iri, set()).add(r.object.iri)  # (a national side left says nothing of clubs)
        if r.predicate == "coaches" and r.stance == "positive" and isinstance(r.object, Entity) and r.object.type == "Club" \
                and r.object not in leads.setdefault(r.subject.iri, []):
            leads[r.subject.iri].append(r.object)
    given = given_names()
    # a national side's coach leads no club the article is about ("<Initials>-Teamchef X ... <Club>")
    national_coaches: set[str] = set()
    national_sides: dict[str, list[Entity]] = {}  # the national sides each coach is said to lead
    for r in relations:
        if r.predicate == "coaches" and isinstance(r.object, Entity) and r.object.type == "NationalTeam":
            national_coaches.add(r.subject.iri)
            if r.stance == "positive":
                national_sides.setdefault(r.subject.iri, []).append(r.object)
    came_from: dict[int, dict[str, set[str]]] = {}  # sentence -> person -> the clubs it says he came from or left
    for r in relations:
        # (or went to: "tras la salida de Y, que se marchó al <Club>" names a club that is Y's, not his)
        if isinstance(r.object, Entity) and r.object.type == "Club" \
                and (r.predicate in ("formerlyPlayedFor", "coachedAt") or r.rule == "cue:joined"):
            came_from.setdefault(r.sentence, {}).setdefault(r.subject.iri, set()).add(r.object.iri)

    def others_came_from(k: int, iri: str) -> set[str]:
        ties = came_from.get(k, {})
        return {c for who, clubs in ties.items() if who != iri for c in clubs} - ties.get(iri, set())

    out = []
    for iri, w in sorted(seen.items(), key=lambda kv: kv[1].person.type != "Coach"):  # coaches first: players follow them
        if iri in tied and w.departed and topic_club is not None and w.person.type == "Player" and iri not in retired \
                and not any(r.subject.iri == iri and r.object is topic_club for r in relations):
            # "tras la salida de X, que puso rumbo a <Other>": the club the news is about is one he has left
            out.append(Relation(w.person, "formerlyPlayedFor", topic_club, w.sentence, w.evidence, confidence=0.4,
                                rule="player-of-topic-club", span=w.span, paragraph=w.paragraph))
            continue
        if iri in tied or iri in left and not w.arrived or iri in retired or w.other_tie or iri in national_coaches \
                or w.person.discovered and not w.person.typed and not w.described \
                and fold(w.person.label.split()[0].split("-")[0]) not in given:
            continue  # a discovered name that begins with no given name may be a place or a club misread
        # the clubs the coaches named with him lead (not one he has left or that wants him: "a loan target for his
        # former club, whose manager X wants ...")
        led = {c.iri: c for coach in w.coaches for c in leads.get(coach, [])}
        clubs = {c: t for c, t in led.items() if c not in left.get(iri, set()) and c not in suitors.get(iri, set())}
        if led and not clubs and iri in suitors and not w.arrived:
            continue  # "<Coach> wants to be reunited with X": his coach leads a club that wants him, not his
        sides = {t.iri: t for coach in w.coaches for t in national_sides.get(coach, [])}
        side = next(iter(sides.values())) if len(sides) == 1 else None
        if w.person.type == "Player" and not clubs and side is not None and not w.sides - sides.keys() \
                and not any(r.subject is w.person and r.object is side for r in relations):
            # "Bei der EM bildete er unter <Bundestrainer> mit X das Zentrum": the side its coach leads
            out.append(Relation(w.person, "playsFor", side, w.sentence, w.evidence, confidence=0.4,
                                rule="player-of-coach-named", span=w.span, paragraph=w.paragraph))
            continue
        if w.person.type == "Player" and len(clubs) == 1 and iri not in suitors:  # a coach may want him
            club, rule = next(iter(clubs.values())), "player-of-coach-named"
        elif not clubs and topic_club is not None \
                and (w.person.type == "Player" or w.named > 1 and not any(topic_club in teams for teams in leads.values())):
            club, rule = topic_club, f"{w.person.type.lower()}-of-topic-club"
        else:
            continue
        # a club the sentence ties to someone else is not one named with him ("X, who arrived from <Club>, ... with Y")
        named_with = {c for k, clubs in w.clubs_by_sentence.items() for c in clubs - others_came_from(k, iri)}
        if club.iri not in left.get(iri, set()) and not named_with - {club.iri} - left.get(iri, set()) - suitors.get(iri, set()):
            pred = "playsFor" if w.person.type == "Player" else "coaches"
            out.append(Relation(w.person, FORMER_OF[pred] if w.departed else pred, club, w.sentence,
                                w.evidence, confidence=0.4, rule=rule, span=w.span, paragraph=w.paragraph))
            if w.person.type == "Coach" and not w.departed:
                leads.setdefault(iri, []).append(club)
    return out


def _playing_years(relations: list[Relation], played_until: dict[str, int]) -> list[Relation]:
    """A coach who played: a team he joined in his playing years, or where his career began, he played for."""
    out = []
    for r in relations:
        last = played_until.get(r.subject.iri)
        if last is not None and r.predicate in ("coaches", "coachedAt") and r.object.type == "Club" \
                and (r.origin or r.start is not None and int(r.start[:4]) <= last):
            r = replace(r, predicate="formerlyPlayedFor", rule=f"{r.rule} (playing years)")
        out.append(r)
    return out


def _retire(relations: list[Relation], retired: set[str], deceased: set[str] = frozenset()) -> list[Relation]:
    """A player who has retired plays for no one: his teams are former ones; a man who has died holds no post."""
    out = []
    for r in relations:
        if r.stance == "positive" and (r.predicate == "playsFor" and r.subject.iri in retired
                                       or r.predicate in FORMER_OF and r.subject.iri in deceased):
            r = replace(r, predicate=FORMER_OF[r.predicate], rule="retired")
        out.append(r)
    return out


def _lineup_coach(sent: Sentence, mentions: list[Mention], lex) -> Mention | None:
    """The person of a line "<coach role>: <Name>" (the coach line under a line-up), if the line is one."""
    norms = [t.norm for t in sent.tokens]
    hit = lex.roles.matches_at(norms, 0)
    if not hit or hit[0][2] != "coach" or hit[0][0] >= len(norms) or norms[hit[0][0]] != ":":
        return None
    return next((m for m in mentions if m.start == hit[0][0] + 1 and m.entity is not None
                 and m.entity.type in ("Player", "Coach")), None)


def _coach_contracts(relations: list[Relation], lex) -> list[Relation]:
    """"X has signed a new contract with <Club>" was read as a player's tie before the article made X its coach:
    a coach's contract with a club is his post there."""
    out = []
    for r in relations:
        if r.predicate == "playsFor" and r.subject.type == "Coach" and r.rule == "cue:member" \
                and lex.contract_cues.find([p for p in pieces(r.cue) if p.strip()]):
            r = replace(r, predicate="coaches")
        out.append(r)
    return out


_BRACKETS = re.compile(r"\([^)]*\)")
_YOUTH_SIDE = re.compile(r"national under-(\d+) football team$")


def _year_of(value: str | None) -> int | None:
    """The year a claim's start or end gives ("2022", "2022-06"), if any."""
    return int(value[:4]) if value and value[:4].isdigit() else None


def _ended(relations: list[Relation], article_date) -> list[Relation]:
    """A current tie whose period the text ends in a year before the article's is a former one ("prêté deux
    saisons à <Club> (2020-2022)" in 2024)."""
    if article_date is None:
        return relations
    return [replace(r, predicate=FORMER_OF[r.predicate]) if r.predicate in FORMER_OF and r.stance == "positive"
            and (_year_of(r.end) or article_date.year) < article_date.year else r for r in relations]


def _outgrown(relations: list[Relation], born: dict[str, int], article_date) -> list[Relation]:
    """A youth national side is a former one for a player the article says is past its age ("born 2000" and
    "U21" in 2026)."""
    if not born or article_date is None:
        return relations
    out = []
    for r in relations:
        side = _YOUTH_SIDE.search(r.object.label) if r.predicate == "playsFor" and isinstance(r.object, Entity) else None
        if side and r.subject.iri in born and article_date.year - born[r.subject.iri] > int(side.group(1)):
            r = replace(r, predicate="formerlyPlayedFor")
        out.append(r)
    return out


def _settle_coach_teams(relations: list[Relation]) -> list[Relation]:
    """A team named through its coach ("<Coach>'s side") was guessed from the clubs around; once the whole
    article is read, a club it says someone else coaches is not his: the next guess is, or none."""
    coached = {(r.object.iri, r.subject.iri) for r in relations if r.predicate == "coaches" and r.stance == "positive"
               and r.rule != "coach-team-phrase" and isinstance(r.object, Entity)}

    def others(club: Entity, coach: Entity) -> bool:
        return any(c == club.iri and s != coach.iri for c, s in coached)

    clubs_of = {}
    for r in relations:
        if r.predicate == "playsFor" and r.stance == "positive" and isinstance(r.object, Entity) and r.object.type == "Club":
            clubs_of.setdefault(r.subject.iri, set()).add(r.object.iri)
    swapped: dict[int, Relation] = {}  # relations by position, moved to the side their companions fit
    for k, r in enumerate(relations):
        if r.rule == "coach-team-phrase" and r.alternatives:
            # "X pulled one back for <Coach>'s side": the side the article's end puts the player named with him at
            sides = {c for p in r.companions for c in clubs_of.get(p, ())}
            options = [r.object, *r.alternatives]
            fitting = [t for t in options if t.iri in sides]
            if len(fitting) == 1 and fitting[0] is not r.object:
                swapped[k] = replace(r, object=fitting[0], alternatives=[t for t in options if t is not fitting[0]])
    for k, moved in list(swapped.items()):
        # "<Coach>'s side led ..., but <Other>'s men turned it round": the other coach of the sentence, guessed
        # the side the first has moved to, takes the one he left
        for j, r in enumerate(relations):
            if j not in swapped and r.rule == "coach-team-phrase" and (r.sentence == moved.sentence or not r.alternatives) \
                    and r.subject is not moved.subject and r.object is moved.object:
                # (or a later guess left with that side only because the first had taken the other)
                swapped[j] = replace(r, object=relations[k].object, alternatives=[])
    out = []
    for k, r in enumerate(relations):
        r = swapped.get(k, r)
        if r.rule == "coach-team-phrase" and any(s == r.subject.iri and c != r.object.iri for c, s in coached):
            continue  # the article says elsewhere which club he coaches (his line under a line-up): a coach leads one
        if r.rule == "coach-team-phrase" and others(r.object, r.subject):
            nxt = next((t for t in r.alternatives if not others(t, r.subject)), None)
            if nxt is None:
                continue
            r = replace(r, object=nxt)
        out.append(r)
    return out


@dataclass
class Headline:
    """What the headline says the article is about (read by a finder of its own, so that nothing it discovers
    there leaks into the body's reading)."""

    weight: dict[str, int]  # its players, coaches and clubs, each worth two mentions
    names: set[tuple[str, ...]]  # the names it gives new people (credited when the body names them)
    clubs: dict[str, Entity]  # its known clubs: a round-up headed "<Club> news" is about that club
    mentions: list[Mention]  # everything it names
    opposed: set[str] = field(default_factory=set)  # teams it names as opponents ("<Coach> setzt gegen <Country> auf ...")
    coach_news: bool = False  # it speaks of a coach or a coach's post ("Altach holt X als neuen Trainer")
    words: frozenset[str] = frozenset()  # its capitalised words that name nothing known ("<Town> sack manager")


def _headline(article: Article, ref: Reference, lex) -> Headline:
    if not article.title:
        return Headline({}, set(), {}, [])
    title = one_sentence(article.title)
    finder = MentionFinder(ref, lex)
    mentions = [m for m in finder.find(title) if m.entity is not None]
    named = {k for m in mentions for k in range(m.start, m.end)}
    words = frozenset(t.norm for k, t in enumerate(title.tokens) if t.is_title and k not in named and is_word(t.norm)
                      and t.norm not in finder.not_names and t.norm not in finder.shapes["club_markers"])
    found = [m for m in mentions if m.entity.type in ("Player", "Coach", "Club")]
    norms = [t.norm for t in title.tokens]
    # a club the headline names as where someone comes from ("<Club> holt X aus <Other>") is not what it is about
    origin = {m.entity.iri for m in found if m.start > 0 and norms[m.start - 1] in lex.origin_prepositions}
    # so is a later club that describes the man the first one wants ("<Club> agree deal for <Other> striker X")
    clubs = [m for m in found if m.entity.type == "Club"]
    origin |= {m.entity.iri for m in clubs[1:] if m.entity is not clubs[0].entity and m.end < len(norms)
               and lex.roles.matches_at(norms, m.end)}
    return Headline({m.entity.iri: 1 if m.entity.iri in origin else 2 for m in found if m.kind == "name"},
                    {alias_key(m.surface) for m in found if m.kind == "discovered"},
                    {m.entity.iri: m.entity for m in found if m.kind == "name" and m.entity.type == "Club"}, mentions,
                    {m.entity.iri for m in mentions if opponent_before(lex, norms, m.start, m.end)},
                    speaks_of_coach(lex, norms), words)


def _headline_side(headline: Headline, relations: list[Relation]) -> Entity | None:
    """The national side a headline names, by name or through its coach ("<Country>: <Coach> names his squad",
    "<Coach> nominiert zwei Neulinge"), when it names one."""
    sides = {m.entity.iri: m.entity for m in headline.mentions if m.entity.type == "NationalTeam"
             and m.entity.iri not in headline.opposed}
    for m in headline.mentions:
        if m.entity.type == "Coach":
            sides.update({r.object.iri: r.object for r in relations if r.subject.iri == m.entity.iri
                          and r.predicate == "coaches" and isinstance(r.object, Entity) and r.object.type == "NationalTeam"})
    return next(iter(sides.values())) if len(sides) == 1 else None


def _side_members(seen: dict[str, Seen], relations: list[Relation], side: Entity | None,
                  retired: set[str], entry: bool = False) -> list[Relation]:
    """In news about a national side (its headline names it or its coach), a player tied to no national side
    and never named beside another is in its squad ("Erstmals dabei sind X und Y", "Parmi les nouveautés figure
    X, qui joue à <Club>"). In an encyclopedic entry on its coach (``entry``), only a player some sentence names
    with no club by name: the entry tells the coach's club posts too ("entrenó al <Club>, donde contó con X")."""
    if side is None:
        return []
    capped = {r.subject.iri for r in relations if isinstance(r.object, Entity) and r.object.type == "NationalTeam"
              and r.predicate in ("playsFor", "formerlyPlayedFor")}
    return [Relation(w.person, "playsFor", side, w.sentence, w.evidence, confidence=0.4, rule="player-of-national-side",
                     span=w.span, paragraph=w.paragraph)
            for iri, w in seen.items()
            if w.person.type == "Player" and iri not in capped and iri not in retired and not w.other_tie
            and not w.sides - {side.iri} and not (entry and w.with_club_names >= w.clubs_by_sentence.keys())]


def _named_as_titled(entity: Entity, title_key: tuple[str, ...], title: str) -> None:
    """A new name that is the title's with middle names ("<Given> <Middle> <Surname>" under the title "<Given>
    <Surname>"), or with a second surname ("<Given> <Surname> <Second surname>"), goes by the title's: the
    encyclopedia's name for him, the full one an alias."""
    key = alias_key(entity.label)
    surname = title_key[1:]
    # (or the full given name of the title's short one: "Matthew Paul <Surname>" under "Matt <Surname>")
    if entity.discovered and len(key) > len(title_key) >= 2 and (key[0] == title_key[0] and (
            key[-1] == title_key[-1] or key[:len(title_key)] == title_key)
            or key[0][:1] == title_key[0][:1] and key[-len(surname):] == surname):
        entity.aliases.append(entity.label)
        entity.label = re.sub(r"\s*\([^)]*\)\s*$", "", title).strip()


def _named_lately(history: list[list[Mention]], kind: str, sentences: int) -> list[Entity]:
    """The entities of a kind the given number of sentences before the current one named, the latest first."""
    return list(dict.fromkeys(m.entity for sent_mentions in reversed(history[-sentences - 1:-1])
                              for m in sent_mentions if m.entity.type == kind))


def _titled_known(ref: Reference, title_key: tuple[str, ...] | None) -> Entity | None:
    """The one known person an encyclopedic article's title names."""
    known = {e.entity.iri: e.entity for e in ref.aliases.get(title_key, [])
             if e.entity.type in PERSON_TYPES} if title_key else {}
    return next(iter(known.values())) if len(known) == 1 else None


def _title_name(article: Article) -> tuple[str, ...] | None:
    """The alias key of a title that is nothing but a name ("<Given> <Surname>", "<Given> <Surname> (<Role>)"):
    an encyclopedic article about that person."""
    title = re.sub(r"\s*\([^)]*\)\s*$", "", article.title or "").strip()
    words = title.split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return None
    return alias_key(title)


def _stand_in(result: Extraction, stand_ins: dict[str, Entity]) -> None:
    """Put the new man named in full in place of a known one the article only named by the same bare surname."""
    if not stand_ins:
        return
    for r in result.relations:
        r.subject = stand_ins.get(r.subject.iri, r.subject)
        if isinstance(r.object, Entity):
            r.object = stand_ins.get(r.object.iri, r.object)
    for iri in stand_ins:
        result.entities.pop(iri, None)


def _topic(weight: dict[str, int], entities: dict[str, Entity], kinds: tuple[str, ...],
           headlined: Entity | None = None) -> Entity | None:
    """The person (or club) the article is about so far: mentioned most, and clearly more than any other; or the one
    the headline names, when the body names it too (the headline counts twice) and no less than any other."""
    ranked = sorted(((iri, n) for iri, n in weight.items() if iri in entities and entities[iri].type in kinds),
                    key=lambda kv: -kv[1])
    if headlined is not None and ranked and weight.get(headlined.iri, 0) >= max(3, ranked[0][1]):
        return entities.get(headlined.iri, headlined)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return entities[ranked[0][0]]


def _only_sources(norms: list[str], mentions: list[Mention]) -> bool:
    """True for a sentence that is nothing but source names in brackets: "(<Outlet>)", "(<Outlet>, <Outlet>)"."""
    named = {k for m in mentions if m.entity is not None and m.entity.type in SOURCE_TYPES for k in range(m.start, m.end)}
    return bool(named) and all(k in named or not n[:1].isalnum() for k, n in enumerate(norms))


def _lineup_mentions(sent: Sentence, lineup: Lineup, finder: MentionFinder) -> list[Mention]:
    out = []
    for name in lineup.names:
        entity, known = finder.person_named(name.surface)
        out.append(Mention(sent.index, 0, 0, name.surface, "name" if known and not entity.discovered else "discovered",
                           entity, {entity.type}, confidence=0.85))
    return out


def _self_outlets(article: Article, ref: Reference) -> set[str]:
    if not article.outlet:
        return set()
    return {e.entity.iri for e in ref.aliases.get(alias_key(article.outlet), [])}


def _self_marked(m: Mention, norms: list[str], markers: set[str]) -> bool:
    # "our TEAMtalk channel": the article's own outlet, not a cited source.
    return m.start > 0 and norms[m.start - 1] in markers


def _collect_entities(result: Extraction, mentions: list[Mention]) -> None:
    for m in mentions:
        e = m.entity
        if e is None or e.type not in ENTITY_TYPES:
            continue
        result.entities.setdefault(e.iri, e)
        if m.kind in SHOWN_KINDS:
            seen = result.mentions.setdefault(e.iri, [])
            if m.surface not in seen:
                seen.append(m.surface)




# The cue rule that tells a move to a club, per current predicate: the moves a career order sorts.
MOVE_RULES = {"playsFor": "cue:joined", "coaches": "cue:coach"}


_SIDE_GUESSES = frozenset({"scorers-side", "opponent-side", "player-of-topic-club", "player-of-coach-named"})


def _lineups_over_guesses(relations: list[Relation]) -> list[Relation]:
    """A player a line-up lists under one club plays for no other club the prose only guessed at (the side of
    a goal's scorer read from "after a goal by X, <Club> turned it round")."""
    listed = {r.subject.iri: r.object.iri for r in relations if r.rule == "line-up" and isinstance(r.object, Entity)}
    return [r for r in relations if not (r.rule in _SIDE_GUESSES and r.predicate == "playsFor" and isinstance(r.object, Entity)
                                         and listed.get(r.subject.iri, r.object.iri) != r.object.iri)]


def _section_heading(sent: Sentence, paragraph_sizes: Counter) -> bool:
    """Whether the sentence is a section heading: a short paragraph of its own with no closing punctuation."""
    text = sent.text.strip()
    return paragraph_sizes[sent.paragraph] == 1 and 0 < len(text.split()) <= 6 and text[-1].isalnum()


def _national_posts_ended(relations: list[Relation]) -> list[Relation]:
    """"In 2013 he was appointed head coach of <Country> ... he joined <Club> in 2021": a national side's post the
    article dates before a club post it tells later is over."""
    later = [r for r in relations if r.predicate in ("coaches", "coachedAt") and r.stance == "positive"
             and isinstance(r.object, Entity) and r.object.type == "Club" and _year_of(r.start)]
    out = []
    for r in relations:
        # (undated, the latest year its sentence names: "began coaching in 1996 and later led the <Country> under-20s")
        # (no year from a bracket: "is the head coach of <Country>" after "(born 23 July 1987)" is no dated post)
        if r.predicate == "coaches" and r.stance == "positive" and isinstance(r.object, Entity) \
                and r.object.type == "NationalTeam" \
                and (year := _year_of(r.start) or max((int(y) for y in YEAR.findall(re.sub(r"\([^)]*\)", "", r.evidence))),
                                                       default=None)) \
                and any(c.subject is r.subject and c.sentence > r.sentence and _year_of(c.start) > year for c in later):
            r = replace(r, predicate="coachedAt")
        out.append(r)
    return out


def _coaches_in_turn(relations: list[Relation], article_date=None) -> list[Relation]:
    """"Unter X debütierte er 2020 ... Unter Y gewann er 2024 die Meisterschaft": of the coaches a player is said to
    have played under at one team he still plays for, those told before the last held the post before him; the
    last holds it still, unless the sentence telling it is years old."""
    under: dict[str, list[Relation]] = {}
    for r in relations:
        if r.rule == "under-coach" and r.stance == "positive" and isinstance(r.object, Entity):
            under.setdefault(r.object.iri, []).append(r)
    current = {r.object.iri for r in relations if r.predicate == "playsFor" and r.stance == "positive"
               and isinstance(r.object, Entity)}
    now = article_date.year if article_date is not None else None
    turned: dict[int, Relation] = {}
    left = {(r.subject.iri, r.object.iri) for r in relations if r.predicate == "formerlyPlayedFor" and r.stance == "positive"
            and isinstance(r.object, Entity)}
    tied = {(r.subject.iri, r.object.iri) for r in relations if isinstance(r.object, Entity)}
    for r in relations:
        at = [p for p in r.companions if isinstance(r.object, Entity) and (p, r.object.iri) in tied]
        if r.rule == "under-coach" and r.predicate == "coaches" and at and r.object.iri not in current \
                and all((p, r.object.iri) in left for p in at):
            # "À Turin, il a évolué sous X" of a player the article has leave Turin: X's post there is over too
            turned[id(r)] = replace(r, predicate="coachedAt")
    for team, told in under.items():
        coaches = list(dict.fromkeys(r.subject.iri for r in sorted(told, key=lambda r: r.sentence)))
        if len(coaches) < 2 or team not in current:
            continue
        for r in told:
            last = r.subject.iri == coaches[-1]
            years = [int(y) for y in YEAR.findall(r.evidence)]
            recent = now is None or not years or max(years) >= now - LONG_AGO
            turned[id(r)] = replace(r, predicate="coaches" if last and recent else "coachedAt")
    return [turned.get(id(r), r) for r in relations]


def _earlier_spell(former: Relation, current: Relation, article_date) -> bool:
    """Whether a former tie told after a move to the same club is an earlier spell there (dated to end years
    before the article, the move not dated before it): a return, not an end."""
    end, start = _year_of(former.end), _year_of(current.start)
    return article_date is not None and end is not None and end < article_date.year and not (start is not None and start <= end)


def _ended_before(former: Relation, arrival: Relation) -> bool:
    """Whether a former tie told first is dated to end before a dated arrival at the same club: a spell
    before a return ("left <Club> in 2013 ... returned to <Club> in 2015")."""
    end, start = _year_of(former.end), _year_of(arrival.start)
    return end is not None and start is not None and end <= start


def _chronology(relations: list[Relation], article_date=None, openers: frozenset[int] = frozenset()) -> list[Relation]:
    """Career order within one article.

    Of the clubs a person moved to ("joined X", "wechselte zu Y", "took over at Z") only the current one
    stays ``playsFor``/``coaches``: the club a present-tense statement names ("plays for", "<Club> coach X"),
    else the last move told, unless the text goes on to later clubs. A current tie the text later ends
    ("was sacked by", "left") becomes former."""
    moves: dict[tuple[str, str], list[Relation]] = {}
    for r in relations:
        if r.predicate in MOVE_RULES and r.stance == "positive" and isinstance(r.object, Entity) and r.object.type == "Club":
            moves.setdefault((r.subject.iri, r.predicate), []).append(r)
    ended: dict[tuple[str, str, str], Relation] = {}
    formers: dict[tuple[str, str], list[Relation]] = {}
    for r in relations:
        if r.predicate in CURRENT_OF and isinstance(r.object, Entity) and r.stance == "positive" \
                and not r.origin:  # "formé à <club>" tells where a career began, not that it ended there
            key = (r.subject.iri, r.predicate, r.object.iri)
            if key not in ended or ended[key].sentence < r.sentence:
                ended[key] = r
            if r.predicate in ("formerlyPlayedFor", "coachedAt") and not r.background:  # a flashback does not move the story on
                # (a coach's later posts end his earlier one only when dated after it: see below)
                formers.setdefault((r.subject.iri, r.predicate), []).append(r)
    out = []
    for r in relations:
        former = FORMER_OF.get(r.predicate)
        if former is None or not isinstance(r.object, Entity) or r.stance != "positive":
            out.append(r)
            continue
        later = ended.get((r.subject.iri, former, r.object.iri))
        if later is not None and later.sentence > r.sentence and r.rule == "cue:joined" and _earlier_spell(later, r, article_date):
            later = None  # "ya jugó en el <Club> entre 2019 y 2020": a spell before the one the news begins
        if later is not None and (later.sentence > r.sentence and not _flashback_after_news(later, r) or later.sentence < r.sentence and (
                r.background or r.rule == "cue:member" and r.subject.type == "Coach"
                or _dated_arrival_before(r, article_date) and not _ended_before(later, r))):
            # (a coach's contract told after the news that ended it: "He signed a three-year contract at <Ground>")
            # ("llegó a Vigo en 2020" after the news of his sacking: the arrival began the spell the news ended)
            # (a flashback told after it, "war 2018 nach <Town> gekommen", does not reopen a tie the article ended)
            later.start = later.start or r.start  # the spell began when the earlier claim says
            continue  # "appointed in 2008 ... sacked in 2009": the later, former claim stands
        claims = moves.get((r.subject.iri, r.predicate), [])
        # a loan told as news: not one dated years ago ("Après un prêt au <Club> en 2022"), nor one a later move
        # told after it ended ("loaned to <Club> ... joined <Other> in 2020")
        loans = [c for c in claims if c.loan and not (c.start and article_date and int(c.start[:4]) < article_date.year)
                 and not c.background and not any((m.sentence, m.span) > (c.sentence, c.span) and not m.loan
                                                  and m.rule == MOVE_RULES[m.predicate] for m in claims)]
        if r in claims and (r.rule == MOVE_RULES[r.predicate] or r.predicate == "coaches" or loans):
            stated = [c for c in claims if c.rule != MOVE_RULES[r.predicate]]
            # A player's present-tense tie outranks the moves told; a coach's ties are all ordered (a coach
            # leads one club at a time, and "was appointed head coach of X" is told like a move).
            told = [c for c in claims if c.rule == MOVE_RULES[r.predicate]] if r.predicate == "playsFor" else claims
            if r.predicate == "playsFor" and loans:
                # "Sous contrat avec <Club> jusqu'en 2029" after "le prêt de X au <Other>": the loan is where he plays
                current = loans[-1].object.iri
            elif r.predicate == "playsFor" and stated:
                current = stated[-1].object.iri
            elif r.predicate == "coaches" and len({c.object.iri for c in told}) < 2:
                # "appointed manager of A in 2009. He later managed B between 2013 and 2016": a post told after
                # it and dated after it, or told as a later stage ("He later managed B"), ends it
                dated = next((c for c in told if c.start), r)  # the same post's claim that gives its year
                current = None if any(_told_after(f, r) and (_dated_after(f, dated) or f.sequel and not dated.start)
                                      for f in formers.get((r.subject.iri, former), [])) \
                    else r.object.iri
            elif r.predicate == "coaches" and (lead := [c for c in told if c.sentence == 0 and c.rule.startswith("cue:")
                                                        and not (c.start and article_date and int(c.start[:4]) < article_date.year)]):
                current = lead[-1].object.iri  # the post the lead gives him is the news ("X was confirmed as the new manager of <Club>")
            else:
                order = _move_order(told, article_date, openers)
                last = max(told, key=order)
                # a later-told former club ends the last move, unless that move is the article's news (then the
                # clubs told after it are the career before it: "X have signed Y. Y came through at Z ...")
                news = article_date is not None and order(last)[0] >= article_date.year
                current = None if not news and any(_told_after(f, last) and (f.predicate == "formerlyPlayedFor" or _dated_after(f, last))
                                                   for f in formers.get((r.subject.iri, former), [])) \
                    else last.object.iri
            if r.object.iri != current:
                r = replace(r, predicate=former, rule="career-order")
        out.append(r)
    # "il signe en 2021 à <Club>, où il est entraîné par X": a spell the career goes on from was X's there too
    ended_here = {(r.sentence, r.object.iri) for r in out if r.rule == "career-order" and r.predicate == "formerlyPlayedFor"}
    return [replace(r, predicate="coachedAt") if r.rule == "under-coach" and r.predicate == "coaches"
            and (r.sentence, r.object.iri) in ended_here else r for r in out]


def _flashback_after_news(former: Relation, news: Relation) -> bool:
    """A former tie told in a flashback ("hatte das Team bereits interimistisch betreut") after the lead's news of
    the same post ("X übernimmt die Profis"): the spell that led to the news, which it does not end."""
    return former.background and news.predicate == "coaches" and news.rule.startswith("cue:") and news.sentence <= 2


def _dated_after(former: Relation, move: Relation) -> bool:
    """The former tie's years come after the move's year (both stated)."""
    years = [int(y[:4]) for y in (former.start, former.end) if y]
    return bool(move.start) and bool(years) and max(years) > int(move.start[:4])


def _told_after(former: Relation, move: Relation) -> bool:
    """A former club told after a move ends it: in a later sentence, or later in another clause of the same
    one ("moved to X, and later had spells with Y"; not "joined X from Y", where Y is where he came from)."""
    if former.sentence != move.sentence:
        return former.sentence > move.sentence
    return former.clause != move.clause and former.span[0] >= move.span[1]


def _move_order(claims: list[Relation], article_date, openers: frozenset[int] = frozenset()):
    """Sort key of moves, latest last: by year, then in the order told ("had joined" is an earlier move).
    An undated move takes its year from the text around it, as careers are told in order: the year of the
    next dated move told after it (it came before that one), else of the one told before it. In the first
    sentence about the person, which tells the news or the present, an undated move is the article's news,
    when that sentence opens the article or one of its paragraphs (a round-up's items; deep in a biography
    it is one step of the career)."""
    now = article_date.year if article_date else 9999
    told = sorted(claims, key=lambda c: (c.sentence, c.span[0]))
    lead = told[0].sentence
    years: dict[int, int] = {}
    for k, c in enumerate(told):
        if c.start:
            years[id(c)] = int(c.start[:4])
            continue
        after = next((int(d.start[:4]) for d in told[k + 1:] if d.start), None)
        before = next((int(d.start[:4]) for d in reversed(told[:k]) if d.start), None)
        # "En 2019 fue cedido al <Club>": a step of the career ("X (born 1972) is ..." is no date of the move)
        dated = YEAR.search(_BRACKETS.sub("", c.evidence)) is not None
        news = c.sentence == lead and (lead <= 2 or lead in openers) and not dated
        years[id(c)] = now if news else after if after is not None else before if before is not None else now
    return lambda c: (years[id(c)], not c.background, c.sentence, c.span[0], c.span[1])


def _dated_arrival_before(r: Relation, article_date) -> bool:
    """A move into a club told with a year before the article's: the start of a spell, not news of one."""
    return r.rule == "cue:joined" and r.start is not None and article_date is not None \
        and int(r.start[:4]) < article_date.year


def _deduplicate(relations: list[Relation], own_teams: OwnTeams) -> list[Relation]:
    """One claim per (subject, predicate, object, stance): the most confident, sources merged."""
    best: dict[tuple, Relation] = {}
    # a club does not target its own player; a club he has left may want him back ("envisage un retour de X",
    # his loan there told later)
    holds = {(r.object.iri, r.subject.iri) for r in relations if r.predicate in ("playsFor", "coaches")
             and r.stance == "positive" and isinstance(r.object, Entity)}
    for r in relations:
        obj = r.object.iri if isinstance(r.object, Entity) else r.object
        if r.predicate == "targets" and r.subject.iri in own_teams.get(r.object.iri, {}) and (r.subject.iri, obj) in holds:
            continue
        key = (r.subject.iri, r.predicate, obj, r.stance)
        if r.predicate == "formerTeammateOf":
            key = (*sorted((r.subject.iri, obj)), r.predicate, r.stance)
        cur = best.get(key)
        if cur is None:
            best[key] = r
        else:
            merged = list(dict.fromkeys(cur.sources + r.sources))
            if r.confidence > cur.confidence:
                best[key] = r
            best[key].sources = merged
            best[key].amounts = list(dict.fromkeys(cur.amounts + r.amounts))
            best[key].start = best[key].start or cur.start or r.start
            best[key].end = best[key].end or cur.end or r.end
            best[key].confidence = round(min(1.0, max(cur.confidence, r.confidence) + 0.05), 3)
    # "came through the academy at <Club>" of a player who plays for <Club>: where his career began is where he is
    current = {(k[0], k[2]) for k in best if k[1] == "playsFor" and k[3] == "positive"}
    return [r for k, r in best.items() if not (r.origin and k[1] == "formerlyPlayedFor" and (k[0], k[2]) in current)]


def _heading_key(sent: Sentence) -> str:
    """A line's words as a section heading is looked up, without wiki or markdown markup ("== Karriere ==",
    "## Career")."""
    return " ".join(n for t in sent.tokens if (n := t.norm.strip("=#*")))
