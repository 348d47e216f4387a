"""How numbers are said: digits, cardinals, ordinals, years, codes.

:func:`say_year` is the one reading of a year, in any language: the intro's date, the
body's "in 2005" and a date in the text all call it, so they never disagree.
"""

from __future__ import annotations

from podcastify.script.speak.words.numbers import IRREGULAR_ORDINALS, SCALES, TENS, UNITS

DIGIT_WORDS = UNITS[:10]
MAX_CARDINAL_DIGITS = 3 * len(SCALES)  # longer numbers (a decillion and up) are read digit by digit
ASCII_DIGITS = frozenset("0123456789")

#: A written number: "1,234,567.89", "1234.5", "42", ".5".
NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"


def spell_digits(text: str) -> str:
    """Read every digit on its own: "555" -> "five five five"."""
    return " ".join(DIGIT_WORDS[int(char)] for char in text if char in ASCII_DIGITS)


def _below_hundred(number: int) -> str:
    if number < len(UNITS):
        return UNITS[number]
    tens, units = divmod(number, 10)
    return f"{TENS[tens]}-{UNITS[units]}" if units else TENS[tens]


def _below_thousand(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    if not hundreds:
        return _below_hundred(rest)
    return (
        f"{UNITS[hundreds]} hundred {_below_hundred(rest)}"
        if rest
        else f"{UNITS[hundreds]} hundred"
    )


def cardinal(number: int) -> str:
    """A whole number in US English words, no "and": 1234 "one thousand two hundred
    thirty-four". Written here rather than by num2words, which loads every language it
    knows (a tenth of `podcastify script`'s start) to say English."""
    if number < 0:
        return f"minus {cardinal(-number)}"
    if number >= 10**MAX_CARDINAL_DIGITS:
        return spell_digits(str(number))
    if number == 0:
        return UNITS[0]
    groups: list[str] = []
    for scale in SCALES:
        number, group = divmod(number, 1000)
        if group:
            groups.append(f"{_below_thousand(group)} {scale}".rstrip())
        if not number:
            break
    return " ".join(reversed(groups))


def ordinal(number: int) -> str:
    """1 "first", 21 "twenty-first", 1200 "one thousand two hundredth"."""
    if number >= 10**MAX_CARDINAL_DIGITS:
        return cardinal(number)
    head, space, last_word = cardinal(number).rpartition(" ")
    first, dash, last = last_word.rpartition("-")  # "twenty-one": only "one" changes
    if last in IRREGULAR_ORDINALS:
        last = IRREGULAR_ORDINALS[last]
    elif last.endswith("y"):
        last = f"{last[:-1]}ieth"
    else:
        last = f"{last}th"
    return f"{head}{space}{first}{dash}{last}"


def language_base(language: str) -> str:
    """The language part of a code: "en-US" -> "en", "pt_BR" -> "pt"; "" is English."""
    return language.replace("_", "-").split("-")[0].lower() or "en"


def is_english(language: str) -> bool:
    return language_base(language) == "en"


def num2words_language(language: str) -> str | None:
    """num2words' name for ``language`` ("pt-BR" -> "pt_BR", "fr-CA" -> "fr"), None if unknown."""
    from num2words import CONVERTER_CLASSES

    parts = language.replace("-", "_").split("_")
    names = [parts[0].lower()]
    if len(parts) > 1:
        names.insert(0, f"{parts[0].lower()}_{parts[1].upper()}")
    return next((name for name in names if name in CONVERTER_CLASSES), None)


def say_year(year: int, language: str = "en") -> str:
    """A year as people say it: 1882 "eighteen eighty-two", 2005 "two thousand five".

    Another language says it through num2words in that language ("deux mille cinq"); a
    language num2words does not know keeps the digits for its own voice to read.
    """
    if is_english(language):
        century, rest = divmod(year, 100)
        if year < 1000 or year >= 10000 or (century % 10 == 0 and rest < 10):
            return cardinal(year)  # 2005 "two thousand five", as 1005 and 3001
        if not rest:
            return f"{cardinal(century)} hundred"
        return f"{cardinal(century)} {'oh ' if rest < 10 else ''}{cardinal(rest)}"
    from num2words import num2words

    lang = num2words_language(language)
    if lang is None:
        return str(year)
    try:
        return num2words(year, lang=lang, to="year")
    except (AttributeError, NotImplementedError):
        return num2words(year, lang=lang)


def two_digit_year(text: str) -> int:
    """A year written with two digits: "22" is 2022, "98" is 1998; four digits stay."""
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900
    return year


def say_number(text: str) -> str:
    """Read a written number: "1,234.5" -> "one thousand two hundred thirty-four point five".

    ".5" is "point five"; a leading zero ("007") reads the digits one by one.
    """
    whole, _, fraction = text.replace(",", "").partition(".")
    if not whole:
        spoken = ""
    elif (len(whole) > 1 and whole[0] == "0") or len(whole) > MAX_CARDINAL_DIGITS:
        spoken = spell_digits(whole)
    else:
        spoken = cardinal(int(whole))
    if fraction:
        spoken = f"{spoken} point {spell_digits(fraction)}".strip()
    return spoken


def is_one(text: str) -> bool:
    return text == "1"


def pair_words(two_digits: str) -> str:
    """The second half of a model number: "37" -> "thirty-seven", "08" -> "oh eight"."""
    if two_digits == "00":
        return "hundred"
    if two_digits[0] == "0":
        return f"oh {DIGIT_WORDS[int(two_digits[1])]}"
    return cardinal(int(two_digits))


def code_number(digits: str) -> str:
    """Read the number in a code or model name in pairs: "737" -> "seven thirty-seven".

    "35" is "thirty-five", "380" is "three eighty", "2707" is "twenty-seven oh seven".
    """
    if digits[0] == "0" and len(digits) > 1:
        return spell_digits(digits)
    if len(digits) <= 2:
        return cardinal(int(digits))
    if len(digits) == 3:
        return f"{DIGIT_WORDS[int(digits[0])]} {pair_words(digits[1:])}"
    if len(digits) == 4:
        return say_year(int(digits))
    return spell_digits(digits)


def pluralize(spoken: str) -> str:
    """Plural of spoken number words: "nineteen ninety" -> "nineteen nineties"."""
    if spoken.endswith("y"):
        return spoken[:-1] + "ies"
    if spoken.endswith("x"):
        return spoken + "es"
    return spoken + "s"


def capitalize(spoken: str) -> str:
    return spoken[:1].upper() + spoken[1:]
