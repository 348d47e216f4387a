"""Settings that Apple would reject are refused when the config is loaded."""

from __future__ import annotations

import pytest

from podcastify.categories import APPLE_CATEGORIES
from podcastify.config import load_config
from podcastify.errors import ConfigError


@pytest.fixture(autouse=True)
def _no_config_file_here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # load_config would read ./podcastify.toml


@pytest.mark.parametrize(
    "category",
    [
        "News",
        "News > Tech News",
        "Society & Culture > Places & Travel",
        "True Crime",
        "TV & Film > Film Reviews",
        "Leisure > Video Games",
        "Kids & Family > Pets & Animals",
    ],
)
def test_apple_categories_are_accepted(category):
    (settings,) = load_config(None, {"category": category}).podcasts
    assert settings.podcast.category == category


@pytest.mark.parametrize(
    ("category", "complaint"),
    [
        ("Tech", "not one of Apple's categories"),
        ("Technology > Gadgets", "not in 'Technology'"),
        ("News > Technology", "not in 'News'"),
        ("news", "not one of Apple's categories"),
        ("Games & Hobbies", "not one of Apple's categories"),  # Apple's pre-2019 name
    ],
)
def test_other_categories_are_rejected(category, complaint):
    with pytest.raises(ConfigError, match=complaint):
        load_config(None, {"category": category})


def test_category_list_is_apples_current_one():
    # Spot checks of Apple's 2019+ list (the "Leisure"/"Kids & Family" generation).
    assert len(APPLE_CATEGORIES) == 19
    assert "Games & Hobbies" not in APPLE_CATEGORIES
    assert APPLE_CATEGORIES["Technology"] == ()
    assert "Video Games" in APPLE_CATEGORIES["Leisure"]


def test_category_in_a_config_file_is_checked(tmp_path):
    config = tmp_path / "podcastify.toml"
    config.write_text('[podcast]\ncategory = "Gadgets"\n')
    with pytest.raises(ConfigError, match="Gadgets"):
        load_config(config)


@pytest.mark.parametrize("language", ["english", "EN", "e", "en_US"])
def test_language_must_be_an_iso_639_code(language):
    with pytest.raises(ConfigError, match="ISO 639"):
        load_config(None, {"language": language})


def test_owner_email_must_be_an_email():
    with pytest.raises(ConfigError, match="email"):
        load_config(None, {"owner_email": "not an email"})
