"""Speak: one written sentence becomes the words a narrator says, for the voice to read.

Piper hands text to espeak-ng, which reads "In 1882" as "one thousand eight hundred eighty-two",
"$3 billion" as "dollar three billion" and ends the sentence at "Dr." or "U.S.". Each function in
:data:`NORMALIZERS` fixes one such thing, turning digits, symbols and abbreviations into plain
words; :func:`normalize_for_speech` runs them in order. One module per kind of text
(numbers, abbreviations, dates, times, money, units, codes, symbols, punctuation), its word
lists as data in :mod:`podcastify.script.speak.words`.

The input is one sentence (or a short paragraph) of cleaned written text, already split by
pysbd. The output keeps the sentence's own punctuation and never adds a full stop, question
mark or exclamation mark inside it, so Piper does not split it into more sentences. Spoken forms
are US English and were chosen so that espeak-ng pronounces them correctly. Another language
gets :func:`normalizers_for` its own: the language-neutral steps and its numbers through
num2words, never an English word.

Piper's inline phoneme blocks (``[[ ... ]]``) pass through untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from podcastify.script.speak.abbreviations import (
    expand_general_abbreviations,
    expand_latin_abbreviations,
    expand_leading_abbreviations,
    expand_name_suffixes,
    expand_number_prefixes,
    expand_titles,
    expand_us_states,
)
from podcastify.script.speak.addresses import expand_addresses
from podcastify.script.speak.arithmetic import expand_arithmetic
from podcastify.script.speak.characters import normalize_unicode
from podcastify.script.speak.codes import expand_codes, expand_roman_numerals
from podcastify.script.speak.dates import expand_dates, say_date, write_date
from podcastify.script.speak.emails import expand_email_addresses
from podcastify.script.speak.initialisms import expand_initialisms
from podcastify.script.speak.languages import numbers_in
from podcastify.script.speak.money import expand_money, expand_percentages
from podcastify.script.speak.numbers import is_english, say_year
from podcastify.script.speak.periods import expand_periods
from podcastify.script.speak.phones import expand_dotted_numbers, expand_phone_numbers
from podcastify.script.speak.punctuation import normalize_punctuation, tidy_spacing
from podcastify.script.speak.quantities import expand_fractions, expand_numbers, expand_ordinals
from podcastify.script.speak.slashes import expand_slashes
from podcastify.script.speak.symbols import expand_signs, expand_symbols
from podcastify.script.speak.times import expand_times
from podcastify.script.speak.units import expand_multiplication, expand_units
from podcastify.script.speak.years import expand_decades, expand_ranges, expand_years

if TYPE_CHECKING:
    from podcastify.script.lexicon import Lexicon

__all__ = [
    "NORMALIZERS",
    "Normalizer",
    "normalize_for_speech",
    "normalizers_for",
    "say_date",
    "say_year",
    "write_date",
]

Normalizer = Callable[[str], str]

NORMALIZERS: tuple[Normalizer, ...] = (
    normalize_unicode,
    expand_email_addresses,
    expand_latin_abbreviations,
    expand_us_states,
    expand_titles,
    expand_name_suffixes,
    expand_leading_abbreviations,
    expand_general_abbreviations,
    expand_initialisms,
    expand_number_prefixes,
    expand_periods,
    expand_addresses,
    expand_slashes,
    expand_dates,
    expand_dotted_numbers,
    expand_times,
    expand_phone_numbers,
    expand_arithmetic,
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
"""The English normalisers in the order :func:`normalize_for_speech` applies them."""


def normalizers_for(language: str) -> tuple[Normalizer, ...]:
    """The normalisers for ``language``: the English list, or neutral steps and its numbers."""
    if is_english(language):
        return NORMALIZERS
    return (normalize_unicode, numbers_in(language), normalize_punctuation, tidy_spacing)


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


def _outside_phoneme_blocks(normalizer: Normalizer, text: str) -> str:
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


def normalize_for_speech(
    text: str,
    *,
    lexicon: Lexicon | None = None,
    normalizers: tuple[Normalizer, ...] = NORMALIZERS,
) -> str:
    """Rewrite one written sentence as the words to say, ready for the voice.

    ``lexicon`` (the user's pronunciation lexicon) is applied first, so its entries win over
    the built-in rules; its phoneme blocks are left untouched by every later step.
    """
    if lexicon is not None:
        text = lexicon.apply(text)
    for normalizer in normalizers:
        text = _outside_phoneme_blocks(normalizer, text)
    return text
