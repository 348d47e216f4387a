"""How the parts of an e-mail address are said.

Plain data for :mod:`podcastify.script.speak.emails`.
"""

from __future__ import annotations

#: Characters inside an address and the word a narrator says for each.
ADDRESS_SYMBOLS: dict[str, str] = {
    ".": "dot",
    "_": "underscore",
    "-": "dash",
    "+": "plus",
    "@": "at",
}

#: Parts of a domain that people spell rather than say as a word.
SPELLED_DOMAIN_PARTS: dict[str, str] = {"edu": "E D U", "gov": "gov", "ac": "A C"}
