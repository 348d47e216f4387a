"""Another language gets only the language-neutral steps and its own numbers (num2words).

Every case is (language, written, spoken) from the kind of text a French, German, Italian or
Spanish news site prints; no English word may appear in what the voice is given.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from num2words import num2words

from podcastify.script.speak import (
    NORMALIZERS,
    normalize_for_speech,
    normalizers_for,
    say_date,
    say_year,
)
from podcastify.text import MONTHS

CASES = [
    (
        "fr",
        "Le 14 juillet 1789, 600 personnes ont pris la Bastille.",
        "Le quatorze juillet mille sept cent quatre-vingt-neuf, six cents personnes ont pris"
        " la Bastille.",
    ),
    (
        "fr",
        "Depuis le 1er janvier 2005, le ticket coûte 1,50 euro.",
        "Depuis le premier janvier deux mille cinq, le ticket coûte un virgule cinq euro.",
    ),
    (
        "fr",
        "La réunion du 1 mars a duré 3 heures.",
        "La réunion du premier mars a duré trois heures.",
    ),
    (
        "fr",
        "Le XXe siècle, puis le 21e : 2 guerres (1914–1918 et 1939–1945).",
        "Le XXe siècle, puis le vingt et unième: deux guerres, mille neuf cent quatorze,"
        " mille neuf cent dix-huit et mille neuf cent trente-neuf, mille neuf cent quarante-cinq.",
    ),
    (
        "fr",
        "La ville compte 1 250 000 habitants.",
        "La ville compte un million deux cent cinquante mille habitants.",
    ),
    (
        "de",
        "Am 3. Oktober 1990 wurde Deutschland wiedervereinigt.",
        "Am dritten Oktober neunzehnhundertneunzig wurde Deutschland wiedervereinigt.",
    ),
    (
        "de",
        "Die Stadt hat 1.500.000 Einwohner, 2,5 Prozent mehr als 2010.",
        "Die Stadt hat eine Million fünfhunderttausend Einwohner, zwei Komma fünf Prozent mehr"
        " als zweitausendzehn.",
    ),
    (
        "de",
        "Seit dem 1. Januar 2002 zahlt man mit dem Euro.",
        "Seit dem ersten Januar zweitausendzwei zahlt man mit dem Euro.",
    ),
    ("de", "Der 2. Platz ging an 12 Läufer.", "Der zweite Platz ging an zwölf Läufer."),
    (
        "it",
        "Il 1 maggio 2024 erano in piazza 1.250 persone.",
        "Il primo maggio duemilaventiquattro erano in piazza milleduecentocinquanta persone.",
    ),
    (
        "es",
        "El 12 de octubre de 1492 llegaron 3 barcos.",
        "El doce de octubre de mil cuatrocientos noventa y dos llegaron tres barcos.",
    ),
]

_ENGLISH_WORDS = (
    {w for n in range(101) for w in re.split(r"[\s-]+", num2words(n, lang="en"))}
    | {w for n in range(1, 32) for w in re.split(r"[\s-]+", num2words(n, lang="en", to="ordinal"))}
    | {"hundred", "thousand", "million", "billion", "point", "minus", "and", "oh"}
    | {m.lower() for m in MONTHS}
)


def _english_words(text: str, language: str) -> set[str]:
    """English number and month words in ``text`` that are not also words of ``language``."""
    numbers = [*range(101), 1000, 10**6, 2 * 10**6, 10**9]
    own = {w for n in numbers for w in re.split(r"[\s-]+", num2words(n, lang=language).lower())}
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w in _ENGLISH_WORDS - own}


@pytest.mark.parametrize(("language", "written", "spoken"), CASES)
def test_numbers_in_the_articles_language(language: str, written: str, spoken: str) -> None:
    result = normalize_for_speech(written, normalizers=normalizers_for(language))
    assert result == spoken
    assert not re.search(r"\d", result)
    assert not _english_words(result, language)


def test_english_keeps_the_english_list_whatever_the_region() -> None:
    assert normalizers_for("en") is NORMALIZERS
    assert normalizers_for("en-GB") is NORMALIZERS


def test_another_language_gets_only_neutral_steps_and_its_numbers() -> None:
    names = [f.__name__ for f in normalizers_for("fr-FR")]
    assert names == [
        "normalize_unicode",
        "expand_numbers_fr",
        "normalize_punctuation",
        "tidy_spacing",
    ]
    assert normalizers_for("de") == normalizers_for("de")  # built once per language


def test_a_language_num2words_does_not_know_keeps_its_digits_for_its_own_voice() -> None:
    assert normalize_for_speech("Ndaguze 3 mu 2020.", normalizers=normalizers_for("rw")) == (
        "Ndaguze 3 mu 2020."
    )


@pytest.mark.parametrize(
    ("language", "when", "spoken"),
    [
        ("fr", date(2005, 3, 1), "premier mars deux mille cinq"),
        ("fr", date(2024, 10, 3), "trois octobre deux mille vingt-quatre"),
        ("de", date(1990, 10, 3), "dritte Oktober neunzehnhundertneunzig"),
        ("es", date(2024, 3, 1), "uno de marzo de dos mil veinticuatro"),
        ("it", date(2024, 5, 1), "primo maggio duemilaventiquattro"),
    ],
)
def test_dates_in_other_languages(language: str, when: date, spoken: str) -> None:
    assert say_date(when, language) == spoken
    assert not _english_words(spoken, language)


@pytest.mark.parametrize(
    ("language", "year", "spoken"),
    [
        ("fr", 2005, "deux mille cinq"),
        ("de", 1999, "neunzehnhundertneunundneunzig"),
        ("es", 1492, "mil cuatrocientos noventa y dos"),
    ],
)
def test_years_in_other_languages(language: str, year: int, spoken: str) -> None:
    assert say_year(year, language) == spoken
