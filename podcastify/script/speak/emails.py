"""E-mail addresses, read as their parts: "jane.doe@example.com" is "jane dot doe at example
dot com", the digits one by one."""

from __future__ import annotations

from podcastify.patterns import compiled
from podcastify.script.speak.numbers import spell_digits
from podcastify.script.speak.words.emails import ADDRESS_SYMBOLS, SPELLED_DOMAIN_PARTS

_EMAIL_RE = compiled(
    r"(?<![\w.+-])(?P<local>[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9])?)"
    r"@(?P<domain>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)"
)
_PART_RE = compiled(r"[A-Za-z]+|\d+|[._+-]")


def _say_part(part: str, *, domain: bool) -> str:
    if part.isdigit():
        return spell_digits(part)
    if part in ADDRESS_SYMBOLS:
        return ADDRESS_SYMBOLS[part]
    if domain:
        return SPELLED_DOMAIN_PARTS.get(part.lower(), part)
    return part


def _say(text: str, *, domain: bool) -> str:
    return " ".join(_say_part(part, domain=domain) for part in _PART_RE.findall(text))


def expand_email_addresses(text: str) -> str:
    """Say an e-mail address part by part: "tips@nytimes.com" -> "tips at nytimes dot com"."""
    return _EMAIL_RE.sub(
        lambda m: (
            f"{_say(m.group('local'), domain=False)} at {_say(m.group('domain'), domain=True)}"
        ),
        text,
    )
