"""`podcastify import-opml`: a reader's subscriptions join the config, comments kept."""

from __future__ import annotations

from pathlib import Path

from podcastify.config import load_config

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "opml"

CONFIG = """\
# My podcasts. Edited by hand; please keep this comment.
[podcast]
title = "Evening Reading"   # what apps show
sources = [
    "notes.md",  # my own notes
]

[audio]
# quieter than usual
loudness_lufs = -18.0
"""


def test_feeds_are_added_and_the_file_keeps_its_comments(cli, tmp_path):
    config = tmp_path / "podcastify.toml"
    config.write_text(CONFIG, encoding="utf-8")
    result = cli("import-opml", str(FIXTURES / "feedly.opml"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "3 feed(s) added" in result.stderr
    text = config.read_text(encoding="utf-8")
    for kept in (
        "# My podcasts. Edited by hand",
        "# what apps show",
        "# my own notes",
        "# quieter than usual",
    ):
        assert kept in text
    (settings,) = load_config(config).podcasts
    assert settings.podcast.sources == (
        str(tmp_path / "notes.md"),
        "https://feeds.arstechnica.com/arstechnica/index",
        "https://www.theverge.com/rss/index.xml",
        "https://aeon.co/feed.rss",
    )
    assert settings.audio.loudness_lufs == -18.0
    again = cli("import-opml", str(FIXTURES / "feedly.opml"), cwd=tmp_path)
    assert "0 feed(s) added to" in again.stderr and "3 already there" in again.stderr
    assert config.read_text(encoding="utf-8") == text


def test_a_served_list_goes_to_the_named_podcast(cli, site, tmp_path):
    config = tmp_path / "podcastify.toml"
    config.write_text(
        '[[podcast]]\nname = "news"\nout = "news"\n\n[[podcast]]\nname = "tech"\nout = "tech"\n'
    )
    url = site.add("/subs.opml", (FIXTURES / "inoreader.opml").read_bytes(), "text/x-opml")
    unnamed = cli("import-opml", url, cwd=tmp_path)
    assert unnamed.returncode == 1 and "name one with --podcast" in unnamed.stderr
    result = cli("import-opml", url, "--podcast", "tech", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    news, tech = load_config(config).podcasts
    assert news.podcast.sources == ()
    assert len(tech.podcast.sources) == 3


def test_a_file_that_is_not_opml_is_one_line(cli, tmp_path):
    (tmp_path / "feed.xml").write_text("<rss version='2.0'><channel/></rss>")
    result = cli("import-opml", "feed.xml", cwd=tmp_path)
    assert result.returncode == 1 and "not an OPML subscription list" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "podcastify.toml").exists()
