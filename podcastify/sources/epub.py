"""EPUB e-books (articles saved as books, long reads) become one article each.

Each chapter (spine document) is a section headed ``<h2>``, so it becomes a chapter marker,
in spine order. The cover, title page, table of contents, notes and images are left out.

Read with ``zipfile`` and the project's safe parsers rather than ebooklib: an EPUB is a zip
with one XML manifest (the OPF) naming the chapters in order, which is all this needs,
and reading it directly keeps every untrusted byte under our limits: entity expansion and
external references refused (defusedxml for the OPF, container and NCX; the no-network
HTML parser for chapters), no entry inflated beyond a size cap. ebooklib would parse the
whole book into memory with its own lxml settings and add a dependency for no gain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import lxml.html

import hashlib
import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import unquote, urldefrag

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from podcastify.errors import SourceError
from podcastify.models import Article
from podcastify.patterns import compiled
from podcastify.sources import epub_words as words
from podcastify.sources.files import decode_text
from podcastify.sources.kinds import EPUB_SUFFIXES, looks_like_epub
from podcastify.text import collapse_space, inner_html, parse_html

__all__ = ["EPUB_SUFFIXES", "looks_like_epub", "read_epub"]

_CONTAINER = "META-INF/container.xml"
_NS = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
    "enc": "http://www.w3.org/2001/04/xmlenc#",
}
MAX_ENTRY_BYTES = 20_000_000
"""An entry inflating to more than this is refused (a zip bomb, not a chapter)."""
MAX_BOOK_BYTES = 200_000_000
"""All chapters together may inflate to at most this much."""
_XHTML_TYPES = ("application/xhtml+xml", "text/html")
_MARK = compiled(r"^\s*[\[(]?\s*(?:\d{1,4}|[*†‡§]|[a-z]|[ivxlc]{1,6})\s*[\])]?\s*$")


@dataclass(frozen=True)
class _Item:
    path: str
    media_type: str
    properties: frozenset[str]


@dataclass(frozen=True)
class _Book:
    """What the package document (OPF) says."""

    title: str
    authors: tuple[str, ...]
    date: datetime | None
    language: str
    identifier: str
    spine: tuple[_Item, ...]
    skipped: frozenset[str]
    """Paths the guide or landmarks name as cover, title page, contents and the like."""
    labels: dict[str, str]
    """Chapter titles from the table of contents, by path."""


def read_epub(data: bytes, where: str, link: str = "") -> list[Article]:
    """The book as one article, a section per chapter; SourceError (one line) if unreadable."""
    try:
        book_zip = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise SourceError(f"{where}: not a readable EPUB (the zip is damaged)") from None
    with book_zip:
        _refuse_drm(book_zip, where)
        book = _package(book_zip, where)
        chapters = list(_chapters(book_zip, book, where))
    if not chapters:
        raise SourceError(f"{where}: the EPUB has no chapter with text")
    body = "\n".join(f"<h2>{_escape(title)}</h2>\n{html}" for title, html in chapters)
    title = book.title or chapters[0][0]
    return [
        Article(
            guid=_guid(book.identifier, title, body),
            title=title,
            link=link,
            author=_names(book.authors),
            published=book.date,
            html=body,
            language=book.language,
        )
    ]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _names(authors: tuple[str, ...]) -> str:
    if len(authors) <= 1:
        return authors[0] if authors else ""
    return ", ".join(authors[:-1]) + " and " + authors[-1]


def _guid(identifier: str, title: str, body: str) -> str:
    """The book's own unique identifier, else a hash of its text."""
    if identifier:
        return f"epub:{identifier}"
    return "epub:sha256:" + hashlib.sha256(f"{title}\n{body}".encode()).hexdigest()[:32]


# --- The zip and its XML ----------------------------------------------------------------


def _read(book: zipfile.ZipFile, name: str, where: str) -> bytes:
    try:
        info = book.getinfo(name)
    except KeyError:
        raise SourceError(f"{where}: the EPUB lacks {name}") from None
    if info.file_size > MAX_ENTRY_BYTES:
        raise SourceError(f"{where}: {name} inflates to {info.file_size} bytes; refusing it")
    try:
        return book.read(info)
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, EOFError) as exc:
        raise SourceError(f"{where}: not a readable EPUB ({name}: {exc})") from None


def _xml(data: bytes, name: str, where: str) -> SafeET.Element:
    try:
        return SafeET.fromstring(data)
    except DefusedXmlException:
        raise SourceError(f"{where}: refusing {name}: it declares entities or a DTD") from None
    except SafeET.ParseError as exc:
        raise SourceError(f"{where}: not a readable EPUB ({name}: {exc})") from None


def _refuse_drm(book: zipfile.ZipFile, where: str) -> None:
    """Encrypted chapters are DRM; only embedded fonts may be obfuscated."""
    names = set(book.namelist())
    if names & words.DRM_FILES:
        raise SourceError(
            f"{where}: the EPUB is DRM-protected; podcastify reads only DRM-free books"
        )
    if "META-INF/encryption.xml" not in names:
        return
    encryption = _xml(_read(book, "META-INF/encryption.xml", where), "encryption.xml", where)
    for data in encryption.iter(f"{{{_NS['enc']}}}EncryptedData"):
        method = data.find(f"{{{_NS['enc']}}}EncryptionMethod")
        algorithm = method.get("Algorithm", "") if method is not None else ""
        reference = data.find(f".//{{{_NS['enc']}}}CipherReference")
        uri = reference.get("URI", "") if reference is not None else ""
        font = uri.lower().endswith(words.FONT_SUFFIXES)
        if not (font and algorithm in words.FONT_OBFUSCATION):
            raise SourceError(
                f"{where}: the EPUB is DRM-protected (encrypted content); "
                "podcastify reads only DRM-free books"
            )


def _package(book: zipfile.ZipFile, where: str) -> _Book:
    container = _xml(_read(book, _CONTAINER, where), _CONTAINER, where)
    rootfile = container.find(".//c:rootfile", _NS)
    opf_path = unquote(rootfile.get("full-path", "")) if rootfile is not None else ""
    if not opf_path:
        raise SourceError(f"{where}: not a readable EPUB (no package document)")
    opf = _xml(_read(book, opf_path, where), opf_path, where)
    base = posixpath.dirname(opf_path)
    metadata = opf.find("opf:metadata", _NS)
    if metadata is None:
        metadata = SafeET.Element("metadata")
    manifest: dict[str, _Item] = {}
    for item in opf.iterfind("opf:manifest/opf:item", _NS):
        href = urldefrag(unquote(item.get("href", "")))[0]
        manifest[item.get("id", "")] = _Item(
            posixpath.normpath(posixpath.join(base, href)),
            item.get("media-type", ""),
            frozenset(item.get("properties", "").split()),
        )
    spine_element = opf.find("opf:spine", _NS)
    spine: list[_Item] = []
    for ref in opf.iterfind("opf:spine/opf:itemref", _NS):
        item = manifest.get(ref.get("idref", ""))
        if item and ref.get("linear", "yes") != "no" and "nav" not in item.properties:
            spine.append(item)
    skipped = {
        posixpath.normpath(posixpath.join(base, urldefrag(unquote(ref.get("href", "")))[0]))
        for ref in opf.iterfind("opf:guide/opf:reference", _NS)
        if ref.get("type", "").lower() in words.SKIPPED_GUIDE_TYPES
    }
    labels: dict[str, str] = {}
    nav = next((i for i in manifest.values() if "nav" in i.properties), None)
    ncx_id = spine_element.get("toc", "") if spine_element is not None else ""
    if nav is not None:
        skipped |= _nav(book, nav.path, labels, where)
    if ncx_id in manifest and not labels:
        _ncx(book, manifest[ncx_id].path, labels, where)
    return _Book(
        title=_text(metadata, "dc:title"),
        authors=tuple(
            collapse_space(c.text or "")
            for c in metadata.iterfind("dc:creator", _NS)
            if (c.text or "").strip()
        ),
        date=_date(metadata),
        language=_text(metadata, "dc:language"),
        identifier=_identifier(opf, metadata),
        spine=tuple(spine),
        skipped=frozenset(skipped),
        labels=labels,
    )


def _text(metadata: SafeET.Element, tag: str) -> str:
    element = metadata.find(tag, _NS)
    return collapse_space(element.text or "") if element is not None else ""


def _identifier(opf: SafeET.Element, metadata: SafeET.Element) -> str:
    wanted = opf.get("unique-identifier", "")
    identifiers = list(metadata.iterfind("dc:identifier", _NS))
    chosen = next((i for i in identifiers if wanted and i.get("id") == wanted), None)
    chosen = chosen if chosen is not None else (identifiers[0] if identifiers else None)
    return collapse_space(chosen.text or "") if chosen is not None else ""


_DATE = compiled(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _date(metadata: SafeET.Element) -> datetime | None:
    """dc:date (publication), else the package's dcterms:modified."""
    values = [d.text or "" for d in metadata.iterfind("dc:date", _NS)]
    values += [
        m.text or ""
        for m in metadata.iterfind("opf:meta", _NS)
        if m.get("property") == "dcterms:modified"
    ]
    for value in values:
        value = value.strip()
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        except ValueError:
            pass
        if match := _DATE.match(value):
            year, month, day = match.groups()
            try:
                return datetime(int(year), int(month or 1), int(day or 1), tzinfo=UTC)
            except ValueError:
                continue
    return None


def _nav(book: zipfile.ZipFile, path: str, labels: dict[str, str], where: str) -> set[str]:
    """Chapter titles from an EPUB 3 navigation document, and the landmarks to skip."""
    tree = _document(book, path, where)
    skipped: set[str] = set()
    if tree is None:
        return skipped
    base = posixpath.dirname(path)
    for nav in tree.iter("nav"):
        kind = nav.get("epub:type", "")
        for anchor in nav.iter("a"):
            target = _target(base, anchor.get("href", ""))
            landmark = set(anchor.get("epub:type", "").split()) & words.SKIPPED_GUIDE_TYPES
            if "toc" in kind.split():
                labels.setdefault(target, collapse_space(anchor.text_content()))
            elif "landmarks" in kind.split() and landmark:
                skipped.add(target)
    return skipped


def _ncx(book: zipfile.ZipFile, path: str, labels: dict[str, str], where: str) -> None:
    """Chapter titles from an EPUB 2 NCX table of contents."""
    try:
        ncx = _xml(_read(book, path, where), path, where)
    except SourceError:
        return
    base = posixpath.dirname(path)
    for point in ncx.iter(f"{{{_NS['ncx']}}}navPoint"):
        label = point.find("ncx:navLabel/ncx:text", _NS)
        content = point.find("ncx:content", _NS)
        if label is not None and content is not None:
            labels.setdefault(
                _target(base, content.get("src", "")), collapse_space(label.text or "")
            )


def _target(base: str, href: str) -> str:
    return posixpath.normpath(posixpath.join(base, urldefrag(unquote(href))[0]))


# --- Chapters ---------------------------------------------------------------------------


def _document(book: zipfile.ZipFile, path: str, where: str) -> lxml.html.HtmlElement | None:
    try:
        raw = _read(book, path, where)
    except SourceError:
        return None
    return parse_html(decode_text(raw))


def _chapters(book_zip: zipfile.ZipFile, book: _Book, where: str) -> Iterator[tuple[str, str]]:
    """(title, body HTML) of each chapter with text, in spine order."""
    total = 0
    front = {_key(book.title)} | {_key(name) for name in book.authors}
    for number, item in enumerate(book.spine, start=1):
        if item.media_type not in _XHTML_TYPES or item.path in book.skipped:
            continue
        total += book_zip.getinfo(item.path).file_size if item.path in book_zip.namelist() else 0
        if total > MAX_BOOK_BYTES:
            raise SourceError(f"{where}: the chapters inflate to more than {MAX_BOOK_BYTES} bytes")
        tree = _document(book_zip, item.path, where)
        body = tree.find("body") if tree is not None else None
        if body is None or _skipped_document(body):
            continue
        _strip(body)
        if _is_link_list(body):
            continue  # a table of contents the package does not declare
        title = _take_heading(body, book.labels.get(item.path, ""))
        text = collapse_space(body.text_content())
        if _is_front_matter(text, title, front):
            continue
        if not title:
            title = _fallback_title(tree, book.title) or f"Chapter {number}"
        _demote_headings(body)
        _bare(body)
        html = inner_html(body)
        import lxml.html

        if collapse_space(lxml.html.fromstring(f"<div>{html}</div>").text_content()):
            yield title, html


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _types(element: lxml.html.HtmlElement) -> set[str]:
    return set(element.get("epub:type", "").lower().split()) | {element.get("role", "").lower()}


def _skipped_document(body: lxml.html.HtmlElement) -> bool:
    """Cover, title page, contents, notes: the document says so on its body or section."""
    for element in (body, *body.iterchildren("section", "div")):
        if _types(element) & words.SKIPPED_DOCUMENT_TYPES:
            return True
    return False


def _strip(body: lxml.html.HtmlElement) -> None:
    """Images, notes, navigation, tables, scripts and footnote marks removed in place."""
    doomed = [
        el
        for el in body.iter()
        if isinstance(el.tag, str)
        and el is not body
        and (
            el.tag in words.DROPPED_TAGS
            or _types(el) & words.DROPPED_TYPES
            or (el.tag == "a" and _is_note_mark(el))
        )
    ]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    for sup in list(body.iter("sup")):
        if not collapse_space(sup.text_content()):
            sup.drop_tree()


def _bare(body: lxml.html.HtmlElement) -> None:
    """No attributes left: a book's class names mean nothing to the script stage."""
    for el in body.iter():
        if isinstance(el.tag, str):
            el.attrib.clear()


def _is_note_mark(anchor: lxml.html.HtmlElement) -> bool:
    """``<a href="notes.xhtml#n3">3</a>``: a link to a note, shown as its number or sign."""
    return "#" in anchor.get("href", "") and bool(_MARK.match(anchor.text_content()))


def _is_link_list(body: lxml.html.HtmlElement) -> bool:
    links = [a for a in body.iter("a") if a.get("href")]
    text = len(collapse_space(body.text_content()))
    linked = sum(len(collapse_space(a.text_content())) for a in links)
    return len(links) >= 3 and text > 0 and linked >= 0.8 * text


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _take_heading(body: lxml.html.HtmlElement, label: str) -> str:
    """The chapter's title, taken out of its text: a heading that opens the chapter, else
    the contents' label (dropping an opening paragraph that only repeats it)."""
    leading = next(
        (el for el in body.iter(*_HEADINGS, "p") if collapse_space(el.text_content())), None
    )
    if leading is None:
        return label
    if leading.tag in _HEADINGS:
        leading.drop_tree()
        return collapse_space(leading.text_content())
    if label and _key(leading.text_content()) == _key(label):
        leading.drop_tree()
    return label


def _is_front_matter(text: str, title: str, front: set[str]) -> bool:
    """A title page: nothing but the book's title and authors (or no words at all)."""
    rest = f" {_key(text)} "
    for known in sorted(front | {_key(title)} - {""}, key=len, reverse=True):
        rest = rest.replace(f" {known} ", " ")
    rest = rest.replace(" by ", " ")
    return len(rest.split()) < 4


def _fallback_title(tree: lxml.html.HtmlElement, book_title: str) -> str:
    title = collapse_space(tree.findtext(".//title") or "")
    return "" if _key(title) == _key(book_title) else title


def _demote_headings(body: lxml.html.HtmlElement) -> None:
    """Headings inside a chapter sit under the chapter's own ``h2``."""
    for el in body.iter(*_HEADINGS):
        el.tag = "h3" if el.tag in ("h1", "h2", "h3") else "h4"
