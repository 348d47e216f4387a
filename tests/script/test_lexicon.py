"""The user pronunciation lexicon (pronunciations.toml)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from piper import PiperVoice

from podcastify.errors import ConfigError
from podcastify.script.lexicon import Lexicon, load_lexicon

EXAMPLE = """\
[words]
nginx = "engine x"
SQLite = "S Q Lite"
US = "United States"
us = "us"

[[phonemes]]
word = "Piper"
ipa = "pˈaɪpɚ"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pronunciations.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def lexicon(tmp_path: Path) -> Lexicon:
    return load_lexicon(write(tmp_path, EXAMPLE))


def test_loads_words_and_phonemes(lexicon: Lexicon) -> None:
    assert dict(lexicon.words) == {
        "nginx": "engine x",
        "SQLite": "S Q Lite",
        "US": "United States",
        "us": "us",
    }
    assert dict(lexicon.phonemes) == {"Piper": "pˈaɪpɚ"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We run nginx.", "We run engine x."),
        ("We run NGINX and Nginx.", "We run engine x and engine x."),
        ("SQLite is small.", "S Q Lite is small."),
        ("sqlite too", "S Q Lite too"),
        ("nginx's config", "engine x's config"),
        ("nginxes and mynginx stay", "nginxes and mynginx stay"),
        ("Piper speaks.", "[[ pˈaɪpɚ ]] speaks."),
        ("the piper plays", "the [[ pˈaɪpɚ ]] plays"),
        ("the US and us", "the United States and us"),
        ("Us too", "us too"),
        ("nothing to change", "nothing to change"),
    ],
)
def test_apply_replaces_whole_words(lexicon: Lexicon, text: str, expected: str) -> None:
    assert lexicon.apply(text) == expected


def test_exact_case_wins_over_case_insensitive_match() -> None:
    lexicon = Lexicon(words={"Bath": "Baath", "bath": "barth", "NASA": "nasa"})
    assert lexicon.apply("Bath bath BATH") == "Baath barth barth"  # lowercase key is general
    assert lexicon.apply("Nasa NASA") == "nasa nasa"


def test_longest_key_wins() -> None:
    lexicon = Lexicon(words={"New York": "Noo York", "New": "Gnu"})
    assert lexicon.apply("New York is New") == "Noo York is Gnu"


def test_keys_with_symbols_match_as_words() -> None:
    lexicon = Lexicon(words={"C++": "C plus plus", "Node.js": "Node J S"})
    assert lexicon.apply("C++ and Node.js.") == "C plus plus and Node J S."


def test_empty_lexicon_does_nothing() -> None:
    empty = Lexicon()
    assert not empty
    assert empty.apply("Piper reads nginx.") == "Piper reads nginx."


def test_lexicon_is_frozen_and_hashable(lexicon: Lexicon) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        lexicon.words = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        lexicon.words["new"] = "value"  # type: ignore[index]
    assert hash(lexicon) == hash(Lexicon(words=dict(lexicon.words), phonemes=lexicon.phonemes))
    assert lexicon == Lexicon(words=dict(lexicon.words), phonemes=dict(lexicon.phonemes))


def test_only_words_or_only_phonemes(tmp_path: Path) -> None:
    words_only = load_lexicon(write(tmp_path, '[words]\nnginx = "engine x"\n'))
    assert dict(words_only.phonemes) == {}
    empty = load_lexicon(write(tmp_path, ""))
    assert empty == Lexicon()


def test_phoneme_block_reaches_piper_as_phonemes(lexicon: Lexicon, piper_voice: PiperVoice) -> None:
    phonemes = piper_voice.phonemize(lexicon.apply("Piper speaks."))
    assert len(phonemes) == 1
    assert "".join(phonemes[0]).startswith("pˈaɪpɚ ")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('[word]\nnginx = "engine x"\n', "unknown key 'word'"),
        ('title = "x"\n', "unknown key 'title'"),
        ('words = "nginx"\n', "[words] must be a table"),
        ("[words]\nnginx = 5\n", "'nginx' must be a string, not int"),
        ('[words]\nnginx = ["a"]\n', "must be a string, not list"),
        ('[words]\n"" = "x"\n', "must be non-empty"),
        ('[words]\n" nginx" = "x"\n', "must be non-empty, without spaces around"),
        ('[words]\nx = "[[ a ]]"\n', "must not contain [[ ]]"),
        ('[phonemes]\nword = "Piper"\n', "phonemes must be an array of tables"),
        ('[[phonemes]]\nword = "Piper"\n', "entry 1 is missing 'ipa'"),
        ('[[phonemes]]\nipa = "p"\n', "entry 1 is missing 'word'"),
        ('[[phonemes]]\nword = "Piper"\nipa = ""\n', "ipa must be a non-empty string"),
        ('[[phonemes]]\nword = "Piper"\nipa = 3\n', "ipa must be a non-empty string"),
        ('[[phonemes]]\nword = "Piper"\nipa = "a ]] b"\n', "must not contain brackets"),
        ('[[phonemes]]\nword = 1\nipa = "p"\n', "word must be a string, not int"),
        ('[[phonemes]]\nword = "P"\nipa = "p"\nstress = 1\n', "unknown key 'stress'"),
        (
            '[[phonemes]]\nword = "P"\nipa = "p"\n[[phonemes]]\nword = "P"\nipa = "b"\n',
            "entry 2 repeats the word 'P'",
        ),
        (
            '[words]\nPiper = "pie per"\n[[phonemes]]\nword = "Piper"\nipa = "p"\n',
            "'Piper' is in both [words] and [[phonemes]]",
        ),
        ("[words\n", "invalid TOML"),
        ('[words]\nnginx = "a"\nnginx = "b"\n', "invalid TOML"),
    ],
)
def test_bad_file_raises_config_error(tmp_path: Path, text: str, problem: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_lexicon(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert problem in message


def test_missing_file_raises_config_error(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match="not found") as caught:
        load_lexicon(path)
    assert str(path) in str(caught.value)


def test_unreadable_file_raises_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_lexicon(tmp_path)  # a directory


def test_non_utf8_file_raises_config_error(tmp_path: Path) -> None:
    path = tmp_path / "pronunciations.toml"
    path.write_bytes(b'[words]\nx = "\xff"\n')
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_lexicon(path)
