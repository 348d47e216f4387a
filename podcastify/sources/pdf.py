"""PDF files (reports, papers, printed pages) become one article each.

The library is pdfminer.six. ``benchmarks/bench_pdf_readers.py`` compares it with pypdf
and pdfplumber on the committed fixtures (LibreOffice; Chromium print-to-PDF in two columns,
with and without bookmarks; a LaTeX two-column paper; a LaTeX A6 article with contents and
running heads; an owner-password copy): the share of the expected words read in the
expected order, the words read that a reader would not read, and the time (mean of the six
fixtures, best of three runs; the times come from a busy shared machine, only their ratios
mean anything)::

    library              in order   extra    ms
    pypdf                   98.5%   20.3%   228
    pypdf (layout mode)     80.1%   38.4%   214
    pdfminer.six            96.8%   22.2%   342
    pdfplumber              76.4%   36.2%   558
    pdfplumber (layout)     76.4%   36.2%   682
    this reader            100.0%    0.7%   542

pypdf's plain text is mostly in order only because these producers write their content
in reading order; it gives no glyph geometry, so headers, footers, page numbers and
footnotes stay in (the 19% extra), and Chromium's soft hyphens cut words in two.
pdfplumber reads rows straight across both columns. pdfminer.six gives every glyph with
its position, size and font, which is what finding headings (font size), running headers
and footers (position and repetition), footnotes (small text at the foot of a column),
columns (gutters) and soft-hyphen artefacts (glyphs without advance) needs; the geometry
is :mod:`podcastify.sources.pdf_layout`. The 0.7% left is the by-line and date under the
title, which the script stage drops once it knows the author.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import statistics
import unicodedata
import warnings
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from podcastify.errors import SourceError
from podcastify.models import Article
from podcastify.patterns import compiled
from podcastify.sources.kinds import PDF_SUFFIXES, looks_like_pdf
from podcastify.sources.pdf_layout import Piece, TextLine, layout_html
from podcastify.text import collapse_space, html_to_plain

__all__ = ["PDF_SUFFIXES", "looks_like_pdf", "read_pdf"]

_LIGATURES = frozenset("\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06")
_UNKNOWN_GLYPH = compiled(r"^\(cid:\d+\)$")
_BOLD_FONT = compiled(r"bold|black|heavy|semibold|demi|cmbx|-bx", re.IGNORECASE)
_JUNK_TITLE = compiled(
    r"^(?:untitled(?: document)?|document\d*|title|microsoft word - .*|slide \d+)$"
    r"|\.(?:docx?|odt|rtf|pdf|tex|dvi|indd|html?|pages|pptx?|qxd)$",
    re.IGNORECASE,
)
_PDF_DATE = compiled(
    r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Z+-])(\d{2})?'?(\d{2})?'?)?"
)
_GAP = 0.12
"""A gap wider than this share of the font size between two glyphs is a word space."""
_SUP_SIZE = 0.8
_SUP_RISE = 0.15


def read_pdf(data: bytes, where: str, link: str = "") -> list[Article]:
    """The PDF as one article; SourceError (one line) when it cannot be read as text."""
    pages, info, outline, document_id, images = _load(data, where)
    if not any(pages):
        if images:
            raise SourceError(
                f"{where}: a scanned PDF with no text layer; run OCR on it first "
                "(for example ocrmypdf) and read the result"
            )
        raise SourceError(f"{where}: the PDF contains no text")
    meta_title = _clean_title(info.get("Title", ""))
    body, shown_title = layout_html(pages, meta_title, outline)
    title = _best_title(meta_title, collapse_space(shown_title))
    plain = html_to_plain(body)
    if not plain:
        raise SourceError(f"{where}: the PDF contains no text")
    if not title:
        title = " ".join(plain.split()[:8])
    author = collapse_space(info.get("Author", "")) or _byline(body)
    return [
        Article(
            guid=_guid(document_id, title, plain),
            title=title,
            link=link,
            author=author,
            published=_pdf_date(info.get("CreationDate", "")) or _pdf_date(info.get("ModDate", "")),
            html=body,
        )
    ]


_PARAGRAPH = compiled(r"<p>(.*?)</p>", re.DOTALL)
_BYLINE = compiled(r"^(?:written\s+)?by\s+(\S.{1,60})$", re.IGNORECASE)


def _byline(body: str) -> str:
    """The author a by-line near the top names ("By Ann Lee"), when the metadata has none."""
    for match in list(_PARAGRAPH.finditer(body))[:3]:
        text = html_to_plain(match.group(1))
        if (byline := _BYLINE.match(text)) and len(text.split()) <= 7:
            return byline.group(1).rstrip(".")
    return ""


def _best_title(meta: str, shown: str) -> str:
    """The metadata title, or the page's when the metadata adds a site ("Title | Site")."""
    if (
        shown
        and meta.lower().startswith(shown.lower())
        and meta[len(shown) :].strip()[:1]
        in (
            "|",
            "-",
            "–",
            "—",
            ":",
            "·",
        )
    ):
        return shown
    return meta or shown


def _clean_title(title: str) -> str:
    """The metadata title, unless it is a producer's placeholder or a file name."""
    title = collapse_space(title)
    return "" if _JUNK_TITLE.search(title) else title


def _guid(document_id: bytes, title: str, text: str) -> str:
    """The file's own permanent identifier (trailer /ID), else a hash of its text."""
    if document_id:
        return f"pdf:{document_id.hex()}"
    digest = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
    return f"pdf:sha256:{digest[:32]}"


def _pdf_date(value: str) -> datetime | None:
    """``D:20240314093000+01'00'`` as an aware datetime (UTC when the zone is missing)."""
    match = _PDF_DATE.search(value or "")
    if not match:
        return None
    year, month, day, hour, minute, second, sign, tz_hours, tz_minutes = match.groups()
    zone = UTC
    if sign in ("+", "-") and tz_hours:
        offset = timedelta(hours=int(tz_hours), minutes=int(tz_minutes or 0))
        zone = timezone(offset if sign == "+" else -offset)
    try:
        return datetime(
            int(year),
            int(month or 1),
            int(day or 1),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            tzinfo=zone,
        )
    except ValueError:
        return None


# --- pdfminer.six -----------------------------------------------------------------------


def _load(
    data: bytes, where: str
) -> tuple[list[list[TextLine]], dict[str, str], list[tuple[int, str]], bytes, bool]:
    """Lines of every page, metadata, outline, document ID, and whether there are images."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
            manager = PDFResourceManager(caching=True)
            device = PDFPageAggregator(manager, laparams=LAParams())
            interpreter = PDFPageInterpreter(manager, device)
            pages: list[list[TextLine]] = []
            images = False
            for number, page in enumerate(PDFPage.create_pages(document)):
                interpreter.process_page(page)
                layout = device.get_result()
                pages.append(_page_lines(layout, number))
                images = images or _has_images(layout)
            info = _info(document)
            outline = _outline(document)
            document_id = _document_id(document)
    except PDFPasswordIncorrect:
        raise SourceError(f"{where}: the PDF is protected by a password") from None
    except PDFEncryptionError as exc:
        raise SourceError(
            f"{where}: the PDF is encrypted in a way that cannot be read ({exc})"
        ) from None
    except SourceError:
        raise
    except Exception as exc:
        # pdfminer raises many built-in exception types on damaged files: whichever it
        # is, the file cannot be read, and the user gets one line saying so.
        detail = collapse_space(str(exc))[:120] or type(exc).__name__
        raise SourceError(f"{where}: not a readable PDF ({detail})") from None
    return pages, info, outline, document_id, images


def _has_images(layout: Any) -> bool:
    from pdfminer.layout import LTFigure, LTImage

    stack = list(layout)
    while stack:
        item = stack.pop()
        if isinstance(item, LTImage):
            return True
        if isinstance(item, LTFigure):
            stack.extend(item)
    return False


def _page_lines(layout: Any, number: int) -> list[TextLine]:
    from pdfminer.layout import LTChar, LTTextBox, LTTextLineHorizontal

    lines: list[TextLine] = []
    for box in layout:
        if not isinstance(box, LTTextBox):
            continue
        for line in box:
            if isinstance(line, LTTextLineHorizontal):
                chars = [c for c in line if isinstance(c, LTChar)]
                if made := _line(chars, number, layout.height):
                    lines.append(made)
    return lines


def _glyph_text(char: Any) -> str:
    text = char.get_text()
    if text in _LIGATURES:
        return unicodedata.normalize("NFKC", text)
    return text


def _line(chars: list[Any], page: int, height: float) -> TextLine | None:
    """A line from its glyphs: words from the gaps between them, footnote marks raised."""
    visible = [c for c in chars if not c.get_text().isspace()]
    if not visible:
        return None
    sizes: dict[float, int] = {}
    for char in visible:
        sizes[round(char.size, 1)] = sizes.get(round(char.size, 1), 0) + 1
    size = max(sizes, key=lambda s: (sizes[s], s))
    baseline = statistics.median(c.matrix[5] for c in visible if abs(c.size - size) < 0.2)
    pieces: list[Piece] = []
    text: list[str] = []
    x0 = x1 = 0.0
    sup = False
    space_before = True
    pending_space = False
    last_x1: float | None = None

    def flush() -> None:
        nonlocal text
        if text:
            pieces.append(Piece("".join(text), x0, x1, space_before, sup))
        text = []

    for index, char in enumerate(chars):
        glyph = _glyph_text(char)
        if glyph.isspace():
            following = chars[index + 1] if index + 1 < len(chars) else None
            # Chromium writes a soft hyphen as a space glyph without advance: not a gap.
            if following is None or following.x0 >= char.x1 - 0.3 * (char.x1 - char.x0):
                pending_space = True
            continue
        if glyph == "\u00ad" and index < len(chars) - 1:
            continue  # an invisible soft hyphen; at the line end it is a hyphen
        if _UNKNOWN_GLYPH.match(glyph):
            if pieces or text:
                continue
            glyph = "•"
        raised = char.size < size * _SUP_SIZE and char.matrix[5] - baseline > _SUP_RISE * size
        gap = last_x1 is not None and char.x0 - last_x1 > _GAP * size
        if text and (pending_space or gap or raised != sup):
            flush()
        if not text:
            space_before = bool(pieces) and (pending_space or gap or glyph == "•")
            x0, sup = char.x0, raised
            if pieces and pieces[-1].text == "•":
                space_before = True
        text.append(glyph)
        x1 = char.x1
        last_x1 = char.x1
        pending_space = False
    flush()
    pieces = [p for p in pieces if p.text]
    if not pieces:
        return None
    bold = sum(1 for c in visible if _BOLD_FONT.search(c.fontname)) * 2 > len(visible)
    top = height - max(c.y1 for c in visible)
    bottom = height - min(c.y0 for c in visible)
    return TextLine(page, top, bottom, size, bold, tuple(pieces), height)


def _text(value: Any) -> str:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    value = resolve1(value)
    if isinstance(value, bytes):
        return decode_text(value)
    return value if isinstance(value, str) else ""


def _info(document: Any) -> dict[str, str]:
    fields: dict[str, str] = {}
    for info in document.info:
        for key in ("Title", "Author", "CreationDate", "ModDate"):
            if key in info and not fields.get(key):
                fields[key] = _text(info[key]).replace("\x00", "").strip()
    return fields


_MAX_OUTLINE = 2000


def _outline(document: Any) -> list[tuple[int, str]]:
    """The bookmarks (level, title), or none when the file has none or they are broken."""
    from pdfminer.pdfdocument import PDFNoOutlines

    entries: list[tuple[int, str]] = []
    try:
        for level, title, *_ in document.get_outlines():
            entries.append((level, collapse_space(str(title))))
            if len(entries) >= _MAX_OUTLINE:
                break
    except (PDFNoOutlines, RecursionError):
        return entries
    except Exception:  # a damaged outline only costs the headings it would have given
        return entries
    return entries


def _document_id(document: Any) -> bytes:
    """The first (permanent) half of the trailer's /ID, when the file has one."""
    from pdfminer.pdftypes import resolve1

    for xref in document.xrefs:
        identifier = resolve1(xref.get_trailer().get("ID"))
        if isinstance(identifier, list) and identifier:
            first = resolve1(identifier[0])
            if isinstance(first, bytes) and first.strip(b"\x00"):
                return first
    return b""
