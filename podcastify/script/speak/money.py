"""Money and percentages."""

from __future__ import annotations

import re

from podcastify.patterns import compiled
from podcastify.script.speak.context import alternation, next_word, previous_word
from podcastify.script.speak.numbers import MAX_CARDINAL_DIGITS, NUM, cardinal, is_one, say_number
from podcastify.script.speak.words.money import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    MAGNITUDES,
    MINOR_CURRENCY_SUFFIXES,
    NOT_MODIFIED,
)

_SYMBOL = alternation(CURRENCY_SYMBOLS)
_CODE = alternation(CURRENCY_CODES)
_MAGNITUDE_WORDS = r"thousand|million|billion|trillion"
_MAGNITUDE_ABBREVIATIONS = alternation(
    key for key in MAGNITUDES if key not in _MAGNITUDE_WORDS.split("|")
)
_MAGNITUDE = (
    rf"(?:(?P<magsep>[\s-]?)(?P<mag>{_MAGNITUDE_WORDS})\b"
    rf"|(?P<magabbr>{_MAGNITUDE_ABBREVIATIONS})\b)"
)
_MONEY_RE = compiled(
    rf"(?<![\w$])(?P<cur>{_SYMBOL})\s?(?P<a>{NUM})"
    rf"(?:\s?[-–]\s?(?:{_SYMBOL})?\s?(?P<b>{NUM}))?{_MAGNITUDE}?(?P<hyphen>-(?=[a-z]))?"
)
_MAGNITUDE_BOTH_RE = compiled(
    rf"(?P<cur>{_SYMBOL})(?P<a>{NUM})(?P<m>[KkMB]|bn|m)\s?(?P<dash>[-–])\s?(?P=cur)?(?P<b>{NUM})(?P=m)\b"
)
_CODE_BEFORE_RE = compiled(
    rf"\b(?P<cur>{_CODE})\s?(?P<a>{NUM})(?:\s?[-–]\s?(?P<b>{NUM}))?{_MAGNITUDE}?(?!\w)"
)
_CODE_AFTER_RE = compiled(
    rf"(?<![\w.,])(?P<a>{NUM})(?:\s?[-–]\s?(?P<b>{NUM}))?{_MAGNITUDE}?\s?(?P<cur>{_CODE})\b"
)
_MINOR_RE = compiled(
    rf"(?<![\w.,])(?P<a>\d{{1,9}})\s?(?P<minor>{alternation(MINOR_CURRENCY_SUFFIXES)})(?!\w)"
)
_ARTICLES = frozenset({"a", "an"})


def is_modifier(match: re.Match[str]) -> bool:
    """True for "a $5 million project" or "$3-billion deal": say "dollar", not "dollars"."""
    groups = match.groupdict()
    if groups.get("hyphen") or groups.get("magsep") == "-":
        return True
    before = previous_word(match.string, match.start())
    after = next_word(match.string, match.end())
    return before.lower() in _ARTICLES and after.islower() and after not in NOT_MODIFIED


def _amount(amount: str, names: tuple[str, str, str, str], *, modifier: bool) -> str:
    """One amount with its unit: "3.50" -> "three dollars and fifty cents"."""
    singular, plural, minor_singular, minor_plural = names
    whole, _, fraction = amount.replace(",", "").partition(".")
    if len(whole) > MAX_CARDINAL_DIGITS or (fraction and (len(fraction) > 2 or not minor_singular)):
        return f"{say_number(amount)} {singular if modifier else plural}"
    units = int(whole or "0")
    cents = int(fraction.ljust(2, "0")) if fraction else 0
    parts = []
    if units or not cents:
        parts.append(f"{cardinal(units)} {singular if units == 1 or modifier else plural}")
    if cents:
        parts.append(f"{cardinal(cents)} {minor_singular if cents == 1 else minor_plural}")
    return " and ".join(parts)


def _has_cents(amount: str | None) -> bool:
    return bool(amount) and len(amount.partition(".")[2]) == 2


def _say_money(match: re.Match[str], names: tuple[str, str, str, str], *, modifier: bool) -> str:
    unit = names[0] if modifier else names[1]
    amount, upper = match.group("a"), match.group("b")
    magnitude = match.group("mag") or MAGNITUDES.get(match.group("magabbr") or "", "")
    if upper and not magnitude and (_has_cents(amount) or _has_cents(upper)):
        # "$12.50-$19.99": each end of the range as an amount of its own.
        low, high = (_amount(a, names, modifier=modifier) for a in (amount, upper))
        return f"{low} to {high}"
    if magnitude or upper:
        spoken = say_number(amount)
        if upper:
            spoken += f" to {say_number(upper)}"
        if magnitude:
            spoken += f" {magnitude}"
        return f"{spoken} {unit}"
    return _amount(amount, names, modifier=modifier)


def expand_money(text: str) -> str:
    """Say amounts of money: "$3 billion" -> "three billion dollars", "£40" -> "forty pounds"."""

    def by_symbol(match: re.Match[str]) -> str:
        names = CURRENCY_SYMBOLS[match.group("cur")]
        modifier = is_modifier(match)
        spoken = _say_money(match, names, modifier=modifier)
        return spoken + (" " if match.group("hyphen") else "")

    def by_code(match: re.Match[str]) -> str:
        names = CURRENCY_CODES[match.group("cur")]
        return _say_money(match, names, modifier=is_modifier(match))

    def minor(match: re.Match[str]) -> str:
        singular, plural = MINOR_CURRENCY_SUFFIXES[match.group("minor")]
        amount = match.group("a")
        return f"{cardinal(int(amount))} {singular if is_one(amount) else plural}"

    text = _MAGNITUDE_BOTH_RE.sub(  # "$1.5M–$2M" is "$1.5–2M"
        lambda m: f"{m.group('cur')}{m.group('a')}{m.group('dash')}{m.group('b')}{m.group('m')}",
        text,
    )
    text = _MONEY_RE.sub(by_symbol, text)
    text = _CODE_BEFORE_RE.sub(by_code, text)
    text = _CODE_AFTER_RE.sub(by_code, text)
    return _MINOR_RE.sub(minor, text)


_PERCENT_RANGE_RE = compiled(
    rf"(?<![\w.,])(?P<a>{NUM})(?:\s?%?\s?[-–]\s?|\s+to\s+)(?P<b>{NUM})\s?%"
)
_PERCENT_RE = compiled(rf"(?<![\w.,])(?P<a>{NUM})\s?%")


def expand_percentages(text: str) -> str:
    """Say "45%" as "forty-five percent" and "10-15%" as "ten to fifteen percent"."""
    text = _PERCENT_RANGE_RE.sub(
        lambda m: f"{say_number(m.group('a'))} to {say_number(m.group('b'))} percent", text
    )
    return _PERCENT_RE.sub(lambda m: f"{say_number(m.group('a'))} percent", text)
