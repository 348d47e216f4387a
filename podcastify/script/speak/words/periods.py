"""Business periods and comparisons: quarters, halves, fiscal years, "YoY".

Plain data for :mod:`podcastify.script.speak.periods`.
"""

from __future__ import annotations

#: Comparisons written as initialisms, as a narrator says them.
PERIOD_ABBREVIATIONS: dict[str, str] = {
    "YoY": "year over year",
    "yoy": "year over year",
    "Y/Y": "year over year",
    "y/y": "year over year",
    "QoQ": "quarter over quarter",
    "Q/Q": "quarter over quarter",
    "MoM": "month over month",
    "M/M": "month over month",
    "WoW": "week over week",
    "YTD": "year to date",
    "QTD": "quarter to date",
    "MTD": "month to date",
    "TTM": "trailing twelve months",
    "LTM": "last twelve months",
}

#: Letters of a period written before or after its number ("Q3", "3Q", "H1", "1H").
PERIOD_LETTERS: frozenset[str] = frozenset({"Q", "H"})
