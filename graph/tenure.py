"""When ties begin and end, within a sentence: a contract's end date ("Vertrag bis 2026") and a spell's years
("(2015-2019)", "since 2021"). Mixed into graph.relations.SentenceRelations, whose state and helpers they use."""

from __future__ import annotations

from dataclasses import replace

from graph.claims import CURRENT_OF, MEMBERSHIP, Relation
from graph.dates import YEAR, PeriodExpr, find_dates, find_periods
from graph.mentions import Mention
from graph.reference import Entity

MAX_DISTANCE = 12  # pieces between a cue and what it reads (a contract cue and its date too)
PERIOD_DISTANCE = 6  # pieces between a team and "since 2021"/"until 2019" that dates its spell


class TenureReadings:
    """contractUntil claims, and the start and end years of the spells the sentence's claims tell."""

    def _joined_between(self, i: int, j: int) -> bool:
        """Whether a conjunction (not a comma) joins two phrases between pieces i and j."""
        lo, hi = min(i, j), max(i, j)
        return any(n in self.lex.conjunctions and n != "," for n in self.norms[lo:hi])

    def contracts(self) -> None:
        """contractUntil: a contract cue and an end date in one clause ("Vertrag bis 2026")."""
        lex, norms = self.lex, self.norms
        # "arrivé libre cet été": how a move was made, no contract's end
        cues = [(a, b) for a, b, _p, _ in lex.contract_cues.find(norms)
                if not (a > 0 and norms[a - 1] in lex.arrival_words and lex.expiry_words.matches_at(norms, a))]
        if not cues:
            return
        found = []
        others = [b for _a, b, _p, _ in lex.contract_others.find(norms)]
        nouns = [a for a, b in cues if not lex.expiry_words.matches_at(norms, a)]  # "contract", not "expires"
        for d in find_dates(norms, lex, self.article_date):
            if any(b <= d.start and self.clause[b - 1] == self.clause[d.start] and not any(b <= c < d.start for c in nouns)
                   for b in others):
                continue  # "whose release clause expires at the end of June": not the contract's end
            cue = min(cues, key=lambda c: min(abs(c[0] - d.start), abs(c[1] - d.start)))
            gap = d.start - cue[1] if d.start >= cue[1] else cue[0] - d.end
            limit = 4 if d.kind == "relative" else MAX_DISTANCE
            if gap > limit or not self._same_or_attached_clause(cue, d.start):
                continue
            hedged = any(self.clause[k] == self.clause[cue[0]] for k, _e, _p, _ in self.lex.hedges.find(norms))
            told = {int(n) for k, n in enumerate(norms) if YEAR.fullmatch(n) and self.clause[k] == self.clause[cue[0]]}
            if d.kind == "length" and self.article_date is not None and not hedged \
                    and told == set(self._years()) == {self.article_date.year}:
                # "On 7 August 2025 he joined <Club> on a three-year deal", late in a biography: the news of the
                # article's year, told with its date
                d = replace(d, kind="dated-length")
            elif d.kind == "length" and self.article_date is not None and not hedged and len(told) == 1 \
                    and told == set(self._years()) and (signed := next(iter(told))) < self.article_date.year \
                    and (ends := (signed * 12 + 5 + d.months) // 12) > self.article_date.year \
                    and not self._joined_between(norms.index(str(signed)), d.start):
                # "On 10 August 2024, X signed ... on a six-year contract": a deal of a year told, still running
                # (not "joined in January 2023 and signed a new five-year contract in the summer")
                d = replace(d, value=str(ends), kind="dated-length")
            elif d.kind == "length" and (self.sent.paragraph > 0 and self.sent.index > 2 and not self.item_opener
                                         or self._years() or hedged):
                continue  # a deal's length dates its end only as the article's news: told first, signed, with no year
            if any(n in lex.since_words for n in norms[min(cue[1], d.start):max(cue[0], d.start)]):
                continue  # "libre depuis 2024", "free since June": when it began, not when it ends
            if self.article_date is not None and int(d.value[:4]) < self.article_date.year - 1:
                continue  # "wo er bis 2008 unter Vertrag stand" in a later biography: a contract long over
            marker = "strong" if d.kind in ("remaining", "length", "dated-length") else self._until_before(d.start)
            if marker is None and d.kind != "relative" and d.end < len(norms) and lex.expiry_words.matches_at(norms, d.end) \
                    and norms[d.end] not in lex.weak_until:
                marker = "strong"  # "dessen Vertrag 2027 ausläuft": the expiry verb after the year
            if marker is None and d.kind == "relative" and self._expiry_in_clause(d.start):
                marker = "weak"
            if marker is not None:
                found.append((d, cue, marker))
        # "free of any contract, he returned in 2022 and signed until June 2025": a date the text marks as
        # an end ("until") outranks one only an expiry word elsewhere in the clause vouches for.
        if any(marker == "strong" for _d, _c, marker in found):
            found = [f for f in found if f[2] == "strong"]
        for d, cue, _marker in found:
            lo = min(cue[0], d.start)
            person = self._nearest(self._people(), lo, lo, "left") or self._nearest(self._people(), cue[0], cue[1], "right")
            if person is not None:
                person = self._subject_over_comma(person, cue[0], lo)
            conf = 0.8
            if person is None:
                person = self._fronted_subject(cue[0], max(cue[1], d.end), self._people())
            if person is None and not self._people() and self.topic is not None:
                person, conf = self._topic_mention(lo), 0.6
            if person is None and self._shares_subject(start := self._clause_start(lo)):
                # "He made 94 appearances under X and Y, before moving to <Club> in 2024 on a four-year contract": a
                # verb with no subject of its own shares the sentence's
                person = self._subject_by(start, self._people())
            if person is None:
                # "The <Club> midfielder has a release clause of ... and a contract until 2027": far from the
                # cue, but the sentence's only person, and its subject.
                before = [m for m in self._people() if m.end <= lo]
                one = len({m.entity.iri for m in before}) == 1  # "Le technicien de 51 ans": two descriptions, one man
                # (its role and team may come first: "<Club> captain X will sign a new deal ..., keeping him there until")
                person, conf = (before[0], 0.6) if one and (before[0].start <= 1 or before[0].start <= 4
                                                          and not before[0].after_preposition) else (None, conf)
            if person is not None and d.kind == "length" and any(
                    r.predicate == "targets" and r.object is person.entity and r.stance == "positive"
                    and "," not in norms[min(r.span[1], cue[1]):max(r.span[0], cue[0])] for r in self.out):
                continue  # "<Club> tempts X with a five-year contract": a suitor's offer, not his contract
            if person is not None:
                self._add(person.entity, "contractUntil", d.value, conf * person.confidence, "contract-date",
                          (lo, max(cue[1], d.end)))

    def _subject_over_comma(self, person: Mention, cue: int, lo: int) -> Mention:
        """The contract's holder when a comma stands between the person nearest the cue and the cue: the clause's
        subject, not a name after a preposition ("X was announced as the successor to Y at <Club>, signing a
        contract until 2027"), nor the last name of an apposition that closes right before the contract's verb
        ("X, a former team-mate of Y at <Club>, is out of contract")."""
        norms = self.norms
        if person.after_preposition and person.end <= cue and "," in norms[max(person.end, cue - 3):cue]:
            return self._subject_by(cue, self._people()) or person
        commas = [k for k in range(person.end, lo) if norms[k] == ","]
        first = next((m for m in self._people() if m.kind in ("name", "discovered")), None)
        if not commas or lo - commas[-1] > 3 or first is None or first is person or first.start > 1 \
                or first.end >= len(norms) or norms[first.end] != "," or first.entity is person.entity:
            return person
        return first

    def _clause_start(self, k: int) -> int:
        """Where the clause that holds token k begins (after the comma that opens it)."""
        while k > 0 and self.clause[k - 1] == self.clause[k]:
            k -= 1
        return k + 1 if self.norms[k] == "," and k + 1 < len(self.norms) else k

    def _same_or_attached_clause(self, cue: tuple[int, int], pos: int) -> bool:
        """Same clause, or a relative clause hung on the contract noun ("his contract, which runs until")."""
        if self.clause[cue[0]] == self.clause[pos]:
            return True
        return cue[1] + 1 < len(self.norms) and self.norms[cue[1]] == "," and self.norms[cue[1] + 1] in self.lex.relative_pronouns \
            and self.clause[cue[1] + 1] == self.clause[pos]

    def _until_before(self, start: int) -> str | None:
        """"strong" for an end-date marker right before the date ("until", "bis"); "weak" for a weak one
        ("in", "at") when the clause also has an expiry word ("expires in 2026", not "took charge in 2023")."""
        lex, norms = self.lex, self.norms
        for k in range(max(0, start - 5), start):  # "until the summer of 2029"
            for end, pat, _ in lex.until_words.matches_at(norms, k):
                if end > start or any(n not in lex.determiners and n not in lex.period_fillers and n not in ("'", "’")
                                      for n in norms[end:start]):  # "bis Sommer 2027", "until the summer of 2027"
                    continue
                if pat.text not in lex.weak_until:
                    return "strong"
                if self._expiry_in_clause(start):
                    return "weak"
        return None

    def _expiry_in_clause(self, pos: int) -> bool:
        clause = self.clause[pos]
        return any(self.lex.expiry_words.matches_at(self.norms, j) for j in range(len(self.norms)) if self.clause[j] == clause)

    def periods(self) -> None:
        """Start and end years of the sentence's membership claims. A range, "since" or "until" dates the
        nearest claim in its clause (or the team right before its parenthesis: "<Club> (2015-2019)"); a bare
        "in 2017" dates every move the clause tells, as its start ("joined") or end ("left", "from")."""
        claims = [r for r in self.out if r.predicate in MEMBERSHIP and isinstance(r.object, Entity)
                  and r.stance == "positive"]
        exprs = find_periods(self.norms, self.lex) if claims else []
        if not exprs:
            return
        contract_clauses = {self.clause[a] for a, _b, _p, _ in self.lex.contract_cues.find(self.norms)}
        where = {id(r): self._team_at(r) for r in claims}
        for e in exprs:
            if e.kind in ("year", "bare"):
                in_clause = [r for r in claims if where[id(r)] is not None and self.clause[where[id(r)][0]] == self.clause[e.start]
                             and self._move_edge(r)]
                for r in in_clause:
                    edge = self._move_edge(r)
                    if r.origin and len(in_clause) > 1:
                        continue  # "came through at <A> before moving to <B> in 2021": the year is the move's
                    if e.kind == "bare" and not (r.span[0] - 3 <= e.start < r.span[1] + 3):
                        continue  # a bare year only next to the cue: not "the 2017 final"
                    setattr(r, edge, getattr(r, edge) or e.first)
                continue
            if e.kind == "until" and self.clause[e.start] in contract_clauses:
                continue  # "contract until 2026" is contractUntil, not the end of a spell
            r = self._claim_near(e, claims, where)
            if r is not None:
                r.start = r.start or e.first
                r.end = r.end or e.last
                if e.kind == "since" and r.end is None and r.predicate in CURRENT_OF:
                    r.predicate = CURRENT_OF[r.predicate]  # "has played for <Club> since 2021": still there
                    self.own_teams.setdefault(r.subject.iri, {})[r.object.iri] = r.object

    def _team_at(self, r: Relation) -> tuple[int, int] | None:
        """The mention of the claim's team nearest to where the claim was read."""
        spots = [(m.start, m.end) for m in self.mentions if m.entity.iri == r.object.iri]
        if not spots:
            return None
        mid = (r.span[0] + r.span[1]) / 2
        return min(spots, key=lambda s: abs((s[0] + s[1]) / 2 - mid))

    def _phrase_before(self, start: int, end: int) -> int:
        """How many pieces right before a team from ``start`` on only say it is a club ("seit 2024 trainiert er den
        englischen Premier-League-Klub <Club>"): they put no distance between a date and the team."""
        for b in range(start, end):
            if (n := self._club_phrase_words(b, end)) == end - b and n:
                return n
        return 0

    def _claim_near(self, e: PeriodExpr, claims: list[Relation], where: dict) -> Relation | None:
        best, best_dist = None, PERIOD_DISTANCE + 1
        for r in claims:
            team = where[id(r)]
            if team is None:
                continue
            in_paren = team[1] < len(self.norms) and self.norms[team[1]] == "(" and team[1] < e.start \
                and ")" not in self.norms[team[1]:e.start]
            if not in_paren and self.clause[team[0]] != self.clause[e.start]:
                continue
            dist = 0 if in_paren else min(abs(e.start - team[1]), abs(team[0] - e.end) - self._phrase_before(e.end, team[0]))
            if dist < best_dist:
                best, best_dist = r, dist
        return best
