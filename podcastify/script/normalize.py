"""Rewrite one written sentence as the words a narrator says, for Piper to read.

Piper hands text to espeak-ng, which reads "In 1882" as "one thousand eight hundred eighty-two",
"$3 billion" as "dollar three billion" and ends the sentence at "Dr." or "U.S.". Each function in
:data:`NORMALIZERS` fixes one such thing, turning digits, symbols and abbreviations into plain
words; :func:`normalize_for_speech` runs them in order.

The input is one sentence (or a short paragraph) of cleaned written English, already split by
pysbd. The output keeps the sentence's own punctuation and never adds a full stop, question
mark or exclamation mark inside it, so Piper does not split it into more sentences. Spoken forms
are US English and were chosen so that espeak-ng pronounces them correctly.

Piper's inline phoneme blocks (``[[ ... ]]``) pass through untouched.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from num2words import num2words

from podcastify.script import wordlists as words

if TYPE_CHECKING:
    from podcastify.script.lexicon import Lexicon

__all__ = ["NORMALIZERS", "normalize_for_speech"]

# --- Number reading --------------------------------------------------------------------------

_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_MAX_CARDINAL_DIGITS = 33  # longer numbers (a decillion and up) are read digit by digit
_ASCII_DIGITS = frozenset("0123456789")

#: A written number: "1,234,567.89", "1234.5", "42", ".5".
_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"


def _tidy_number_words(spoken: str) -> str:
    """Drop num2words' commas and British "and" ("one hundred and one" -> "one hundred one")."""
    return spoken.replace(",", "").replace(" and ", " ")


def _digits(text: str) -> str:
    """Read every digit on its own: "555" -> "five five five"."""
    return " ".join(_DIGIT_WORDS[int(char)] for char in text if char in _ASCII_DIGITS)


def _cardinal(number: int) -> str:
    if number < 0:
        return f"minus {_cardinal(-number)}"
    if number >= 10**_MAX_CARDINAL_DIGITS:
        return _digits(str(number))
    return _tidy_number_words(num2words(number, lang="en"))


def _ordinal(number: int) -> str:
    if number >= 10**_MAX_CARDINAL_DIGITS:
        return _cardinal(number)
    return _tidy_number_words(num2words(number, lang="en", to="ordinal"))


def _year(year: int) -> str:
    """Read a year the way people say it: 1882, 1905, 2008, 2020, 1900."""
    if year < 1000 or 2000 <= year <= 2009 or year >= 10000:
        return _cardinal(year)
    return _tidy_number_words(num2words(year, lang="en", to="year")).replace("oh-", "oh ")


def _number(text: str) -> str:
    """Read a written number: "1,234.5" -> "one thousand two hundred thirty-four point five".

    ".5" is "point five"; a leading zero ("007") reads the digits one by one.
    """
    whole, _, fraction = text.replace(",", "").partition(".")
    if not whole:
        spoken = ""
    elif (len(whole) > 1 and whole[0] == "0") or len(whole) > _MAX_CARDINAL_DIGITS:
        spoken = _digits(whole)
    else:
        spoken = _cardinal(int(whole))
    if fraction:
        spoken = f"{spoken} point {_digits(fraction)}".strip()
    return spoken


def _is_one(text: str) -> bool:
    return text == "1"


def _pair(two_digits: str) -> str:
    """The second half of a model number: "37" -> "thirty-seven", "08" -> "oh eight"."""
    if two_digits == "00":
        return "hundred"
    if two_digits[0] == "0":
        return f"oh {_DIGIT_WORDS[int(two_digits[1])]}"
    return _cardinal(int(two_digits))


def _code_number(digits: str) -> str:
    """Read the number in a code or model name in pairs: "737" -> "seven thirty-seven".

    "35" is "thirty-five", "380" is "three eighty", "2707" is "twenty-seven oh seven".
    """
    if digits[0] == "0" and len(digits) > 1:
        return _digits(digits)
    if len(digits) <= 2:
        return _cardinal(int(digits))
    if len(digits) == 3:
        return f"{_DIGIT_WORDS[int(digits[0])]} {_pair(digits[1:])}"
    if len(digits) == 4:
        return _year(int(digits))
    return _digits(digits)


def _pluralize(spoken: str) -> str:
    """Plural of spoken number words: "nineteen ninety" -> "nineteen nineties"."""
    if spoken.endswith("y"):
        return spoken[:-1] + "ies"
    if spoken.endswith("x"):
        return spoken + "es"
    return spoken + "s"


def _capitalize(spoken: str) -> str:
    return spoken[:1].upper() + spoken[1:]


# --- Context helpers -------------------------------------------------------------------------

_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[\s-]$")
_NEXT_WORD = re.compile(r"\s([A-Za-z][A-Za-z']*)")
_CLOSERS = " \"')]}"


def _previous_word(text: str, start: int) -> str:
    """The word just before ``start`` (one space or hyphen away), or ""."""
    match = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return match.group(1) if match else ""


def _next_word(text: str, end: int) -> str:
    """The word just after ``end`` (one space away), or ""."""
    match = _NEXT_WORD.match(text, end)
    return match.group(1) if match else ""


def _at_end(text: str, index: int) -> bool:
    """True if only closing quotes, brackets or spaces follow ``index``."""
    return not text[index:].strip(_CLOSERS)


def _final_stop(match: re.Match[str]) -> str:
    """A full stop to put back when ``match`` swallowed the one ending the sentence."""
    if match.group(0).endswith(".") and _at_end(match.string, match.end()):
        return "."
    return ""


def _alternation(options: Iterable[str]) -> str:
    """A regex alternation of literal strings, longest first."""
    return "|".join(re.escape(option) for option in sorted(options, key=len, reverse=True))


# --- 1. Unicode ------------------------------------------------------------------------------

_UNICODE_TABLE = str.maketrans(
    {
        **dict.fromkeys("\t\n\r\v\f\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008", " "),
        **dict.fromkeys("\u2009\u200a\u202f\u205f\u3000", " "),
        **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f", ""),
        **dict.fromkeys("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", ""),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2212\ufe63\uff0d", "-"),
        **dict.fromkeys("\u2012\u2013", "\u2013"),
        **dict.fromkeys("\u2014\u2015\ufe58", "\u2014"),
        **dict.fromkeys("\u2044\u2215", "/"),
        "\u2026": "...",
        "\u00ba": "\u00b0",
    }
)
_VULGAR_FRACTIONS = {
    "½": "1/2",
    "⅓": "1/3",
    "⅔": "2/3",
    "¼": "1/4",
    "¾": "3/4",
    "⅕": "1/5",
    "⅖": "2/5",
    "⅗": "3/5",
    "⅘": "4/5",
    "⅙": "1/6",
    "⅚": "5/6",
    "⅛": "1/8",
    "⅜": "3/8",
    "⅝": "5/8",
    "⅞": "7/8",
}
_VULGAR_RE = re.compile(rf"(\d)?([{''.join(_VULGAR_FRACTIONS)}])")
_GROUPING_SPACE_RE = re.compile(r"(?<=\d)[\u2009\u202f\u00a0](?=\d{3}\b)")
_SPACES_RE = re.compile(r" {2,}")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # espeak rejects NUL


def normalize_unicode(text: str) -> str:
    """Fold typographic characters (curly quotes, odd spaces, dashes, "½") to plain ones."""
    text = unicodedata.normalize("NFC", _CONTROL_RE.sub("", text))
    text = _GROUPING_SPACE_RE.sub("", text)
    text = text.translate(_UNICODE_TABLE)
    text = _VULGAR_RE.sub(
        lambda m: (f"{m.group(1)} " if m.group(1) else "") + _VULGAR_FRACTIONS[m.group(2)],
        text,
    )
    return _SPACES_RE.sub(" ", text).strip()


# --- 2. Abbreviations ------------------------------------------------------------------------

_LATIN = {
    **words.LATIN_ABBREVIATIONS,
    **{
        _capitalize(key): _capitalize(value)
        for key, value in words.LATIN_ABBREVIATIONS.items()
        if key[0].islower() and key != "vs"
    },
}
_LATIN_RE = re.compile(rf"(?<![\w.])(?:{_alternation(_LATIN)})(?!\w)")
_VERSUS_RE = re.compile(r"(?<=[A-Za-z] )v\.(?= [A-Z])")


def expand_latin_abbreviations(text: str) -> str:
    """Say "e.g.", "i.e.", "etc." and "vs." as words so their stops do not end the sentence."""
    text = _LATIN_RE.sub(lambda m: _LATIN[m.group(0)] + _final_stop(m), text)
    return _VERSUS_RE.sub("versus", text)


_PARTY_RE = re.compile(
    rf"\b(?P<party>[{''.join(words.PARTIES)}])-(?P<state>"
    rf"{_alternation(words.US_STATE_ABBREVIATIONS)}|"
    rf"(?:{_alternation(words.US_STATE_CODES)})(?![\w.])|[A-Z][a-z]+(?![\w.]))"
)
_DATELINE_STATE_RE = re.compile(
    rf"(?<=[A-Za-z], )(?P<state>{_alternation(words.US_STATE_ABBREVIATIONS)})(?![\w])"
)


def expand_us_states(text: str) -> str:
    """Say AP state abbreviations: "(D-Calif.)" -> "Democrat of California", "Austin, Tex."."""

    def party(match: re.Match[str]) -> str:
        state = match.group("state")
        name = words.US_STATE_ABBREVIATIONS.get(state) or words.US_STATE_CODES.get(state, state)
        return f"{words.PARTIES[match.group('party')]} of {name}{_final_stop(match)}"

    text = _PARTY_RE.sub(party, text)
    return _DATELINE_STATE_RE.sub(
        lambda m: words.US_STATE_ABBREVIATIONS[m.group("state")] + _final_stop(m), text
    )


_TITLE_RE = re.compile(
    rf"\b(?P<abbr>{_alternation(words.TITLES)})(?P<dot>\.)?(?P<name>(?=\s+[A-Z]))?(?!\w)"
)


def expand_titles(text: str) -> str:
    """Expand a title before a name ("Dr. Smith" -> "Doctor Smith", "St. Louis" -> "Saint")."""

    def replace(match: re.Match[str]) -> str:
        abbr, dot = match.group("abbr"), match.group("dot")
        if match.group("name") is not None:
            if dot or abbr in words.TITLES_WITHOUT_STOP:
                return words.TITLES[abbr]
        elif dot and abbr in words.TITLES_ALWAYS_EXPANDED:
            return words.TITLES[abbr] + _final_stop(match)
        return match.group(0)

    return _TITLE_RE.sub(replace, text)


_SUFFIX_RE = re.compile(rf"(?<=\s)(?P<abbr>{_alternation(words.NAME_SUFFIXES)})(?P<dot>\.)?(?!\w)")
_SUFFIX_AFTER_RE = re.compile(r"(?:[A-Z][\w'.-]*|\d+(?:st|nd|rd|th)?|&),?$")


def expand_name_suffixes(text: str) -> str:
    """Expand "Main St.", "King Jr." and "Apple Inc." after a name; keep a final stop."""

    def replace(match: re.Match[str]) -> str:
        abbr, dot = match.group("abbr"), match.group("dot")
        if not dot and abbr not in words.SUFFIXES_WITHOUT_STOP:
            return match.group(0)
        before = match.string[: match.start()].rstrip().rpartition(" ")[2]
        always = dot and abbr in words.ALWAYS_EXPANDED_SUFFIXES
        if not always and not _SUFFIX_AFTER_RE.search(before):
            return match.group(0)
        return words.NAME_SUFFIXES[abbr] + _final_stop(match)

    return _SUFFIX_RE.sub(replace, text)


_GENERAL_ABBREVIATION_RE = re.compile(
    rf"(?<![\w.])(?:{_alternation(words.GENERAL_ABBREVIATIONS)})(?!\w)"
)
_MONTH_ABBREVIATION_STOP_RE = re.compile(
    rf"\b(?P<abbr>{_alternation(words.MONTH_ABBREVIATIONS)})\.(?!\w)"
)


def expand_general_abbreviations(text: str) -> str:
    """Expand stopped abbreviations such as "dept." and "Jan." that are never sentence ends."""
    text = _GENERAL_ABBREVIATION_RE.sub(
        lambda m: words.GENERAL_ABBREVIATIONS[m.group(0)] + _final_stop(m), text
    )
    return _MONTH_ABBREVIATION_STOP_RE.sub(
        lambda m: words.MONTHS[words.MONTH_ABBREVIATIONS[m.group("abbr")] - 1] + _final_stop(m),
        text,
    )


_NUMBER_PREFIX_RE = re.compile(
    rf"(?<![\w.])(?P<abbr>{_alternation(words.NUMBER_PREFIXES)})\s?(?=\d)"
)


def expand_number_prefixes(text: str) -> str:
    """Say "No. 5", "#1", "pp. 5-7" and "c. 1850" as "number", "pages" and "circa"."""

    def replace(match: re.Match[str]) -> str:
        return words.NUMBER_PREFIXES[match.group("abbr")] + " "

    return _NUMBER_PREFIX_RE.sub(replace, text)


# --- 3. Initialisms --------------------------------------------------------------------------

_DOTTED_FORM_RE = re.compile(rf"(?<![\w.])(?:{_alternation(words.DOTTED_FORMS)})(?!\w)")
_DOTTED_INITIALISM_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.)+[A-Z]\.?(?!\w)")
_SINGLE_INITIAL_RE = re.compile(r"(?<![\w.])([A-Z])\.(?=\s+[A-Z])")
_RESPELLED = {**words.SPELLED_INITIALISMS, **words.WORD_ACRONYMS}
_RESPELL_RE = re.compile(rf"\b(?:{_alternation(_RESPELLED)})\b(?!\.\w)")
_LOWERCASE_RE = re.compile(r"[a-z]")


def expand_initialisms(text: str) -> str:
    """Write "U.S." as "US" (no false sentence end) and respell the initialisms espeak misreads."""
    text = _DOTTED_FORM_RE.sub(lambda m: words.DOTTED_FORMS[m.group(0)] + _final_stop(m), text)
    text = _DOTTED_INITIALISM_RE.sub(lambda m: m.group(0).replace(".", "") + _final_stop(m), text)
    text = _SINGLE_INITIAL_RE.sub(lambda m: words.LETTER_NAMES.get(m.group(1), m.group(1)), text)
    if _LOWERCASE_RE.search(text):  # all-capital text is shouting, not initialisms
        text = _RESPELL_RE.sub(lambda m: _RESPELLED[m.group(0)], text)
    return text


# --- 4. Dates and times ----------------------------------------------------------------------

_MONTH_NUMBERS = {
    **{month: number for number, month in enumerate(words.MONTHS, start=1)},
    **words.MONTH_ABBREVIATIONS,
}
_MONTH = rf"(?P<month>{_alternation(_MONTH_NUMBERS)})\.?"
_WEEKDAY_RE = re.compile(
    rf"\b(?P<day>{_alternation(words.WEEKDAY_ABBREVIATIONS)})\.?(?=,?\s+(?:\d|{_MONTH}))"
)
_ISO_DATE_RE = re.compile(r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])")
_NUMERIC_DATE_RE = re.compile(
    r"(?<![\w/.-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/-])"
)
_DOTTED_DATE_RE = re.compile(r"(?<![\w.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\w|\.\d)")
_MONTH_DAY_RE = re.compile(
    rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])\b"
    rf"(?:,?\s+(?P<y>\d{{4}})(?![\w,.]\d))?"
)
_DAY_MONTH_RE = re.compile(
    rf"(?<![\w.,])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?!\w)"
    rf"(?:,?\s+(?P<y>\d{{4}})(?![\w,.]\d))?"
)
_MONTH_YEAR_RE = re.compile(rf"\b{_MONTH}\s+(?P<y>\d{{4}})(?![\w,.]\d)")


def _month_name(number: int) -> str:
    return words.MONTHS[number - 1]


def _two_digit_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _us_date(month: int, day: int, year: int | None) -> str:
    spoken = f"{_month_name(month)} {_ordinal(day)}"
    return f"{spoken}, {_year(year)}" if year is not None else spoken


def _day_first_date(text: str, start: int, month: int, day: int, year: int | None) -> str:
    article = "" if text[:start].lower().endswith("the ") else "the "
    spoken = f"{article}{_ordinal(day)} of {_month_name(month)}"
    return f"{spoken}, {_year(year)}" if year is not None else spoken


def expand_dates(text: str) -> str:
    """Say dates as words: "04/01/2020" and "2020-04-01" -> "April first, twenty twenty"."""
    text = _WEEKDAY_RE.sub(lambda m: words.WEEKDAY_ABBREVIATIONS[m.group("day")], text)

    def iso(match: re.Match[str]) -> str:
        year, month, day = (int(match.group(key)) for key in ("y", "m", "d"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return match.group(0)
        return _us_date(month, day, year)

    def numeric(match: re.Match[str]) -> str:
        first, second = int(match.group("a")), int(match.group("b"))
        year = _two_digit_year(match.group("y"))
        if 1 <= first <= 12 and 1 <= second <= 31:
            return _us_date(first, second, year)
        if 1 <= second <= 12 and 1 <= first <= 31:
            return _day_first_date(match.string, match.start(), second, first, year)
        return match.group(0)

    def dotted(match: re.Match[str]) -> str:
        day, month, year = (int(match.group(key)) for key in ("d", "m", "y"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return match.group(0)
        return _day_first_date(match.string, match.start(), month, day, year)

    def month_day(match: re.Match[str]) -> str:
        day = int(match.group("d"))
        if not 1 <= day <= 31:
            return match.group(0)
        year = int(match.group("y")) if match.group("y") else None
        return _us_date(_MONTH_NUMBERS[match.group("month")], day, year)

    def day_month(match: re.Match[str]) -> str:
        day = int(match.group("d"))
        if not 1 <= day <= 31:
            return match.group(0)
        year = int(match.group("y")) if match.group("y") else None
        month = _MONTH_NUMBERS[match.group("month")]
        return _day_first_date(match.string, match.start(), month, day, year)

    def month_year(match: re.Match[str]) -> str:
        return f"{_month_name(_MONTH_NUMBERS[match.group('month')])} {_year(int(match.group('y')))}"

    text = _ISO_DATE_RE.sub(iso, text)
    text = _NUMERIC_DATE_RE.sub(numeric, text)
    text = _DOTTED_DATE_RE.sub(dotted, text)
    text = _MONTH_DAY_RE.sub(month_day, text)
    text = _DAY_MONTH_RE.sub(day_month, text)
    return _MONTH_YEAR_RE.sub(month_year, text)


_CLOCK_12H_RE = re.compile(
    r"(?<![\w:.])(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s?(?P<half>[AaPp])\.?\s?[Mm](?P<dot>\.)?(?!\w)"
)
_CLOCK_24H_RE = re.compile(r"(?<![\w:.])(?P<h>\d{1,2}):(?P<m>\d{2})(?![\d:])")
_RATIO_RE = re.compile(r"(?<![\w:.])(?P<a>\d+):(?P<b>\d+)(?![\d:])")


def _minutes(minutes: int) -> str:
    if minutes < 10:
        return f"oh {_DIGIT_WORDS[minutes]}"
    return _cardinal(minutes)


def expand_times(text: str) -> str:
    """Say clock times and ratios: "2:34pm" -> "two thirty-four PM", "3:1" -> "three to one"."""

    def twelve_hour(match: re.Match[str]) -> str:
        hour = int(match.group("h"))
        minutes = int(match.group("m") or 0)
        if not (0 <= hour <= 12 and minutes < 60):
            return match.group(0)
        spoken = _cardinal(hour or 12)
        if minutes:
            spoken += f" {_minutes(minutes)}"
        return f"{spoken} {match.group('half').upper()}M{_final_stop(match)}"

    def twenty_four_hour(match: re.Match[str]) -> str:
        hour, minutes = int(match.group("h")), int(match.group("m"))
        if not (hour <= 24 and minutes < 60):
            return match.group(0)
        if hour in (0, 24) and minutes == 0:
            return "midnight"
        if minutes == 0:
            return f"{_cardinal(hour)} o'clock" if hour <= 12 else f"{_cardinal(hour)} hundred"
        return f"{_cardinal(hour or 12)} {_minutes(minutes)}"

    text = _CLOCK_12H_RE.sub(twelve_hour, text)
    text = _CLOCK_24H_RE.sub(twenty_four_hour, text)
    return _RATIO_RE.sub(lambda m: f"{_number(m.group('a'))} to {_number(m.group('b'))}", text)


# --- 5. Phone numbers and signs --------------------------------------------------------------

_US_PHONE_RE = re.compile(
    r"(?<![\w+])(?:(?P<country>\+?1)[\s.-])?(?P<area>\(\d{3}\)\s?|\d{3}[\s.-])"
    r"(?P<exchange>\d{3})[.-](?P<line>\d{4})(?![\w-])"
)
_INTERNATIONAL_PHONE_RE = re.compile(
    r"(?<![\w+])\+(?P<digits>\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){2,5})(?!\d)"
)


_EMERGENCY_RE = re.compile(
    rf"(?<![\w.,/$-])(?:{_alternation(words.EMERGENCY_NUMBERS)})(?![\w/-]|[.,]\d)"
)


def _phone_group(group: str) -> str:
    group = group.strip("() .-")
    if len(group) == 3 and group.endswith("00") and group[0] != "0":
        return f"{_DIGIT_WORDS[int(group[0])]} hundred"  # 800 numbers
    return _digits(group)


_DOTTED_NUMBER_RE = re.compile(r"(?<![\w.])(?P<parts>\d+(?:\.\d+){2,})(?!\w|\.\d)")


def _dotted_part(part: str) -> str:
    return _digits(part) if len(part) > 1 and part.startswith("0") else _cardinal(int(part))


def expand_dotted_numbers(text: str) -> str:
    """Say versions "1.2.3" as "one point two point three", addresses with "dot"."""

    def spoken(match: re.Match[str]) -> str:
        parts = match.group("parts").split(".")
        is_address = len(parts) == 4 and all(int(p) <= 255 for p in parts)
        joiner = " dot " if is_address else " point "
        return joiner.join(_dotted_part(p) for p in parts)

    return _DOTTED_NUMBER_RE.sub(spoken, text)


def expand_phone_numbers(text: str) -> str:
    """Read phone numbers digit by digit in groups: "(555) 123-4567", "911"."""

    def us(match: re.Match[str]) -> str:
        groups = [match.group("area"), match.group("exchange"), match.group("line")]
        spoken = ", ".join(_phone_group(group) for group in groups)
        country = match.group("country")
        if country:
            prefix = "plus one" if country.startswith("+") else "one"
            spoken = f"{prefix}, {spoken}"
        return spoken

    def international(match: re.Match[str]) -> str:
        groups = re.split(r"[\s.-]", match.group("digits"))
        return "plus " + ", ".join(_digits(group) for group in groups)

    text = _US_PHONE_RE.sub(us, text)
    text = _INTERNATIONAL_PHONE_RE.sub(international, text)

    def emergency(match: re.Match[str]) -> str:
        if _previous_word(match.string, match.start()) in words.MODEL_NUMBER_MAKERS:
            return match.group(0)  # "Porsche 911"
        return _digits(match.group(0))

    return _EMERGENCY_RE.sub(emergency, text)


_NEGATIVE_RE = re.compile(r"(?:^|(?<=[(\[\"])|(?<=[^\w\s%] )|(?<=[A-Za-z] ))-(?=\$?\.?\d)")
_LEADING_SIGN_RE = re.compile(r"(?:^|(?<=[\s(\[]))(?P<sign>[+~≈±≤≥<>])\s?(?=[$£€¥]?\.?\d)")
_SIGN_WORDS = {**words.SYMBOL_WORDS, "<": "less than", ">": "more than"}


def expand_signs(text: str) -> str:
    """Say a sign before a number: "-5" -> "minus 5", "~10" -> "about 10", "+3" -> "plus 3"."""
    text = _NEGATIVE_RE.sub("minus ", text)
    return _LEADING_SIGN_RE.sub(lambda m: _SIGN_WORDS[m.group("sign")] + " ", text)


# --- 6. Money, percentages, units ------------------------------------------------------------

_SYMBOL = _alternation(words.CURRENCY_SYMBOLS)
_CODE = _alternation(words.CURRENCY_CODES)
_MAGNITUDE_WORDS = r"thousand|million|billion|trillion"
_MAGNITUDE_ABBREVIATIONS = _alternation(
    key for key in words.MAGNITUDES if key not in _MAGNITUDE_WORDS.split("|")
)
_MAGNITUDE = (
    rf"(?:(?P<magsep>[\s-]?)(?P<mag>{_MAGNITUDE_WORDS})\b"
    rf"|(?P<magabbr>{_MAGNITUDE_ABBREVIATIONS})\b)"
)
_MONEY_RE = re.compile(
    rf"(?<![\w$])(?P<cur>{_SYMBOL})\s?(?P<a>{_NUM})"
    rf"(?:\s?[-–]\s?(?:{_SYMBOL})?\s?(?P<b>{_NUM}))?{_MAGNITUDE}?(?P<hyphen>-(?=[a-z]))?"
)
_CODE_BEFORE_RE = re.compile(
    rf"\b(?P<cur>{_CODE})\s?(?P<a>{_NUM})(?:\s?[-–]\s?(?P<b>{_NUM}))?{_MAGNITUDE}?(?!\w)"
)
_CODE_AFTER_RE = re.compile(
    rf"(?<![\w.,])(?P<a>{_NUM})(?:\s?[-–]\s?(?P<b>{_NUM}))?{_MAGNITUDE}?\s?(?P<cur>{_CODE})\b"
)
_MINOR_RE = re.compile(
    rf"(?<![\w.,])(?P<a>\d{{1,9}})\s?(?P<minor>{_alternation(words.MINOR_CURRENCY_SUFFIXES)})(?!\w)"
)
_ARTICLES = frozenset({"a", "an"})


def _is_modifier(match: re.Match[str]) -> bool:
    """True for "a $5 million project" or "$3-billion deal": say "dollar", not "dollars"."""
    groups = match.groupdict()
    if groups.get("hyphen") or groups.get("magsep") == "-":
        return True
    before = _previous_word(match.string, match.start())
    after = _next_word(match.string, match.end())
    return before.lower() in _ARTICLES and after.islower() and after not in words.NOT_MODIFIED


def _say_money(match: re.Match[str], names: tuple[str, str, str, str], *, modifier: bool) -> str:
    singular, plural, minor_singular, minor_plural = names
    unit = singular if modifier else plural
    amount, upper = match.group("a"), match.group("b")
    magnitude = match.group("mag") or words.MAGNITUDES.get(match.group("magabbr") or "", "")
    if magnitude or upper:
        spoken = _number(amount)
        if upper:
            spoken += f" to {_number(upper)}"
        if magnitude:
            spoken += f" {magnitude}"
        return f"{spoken} {unit}"
    whole, _, fraction = amount.replace(",", "").partition(".")
    if len(whole) > _MAX_CARDINAL_DIGITS or (
        fraction and (len(fraction) > 2 or not minor_singular)
    ):
        return f"{_number(amount)} {unit}"
    units = int(whole or "0")
    cents = int(fraction.ljust(2, "0")) if fraction else 0
    parts = []
    if units or not cents:
        parts.append(f"{_cardinal(units)} {singular if units == 1 or modifier else plural}")
    if cents:
        parts.append(f"{_cardinal(cents)} {minor_singular if cents == 1 else minor_plural}")
    return " and ".join(parts)


def expand_money(text: str) -> str:
    """Say amounts of money: "$3 billion" -> "three billion dollars", "£40" -> "forty pounds"."""

    def by_symbol(match: re.Match[str]) -> str:
        names = words.CURRENCY_SYMBOLS[match.group("cur")]
        modifier = _is_modifier(match)
        spoken = _say_money(match, names, modifier=modifier)
        return spoken + (" " if match.group("hyphen") else "")

    def by_code(match: re.Match[str]) -> str:
        names = words.CURRENCY_CODES[match.group("cur")]
        return _say_money(match, names, modifier=_is_modifier(match))

    def minor(match: re.Match[str]) -> str:
        singular, plural = words.MINOR_CURRENCY_SUFFIXES[match.group("minor")]
        amount = match.group("a")
        return f"{_cardinal(int(amount))} {singular if _is_one(amount) else plural}"

    text = _MONEY_RE.sub(by_symbol, text)
    text = _CODE_BEFORE_RE.sub(by_code, text)
    text = _CODE_AFTER_RE.sub(by_code, text)
    return _MINOR_RE.sub(minor, text)


_PERCENT_RANGE_RE = re.compile(
    rf"(?<![\w.,])(?P<a>{_NUM})(?:\s?%?\s?[-–]\s?|\s+to\s+)(?P<b>{_NUM})\s?%"
)
_PERCENT_RE = re.compile(rf"(?<![\w.,])(?P<a>{_NUM})\s?%")


def expand_percentages(text: str) -> str:
    """Say "45%" as "forty-five percent" and "10-15%" as "ten to fifteen percent"."""
    text = _PERCENT_RANGE_RE.sub(
        lambda m: f"{_number(m.group('a'))} to {_number(m.group('b'))} percent", text
    )
    return _PERCENT_RE.sub(lambda m: f"{_number(m.group('a'))} percent", text)


_DIMENSIONS_RE = re.compile(rf"(?<![\w.,])(?P<a>{_NUM})\s?[x×]\s?(?={_NUM}(?![.,]?\d))")
_TIMES_RE = re.compile(rf"(?<![\w.,])(?P<a>{_NUM})[x×](?!\w)")
_HEIGHT_RE = re.compile(r"(?<![\w'])(?P<ft>\d)'\s?(?P<in>\d{1,2})(?:\"|'')?(?![\w'])")


def expand_multiplication(text: str) -> str:
    """Say "2x4" as "two by four", "10x" as "ten times" and 6'2" as "six foot two"."""
    text = _DIMENSIONS_RE.sub(lambda m: f"{_number(m.group('a'))} by ", text)
    text = _TIMES_RE.sub(lambda m: f"{_number(m.group('a'))} times", text)
    return _HEIGHT_RE.sub(
        lambda m: f"{_cardinal(int(m.group('ft')))} foot {_cardinal(int(m.group('in')))}", text
    )


_UNIT_RE = re.compile(
    rf"(?<![\w.,/])(?P<a>{_NUM})(?:\s?[-–]\s?(?P<b>{_NUM}))?(?P<sep>\s|-)?"
    rf"(?P<unit>{_alternation(words.UNITS)})(?![\w²³/])"
)


def expand_units(text: str) -> str:
    """Say measurements: "5 km" -> "five kilometers", "20°C" -> "twenty degrees Celsius"."""

    def replace(match: re.Match[str]) -> str:
        singular, plural = words.UNITS[match.group("unit")]
        amount, upper = match.group("a"), match.group("b")
        modifier = match.group("sep") == "-" or _is_modifier(match)
        spoken = _number(amount)
        if upper:
            spoken += f" to {_number(upper)}"
        unit = singular if modifier or (_is_one(amount) and not upper) else plural
        return f"{spoken} {unit}{_final_stop(match)}"

    return _UNIT_RE.sub(replace, text)


# --- 7. Decades, ordinals, Roman numerals, codes ---------------------------------------------

_DECADE_RE = re.compile(r"(?<![\w.,$])(?P<year>1[1-9]\d0|20\d0)'?s\b")
_SHORT_DECADE_RE = re.compile(r"(?<![\w.,$])(?P<apostrophe>')?(?P<tens>\d)0'?s\b")


def expand_decades(text: str) -> str:
    """Say decades: "the 1990s" -> "the nineteen nineties", "the '90s" -> "the nineties"."""
    text = _DECADE_RE.sub(lambda m: _pluralize(_year(int(m.group("year")))), text)

    def short(match: re.Match[str]) -> str:
        tens = int(match.group("tens"))
        if tens == 0:
            return "two thousands" if match.group("apostrophe") else match.group(0)
        return _pluralize(_cardinal(tens * 10))

    return _SHORT_DECADE_RE.sub(short, text)


_ORDINAL_RE = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3}){1,9}|\d{1,30})(?:st|nd|rd|th|ST|ND|RD|TH)\b"
)


def expand_ordinals(text: str) -> str:
    """Say "1st", "22nd" and "103rd" as "first", "twenty-second", "one hundred third"."""
    return _ORDINAL_RE.sub(lambda m: _ordinal(int(m.group("n").replace(",", ""))), text)


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_VALID_ROMAN_RE = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_AFTER_WORD_RE = re.compile(r"\b(?P<prev>[A-Z][a-z]+) (?P<num>[IVXLCDM]{1,8})\b(?![.-]\w)")
_ROMAN_BEFORE_WORD_RE = re.compile(
    rf"\b(?P<num>[IVXLCDM]{{1,8}})(?= (?:{_alternation(words.ROMAN_ORDINAL_FOLLOWERS)})\b)"
)
_SMALL_ROMAN = frozenset("IVX")


def _roman_value(numeral: str) -> int | None:
    if not _VALID_ROMAN_RE.fullmatch(numeral):
        return None
    values = [_ROMAN_VALUES[char] for char in numeral]
    total = sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))
    return total or None


def expand_roman_numerals(text: str) -> str:
    """Say "World War III" -> "World War Three", "Henry VIII" -> "Henry the Eighth"."""

    def after_word(match: re.Match[str]) -> str:
        prev, numeral = match.group("prev"), match.group("num")
        value = _roman_value(numeral)
        if value is None:
            return match.group(0)
        after = _next_word(match.string, match.end())
        if prev in words.ROMAN_CARDINAL_CONTEXTS:
            return f"{prev} {_capitalize(_cardinal(value))}"
        if not set(numeral) <= _SMALL_ROMAN or after[:1].isupper():
            return match.group(0)  # "John D. Rockefeller", "John V Smith": an initial
        if prev in words.REGNAL_NAMES:
            if numeral == "I" and after.lower() in words.PRONOUN_I_FOLLOWERS:
                return match.group(0)
            return f"{prev} the {_capitalize(_ordinal(value))}"
        if len(numeral) >= 2:
            return f"{prev} {_capitalize(_cardinal(value))}"  # "Rocky II", "Star Wars VI"
        return match.group(0)

    def before_word(match: re.Match[str]) -> str:
        value = _roman_value(match.group("num"))
        return _ordinal(value) if value else match.group(0)

    text = _ROMAN_AFTER_WORD_RE.sub(after_word, text)
    return _ROMAN_BEFORE_WORD_RE.sub(before_word, text)


_MODEL_NUMBER_RE = re.compile(
    rf"\b(?P<maker>{_alternation(words.MODEL_NUMBER_MAKERS)})(?P<sp>\s+)"
    rf"(?P<letter>[A-Z]?)(?P<num>\d{{3,4}})(?P<plural>s?)\b"
)
_MODEL_FOLLOWER_RE = re.compile(
    rf"(?<![\w.,])(?P<num>\d{{3}})(?= (?:{_alternation(words.MODEL_NUMBER_FOLLOWERS)})\b)"
)
_HYPHEN_CODE_RE = re.compile(
    rf"\b(?P<prefix>[A-Z]{{1,5}}|{_alternation(words.CODE_WORD_PREFIXES)})-(?P<num>\d{{1,4}})"
    rf"(?P<plural>s?)(?![\w]|[.,]\d)"
)
_MIXED_CODE_RE = re.compile(
    r"(?<![\w-])(?=[A-Z\d]*[A-Z])(?=[A-Z\d]*\d)(?P<code>[A-Z\d]{2,10})(?P<plural>s?)(?![\w-])"
)
_CODE_PART_RE = re.compile(r"[A-Z]+|\d+")
_PLAN_CODE_RE = re.compile(r"(?<![\w.,])(?P<num>\d{3})\((?P<letter>[a-z])\)")  # "401(k)"


def _join_letter(letters: str, spoken_number: str) -> str:
    """Join a code's letters to its number; a lone "A" is hyphenated so espeak says "ay"."""
    if letters == "A":
        return f"A-{spoken_number}"
    return f"{letters} {spoken_number}"


def expand_codes(text: str) -> str:
    """Say codes and models: "COVID-19", "F-35", "A380", "5G", "Boeing 737", "H1N1"."""

    def model(match: re.Match[str]) -> str:
        spoken = _code_number(match.group("num"))
        if match.group("plural"):
            spoken = _pluralize(spoken)
        if match.group("letter"):
            spoken = _join_letter(match.group("letter"), spoken)
        return f"{match.group('maker')}{match.group('sp')}{spoken}"

    def hyphenated(match: re.Match[str]) -> str:
        spoken = _code_number(match.group("num"))
        if match.group("plural"):
            spoken = _pluralize(spoken)
        return _join_letter(match.group("prefix"), spoken)

    def mixed(match: re.Match[str]) -> str:
        parts = _CODE_PART_RE.findall(match.group("code"))
        spoken: list[str] = []
        for index, part in enumerate(parts):
            if part.isdigit():
                number = _code_number(part)
                if index and parts[index - 1] == "A":
                    spoken[-1] = f"A-{number}"
                else:
                    spoken.append(number)
            else:
                spoken.append(part)
        result = " ".join(spoken)
        return _pluralize(result) if match.group("plural") else result

    text = _PLAN_CODE_RE.sub(
        lambda m: f"{_code_number(m.group('num'))} {m.group('letter').upper()}", text
    )
    text = _MODEL_NUMBER_RE.sub(model, text)
    text = _MODEL_FOLLOWER_RE.sub(lambda m: _code_number(m.group("num")), text)
    text = _HYPHEN_CODE_RE.sub(hyphenated, text)
    return _MIXED_CODE_RE.sub(mixed, text)


# --- 8. Fractions, ranges, years, plain numbers ----------------------------------------------

_MEASURE_AFTER = r"(?:(?P<sp>\s)(?P<noun>[A-Za-z]+)(?P<dot>\.)?(?!\w))?"
_MIXED_FRACTION_RE = re.compile(
    rf"(?<![\w.,/])(?P<whole>\d{{1,30}})\s(?P<n>\d{{1,2}})/(?P<d>\d{{1,2}})"
    rf"(?![\w/]|[.,]\d){_MEASURE_AFTER}"
)
_FRACTION_RE = re.compile(
    rf"(?<![\w.,/])(?P<n>\d{{1,3}})/(?P<d>\d{{1,3}})(?![\w/]|[.,]\d){_MEASURE_AFTER}"
)


def _fraction_words(numerator: int, denominator: int) -> str:
    singular, plural = words.FRACTION_DENOMINATORS[denominator]
    return f"{_cardinal(numerator)} {singular if numerator == 1 else plural}"


def _article(noun: str) -> str:
    return "an" if noun[:1] in "aeiou" or noun in words.AN_WORDS else "a"


def _measure(match: re.Match[str]) -> tuple[str, str] | None:
    """The (singular, plural) measure after a fraction: "cup", or "tsp." as "teaspoon"."""
    noun = match.group("noun")
    if noun in words.UNITS and noun.islower() and len(noun) > 1:
        return words.UNITS[noun]
    if noun in words.FRACTION_MEASURES:
        return noun, noun
    return None


def _rest_of(match: re.Match[str]) -> str:
    """The word after a fraction, given back unchanged when it is not a measure."""
    if match.group("noun") is None:
        return ""
    return f"{match.group('sp')}{match.group('noun')}{match.group('dot') or ''}"


def expand_fractions(text: str) -> str:
    """Say fractions: "1/2" -> "one half", "2 1/2" -> "two and a half", "24/7", "9/10"."""

    def mixed(match: re.Match[str]) -> str:
        whole, numerator, denominator = (int(match.group(key)) for key in ("whole", "n", "d"))
        if denominator not in words.FRACTION_DENOMINATORS or not 0 < numerator < denominator:
            return match.group(0)
        if numerator == 1:
            part = f"a {words.FRACTION_DENOMINATORS[denominator][0]}"
        else:
            part = _fraction_words(numerator, denominator)
        spoken = f"{_cardinal(whole)} and {part}"
        measure = _measure(match)
        if measure is None or match.group("noun") in words.FRACTION_MEASURES:
            return spoken + _rest_of(match)
        return f"{spoken} {measure[1]}{_final_stop(match)}"

    def simple(match: re.Match[str]) -> str:
        numerator, denominator = int(match.group("n")), int(match.group("d"))
        first, second = match.group("n"), match.group("d")
        rest = _rest_of(match)
        if denominator in words.FRACTION_DENOMINATORS and 0 < numerator < denominator:
            measure = _measure(match)
            if measure is None:
                return _fraction_words(numerator, denominator) + rest
            noun = measure[0]
            name = words.FRACTION_DENOMINATORS[denominator][0]
            if numerator > 1:
                spoken = f"{_fraction_words(numerator, denominator)} of {_article(noun)}"
            elif denominator == 2:
                spoken = f"half {_article(noun)}"
            else:
                spoken = f"{_article(name)} {name} of {_article(noun)}"
            return f"{spoken} {noun}{_final_stop(match)}"
        if denominator in words.OUT_OF_DENOMINATORS and numerator <= denominator:
            return f"{_cardinal(numerator)} out of {_cardinal(denominator)}{rest}"
        if first == second:
            return f"{_number(first)}-{_number(second)}{rest}"  # "50/50" -> "fifty-fifty"
        return f"{_number(first)} {_number(second)}{rest}"  # "24/7", "9/11"

    text = _MIXED_FRACTION_RE.sub(mixed, text)
    return _FRACTION_RE.sub(simple, text)


def _is_year_like(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2099


def _is_plural_noun(word: str) -> bool:
    if not word.islower():
        return False
    if word in words.IRREGULAR_PLURALS:
        return True
    return (
        word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s"))
        and word not in words.NOT_PLURAL
    )


def _counts_not_years(text: str, start: int, end: int) -> bool:
    """Decide whether the number at ``text[start:end]`` counts things rather than naming a year.

    "in 2019 there were 2019 cases": a year after "in", a count before a plural noun.
    """
    before = _previous_word(text, start)
    after = _next_word(text, end)
    if after in words.ERA_MARKERS or before in words.ERA_MARKERS:
        return False
    if before.lower() in words.QUANTITY_CUES:
        return True
    if before.lower() in words.YEAR_CUES:
        return False
    if text[end : end + 1] == "-":  # "a 1500-word essay"
        return True
    return _is_plural_noun(after)


_RANGE_RE = re.compile(
    rf"(?<![\w.,/-])(?P<a>{_NUM})(?:\s?[–-]\s?|\s[–-]\s)(?P<b>{_NUM})(?![\w/]|[.,]\d|-\d)"
)


def expand_ranges(text: str) -> str:
    """Say number ranges with "to": "10-20" -> "ten to twenty", "1939–1945" as two years."""

    def replace(match: re.Match[str]) -> str:
        first, second = match.group("a"), match.group("b")
        if first == second:
            return f"{_number(first)}-{_number(second)}"  # "50-50" -> "fifty-fifty"
        joiner = "and" if _previous_word(match.string, match.start()) == "between" else "to"
        if _is_year_like(first) and not _counts_not_years(match.string, match.start(), match.end()):
            if _is_year_like(second) and int(second) > int(first):
                return f"{_year(int(first))} {joiner} {_year(int(second))}"
            if len(second) == 2 and second.isdigit():
                return f"{_year(int(first))} {joiner} {_pair(second)}"  # "2019-20"
        return f"{_number(first)} {joiner} {_number(second)}"

    return _RANGE_RE.sub(replace, text)


_YEAR_RE = re.compile(r"(?<![\w.,])(?P<year>1\d{3}|20\d{2})(?!\w|[.,]\d)")
_SHORT_YEAR_RE = re.compile(r"(?<![\w'])'(?P<yy>\d{2})(?![\w'])")


def expand_years(text: str) -> str:
    """Say a four-digit number as a year ("in 1882") unless it counts things ("1882 votes")."""

    def replace(match: re.Match[str]) -> str:
        if _counts_not_years(match.string, match.start(), match.end()):
            return match.group(0)  # left for expand_numbers
        return _year(int(match.group("year")))

    text = _YEAR_RE.sub(replace, text)
    return _SHORT_YEAR_RE.sub(lambda m: _pair(m.group("yy")), text)  # "'08" -> "oh eight"


_NUMBER_RE = re.compile(rf"(?P<num>{_NUM})(?:(?P<plural>'?s\b)|(?P<agent>ers\b))?")


def expand_numbers(text: str) -> str:
    """Say every remaining number as words: "1,000,000" -> "one million", "3.14" too."""

    def replace(match: re.Match[str]) -> str:
        spoken = _number(match.group("num"))
        if match.group("plural"):
            spoken = _pluralize(spoken.removeprefix("one "))  # "100s" -> "hundreds"
        elif match.group("agent"):
            spoken += "rs" if spoken.endswith("e") else "ers"  # "49ers" -> "forty-niners"
        string = match.string
        if match.start() and string[match.start() - 1].isalpha():
            spoken = " " + spoken
        if match.end() < len(string) and string[match.end()].isalpha():
            spoken += " "
        return spoken

    return _NUMBER_RE.sub(replace, text)


# --- 9. Symbols and punctuation --------------------------------------------------------------

_LETTERS_AMPERSAND_RE = re.compile(r"\b(?P<left>[A-Z]{1,3})\s?&\s?(?P<right>[A-Z]{1,3})\b")
_AMPERSAND_RE = re.compile(r"\s*&\s*")
_PLUS_BETWEEN_RE = re.compile(r"(?<=\w)\s?\+\s?(?=\w)")
_PLUS_AFTER_RE = re.compile(r"(?<=[\w)])(?P<plus>\++)(?!\w)")
_AT_RE = re.compile(r"(?<=\s)@(?=\w)|(?<=\w)@(?=\w)")
_EQUALS_RE = re.compile(r"\s*=\s*")
_SLASH_WORDS_RE = re.compile(r"(?<=[a-z])/(?=[a-z])")
_SLASH_RE = re.compile(r"(?<=\w)/(?=\w)")
_WITH_RE = re.compile(r"(?<![\w/])w/(?=\s)")
_AND_OR_RE = re.compile(r"\b(?:and/or|or/and)\b")
_PERCENT_SIGN_RE = re.compile(r"\s*%")
_DEGREE_SIGN_RE = re.compile(r"\s*°")
_HASHTAG_RE = re.compile(r"(?<![\w#])#(?=[A-Za-z])")
_OTHER_SIGN_RE = re.compile(r"\s*(?P<sign>[±≈×§])\s*")


def _spell_letters(letters: str, *, before_word: bool) -> str:
    """Letters of an initialism in "AT&T" or "Q&A", written so that espeak spells them."""
    if len(letters) > 1:
        return "-".join(letters)  # "AT" alone is read as the word "at"
    if before_word:
        return words.LETTER_NAMES.get(letters, letters)
    return letters


def expand_symbols(text: str) -> str:
    """Say "&", "+", "@", "=", "%", "°" and "/" as words ("AT&T" -> "A-T and T")."""

    def letters(match: re.Match[str]) -> str:
        after = _next_word(match.string, match.end())
        left = _spell_letters(match.group("left"), before_word=True)
        right = _spell_letters(match.group("right"), before_word=bool(after))
        return f"{left} and {right}"

    text = _LETTERS_AMPERSAND_RE.sub(letters, text)
    text = _AMPERSAND_RE.sub(" and ", text)
    text = _PLUS_BETWEEN_RE.sub(" plus ", text)
    text = _PLUS_AFTER_RE.sub(lambda m: " plus" * len(m.group("plus")), text)
    text = _AT_RE.sub(" at ", text)
    text = _EQUALS_RE.sub(" equals ", text)
    text = _WITH_RE.sub("with", text)
    text = _AND_OR_RE.sub("and or", text)
    text = _SLASH_WORDS_RE.sub(" or ", text)
    text = _SLASH_RE.sub(" ", text)
    text = _PERCENT_SIGN_RE.sub(" percent", text)
    text = _DEGREE_SIGN_RE.sub(" degrees", text)
    text = _HASHTAG_RE.sub("hashtag ", text)
    return _OTHER_SIGN_RE.sub(lambda m: f" {words.SYMBOL_WORDS[m.group('sign')]} ", text)


_SILENT_RE = re.compile(rf"\s*(?:{_alternation(words.SILENT_INSERTIONS)})")
_PLURAL_MARKER_RE = re.compile(r"(?<=[a-z])\(s\)")
_ELLIPSIS_RE = re.compile(r"\s*(?:\.\s?){2,}\.")
_DASH_RE = re.compile(r"\s*(?:—|-{2,})\s*|\s+[–-]\s+|\s*–\s*$|^\s*[–-]\s+")
_WORD_DASH_RE = re.compile(r"(?<=[A-Za-z])–(?=[A-Za-z])")
_OPEN_BRACKET_RE = re.compile(r"\s*[(\[{]\s*")
_CLOSE_BRACKET_RE = re.compile(r"\s*[)\]}]\s*")
_PAUSE_SYMBOL_RE = re.compile(r"\s*[|•·¶]\s*")
_UNDERSCORE_RE = re.compile(r"(?<=\w)_+(?=\w)")
_DROPPED_RE = re.compile(r"[*_^\\`†‡~<>]")
_REPEATED_MARK_RE = re.compile(r"([!?])[!?]+")


def normalize_punctuation(text: str) -> str:
    """Turn dashes, ellipses and brackets into commas: pauses that do not end the sentence."""
    text = _SILENT_RE.sub("", text)
    text = _PLURAL_MARKER_RE.sub("s", text)
    text = _ELLIPSIS_RE.sub(lambda m: "." if _at_end(m.string, m.end()) else ", ", text)
    text = _DASH_RE.sub(", ", text)
    text = _WORD_DASH_RE.sub(" ", text)
    text = _OPEN_BRACKET_RE.sub(", ", text)
    text = _CLOSE_BRACKET_RE.sub(", ", text)
    text = _PAUSE_SYMBOL_RE.sub(", ", text)
    text = _UNDERSCORE_RE.sub(" ", text)
    text = _DROPPED_RE.sub("", text)
    return _REPEATED_MARK_RE.sub(r"\1", text)


_SPACE_BEFORE_MARK_RE = re.compile(r"\s+(?=[,.;:!?])")
_COMMA_RUN_RE = re.compile(r",(?:\s*,)+")
_COMMA_BEFORE_MARK_RE = re.compile(r",\s*(?=[.;:!?])")
_COMMA_AFTER_MARK_RE = re.compile(r"(?<=[;:]),")
_COMMA_WITHOUT_SPACE_RE = re.compile(r",(?=[^\s\d\"')\]])")
_QUOTE_COMMA_RE = re.compile(r"(?<=\")\s*,\s*|\s*,\s*(?=\"\s*$)")
_LEADING_RE = re.compile(r"^[\s,;:]+")
_TRAILING_COMMA_RE = re.compile(r"[\s,;:]+$")
_WHITESPACE_RE = re.compile(r"\s+")


def tidy_spacing(text: str) -> str:
    """Collapse the spaces and doubled commas the other steps leave behind."""
    if not text.strip():
        return ""
    text = _WHITESPACE_RE.sub(" ", text)
    text = _SPACE_BEFORE_MARK_RE.sub("", text)
    text = _COMMA_RUN_RE.sub(",", text)
    text = _COMMA_BEFORE_MARK_RE.sub("", text)
    text = _COMMA_AFTER_MARK_RE.sub("", text)
    text = _COMMA_WITHOUT_SPACE_RE.sub(", ", text)
    text = _LEADING_RE.sub("", text)
    return _TRAILING_COMMA_RE.sub("", text).strip()


# --- Pipeline --------------------------------------------------------------------------------

NORMALIZERS: tuple[Callable[[str], str], ...] = (
    normalize_unicode,
    expand_latin_abbreviations,
    expand_us_states,
    expand_titles,
    expand_name_suffixes,
    expand_general_abbreviations,
    expand_initialisms,
    expand_number_prefixes,
    expand_dates,
    expand_dotted_numbers,
    expand_times,
    expand_phone_numbers,
    expand_signs,
    expand_money,
    expand_percentages,
    expand_multiplication,
    expand_units,
    expand_decades,
    expand_ordinals,
    expand_roman_numerals,
    expand_codes,
    expand_fractions,
    expand_ranges,
    expand_years,
    expand_numbers,
    expand_symbols,
    normalize_punctuation,
    tidy_spacing,
)
"""The normalisers in the order :func:`normalize_for_speech` applies them."""


def _split_phoneme_blocks(text: str) -> list[str]:
    """Split text around ``[[ ... ]]`` blocks as Piper does: text, block, text, ... .

    Same result as Piper's lazy ``.*?`` regex, but in linear time on unclosed ``[[`` runs.
    """
    parts: list[str] = []
    start = 0
    while (open_at := text.find("[[", start)) != -1:
        close_at = text.find("]]", open_at + 2)
        if close_at == -1:
            break
        parts += [text[start:open_at], text[open_at : close_at + 2]]
        start = close_at + 2
    parts.append(text[start:])
    return parts


def _outside_phoneme_blocks(normalizer: Callable[[str], str], text: str) -> str:
    """Apply ``normalizer`` to the text between Piper phoneme blocks, keeping the blocks."""
    parts = _split_phoneme_blocks(text)
    if len(parts) == 1:
        return normalizer(text)
    for index in range(0, len(parts), 2):
        part = parts[index]
        if not part.strip():
            parts[index] = " " if part else ""
            continue
        lead = " " if part[0].isspace() and index else ""
        tail = " " if part[-1].isspace() and index < len(parts) - 1 else ""
        parts[index] = f"{lead}{normalizer(part.strip())}{tail}"
    return "".join(parts)


def normalize_for_speech(text: str, *, lexicon: Lexicon | None = None) -> str:
    """Rewrite one written sentence as the words to say, ready for Piper.

    ``lexicon`` (the user's pronunciation lexicon) is applied first, so its entries win over
    the built-in rules; its phoneme blocks are left untouched by every later step.
    """
    if lexicon is not None:
        text = lexicon.apply(text)
    for normalizer in NORMALIZERS:
        text = _outside_phoneme_blocks(normalizer, text)
    return text
