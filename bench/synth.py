"""Synthetic corpora for throughput and scale, never for quality: a made-up football world (invented names
only), articles written from it with English and German templates, a 1.3M-triple graph of the same shape
as ours, and entity graphs (networkx projections) of any size for path and picture benchmarks.
Everything is generated from a seed, so every run sees the same data."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from graph.config import FKG, FKR, PROV, SCHEMA
from graph.projection import Evidence, Projection

SYLLABLES = ["ka", "lo", "mi", "ra", "den", "vo", "ti", "bel", "sa", "nor", "quin", "bra", "ell", "dor", "fen",
             "gu", "har", "is", "jo", "ker", "lam", "mun", "ost", "pel", "rik", "sol", "tor", "ul", "var", "wen"]
TOWNS_END = ["bridge", "ford", "ham", "burg", "stadt", "wick", "mouth", "dale", "field", "haven"]
CLUB_FORMS = ["{t} Athletic", "FC {t}", "{t} United", "Sporting {t}", "{t} Rovers", "SV {t}", "Real {t}", "{t} City"]
POSITIONS = [("defender", "Verteidiger"), ("midfielder", "Mittelfeldspieler"), ("striker", "Stürmer"),
             ("goalkeeper", "Torhüter"), ("winger", "Flügelspieler")]
OUTLETS = ["Daily Ledger", "Sportblatt", "Gazette Sportive", "Diario Deportivo", "Football Wire"]


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


@dataclass
class World:
    """Invented clubs, players and coaches with their current club, former clubs and rumours."""

    clubs: list[str]
    players: list[str]
    coaches: list[str]
    club_of: dict[str, str] = field(default_factory=dict)
    former: dict[str, list[str]] = field(default_factory=dict)
    coach_of: dict[str, str] = field(default_factory=dict)


def world(players: int = 50_000, clubs: int = 2_000, seed: int = 7) -> World:
    """A synthetic world: each player at one club with up to three former clubs, one coach per club."""
    rng = random.Random(seed)
    club_names: set[str] = set()
    while len(club_names) < clubs:
        town = _name(rng, 2) + rng.choice(TOWNS_END)
        club_names.add(rng.choice(CLUB_FORMS).format(t=town.capitalize()))
    club_list = sorted(club_names)
    people: set[str] = set()
    while len(people) < players + clubs:
        people.add(f"{_name(rng, 2)} {_name(rng, rng.choice((2, 3)))}")
    names = sorted(people)
    rng.shuffle(names)
    w = World(club_list, names[:players], names[players:players + clubs])
    for p in w.players:
        w.club_of[p] = rng.choice(club_list)
        w.former[p] = rng.sample(club_list, rng.randint(0, 3))
    for c, club in zip(w.coaches, club_list, strict=True):
        w.coach_of[c] = club
    return w


EN = [
    "{club} are interested in signing {pos} {player}, according to {outlet}.",
    "The {age}-year-old {pos} joined {club} from {old} in {year}.",
    "{coach}, the coach of {club}, wants to bring {player} to the club this summer.",
    "{player} has a contract with {club} until {until}.",
    "{club} have abandoned plans to sign {player} after talks broke down.",
    "{player} scored twice as {club} beat {old} 3-1 on Saturday.",
    "Sources close to the player say that {player} would welcome a move to {club}.",
    "{player} and {player2} were teammates at {old} for three seasons.",
]
DE = [
    "{club} ist laut {outlet} an {pos_de} {player} interessiert.",
    "Der {age}-Jährige wechselte {year} von {old} zu {club}.",
    "Trainer {coach} will {player} im Sommer zu {club} holen.",
    "{player} hat bei {club} einen Vertrag bis {until}.",
    "{club} hat kein Interesse mehr an {player}, die Gespräche sind gescheitert.",
    "{player} traf zweimal beim 3:1-Sieg von {club} gegen {old}.",
    "Aus dem Umfeld des Spielers heißt es, {player} könne sich einen Wechsel zu {club} vorstellen.",
    "{player} und {player2} spielten drei Jahre gemeinsam bei {old}.",
]


def articles(w: World, n: int, folder: Path, seed: int = 11) -> list[Path]:
    """Write ``n`` synthetic articles (two thirds English, one third German) with front matter."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        lang = "de" if i % 3 == 2 else "en"
        templates = DE if lang == "de" else EN
        player = rng.choice(w.players)
        club = rng.choice(w.clubs)
        coach = next(c for c, cl in w.coach_of.items() if cl == club) if len(w.coaches) < 5000 else rng.choice(w.coaches)
        sentences = []
        for _ in range(rng.randint(9, 15)):
            pos, pos_de = rng.choice(POSITIONS)
            fill = {"club": club if rng.random() < 0.6 else rng.choice(w.clubs), "player": player if rng.random() < 0.6
                    else rng.choice(w.players), "player2": rng.choice(w.players), "old": rng.choice(w.former[player] or w.clubs),
                    "coach": coach, "pos": pos, "pos_de": pos_de, "outlet": rng.choice(OUTLETS), "age": rng.randint(18, 35),
                    "year": rng.randint(2012, 2025), "until": rng.randint(2026, 2030)}
            sentences.append(rng.choice(templates).format(**fill))
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        title = sentences[0][:80].replace('"', "'")
        body = " ".join(sentences[:4]) + "\n\n" + " ".join(sentences[4:])
        path = folder / f"{i:06d}.md"
        path.write_text(f'---\ntitle: "{title}"\ndate: "{day}"\nlang: {lang}\noutlet: "{rng.choice(OUTLETS)}"\n---\n{body}\n',
                        encoding="utf-8")
        paths.append(path)
    return paths


def graph_dump(path: Path, triples: int = 1_300_000, seed: int = 13) -> dict:
    """An N-Quads file of about ``triples`` triples shaped like a built store: reference entities (class,
    label, alias), and one named graph per article with plain edges and their claims (PROV-O, stance,
    confidence, evidence). Returns what it generated."""
    rng = random.Random(seed)
    # About 24 triples per article of 2 claims, and 4 per entity; entities grow with the corpus.
    n_articles = max(10, triples // 40)
    n_players = max(20, triples // 20)
    n_clubs = max(5, n_players // 25)
    ref = f"<{FKR['graph/reference']}>"
    lines: list[str] = []
    t = lambda iri: f"<{iri}>"  # noqa: E731
    rdf_type, label = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://www.w3.org/2000/01/rdf-schema#label>"
    alt = "<http://www.w3.org/2004/02/skos/core#altLabel>"
    players = [str(FKR[f"player-{i}"]) for i in range(n_players)]
    clubs = [str(FKR[f"club-{i}"]) for i in range(n_clubs)]
    for i, p in enumerate(players):
        lines += [f"{t(p)} {rdf_type} {t(FKG.Player)} {ref} .", f'{t(p)} {label} "Player {i}" {ref} .',
                  f'{t(p)} {alt} "P{i}" {ref} .', f'{t(p)} {t(FKG.nationality)} {t(FKR["nation-" + str(i % 50)])} {ref} .']
    for i, c in enumerate(clubs):
        lines += [f"{t(c)} {rdf_type} {t(FKG.Club)} {ref} .", f'{t(c)} {label} "Club {i}" {ref} .']
    rels = [("playsFor", 0.45), ("formerlyPlayedFor", 0.3), ("targets", 0.25)]
    for a in range(n_articles):
        art, g = str(FKR[f"article/{a}"]), f"<{FKR[f'graph/article/{a}']}>"
        day = f"2025-{1 + a % 12:02d}-{1 + a % 28:02d}"
        lines += [f"{t(art)} {rdf_type} {t(FKG.Article)} {g} .",
                  f'{t(art)} {t(SCHEMA.datePublished)} "{day}"^^<http://www.w3.org/2001/XMLSchema#date> {g} .',
                  f'{t(art)} <http://purl.org/dc/terms/title> "Article {a}" {g} .']
        for k in range(2):
            p, c = rng.choice(players), rng.choice(clubs)
            pred = rng.choices([r for r, _w in rels], [w for _r, w in rels])[0]
            s, o = (c, p) if pred == "targets" else (p, c)
            claim = t(FKR[f"claim/{a}-{k}"])
            negative = rng.random() < 0.1
            if not negative:
                lines.append(f"{t(s)} {t(FKG[pred])} {t(o)} {g} .")
            rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
            lines += [f"{claim} {rdf_type} {t(FKG.Claim)} {g} .", f"{claim} <{rdf}subject> {t(s)} {g} .",
                      f"{claim} <{rdf}predicate> {t(FKG[pred])} {g} .", f"{claim} <{rdf}object> {t(o)} {g} .",
                      f"{claim} {t(FKG.stance)} {t(FKG.Negative if negative else FKG.Positive)} {g} .",
                      f'{claim} {t(FKG.confidence)} "0.8"^^<http://www.w3.org/2001/XMLSchema#decimal> {g} .',
                      f'{claim} {t(FKG.evidence)} "Sentence {a}-{k} about Player and Club." {g} .',
                      f"{claim} {t(PROV.wasDerivedFrom)} {t(art)} {g} ."]
        lines.append(f"{t(art)} {t(SCHEMA.mentions)} {t(rng.choice(players))} {g} .")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"triples": len(lines), "players": n_players, "clubs": n_clubs, "articles": n_articles}


def projection(nodes: int, seed: int = 17) -> Projection:
    """An entity graph of ``nodes`` entities shaped like ours: squads of about 25 players per club, former
    clubs, a coach per club, rumours (with strengths) between clubs and players."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    n_clubs = max(2, nodes // 27)
    clubs = [f"urn:club/{i}" for i in range(n_clubs)]
    coaches = [f"urn:coach/{i}" for i in range(n_clubs)]
    players = [f"urn:player/{i}" for i in range(max(1, nodes - 2 * n_clubs))]

    def edge(s: str, o: str, key: str, strength: float | None = None) -> None:
        ev = Evidence("A sentence from an article.", f"urn:article/{rng.randint(0, 10 * nodes)}", "Title",
                      f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", round(rng.uniform(0.5, 0.95), 2))
        g.add_edge(s, o, key=key, predicate=key, evidence=[ev], stated=True, positive=True, latest=ev.date)
        if strength is not None:
            g[s][o][key]["strength"] = strength

    for i, p in enumerate(players):
        edge(p, clubs[i % n_clubs], "playsFor")
        for c in rng.sample(clubs, min(n_clubs, rng.randint(0, 2))):
            edge(p, c, "formerlyPlayedFor")
        if rng.random() < 0.2:
            edge(rng.choice(clubs), p, "targets", strength=round(rng.random(), 2))
    for c, club in zip(coaches, clubs, strict=True):
        edge(c, club, "coaches")
    types = {**{c: "Club" for c in clubs}, **{c: "Coach" for c in coaches}, **{p: "Player" for p in players}}
    labels = {n: n[4:].replace("/", " ").title() for n in types}
    return Projection(g, labels, types)
