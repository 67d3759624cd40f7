"""Reference facts about the football world (data/reference/*.ttl) as entities and an alias index."""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from graph.config import FKG, LEXICON_DIR, REFERENCE_DIR, read_yaml
from graph.text import fold, is_word, pieces

PERSON_TYPES = {"Player", "Coach", "Executive", "Journalist"}
TEAM_TYPES = {"Club", "NationalTeam"}
SOURCE_TYPES = {"MediaOutlet", "Journalist"}
ENTITY_TYPES = PERSON_TYPES | TEAM_TYPES | {"MediaOutlet", "Competition"}
PERSON_CLASSES = {FKG[t] for t in ("Coach", "Executive")}  # the roles a former player may hold now


@dataclass(eq=False)
class Entity:
    """A known or discovered entity: IRI, label, class and naming facts."""

    iri: str
    label: str
    type: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    nationality: str | None = None
    wikidata: str | None = None
    credibility: int | None = None
    demonyms: list[tuple[str, str]] = field(default_factory=list)
    discovered: bool = False
    typed: bool = False            # a discovered entity's class came from a cue, not a default

    @property
    def untyped_name(self) -> bool:
        """A new name no cue has typed yet: a player by default, which a description may still make a coach."""
        return self.discovered and not self.typed and self.type == "Player"


@dataclass
class AliasEntry:
    """One way of naming an entity; ``mode`` is 'fold' (forgiving), 'exact', 'context' (only after a citation
    cue), 'contracted' (a name without its article, only after the article's contraction: "Le X" as "au X") or
    'attributive' (a nickname without its article, only before a role noun: "the <Nickname>s" as "<Nickname>s head coach")."""

    entity: Entity
    surface: str
    mode: str
    lang: str = ""  # a language-tagged alias names the entity only in articles of that language


# Per article: person IRI -> the teams (IRI -> entity) the article has said they are at now.
OwnTeams = dict[str, dict[str, Entity]]


@lru_cache(maxsize=1)
def _names_data() -> dict:
    return read_yaml(LEXICON_DIR / "names.yaml") or {}


@lru_cache(maxsize=1)
def article_contractions() -> dict[str, frozenset[str]]:
    """Article -> the contractions it merges into (data/lexicon/names.yaml), folded."""
    return {fold(a): frozenset(fold(c) for c in cs) for a, cs in (_names_data().get("article_contractions") or {}).items()}


@lru_cache(maxsize=1)
def article_declensions() -> dict[str, tuple[str, ...]]:
    """Article -> its other cases (data/lexicon/names.yaml): "die <Nickname>" is also "der <Nickname>"."""
    return {a: tuple(cs) for a, cs in (_names_data().get("article_declensions") or {}).items()}


@lru_cache(maxsize=1)
def nickname_articles() -> frozenset[str]:
    """Articles a nickname may drop before a role noun (data/lexicon/names.yaml), folded."""
    return frozenset(fold(a) for a in _names_data().get("nickname_articles") or [])


@lru_cache(maxsize=1)
def generic_club_words() -> frozenset[str]:
    """First words of many clubs' names, which alone name none of them (data/lexicon/names.yaml), folded."""
    return frozenset(fold(a) for a in _names_data().get("generic_club_words") or [])


def attributive_names(kind: str, name: str) -> list[str]:
    """The shorter names a club goes by right before a role noun: a nickname without its article ("the
    <Nickname>s" gives "<Nickname>s head coach") and the first word of its name ("<Word> <Town>" gives
    "<Word>-Coach")."""
    if kind != "Club":
        return []
    first, _sep, rest = name.partition(" ")
    out = []
    if rest and fold(first) in nickname_articles() and rest[:1].isupper():
        out.append(rest)
    elif rest and first[:1].isupper() and not first.isupper() and len(first) > 3 and fold(first) not in generic_club_words():
        out.append(first)
    return out


def alias_key(alias: str) -> tuple[str, ...]:
    """The matching key of a name: its folded word pieces, punctuation dropped."""
    return tuple(p for p in pieces(alias) if is_word(p))


class Reference:
    """All reference entities, indexed by alias key and by demonym."""

    def __init__(self, graph: Graph):
        self.graph = graph
        self.entities: dict[str, Entity] = {}
        self.aliases: dict[tuple[str, ...], list[AliasEntry]] = {}
        self.demonyms: dict[str, Entity] = {}       # of national teams: "French", "Franzose"
        self.club_demonyms: dict[str, Entity] = {}  # of clubs: adjectives such as "<city>ais"
        self.region_demonyms: dict[str, frozenset[str]] = {}  # a region's adjective -> the IRIs of its clubs
        self.home_of: dict[str, Entity] = {}  # a home ground's IRI -> its club ("left <Ground>" is left the club)
        self.played_until: dict[str, int] = {}  # a coach or executive who was a player: his last year as one
        self._views: dict[frozenset[str], Reference] = {}
        self._demonym_cache: dict[tuple[int, str], Entity | None] = {}
        self._towns: dict[str, frozenset[str]] | None = None  # a town's name -> the clubs named with it (club_town)
        self.max_alias_len = 1
        self.prefixes: set[tuple[str, ...]] = set()  # every prefix of every alias key, to stop scanning early
        self._load()
        self._add_exonyms()
        for club, ground in self.graph.subject_objects(FKG.homeGround):
            if str(club) in self.entities:
                self.home_of[str(ground)] = self.entities[str(club)]

    def _load(self) -> None:
        g = self.graph
        for s, o in g.subject_objects(RDF.type):
            if not isinstance(s, URIRef):
                continue
            if o == FKG.Player and any(t in PERSON_CLASSES for t in g.objects(s, RDF.type) if t != o):
                # A former player now coaching or running a club: that role is his entity's; the years he
                # played make him a player in articles of those years (see as_of)
                end = g.value(s, FKG.playingCareerEnd)
                if end is not None:
                    self.played_until[str(s)] = int(str(end)[:4])
                continue
            local = str(o).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            # schema.org things (stadiums, countries, awards) are names the text may use that are no entity of
            # ours: read as "Place", so that "<Ground>" or "the <Award>" is neither a person nor a team
            kind = local if str(o).startswith(str(FKG)) else ("Place" if "schema.org" in str(o) else None)
            if kind is None:
                continue
            label = str(g.value(s, RDFS.label) or "")
            ent = Entity(str(s), label, kind)
            ent.country = _str(g.value(s, FKG.country))
            nat = g.value(s, FKG.nationality)
            ent.nationality = str(nat) if nat else None
            wd = g.value(s, FKG.wikidata)
            ent.wikidata = str(wd) if wd else None
            cred = g.value(s, FKG.credibility)
            ent.credibility = int(cred) if cred is not None else None
            ent.demonyms = [(str(d), d.language or "") for d in g.objects(s, FKG.demonym)]
            self.entities[ent.iri] = ent
            guarded = {str(a) for a in [*g.objects(s, FKG.exactAlias), *g.objects(s, FKG.contextAlias)]}
            # An outlet called "Sport" or "Heute" is named so only where its alias allows (an acronym such as
            # "AS" is safe: short all-capital names match only as written).
            if label not in guarded or (label.isupper() and len(label) <= 4):
                self._add_alias(ent, label, "fold")
            declensions = article_declensions()
            for alt in g.objects(s, SKOS.altLabel):
                self._add_alias(ent, str(alt), "fold", lang=getattr(alt, "language", None) or "")
                article, _sep, rest = str(alt).partition(" ")
                for other in declensions.get(article, ()) if rest[:1].isupper() else ():
                    self._add_alias(ent, f"{other} {rest}", "fold", listed=False, lang=getattr(alt, "language", None) or "")
                if kind in ("NationalTeam", "Club") and str(alt).startswith("the "):
                    for article in _PLURAL_ARTICLES:  # "the Super Eagles" are "les Super Eagles" in French, "the Bees" "les Bees"
                        self._add_alias(ent, f"{article} {str(alt)[4:]}", "fold", listed=False)
            for alt in g.objects(s, FKG.exactAlias):
                self._add_alias(ent, str(alt), "exact")
            for alt in g.objects(s, FKG.attributiveAlias):  # "<Initials>-Teamchef X": a name only before a role noun
                self._add_alias(ent, str(alt), "attributive", listed=False)
            for alt in g.objects(s, FKG.contextAlias):
                self._add_alias(ent, str(alt), "context")
            contractions = article_contractions()
            for name in [label, *map(str, g.objects(s, SKOS.altLabel))]:
                article, _sep, rest = name.partition(" ")
                if rest and article.lower() in contractions:
                    self._add_alias(ent, rest, "contracted", listed=False)
                for short in attributive_names(kind, name):
                    self._add_alias(ent, short, "attributive", listed=False)
            for dem in g.objects(s, FKG.regionalDemonym):
                self.region_demonyms[fold(str(dem))] = self.region_demonyms.get(fold(str(dem)), frozenset()) | {ent.iri}
            index = self.demonyms if kind == "NationalTeam" else self.club_demonyms
            for dem, _lang in ent.demonyms:
                index.setdefault(fold(dem), ent)

    def _add_exonyms(self) -> None:
        """Club aliases in every language's name for the club's city: "<Name> <City>" is also "<Name>" followed by
        the city's name in another language."""
        groups: dict[str, list[str]] = {}
        for city in set(self.graph.subjects(FKG.exonym, None)):
            names = [str(n) for n in self.graph.objects(city, FKG.exonym)]
            for n in names:
                groups[fold(n)] = names
        for ent in [e for e in self.entities.values() if e.type == "Club"]:
            for alias in [ent.label, *ent.aliases]:
                words = alias.split()
                if len(words) < 2:
                    continue  # "Roma" is a club, "Rome" a city: only names with more than the city change
                for k, w in enumerate(words):
                    for other in groups.get(fold(w), []):
                        if fold(other) != fold(w):
                            self._add_alias(ent, " ".join([*words[:k], other, *words[k + 1:]]), "fold", listed=False)

    def _add_alias(self, ent: Entity, alias: str, mode: str, listed: bool = True, lang: str = "") -> None:
        key = alias_key(alias)
        if not key:
            return
        if listed and alias not in ent.aliases and alias != ent.label:
            ent.aliases.append(alias)
        entries = self.aliases.setdefault(key, [])
        # One entry per entity and mode; exact and context aliases differ in their very letters ("kicker", "Kicker"; "AS", "As").
        same = [e for e in entries if e.entity is ent and e.mode == mode and (mode not in ("exact", "context") or e.surface == alias)]
        if not same:
            entries.append(AliasEntry(ent, alias, mode, lang))
        elif not lang:
            same[0].lang = ""  # an untagged alias holds in every language
        self.max_alias_len = max(self.max_alias_len, len(key))
        self.prefixes.update(key[:k] for k in range(1, len(key) + 1))

    def as_of(self, day: date | None) -> Reference:
        """The reference as an article of ``day`` sees it: a coach who was still playing then is a player."""
        if day is None:
            return self
        playing = frozenset(iri for iri, year in self.played_until.items() if day.year <= year and iri in self.entities)
        if not playing:
            return self
        if playing not in self._views:
            if len(self._views) > 16:
                self._views.clear()
            self._views[playing] = self._view(playing)
        return self._views[playing]

    def _view(self, playing: frozenset[str]) -> Reference:
        view = copy(self)
        players = {iri: replace(self.entities[iri], type="Player", aliases=list(self.entities[iri].aliases))
                   for iri in playing}
        view.entities = {**self.entities, **players}
        view.aliases = {key: [replace(a, entity=players[a.entity.iri]) if a.entity.iri in players else a for a in entries]
                        for key, entries in self.aliases.items()}
        view._views = {}
        return view

    def demonym(self, word: str) -> Entity | None:
        """The national team whose demonym is ``word``, forgiving German/French/Spanish inflection."""
        return self._lookup(self.demonyms, fold(word))

    def club_demonym(self, word: str) -> Entity | None:
        """The club whose adjective is ``word``, inflection forgiven (feminine and plural forms)."""
        return self._lookup(self.club_demonyms, fold(word))

    def club_region(self, word: str) -> frozenset[str] | None:
        """The IRIs of the clubs of the region whose adjective is ``word`` ("breton", "vasca"), if it is one."""
        return self._lookup(self.region_demonyms, fold(word))

    def club_town(self, word: str) -> frozenset[str] | None:
        """The IRIs of the clubs whose names hold the town ``word`` ("<Club> Bergamo": "el club de Bérgamo")."""
        if self._towns is None:
            towns: dict[str, set[str]] = {}
            for key, entries in self.aliases.items():
                for a in entries:
                    # (a town follows the club's own name: "Juventus Turin", "Benfica Lissabon", "Atlético de Madrid")
                    for w in key[1:] if a.entity.type == "Club" and a.mode == "fold" else ():
                        if len(w) >= 4 and is_word(w):
                            towns.setdefault(w, set()).add(a.entity.iri)
            self._towns = {w: frozenset(iris) for w, iris in towns.items()}
        return self._towns.get(fold(word))

    def _lookup(self, index: dict, w: str) -> Entity | frozenset[str] | None:
        key = (id(index), w)
        if key not in self._demonym_cache:
            stems = [w] + [w[: -len(cut)] for cut in _INFLECTIONS if cut and w.endswith(cut)]
            stems += [w[: -len(fem)] + masc for fem, masc in (("a", "o"), ("as", "os")) if w.endswith(fem)]  # -a for -o
            stems += [w[: -len(fem)] for fem in ("ne", "nes") if w.endswith("n" + fem)]  # "ivoirienne", "bretonnes"
            found = next((index[stem] for stem in stems if stem in index), None)
            if len(self._demonym_cache) < 50_000:
                self._demonym_cache[key] = found
            return found
        return self._demonym_cache[key]

    def by_country(self, country: str) -> list[Entity]:
        """Clubs of a country (ISO code), for descriptions such as 'the Spanish giants'."""
        return [e for e in self.entities.values() if e.type == "Club" and e.country == country]


# The plural articles a national side's English nickname takes in the other languages
_PLURAL_ARTICLES = ("les", "die", "los", "las")

# Endings that inflect a demonym: German -e/-en/-er/-es/-em, French -e/-es/-s, Spanish -a/-as/-os
_INFLECTIONS = ("n", "en", "e", "er", "es", "em", "s", "a", "as", "os")


def _str(value) -> str | None:
    return str(value) if value is not None else None


def reference_files(directory: Path = REFERENCE_DIR) -> list[Path]:
    """The Turtle files that make up the reference data, in a fixed order."""
    return sorted(directory.glob("*.ttl"))


@lru_cache(maxsize=4)
def load_reference(directory: Path = REFERENCE_DIR) -> Reference:
    """Parse data/reference/*.ttl once per process."""
    g = Graph()
    for path in reference_files(directory):
        g.parse(path, format="turtle")
    return Reference(g)
