"""A source's kind comes from its content, not its name or its Content-Type."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from podcastify.errors import SourceError
from podcastify.sources import FetchLimits, read_source
from podcastify.sources.kinds import SourceKind, sniff

KINDS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds" / "kinds"
EXPECTED = tomllib.loads((KINDS / "expected.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_file_is_read_by_what_it_holds(name: str) -> None:
    articles = read_source(str(KINDS / name), FetchLimits(), print)
    assert articles[0].title.startswith(EXPECTED[name])


def test_every_kind_fixture_has_an_expectation() -> None:
    names = {p.name for p in KINDS.iterdir() if p.name not in ("expected.toml", "README.md")}
    assert names == set(EXPECTED)


def test_json_feed_fields() -> None:
    first, second = read_source(str(KINDS / "jsonfeed.json"), FetchLimits(), print)
    assert first.link == "https://tidal.example/2024/spring-tides"
    assert first.author == "Rosa Lindgren"
    assert first.source_title == "Tidal Notes"
    assert first.published is not None and first.published.isoformat().startswith("2024-03-10")
    assert "harbour feels still" in (second.html or second.summary)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b'<?xml version="1.0"?><rss version="2.0">', SourceKind.FEED),
        (b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- c -->\n<rdf:RDF>', SourceKind.FEED),
        ('<?xml version="1.0" encoding="utf-16"?><feed>'.encode("utf-16"), SourceKind.FEED),
        (b'<!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" "x"><rss>', SourceKind.FEED),
        (b"<!DOCTYPE html><html><head>", SourceKind.HTML),
        (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', SourceKind.HTML),
        (b"  <html><body>", SourceKind.HTML),
        (b'{"version": "https://jsonfeed.org/version/1", "items": []}', SourceKind.JSON_FEED),
        (b'{"items": []}', SourceKind.JSON),
        (b"Just some words about feeds and <rss> tags.", SourceKind.OTHER),
        (b"\x89PNG\r\n\x1a\n", SourceKind.OTHER),
        (b"", SourceKind.OTHER),
    ],
)
def test_sniff(data: bytes, kind: SourceKind) -> None:
    assert sniff(data) is kind


def test_feed_served_as_html_is_a_feed(site) -> None:
    body = (KINDS / "feed_without_suffix").read_bytes()
    url = site.add("/index.php", body, "text/html; charset=utf-8")
    (article,) = read_source(url, FetchLimits(), print)
    assert article.title == "A Feed Without a File Suffix"


def test_json_feed_served_as_application_json(site) -> None:
    url = site.add("/feed.json", (KINDS / "jsonfeed.json").read_bytes(), "application/json")
    assert len(read_source(url, FetchLimits(), print)) == 2


def test_json_that_is_not_a_feed_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    path.write_text('{"items": [1, 2]}')
    with pytest.raises(SourceError, match="not a feed"):
        read_source(str(path), FetchLimits(), print)


@pytest.mark.parametrize("source", ["", "   "])
def test_an_empty_source_is_named_as_such(source: str) -> None:
    with pytest.raises(SourceError, match="an empty SOURCE"):
        read_source(source, FetchLimits(), print)


@pytest.mark.parametrize(
    ("data", "binary"),
    [
        (bytes(range(256)) * 4, True),
        (b"Title\n\n" + b"\x00\x01\x02\x03" * 8, True),
        (b"Hello\x00World\x07 \x1b[31mred\x0b\n\nA short body.\n", False),
        ("Caf\u00e9 au lait, na\u00efve r\u00e9sum\u00e9.\n".encode(), False),
        ("Title\n\nBody".encode("utf-16"), False),
        (b"Tabs\tand\fform feeds\r\n are text.", False),
        (b"", False),
    ],
)
def test_binary_data_is_told_from_text(data: bytes, binary: bool) -> None:
    from podcastify.sources.kinds import looks_binary

    assert looks_binary(data) is binary


def test_a_binary_file_named_md_is_one_short_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes(bytes(range(256)) * 2)
    with pytest.raises(SourceError) as caught:
        read_source(str(path), FetchLimits(), print)
    assert str(caught.value) == f"{path}: not a text file (it holds binary data)"
