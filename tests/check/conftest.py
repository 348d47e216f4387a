"""The feed doctor's test bench: real media files, a podcast host on 127.0.0.1, feed fixtures.

Media are made once per session with the real libraries (ffmpeg for the audio, mutagen for
its ID3 tags, Pillow for the images). Feed fixtures in ``feeds/`` are small RSS files, one
fault each, named by glob; ``{base}`` stands for the host's address and ``{length:NAME}``
for the size of a media file. A fixture's first comment says which rules it must break:
``<!-- expect: rule rule -->`` (nothing after the colon: a clean feed); a comment
``<!-- served-as: TYPE -->`` makes the host send the feed with that Content-Type.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from mutagen.id3 import APIC, CHAP, CTOC, ID3, TIT2, CTOCFlags
from PIL import Image

from podcastify.ffmpeg import ffmpeg_exe
from tests.check.host import Host, start_host, stop_host

FEEDS = Path(__file__).parent / "feeds"
_EXPECT = re.compile(r"<!--\s*expect:([^>]*?)-->")
_LENGTH = re.compile(r"\{length:([\w.-]+)\}")
_SERVED_AS = re.compile(r"<!--\s*served-as:\s*(\S+)\s*-->")


# -- media -------------------------------------------------------------------------------


def _tone(path: Path, seconds: float) -> None:
    subprocess.run(
        [
            ffmpeg_exe(), "-y", "-loglevel", "error", "-f", "lavfi",
            "-i", f"sine=frequency=440:duration={seconds}",
            "-ac", "1", "-ar", "22050", "-b:a", "32k", "-c:a", "libmp3lame", str(path),
        ],
        check=True,
    )  # fmt: skip


def _png(size: tuple[int, int], mode: str = "RGB", kind: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    color = (0, 90, 160, 0) if mode == "CMYK" else (30, 90, 160)
    Image.new(mode, size, color[: len(mode)]).save(buffer, kind)
    return buffer.getvalue()


def _tag(
    path: Path,
    *,
    cover: bytes | None = None,
    ctoc: bool = True,
    listed: int | None = None,
    chapters: int = 2,
) -> None:
    """ID3v2.3 as podcastify writes it; the options take one thing away or break it."""
    id3 = ID3()
    id3.add(TIT2(encoding=1, text="Test episode"))
    cover = _png((300, 300)) if cover is None else cover
    if cover:
        id3.add(APIC(encoding=1, mime="image/png", type=3, desc="Cover", data=cover))
    ids = [f"chp{i}" for i in range(chapters)]
    if ctoc and ids:
        id3.add(
            CTOC(
                element_id="toc",
                flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                child_element_ids=ids[:listed],
                sub_frames=[TIT2(encoding=1, text="Chapters")],
            )
        )
    for number, element_id in enumerate(ids):
        id3.add(
            CHAP(
                element_id=element_id,
                start_time=number * 500,
                end_time=(number + 1) * 500,
                sub_frames=[TIT2(encoding=1, text=f"Part {number + 1}")],
            )
        )
    id3.update_to_v23()
    id3.save(path, v2_version=3)


def make_media(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    tone = folder / "tone.mp3"
    _tone(tone, 1.0)
    variants = {
        "episode.mp3": {},
        "no-ctoc.mp3": {"ctoc": False},
        "no-cover.mp3": {"cover": b""},
        "cover-not-image.mp3": {"cover": b"not an image at all"},
        "ctoc-partial.mp3": {"listed": 1},
    }
    for name, options in variants.items():
        (folder / name).write_bytes(tone.read_bytes())
        _tag(folder / name, **options)
    (folder / "episode").write_bytes((folder / "episode.mp3").read_bytes())
    (folder / "épisode.mp3").write_bytes((folder / "episode.mp3").read_bytes())
    (folder / "truncated.mp3").write_bytes((folder / "episode.mp3").read_bytes()[:1000])
    long = folder / "long.mp3"
    _tone(long, 60.0)
    _tag(long)
    (folder / "page.html").write_text("<!DOCTYPE html><html><body>Hi</body></html>")
    (folder / "fake.mp3").write_bytes(b"<!DOCTYPE html><html><body>Sign in</body></html>\n" * 80)
    images = {
        "cover.png": _png((1400, 1400)),
        "cover.jpg": _png((1400, 1400), kind="JPEG"),
        "wide.png": _png((1500, 1400)),
        "small.png": _png((600, 600)),
        "huge.png": _png((3200, 3200)),
        "cover.gif": _png((1400, 1400), kind="GIF"),
        "cmyk.jpg": _png((1400, 1400), mode="CMYK", kind="JPEG"),
        "png-named.jpg": _png((1400, 1400)),
    }
    for name, data in images.items():
        (folder / name).write_bytes(data)
    (folder / "episode.vtt").write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:00.500\nPart one.\n", encoding="utf-8"
    )
    (folder / "episode.srt").write_text(
        "1\n00:00:00,000 --> 00:00:00,500\nPart one.\n", encoding="utf-8"
    )
    (folder / "episode.transcript.json").write_text(
        json.dumps({"version": "1.0.0", "segments": [{"startTime": 0, "body": "Part one."}]}),
        encoding="utf-8",
    )
    (folder / "episode.chapters.json").write_text(
        json.dumps(
            {
                "version": "1.2.0",
                "chapters": [{"startTime": 0, "title": "Part 1"}, {"startTime": 0.5}],
            }
        ),
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="session")
def media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_media(tmp_path_factory.mktemp("media"))


@pytest.fixture(scope="session")
def host(media: Path) -> Iterator[Host]:
    running = start_host(media)
    yield running
    stop_host(running)


# -- feed fixtures -------------------------------------------------------------------------


@dataclass(frozen=True)
class Fixture:
    name: str
    """File name in feeds/, also its path on the host (/feeds/NAME)."""
    expected: frozenset[str]
    """Rules the feed must break, and no others."""


def fixture_files() -> list[Path]:
    return sorted(FEEDS.glob("*.xml"))


def read_fixture(path: Path) -> Fixture:
    match = _EXPECT.search(path.read_text(encoding="utf-8"))
    assert match, f"{path.name} has no <!-- expect: … --> comment"
    return Fixture(path.name, frozenset(match.group(1).split()))


def publish_fixture(host: Host, media: Path, path: Path) -> str:
    """Put the fixture on the host with its placeholders filled; its URL."""
    text = path.read_text(encoding="utf-8").replace("{base}", host.base)
    text = _LENGTH.sub(lambda m: str((media / m.group(1)).stat().st_size), text)
    host.feeds[path.name] = text.encode("utf-8")
    if served_as := _SERVED_AS.search(text):
        host.feed_types[path.name] = served_as.group(1)
    return f"{host.base}/feeds/{path.name}"


# -- who was contacted ---------------------------------------------------------------------


class NetworkLog:
    """Every address this process resolved or connected to while recording (audit hooks,
    so nothing is faked: the requests really go out, and only these are seen)."""

    def __init__(self) -> None:
        self.recording = False
        self.resolved: list[str] = []
        self.connected: list[tuple[str, int]] = []
        """(address, port) of every connection."""

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if not self.recording:
            return
        if event == "socket.getaddrinfo":
            self.resolved.append(str(args[0]))
        elif event == "socket.connect" and isinstance(args[1], tuple):
            self.connected.append((str(args[1][0]), int(args[1][1])))


_NETWORK_LOG = NetworkLog()
sys.addaudithook(_NETWORK_LOG)


@pytest.fixture
def network_log() -> Iterator[NetworkLog]:
    _NETWORK_LOG.resolved.clear()
    _NETWORK_LOG.connected.clear()
    _NETWORK_LOG.recording = True
    try:
        yield _NETWORK_LOG
    finally:
        _NETWORK_LOG.recording = False
