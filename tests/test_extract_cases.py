"""One-sentence cases, written for these tests, of the constructions the extractor must read in each
language. Each case lists triples that must be extracted (label, predicate, label-or-date, stance)."""

import pytest

from tests.test_extract import triples

P, N = "positive", "negative"

CASES = [
    # --- coach appointments and sackings
    ("en", "Brighton have appointed Fabian Hürzeler as their new head coach.",
     [("Fabian Hürzeler", "coaches", "Brighton & Hove Albion FC", P)]),
    ("en", "Thomas Frank was appointed Tottenham Hotspur manager in June.",
     [("Thomas Frank", "coaches", "Tottenham Hotspur FC", P)]),
    ("en", "Everton sacked manager Sean Dyche on Thursday.",
     [("Sean Dyche", "coachedAt", "Everton FC", P)]),
    ("en", "Former Chelsea boss Graham Potter will take over as West Ham United manager.",
     [("Graham Potter", "coachedAt", "Chelsea FC", P), ("Graham Potter", "coaches", "West Ham United FC", P)]),
    ("de", "Der VfL Wolfsburg hat sich von Trainer Ralph Hasenhüttl getrennt.",
     [("Ralph Hasenhüttl", "coachedAt", "VfL Wolfsburg", P)]),
    ("de", "Kasper Hjulmand wird neuer Trainer von Bayer 04 Leverkusen.",
     [("Kasper Hjulmand", "coaches", "Bayer 04 Leverkusen", P)]),
    ("fr", "L'OGC Nice a limogé son entraîneur Franck Haise.",
     [("Franck Haise", "coachedAt", "OGC Nice", P)]),
    ("es", "El Sevilla FC ha destituido a su entrenador Matías Almeyda.",
     [("Matías Almeyda", "coachedAt", "Sevilla FC", P)]),
    # --- transfers and rumours, both directions, with stance
    ("en", "Newcastle United want Brentford striker Igor Thiago.",
     [("Newcastle United FC", "targets", "Igor Thiago", P), ("Igor Thiago", "playsFor", "Brentford FC", P)]),
    ("en", "Bruno Guimarães has been linked with a move to Arsenal.",
     [("Arsenal FC", "targets", "Bruno Guimarães", P)]),
    ("en", "Juventus have cooled their interest in Randal Kolo Muani.",
     [("Juventus FC", "targets", "Randal Kolo Muani", N)]),
    ("en", "Manchester United have ruled out a move for Victor Osimhen.",
     [("Manchester United FC", "targets", "Victor Osimhen", N)]),
    ("de", "Borussia Dortmund ist an Nick Woltemade vom VfB Stuttgart interessiert.",
     [("Borussia Dortmund", "targets", "Nick Woltemade", P), ("Nick Woltemade", "playsFor", "VfB Stuttgart", P)]),
    ("de", "Zum FC Bayern München gab es keinen Kontakt, sagte Florian Wirtz.",
     [("FC Bayern München", "targets", "Florian Wirtz", N)]),
    ("fr", "L'Olympique Lyonnais veut recruter Rayan Cherki, selon RMC Sport.",
     [("Olympique Lyonnais", "targets", "Rayan Cherki", P), ("ARTICLE", "cites", "RMC Sport", P)]),
    ("es", "El FC Barcelona quiere fichar a Nico Williams, según Mundo Deportivo.",
     [("FC Barcelona", "targets", "Nico Williams", P)]),
    # --- completed moves, careers
    ("en", "Florian Wirtz joined Liverpool from Bayer Leverkusen in a £116m deal.",
     [("Florian Wirtz", "playsFor", "Liverpool FC", P), ("Florian Wirtz", "formerlyPlayedFor", "Bayer 04 Leverkusen", P)]),
    ("en", "Jadon Sancho began his career at Manchester City before moving to Borussia Dortmund in 2017.",
     [("Jadon Sancho", "formerlyPlayedFor", "Manchester City FC", P)]),
    ("de", "Serhou Guirassy war 2024 vom VfB Stuttgart zu Borussia Dortmund gewechselt.",
     [("Serhou Guirassy", "formerlyPlayedFor", "VfB Stuttgart", P), ("Serhou Guirassy", "playsFor", "Borussia Dortmund", P)]),
    ("fr", "Désiré Doué a rejoint le Paris Saint-Germain en provenance du Stade Rennais.",
     [("Désiré Doué", "playsFor", "Paris Saint-Germain FC", P), ("Désiré Doué", "formerlyPlayedFor", "Stade Rennais FC", P)]),
    ("es", "Dani Olmo fichó por el FC Barcelona procedente del RB Leipzig.",
     [("Dani Olmo", "playsFor", "FC Barcelona", P), ("Dani Olmo", "formerlyPlayedFor", "RB Leipzig", P)]),
    # --- contracts
    ("en", "Bukayo Saka's contract at Arsenal runs until 2027.",
     [("Bukayo Saka", "contractUntil", "2027", P)]),
    ("de", "Der Vertrag von Joshua Kimmich beim FC Bayern läuft bis 2029.",
     [("Joshua Kimmich", "contractUntil", "2029", P)]),
    ("es", "Pedri tiene contrato con el FC Barcelona hasta 2030.",
     [("Pedri", "contractUntil", "2030", P)]),
    # --- sources
    ("en", "Speaking to BBC Sport, Eddie Howe said the club would not sell.",
     [("ARTICLE", "cites", "BBC Sport", P)]),
    ("de", "Laut Gazzetta dello Sport beobachtet Inter Mailand den Stürmer Jonathan David.",
     [("ARTICLE", "cites", "La Gazzetta dello Sport", P), ("FC Internazionale Milano", "targets", "Jonathan David", P)]),
    # --- presidents, teammates
    ("en", "Barcelona president Joan Laporta confirmed the deal.",
     [("Joan Laporta", "presidentOf", "FC Barcelona", P)]),
    ("en", "Declan Rice, a former teammate of Mason Mount at Chelsea, spoke warmly of him.",
     [("Declan Rice", "formerTeammateOf", "Mason Mount", P)]),
    # --- national teams from a demonym next to a national-team noun, biographies, gossip columns
    ("fr", "Julien Moreau est un footballeur international français.",
     [("Julien Moreau", "playsFor", "France national football team", P)]),
    ("de", "Für die österreichische Nationalmannschaft debütierte Lukas Brenner im März 2021.",
     [("Lukas Brenner", "playsFor", "Austria national football team", P)]),
    ("fr", "Formé au FC Nantes, Julien Moreau fait ses débuts professionnels en 2015.",
     [("Julien Moreau", "formerlyPlayedFor", "FC Nantes", P)]),
    ("de", "Der Verteidiger Lukas Brenner spielte lange in Graz. Im Sommer 2019 wechselte er für eine Ablöse von "
           "drei Millionen Euro zum FC Red Bull Salzburg.",
     [("Lukas Brenner", "playsFor", "FC Red Bull Salzburg", P)]),
    ("es", "Villarreal CF: Conde; Femenía, Albiol, Bailly, Pedraza; Baena, Parejo, Comesaña, Pépé; Ayoze Pérez y Barry.",
     [("Barry", "playsFor", "Villarreal CF", P), ("Ayoze Pérez", "playsFor", "Villarreal CF", P)]),
    # --- club adjectives next to a role noun (data/reference/club_demonyms.ttl)
    ("fr", "L'entraîneur lensois Pierre Sage s'est félicité de cette recrue.",
     [("Pierre Sage", "coaches", "RC Lens", P)]),
    ("de", "Der Dortmunder Angreifer Karim Adeyemi traf doppelt.",
     [("Karim Adeyemi", "playsFor", "Borussia Dortmund", P)]),
    ("es", "El técnico bético Manuel Pellegrini elogió a su equipo.",
     [("Manuel Pellegrini", "coaches", "Real Betis", P)]),
    ("fr", "Le Stade Rennais s'intéresse à Castello Lukeba. Le défenseur lyonnais pourrait partir.",
     [("Castello Lukeba", "playsFor", "Olympique Lyonnais", P), ("Stade Rennais FC", "targets", "Castello Lukeba", P)]),
    # --- encyclopedic biographies: a birth aside, a participle before its subject
    ("fr", "Karim Benali, né le 3 février 2000 à Lyon, est un footballeur qui joue au poste d'attaquant au Stade Brestois.",
     [("Karim Benali", "playsFor", "Stade Brestois 29", P)]),
    ("fr", "Karim Benali est attaquant. Passé par le centre de formation du FC Nantes, il est prêté au Clermont Foot.",
     [("Karim Benali", "formerlyPlayedFor", "FC Nantes", P)]),
    # --- a rumour sentence that names no one is about the article's player
    ("de", "Matthias Ginter ist beim SC Freiburg gesetzt. Ginter will in Freiburg bleiben. "
           "Ein Wechsel zum FC Bayern ist kein Thema.",
     [("FC Bayern München", "targets", "Matthias Ginter", N)]),
    ("en", "Newcastle want Sandro Tonali. (Mail)",
     [("ARTICLE", "cites", "Daily Mail", P), ("Newcastle United FC", "targets", "Sandro Tonali", P)]),
    # --- coaches named through the players they led, their predecessors, their teams
    ("fr", "Formé au Stade Rennais, Eduardo Camavinga fait ses débuts en 2019 sous les ordres de Julien Stéphan.",
     [("Julien Stéphan", "coachedAt", "Stade Rennais FC", P)]),
    ("en", "Chelsea head coach Enzo Maresca, who replaced Mauricio Pochettino last summer, praised his players.",
     [("Enzo Maresca", "coaches", "Chelsea FC", P), ("Mauricio Pochettino", "coachedAt", "Chelsea FC", P)]),
    ("de", "Borussia Dortmund hat Niko Kovač als Trainer verpflichtet.",
     [("Niko Kovač", "coaches", "Borussia Dortmund", P)]),
    ("de", "Niko Kovač ist neuer Trainer von Borussia Dortmund. Er tritt die Nachfolge von Nuri Şahin an.",
     [("Nuri Şahin", "coachedAt", "Borussia Dortmund", P)]),
    ("en", "Arsenal beat Chelsea 1-0. Enzo Maresca's side never recovered, said Arsenal boss Mikel Arteta.",
     [("Enzo Maresca", "coaches", "Chelsea FC", P), ("Mikel Arteta", "coaches", "Arsenal FC", P)]),
    ("en", "Gunners boss Mikel Arteta praised Bukayo Saka.",
     [("Mikel Arteta", "coaches", "Arsenal FC", P)]),
    ("de", "Austria-Coach Stephan Helm sprach von einem verdienten Sieg.",
     [("Stephan Helm", "coaches", "FK Austria Wien", P)]),
    ("en", "Oliver Glasner is the manager of Crystal Palace. He was appointed head coach of Eintracht Frankfurt in 2021 "
           "and took over at Crystal Palace in February 2024.",
     [("Oliver Glasner", "coachedAt", "Eintracht Frankfurt", P), ("Oliver Glasner", "coaches", "Crystal Palace FC", P)]),
    ("fr", "Le Stade Rennais a limogé Jorge Sampaoli. Le Stade Rennais est 14e. Le président Arnaud Pouille doit trancher.",
     [("Arnaud Pouille", "presidentOf", "Stade Rennais FC", P)]),
    # --- teams: reserve sides, ordinals, a country before "international"
    ("en", "Mike Tullberg is the head coach of Borussia Dortmund II.",
     [("Mike Tullberg", "coaches", "Borussia Dortmund II", P)]),
    ("de", "Linton Maina wechselte 2022 zum 1. FC Köln.",
     [("Linton Maina", "playsFor", "1. FC Köln", P)]),
    ("en", "Everton have signed Jack Grealish. The 29-year-old England international arrives on a season-long deal.",
     [("Jack Grealish", "playsFor", "England national football team", P)]),
    ("en", "Marcus Rashford, on loan from Manchester United, scored twice.",
     [("Marcus Rashford", "formerlyPlayedFor", "Manchester United FC", P)]),
    ("fr", "Le Brésilien Vitor Roque a rejoint le Real Betis.",
     [("Vitor Roque", "playsFor", "Real Betis", P)]),
    ("es", "El extremo Dodi Lukébakio tiene una cláusula de rescisión de 50 millones de euros y contrato hasta 2028.",
     [("Dodi Lukébakio", "contractUntil", "2028", P)]),

    # --- more rumours, careers and appositions
    ("en", "Fulham have rejected a bid of £30m from Aston Villa for winger Adama Traoré.",
     [("Aston Villa FC", "targets", "Adama Traoré", P)]),
    ("en", "Everton bought Jack Grealish. Grealish is happy. Chelsea have also been credited with an interest.",
     [("Chelsea FC", "targets", "Jack Grealish", P)]),
    ("en", "Harry Kane was released by Arsenal's academy at the age of eight and later joined Tottenham Hotspur.",
     [("Harry Kane", "formerlyPlayedFor", "Arsenal FC", P), ("Harry Kane", "playsFor", "Tottenham Hotspur FC", P)]),
    ("de", "Der SK Rapid Wien hat Peter Stöger als neuen Cheftrainer vorgestellt. Er unterschrieb einen Vertrag "
           "bis Sommer 2027. Stöger hatte zuvor unter anderem den 1. FC Köln und Borussia Dortmund betreut.",
     [("Peter Stöger", "coaches", "SK Rapid Wien", P), ("Peter Stöger", "contractUntil", "2027", P),
      ("Peter Stöger", "coachedAt", "1. FC Köln", P), ("Peter Stöger", "coachedAt", "Borussia Dortmund", P)]),
    ("de", "Trainer Peter Stöger war Spieler. Als Spieler lief er unter anderem für die Austria und den LASK auf.",
     [("Peter Stöger", "formerlyPlayedFor", "FK Austria Wien", P), ("Peter Stöger", "formerlyPlayedFor", "LASK", P)]),
    ("es", "El Valencia CF ha destituido a Rubén Baraja tras perder ante el Real Madrid, que deja al equipo en "
           "descenso. El club le agradeció su trabajo. Carlos Corberán, entrenador del West Bromwich Albion, es el "
           "elegido para sustituir a Baraja.",
     [("Valencia CF", "targets", "Carlos Corberán", P), ("Carlos Corberán", "coaches", "West Bromwich Albion FC", P)]),

    ("es", "Pedri juega en el FC Barcelona. Pedri es titular. Tiene contrato con el club hasta 2030.",
     [("Pedri", "contractUntil", "2030", P)]),
    ("en", "Southampton sacked their manager. Southampton are bottom. Captain Jack Stephens, who joined from "
           "Plymouth Argyle in 2011, apologised.",
     [("Jack Stephens", "playsFor", "Southampton FC", P), ("Jack Stephens", "formerlyPlayedFor", "Plymouth Argyle FC", P)]),
    ("en", "Southampton sacked Russell Martin. Southampton are bottom. Former Wolves boss Julen Lopetegui has been "
           "mentioned as a possible successor.",
     [("Southampton FC", "targets", "Julen Lopetegui", P)]),
    ("en", "Manchester United manager Ruben Amorim wants Sporting defender Tomás Araújo.",
     [("Manchester United FC", "targets", "Tomás Araújo", P)]),
    ("fr", "L'entraîneur parisien Luis Enrique était satisfait. Son homologue lensois Will Still a salué ses joueurs.",
     [("Will Still", "coaches", "RC Lens", P)]),
    ("fr", "En fin de contrat avec le LOSC Lille en juin, l'attaquant Jonathan David est libre de s'engager.",
     [("Jonathan David", "contractUntil", "2025-06", P)]),
    ("fr", "L'Olympique de Marseille s'intéresse de près à Jonathan David.",
     [("Olympique de Marseille", "targets", "Jonathan David", P)]),
    ("de", "Der defensive Mittelfeldspieler Florian Grillitsch wechselte zu Sporting Braga. Der defensive "
           "Mittelfeldspieler steht bei Sporting Braga unter Vertrag.",
     [("Florian Grillitsch", "playsFor", "SC Braga", P)]),
    ("en", "Crystal Palace insist Marc Guéhi is not for sale despite interest from Liverpool.",
     [("Marc Guéhi", "playsFor", "Crystal Palace FC", P), ("Liverpool FC", "targets", "Marc Guéhi", P)]),
    ("en", "Nottingham Forest sold Taiwo Awoniyi earlier this summer.",
     [("Taiwo Awoniyi", "formerlyPlayedFor", "Nottingham Forest FC", P)]),
    ("es", "El Athletic Club venció al Valencia CF. Los goles mantienen a los de Ernesto Valverde en la zona alta.",
     [("Ernesto Valverde", "coaches", "Athletic Club", P)]),
    ("fr", "Franck Haise est un entraîneur français. Il dirige l'OGC Nice depuis juillet 2024. Après avoir entraîné "
           "les jeunes du FC Lorient, il rejoint le RC Lens en 2017.",
     [("Franck Haise", "coaches", "OGC Nice", P), ("Franck Haise", "coachedAt", "RC Lens", P)]),
    ("de", "Nach Angaben der Zeitung gab es “Gespräche” zwischen Jürgen Klopp und dem FC Barcelona.",
     [("FC Barcelona", "targets", "Jürgen Klopp", P)]),
    ("es", "El Real Betis quiere a Brahim Díaz. El mediapunta malagueño, que tiene contrato con el conjunto blanco "
           "hasta 2027, busca minutos. Manuel Pellegrini ya dirigió a Brahim en el Manchester City.",
     [("Brahim Díaz", "playsFor", "Real Madrid CF", P), ("Brahim Díaz", "contractUntil", "2027", P),
      ("Manuel Pellegrini", "coachedAt", "Manchester City FC", P)]),
    ("de", "Der SC Freiburg schlug Borussia Mönchengladbach. Nach dem Abpfiff war Freiburgs Trainer Julian Schuster "
           "erleichtert. Sein Gegenüber Gerardo Seoane haderte mit dem Elfmeter.",
     [("Julian Schuster", "coaches", "SC Freiburg", P), ("Gerardo Seoane", "coaches", "Borussia Mönchengladbach", P)]),
    ("en", "Tottenham Hotspur are in talks with Brentford over a deal for forward Bryan Mbeumo.",
     [("Tottenham Hotspur FC", "targets", "Bryan Mbeumo", P), ("Bryan Mbeumo", "playsFor", "Brentford FC", P)]),
    ("en", "Spurs head coach Thomas Frank, who signed Bryan Mbeumo from Troyes in 2019, is keen on a reunion.",
     [("Bryan Mbeumo", "formerlyPlayedFor", "ESTAC Troyes", P)]),
    ("en", "As a player, Craig Bellamy represented Newcastle United, Liverpool and Manchester City.",
     [("Craig Bellamy", "formerlyPlayedFor", "Newcastle United FC", P), ("Craig Bellamy", "formerlyPlayedFor", "Liverpool FC", P),
      ("Craig Bellamy", "formerlyPlayedFor", "Manchester City FC", P)]),
    ("es", "Imanol Alguacil entrena a la Real Sociedad. Imanol Alguacil es vasco. En 2018 sustituyó a Asier Garitano. "
           "Su contrato con el club expira en junio de 2025.",
     [("Imanol Alguacil", "contractUntil", "2025-06", P), ("Asier Garitano", "coachedAt", "Real Sociedad", P)]),
    # --- session 7: official signings, outlets named by their kind, rival suitors, fronted roles
    ("es", "El Villarreal CF ha hecho oficial este lunes el fichaje del delantero Iván Molina. El jugador, de 23 años, "
           "firma con el club hasta junio de 2029.",
     [("Iván Molina", "playsFor", "Villarreal CF", P), ("Iván Molina", "contractUntil", "2029-06", P)]),
    ("es", "Según informa el diario Estadio Deportivo, el Real Betis había preguntado por el lateral Iván Molina.",
     [("ARTICLE", "cites", "Estadio Deportivo", P), ("Real Betis", "targets", "Iván Molina", P)]),
    ("fr", "Le Stade Rennais a officialisé mardi la nomination de Paul Girard au poste d'entraîneur. Ancien défenseur "
           "du FC Lorient et de l'AS Monaco, Girard a signé un contrat de deux ans, soit jusqu'en juin 2027.",
     [("Paul Girard", "coaches", "Stade Rennais FC", P), ("Paul Girard", "formerlyPlayedFor", "FC Lorient", P),
      ("Paul Girard", "formerlyPlayedFor", "AS Monaco", P), ("Paul Girard", "contractUntil", "2027-06", P)]),
    ("en", "Napoli want to re-sign former striker Marco Ferri from Torino, but face competition from AC Milan.",
     [("SSC Napoli", "targets", "Marco Ferri", P), ("AC Milan", "targets", "Marco Ferri", P),
      ("Marco Ferri", "formerlyPlayedFor", "SSC Napoli", P), ("Marco Ferri", "playsFor", "Torino FC", P)]),
    ("en", "Fulham have rejected a £15m bid from Everton for midfielder Sam Doyle. (Athletic)",
     [("Sam Doyle", "playsFor", "Fulham FC", P),
      ("Everton FC", "targets", "Sam Doyle", P), ("ARTICLE", "cites", "The Athletic", P)]),
    ("en", "Leeds United have appointed Alan Reid as manager on a contract until the summer of 2028.",
     [("Alan Reid", "coaches", "Leeds United AFC", P), ("Alan Reid", "contractUntil", "2028", P)]),
    ("de", "Der Vertrag von Jonas Brandt beim SV Werder Bremen läuft noch zwei Jahre.",
     [("Jonas Brandt", "contractUntil", "2027-06", P)]),
    ("es", "A Iván Molina le quedan tres años de contrato con el Villarreal CF.",
     [("Iván Molina", "contractUntil", "2028-06", P)]),
    ("de", "Den Ausgleich erzielte der frühere Leipziger Jonas Brandt für Werder Bremen.",
     [("Jonas Brandt", "formerlyPlayedFor", "RB Leipzig", P)]),
    ("en", "Stuart Bell (born 1960) is a Welsh former footballer who played as a defender, most notably for Swansea "
           "City. He began his career with Cardiff City and later had spells with Wrexham before retiring in 1995. "
           "He won 30 caps for Wales.",
     [("Stuart Bell", "formerlyPlayedFor", "Swansea City AFC", P), ("Stuart Bell", "formerlyPlayedFor", "Cardiff City FC", P),
      ("Stuart Bell", "formerlyPlayedFor", "Wales national football team", P)]),
    ("es", "El Sevilla de Matías Almeyda visita el domingo al Real Betis.",
     [("Matías Almeyda", "coaches", "Sevilla FC", P)]),
    ("de", "Nach der Pause glich Paderborns Filip Bilbija aus.",
     [("Filip Bilbija", "playsFor", "SC Paderborn 07", P)]),
    ("en", "Everton have signed Lyon midfielder Tom Baker on a season-long loan. Baker came through the academy at "
           "Nantes before joining Lyon in 2021.",
     [("Tom Baker", "playsFor", "Everton FC", P), ("Tom Baker", "formerlyPlayedFor", "Olympique Lyonnais", P),
      ("Tom Baker", "formerlyPlayedFor", "FC Nantes", P)]),
    ("de", "Jonas Weber begann mit dem Fußballspielen beim FC Carl Zeiss Jena. Zur Saison 2018/19 verpflichtete ihn "
           "der 1. FSV Mainz 05.",
     [("Jonas Weber", "formerlyPlayedFor", "FC Carl Zeiss Jena", P), ("Jonas Weber", "playsFor", "1. FSV Mainz 05", P)]),
    ("de", "Die TSG Hoffenheim hat Stürmer Lars Veldt vom FSV Mainz 05 verpflichtet. Ausgebildet wurde der Angreifer "
           "beim FC Schalke 04, für den er 2019 debütierte.",
     [("Lars Veldt", "playsFor", "TSG 1899 Hoffenheim", P), ("Lars Veldt", "formerlyPlayedFor", "1. FSV Mainz 05", P),
      ("Lars Veldt", "formerlyPlayedFor", "FC Schalke 04", P)]),
    ("fr", "Le LOSC a battu le Toulouse FC. Paul Morel avait ouvert le score pour les Toulousains. « Bravo », a réagi "
           "Bruno Genesio. Son homologue toulousain Carles Martínez Novell était déçu.",
     [("Paul Morel", "playsFor", "Toulouse FC", P), ("Carles Martínez Novell", "coaches", "Toulouse FC", P),
      ("Bruno Génésio", "coaches", "Lille OSC", P)]),
    ("en", "As a player, Sean Hollis was a midfielder who spent most of his career with Bristol City, before ending his "
           "playing days at Blackpool. He was appointed Preston North End manager in 2022.",
     [("Sean Hollis", "formerlyPlayedFor", "Bristol City FC", P), ("Sean Hollis", "formerlyPlayedFor", "Blackpool FC", P)]),
    ("es", "---\ntitle: El Getafe piensa en Iraola\n---\nEl Getafe CF trabaja en el relevo de José Bordalás. "
           "El favorito de la dirección deportiva es Andoni Iraola, "
           "actual entrenador del AFC Bournemouth.",
     [("José Bordalás", "coaches", "Getafe CF", P), ("Getafe CF", "targets", "Andoni Iraola", P),
      ("Andoni Iraola", "coaches", "AFC Bournemouth", P)]),
    ("en", "Wolves are set to lose Jørgen Strand Larsen in January, with interest from Newcastle.",
     [("Jørgen Strand Larsen", "playsFor", "Wolverhampton Wanderers FC", P)]),
    ("en", 'Harold "Harry" Whitcombe (1921 – 1994) was an English football manager, best known for his time in charge '
           "of Derby County. He moved into management with Mansfield Town in 1958.",
     [("Harold Whitcombe", "coachedAt", "Derby County FC", P), ("Harold Whitcombe", "coachedAt", "Mansfield Town", P)]),
    ("en", "Bologna paid Aberdeen around £3m for Lewis Ferguson in 2022.",
     [("Lewis Ferguson", "formerlyPlayedFor", "Aberdeen FC", P)]),
    ("es", "El Atlético de Madrid ha puesto sus ojos en Gonçalo Inácio. El central es una de las piezas clave del "
           "Sporting de Portugal. Diego Simeone conoce bien al jugador, pero el Manchester United también lo sigue de cerca.",
     [("Atlético de Madrid", "targets", "Gonçalo Inácio", P), ("Gonçalo Inácio", "playsFor", "Sporting CP", P),
      ("Manchester United FC", "targets", "Gonçalo Inácio", P)]),
    ("fr", "Né à Lyon, Rayan Cherki a grandi à Saint-Priest avant d'intégrer le centre de formation de l'Olympique "
           "Lyonnais. Il fait ses débuts en 2019, sous les ordres de Sylvinho. En juin 2025, il quitte son club formateur "
           "pour rejoindre Manchester City.",
     [("Rayan Cherki", "formerlyPlayedFor", "Olympique Lyonnais", P), ("Rayan Cherki", "playsFor", "Manchester City FC", P),
      ("Sylvinho", "coachedAt", "Olympique Lyonnais", P)]),
    ("en", "Harvey Elliott plays for England U21.",
     [("Harvey Elliott", "playsFor", "England national under-21 football team", P)]),
    ("en", "Fulham have sacked head coach Marco Silva, with former Chelsea boss Graham Potter set to replace him.",
     [("Marco Silva", "coachedAt", "Fulham FC", P), ("Graham Potter", "coaches", "Fulham FC", P),
      ("Graham Potter", "coachedAt", "Chelsea FC", P)]),
    ("fr", "Le FC Nantes a annoncé jeudi le départ de son entraîneur Antoine Kombouaré. L'ancien défenseur du PSG sera "
           "remplacé par Jorge Sampaoli. Sampaoli, passé par le Stade Rennais, était libre depuis 2024.",
     [("Antoine Kombouaré", "coachedAt", "FC Nantes", P), ("Jorge Sampaoli", "coaches", "FC Nantes", P),
      ("Jorge Sampaoli", "coachedAt", "Stade Rennais FC", P)]),
    ("de", "Der Däne Mikkel Damsgaard spielt beim FC Brentford. Laut Bild haben Vertreter der Werkself den "
           "Mittelfeldspieler des FC Brentford beobachtet.",
     [("Bayer 04 Leverkusen", "targets", "Mikkel Damsgaard", P), ("Mikkel Damsgaard", "playsFor", "Brentford FC", P),
      ("ARTICLE", "cites", "Bild", P)]),
    ("en", "A product of the Southampton academy, Jack Fairbairn spent time on loan at Portsmouth.",
     [("Jack Fairbairn", "formerlyPlayedFor", "Southampton FC", P), ("Jack Fairbairn", "formerlyPlayedFor", "Portsmouth FC", P)]),
    ("es", "Cruz Azul hizo oficial la contratación de Nicolás Larcamón como nuevo director técnico, en sustitución de "
           "Vicente Sánchez, quien dejó el cargo. El estratega argentino llega procedente del Club León. Anteriormente "
           "dirigió al Puebla y al Necaxa.",
     [("Nicolás Larcamón", "coaches", "Cruz Azul", P), ("Vicente Sánchez", "coachedAt", "Cruz Azul", P),
      ("Nicolás Larcamón", "coachedAt", "Club León", P), ("Nicolás Larcamón", "coachedAt", "Puebla", P),
      ("Nicolás Larcamón", "coachedAt", "Necaxa", P)]),
    ("en", "Napoli are in advanced talks with Atalanta over a deal for Nigeria forward Ademola Lookman.",
     [("SSC Napoli", "targets", "Ademola Lookman", P), ("Ademola Lookman", "playsFor", "Atalanta BC", P)]),
    ("de", "Von 2016 bis 2019 war Markus Feldhoff Cheftrainer des MSV Duisburg.",
     [("Markus Feldhoff", "coachedAt", "MSV Duisburg", P)]),
    ("es", "Iago Aspas es un futbolista español que juega como delantero en el Real Club Celta de Vigo.",
     [("Iago Aspas", "playsFor", "RC Celta de Vigo", P)]),
    ("en", "Kjetil Rønning played as a centre-back for Rosenborg and Viking before a knee injury ended his career.",
     [("Kjetil Rønning", "formerlyPlayedFor", "Rosenborg BK", P), ("Kjetil Rønning", "formerlyPlayedFor", "Viking", P)]),
    ("fr", "Le Paris Saint-Germain garde un œil sur Malang Sarr. Chelsea a également supervisé le joueur.",
     [("Paris Saint-Germain FC", "targets", "Malang Sarr", P), ("Chelsea FC", "targets", "Malang Sarr", P)]),
    ("de", "Mikkel Damsgaard spielt beim FC Brentford. Zuvor hatte er beim FC Nordsjælland seine Profikarriere begonnen.",
     [("Mikkel Damsgaard", "formerlyPlayedFor", "FC Nordsjælland", P)]),
    ("de", "---\ntitle: Stuttgart holt Moreau\n---\nDer VfB Stuttgart hat Innenverteidiger Lucas Moreau vom FC Toulouse "
           "verpflichtet. Der 23 Jahre alte Franzose erhält einen Vertrag bis 2030. Trainer Sebastian Hoeneß kann den "
           "Neuzugang am Samstag einsetzen.",
     [("Lucas Moreau", "playsFor", "VfB Stuttgart", P), ("Lucas Moreau", "formerlyPlayedFor", "Toulouse FC", P),
      ("Lucas Moreau", "contractUntil", "2030", P), ("Sebastian Hoeneß", "coaches", "VfB Stuttgart", P)]),
    ("es", "---\ntitle: El Getafe prescinde de Bordalás\n---\nEl Getafe CF ha anunciado la destitución de José Bordalás "
           "como entrenador. Bordalás deja el club. El elegido para sustituirle es Javier Aguirre.",
     [("José Bordalás", "coachedAt", "Getafe CF", P), ("Javier Aguirre", "coaches", "Getafe CF", P)]),
    ("en", "Celtic beat Aberdeen 3-1. Kyogo Furuhashi opened the scoring and Nicky Devlin pulled one back for the Dons.",
     [("Nicky Devlin", "playsFor", "Aberdeen FC", P)]),
    ("en", "Burnley have appointed former Fulham and Bournemouth manager Scott Parker as their new head coach.",
     [("Scott Parker", "coaches", "Burnley FC", P), ("Scott Parker", "coachedAt", "Fulham FC", P),
      ("Scott Parker", "coachedAt", "AFC Bournemouth", P)]),
    ("de", "Der SV Werder Bremen hat Stürmer Samuel Mbangula von Juventus Turin ausgeliehen. Die Bremer besitzen eine "
           "Kaufoption.",
     [("Samuel Mbangula", "playsFor", "SV Werder Bremen", P), ("Samuel Mbangula", "formerlyPlayedFor", "Juventus FC", P)]),
    # --- session 8: batch 22 (lists across commas, club nouns, news of a move, towns, favourites)
    ("de", "Als Spieler war Markus Brenner für den KSV Baunatal, den SC Paderborn 07 und den FC Schalke 04 aktiv.",
     [("Markus Brenner", "formerlyPlayedFor", "KSV Baunatal", P), ("Markus Brenner", "formerlyPlayedFor", "SC Paderborn 07", P),
      ("Markus Brenner", "formerlyPlayedFor", "FC Schalke 04", P)]),
    ("de", "Seit Juli 2024 trainiert Holger Brandt den Drittligisten SV Wehen Wiesbaden.",
     [("Holger Brandt", "coaches", "SV Wehen Wiesbaden", P)]),
    ("de", "Der 1. FC Köln hat einen Neuzugang. Wie der Bundesligist mitteilte, wechselt Tim Korte vom SC Paderborn 07 "
           "an den Rhein.",
     [("Tim Korte", "playsFor", "1. FC Köln", P), ("Tim Korte", "formerlyPlayedFor", "SC Paderborn 07", P)]),
    ("de", "Auch der FC Augsburg und Union Berlin hatten sich um den Stürmer Ole Jansen bemüht.",
     [("FC Augsburg", "targets", "Ole Jansen", P), ("1. FC Union Berlin", "targets", "Ole Jansen", P)]),
    ("de", "Der LASK ist aktiv: Die Linzer holen Mittelfeldspieler Jan Berger vom Wolfsberger AC.",
     [("Jan Berger", "playsFor", "LASK", P), ("Jan Berger", "formerlyPlayedFor", "Wolfsberger AC", P)]),
    ("de", "Markus Kauczinski übernahm 2012 den Karlsruher SC, ehe er 2016 Cheftrainer beim FC Ingolstadt 04 wurde.",
     [("Markus Kauczinski", "coachedAt", "Karlsruher SC", P), ("Markus Kauczinski", "coaches", "FC Ingolstadt 04", P)]),
    ("de", "Der Trainer Peter Moser begann seine Trainerlaufbahn im Nachwuchs des FC Augsburg.",
     [("Peter Moser", "coachedAt", "FC Augsburg", P)]),
    ("en", "Blackburn Rovers are interested in Leeds United winger Dan James, according to the Burnley Express.",
     [("ARTICLE", "cites", "Burnley Express", P), ("Blackburn Rovers FC", "targets", "Dan James", P)]),
    ("en", "---\ntitle: Wigan Athletic sack manager\n---\nWigan Athletic have sacked their manager. "
           "Former Blackburn Rovers boss Tony Mowbray is among the early "
           "favourites.",
     [("Wigan Athletic FC", "targets", "Tony Mowbray", P)]),
    ("es", "El futuro de Rodrigo De Paul en el Atlético de Madrid es incierto.",
     [("Rodrigo De Paul", "playsFor", "Atlético de Madrid", P)]),
    ("es", "---\ntitle: Hugo Duro, en la agenda del Sevilla\n---\nEl Valencia CF sigue a Hugo Duro. "
           "El entrenador Carlos Corberán busca un relevo para José Gayà. El Sevilla FC también ha "
           "preguntado por el delantero.",
     [("Sevilla FC", "targets", "Hugo Duro", P)]),
    ("de", "Der SK Sturm Graz hat einen neuen Stürmer. Peter Moser wechselte 2024 vom Wolfsberger AC nach Graz.",
     [("Peter Moser", "playsFor", "SK Sturm Graz", P), ("Peter Moser", "formerlyPlayedFor", "Wolfsberger AC", P)]),
    # --- session 8: batch 23 (gossip sources, selling clubs, youth sides, deal lengths, counterparts, stays)
    ("en", "Leeds United are keeping tabs on Hull City striker Oscar Estupiñán.\n\n(Yorkshire Evening Post)",
     [("Leeds United AFC", "targets", "Oscar Estupiñán", P), ("ARTICLE", "cites", "Yorkshire Evening Post", P)]),
    ("en", "Brentford are prepared to listen to offers for midfielder Vitaly Janelt.",
     [("Vitaly Janelt", "playsFor", "Brentford FC", P)]),
    ("en", "Tom Baker is an England Under-21 international.",
     [("Tom Baker", "playsFor", "England national under-21 football team", P)]),
    ("en", "Hibernian have signed defender Lukas Berg from Hammarby on a four-year deal.",
     [("Lukas Berg", "playsFor", "Hibernian FC", P), ("Lukas Berg", "contractUntil", "2029", P)]),
    ("en", "Luton Town have appointed Matt Bloomfield as their new manager on a three-year contract.",
     [("Matt Bloomfield", "coaches", "Luton Town FC", P), ("Matt Bloomfield", "contractUntil", "2028", P)]),
    ("en", "Joe Willock will not leave Newcastle United this summer.",
     [("Joe Willock", "playsFor", "Newcastle United FC", P)]),
    ("de", "Der SC Freiburg hat den FC Augsburg mit 2:0 geschlagen. \"Wir waren besser\", sagte Freiburg-Trainer Julian "
           "Schuster. Sein Gegenüber Jess Thorup war enttäuscht.",
     [("Julian Schuster", "coaches", "SC Freiburg", P), ("Jess Thorup", "coaches", "FC Augsburg", P)]),
    ("es", "El Real Oviedo ha anunciado la contratación de Luis Carrión como nuevo entrenador del primer equipo.",
     [("Luis Carrión", "coaches", "Real Oviedo", P)]),
    ("es", "Miguel Ángel Tena había entrenado al filial del Villarreal CF.",
     [("Miguel Ángel Tena", "coachedAt", "Villarreal CF", P)]),
    ("fr", "Formé au Havre AC, Mathis Doucouré rejoint le centre de formation du FC Nantes à quinze ans.",
     [("Mathis Doucouré", "formerlyPlayedFor", "Le Havre AC", P)]),
    ("fr", "Annoncé du côté de l'OGC Nice, Moussa Sylla ne quittera pas le FC Lorient cet été.",
     [("OGC Nice", "targets", "Moussa Sylla", P), ("Moussa Sylla", "playsFor", "FC Lorient", P)]),
    # --- session 8: batch 24 (playing careers of coaches, club name shapes, shared subjects, Belgian news)
    ("en", "Steve Evans is a Scottish manager. A striker, Evans spent most of his playing career at Leyton Orient, scoring "
           "40 goals, before finishing at Port Vale in 2001.",
     [("Steve Evans", "formerlyPlayedFor", "Leyton Orient", P), ("Steve Evans", "formerlyPlayedFor", "Port Vale", P)]),
    ("en", "Mark Hughes took his first managerial job at Port Vale in 2011. In 2014 he was appointed manager of "
           "Rotherham United.",
     [("Mark Hughes", "coachedAt", "Port Vale", P)]),
    ("en", "Atalanta have agreed a fee of around €20m with Sampdoria for midfielder Luca Rossi.",
     [("Atalanta BC", "targets", "Luca Rossi", P), ("Luca Rossi", "playsFor", "Sampdoria", P)]),
    ("en", "Galatasaray and Fenerbahçe had also enquired about Luca Rossi.",
     [("Galatasaray SK", "targets", "Luca Rossi", P), ("Fenerbahçe SK", "targets", "Luca Rossi", P)]),
    ("en", "Luca Rossi is expected to join Atalanta this week and sign a five-year contract.",
     [("Atalanta BC", "targets", "Luca Rossi", P)]),
    ("fr", "Le Standard de Liège a trouvé le successeur d'Ivan Leko.",
     [("Ivan Leko", "coachedAt", "Standard Liège", P)]),
    ("fr", "Le KV Mechelen a annoncé la nomination de Marc Dubois au poste d'entraîneur. Le Belge a signé un contrat de "
           "deux ans.",
     [("Marc Dubois", "coaches", "KV Mechelen", P), ("Marc Dubois", "contractUntil", "2027", P)]),
    ("fr", "Marc Dubois dirigeait jusqu'ici le KV Mechelen.",
     [("Marc Dubois", "coachedAt", "KV Mechelen", P)]),
    ("fr", "Ancien défenseur, Marc Dubois avait porté les couleurs du Standard et du RSC Anderlecht.",
     [("Marc Dubois", "formerlyPlayedFor", "Standard Liège", P), ("Marc Dubois", "formerlyPlayedFor", "RSC Anderlecht", P)]),
    ("fr", "Habib Diarra a été formé au FC Metz avant de rejoindre le RC Strasbourg Alsace.",
     [("Habib Diarra", "formerlyPlayedFor", "FC Metz", P), ("Habib Diarra", "playsFor", "RC Strasbourg Alsace", P)]),
    ("de", "Tobias Weber spielte für den FC Augsburg und später für den Hamburger SV.",
     [("Tobias Weber", "formerlyPlayedFor", "FC Augsburg", P), ("Tobias Weber", "formerlyPlayedFor", "Hamburger SV", P)]),
    # --- session 8: batch 25 (youth sides by age, verb-final moves, successors, Austrian leagues, rumour threads)
    ("de", "Jan Krüger (* 3. Mai 1998 in Kassel) ist ein deutscher Fußballspieler. Für die deutsche "
           "U21-Nationalmannschaft bestritt Krüger acht Länderspiele.",
     [("Jan Krüger", "formerlyPlayedFor", "Germany national under-21 football team", P)]),
    ("de", "Jan Krüger wechselte 2016 in das Nachwuchsleistungszentrum der Eintracht Frankfurt, ehe er 2021 fest zu "
           "Hannover 96 wechselte.",
     [("Jan Krüger", "formerlyPlayedFor", "Eintracht Frankfurt", P), ("Jan Krüger", "playsFor", "Hannover 96", P)]),
    ("de", "Der SK Rapid Wien hat sich von Trainer Peter Gruber getrennt. Bis auf Weiteres übernimmt Co-Trainer Max "
           "Huber die Mannschaft.",
     [("Max Huber", "coaches", "SK Rapid Wien", P)]),
    ("de", "---\ntitle: Rapid sucht einen Trainer\n---\nDer SK Rapid Wien hat sich von Trainer Peter Gruber getrennt. "
           "Als Nachfolger werden der frühere Hartberg-Coach Markus Schopp und Ex-Austria-Trainer Manfred Schmid "
           "gehandelt.",
     [("SK Rapid Wien", "targets", "Markus Schopp", P), ("SK Rapid Wien", "targets", "Manfred Schmid", P)]),
    ("en", "Crystal Palace 1-1 Aston Villa. Villa boss Unai Emery was pleased. Oliver Glasner's successor Paddy McCarthy "
           "was frustrated.",
     [("Paddy McCarthy", "coaches", "Crystal Palace FC", P), ("Oliver Glasner", "coachedAt", "Crystal Palace FC", P)]),
    ("en", "Aston Villa have completed the £30m signing of Brazilian winger Lucas Silva from Flamengo.",
     [("Lucas Silva", "playsFor", "Aston Villa FC", P), ("Lucas Silva", "formerlyPlayedFor", "CR Flamengo", P)]),
    ("fr", "Le RC Lens a formulé une offre pour Jonas Meier. Le Stade Brestois s'est également renseigné, tout comme le "
           "FC Nantes.",
     [("Stade Brestois 29", "targets", "Jonas Meier", P), ("FC Nantes", "targets", "Jonas Meier", P)]),
    ("es", "Como jugador, Míchel militó en el Rayo Vallecano y también defendió la camiseta del Real Betis.",
     [("Míchel", "formerlyPlayedFor", "Real Betis", P)]),
    # --- session 8: batch 26 (old biographies, one-word clubs after a move, signers, positions taken, contracts)
    ("en", "Born in Falkirk, Tommy Baird began his career with Stenhousemuir before Jim McLean signed him for Dundee "
           "United in 1971.",
     [("Tommy Baird", "formerlyPlayedFor", "Stenhousemuir", P), ("Jim McLean", "coachedAt", "Dundee United FC", P)]),
    ("en", "In 1975 Tommy Baird moved to Aberdeen, where he won the European Cup under Alex Ferguson in 1983.",
     [("Alex Ferguson", "coachedAt", "Aberdeen FC", P)]),
    ("en", 'William "Billy" Baird (4 June 1948 – 19 January 2015) was a Scottish footballer who played for Rangers.',
     [("William Baird", "formerlyPlayedFor", "Rangers FC", P)]),
    ("fr", "---\ntitle: Yanis Benali signe à Reims\n---\nLe Stade de Reims a officialisé l'arrivée de Yanis Benali. "
           "Le Havre AC s'était également positionné.",
     [("Le Havre AC", "targets", "Yanis Benali", P)]),
    ("de", "Niklas Brandt, der noch bis 2027 an Holstein Kiel gebunden ist, kam im Sommer 2024 von Fortuna Düsseldorf "
           "nach Kiel.",
     [("Niklas Brandt", "contractUntil", "2027", P), ("Niklas Brandt", "formerlyPlayedFor", "Fortuna Düsseldorf", P)]),
    ("es", "Iker Olabarria se formó en la cantera del Valencia CF antes de fichar por el Villarreal CF.",
     [("Iker Olabarria", "formerlyPlayedFor", "Valencia CF", P)]),
    # --- session 8: batch 27 (coaches' contracts, predecessors, tabloid rumours, interim coaches, outlets, scouts)
    ("en", "Thomas Frank has signed a new contract with Brentford, keeping the Dane at the club until the summer of 2029. "
           "Frank, who previously managed Brøndby, joined Brentford as successor to Dean Smith.",
     [("Thomas Frank", "coaches", "Brentford FC", P), ("Thomas Frank", "contractUntil", "2029", P),
      ("Dean Smith", "coachedAt", "Brentford FC", P)]),
    ("de", "Nach BILD-Informationen ist der VfB Stuttgart heiß auf Enzo Marchal (19) vom OGC Nizza.",
     [("VfB Stuttgart", "targets", "Enzo Marchal", P), ("Enzo Marchal", "playsFor", "OGC Nice", P),
      ("ARTICLE", "cites", "Bild", P)]),
    ("es", "El Real Zaragoza ha destituido a su entrenador. El director deportivo del club, Juan Carlos Cordero, anunció "
           "que el segundo entrenador, David Navarro, se hará cargo del equipo.",
     [("David Navarro", "coaches", "Real Zaragoza", P)]),
    ("es", "Según La Voz de Galicia, el entrenador había llegado procedente de la Cultural Leonesa.",
     [("ARTICLE", "cites", "La Voz de Galicia", P)]),
    ("en", "Chelsea have sent scouts to watch Mateus Rocha, who joined Sporting CP's academy after being released by "
           "Benfica.",
     [("Chelsea FC", "targets", "Mateus Rocha", P), ("Mateus Rocha", "formerlyPlayedFor", "SL Benfica", P)]),
    ("fr", "Pascal Moreau a évolué au Toulouse FC, avant de terminer sa carrière au Stade Rennais en 2004. En 2015, il "
           "est nommé à la tête du Toulouse FC.",
     [("Pascal Moreau", "formerlyPlayedFor", "Stade Rennais FC", P), ("Pascal Moreau", "coaches", "Toulouse FC", P)]),
    # --- session 8: batch 28 (coach lines under line-ups, teammates together, pro-drop bios, successors' clubs)
    ("de", "Der Hamburger SV hat Hertha BSC 2:0 besiegt.\n\nHamburg: Heuer Fernandes - Muheim, Ramos, Schonlau - "
           "Meffert, Reis.\n\nTrainer: Merlin Polzin",
     [("Merlin Polzin", "coaches", "Hamburger SV", P)]),
    ("en", "Tom Cleverley and Ben Davies won the title together at Swansea City.",
     [("Ben Davies", "formerTeammateOf", "Tom Cleverley", P), ("Tom Cleverley", "formerlyPlayedFor", "Swansea City AFC", P),
      ("Ben Davies", "formerlyPlayedFor", "Swansea City AFC", P)]),
    ("en", "Millwall will be without striker Mihailo Ivanović, who is suspended.",
     [("Mihailo Ivanović", "playsFor", "Millwall FC", P)]),
    ("en", "Wayne Rooney returned to management with Derby County after an unhappy spell at Hull City.",
     [("Wayne Rooney", "coaches", "Derby County FC", P), ("Wayne Rooney", "coachedAt", "Hull City AFC", P)]),
    ("es", "---\ntitle: Javier Morales Ruiz\n---\nJavier Morales Ruiz (Sevilla, 3 de febrero de 1997) es un futbolista "
           "español. En 2019 fue cedido al CD "
           "Tenerife y un año después fichó por el Real Valladolid, donde jugó a las órdenes de José Rojo. Ha sido "
           "internacional con la selección española sub-21.",
     [("Javier Morales Ruiz", "formerlyPlayedFor", "CD Tenerife", P), ("José Rojo", "coachedAt", "Real Valladolid", P),
      ("Javier Morales Ruiz", "formerlyPlayedFor", "Spain national under-21 football team", P)]),
    ("de", "---\ntitle: Salzburg holt Keller\n---\nDer FC Red Bull Salzburg hat einen Nachfolger für Thomas Letsch "
           "gefunden: Der Deutsche Tobias Keller "
           "übernimmt das Traineramt beim österreichischen Vizemeister. Keller war zuletzt beim FC Basel in der "
           "Schweiz tätig.",
     [("Thomas Letsch", "coachedAt", "FC Red Bull Salzburg", P), ("Tobias Keller", "coaches", "FC Red Bull Salzburg", P),
      ("Tobias Keller", "coachedAt", "FC Basel 1893", P)]),
    # --- session 8: batch 29 (a word of a known club's name, sources named before their verb, separations)
    ("es", "El Real Racing Club goleó al SD Eibar. El técnico del Racing, José Alberto López, celebró la victoria.\n\n"
           "Racing: Ezkieta; Mantilla, Javi Castro, Manu Hernando, Saúl García; Sainz-Maza, Puerta; Vicente, Suleiman, "
           "Martín; Arana.",
     [("Ezkieta", "playsFor", "Real Racing Club", P), ("Arana", "playsFor", "Real Racing Club", P)]),
    ("de", "Der VfL Bochum bemüht sich offenbar um Philipp Hofer vom FC St. Pauli. Wie die \"Krone\" berichtet, liegt "
           "ein Angebot vor.",
     [("VfL Bochum", "targets", "Philipp Hofer", P), ("ARTICLE", "cites", "Kronen Zeitung", P)]),
    ("de", "---\ntitle: Bochum trennt sich von Trainer\n---\nDer VfL Bochum und Cheftrainer Dieter Hecking gehen getrennte "
           "Wege. Als möglicher Nachfolger wird Sandro Wagner gehandelt, der zuletzt beim FC St. Pauli an der Seitenlinie "
           "stand.",
     [("Dieter Hecking", "coachedAt", "VfL Bochum", P), ("Sandro Wagner", "coachedAt", "FC St. Pauli", P),
      ("VfL Bochum", "targets", "Sandro Wagner", P)]),
    ("fr", "Rayan Messaoudi est une révélation. Le milieu offensif du Stade de Reims a été repéré très jeune par l'AS "
           "Monaco. L'Olympique de Marseille a envoyé des recruteurs pour le superviser.",
     [("Rayan Messaoudi", "playsFor", "Stade de Reims", P), ("Rayan Messaoudi", "formerlyPlayedFor", "AS Monaco", P),
      ("Olympique de Marseille", "targets", "Rayan Messaoudi", P)]),
    # --- session 9: batch 30 (suitors before "linked with", age and role, paragraphs, middle names, "also")
    ("en", "Tottenham have been linked with Porto centre-back Diogo Lemos.",
     [("Tottenham Hotspur FC", "targets", "Diogo Lemos", P), ("Diogo Lemos", "playsFor", "FC Porto", P)]),
    ("en", "Newcastle boss Eddie Howe is an admirer of the midfielder. Howe has also been linked with Benfica winger "
           "Tiago Brito Neves, while Everton are said to be monitoring the situation.",
     [("Newcastle United FC", "targets", "Tiago Brito Neves", P), ("Everton FC", "targets", "Tiago Brito Neves", P)]),
    ("en", "Chelsea manager Enzo Maresca says Cole Palmer is not for sale. Barcelona are preparing a bid for the "
           "24-year-old England forward, whose contract runs until 2033.",
     [("Cole Palmer", "playsFor", "England national football team", P), ("Cole Palmer", "contractUntil", "2033", P)]),
    ("en", "Ole Sandvik made his debut alongside his former Molde teammate Erik Haugen.",
     [("Ole Sandvik", "formerTeammateOf", "Erik Haugen", P), ("Erik Haugen", "formerlyPlayedFor", "Molde FK", P)]),
    ("en", "Ole Sandvik plays for Brentford and the Norway national team. He represented Norway at under-21 level.",
     [("Ole Sandvik", "playsFor", "Norway national football team", P)]),
    ("de", "Der SK Rapid Wien hat Stürmer Lukas Berger verpflichtet.\n\nBeim LASK gibt es eine Verlängerung: Der LASK "
           "hat den Vertrag mit Kapitän Martin Huber verlängert. Der Mittelfeldspieler war 2022 von der SV Ried gekommen.",
     [("Martin Huber", "formerlyPlayedFor", "SV Ried", P)]),
    ("de", "Der SK Sturm Graz muss am Samstag auf Innenverteidiger Jakob Wimmer verzichten.",
     [("Jakob Wimmer", "playsFor", "SK Sturm Graz", P)]),
    ("fr", "Le FC Nantes a annoncé la prolongation de leur entraîneur, Luis Castro, lié au club jusqu'en 2027. Arrivé "
           "en 2024 après un passage remarqué au Stade de Reims, le technicien portugais vise l'Europe.",
     [("Luis Castro", "coaches", "FC Nantes", P), ("Luis Castro", "coachedAt", "Stade de Reims", P)]),
    ("es", "El Atlético de Madrid negocia el fichaje de Marcos Llorente Ruiz. Diego Pablo Simeone ya ha hablado con "
           "él. Para hacer hueco, el Atlético estaría dispuesto a desprenderse de Ángel Correa, al que pretende el "
           "Galatasaray.",
     [("Ángel Correa", "playsFor", "Atlético de Madrid", P), ("Galatasaray SK", "targets", "Ángel Correa", P)]),
    ("es", "El Real Betis negocia el fichaje de Pablo Ríos. El Betis quiere cerrar la operación pronto. Nabil Fekir, "
           "que llegó desde el Olympique de Lyon, jugaría con él. El Sevilla también ha preguntado por el delantero.",
     [("Nabil Fekir", "playsFor", "Real Betis", P), ("Sevilla FC", "targets", "Pablo Ríos", P)]),
    ("es", "El Inter de Milán, que tiene al jugador Lautaro Martínez atado hasta 2029, no quiere venderlo.",
     [("Lautaro Martínez", "contractUntil", "2029", P)]),
    # --- session 9: batch 31 (biography sections, successions at a place, sales, colon lists, passives)
    ("de", "Jens Kohl (* 2. Mai 1975) ist ein deutscher Fußballtrainer. Seit 2024 ist er Cheftrainer des "
           "Karlsruher SC.\n\nSpielerkarriere\n\nKohl wechselte 1996 zum VfL Bochum. Seine Laufbahn ließ er beim "
           "SC Paderborn 07 ausklingen.\n\nTrainerkarriere\n\nVon 2015 bis 2019 trainierte er den FC Augsburg. "
           "2020 wurde er Co-Trainer von Bruno Labbadia bei Hertha BSC. Nach einer Station bei Holstein Kiel folgte "
           "er im Sommer 2024 auf Christian Eichner in Karlsruhe.",
     [("Jens Kohl", "formerlyPlayedFor", "VfL Bochum", P), ("Jens Kohl", "formerlyPlayedFor", "SC Paderborn 07", P),
      ("Jens Kohl", "coachedAt", "FC Augsburg", P), ("Jens Kohl", "coachedAt", "Holstein Kiel", P),
      ("Christian Eichner", "coachedAt", "Karlsruher SC", P)]),
    ("en", "Brighton have sold Carlos Baleba to Manchester United. Evan Ferguson's loan at Roma has been made permanent.",
     [("Carlos Baleba", "playsFor", "Manchester United FC", P),
      ("Carlos Baleba", "formerlyPlayedFor", "Brighton & Hove Albion FC", P), ("Evan Ferguson", "playsFor", "AS Roma", P)]),
    ("es", "El Valencia CF destituyó a su entrenador. La dirección deportiva baraja dos nombres para el banquillo: el de "
           "Javier Calleja, que ya entrenó al club, y el de Quique Setién, sin equipo desde su salida del Villarreal.",
     [("Valencia CF", "targets", "Javier Calleja", P), ("Valencia CF", "targets", "Quique Setién", P),
      ("Quique Setién", "coachedAt", "Villarreal CF", P)]),
    ("es", "El Valencia CF perdió. El Valencia está en descenso. Dani Gómez, máximo goleador del equipo, habló.",
     [("Dani Gómez", "playsFor", "Valencia CF", P)]),
    ("fr", "Le capitaine Valentin Rongier est courtisé par l'AS Roma et par Aston Villa.",
     [("AS Roma", "targets", "Valentin Rongier", P), ("Aston Villa FC", "targets", "Valentin Rongier", P)]),
    ("de", "Nach dem Abschied von Jonathan Tah zum FC Bayern München verliert Leverkusen auch seinen Kapitän, wie sein "
           "Berater der \"Sport Bild\" bestätigte. Tim Brenner, dessen Vertrag beim SC Freiburg 2027 ausläuft, ist "
           "ein Kandidat.",
     [("Jonathan Tah", "playsFor", "FC Bayern München", P), ("ARTICLE", "cites", "Sport Bild", P),
      ("Tim Brenner", "contractUntil", "2027", P)]),
    # --- session 9: batch 32 (births after names, titles that name a person, the club before "under", later posts)
    ("fr", "---\ntitle: Karim Benali\n---\nKarim Benali, né le 3 mai 1999 à Lyon, est un footballeur qui évolue au "
           "Stade Brestois. Formé au FC Lorient, il dispute son premier match en 2018. L'entraîneur Éric Roy en fait un "
           "titulaire. Il choisit de représenter l'Algérie en 2021.",
     [("Karim Benali", "playsFor", "Stade Brestois 29", P), ("Karim Benali", "formerlyPlayedFor", "FC Lorient", P),
      ("Karim Benali", "playsFor", "Algeria national football team", P)]),
    ("en", "He was loaned to Bury in 1991 before establishing himself in the Blackburn first team under Kenny Dalglish, "
           "with whom he won the Premier League in 1995.",
     [("Kenny Dalglish", "coachedAt", "Blackburn Rovers FC", P)]),
    ("en", "Dave Hollis was appointed manager of Burnley in 2009. He later managed Wigan Athletic between 2013 and 2016, "
           "and was sacked by Fleetwood in 2019. After three seasons there he moved abroad to join Celtic, where he "
           "played alongside Henrik Larsson.",
     [("Dave Hollis", "coachedAt", "Burnley FC", P), ("Dave Hollis", "coachedAt", "Wigan Athletic FC", P),
      ("Henrik Larsson", "formerlyPlayedFor", "Celtic FC", P)]),
    ("es", "---\ntitle: Álvaro Pérez\n---\nÁlvaro Pérez (Santander, 4 de mayo de 1969) es un entrenador español. "
           "Jugó en el Real Racing Club. Comenzó en los banquillos del filial del Racing. Después dirigió a la SD "
           "Huesca, antes de firmar por el Elche CF en junio de 2025 en sustitución "
           "de Eder Sarabia.",
     [("Álvaro Pérez", "coachedAt", "Real Racing Club", P), ("Álvaro Pérez", "coaches", "Elche CF", P),
      ("Eder Sarabia", "coachedAt", "Elche CF", P)]),
    # --- session 9: batch 33 (results told as one side's, listed former teammates, possessors, retyped names)
    ("de", "Michael Gregoritsch erzielte beim 2:0 von Brøndby IF gegen den FC Kopenhagen beide Treffer. Christoph "
           "Baumgartner bereitete beim 3:1 von RB Leipzig gegen den VfB Stuttgart zwei Tore vor. Konrad Laimer verlor mit "
           "dem FC Bayern München bei Union Berlin.",
     [("Michael Gregoritsch", "playsFor", "Brøndby IF", P), ("Christoph Baumgartner", "playsFor", "RB Leipzig", P),
      ("Konrad Laimer", "playsFor", "FC Bayern München", P)]),
    ("en", "Cole Palmer scored twice in Chelsea's 3-1 win over Tottenham.",
     [("Cole Palmer", "playsFor", "Chelsea FC", P)]),
    ("es", "Lionel Messi renovó con el Inter Miami. En Miami, Messi comparte vestuario con sus excompañeros del Barça "
           "Luis Suárez y Jordi Alba, bajo las órdenes de su compatriota Javier Mascherano.",
     [("Lionel Messi", "formerTeammateOf", "Luis Suárez", P), ("Jordi Alba", "formerlyPlayedFor", "FC Barcelona", P),
      ("Javier Mascherano", "coaches", "Inter Miami CF", P)]),
    ("fr", "Il y a un an, Didier Ravel quittait le FC Metz. Aujourd'hui, l'entraîneur de 52 ans mène le FC Lorient. "
           "Arrivé à l'été 2024 pour succéder à Régis Le Bris, parti à Sunderland, Ravel a su s'imposer. Son capitaine, "
           "Laurent Abergel, ancien de Nice, apprécie.",
     [("Didier Ravel", "coachedAt", "FC Metz", P), ("Didier Ravel", "coaches", "FC Lorient", P),
      ("Régis Le Bris", "coachedAt", "FC Lorient", P), ("Laurent Abergel", "formerlyPlayedFor", "OGC Nice", P)]),
    ("en", "Wolves have signed Norwegian striker Jørgen Strand Larsen's former Celta Vigo colleague Borja Iglesias. "
           "Everton are in talks with Napoli over a loan move for Giovanni Simeone. Fulham have agreed a deal to sign "
           "Ajax defender Josip Šutalo.",
     [("Borja Iglesias", "playsFor", "Wolverhampton Wanderers FC", P),
      ("Jørgen Strand Larsen", "formerTeammateOf", "Borja Iglesias", P), ("Everton FC", "targets", "Giovanni Simeone", P),
      ("Giovanni Simeone", "playsFor", "SSC Napoli", P), ("Fulham FC", "targets", "Josip Šutalo", P)]),
    ("en", "Luka Novak (born 17 May 2000) is a Slovenian footballer who plays for Celje.\n\nInternational career\n\n"
           "Novak made his debut for Slovenia in 2022, against the Faroe Islands.",
     [("Luka Novak", "playsFor", "Slovenia national football team", P)]),
    # --- session 9: batch 34 (grounds for clubs, returns, successions with no club named, youth sides before a country)
    ("en", "Patrick Bamford has left Elland Road by mutual consent. The striker joined from Chelsea in 2018.",
     [("Patrick Bamford", "formerlyPlayedFor", "Leeds United AFC", P), ("Patrick Bamford", "formerlyPlayedFor", "Chelsea FC", P)]),
    ("en", "Ilia Gruev has completed his return to Leeds from Werder Bremen, signing a contract that runs until 2030.",
     [("Ilia Gruev", "playsFor", "Leeds United AFC", P), ("Ilia Gruev", "formerlyPlayedFor", "SV Werder Bremen", P),
      ("Ilia Gruev", "contractUntil", "2030", P)]),
    ("en", "---\ntitle: Kjell Berg\n---\nKjell Berg (born 2 February 1972) is a Swedish football manager. In 2017 he moved "
           "to Denmark to take charge of Vejle, and three years later he was hired by Malmö FF. He was dismissed in "
           "October 2023 and replaced by Henrik Rydström.",
     [("Kjell Berg", "coachedAt", "Vejle", P), ("Kjell Berg", "coachedAt", "Malmö FF", P),
      ("Henrik Rydström", "coaches", "Malmö FF", P)]),
    ("es", "El Villarreal CF ha fichado a Matías Olivera. Olivera, internacional sub-23 con Uruguay, era seguido también "
           "por el Sevilla FC y el Olympique de Marsella.",
     [("Matías Olivera", "playsFor", "Uruguay national under-23 football team", P),
      ("Sevilla FC", "targets", "Matías Olivera", P), ("Olympique de Marseille", "targets", "Matías Olivera", P)]),
    ("de", "Verzichten muss Rangnick auf Christoph Baumgartner, der sich im Training beim RB Leipzig verletzt hat.",
     [("Christoph Baumgartner", "playsFor", "RB Leipzig", P)]),
    # --- session 9: batch 35 (renewals, offers, current teammates, academies, a team after "des")
    ("es", "El Athletic Club ha anunciado la renovación de Nico Williams hasta junio de 2035.",
     [("Nico Williams", "playsFor", "Athletic Club", P), ("Nico Williams", "contractUntil", "2035-06", P)]),
    ("de", "Jamal Musiala hat seinen Vertrag beim FC Bayern München bis 2030 verlängert. Leroy Sané soll ein Angebot von "
           "Galatasaray vorliegen haben.",
     [("Jamal Musiala", "playsFor", "FC Bayern München", P), ("Jamal Musiala", "contractUntil", "2030", P),
      ("Galatasaray SK", "targets", "Leroy Sané", P)]),
    ("fr", "Kylian Mbappé, capitaine des Bleus, sera présent, tout comme son coéquipier au Real Madrid Aurélien "
           "Tchouaméni. Eduardo Camavinga, blessé avec le Real Madrid, est absent.",
     [("Kylian Mbappé", "playsFor", "France national football team", P), ("Aurélien Tchouaméni", "playsFor", "Real Madrid CF", P),
      ("Eduardo Camavinga", "playsFor", "Real Madrid CF", P)]),
    ("de", "Lukas Weißhaupt begann seine Karriere beim SV Ried, ehe er 2014 in die Akademie des FC Red Bull Salzburg wechselte. "
           "Für das Farmteam FC Liefering kam er in der 2. Liga zum Einsatz.",
     [("Lukas Weißhaupt", "formerlyPlayedFor", "FC Red Bull Salzburg", P)]),
    # --- session 9: batch 36 (a stated coach's role over a former player's, elided articles before a new club)
    ("de", "Auch der frühere Austria-Spieler Alexander Grünwald, derzeit Co-Trainer bei Rapid, wird genannt.",
     [("Alexander Grünwald", "formerlyPlayedFor", "FK Austria Wien", P), ("Alexander Grünwald", "coaches", "SK Rapid Wien", P)]),
    ("fr", "Le Stade rennais a annoncé la signature de l'attaquant Viktor Lindqvist, en provenance de l'IFK Norrköping.",
     [("Viktor Lindqvist", "playsFor", "Stade Rennais FC", P), ("Viktor Lindqvist", "formerlyPlayedFor", "IFK Norrköping", P)]),
    # --- session 10: scorers, players named in passing, coaches' signings, dual careers
    ("en", "Aston Villa reached the quarter-finals as goals from Ollie Watkins and Morgan Rogers ended Fulham's run.",
     [("Ollie Watkins", "playsFor", "Aston Villa FC", P), ("Morgan Rogers", "playsFor", "Aston Villa FC", P)]),
    ("en", "Goals from Jarrod Bowen and Lucas Paquetá gave West Ham a 2-1 win over Everton.",
     [("Jarrod Bowen", "playsFor", "West Ham United FC", P), ("Lucas Paquetá", "playsFor", "West Ham United FC", P)]),
    ("es", "Los goles de Iñaki Williams y Oihan Sancet dieron la victoria al Athletic Club ante el Getafe.",
     [("Iñaki Williams", "playsFor", "Athletic Club", P), ("Oihan Sancet", "playsFor", "Athletic Club", P)]),
    ("de", "Vor 20.000 Zuschauern brachte Marco Grüll den LASK nach einer Viertelstunde in Führung.",
     [("Marco Grüll", "playsFor", "LASK", P)]),
    ("en", "Crystal Palace stunned Arsenal on Saturday. Eberechi Eze put Crystal Palace ahead after ten minutes.",
     [("Eberechi Eze", "playsFor", "Crystal Palace FC", P)]),
    ("en", "Nottingham Forest beat Leeds 3-1. Nottingham Forest manager Nuno Espírito Santo was pleased. "
           "Morgan Gibbs-White, who joined from Wolves in 2022, "
           "was outstanding. Elliot Anderson, a £35m signing from Newcastle, also impressed.",
     [("Morgan Gibbs-White", "formerlyPlayedFor", "Wolverhampton Wanderers FC", P),
      ("Morgan Gibbs-White", "playsFor", "Nottingham Forest FC", P),
      ("Elliot Anderson", "formerlyPlayedFor", "Newcastle United FC", P), ("Elliot Anderson", "playsFor", "Nottingham Forest FC", P)]),
    ("en", "Leeds United boss Daniel Farke was happy with the week. Farke has backed Joe Rodon to keep his place.",
     [("Joe Rodon", "playsFor", "Leeds United AFC", P)]),
    ("de", "Beim VfB Stuttgart fehlt die halbe Abwehr. Dan-Axel Zagadou fällt mit einer Knieverletzung aus, "
           "Jeff Chabot ist gesperrt. Der VfB muss improvisieren.",
     [("Dan-Axel Zagadou", "playsFor", "VfB Stuttgart", P), ("Jeff Chabot", "playsFor", "VfB Stuttgart", P)]),
    ("en", "Everton have completed the signing of Tim Iroegbunam. The midfielder becomes David Moyes's second summer signing "
           "after Carlos Alcaraz and Adam Aznou.",
     [("Carlos Alcaraz", "playsFor", "Everton FC", P), ("Adam Aznou", "playsFor", "Everton FC", P)]),
    ("en", "Brentford are reluctant to sell after already losing captain Christian Nørgaard to Arsenal this summer.",
     [("Christian Nørgaard", "playsFor", "Arsenal FC", P)]),
    ("en", "Burnley, who are chasing a top-half finish under Scott Parker, lost at Brighton.",
     [("Scott Parker", "coaches", "Burnley FC", P)]),
    ("en", "Brentford were left looking for a new head coach after Thomas Frank's move to Tottenham.",
     [("Thomas Frank", "coaches", "Tottenham Hotspur FC", P)]),
    ("en", "Freddie Ljungberg won two league titles with Arsenal. He retired in 2014 at Mumbai City after a spell in Japan.",
     [("Freddie Ljungberg", "formerlyPlayedFor", "Mumbai City", P)]),
    ("de", "Zur Saison 2011/12 wechselte Mario Götze für rund 37 Millionen Euro zum FC Bayern München.",
     [("Mario Götze", "playsFor", "FC Bayern München", P)]),
    ("de", "Thomas Müller absolvierte 131 Länderspiele für die deutsche Nationalmannschaft.",
     [("Thomas Müller", "playsFor", "Germany national football team", P)]),
    ("fr", "Le milieu Youssouf Fofana a signé un contrat de quatre ans avec le club italien de l'AC Milan.",
     [("Youssouf Fofana", "playsFor", "AC Milan", P), ("Youssouf Fofana", "contractUntil", "2029", P)]),
    ("es", "Alexander Sørloth, de 29 años, juega desde 2024 en el Atlético de Madrid, tras una temporada en el Villarreal CF.",
     [("Alexander Sørloth", "playsFor", "Atlético de Madrid", P), ("Alexander Sørloth", "formerlyPlayedFor", "Villarreal CF", P)]),
    ("es", "Entre los nombres que maneja el Real Betis figura el de Ander Guevara, que milita ahora en el Deportivo Alavés.",
     [("Real Betis", "targets", "Ander Guevara", P), ("Ander Guevara", "playsFor", "Deportivo Alavés", P)]),
    ("en", "In May 2018, Unai Emery succeeded Arsène Wenger at Arsenal.",
     [("Unai Emery", "coaches", "Arsenal FC", P), ("Arsène Wenger", "coachedAt", "Arsenal FC", P)]),
    ("en", "Jadon Sancho has joined Aston Villa on loan from Manchester United.",
     [("Jadon Sancho", "playsFor", "Aston Villa FC", P), ("Jadon Sancho", "formerlyPlayedFor", "Manchester United FC", P)]),
    ("en", "Sunderland have completed the signing of Granit Xhaka from Bayer Leverkusen for £13m.",
     [("Granit Xhaka", "playsFor", "Sunderland AFC", P), ("Granit Xhaka", "formerlyPlayedFor", "Bayer 04 Leverkusen", P)]),
    ("fr", "Habib Beye a succédé à Jorge Sampaoli sur le banc du Stade rennais.",
     [("Habib Beye", "coaches", "Stade Rennais FC", P), ("Jorge Sampaoli", "coachedAt", "Stade Rennais FC", P)]),
    ("fr", "Pour compenser, le FC Nantes a fait venir Johann Lepenant, libéré par l'Olympique lyonnais.",
     [("Johann Lepenant", "playsFor", "FC Nantes", P), ("Johann Lepenant", "formerlyPlayedFor", "Olympique Lyonnais", P)]),
    ("en", "Steve Bruce has been appointed manager of Birmingham City after agreeing to leave Crystal Palace.",
     [("Steve Bruce", "coaches", "Birmingham City FC", P), ("Steve Bruce", "coachedAt", "Crystal Palace FC", P)]),
    ("en", "Blackburn are looking for a new boss, with Bolton assistant Sammy Lee among the early favourites.",
     [("Sammy Lee", "coaches", "Bolton Wanderers FC", P)]),
    ("es", "Luis de la Fuente dirige a la selección española desde 2022. En ataque, De la Fuente cuenta con Mikel Oyarzabal.",
     [("Luis de la Fuente", "coaches", "Spain national football team", P),
      ("Mikel Oyarzabal", "playsFor", "Spain national football team", P)]),
    ("en", "Hibernian beat Hearts 2-0. Hibernian manager Tony Mowbray was delighted. \"We were excellent,\" said Mowbray. "
           "\"Derek Riordan and Garry O'Connor were outstanding.\"",
     [("Derek Riordan", "playsFor", "Hibernian FC", P), ("Garry O'Connor", "playsFor", "Hibernian FC", P)]),
    ("en", "Everton have sacked Sean Dyche. Everton are 17th in the table. Fulham boss Marco Silva and Burnley's "
           "Scott Parker are among the contenders to replace him.",
     [("Everton FC", "targets", "Scott Parker", P), ("Sean Dyche", "coachedAt", "Everton FC", P)]),
    ("fr", "Le Stade rennais a limogé son entraîneur. Le Stade rennais est quinzième. L'intérim sera assuré par "
           "l'ancien défenseur Habib Beye.",
     [("Habib Beye", "coaches", "Stade Rennais FC", P)]),
    ("de", "Teamchef Ralf Rangnick hat für die Spiele gegen Rumänien und Zypern zwei Neulinge in den Kader des "
           "österreichischen Nationalteams berufen. Verzichten muss Rangnick auf Christoph Baumgartner.",
     [("Ralf Rangnick", "coaches", "Austria national football team", P),
      ("Christoph Baumgartner", "playsFor", "Austria national football team", P)]),
    ("en", "Chelsea captain Reece James has completed a £40m move to Newcastle United.",
     [("Reece James", "playsFor", "Newcastle United FC", P)]),
    ("en", "Brighton's last game was a 2-0 defeat to Aston Villa, with goals from Ollie Watkins and Morgan Rogers.",
     [("Ollie Watkins", "playsFor", "Aston Villa FC", P), ("Morgan Rogers", "playsFor", "Aston Villa FC", P)]),
    ("de", "Der LASK hat sich von seinem Trainer getrennt. Der LASK liegt nur auf Rang acht. Neuer Cheftrainer wird "
           "Markus Schopp, der bisher den TSV Hartberg betreute.",
     [("Markus Schopp", "coaches", "LASK", P), ("Markus Schopp", "coachedAt", "TSV Hartberg", P)]),
    ("de", "Beim 2:1 gegen den LASK hatte Guido Burgstaller die Salzburger in Führung gebracht.",
     [("Guido Burgstaller", "playsFor", "FC Red Bull Salzburg", P)]),
    ("en", "Wayne Rooney, who spent two seasons at Everton before leaving for Manchester United, has been linked with "
           "a return to Goodison Park.",
     [("Everton FC", "targets", "Wayne Rooney", P)]),
    ("en", "Graham Potter held talks with the West Ham board on Sunday but no agreement was reached.",
     [("West Ham United FC", "targets", "Graham Potter", P)]),
    ("en", "Southampton have appointed Will Still as manager on a two-and-a-half-year contract.",
     [("Will Still", "coaches", "Southampton FC", P), ("Will Still", "contractUntil", "2027", P)]),
    ("es", "El Sevilla FC presentó este lunes a su nuevo entrenador. El Sevilla confía en un cambio de rumbo. Matías "
           "Almeyda, que sustituyó a Xavi García Pimienta en el banquillo, dirigirá su primer entrenamiento el martes.",
     [("Matías Almeyda", "coaches", "Sevilla FC", P), ("Xavi García Pimienta", "coachedAt", "Sevilla FC", P)]),
    ("es", "El Real Betis ha cerrado el fichaje de Antony, que llega procedente del Manchester United para las "
           "próximas cinco temporadas.",
     [("Antony", "contractUntil", "2030", P), ("Antony", "formerlyPlayedFor", "Manchester United FC", P)]),
    ("fr", "Le président lyonnais, John Textor, a annoncé le départ de l'entraîneur.",
     [("John Textor", "presidentOf", "Olympique Lyonnais", P)]),
    ("fr", "Du côté marseillais, l'entraîneur Roberto De Zerbi a salué la performance de son équipe.",
     [("Roberto De Zerbi", "coaches", "Olympique de Marseille", P)]),
    ("fr", "Eduardo Camavinga joue au Stade rennais. Sous les ordres de Julien Stéphan puis de Bruno Genesio, il "
           "devient titulaire.",
     [("Julien Stéphan", "coachedAt", "Stade Rennais FC", P), ("Bruno Génésio", "coaches", "Stade Rennais FC", P)]),
    ("fr", "Le LOSC compte sur Jonathan David, arrivé en 2020 du KAA Gent.",
     [("Jonathan David", "formerlyPlayedFor", "KAA Gent", P)]),
    ("fr", "Le gardien Lucas Chevalier, arrivé libre du LOSC Lille, n'a pas encore joué.",
     [("Lucas Chevalier", "formerlyPlayedFor", "Lille OSC", P)]),
    ("en", "Bryan Mbeumo struck twice as Brentford came from behind to beat Fulham.",
     [("Bryan Mbeumo", "playsFor", "Brentford FC", P)]),
    ("en", "Brentford beat Fulham 2-1. Fulham had taken the lead after 20 minutes when Raúl Jiménez headed in. "
           "Bryan Mbeumo scored for Brentford and later fired past Bernd Leno.",
     [("Raúl Jiménez", "playsFor", "Fulham FC", P), ("Bernd Leno", "playsFor", "Fulham FC", P)]),
    ("es", "Pablo Fornals es un futbolista español. Fornals se formó en el Villarreal. Tras su paso por el "
           "Villarreal, fichó en 2019 por el West Ham United, donde coincidió con Declan Rice y Michail Antonio.",
     [("Pablo Fornals", "formerTeammateOf", "Declan Rice", P), ("Pablo Fornals", "formerTeammateOf", "Michail Antonio", P),
      ("Declan Rice", "formerlyPlayedFor", "West Ham United FC", P)]),
    ("fr", "Ancien entraîneur du LOSC, de l'OGC Nice et du Stade rennais, Christophe Galtier a rejoint le Qatar.",
     [("Christophe Galtier", "coachedAt", "Lille OSC", P), ("Christophe Galtier", "coachedAt", "OGC Nice", P),
      ("Christophe Galtier", "coachedAt", "Stade Rennais FC", P)]),
    ("fr", "L'OM a battu Lens. L'OM remonte à la deuxième place. Le président du club, Pablo Longoria, a salué la "
           "victoire.",
     [("Pablo Longoria", "presidentOf", "Olympique de Marseille", P)]),
    ("fr", "L'Olympique de Marseille a officialisé l'arrivée d'André Villas-Boas sur son banc.",
     [("André Villas-Boas", "coaches", "Olympique de Marseille", P)]),
    ("es", "El Barcelona ha cerrado un principio de acuerdo con Nico Williams para que el extremo abandone el "
           "Athletic este verano.",
     [("FC Barcelona", "targets", "Nico Williams", P), ("Nico Williams", "playsFor", "Athletic Club", P)]),
    ("de", "Florian Kainz erhöhte kurz nach der Pause auf 2:0. Für die Violetten verkürzte Alexander Gorgon.",
     [("Alexander Gorgon", "playsFor", "FK Austria Wien", P)]),
    ("de", "Bei der Austria fehlte der gesperrte Raphael Holzhauser.",
     [("Raphael Holzhauser", "playsFor", "FK Austria Wien", P)]),
    ("de", "Marko Arnautović spielte für West Ham United. Nach einem Intermezzo bei Shanghai Port kehrte er 2021 nach "
           "Italien zum FC Bologna zurück.",
     [("Marko Arnautović", "formerlyPlayedFor", "Shanghai Port FC", P)]),
    ("de", "Marko Arnautović wechselte 2009 zu Inter Mailand. Über Inter Mailand, wo er unter José Mourinho das Triple "
           "gewann, kam er 2010 zu Werder Bremen.",
     [("José Mourinho", "coachedAt", "FC Internazionale Milano", P)]),
    ("de", "Marko Arnautović debütierte 2008 für die österreichische Nationalmannschaft. Unter Teamchef Ralf Rangnick "
           "spielte er 2025 in der Qualifikation.",
     [("Ralf Rangnick", "coaches", "Austria national football team", P)]),
    ("en", "Jose Mourinho praised his Chelsea side for grinding out a win at Portsmouth.",
     [("José Mourinho", "coaches", "Chelsea FC", P)]),
    ("en", "Manchester United have made Everton defender Jarrad Branthwaite their top defensive target.",
     [("Manchester United FC", "targets", "Jarrad Branthwaite", P), ("Jarrad Branthwaite", "playsFor", "Everton FC", P)]),
    ("en", "Chelsea are considering a move for Kieran McKenna after parting ways with Mauricio Pochettino.",
     [("Mauricio Pochettino", "coachedAt", "Chelsea FC", P)]),
    ("en", "Newcastle will listen to offers for Bruno Guimaraes this summer.",
     [("Bruno Guimarães", "playsFor", "Newcastle United FC", P)]),
    ("es", "El Paris Saint-Germain, donde juega su amigo Neymar, aparece como el destino más probable.",
     [("Neymar", "playsFor", "Paris Saint-Germain FC", P)]),
    ("es", "El FC Barcelona anunció este jueves que Lionel Messi no continuará en el FC Barcelona.",
     [("Lionel Messi", "formerlyPlayedFor", "FC Barcelona", P)]),
    ("fr", "Sadio Mané s'est engagé avec le club saoudien d'Al-Nassr, où il retrouvera Cristiano Ronaldo.",
     [("Cristiano Ronaldo", "playsFor", "Al-Nassr FC", P)]),
    ("fr", "Sadio Mané a quitté le Bayern Munich. Double vainqueur de la Coupe d'Afrique des nations avec le Sénégal, "
           "Mané reste un pilier de l'équipe d'Aliou Cissé.",
     [("Aliou Cissé", "coaches", "Senegal national football team", P),
      ("Sadio Mané", "playsFor", "Senegal national football team", P)]),
    ("fr", "Sadio Mané a quitté le Bayern Munich. Au Liverpool FC, il avait remporté la Ligue des champions aux côtés "
           "de Mohamed Salah.",
     [("Sadio Mané", "formerTeammateOf", "Mohamed Salah", P)]),
    ("fr", "Le PSG a annoncé le départ de son entraîneur. Pour lui succéder, le club parisien a choisi l'Espagnol "
           "Unai Emery, triple vainqueur de la Ligue Europa avec le FC Séville.",
     [("Unai Emery", "coaches", "Paris Saint-Germain FC", P), ("Unai Emery", "coachedAt", "Sevilla FC", P)]),
    ("fr", "Le PSG perd son buteur. Le PSG devra composer sans Zlatan Ibrahimović, parti libre à Manchester United.",
     [("Zlatan Ibrahimović", "playsFor", "Manchester United FC", P),
      ("Zlatan Ibrahimović", "formerlyPlayedFor", "Paris Saint-Germain FC", P)]),
    ("es", "El Valencia ha anunciado este miércoles la contratación de Gary Neville como entrenador. El exdefensa del "
           "Manchester United sustituye a Nuno Espírito Santo.",
     [("Gary Neville", "coaches", "Valencia CF", P), ("Gary Neville", "formerlyPlayedFor", "Manchester United FC", P),
      ("Nuno Espírito Santo", "coachedAt", "Valencia CF", P)]),
    ("es", "Neville seguirá compaginando el cargo con su puesto de ayudante en la selección inglesa de Roy Hodgson.",
     [("Roy Hodgson", "coaches", "England national football team", P)]),
    ("es", "Marcelino García Toral es entrenador. Marcelino nació en Asturias. Tras dirigir al Recreativo de Huelva, "
           "entrenó al Real Zaragoza.",
     [("Marcelino García Toral", "coachedAt", "Recreativo de Huelva", P)]),
    ("de", "Beim BVB überzeugte vor allem Neuzugang Adrián Ramos, der vom Hertha BSC gekommen war.",
     [("Adrián Ramos", "playsFor", "Borussia Dortmund", P), ("Adrián Ramos", "formerlyPlayedFor", "Hertha BSC", P)]),
    ("en", "Man City news round-up. Pep Guardiola says Erling Haaland is close to a return.\n\nKalvin Phillips has "
           "completed his loan move to West Ham until the end of the season. The midfielder made just four starts "
           "after joining City from Leeds in 2022.",
     [("Kalvin Phillips", "playsFor", "West Ham United FC", P),
      ("Kalvin Phillips", "formerlyPlayedFor", "Manchester City FC", P)]),
    ("en", "Chelsea won the Carling Cup after extra-time in Cardiff. Liverpool went ahead inside a minute when John "
           "Arne Riise volleyed past Petr Cech.",
     [("Petr Čech", "playsFor", "Chelsea FC", P)]),
    ("es", "Kylian Mbappé es la gran estrella del Mónaco. El presidente blanco quiere al francés como relevo de "
           "Cristiano Ronaldo.",
     [("Real Madrid CF", "targets", "Kylian Mbappé", P)]),
    ("es", "El club monegasco, entrenado por Leonardo Jardim, se resiste a vender después de perder a Bernardo Silva y "
           "Benjamin Mendy.",
     [("Leonardo Jardim", "coaches", "AS Monaco", P), ("Bernardo Silva", "formerlyPlayedFor", "AS Monaco", P),
      ("Benjamin Mendy", "formerlyPlayedFor", "AS Monaco", P)]),
    ("es", "El Real Madrid quiere a Kylian Mbappé. Pero el Paris Saint-Germain, que acaba de pagar 222 millones por "
           "Neymar, también está en la puja.",
     [("Paris Saint-Germain FC", "targets", "Kylian Mbappé", P), ("Neymar", "playsFor", "Paris Saint-Germain FC", P)]),
    ("de", "Offen ist hingegen die Zukunft von Valon Berisha, um den sich Lazio Rom bemühen soll.",
     [("SS Lazio", "targets", "Valon Berisha", P)]),
    ("fr", "Christophe Galtier est un entraîneur français. Il dirige depuis 2023 le club qatari d'Al-Duhail.",
     [("Christophe Galtier", "coaches", "Al-Duhail SC", P)]),
    ("fr", "Christophe Galtier rejoint le LOSC, champion de France, puis l'OGC Nice.",
     [("Christophe Galtier", "coaches", "OGC Nice", P), ("Christophe Galtier", "coachedAt", "Lille OSC", P)]),
    ("fr", "En 2022, Christophe Galtier est nommé entraîneur du Paris Saint-Germain, où il dirige notamment Lionel "
           "Messi, avant d'être remplacé par Luis Enrique un an plus tard.",
     [("Luis Enrique", "coaches", "Paris Saint-Germain FC", P),
      ("Christophe Galtier", "coachedAt", "Paris Saint-Germain FC", P)]),
    ("fr", "Ancien entraîneur de l'Ajax Amsterdam, finaliste de la Ligue Europa en 2017, Peter Bosz est réputé pour "
           "son jeu offensif.",
     [("Peter Bosz", "coachedAt", "AFC Ajax", P)]),
    ("fr", "Le nouvel entraîneur devra faire sans Memphis Depay, en fin de contrat et attendu au FC Barcelone.",
     [("FC Barcelona", "targets", "Memphis Depay", P)]),
    ("de", "Der FC Bayern München hat Trainer Niko Kovač entlassen. Kovač war im Sommer 2018 von der Eintracht nach "
           "München gekommen.",
     [("Niko Kovač", "coachedAt", "FC Bayern München", P), ("Niko Kovač", "coachedAt", "Eintracht Frankfurt", P)]),
    ("en", "Spurs missed out on Conor Gallagher, who completed his move from Chelsea to Atletico Madrid last month.",
     [("Tottenham Hotspur FC", "targets", "Conor Gallagher", P), ("Conor Gallagher", "playsFor", "Atlético de Madrid", P),
      ("Conor Gallagher", "formerlyPlayedFor", "Chelsea FC", P)]),
    ("fr", "Le capitaine Riyad Mahrez, champion d'Angleterre avec Manchester City, a soulevé le trophée.",
     [("Riyad Mahrez", "playsFor", "Manchester City FC", P)]),
    ("fr", "Adjoint d'Alain Perrin pendant plusieurs années, Christophe Galtier devient entraîneur principal de l'AS "
           "Saint-Étienne en 2009.",
     [("Christophe Galtier", "coaches", "AS Saint-Étienne", P)]),
    ("de", "ÖFB-Teamchef Marcel Koller hat seinen Kader bekanntgegeben. Im Tor setzt Koller auf Robert Almer von der "
           "Wiener Austria.",
     [("Marcel Koller", "coaches", "Austria national football team", P),
      ("Robert Almer", "playsFor", "Austria national football team", P)]),
    ("de", "Angeführt wird die Mannschaft von Kapitän Christian Fuchs, der mit Leicester City englischer Meister wurde.",
     [("Christian Fuchs", "playsFor", "Leicester City FC", P)]),
    ("de", "Auch Marko Arnautović, der bei Stoke City eine starke Saison spielte, ist dabei.",
     [("Marko Arnautović", "playsFor", "Stoke City FC", P)]),
    ("en", "Chelsea want Steven Gerrard after seeing two approaches rejected by Anfield chairman David Moores.",
     [("David Moores", "presidentOf", "Liverpool FC", P)]),
    ("en", "Liverpool have confirmed Arne Slot as their new head coach. Slot joins from Feyenoord.",
     [("Arne Slot", "coaches", "Liverpool FC", P), ("Arne Slot", "coachedAt", "Feyenoord", P)]),
    ("es", "El Atlético de Madrid ha cerrado el fichaje de Kevin Gameiro, delantero del Sevilla.",
     [("Kevin Gameiro", "playsFor", "Atlético de Madrid", P), ("Kevin Gameiro", "formerlyPlayedFor", "Sevilla FC", P)]),
    ("fr", "Passé par Mayence puis par le Borussia Dortmund, Thomas Tuchel était libre depuis un an.",
     [("Thomas Tuchel", "coachedAt", "1. FSV Mainz 05", P), ("Thomas Tuchel", "coachedAt", "Borussia Dortmund", P)]),
    ("en", "Manchester United have appointed Ajax boss Erik ten Hag as their new manager.",
     [("Erik ten Hag", "coaches", "Manchester United FC", P), ("Erik ten Hag", "coachedAt", "AFC Ajax", P)]),
    ("es", "Según esta web, Vinícius Júnior tiene todo pactado con el Al Ahli saudí.",
     [("Al-Ahli Saudi FC", "targets", "Vinícius Júnior", P)]),
    ("es", "Diego Simeone es entrenador.\n\nTrayectoria como jugador\n\nSimeone pasó después por el Pisa, el Sevilla y el "
           "Atlético de Madrid. Más tarde jugó en la Lazio, antes de retirarse en Racing Club en 2006.",
     [("Diego Simeone", "formerlyPlayedFor", "Pisa SC", P), ("Diego Simeone", "formerlyPlayedFor", "Sevilla FC", P),
      ("Diego Simeone", "formerlyPlayedFor", "Racing Club", P)]),
    # a coach who played: a clause dated before he stopped playing tells a playing spell
    ("en", "Russell Martin is a football manager. He spent a short loan spell at Rangers in 2018.",
     [("Russell Martin", "formerlyPlayedFor", "Rangers FC", P)]),
    # the one after "under" is no subject of the verb after "and"; the coach led the club told before him
    ("en", "Midfielder Tom Fletcher joined Everton in 2008, but rarely played under David Moyes and moved to Fulham "
           "in 2010.",
     [("David Moyes", "coachedAt", "Everton FC", P), ("Tom Fletcher", "formerlyPlayedFor", "Everton FC", P),
      ("Tom Fletcher", "playsFor", "Fulham FC", P)]),
    ("en", "Gareth Southgate is an English manager. He replaced Steve McClaren as manager of Middlesbrough in 2006 and "
           "led the club to mid-table.",
     [("Gareth Southgate", "coaches", "Middlesbrough FC", P), ("Steve McClaren", "coachedAt", "Middlesbrough FC", P)]),
    ("en", "Kieran McKenna is a coach. After leaving the academy, he returned to Manchester United as an assistant to "
           "Ole Gunnar Solskjær.",
     [("Ole Gunnar Solskjær", "coaches", "Manchester United FC", P), ("Kieran McKenna", "coaches", "Manchester United FC", P)]),
    ("fr", "Auparavant, il avait été l'adjoint de Roberto Martínez à Everton.",
     [("Roberto Martínez", "coachedAt", "Everton FC", P)]),
    ("en", "Philippe Clement is a Belgian coach. He was most recently the head coach of Ligue 1 club AS Monaco.",
     [("Philippe Clement", "coachedAt", "AS Monaco", P)]),
    ("en", "Jonny Evans, who won the league with Manchester United in 2013, has joined Leicester City.",
     [("Jonny Evans", "formerlyPlayedFor", "Manchester United FC", P), ("Jonny Evans", "playsFor", "Leicester City FC", P)]),
    ("en", "Brighton will not be forced into selling Moisés Caicedo this summer.",
     [("Moisés Caicedo", "playsFor", "Brighton & Hove Albion FC", P)]),
    ("en", "Gary O'Neil is an English manager. He took charge of AFC Bournemouth. He later managed Wolverhampton "
           "Wanderers.",
     [("Gary O'Neil", "coachedAt", "AFC Bournemouth", P)]),
    # a verb last: the predecessor inside the cue
    ("de", "Eintracht Frankfurt hat den Verteidiger Tuta verpflichtet. Die Eintracht zahlt fünf Millionen Euro. Trainer "
           "Oliver Glasner, der im Sommer auf Adi Hütter gefolgt war, freut sich über den Neuzugang.",
     [("Adi Hütter", "coachedAt", "Eintracht Frankfurt", P), ("Oliver Glasner", "coaches", "Eintracht Frankfurt", P)]),
    # the origin fronted, the subject after the verb
    ("de", "Der Wolfsberger AC hat einen Stürmer verpflichtet. Der WAC zahlt eine Million Euro. Vom norwegischen Klub "
           "Molde FK kommt der 21-jährige Erik Lunde.",
     [("Erik Lunde", "formerlyPlayedFor", "Molde FK", P), ("Erik Lunde", "playsFor", "Wolfsberger AC", P)]),
    # the description that opens the main clause is not the one replaced; its clubs are its own
    ("fr", "Antoine Kombouaré est un entraîneur français. Nommé en juin pour succéder à Ortelli, l'ancien entraîneur "
           "du Paris FC et du FC Lorient a signé deux ans au FC Nantes.",
     [("Antoine Kombouaré", "coachedAt", "Paris FC", P), ("Antoine Kombouaré", "coachedAt", "FC Lorient", P)]),
    ("fr", "Pour le remplacer, le Paris Saint-Germain pense à Luis Enrique.",
     [("Paris Saint-Germain FC", "targets", "Luis Enrique", P)]),
    # the coach of the club before a move told in a later clause, of the side the story is at when the sentence
    # names none
    ("de", "David Alaba ist ein Fußballspieler. 2008 holte ihn der FC Bayern München in seine Jugend. Unter Louis van "
           "Gaal debütierte er 2010; danach wurde er an die TSG 1899 Hoffenheim verliehen.",
     [("Louis van Gaal", "coachedAt", "FC Bayern München", P)]),
    ("de", "David Alaba ist Fußballspieler. Für die österreichische Nationalmannschaft debütierte Alaba 2009. Unter "
           "Marcel Koller qualifizierte er sich mit dem Team für die EM 2016.",
     [("Marcel Koller", "coachedAt", "Austria national football team", P)]),
    # a national coach's side from the sentence before, the one his sentence names being the opponent
    ("de", "Österreichs Nationalteam testet am Mittwoch in Wien. Teamchef Franco Foda will gegen Luxemburg junge "
           "Spieler bringen.",
     [("Franco Foda", "coaches", "Austria national football team", P)]),
    ("de", "Kapitän wird Marcel Sabitzer, der im Sommer zu Borussia Dortmund wechselt.",
     [("Marcel Sabitzer", "playsFor", "Borussia Dortmund", P)]),
    # a club the subject of the object's clause: the player before it is the one asked about
    ("en", "Jonathan David scored 26 goals for Lille and Juventus have asked about him.",
     [("Juventus FC", "targets", "Jonathan David", P)]),
    ("en", "Chelsea are closing in on Moisés Caicedo after Brighton accepted a bid. The midfielder will be Mauricio "
           "Pochettino's second signing of the summer.",
     [("Mauricio Pochettino", "coaches", "Chelsea FC", P)]),
    ("fr", "Sadio Mané a mené les Lions de la Teranga d'Aliou Cissé au titre continental.",
     [("Aliou Cissé", "coaches", "Senegal national football team", P)]),
    ("fr", "Le défenseur Kalidou Koulibaly s'est engagé avec Chelsea pour quatre saisons.",
     [("Kalidou Koulibaly", "contractUntil", "2029", P), ("Kalidou Koulibaly", "playsFor", "Chelsea FC", P)]),
    # a new name choosing players is their coach, at the side the sentence puts him in
    ("es", "El Villarreal ganó en Mestalla. En el Valencia, Rubén Baraja volvió a apostar por José Gayà en defensa.",
     [("Rubén Baraja", "coaches", "Valencia CF", P), ("José Gayà", "playsFor", "Valencia CF", P)]),
    # a coach who played, on loan in a move of his own, was playing
    ("en", "Eddie Howe is an English manager and former player. He returned to Bournemouth on loan and retired in 2007.",
     [("Eddie Howe", "formerlyPlayedFor", "AFC Bournemouth", P)]),
    # a possessive after the verb is no subject: the sentence's subject is left unsaid
    ("es", "Dani Carvajal es un futbolista español. En 2013 regresó al Real Madrid, que ejerció su opción de recompra.",
     [("Dani Carvajal", "playsFor", "Real Madrid CF", P)]),
    ("es", "Pedro González López (Tegueste, 2002), conocido como Pedri, es un futbolista español que juega como "
           "centrocampista en el FC Barcelona.",
     [("Pedri", "playsFor", "FC Barcelona", P)]),
    # the club first, its president after; a club named by its city's demonym
    ("fr", "Le club napolitain, présidé par Aurelio De Laurentiis, réclame 150 millions d'euros.",
     [("Aurelio De Laurentiis", "presidentOf", "SSC Napoli", P)]),
    # a new name between two clubs of a career's list is a club
    ("fr", "Victor Osimhen est passé par Wolfsburg, Charleroi et le LOSC avant de rejoindre Naples en 2020.",
     [("Victor Osimhen", "formerlyPlayedFor", "Royal Charleroi SC", P), ("Victor Osimhen", "formerlyPlayedFor", "Lille OSC", P)]),
    ("de", "Als Nachfolger ist Pellegrino Matarazzo im Gespräch, der zuletzt beim VfB Stuttgart entlassen worden war.",
     [("Pellegrino Matarazzo", "coachedAt", "VfB Stuttgart", P)]),
    # "sous X puis de Y": both coached the side the player was at, Y after X
    ("fr", "Hugo Lloris est un gardien. Il rejoint l'Olympique lyonnais en 2008. Sous les ordres de Claude Puel puis "
           "de Rémi Garde, il s'impose.",
     [("Claude Puel", "coachedAt", "Olympique Lyonnais", P), ("Rémi Garde", "coaches", "Olympique Lyonnais", P)]),
    # a plural role names both people coordinated after it
    ("fr", "L'AS Saint-Etienne a limogé son entraîneur. Les présidents Roland Romeyer et Bernard Caïazzo doivent "
           "trouver un repreneur pour le club.",
     [("Roland Romeyer", "presidentOf", "AS Saint-Étienne", P), ("Bernard Caïazzo", "presidentOf", "AS Saint-Étienne", P)]),
    # a past tense before "under X": his post there is a past one
    ("en", "Burnley forward Jay Rodriguez, who played under Sean Dyche at Turf Moor, is on the shortlist.",
     [("Sean Dyche", "coachedAt", "Burnley FC", P), ("Jay Rodriguez", "playsFor", "Burnley FC", P)]),
    # an adjective, a league and hyphens before the club noun put no distance between a verb and its club
    ("de", "Oliver Glasner ist ein österreichischer Trainer. Seit Februar 2024 trainiert er den englischen "
           "Premier-League-Klub Crystal Palace.",
     [("Oliver Glasner", "coaches", "Crystal Palace FC", P)]),
    # verb-second order: the name after the verb is its subject, not the one after a preposition before it
    ("de", "Oliver Glasner ist ein Trainer. Nach einer Zeit als Co-Trainer unter Roger Schmidt beim FC Red Bull "
           "Salzburg übernahm Glasner 2014 die SV Ried.",
     [("Oliver Glasner", "coaches", "SV Ried", P), ("Roger Schmidt", "coachedAt", "FC Red Bull Salzburg", P)]),
    # "club-record" is no club; "from <Demonym> side <Club>" names the club he left
    ("en", "Everton have completed the club-record signing of midfielder Amadou Onana from French side Lille for £33m.",
     [("Amadou Onana", "formerlyPlayedFor", "Lille OSC", P), ("Amadou Onana", "playsFor", "Everton FC", P)]),
    # a club's article lowered mid-sentence ("la Real"); "X, del <Club>," in apposition
    ("es", "La Real Sociedad busca un central. Según la prensa, la Real ha preguntado por Nico Pérez, del Alavés, "
           "aunque el Betis también lo sigue.",
     [("Real Sociedad", "targets", "Nico Pérez", P), ("Nico Pérez", "playsFor", "Deportivo Alavés", P)]),
    # "X, su entrenador": the possessive is the club the sentence names, the description X himself
    ("es", "El Betis quiere a Nico Pérez. El club verdiblanco no quiere gastar y Manuel Pellegrini, su entrenador, "
           "lo considera clave.",
     [("Manuel Pellegrini", "coaches", "Real Betis", P)]),
    # "<Coach>'s first signing at <Club>": the coach leads that club, the player joins it
    ("en", "In January 2023, Harvey Barnes became Eddie Howe's first signing at Newcastle United.",
     [("Eddie Howe", "coaches", "Newcastle United FC", P), ("Harvey Barnes", "playsFor", "Newcastle United FC", P)]),
    # a section heading in wiki markup: the ties under "Spielerkarriere" are a player's, even for a coach
    ("de", "Tim Berger (* 1980) ist ein deutscher Fußballtrainer und ehemaliger Fußballspieler.\n\n== Spielerkarriere ==\n"
           "Berger spielte in der Jugend des VfB Stuttgart und wechselte 1999 zum Karlsruher SC.",
     [("Tim Berger", "formerlyPlayedFor", "VfB Stuttgart", P), ("Tim Berger", "formerlyPlayedFor", "Karlsruher SC", P)]),
    # "<Club> hat einen neuen Cheftrainer: X": the club the sentence opens with
    ("de", "Der VfL Bochum hat einen neuen Cheftrainer: Dieter Hecking kommt vom 1. FC Nürnberg.",
     [("Dieter Hecking", "coaches", "VfL Bochum", P), ("Dieter Hecking", "coachedAt", "1. FC Nürnberg", P)]),
    # "an offer to <Other> for X": the other club has him, the one offering wants him
    ("fr", "Le FC Nantes a formulé une offre de 12 millions d'euros à Marseille pour Jonathan Clauss.",
     [("FC Nantes", "targets", "Jonathan Clauss", P), ("Jonathan Clauss", "playsFor", "Olympique de Marseille", P)]),
    ("en", "Celtic have made a £5m offer to Hearts for Lawrence Shankland.",
     [("Celtic FC", "targets", "Lawrence Shankland", P), ("Lawrence Shankland", "playsFor", "Heart of Midlothian FC", P)]),
    ("de", "Werder Bremen hat bei Hertha BSC wegen Marton Dardai angeklopft.",
     [("SV Werder Bremen", "targets", "Marton Dardai", P), ("Marton Dardai", "playsFor", "Hertha BSC", P)]),
    # a coach who wants a player, in news about a club that names no other: his club wants him, and he leads it
    ("fr", "Le FC Nantes cherche un attaquant. Le FC Nantes a besoin de buts. Antoine Kombouaré a fait de "
           "Mostafa Mohamed sa priorité.",
     [("FC Nantes", "targets", "Mostafa Mohamed", P), ("Antoine Kombouaré", "coaches", "FC Nantes", P)]),
    # the player to be replaced is the wanting club's; a club in a relative clause after the cue is not the suitor
    ("de", "Mainz 05 beobachtet Tim Kleindienst. Mainz will den Stürmer als Ersatz für Jonathan Burkardt holen, "
           "der vor einem Wechsel zu Eintracht Frankfurt steht.",
     [("Jonathan Burkardt", "playsFor", "1. FSV Mainz 05", P), ("Eintracht Frankfurt", "targets", "Jonathan Burkardt", P)]),
    # teammates named after a move told in the sentence before: they were at that club
    ("fr", "Blaise Matuidi est un footballeur. En 2011, il signe au Paris Saint-Germain. Aux côtés de Zlatan "
           "Ibrahimović, il remporte quatre titres.",
     [("Zlatan Ibrahimović", "formerlyPlayedFor", "Paris Saint-Germain FC", P)]),
    # a longer name after an article: "l'Inter Miami" is not "l'Inter"
    ("fr", "Il termine sa carrière en 2023 et rejoint l'Inter Miami comme ambassadeur. Lionel Messi joue à l'Inter Miami.",
     [("Lionel Messi", "playsFor", "Inter Miami CF", P)]),
    # "el favorito es X" after a sacking: the club wants him; "para relevar a X": the one succeeded held the post
    ("es", "El Sevilla ha destituido a Diego Alonso. El técnico uruguayo, que llegó en octubre para relevar a Julen "
           "Lopetegui, tenía contrato hasta 2024. El Sevilla busca entrenador y el favorito es Marcelino García Toral.",
     [("Julen Lopetegui", "coachedAt", "Sevilla FC", P), ("Sevilla FC", "targets", "Marcelino García Toral", P)]),
    # "schloss sich <Club> an": he joined it; of the coaches he played under at a team he is still at, the last
    # told holds the post, the earlier ones held it before
    ("de", "Kai Brenner ist ein deutscher Fußballspieler. Im Januar 2020 schloss er sich Bayer Leverkusen an, wo er "
           "unter Peter Bosz debütierte. Unter Xabi Alonso gewann er 2024 die Meisterschaft.",
     [("Kai Brenner", "playsFor", "Bayer 04 Leverkusen", P), ("Peter Bosz", "coachedAt", "Bayer 04 Leverkusen", P),
      ("Xabi Alonso", "coaches", "Bayer 04 Leverkusen", P)]),
    # a player named only with a national coach: the side that coach leads
    ("de", "Julian Nagelsmann ist Bundestrainer. Nagelsmann trainiert die deutsche Nationalmannschaft. Bei der EM "
           "bildete Kai Brenner unter Julian Nagelsmann mit Jamal Musiala das Zentrum.",
     [("Jamal Musiala", "playsFor", "Germany national football team", P)]),
    # a biography's full name with a second surname that is someone else's name
    ("es", "Mikel Oyarzabal Ugarte (Éibar, 21 de abril de 1997) es un futbolista español que juega como delantero en "
           "la Real Sociedad.",
     [("Mikel Oyarzabal", "playsFor", "Real Sociedad", P)]),
    # "<Club>, where he was sacked and replaced by Y": Y took over that club
    ("en", "Marco Silva is a Portuguese manager. In England, he had spells in charge of Watford and Everton, where he "
           "was sacked in December 2023 and replaced by Sean Dyche.",
     [("Sean Dyche", "coaches", "Everton FC", P)]),
    # a player's agent is no one the graph holds; "ha puesto el nombre de X"; a coach who wants him ("lo quiere")
    ("es", "El Barça busca un mediapunta. El FC Barcelona ha puesto el nombre de Nico Paz en su lista. Deco se ha "
           "reunido con Pere Guardiola, agente "
           "del mediapunta. Hansi Flick lo quiere a toda costa. El Real Madrid no lo dejará salir.",
     [("FC Barcelona", "targets", "Nico Paz", P), ("Hansi Flick", "coaches", "FC Barcelona", P),
      ("Nico Paz", "playsFor", "Real Madrid CF", P)]),
    # caps "so far" for a national side are a current player's; "hatte für <Club> gespielt"
    ("de", "Die TSG Hoffenheim hat den Vertrag mit Andrej Kramarić verlängert. Zuvor hatte der Angreifer für Dinamo "
           "Zagreb gespielt. Für die kroatische Nationalmannschaft bestritt Kramarić bislang über 90 Länderspiele.",
     [("Andrej Kramarić", "formerlyPlayedFor", "GNK Dinamo Zagreb", P),
      ("Andrej Kramarić", "playsFor", "Croatia national football team", P)]),
    # "partir en <Pays> à <Club>": a move abroad
    ("fr", "Habib Beye signe à l'Olympique de Marseille, avant de partir en Angleterre à Newcastle United en 2007.",
     [("Habib Beye", "formerlyPlayedFor", "Newcastle United FC", P)]),
    # a given name we do not know, after a role noun, begins another man's name than the known surname's
    ("en", "As part of the deal, United striker Fraizer Campbell joins Spurs on a season-long loan.",
     [("Fraizer Campbell", "playsFor", "Tottenham Hotspur FC", P)]),
    # "under managers including X and Y": both coached the club the sentence puts him at
    ("en", "Jarrod Bowen is an English footballer. He joined Hull City, where he scored 54 goals under managers "
           "including Nigel Adkins and Grant McCann.",
     [("Nigel Adkins", "coachedAt", "Hull City AFC", P)]),
    # talks with a club for its player; "en su etapa en": the possessive's past post
    ("es", "El Villarreal ha abierto negociaciones con el Real Betis para hacerse con Ayoze Pérez. Marcelino conoce "
           "bien al atacante, al que ya quiso fichar en su etapa en el Athletic Club.",
     [("Villarreal CF", "targets", "Ayoze Pérez", P), ("Ayoze Pérez", "playsFor", "Real Betis", P),
      ("Marcelino García Toral", "coachedAt", "Athletic Club", P)]),
    # a national coach's predecessor led the same side
    ("es", "La AUF anunció la contratación de Marcelo Bielsa como director técnico de la selección uruguaya. Bielsa "
           "dirigió al Leeds United. El rosarino sustituye a Diego Alonso, cuyo ciclo terminó en 2022.",
     [("Diego Alonso", "coachedAt", "Uruguay national football team", P)]),
    # "Unter Teamchef X ... ein Tor gegen <Land>": the opponent is not the side he leads
    ("de", "Marcel Sabitzer ist Kapitän der österreichischen Nationalmannschaft. Unter Teamchef Ralf Rangnick erzielte "
           "er bei der "
           "EM ein Tor gegen die Niederlande.",
     [("Ralf Rangnick", "coaches", "Austria national football team", P)]),
    # "begann seine Profikarriere beim <Club>"; "verlieh ihn an <Club>"
    ("de", "Marcel Sabitzer ist ein Fußballspieler. Sabitzer begann seine Profikarriere beim FC Admira Wacker Mödling. "
           "2014 verpflichtete ihn RB Leipzig, verlieh ihn aber umgehend an den FC Red Bull Salzburg.",
     [("Marcel Sabitzer", "formerlyPlayedFor", "FC Admira Wacker Mödling", P)]),
    # "the former <Club> striker" may be a coach now
    ("en", "Leicester have appointed Ruud van Nistelrooy as their new head coach. The former Manchester United striker "
           "replaces Steve Cooper.",
     [("Ruud van Nistelrooy", "formerlyPlayedFor", "Manchester United FC", P)]),
    # German capitalises nouns, but two capitalised words before a move verb name a person
    ("de", "Ermedin Demirović wechselt vom FC Augsburg zum VfB Stuttgart.",
     [("Ermedin Demirović", "playsFor", "VfB Stuttgart", P), ("Ermedin Demirović", "formerlyPlayedFor", "FC Augsburg", P)]),
    # a known man's surname is this article's man named in full, though another known man goes by it
    ("en", "Liverpool have signed Robbie Keane from Tottenham. Keane started his career at Wolves.",
     [("Robbie Keane", "formerlyPlayedFor", "Wolverhampton Wanderers FC", P)]),
    # "<Club> hat einen neuen Präsidenten: ... X": the one the club has; his predecessor ran it too
    ("de", "Der FC Augsburg hat einen neuen Präsidenten: Die Mitglieder wählten Jonas Berger zum Nachfolger von "
           "Karl Maier.",
     [("Jonas Berger", "presidentOf", "FC Augsburg", P)]),
    # "<Given> <Given> del <Surname> <Surname>": one name
    ("es", "José María del Nido Carrasco es el presidente del Sevilla FC.",
     [("José María del Nido Carrasco", "presidentOf", "Sevilla FC", P)]),
    # "le club breton": the club of that region the article named
    ("fr", "Le Stade Rennais a perdu. Sous contrat jusqu'en 2027 avec le club breton, Arnaud Kalimuendo est suivi "
           "par Nottingham Forest.",
     [("Arnaud Kalimuendo", "playsFor", "Stade Rennais FC", P)]),
    # "renseignements auprès du <Club> pour X": X is that club's, and the first one wants him
    ("fr", "Le RC Lens a pris des renseignements auprès du Stade Rennais pour Arnaud Kalimuendo.",
     [("RC Lens", "targets", "Arnaud Kalimuendo", P), ("Arnaud Kalimuendo", "playsFor", "Stade Rennais FC", P)]),
    # a club he was loaned to may want him back
    ("fr", "Le RC Lens envisage un retour d'Arnaud Kalimuendo. Kalimuendo avait été prêté deux saisons à Lens "
           "(2020-2022).",
     [("RC Lens", "targets", "Arnaud Kalimuendo", P), ("Arnaud Kalimuendo", "formerlyPlayedFor", "RC Lens", P)]),
    # a deal's length told as "the next two seasons"
    ("es", "El Sevilla FC ha anunciado la contratación de Xavier García Pimienta como entrenador para las dos "
           "próximas temporadas.",
     [("Xavier García Pimienta", "contractUntil", "2027", P)]),
    # "formed a partnership with X" at a club both have left
    ("en", "Phil Jagielka is a retired defender. At Everton he formed a central defensive partnership with "
           "Joleon Lescott.",
     [("Phil Jagielka", "formerTeammateOf", "Joleon Lescott", P)]),
    # a line-up whose substitute's minute follows a comma inside brackets
    ("es", "El Rayo Vallecano empató. Rayo Vallecano: Dimitrievski; Balliu, Lejeune, Mumin, Espino; Valentín, "
           "Óscar Trejo (Unai López, min. 70); Isi, De Frutos, Álvaro García; Raúl de Tomás.",
     [("Unai López", "playsFor", "Rayo Vallecano", P), ("De Frutos", "playsFor", "Rayo Vallecano", P)]),
    # "<Club> had been linked with <Other>'s X": the first club wants him
    ("en", "Brentford signed a striker. Brentford had also been linked with Wolfsburg's Jonas Wind.",
     [("Brentford FC", "targets", "Jonas Wind", P)]),
    # "le président X a trouvé son successeur : Y, ancien joueur des <nickname> et ex-entraîneur de <Club>"
    ("fr", "Le FC Nantes a limogé son entraîneur. Selon Ouest-France, le président Waldemar Kita a déjà trouvé son "
           "successeur : Jocelyn Gourvennec, ancien joueur des Canaris et ex-entraîneur de Guingamp.",
     [("FC Nantes", "targets", "Jocelyn Gourvennec", P), ("Waldemar Kita", "presidentOf", "FC Nantes", P),
      ("Jocelyn Gourvennec", "formerlyPlayedFor", "FC Nantes", P)]),
    # "in der Jugend für <Club> spielte": a youth club; "ist auch beim <Club> ein Thema": wanted there
    ("de", "Maximilian Beier steht bei der TSG Hoffenheim unter Vertrag. Der Stürmer, der in der Jugend für Energie "
           "Cottbus spielte und 16 Tore erzielte, ist auch beim VfB Stuttgart ein Thema.",
     [("Maximilian Beier", "formerlyPlayedFor", "FC Energie Cottbus", P), ("VfB Stuttgart", "targets", "Maximilian Beier", P)]),
    # national sides of every continent; "a également entraîné" is a past post
    ("fr", "Tom Saintfiet est le nouveau sélectionneur du Mali. Il a également entraîné le Togo et la Gambie.",
     [("Tom Saintfiet", "coachedAt", "Togo national football team", P)]),
    # "dirigirá al equipo de forma interina": the interim coach
    ("es", "El Valencia CF destituyó a su entrenador. Carlos Marchena dirigirá al equipo de forma interina.",
     [("Carlos Marchena", "coaches", "Valencia CF", P)]),
    # "libre depuis la fin de son contrat avec <Club>": a club he has left; "le club azuréen" is the one named
    ("fr", "L'OGC Nice a officialisé la signature de Tanguy Ndombele. Le milieu de 27 ans, libre depuis la fin de son "
           "contrat avec Tottenham, s'est engagé pour deux saisons avec le club azuréen.",
     [("Tanguy Ndombele", "playsFor", "OGC Nice", P), ("Tanguy Ndombele", "formerlyPlayedFor", "Tottenham Hotspur FC", P)]),
    # "ha cerrado el regreso de X ... ya jugó en el <Club> entre 2019 y 2020": back at a club he played for
    ("es", "El Real Betis ha cerrado el regreso de Giovani Lo Celso. Lo Celso, que ya jugó en el Betis entre 2019 y "
           "2020, cedido por el Paris Saint-Germain, firma hasta 2028.",
     [("Giovani Lo Celso", "playsFor", "Real Betis", P), ("Giovani Lo Celso", "formerlyPlayedFor", "Real Betis", P),
      ("Giovani Lo Celso", "formerlyPlayedFor", "Paris Saint-Germain FC", P)]),
    # "a annoncé ... le licenciement de son entraîneur, X"; a fronted role "Ancien milieu de l'<Club>, avec qui ...,
    # X" whose relative clause comes before the subject; "porté les maillots de <Club>, de <Club>"
    ("fr", "Le Stade Brestois a annoncé lundi le licenciement de son entraîneur, Éric Roy. Ancien milieu de l'OGC Nice, "
           "avec qui il a joué dix ans, Roy a aussi porté les maillots de Lyon et de Marseille.",
     [("Éric Roy", "coachedAt", "Stade Brestois 29", P), ("Éric Roy", "formerlyPlayedFor", "OGC Nice", P),
      ("Éric Roy", "formerlyPlayedFor", "Olympique Lyonnais", P), ("Éric Roy", "formerlyPlayedFor", "Olympique de Marseille", P)]),
    # "la sélection ivoirienne" (a feminine demonym); a relative clause after the fronted phrase, then the subject
    ("fr", "Le Stade de Reims a nommé Patrice Beaumelle. Arrivé en provenance de la sélection ivoirienne, qu'il avait "
           "menée à la CAN, Beaumelle a signé pour deux ans.",
     [("Patrice Beaumelle", "coachedAt", "Ivory Coast national football team", P)]),
    # a surname of a man the same sentence named in full; an apposition after it is his
    ("en", "Celtic boss Brendan Rodgers sent on Jonas Ekberg at half-time: Callum McGregor curled in from 20 yards and "
           "Ekberg, signed from Everton in 2021, levelled late on.",
     [("Jonas Ekberg", "formerlyPlayedFor", "Everton FC", P)]),
    # "before a move to": the sentence's subject, not the coach after "under" (past the comma)
    ("en", "Jonas Ekberg began his career at Leicester City, where he played under Martin O'Neill, before a £5m move "
           "to Everton in 2001. He joined Fulham in 2005.",
     [("Jonas Ekberg", "formerlyPlayedFor", "Everton FC", P), ("Jonas Ekberg", "formerlyPlayedFor", "Leicester City FC", P)]),
    # "since X left": in news about a club, one who left it
    ("en", "Stoke City boss Tony Pulis said the striker is the player the club has needed since Ricardo Fuller left.",
     [("Ricardo Fuller", "formerlyPlayedFor", "Stoke City FC", P)]),
    # "übernimmt Amateure-Trainer X die Mannschaft": the subject after the verb and a compound role noun
    ("de", "Der SK Rapid Wien hat Cheftrainer Robert Klauß freigestellt. Interimistisch übernimmt Amateure-Trainer "
           "Stefan Kulovits die Mannschaft, bis ein Nachfolger gefunden ist.",
     [("Stefan Kulovits", "coaches", "SK Rapid Wien", P)]),
    # ", der derzeit den <Club> betreut": his post now
    ("de", "Als Favorit gilt Thomas Letsch, der derzeit den VfL Bochum betreut.",
     [("Thomas Letsch", "coaches", "VfL Bochum", P)]),
    # "negocia con el <Club> la cesión del delantero X": X is that club's; ", hoy en el <Club>": his club now
    ("es", "El Getafe CF negocia con el Málaga la cesión del delantero Roberto Chen. En Zaragoza coincidió con "
           "Borja Iglesias, hoy en el Celta de Vigo.",
     [("Roberto Chen", "playsFor", "Málaga CF", P), ("Borja Iglesias", "playsFor", "RC Celta de Vigo", P)]),
    # "who led <Country> to the 2010 World Cup": a post of years ago, not one he holds
    ("en", "Fabio Capello, who led England to the 2010 World Cup, has been named as a candidate.",
     [("Fabio Capello", "coachedAt", "England national football team", P)]),
    # "<Given> <Town>": a club's one-word name after a given name is a man's surname
    ("en", "He played at the 1990 World Cup under Jack Ipswich and won 20 caps for Wales.",
     [("Jack Ipswich", "coachedAt", "Wales national football team", P)]),
    # "went on to manage <Club> and <Club> before taking charge of <Club>"
    ("en", "Tom Kerr went on to manage Norwich City and Middlesbrough before taking charge of Brighton in 2014.",
     [("Tom Kerr", "coachedAt", "Norwich City FC", P), ("Tom Kerr", "coachedAt", "Middlesbrough FC", P)]),
    # "X, de 57 años": too old to play; the club he left is one he coached
    ("es", "El Celta ha llegado a un acuerdo con el portugués Luis Alberto Ferreira. Ferreira, de 57 años, estaba libre "
           "desde su salida del Braga en junio.",
     [("Luis Alberto Ferreira", "coachedAt", "SC Braga", P)]),
    # "la directiva ya había sondeado a X": in news about one club that names none here, that club wants him
    ("es", "El Celta destituyó a su entrenador. El Celta es decimoséptimo. Según la prensa local, la directiva ya había "
           "sondeado a Rafa Benítez.",
     [("RC Celta de Vigo", "targets", "Rafael Benítez", P)]),
    # "Savanier (cap.), Nordin": an abbreviation in brackets ends no line-up; "prêté cet été par <Club>"; a new name
    # that opens a sentence before an apposition
    ("fr", "Menés après le but d'Emanuel Emegha, prêté cet été par Sturm Graz, les Lorientais ont réagi. Akor Adams, "
           "recruté l'été dernier, a marqué.\n\nLORIENT : Mvogo – Talbi, Laporte – Abergel (cap.), Le Fée – Adams. "
           "Entraîneur : Le Bris.",
     [("Emanuel Emegha", "formerlyPlayedFor", "SK Sturm Graz", P), ("Le Fée", "playsFor", "FC Lorient", P),
      ("Akor Adams", "playsFor", "FC Lorient", P)]),
    # "<Club> hat <Given> <Surname> verpflichtet": two capitalised words before an arrival verb name a man
    ("de", "Der 1. FSV Mainz 05 hat Nadiem Amiri verpflichtet. Der Mittelfeldspieler kommt von Bayer 04 Leverkusen.",
     [("Nadiem Amiri", "playsFor", "1. FSV Mainz 05", P), ("Nadiem Amiri", "formerlyPlayedFor", "Bayer 04 Leverkusen", P)]),
    # ", bringing in X from <Club>": the club that spent signed him
    ("en", "Charlton spent more than £10m in the summer, bringing in midfielder Andy Reid from Tottenham.",
     [("Andy Reid", "playsFor", "Charlton Athletic FC", P), ("Andy Reid", "formerlyPlayedFor", "Tottenham Hotspur FC", P)]),
    # "le Valence CF": the club's French name
    ("fr", "Kévin Gameiro quitte l'Atlético de Madrid et rejoint le Valence CF en 2018.",
     [("Kévin Gameiro", "playsFor", "Valencia CF", P)]),
    # "el delantero Ante <Surname>": a word of the language after a role noun begins a name
    ("es", "Osasuna renueva a su capitán. Osasuna es séptimo. En cambio, el delantero Ante Budimir, pretendido por el "
           "Villarreal, aún no ha respondido.",
     [("Ante Budimir", "playsFor", "CA Osasuna", P), ("Villarreal CF", "targets", "Ante Budimir", P)]),
    # "folgt auf X, der den Verein verlassen hat und zum <Club> wechselt": the relative clause's man moves
    ("de", "Der TSV Hartberg hat einen neuen Cheftrainer: Manfred Schmid übernimmt die Oststeirer. Der 52-Jährige folgt "
           "auf Klaus Schmidt, der den Verein nach fünf Jahren verlassen hat und zum SCR Altach wechselt.",
     [("Klaus Schmidt", "coaches", "SCR Altach", P), ("Klaus Schmidt", "coachedAt", "TSV Hartberg", P)]),
    # "dont il fut l'adjoint à <Club>": a post of the past
    ("fr", "Francesco Farioli s'est inspiré de Roberto De Zerbi, dont il fut l'adjoint à Benevento.",
     [("Francesco Farioli", "coachedAt", "Benevento Calcio", P)]),
    # "<Club> had also looked at <Other>'s X": a club that looked at him wants him
    ("en", "The Saints had also looked at Brentford's Yoane Wissa before the deadline. Southampton need a striker.",
     [("Southampton FC", "targets", "Yoane Wissa", P)]),
    # "X is set to leave <Ground>": he is there now; "<Club> have rejected two bids for X": theirs
    ("en", "Manchester United have rejected two bids for Harry Maguire from West Ham. Marc Guehi is set to leave Selhurst "
           "Park this summer.",
     [("Harry Maguire", "playsFor", "Manchester United FC", P), ("Marc Guéhi", "playsFor", "Crystal Palace FC", P)]),
    # "the favourite to take over at <Ground>": a club's wish, not a post held
    ("en", "Gary Rowett has emerged as the favourite to take over at Villa Park.",
     [("Aston Villa FC", "targets", "Gary Rowett", P)]),
    # "tiene ofertas del <Club> y del <Club>": both want him
    ("es", "El delantero Samu Omorodion tiene ofertas del Chelsea y del AC Milan.",
     [("Chelsea FC", "targets", "Samu Omorodion", P), ("AC Milan", "targets", "Samu Omorodion", P)]),
    # "la llegada del lateral X desde el <Club>": where he came from, and the article's club he came to
    ("es", "El Betis ficha a un central. El Betis ya cerró la llegada del lateral Romain Perraud desde el Southampton.",
     [("Romain Perraud", "formerlyPlayedFor", "Southampton FC", P), ("Romain Perraud", "playsFor", "Real Betis", P)]),
    # "El técnico <adjective>, X, ...": the description in apposition is that name; "regresó al banquillo de <Ground>"
    ("es", "El técnico asturiano, Luis Enrique, regresó al banquillo del Camp Nou.",
     [("Luis Enrique", "coaches", "FC Barcelona", P)]),
    # "zog weiter zum <Club>"; "der einst für <Club> stürmte"
    ("de", "Nach einer Saison zog Simon Terodde weiter zum VfL Bochum. Der Angreifer, der einst für den 1. FC Köln "
           "stürmte, ist dort Kapitän.",
     [("Simon Terodde", "playsFor", "VfL Bochum", P), ("Simon Terodde", "formerlyPlayedFor", "1. FC Köln", P)]),
    # "Als Favorit auf die Nachfolge gilt laut <Outlet> der frühere <Club>-Coach X"; ", zuletzt beim <Club> tätig, ... Kandidat"
    ("de", "Der SV Ried hat sich von seinem Trainer getrennt, der SV Ried ist Letzter. Als Favorit auf die Nachfolge "
           "gilt laut „Kurier“ der frühere Sturm-Coach Christian Ilzer. Auch Thomas Silberberger, zuletzt beim FC Wacker "
           "Innsbruck tätig, soll ein Kandidat sein.",
     [("SV Ried", "targets", "Christian Ilzer", P), ("SV Ried", "targets", "Thomas Silberberger", P)]),
    # "retourné à <Club> ... puis vendu à <Other>": the coordinated participle shares its subject
    ("fr", "Le Stade Rennais devra composer sans Kamaldeen Sulemana, retourné à l'Ajax à l'issue de son prêt puis vendu à "
           "Southampton.",
     [("Kamaldeen Sulemana", "playsFor", "Southampton FC", P)]),
    # "le nouvel entraîneur": the coach the article appoints, not the last one named
    ("fr", "Le FC Nantes a nommé Antoine Kombouaré entraîneur. Kombouaré succède à Pierre Aristouy. Selon L'Équipe, le "
           "président avait aussi sondé Patrick Vieira. Le nouvel entraîneur avait entraîné l'AS Monaco.",
     [("Antoine Kombouaré", "coachedAt", "AS Monaco", P)]),
    # "<Given> <Surname>" where only another man of that surname is known: a given name the list knows begins a new name
    ("de", "Borussia Dortmund hat ein Auge auf Jobe Bellingham geworfen. Real-Star Jude Bellingham, der einst selbst für den "
           "BVB spielte, freut sich.",
     [("Borussia Dortmund", "targets", "Jobe Bellingham", P), ("Jude Bellingham", "formerlyPlayedFor", "Borussia Dortmund", P)]),
    # "el club de <Town>, cuyo presidente, X, ..."; "desde su destitución en la <Club>"; "el Oporto"
    ("es", "José Mourinho firmó con el Fenerbahçe, cuyo presidente, Ali Koç, le encargó el título. El luso estaba sin equipo "
           "desde su destitución en la Roma. Mourinho había dirigido al Oporto.",
     [("Ali Koç", "presidentOf", "Fenerbahçe SK", P), ("José Mourinho", "coachedAt", "AS Roma", P),
      ("José Mourinho", "coachedAt", "FC Porto", P)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_case(lang, text, expected):
    got = triples(text, lang=lang, date="2025-06-01")
    missing = [e for e in expected if e not in got]
    assert not missing, f"missing {missing}; got {sorted(got)}"
