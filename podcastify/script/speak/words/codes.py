"""Makers and prefixes whose codes and model numbers are read in pairs.

Plain data for :mod:`podcastify.script.speak`: written forms and what a US narrator
says for them, checked against Piper's espeak-ng phonemizer (voice ``en_US-joe-medium``).
"""

from __future__ import annotations

#: Makers whose three- and four-digit model numbers are read in pairs ("Boeing 737" is
#: "seven thirty-seven", "Porsche 911" is "nine eleven").
MODEL_NUMBER_MAKERS: frozenset[str] = frozenset(
    {"Boeing", "Airbus", "Porsche", "Peugeot", "Cessna", "Ferrari", "Embraer", "Volvo"}
)

#: Words after a bare model number that show it is one ("the 737 MAX", "787 Dreamliner").
MODEL_NUMBER_FOLLOWERS: frozenset[str] = frozenset({"MAX", "Max", "Dreamliner"})

#: Word prefixes of codes written with a hyphen before a number ("COVID-19", "Catch-22").
CODE_WORD_PREFIXES: frozenset[str] = frozenset(
    {"COVID", "Covid", "covid", "Catch", "MiG", "Su", "Tu", "Mig", "Windows", "Area"}
)
