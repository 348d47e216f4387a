"""podcastify.toml: names and types checked, a wrong key named with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from podcastify.config import load_settings
from podcastify.errors import ConfigError


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "podcastify.toml"
    path.write_text(text)
    return path


def test_values_from_file_and_overrides(tmp_path):
    path = _write(
        tmp_path,
        '[podcast]\ntitle = "Night Reading"\ncategory = "Arts > Books"\n'
        '[build]\nsources = ["a.txt"]\nbase_url = "https://x.org/pod"\n',
    )
    settings, state = load_settings(path, {"base_url": None, "limit": 3})
    assert settings.title == "Night Reading"
    assert settings.base_url == "https://x.org/pod/"
    assert settings.feed_url == "https://x.org/pod/feed.xml"
    assert settings.limit == 3
    assert settings.sources == (str(tmp_path / "a.txt"),)
    assert state.parent == tmp_path / ".podcastify"
    assert state.name.startswith("audio-")


def test_each_output_folder_has_its_own_state(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _, first = load_settings(None, {"out": "public"})
    _, again = load_settings(None, {"out": str(tmp_path / "public")})
    _, other = load_settings(None, {"out": "other"})
    assert first == again
    assert first != other and first.parent == other.parent == tmp_path / ".podcastify"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('[podcast]\ntitle = "x"\ntitel = "y"\n', ":3: unknown key 'titel'"),
        ('[build]\nlimit = "ten"\n', ":2: 'limit' in [build] must be a whole number"),
        ("[podcast]\nexplicit = 1\n", "'explicit' in [podcast] must be true or false"),
        ("[sound]\nx = 1\n", "unknown section [sound]"),
        ('[podcast]\ncategory = "Cooking"\n', "not one of Apple's categories"),
        ('[podcast]\ncategory = "Arts > Cooking"\n', "subcategory 'Cooking'"),
        ('[podcast]\nlanguage = "English"\n', "ISO 639"),
        ('[podcast]\nowner_email = "nobody"\n', "not an email"),
        ("[build\n", "not valid TOML"),
    ],
)
def test_bad_config_is_named(tmp_path, text, fragment):
    with pytest.raises(ConfigError) as caught:
        load_settings(_write(tmp_path, text), {})
    assert fragment in str(caught.value)
    assert "\n" not in str(caught.value)


def test_category_error_lists_apples_categories(tmp_path):
    with pytest.raises(ConfigError) as caught:
        load_settings(_write(tmp_path, '[podcast]\ncategory = "Cooking"\n'), {})
    assert "Technology" in str(caught.value) and "True Crime" in str(caught.value)
