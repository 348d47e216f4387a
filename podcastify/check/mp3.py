"""The MP3's own tag, read from its first bytes: embedded cover and ID3 chapters.

The ID3v2 header (10 bytes) says how long the tag is, so two small Range requests fetch
exactly the tag (plus a little audio to prove an MPEG stream follows), never the file.
A server without byte ranges is read the same way: the body is cut off after those bytes.
"""

from __future__ import annotations

import io

from podcastify.check.fetch import Fetcher
from podcastify.check.problems import Problem
from podcastify.check.rules import problem
from podcastify.errors import FetchError

ID3_HEADER = 10
AUDIO_PROBE = 16 * 1024
"""Bytes of audio after the tag in which an MPEG frame must be found."""
MAX_TAG_BYTES = 8 * 1024 * 1024
"""A larger tag is reported, not fetched (a player must read it all before playing)."""


def tag_size(header: bytes) -> int | None:
    """Length of the whole ID3v2 tag (header and footer included) from its first 10 bytes;
    None when there is no valid tag header."""
    if len(header) < ID3_HEADER or not header.startswith(b"ID3"):
        return None
    size_bytes = header[6:10]
    if any(b & 0x80 for b in size_bytes) or header[3] == 0xFF:
        return None
    size = 0
    for byte in size_bytes:
        size = (size << 7) | byte  # "syncsafe": seven bits per byte
    footer = ID3_HEADER if header[3] >= 4 and header[5] & 0x10 else 0
    return ID3_HEADER + size + footer


def mp3_problems(url: str, where: str, fetcher: Fetcher) -> list[Problem]:
    """Embedded cover, chapters with their table of contents, MPEG audio after the tag."""
    try:
        reply = fetcher.get(url, first=0, last=ID3_HEADER - 1, max_body=ID3_HEADER)
        if reply.status >= 400:
            return []  # the enclosure checks say what the server answers
        size = tag_size(reply.body)
        if size is not None and size > MAX_TAG_BYTES:
            megabytes = size / 1_048_576
            return [problem("mp3-tag-large", where, f"the ID3 tag is {megabytes:.1f} MB")]
        wanted = (size or 0) + AUDIO_PROBE
        start = fetcher.get(url, first=0, last=wanted - 1, max_body=wanted).body
    except FetchError:
        return []  # the enclosure checks already said the file cannot be fetched
    if size is None:
        return [problem("mp3-no-tag", where, "the MP3 has no ID3v2 tag"), *_audio(start, 0, where)]
    if len(start) < size:
        message = f"the ID3 tag claims {size} bytes, the file has {len(start)}"
        return [problem("mp3-tag-broken", where, message)]
    return [*_tag_problems(start[:size], where), *_audio(start, size, where)]


def _audio(start: bytes, offset: int, where: str) -> list[Problem]:
    from mutagen import MutagenError
    from mutagen.mp3 import MPEGInfo

    try:
        MPEGInfo(io.BytesIO(start), offset=offset)
    except (MutagenError, EOFError, ValueError):
        span = f"the {len(start) - offset} bytes after the tag" if offset else "its first bytes"
        message = f"no MPEG audio frame in {span}"
        return [problem("mp3-not-audio", where, message)]
    return []


def _tag_problems(tag: bytes, where: str) -> list[Problem]:
    from mutagen import MutagenError
    from mutagen.id3 import ID3

    try:
        id3 = ID3(io.BytesIO(tag), load_v1=False)
    except (MutagenError, ValueError, EOFError) as exc:
        return [problem("mp3-tag-broken", where, f"mutagen cannot read the ID3 tag: {exc}")]
    return [*_cover(id3, where), *_chapters(id3, where)]


def _cover(id3, where: str) -> list[Problem]:  # type: ignore[no-untyped-def]
    from PIL import Image, UnidentifiedImageError

    covers = id3.getall("APIC")
    if not covers:
        return [problem("mp3-no-cover", where, "the MP3 has no embedded cover (APIC)")]
    try:
        with Image.open(io.BytesIO(covers[0].data)) as image:
            kind = image.format
    except (UnidentifiedImageError, OSError):
        return [problem("mp3-cover-broken", where, "the embedded cover is not an image")]
    if kind not in ("JPEG", "PNG"):
        return [problem("mp3-cover-broken", where, f"the embedded cover is {kind}")]
    return []


def _chapters(id3, where: str) -> list[Problem]:  # type: ignore[no-untyped-def]
    from mutagen.id3 import CTOCFlags

    chapters = {frame.element_id for frame in id3.getall("CHAP")}
    tables = id3.getall("CTOC")
    if not chapters:
        return []
    if not tables:
        message = f"{len(chapters)} ID3 chapters (CHAP) but no table of contents (CTOC)"
        return [problem("mp3-no-ctoc", where, message)]
    top = [t for t in tables if t.flags & CTOCFlags.TOP_LEVEL]
    if not top:
        return [problem("mp3-ctoc-broken", where, "no CTOC is marked top-level")]
    listed = {child for table in tables for child in table.child_element_ids}
    if missing := sorted(chapters - listed):
        message = f"the CTOC does not list chapters {', '.join(missing)}"
        return [problem("mp3-ctoc-broken", where, message)]
    if unknown := sorted(listed - chapters - {t.element_id for t in tables}):
        message = f"the CTOC lists chapters that do not exist: {', '.join(unknown)}"
        return [problem("mp3-ctoc-broken", where, message)]
    return []
