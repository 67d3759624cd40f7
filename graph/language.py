"""Language detection (py3langid, a trained naive-Bayes identifier) restricted to our languages."""

from __future__ import annotations

from functools import lru_cache

SUPPORTED = ("en", "de", "fr", "es")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(SUPPORTED) + ["it", "pt", "nl"])
    return ident


def detect_language(text: str) -> str:
    """Return an ISO 639-1 code among the supported languages (English when unsure or unsupported)."""
    sample = text[:5000]
    if not any(c.isalpha() for c in sample):
        return "en"
    lang, _prob = _identifier().classify(sample)
    return lang if lang in SUPPORTED else "en"
