"""Sums of money in a sentence: "€20million", "£17.3m", "20 Millionen Euro", "100 millions d'euros",
with their currency (ISO 4217) and what they are (fee, signing-on fee, release clause, wage, offer).

Currency words, multipliers and the cue words for each kind come from the lexicon's ``amounts``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from graph.config import LEXICON_DIR, read_yaml
from graph.text import fold

WINDOW = 60  # characters either side of an amount searched for its kind


@dataclass(frozen=True)
class Amount:
    """One stated sum of money."""

    value: int
    currency: str
    kind: str
    text: str

    def to_json(self) -> dict:
        """The amount as in the `fkg extract` record."""
        return {"value": self.value, "currency": self.currency, "kind": self.kind, "text": self.text}


@dataclass(frozen=True)
class AmountLexicon:
    currencies: dict[str, str]
    multipliers: dict[str, int]
    kinds: tuple[tuple[str, tuple[str, ...]], ...]
    pattern: re.Pattern


@lru_cache(maxsize=8)
def amount_lexicon(lang: str) -> AmountLexicon:
    """The amounts section of data/lexicon/<lang>.yaml, compiled."""
    path = LEXICON_DIR / f"{lang}.yaml"
    if not path.exists():
        path = LEXICON_DIR / "en.yaml"
    data = (read_yaml(path) or {}).get("amounts") or {}
    currencies = {fold(str(k)) if k.isalpha() else k: str(v) for k, v in (data.get("currencies") or {}).items()}
    multipliers = {fold(str(k)): int(v) for k, v in (data.get("multipliers") or {}).items()}
    kinds = tuple((str(kind), tuple(fold(str(c)) for c in cues)) for kind, cues in (data.get("kinds") or {}).items())
    symbols = "".join(re.escape(k) for k in currencies if not k.isalpha())
    words = "|".join(sorted((re.escape(k) for k in currencies if k.isalpha()), key=len, reverse=True))
    mults = "|".join(sorted((re.escape(k) for k in multipliers), key=len, reverse=True))
    number = r"\d+(?:[.,]\d+)*"
    pattern = re.compile(
        rf"(?P<sym>[{symbols}])\s?(?P<n1>{number})\s?(?P<m1>(?:{mults})\b\.?)?"
        rf"|(?P<n2>{number})\s?(?P<m2>(?:{mults})\b\.?)?\s?(?:de\s|d')?(?P<cur>[{symbols}]|(?:{words})\b)",
        re.IGNORECASE,
    )
    return AmountLexicon(currencies, multipliers, kinds, pattern)


def find_amounts(text: str, lang: str) -> list[Amount]:
    """Every sum of money in ``text``, in order."""
    lex = amount_lexicon(lang)
    if not lex.currencies:
        return []
    out = []
    for m in lex.pattern.finditer(text):
        raw_number = m.group("n1") or m.group("n2")
        currency_key = m.group("sym") or m.group("cur")
        mult_key = (m.group("m1") or m.group("m2") or "").rstrip(".")
        currency = lex.currencies.get(currency_key) or lex.currencies.get(fold(currency_key))
        number = _number(raw_number, lang)
        if currency is None or number is None:
            continue
        value = number * lex.multipliers.get(fold(mult_key), 1) if mult_key else number
        out.append(Amount(int(round(value)), currency, _kind(text, m.start(), m.end(), lex), m.group(0).strip().rstrip(".")))
    return out


def _number(raw: str, lang: str) -> float | None:
    # English writes 1,000.5; German, French and Spanish write 1.000,5.
    thousands, decimal = (",", ".") if lang == "en" else (".", ",")
    parts = raw.split(decimal)
    if len(parts) > 2:
        return None
    whole = parts[0].replace(thousands, "")
    try:
        return float(whole + ("." + parts[1] if len(parts) == 2 else ""))
    except ValueError:
        return None


def _kind(text: str, start: int, end: int, lex: AmountLexicon) -> str:
    before = fold(text[max(0, start - WINDOW):start])
    after = fold(text[end:end + WINDOW])
    for kind, cues in lex.kinds:
        for cue in cues:
            rx = rf"(?<!\w){re.escape(cue)}(?!\w)"
            if re.search(rx, after) or re.search(rx, before):
                return kind
    return "unspecified"
