"""Authors as people: names, never e-mail addresses.

RSS's ``<author>`` is an e-mail address with the name in brackets ("dave@userland.com
(Dave Winer)"), Blogger gives every author the same ``noreply@blogger.com``, and an address
alone says no name at all: a listener should hear "Dave Winer", or nothing.
"""

from __future__ import annotations

import re

from podcastify.boilerplate import PLACEHOLDER_AUTHORS
from podcastify.patterns import compiled
from podcastify.text import html_to_plain

__all__ = ["join_names", "person_name"]

_ADDRESS = compiled(r"(?:mailto:)?[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.I)
_EMPTY_BRACKETS = compiled(r"[(<\[{]\s*[)>\]}]")
_WRAPPED = compiled(r"^[(<\[{]\s*(.*?)\s*[)>\]}]$")
_EDGES = " \t,;:-–—/|\"'"
_PLACEHOLDERS = frozenset(PLACEHOLDER_AUTHORS)


def person_name(raw: str) -> str:
    """The person a byline or author field names; empty when it names only an address."""
    text = html_to_plain(raw or "")
    if "@" in text:
        text = _ADDRESS.sub(" ", text)
        text = _EMPTY_BRACKETS.sub(" ", text)
        text = " ".join(text.split()).strip(_EDGES)
        while match := _WRAPPED.match(text):
            text = match.group(1).strip(_EDGES)
    text = " ".join(text.split()).strip(_EDGES)
    if text.casefold() in _PLACEHOLDERS or "@" in text:
        return ""
    return text


def join_names(names: list[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``: distinct names in the order given."""
    unique = list(dict.fromkeys(n for n in names if n))
    if len(unique) <= 1:
        return unique[0] if unique else ""
    return ", ".join(unique[:-1]) + " and " + unique[-1]
