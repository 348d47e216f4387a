"""What kind of document a file is (PDF, EPUB, e-mail), from its first bytes or its suffix.

Kept apart from the readers so that recognising a file costs nothing at start-up: the
reader for a kind is imported only when a file of that kind turns up.
"""

from __future__ import annotations

import io
import re
import zipfile

PDF_SUFFIXES = (".pdf",)
EPUB_SUFFIXES = (".epub",)
MAIL_SUFFIXES = (".eml",)
MBOX_SUFFIXES = (".mbox", ".mbx")

_PDF_MAGIC = b"%PDF-"
_EPUB_MIMETYPE = b"application/epub+zip"
_HEADER = re.compile(rb"^([A-Za-z][A-Za-z0-9-]{0,60}):")
_KNOWN_HEADERS = frozenset(
    {
        b"from",
        b"to",
        b"cc",
        b"subject",
        b"date",
        b"message-id",
        b"mime-version",
        b"content-type",
        b"received",
        b"return-path",
        b"delivered-to",
        b"reply-to",
        b"sender",
        b"list-id",
        b"list-unsubscribe",
        b"dkim-signature",
        b"x-mailer",
    }
)
_ORIGIN_HEADERS = frozenset({b"from", b"received", b"return-path", b"message-id"})


def looks_like_pdf(data: bytes) -> bool:
    """PDF files start with ``%PDF-`` (some tools put junk bytes before it)."""
    return _PDF_MAGIC in data[:1024]


def looks_like_epub(data: bytes) -> bool:
    """A zip whose ``mimetype`` entry says ``application/epub+zip``."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    if data[30:38] == b"mimetype" and _EPUB_MIMETYPE in data[38:80]:
        return True  # the entry first and stored, as the specification wants
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            return book.read("mimetype")[:64].strip() == _EPUB_MIMETYPE
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError):
        return False


def looks_like_mail(data: bytes) -> bool:
    """RFC 822 headers up to the first blank line: ``From:`` (or a trace) and others known."""
    names: set[bytes] = set()
    for line in data[:16384].splitlines()[:200]:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            if not names:
                return False
            continue
        match = _HEADER.match(line)
        if not match:
            return False
        names.add(match.group(1).lower())
    else:
        return False
    return bool(names & _ORIGIN_HEADERS) and len(names & _KNOWN_HEADERS) >= 2


def looks_like_mbox(data: bytes) -> bool:
    """An mbox starts with a ``From `` envelope line followed by a message."""
    if not data.startswith(b"From "):
        return False
    end = data.find(b"\n")
    return end > 0 and looks_like_mail(data[end + 1 :])
