"""Sums written with signs: "3-1=2" is "three minus one equals two", "3*4" "three times four",
"10÷2" "ten divided by two", "2^10" "two to the power of ten"."""

from __future__ import annotations

from podcastify.patterns import compiled
from podcastify.script.speak.numbers import NUM

_OPERATORS = {
    "+": "plus",
    "-": "minus",
    "−": "minus",
    "*": "times",
    "×": "times",
    "x": "times",
    "÷": "divided by",
    "/": "divided by",
    "^": "to the power of",
}
_OPERATOR = r"[-+*×x÷/^−]"
_SUM_RE = compiled(
    rf"(?<![\w.,/-])(?P<sum>{NUM}(?:\s?{_OPERATOR}\s?{NUM})+\s?=\s?-?{NUM})(?![\w/]|[.,]\d)"
)
_ALWAYS_RE = compiled(rf"(?<![\w.,/])(?P<a>{NUM})\s?(?P<op>[*÷^])\s?(?P<b>{NUM})(?![\w/]|[.,]\d)")
_TERM_RE = compiled(rf"{NUM}|{_OPERATOR}|=")


def _say_sum(written: str) -> str:
    words = []
    for token in _TERM_RE.findall(written):
        if token == "=":
            words.append("equals")
        elif token in _OPERATORS:
            words.append(_OPERATORS[token])
        else:
            words.append(token)
    return " ".join(words)


def expand_arithmetic(text: str) -> str:
    """Say sums with their operators: "3-1=2" -> "3 minus 1 equals 2", "3*4" -> "3 times 4"."""
    text = _SUM_RE.sub(lambda m: _say_sum(m.group("sum")), text)
    return _ALWAYS_RE.sub(
        lambda m: f"{m.group('a')} {_OPERATORS[m.group('op')]} {m.group('b')}", text
    )
