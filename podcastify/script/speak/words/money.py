"""Currencies, magnitudes, and the words that make an amount a modifier.

Plain data for :mod:`podcastify.script.speak`: written forms and what a US narrator
says for them, checked against Piper's espeak-ng phonemizer (voice ``en_US-joe-medium``).
"""

from __future__ import annotations

#: Currency symbols (longest first when matched) and (singular, plural, minor singular,
#: minor plural); a currency without a spoken minor unit has empty strings there.
CURRENCY_SYMBOLS: dict[str, tuple[str, str, str, str]] = {
    "US$": ("US dollar", "US dollars", "cent", "cents"),
    "C$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "CA$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "A$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "AU$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "NZ$": ("New Zealand dollar", "New Zealand dollars", "cent", "cents"),
    "HK$": ("Hong Kong dollar", "Hong Kong dollars", "cent", "cents"),
    "S$": ("Singapore dollar", "Singapore dollars", "cent", "cents"),
    "R$": ("real", "reais", "centavo", "centavos"),
    "$": ("dollar", "dollars", "cent", "cents"),
    "£": ("pound", "pounds", "penny", "pence"),
    "€": ("euro", "euros", "cent", "cents"),
    "¥": ("yen", "yen", "", ""),
    "₹": ("rupee", "rupees", "", ""),
    "₩": ("won", "won", "", ""),
    "₽": ("ruble", "rubles", "", ""),
    "₺": ("lira", "lira", "", ""),
    "₪": ("shekel", "shekels", "", ""),
    "₦": ("naira", "naira", "", ""),
    "₱": ("peso", "pesos", "", ""),
    "฿": ("baht", "baht", "", ""),
    "₿": ("bitcoin", "bitcoin", "", ""),
}

#: ISO currency codes written before or after an amount ("USD 5", "5 EUR").
CURRENCY_CODES: dict[str, tuple[str, str, str, str]] = {
    "USD": ("US dollar", "US dollars", "cent", "cents"),
    "EUR": ("euro", "euros", "cent", "cents"),
    "GBP": ("pound", "pounds", "penny", "pence"),
    "JPY": ("yen", "yen", "", ""),
    "CNY": ("yuan", "yuan", "", ""),
    "RMB": ("yuan", "yuan", "", ""),
    "INR": ("rupee", "rupees", "", ""),
    "CHF": ("Swiss franc", "Swiss francs", "", ""),
    "CAD": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "AUD": ("Australian dollar", "Australian dollars", "cent", "cents"),
}

#: Minor-unit symbols written after the amount ("99¢", "50p").
MINOR_CURRENCY_SUFFIXES: dict[str, tuple[str, str]] = {
    "¢": ("cent", "cents"),
    "p": ("penny", "pence"),
}

#: Magnitude words and abbreviations that follow an amount ("$3bn", "€5 million").
MAGNITUDES: dict[str, str] = {
    "thousand": "thousand",
    "million": "million",
    "billion": "billion",
    "trillion": "trillion",
    "k": "thousand",
    "K": "thousand",
    "m": "million",
    "M": "million",
    "mn": "million",
    "mln": "million",
    "bn": "billion",
    "B": "billion",
    "b": "billion",
    "tn": "trillion",
    "T": "trillion",
    "tr": "trillion",
}

#: Words after an amount that show it is used as a modifier: "a $5 million project" is read
#: "a five million dollar project", not "dollars". Any other lowercase word after "a $N" counts
#: as a noun being modified, except these function words.
NOT_MODIFIED: frozenset[str] = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "per",
        "each",
        "this",
        "that",
        "which",
        "than",
        "as",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "has",
        "had",
        "have",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "more",
        "less",
        "last",
        "next",
        "year",
        "month",
        "week",
        "day",
        "share",
        "piece",
        "head",
        "apiece",
    }
)
