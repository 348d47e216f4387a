"""OPML lists as feed readers export them: every feed found, at any depth, each once.

Each ``tests/fixtures/opml/<name>.opml`` has a ``<name>.expect`` beside it: one line per
feed, ``url<TAB>title<TAB>folder``. A new reader's export is two new files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from podcastify.errors import SourceError
from podcastify.sources.opml import Subscription, looks_like_opml, read_opml

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "opml"
CASES = sorted(FIXTURES.glob("*.opml"))


def _expected(path: Path) -> list[Subscription]:
    lines = path.with_suffix(".expect").read_text(encoding="utf-8").splitlines()
    return [Subscription(*line.split("\t")) for line in lines if line.strip()]


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_feed_of_a_readers_export_is_found(path):
    body = path.read_bytes()
    assert looks_like_opml(body)
    assert read_opml(body, path.name) == _expected(path)


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b"<rss version='2.0'><channel/></rss>", "not an OPML subscription list"),
        (b"not xml at all", "not an OPML subscription list"),
        (b"<opml version='2.0'><body><outline text='Empty'/></body></opml>", "names no feed"),
        (
            b"<?xml version='1.0'?><!DOCTYPE opml [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
            b"<opml><body><outline xmlUrl='https://a.example/&x;'/></body></opml>",
            "document type declaration",
        ),
    ],
)
def test_what_is_not_a_usable_list_is_one_line(body, says):
    with pytest.raises(SourceError, match=says) as caught:
        read_opml(body, "list.opml")
    assert "\n" not in str(caught.value)
