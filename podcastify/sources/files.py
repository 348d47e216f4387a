"""Local article files (.txt, .md, .html) and local feed files."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from podcastify.errors import SourceError
from podcastify.models import Article
from podcastify.text import collapse_space

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
_MD_HEADING = re.compile(r"^#{1,6}\s+")


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


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def text_article(path: Path, data: bytes) -> Article:
    """A .txt or .md file: the first non-empty line is the title, the rest the body."""
    text = _decode(data, path).replace("\r\n", "\n")
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
    return Article(
        guid=f"file:{path.resolve()}",
        title=title or path.stem,
        link="",
        published=datetime.fromtimestamp(path.stat().st_mtime, tz=UTC),
        text=body,
    )


def file_date(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
