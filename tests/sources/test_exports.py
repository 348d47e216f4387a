"""Exports are not feeds: a WordPress or Blogger export gives its published posts only."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from podcastify.errors import SourceError
from podcastify.sources import FetchLimits, read_source

EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds" / "exports"
EXPECTED = tomllib.loads((EXPORTS / "expected.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_export_gives_published_posts_only(name: str) -> None:
    expected = EXPECTED[name]
    if "error" in expected:
        with pytest.raises(SourceError, match=expected["error"]) as caught:
            read_source(str(EXPORTS / name), FetchLimits(), print)
        assert "\n" not in str(caught.value)
        return
    articles = read_source(str(EXPORTS / name), FetchLimits(), print)
    assert [a.title for a in articles] == expected["titles"]
    for article in articles:
        everything = " ".join(str(v) for v in article.__dict__.values())
        assert "SECRET-" not in everything, article.title
        assert "secretword" not in everything and "@" not in article.author


def test_every_export_fixture_has_an_expectation() -> None:
    names = {p.name for p in EXPORTS.glob("*.xml")}
    assert names == set(EXPECTED)


def test_ordinary_blogger_feed_is_read_whole(tmp_path: Path) -> None:
    """Blogger's public feed marks every entry as a post: nothing is dropped from it."""
    source = (EXPORTS / "blogger.atom.xml").read_text(encoding="utf-8")
    public = source.split("<entry>")[0] + "<entry>" + source.split("<entry>")[3] + "</feed>"
    path = tmp_path / "posts.xml"
    path.write_text(public.replace("</entry>\n</feed>", "</entry></feed>"), encoding="utf-8")
    (article,) = read_source(str(path), FetchLimits(), print)
    assert article.title == "The Lamplighter's Round"
    assert article.author == "Anthony"
