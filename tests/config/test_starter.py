"""The starter file `podcastify init` writes is generated from the settings themselves."""

from __future__ import annotations

import re
import tomllib

from podcastify.config import load_config
from podcastify.settings import Settings, all_keys
from podcastify.starter import STARTER_VALUES, render_starter


def test_the_starter_is_valid_and_names_every_setting_but_the_podcast_name():
    text = render_starter()
    tomllib.loads(text)
    written = set(re.findall(r"^#? ?([a-z_]+) = ", text, re.M)) | {"sources"}
    assert written == set(all_keys()) - {"name"}


def test_uncommenting_every_line_gives_the_defaults(tmp_path):
    text = re.sub(r"^# ([a-z_]+ = )", r"\1", render_starter(), flags=re.M)
    path = tmp_path / "podcastify.toml"
    path.write_text(text)
    (settings,) = load_config(path).podcasts
    expected = Settings().with_values(
        {k: v for k, v in STARTER_VALUES.items() if k not in ("sources", "out")}
    )
    assert settings.with_values({"out": expected.publish.out}) == expected
