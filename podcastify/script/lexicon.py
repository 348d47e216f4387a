"""A user pronunciation lexicon: words to respell, or to give Piper as phonemes.

The lexicon lives in a TOML file (``pronunciations.toml``)::

    [words]
    nginx = "engine x"
    SQLite = "S Q Lite"

    [[phonemes]]
    word = "Piper"
    ipa = "pˈaɪpɚ"

``[words]`` entries replace a whole word with other words. ``[[phonemes]]`` entries replace a
whole word with Piper's inline phoneme syntax (``[[ pˈaɪpɚ ]]``), which Piper passes to the
voice without asking espeak-ng. A key matches case-sensitively first; a word that matches no
key exactly then matches a key case-insensitively (``NGINX`` uses the ``nginx`` entry).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

from podcastify.errors import ConfigError
from podcastify.patterns import compiled

__all__ = ["Lexicon", "load_lexicon"]

_TOP_LEVEL_KEYS = ("words", "phonemes")
_PHONEME_KEYS = frozenset({"word", "ipa"})


@dataclass(frozen=True)
class Lexicon:
    """Whole-word replacements applied to text before it is normalised for speech.

    ``words`` maps a word to the words to say instead; ``phonemes`` maps a word to IPA that
    Piper should speak as is. An empty ``Lexicon()`` leaves text unchanged.
    """

    words: Mapping[str, str] = field(default_factory=dict)
    phonemes: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Copy into read-only views so a frozen lexicon cannot change behind the cached regex.
        object.__setattr__(self, "words", MappingProxyType(dict(self.words)))
        object.__setattr__(self, "phonemes", MappingProxyType(dict(self.phonemes)))

    @cached_property
    def _replacements(self) -> dict[str, str]:
        """Every key and what replaces it; a phoneme entry wins over a word entry."""
        merged = dict(self.words)
        merged.update({word: f"[[ {ipa} ]]" for word, ipa in self.phonemes.items()})
        return merged

    @cached_property
    def _folded(self) -> dict[str, str]:
        """Case-folded keys for the case-insensitive fallback.

        When keys differ only in case ("US" and "us"), the all-lowercase key is the general
        word and wins; otherwise the first key listed wins.
        """
        folded: dict[str, str] = {}
        for key, replacement in self._replacements.items():
            if key == key.lower():
                folded[key.casefold()] = replacement
            else:
                folded.setdefault(key.casefold(), replacement)
        return folded

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        """One regex matching any key as a whole word, longest keys first."""
        if not self._replacements:
            return None
        keys = sorted(self._replacements, key=len, reverse=True)
        alternatives = "|".join(re.escape(key) for key in keys)
        return compiled(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    def __hash__(self) -> int:
        return hash((frozenset(self.words.items()), frozenset(self.phonemes.items())))

    def __bool__(self) -> bool:
        return bool(self.words or self.phonemes)

    def apply(self, text: str) -> str:
        """Replace every whole-word occurrence of a lexicon key in ``text``."""
        pattern = self._pattern
        if pattern is None:
            return text
        return pattern.sub(self._replace, text)

    def _replace(self, match: re.Match[str]) -> str:
        found = match.group(0)
        exact = self._replacements.get(found)
        if exact is not None:
            return exact
        return self._folded.get(found.casefold(), found)


def load_lexicon(path: Path) -> Lexicon:
    """Read a ``pronunciations.toml`` file; raise :class:`ConfigError` if it is unusable."""
    import tomllib  # only a podcast with a lexicon needs it

    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path}: pronunciation lexicon not found") from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ConfigError(f"{path}: cannot read pronunciation lexicon: {reason}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        message = " ".join(str(error).split())
        raise ConfigError(f"{path}: invalid TOML: {message}") from None
    return _lexicon_from_data(data, path)


def _lexicon_from_data(data: dict[str, Any], path: Path) -> Lexicon:
    unknown = [key for key in data if key not in _TOP_LEVEL_KEYS]
    if unknown:
        allowed = ", ".join(f"[{key}]" for key in _TOP_LEVEL_KEYS)
        raise ConfigError(f"{path}: unknown key {unknown[0]!r} (allowed: {allowed})")
    words = _read_words(data.get("words", {}), path)
    phonemes = _read_phonemes(data.get("phonemes", []), path)
    for word in phonemes:
        if word in words:
            raise ConfigError(f"{path}: {word!r} is in both [words] and [[phonemes]]")
    return Lexicon(words=words, phonemes=phonemes)


def _read_words(table: object, path: Path) -> dict[str, str]:
    if not isinstance(table, dict):
        raise ConfigError(f'{path}: [words] must be a table of word = "replacement"')
    words: dict[str, str] = {}
    for word, replacement in table.items():
        _check_word(word, "[words]", path)
        if not isinstance(replacement, str):
            kind = type(replacement).__name__
            raise ConfigError(f"{path}: [words] {word!r} must be a string, not {kind}")
        if "[[" in replacement or "]]" in replacement:
            raise ConfigError(
                f"{path}: [words] {word!r} must not contain [[ ]]; use [[phonemes]] for IPA"
            )
        words[word] = " ".join(replacement.split())
    return words


def _read_phonemes(entries: object, path: Path) -> dict[str, str]:
    if not isinstance(entries, list):
        raise ConfigError(f"{path}: phonemes must be an array of tables ([[phonemes]])")
    phonemes: dict[str, str] = {}
    for number, entry in enumerate(entries, start=1):
        where = f"[[phonemes]] entry {number}"
        if not isinstance(entry, dict):
            raise ConfigError(f"{path}: {where} must be a table with word and ipa")
        unknown = sorted(set(entry) - _PHONEME_KEYS)
        if unknown:
            raise ConfigError(f"{path}: {where} has unknown key {unknown[0]!r}")
        missing = sorted(_PHONEME_KEYS - set(entry))
        if missing:
            raise ConfigError(f"{path}: {where} is missing {missing[0]!r}")
        word, ipa = entry["word"], entry["ipa"]
        _check_word(word, where, path)
        if not isinstance(ipa, str) or not ipa.strip():
            raise ConfigError(f"{path}: {where} ipa must be a non-empty string")
        if "[" in ipa or "]" in ipa or "\n" in ipa:
            raise ConfigError(f"{path}: {where} ipa must not contain brackets or newlines")
        if word in phonemes:
            raise ConfigError(f"{path}: {where} repeats the word {word!r}")
        phonemes[word] = ipa.strip()
    return phonemes


def _check_word(word: object, where: str, path: Path) -> None:
    if not isinstance(word, str):
        raise ConfigError(f"{path}: {where} word must be a string, not {type(word).__name__}")
    if not word.strip() or word != word.strip() or "\n" in word:
        raise ConfigError(f"{path}: {where} word {word!r} must be non-empty, without spaces around")
