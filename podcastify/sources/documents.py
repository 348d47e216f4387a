"""Which reader a document file belongs to: PDF, EPUB or e-mail, by content, else suffix.

The content decides first (``%PDF-``, an EPUB's ``mimetype`` entry, mail headers or an
mbox ``From`` line), so a misnamed file is still read; the suffix decides when the content
is too damaged to recognise, so that the reader for that kind says what is wrong with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from podcastify.models import Article
from podcastify.sources.kinds import (
    EPUB_SUFFIXES,
    MAIL_SUFFIXES,
    MBOX_SUFFIXES,
    PDF_SUFFIXES,
    looks_like_epub,
    looks_like_mail,
    looks_like_mbox,
    looks_like_pdf,
)

__all__ = ["read_document", "read_folder"]

Warn = Callable[[str], None]
Reader = Callable[[bytes, str, str, Warn], list[Article]]


# Each reader is imported when a file of its kind turns up (see podcastify.sources.kinds).


def _pdf(data: bytes, where: str, link: str, warn: Warn) -> list[Article]:
    from podcastify.sources.pdf import read_pdf

    return read_pdf(data, where, link)


def _epub(data: bytes, where: str, link: str, warn: Warn) -> list[Article]:
    from podcastify.sources.epub import read_epub

    return read_epub(data, where, link)


def _mail(data: bytes, where: str, link: str, warn: Warn) -> list[Article]:
    from podcastify.sources.mail import read_mail

    return read_mail(data, where, warn)


def _is_mail(data: bytes) -> bool:
    return looks_like_mbox(data) or looks_like_mail(data)


_KINDS: tuple[tuple[Callable[[bytes], bool], tuple[str, ...], Reader], ...] = (
    (looks_like_pdf, PDF_SUFFIXES, _pdf),
    (looks_like_epub, EPUB_SUFFIXES, _epub),
    (_is_mail, MAIL_SUFFIXES + MBOX_SUFFIXES, _mail),
)
"""(recognise the content, file suffixes, reader), in the order they are tried."""


def read_document(
    data: bytes,
    where: str,
    warn: Warn,
    *,
    suffix: str = "",
    link: str = "",
    fallback_date: datetime | None = None,
) -> list[Article] | None:
    """The articles of a PDF, EPUB or e-mail file; None when ``data`` is none of these.

    ``link`` is the public address the bytes came from (empty for a local file);
    ``fallback_date`` dates an article whose file gives no date (a local file's time).
    """
    reader = next((read for looks, _, read in _KINDS if looks(data)), None)
    if reader is None:
        reader = next((read for _, suffixes, read in _KINDS if suffix in suffixes), None)
    if reader is None:
        return None
    articles = reader(data, where, link, warn)
    if fallback_date is None:
        return articles
    return [a if a.published else replace(a, published=fallback_date) for a in articles]


def read_folder(path: Path, warn: Warn) -> list[Article]:
    """A folder source: a Maildir or a folder of ``.eml`` files (one article per message)."""
    from podcastify.sources.mail import read_mail_folder

    return read_mail_folder(path, warn)
