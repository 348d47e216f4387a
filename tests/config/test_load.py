"""podcastify.toml: every key found by its section, checked for type and rule, named with
its file and line when wrong; older layouts still read; several podcasts in one file."""

from __future__ import annotations

from pathlib import Path

import pytest

from podcastify.config import load_config, state_dir, state_key
from podcastify.errors import ConfigError
from podcastify.settings import Settings, all_keys, key_home, sections


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "podcastify.toml"
    path.write_text(text)
    return path


def test_values_from_file_and_overrides(tmp_path):
    path = _write(
        tmp_path,
        '[podcast]\ntitle = "Night Reading"\ncategory = "Arts > Books"\nsources = ["a.txt"]\n'
        '[publish]\nbase_url = "https://x.org/pod"\n',
    )
    (settings,) = load_config(path, {"base_url": None, "limit": 3}).podcasts
    assert settings.podcast.title == "Night Reading"
    assert settings.publish.base_url == "https://x.org/pod/"
    assert settings.publish.feed_url == "https://x.org/pod/feed.xml"
    assert settings.build.limit == 3
    assert settings.podcast.sources == (str(tmp_path / "a.txt"),)
    assert settings.publish.out == str(tmp_path / "audio")


def test_paths_are_relative_to_the_file_urls_and_voice_names_are_not(tmp_path):
    (tmp_path / "conf").mkdir()
    path = _write(
        tmp_path / "conf",
        '[podcast]\nsources = ["https://e.org/feed", "../notes.md"]\ncover = "~/c.png"\n'
        '[voice]\nvoice = "en_US-joe-medium"\n[audio]\nintro_music = "jingle.mp3"\n',
    )
    (settings,) = load_config(path).podcasts
    assert settings.podcast.sources == ("https://e.org/feed", str(tmp_path / "notes.md"))
    assert settings.podcast.cover == str(Path("~/c.png").expanduser().resolve())
    assert settings.voice.voice == "en_US-joe-medium"
    assert settings.audio.intro_music == str(tmp_path / "conf" / "jingle.mp3")


def test_a_voice_file_is_relative_to_the_file(tmp_path):
    path = _write(tmp_path, '[voice]\nvoice = "voices/amy.onnx"\n')
    (settings,) = load_config(path).podcasts
    assert settings.voice.voice == str(tmp_path / "voices" / "amy.onnx")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('[podcast]\ntitle = "x"\ntitel = "y"\n', ":3: unknown key 'titel' in [podcast]"),
        ('[build]\nlimit = "ten"\n', ":2: 'limit' in [build] must be a whole number"),
        ("[podcast]\nexplicit = 1\n", ":2: 'explicit' in [podcast] must be true or false"),
        ("[audio]\nloudness_lufs = true\n", "'loudness_lufs' in [audio] must be a number"),
        ("[podcast]\nsources = [1]\n", "'sources' in [podcast] must be a list of strings"),
        ("[sound]\nx = 1\n", ":1: unknown section [sound] (known: [podcast]"),
        ('[podcst]\ntitle = "x"\n', ":1: unknown section [podcst] (did you mean [podcast]?)"),
        ('[[podcast]]\nname = "a"\n[podcast.voise]\n', ":3: unknown section [podcast.voise]"),
        ('[podcast]\ntitle = "x"\ntitel = "y"\n', "(did you mean 'title'?)"),
        ("[fetch]\nengine = 'piper'\n", ":2: 'engine' belongs in the [voice] section"),
        ('[podcast]\ncategory = "Cooking"\n', ":2: 'category' in [podcast] category"),
        ('[podcast]\ncategory = "Arts > Cooking"\n', "subcategory 'Cooking'"),
        ('[podcast]\nlanguage = "English"\n', ":2: 'language' in [podcast] must be an ISO 639"),
        ('[podcast]\nowner_email = "nobody"\n', "not an email"),
        ('[publish]\nbase_url = "ftp://x"\n', ":2: 'base_url' in [publish] must start with"),
        ("[audio]\nbitrate_kbps = 65\n", "'bitrate_kbps' in [audio] must be a standard"),
        ("[build]\nlimit = -1\n", "'limit' in [build] must not be negative"),
        ('title = ""\n', ":1: 'title' in [podcast] must not be empty"),
        ("[build\n", "not valid TOML"),
        ('[podcast]\ntitle = "x\n', ":2: not valid TOML (line 2, column"),
        ("limit = 'x'\n[podcast]\n", ":1: 'limit' in [build] must be a whole number"),
    ],
)
def test_bad_config_is_named_with_file_line_key_and_section(tmp_path, text, fragment):
    with pytest.raises(ConfigError) as caught:
        load_config(_write(tmp_path, text))
    assert fragment in str(caught.value)
    assert str(tmp_path / "podcastify.toml") in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_bad_override_is_named_without_a_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match=r"^--base-url must start with http"):
        load_config(None, {"base_url": "nope"})


def test_category_error_lists_apples_categories(tmp_path):
    with pytest.raises(ConfigError) as caught:
        load_config(_write(tmp_path, '[podcast]\ncategory = "Cooking"\n'))
    assert "Technology" in str(caught.value) and "True Crime" in str(caught.value)


def test_an_older_file_still_reads_and_says_where_keys_moved(tmp_path):
    path = _write(
        tmp_path,
        '[podcast]\ntitle = "Old"\n[build]\nsources = ["a.md"]\nout = "public"\nlimit = 2\n'
        "engine = 'piper'\n[script]\nsentence_pause_ms = 100\n",
    )
    config = load_config(path)
    (settings,) = config.podcasts
    assert settings.podcast.sources == (str(tmp_path / "a.md"),)
    assert settings.publish.out == str(tmp_path / "public")
    assert settings.audio.sentence_pause_ms == 100 and settings.build.limit == 2
    assert any(":4: 'sources' now belongs in [podcast]" in note for note in config.notes)
    assert any("'sentence_pause_ms' now belongs in [audio]" in note for note in config.notes)
    assert not any("'limit'" in note for note in config.notes)


def test_a_single_podcast_table_takes_any_key_as_each_podcast_table_does(tmp_path):
    path = _write(tmp_path, '[podcast]\ntitle = "S"\nout = "pub"\nprivate = true\nspeed = 1.25\n')
    (settings,) = load_config(path).podcasts
    assert settings.publish.out == str(tmp_path / "pub")
    assert settings.publish.private and settings.voice.speed == 1.25


def test_keys_at_the_top_are_defaults_found_by_name(tmp_path):
    path = _write(tmp_path, 'title = "Flat"\nbitrate_kbps = 96\n[voice]\nengine = "gtts"\n')
    (settings,) = load_config(path).podcasts
    assert settings.podcast.title == "Flat"
    assert settings.audio.bitrate_kbps == 96 and settings.voice.engine == "gtts"


def test_several_podcasts_share_top_level_defaults(tmp_path):
    path = _write(
        tmp_path,
        'author = "Jo Reader"\nowner_email = "jo@example.org"\n[audio]\nbitrate_kbps = 96\n'
        '[[podcast]]\nname = "news"\ntitle = "News"\nout = "pub/news"\nsources = ["n.md"]\n'
        "[podcast.audio]\nbitrate_kbps = 48\n"
        '[[podcast]]\nname = "long"\ntitle = "Long Reads"\nout = "pub/long"\n',
    )
    config = load_config(path)
    news, long = config.podcasts
    assert (news.name, long.name) == ("news", "long")
    assert news.podcast.author == long.podcast.author == "Jo Reader"
    assert (news.audio.bitrate_kbps, long.audio.bitrate_kbps) == (48, 96)
    assert news.podcast.sources == (str(tmp_path / "n.md"),)
    assert config.select("long") == (long,)
    with pytest.raises(ConfigError, match=r"no podcast named 'short'.*news, long"):
        config.select("short")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('[[podcast]]\nname = "a"\n[[podcast]]\nname = "b"\n', "share the output folder"),
        ('[[podcast]]\nname = "a"\nout = "x"\n[[podcast]]\nout = "y"\n', "needs a name"),
        ('[[podcast]]\nname = "a b"\n', "'name' in [podcast] must be a short name"),
        (
            '[[podcast]]\nname = "a"\n[podcast.sound]\nx = 1\n',
            ":3: unknown section [podcast.sound]",
        ),
        (
            '[[podcast]]\nname = "a"\nout = "x"\nbitrate = 1\n',
            ":4: unknown key 'bitrate' (did you mean 'bitrate_kbps'?)",
        ),
    ],
)
def test_bad_podcast_lists_are_named(tmp_path, text, fragment):
    with pytest.raises(ConfigError) as caught:
        load_config(_write(tmp_path, text))
    assert fragment in str(caught.value)


def test_every_key_has_one_home_and_a_docstring():
    from podcastify.starter import field_docs

    docs = field_docs()
    for key in all_keys():
        assert key_home(key) in sections()
        assert docs.get(key), f"{key} has no docstring"


def test_no_config_gives_the_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_config(None).podcasts == (Settings(),)


def test_state_lives_beside_the_output_folder_whatever_the_working_folder(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    monkeypatch.chdir(tmp_path / "a")
    (here,) = load_config(None, {"out": "../work/pod"}).podcasts
    monkeypatch.chdir(tmp_path / "b")
    (there,) = load_config(None, {"out": str(tmp_path / "work" / "pod")}).podcasts
    assert state_dir(here) == state_dir(there)
    assert state_dir(here).parent == tmp_path / "work" / ".podcastify"
    assert not state_dir(here).is_relative_to(tmp_path / "work" / "pod")


def test_another_podcasts_state_folder_above_does_not_pull_this_one_in(tmp_path):
    """A podcast once published straight into ~ (or /tmp) leaves ~/.podcastify; the
    podcasts in the folders below keep their state beside their own output folders."""
    (here,) = load_config(None, {"out": str(tmp_path / "elsewhere")}).podcasts
    state_dir(here).mkdir(parents=True)
    (below,) = load_config(None, {"out": str(tmp_path / "work" / "pod")}).podcasts
    assert state_dir(here).parent == tmp_path / ".podcastify"
    assert state_dir(below).parent == tmp_path / "work" / ".podcastify"


def test_a_state_already_kept_in_a_folder_further_up_is_still_found(tmp_path):
    """State that an earlier podcastify put further up (the nearest ``.podcastify/`` then
    took every folder below it) is where the next run looks, so no episode is adopted
    again."""
    (pod,) = load_config(None, {"out": str(tmp_path / "work" / "pod")}).podcasts
    kept = tmp_path / ".podcastify" / state_key(tmp_path / "work" / "pod", tmp_path)
    kept.mkdir(parents=True)
    assert state_dir(pod) == kept


def test_a_config_folder_anchors_the_state_of_the_folders_below_it(tmp_path):
    path = _write(
        tmp_path,
        '[[podcast]]\nname = "a"\nout = "site/a"\n[[podcast]]\nname = "b"\nout = "site/b"\n',
    )
    first, second = load_config(path).podcasts
    assert state_dir(first).parent == state_dir(second).parent == tmp_path / ".podcastify"
    assert state_dir(first) != state_dir(second)


def test_a_podcast_named_without_a_config_file_says_there_is_none(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match=r"no podcast named 'zz' in the settings \(no podcast"):
        load_config(None).select("zz")
