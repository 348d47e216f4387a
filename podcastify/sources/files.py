"""Local article files (.txt, .md, .html) and local feed files."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path

from podcastify.errors import SourceError
from podcastify.models import Article
from podcastify.patterns import compiled
from podcastify.sources.kinds import looks_binary
from podcastify.sources.people import person_name
from podcastify.text import collapse_space

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".rdf", ".json")
LOCAL_GUID_PREFIX = "urn:podcastify:local:"
"""GUIDs of local files: what they are made of stays private, and the same on any machine."""
_MD_HEADING = compiled(r"^#{1,6}\s+")


def read_local(path: Path) -> bytes:
    """The file's bytes, or a one-line SourceError saying why not."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror}") from None


_FRONT_MATTER = compiled(r"\A(?:---|\+\+\+)[ \t]*\n(.*?)\n(?:---|\+\+\+)[ \t]*(?:\n|\Z)", re.S)
_FRONT_FIELD = compiled(r"^(title|date|author)\s*[:=]\s*(.+?)\s*$", re.M | re.I)


def decode_text(data: bytes) -> str:
    """Text of a file: UTF-8 (with or without BOM), UTF-16 with a BOM, else Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML/TOML front matter of a Markdown file, as a few plain fields, and the rest."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {
        key.lower(): value.strip().strip("\"'")
        for key, value in _FRONT_FIELD.findall(match.group(1))
    }
    return fields, text[match.end() :]


def _front_date(value: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def text_article(path: Path, data: bytes) -> Article:
    """A .txt or .md file: the first non-empty line is the title, the rest the body."""
    if looks_binary(data):
        raise SourceError(f"{path}: not a text file (it holds binary data)")
    text = decode_text(data).replace("\r\n", "\n")
    front: dict[str, str] = {}
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        front, text = _front_matter(text)
    if front.get("title"):
        text = f"{front['title']}\n\n{text}"
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise SourceError(f"{path}: the file is empty")
    title = collapse_space(_MD_HEADING.sub("", lines[0]))
    body = "\n".join(lines[1:]).strip()
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        # A setext heading underlines the title.
        body = re.sub(r"^[=-]{3,}\s*\n", "", body)
    title = title or path.stem
    return Article(
        guid=local_guid(path, title),
        title=title,
        link="",
        author=person_name(front.get("author", "")),
        published=_front_date(front.get("date", "")) or file_date(path),
        text=body,
        aliases=(old_local_guid(path),),
    )


def local_guid(path: Path, title: str) -> str:
    """A local file's GUID, from its name and title: no path of this machine in it, and the
    same when the folder moves or is copied elsewhere."""
    digest = hashlib.sha256(f"{path.name.casefold()}\n{title.strip()}".encode()).hexdigest()
    return LOCAL_GUID_PREFIX + digest[:32]


def old_local_guid(path: Path) -> str:
    """The GUID podcastify 0.1 gave a local file (``file:`` and its absolute path), kept as
    an alias so that episodes published under it are still recognised."""
    return f"file:{path.resolve()}"


def file_date(path: Path) -> datetime:
    """When the file last changed: the date of a local article that states none."""
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
