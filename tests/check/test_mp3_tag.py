"""The MP3's ID3 tag is read from its first bytes: the header says how many to fetch."""

from __future__ import annotations

import pytest

from podcastify.check import check_feed
from podcastify.check.mp3 import AUDIO_PROBE, tag_size
from tests.check.conftest import FEEDS, publish_fixture


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (b"ID3\x03\x00\x00\x00\x00\x0f\x7a", 10 + 2042),
        (b"ID3\x04\x00\x00\x00\x00\x00\x7f", 10 + 127),
        (b"ID3\x04\x00\x10\x00\x00\x00\x7f", 10 + 127 + 10),  # v2.4 footer
        (b"ID3\x03\x00\x10\x00\x00\x00\x7f", 10 + 127),  # no footer before v2.4
        (b"ID3\x03\x00\x00\x7f\x7f\x7f\x7f", 10 + 2**28 - 1),
        (b"ID3\x03\x00\x00\x00\x00\x00\x80", None),  # not syncsafe
        (b"ID3\xff\x00\x00\x00\x00\x00\x00", None),
        (b"\xff\xfb\x90\x64\x00\x00\x00\x00\x00\x00", None),  # audio, no tag
        (b"ID3\x03", None),
    ],
)
def test_tag_size(header, expected):
    assert tag_size(header) == expected


def test_a_long_episode_is_never_downloaded_to_read_its_tag(host, media, tmp_path):
    feed = tmp_path / "long.xml"
    feed.write_text(
        (FEEDS / "clean.xml").read_text(encoding="utf-8").replace("episode.mp3", "long.mp3"),
        encoding="utf-8",
    )
    url = publish_fixture(host, media, feed)
    host.reset()
    assert check_feed(url) == []
    mp3 = [hit for hit in host.hits if hit.target.startswith("/ok/long.mp3")]
    assert mp3 and all(hit.method == "HEAD" or hit.range for hit in mp3), mp3
    size = (media / "long.mp3").stat().st_size
    tag = tag_size((media / "long.mp3").read_bytes()[:10])
    sent = sum(v for k, v in host.bytes_sent.items() if k.startswith("/ok/long.mp3"))
    assert sent <= 2 * (2 + 10 + tag + AUDIO_PROBE) < size, (sent, size)
