"""Daily use through the real CLI and real Piper: two podcasts in one config, each with its
own feed, cover, speed and state; a private podcast served at its secret address only."""

from __future__ import annotations

import http.client
import io
import re
import threading
from pathlib import Path

import feedparser
import podcastparser
import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3

from podcastify.config import load_config, state_dir
from tests.helpers.cli import start_podcastify
from tests.helpers.feeds import Item, write_feed

pytestmark = pytest.mark.e2e

ARTICLE = Item(
    "Why the Tide Turns",
    "tide",
    "<p>Twice a day the sea climbs the beach and slips back again, and people have "
    "wondered why for as long as there have been beaches.</p>"
    "<h2>The Pull of the Moon</h2><p>The moon pulls the water toward it as the earth "
    "turns beneath, and the sun adds its own smaller pull.</p><p>When they line up, the "
    "tides run high; when they pull at right angles, the tides are mild.</p>",
    published=None,
)

SHARED = """\
author = "Jo Reader"
owner_email = "jo@example.org"
intro_template = ""
outro_template = ""
bitrate_kbps = 32
sample_rate = 22050
"""


def _two_podcasts(root: Path) -> Path:
    write_feed(root / "articles.xml", [ARTICLE])
    config = root / "podcastify.toml"
    config.write_text(
        SHARED
        + '[[podcast]]\nname = "steady"\ntitle = "Steady Readings"\nsources = ["articles.xml"]\n'
        'out = "public/steady"\nbase_url = "https://pods.example.org/steady/"\n'
        '[[podcast]]\nname = "brisk"\ntitle = "Brisk Readings"\nsources = ["articles.xml"]\n'
        'out = "public/brisk"\nbase_url = "https://pods.example.org/brisk/"\nspeed = 1.25\n',
        encoding="utf-8",
    )
    return config


@pytest.fixture(scope="module")
def two(tmp_path_factory):
    from tests.helpers.cli import run_podcastify

    root = tmp_path_factory.mktemp("daily")
    config = _two_podcasts(root)
    elsewhere = root / "elsewhere"
    elsewhere.mkdir()
    result = run_podcastify("build", "--config", str(config), cwd=elsewhere)
    return root, config, result


def test_one_build_makes_both_podcasts_with_a_line_each(two):
    _root, _config, result = two
    assert result.returncode == 0, result.stderr
    assert "steady: 1 added, 0 skipped, 0 failed" in result.stderr
    assert "brisk: 1 added, 0 skipped, 0 failed" in result.stderr


@pytest.mark.parametrize("name", ["steady", "brisk"])
def test_each_feed_reads_in_both_clients(two, name):
    root = two[0]
    raw = (root / "public" / name / "feed.xml").read_bytes()
    parsed = feedparser.parse(raw)
    assert not parsed.bozo and parsed.feed.title == f"{name.title()} Readings"
    (episode,) = podcastparser.parse(f"https://pods.example.org/{name}/feed.xml", io.BytesIO(raw))[
        "episodes"
    ]
    assert episode["guid"] == "tide"
    assert episode["enclosures"][0]["url"].startswith(f"https://pods.example.org/{name}/")


def test_each_podcast_has_its_own_cover_and_state(two):
    root, config = two[0], two[1]
    steady, brisk = (root / "public" / n / "cover.png" for n in ("steady", "brisk"))
    assert steady.read_bytes() != brisk.read_bytes()
    settings = load_config(config).podcasts
    folders = {state_dir(s) for s in settings}
    assert len(folders) == 2 and all((f / "state.db").is_file() for f in folders)
    assert all(f.parent == root / ".podcastify" for f in folders)


def test_speed_125_is_about_four_fifths_as_long_with_chapters_inside(two):
    root = two[0]
    lengths = {}
    for name in ("steady", "brisk"):
        (mp3,) = (root / "public" / name).glob("*.mp3")
        lengths[name] = MP3(mp3).info.length
        for chapter in ID3(mp3).getall("CHAP"):
            assert chapter.end_time <= round(lengths[name] * 1000) + 1
    ratio = lengths["brisk"] / lengths["steady"]
    print(f"speed 1.25 / 1.0 duration ratio: {ratio:.3f}")
    assert 0.74 <= ratio <= 0.86, lengths


def test_list_and_build_take_podcast(two):
    from tests.helpers.cli import run_podcastify

    root, config = two[0], two[1]
    listed = run_podcastify("list", "--config", str(config), cwd=root)
    assert "[steady] Steady Readings" in listed.stdout and "[brisk] Brisk Readings" in listed.stdout
    one = run_podcastify("build", "--podcast", "brisk", "--config", str(config), cwd=root)
    assert one.returncode == 0 and "0 added, 1 skipped" in one.stderr
    assert "steady" not in one.stderr
    typo = run_podcastify("build", "--podcast", "brsk", "--config", str(config), cwd=root)
    assert typo.returncode == 1 and "no podcast named 'brsk'" in typo.stderr
    both = run_podcastify("url", "--config", str(config), cwd=root).stdout.split()
    assert both == ["steady:", _feed_of("steady"), "brisk:", _feed_of("brisk")]
    brisk = run_podcastify("url", "--podcast", "brisk", "--config", str(config), cwd=root)
    assert brisk.stdout.strip() == _feed_of("brisk")  # bare, for $(podcastify url ...)


def _feed_of(name: str) -> str:
    return f"https://pods.example.org/{name}/feed.xml"


# -- a private podcast ---------------------------------------------------------------------


def _get(port: int, path: str, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


@pytest.fixture
def private(tmp_path):
    out = tmp_path / "public"
    out.mkdir()
    server = start_podcastify("serve", "--dir", str(out), "--port", "0", cwd=tmp_path)
    try:
        assert server.stderr is not None
        port = int(re.search(r":(\d+)/", server.stderr.readline()).group(1))
        threading.Thread(target=server.stderr.read, daemon=True).start()
        write_feed(tmp_path / "articles.xml", [ARTICLE])
        (tmp_path / "podcastify.toml").write_text(
            SHARED + f'[podcast]\ntitle = "Only Mine"\nsources = ["articles.xml"]\n'
            f'[publish]\nout = "public"\nbase_url = "http://127.0.0.1:{port}/"\nprivate = true\n'
        )
        yield tmp_path, port
    finally:
        server.kill()
        server.communicate()


def test_a_private_feed_is_served_at_its_token_only(cli, private):
    root, port = private
    built = cli("build", cwd=root)
    assert built.returncode == 0, built.stderr
    url = cli("url", cwd=root).stdout.strip()
    token = re.fullmatch(rf"http://127\.0\.0\.1:{port}/([A-Za-z0-9_-]{{20,}})/feed\.xml", url)
    assert token, url
    assert token.group(1) not in (root / "public" / token.group(1) / "index.html").read_text()[:0]
    status, feed = _get(port, f"/{token.group(1)}/feed.xml")
    assert status == 200
    assert _get(port, "/")[0] == 404
    assert _get(port, "/index.html")[0] == 404
    assert _get(port, "/AAAAAAAAAAAAAAAAAAAAAAAA/feed.xml")[0] == 404
    assert not any(p.is_file() for p in (root / "public").iterdir())
    # What gPodder does: parse the feed with its parser, then download the enclosure.
    (episode,) = podcastparser.parse(url, io.BytesIO(feed))["episodes"]
    enclosure = episode["enclosures"][0]
    path = enclosure["url"].removeprefix(f"http://127.0.0.1:{port}")
    status, audio = _get(port, path)
    assert status == 200 and len(audio) == enclosure["file_size"]
    assert _get(port, path, {"Range": "bytes=0-1"}) == (206, audio[:2])
    listed = cli("list", cwd=root).stdout
    (shown,) = re.findall(r"\S+\.mp3", listed)
    assert Path(shown).is_file() and Path(shown).parent.name == token.group(1)

    rotated = cli("rotate-token", cwd=root)
    assert rotated.returncode == 0, rotated.stderr
    new_url = rotated.stdout.strip()
    assert new_url != url and cli("url", cwd=root).stdout.strip() == new_url
    assert _get(port, f"/{token.group(1)}/feed.xml")[0] == 404
    status, new_feed = _get(port, new_url.removeprefix(f"http://127.0.0.1:{port}"))
    assert status == 200
    (moved,) = podcastparser.parse(new_url, io.BytesIO(new_feed))["episodes"]
    assert moved["guid"] == episode["guid"]
    again = cli("build", cwd=root)
    assert "0 added, 1 skipped" in again.stderr


def test_basic_auth_on_serve(tmp_path):
    (tmp_path / "feed.xml").write_text("<rss/>")
    server = start_podcastify(
        "serve", "--dir", str(tmp_path), "--port", "0", "--auth", "jo:s3cret", cwd=tmp_path
    )
    try:
        port = int(re.search(r":(\d+)/", server.stderr.readline()).group(1))
        threading.Thread(target=server.stderr.read, daemon=True).start()
        assert _get(port, "/feed.xml")[0] == 401
        bad = {"Authorization": "Basic " + __import__("base64").b64encode(b"jo:nope").decode()}
        assert _get(port, "/feed.xml", bad)[0] == 401
        good = {"Authorization": "Basic " + __import__("base64").b64encode(b"jo:s3cret").decode()}
        assert _get(port, "/feed.xml", good) == (200, b"<rss/>")
    finally:
        server.kill()
        server.communicate()
