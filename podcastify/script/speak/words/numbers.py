"""The words of English numbers, as :mod:`podcastify.script.speak.numbers` puts them together."""

from __future__ import annotations

UNITS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
"""0 to 19, each its own word."""

TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
"""The tens from 20, by their digit."""

SCALES = (
    "",
    "thousand",
    "million",
    "billion",
    "trillion",
    "quadrillion",
    "quintillion",
    "sextillion",
    "septillion",
    "octillion",
    "nonillion",
)
"""Each power of a thousand (short scale, as in US English); a number of a decillion (10**33)
or more is read digit by digit."""

IRREGULAR_ORDINALS = {
    "zero": "zeroth",
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}
"""Ordinals that are not the cardinal plus "th" (or "-ty" -> "-tieth")."""
