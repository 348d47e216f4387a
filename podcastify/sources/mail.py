"""E-mail newsletters (``.eml``, mbox, Maildir or a folder of ``.eml``): one article each.

Parsed by the standard library (``email`` with ``policy.default``). The HTML part is read
like a page once the mail chrome is gone: the inbox preview line, "view in browser" links,
"forward to a friend", tracking pixels and images, and the footer from its first
unsubscribe or "you are receiving this" line on (word lists in
:mod:`podcastify.sources.mail_words`). Layout tables become plain blocks, so that the
script stage reads the letter's own headings, paragraphs, quotes and lists. The subject is
the title, the sender's display name the author (never the address), the Date header the
date. In a mailbox a malformed message is one warning line and the others are still read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import lxml.html

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from podcastify.errors import SourceError
from podcastify.models import Article
from podcastify.sources import mail_words as words
from podcastify.sources.files import read_local
from podcastify.sources.kinds import (
    MAIL_SUFFIXES,
    MBOX_SUFFIXES,
    looks_like_mail,
    looks_like_mbox,
)
from podcastify.text import collapse_space, inner_html, parse_html

__all__ = [
    "MAIL_SUFFIXES",
    "MBOX_SUFFIXES",
    "clean_newsletter_html",
    "clean_newsletter_text",
    "is_mail_folder",
    "looks_like_mail",
    "looks_like_mbox",
    "read_mail",
    "read_mail_folder",
]

Warn = Callable[[str], None]


class _Malformed(Exception):
    """One message cannot be read; the text says why, for a one-line message."""


def is_mail_folder(path: Path) -> bool:
    """A Maildir (``cur``/``new``) or a folder holding ``.eml`` files."""
    return (path / "cur").is_dir() or (path / "new").is_dir() or any(path.glob("*.eml"))


def read_mail(data: bytes, where: str, warn: Warn) -> list[Article]:
    """One message (``.eml``) or every message of an mbox."""
    if looks_like_mbox(data):
        return _many(
            [(f"{where}: message {n}", raw) for n, raw in enumerate(_split_mbox(data), 1)],
            where,
            warn,
        )
    try:
        return [_article(_parse(data))]
    except _Malformed as exc:
        raise SourceError(f"{where}: {exc}") from None


def read_mail_folder(path: Path, warn: Warn) -> list[Article]:
    """Every message of a Maildir (``new`` and ``cur``) or of a folder of ``.eml`` files."""
    if not is_mail_folder(path):
        raise SourceError(f"{path}: is a folder, but neither a Maildir nor a folder of .eml files")
    if (path / "cur").is_dir() or (path / "new").is_dir():
        files = [
            f
            for sub in ("new", "cur")
            if (path / sub).is_dir()
            for f in sorted((path / sub).iterdir())
            if f.is_file() and not f.name.startswith(".")
        ]
    else:
        files = sorted(f for f in path.glob("*.eml") if f.is_file())
    messages: list[tuple[str, bytes]] = []
    for file in files:
        try:
            messages.append((str(file), read_local(file)))
        except SourceError as exc:
            warn(f"{exc}; skipped")
    return _many(messages, str(path), warn)


def _many(messages: list[tuple[str, bytes]], where: str, warn: Warn) -> list[Article]:
    articles: list[Article] = []
    for name, raw in messages:
        try:
            articles.append(_article(_parse(raw)))
        except _Malformed as exc:
            warn(f"{name}: {exc}; skipped")
    if not articles:
        raise SourceError(f"{where}: no readable message")
    return articles


def _split_mbox(data: bytes) -> list[bytes]:
    """Messages of an mbox: each starts at a ``From `` line at the top or after a blank line;
    a body line quoted as ``>From `` gets its ``From`` back (mboxrd)."""
    messages: list[list[bytes]] = []
    previous_blank = True
    for line in data.splitlines(keepends=True):
        if line.startswith(b"From ") and previous_blank:
            messages.append([])
        elif messages:
            if re.match(rb"^>+From ", line):
                line = line[1:]
            messages[-1].append(line)
        previous_blank = not line.strip()
    return [b"".join(lines) for lines in messages]


def _parse(data: bytes) -> EmailMessage:
    if not looks_like_mail(data):
        raise _Malformed("not an e-mail message (no mail headers at the top)")
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(message, EmailMessage):
        raise _Malformed("not an e-mail message")
    return message


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except (ValueError, IndexError, TypeError, AttributeError) as exc:
        raise _Malformed(f"its {name} header cannot be read ({exc})") from None
    return collapse_space(str(value)) if value is not None else ""


def _article(message: EmailMessage) -> Article:
    subject = _header(message, "Subject")
    author = _display_name(message, "From")
    text, is_html = _body(message)
    unsubscribe = set(re.findall(r"<([^>]+)>", _header(message, "List-Unsubscribe")))
    if is_html:
        html, plain = clean_newsletter_html(text, unsubscribe), ""
    else:
        html, plain = "", clean_newsletter_text(text)
    if not collapse_space(_html_text(html) if html else plain):
        raise _Malformed("the message has no text")
    return Article(
        guid=_guid(message, subject, html or plain),
        title=subject or "Untitled",
        author=author,
        published=_date(message),
        html=html,
        text=plain,
        source_title=_list_name(message) or author,
        language=_header(message, "Content-Language").split(",")[0].strip(),
    )


def _body(message: EmailMessage) -> tuple[str, bool]:
    """The HTML part (else the plain one) as text, and whether it is HTML."""
    try:
        part = message.get_body(preferencelist=("html", "plain"))
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise _Malformed(f"its MIME structure is broken ({exc})") from None
    if part is None:
        if message.defects:
            detail = type(message.defects[0]).__name__
            raise _Malformed(f"its MIME structure is broken ({detail})")
        raise _Malformed("the message has no text part")
    try:
        content = part.get_content()
    except LookupError as exc:
        raise _Malformed(f"its text is in an unknown character set ({exc})") from None
    except (ValueError, UnicodeError, TypeError, AssertionError) as exc:
        raise _Malformed(f"its text cannot be decoded ({exc})") from None
    if not isinstance(content, str):
        raise _Malformed("the message has no text part")
    return content, part.get_content_subtype() == "html"


def _display_name(message: EmailMessage, name: str) -> str:
    """The sender's name as their mail client shows it; never the address."""
    try:
        header = message.get(name)
        addresses = getattr(header, "addresses", ())
    except (ValueError, IndexError, TypeError, AttributeError):
        return ""
    for address in addresses:
        display = collapse_space(address.display_name or "")
        if display and "@" not in display:
            return display
    return ""


def _list_name(message: EmailMessage) -> str:
    """``List-Id: "Field Notes" <notes.example.org>`` names the newsletter."""
    value = _header(message, "List-Id")
    name = collapse_space(re.sub(r"<[^>]*>", "", value)).strip('"')
    return "" if "@" in name else name


def _date(message: EmailMessage) -> datetime | None:
    try:
        header = message.get("Date")
        moment = getattr(header, "datetime", None)
    except (ValueError, IndexError, TypeError, AttributeError, OverflowError):
        return None
    if not isinstance(moment, datetime):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _guid(message: EmailMessage, subject: str, body: str) -> str:
    """The Message-ID as a ``mid:`` URI (RFC 2392); without one, a hash of the message."""
    message_id = _header(message, "Message-ID").strip().strip("<>").strip()
    if message_id and " " not in message_id:
        return f"mid:{message_id}"
    seed = f"{_header(message, 'From')}\n{_header(message, 'Date')}\n{subject}\n{body}"
    return "mail:sha256:" + hashlib.sha256(seed.encode()).hexdigest()[:32]


# --- Cleaning ---------------------------------------------------------------------------

_DROPPED_TAGS = frozenset(
    {"head", "script", "style", "img", "picture", "video", "audio", "object", "iframe", "svg"}
)
_LAYOUT_TAGS = frozenset({"table", "tbody", "thead", "tfoot", "tr", "td", "th", "center"})
_BLOCK_TAGS = frozenset(
    {"p", "div", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "center"}
)


def _html_text(html: str) -> str:
    tree = parse_html(html)
    return collapse_space(tree.text_content()) if tree is not None else ""


def _is_noise(text: str) -> bool:
    lowered = text.lower()
    return len(text.split()) <= words.MAX_NOISE_WORDS and any(p in lowered for p in words.NOISE)


def _is_footer(text: str) -> bool:
    lowered = text.lower()
    return len(text.split()) <= words.MAX_NOISE_WORDS and any(p in lowered for p in words.FOOTER)


def _hidden(element: lxml.html.HtmlElement) -> bool:
    style = re.sub(r"\s+", "", element.get("style", "").lower())
    return element.get("hidden") is not None or any(s in style for s in words.HIDDEN_STYLES)


def clean_newsletter_html(html: str, unsubscribe_links: set[str] = frozenset()) -> str:
    """The letter in a newsletter's HTML part, as plain structural HTML."""
    tree = parse_html(html)
    if tree is None:
        return ""
    body = tree.find("body")
    body = body if body is not None else tree
    for element in [e for e in body.iter() if isinstance(e.tag, str) and e is not body]:
        if element.getparent() is not None and (element.tag in _DROPPED_TAGS or _hidden(element)):
            element.drop_tree()
    _cut_footer(body, unsubscribe_links)
    for link in [a for a in body.iter("a") if a.get("href", "").strip() in unsubscribe_links]:
        if link.getparent() is not None:
            _drop_block(link, body)
    _drop_chrome(body)
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in _LAYOUT_TAGS:
            element.tag = "div"
        element.attrib.clear()
    return inner_html(body)


def _drop_block(element: lxml.html.HtmlElement, body: lxml.html.HtmlElement) -> None:
    """The smallest block around ``element`` goes (a link's line, a footer cell)."""
    block = element
    while block.getparent() is not None and block is not body and block.tag not in _BLOCK_TAGS:
        block = block.getparent()
    if block is not body and block.getparent() is not None:
        block.drop_tree()


def _drop_chrome(body: lxml.html.HtmlElement) -> None:
    """Short blocks of mail chrome, innermost first so the letter around them stays."""
    for block in reversed([e for e in body.iter(*_BLOCK_TAGS) if e is not body]):
        if block.getparent() is None:
            continue
        text = collapse_space(block.text_content())
        if text and _is_noise(text) and not _has_block_with_other_text(block):
            block.drop_tree()


def _has_block_with_other_text(block: lxml.html.HtmlElement) -> bool:
    """Whether ``block`` holds an inner block of the letter's own (not chrome) text."""
    for inner in block.iterdescendants(*_BLOCK_TAGS):
        text = collapse_space(inner.text_content())
        if text and not _is_noise(text):
            return True
    return False


@dataclass
class _Line:
    """A line as the reader sees it: from a block's start or a ``<br>`` to the next."""

    anchor: lxml.html.HtmlElement
    after: bool
    """The line starts after ``anchor`` (a ``<br>`` or a closed block), not at it."""
    text: str = ""
    links: tuple[str, ...] = ()


def _lines(body: lxml.html.HtmlElement) -> list[_Line]:
    lines: list[_Line] = [_Line(body, False)]

    def start(anchor: lxml.html.HtmlElement, after: bool) -> None:
        if collapse_space(lines[-1].text):
            lines.append(_Line(anchor, after))
        else:
            lines[-1] = _Line(anchor, after)

    def walk(element: lxml.html.HtmlElement) -> None:
        if element.tag == "br":
            start(element, True)
            return
        block = element.tag in _BLOCK_TAGS
        if block:
            start(element, False)
        if element.tag == "a" and element.get("href"):
            lines[-1].links += (element.get("href", "").strip(),)
        lines[-1].text += element.text or ""
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            lines[-1].text += child.tail or ""
        if block:
            start(element, True)

    walk(body)
    for line in lines:
        line.text = collapse_space(line.text)
    return [line for line in lines if line.text]


def _cut_footer(body: lxml.html.HtmlElement, unsubscribe_links: set[str]) -> None:
    """From the first footer line in the second half of the letter on, nothing is read."""
    lines = _lines(body)
    total = sum(len(line.text) for line in lines)
    seen = 0
    for line in lines:
        footer = _is_footer(line.text) or bool(set(line.links) & unsubscribe_links)
        if footer and seen >= total / 2 and len(line.text.split()) <= words.MAX_NOISE_WORDS:
            _drop_from(line.anchor, body, keep_anchor=line.after)
            return
        seen += len(line.text)


def _drop_from(
    anchor: lxml.html.HtmlElement, body: lxml.html.HtmlElement, keep_anchor: bool
) -> None:
    """Remove everything after ``anchor`` in document order, and ``anchor`` itself unless
    ``keep_anchor`` (the line starts after it)."""
    node = anchor
    while node is not body and node.getparent() is not None:
        parent = node.getparent()
        for sibling in list(node.itersiblings()):
            parent.remove(sibling)
        node.tail = None
        node = parent
    if not keep_anchor and anchor is not body and anchor.getparent() is not None:
        anchor.getparent().remove(anchor)


def clean_newsletter_text(text: str) -> str:
    """A plain-text newsletter without its chrome, signature and footer."""
    lines = text.replace("\r\n", "\n").split("\n")
    signature = next((n for n, line in enumerate(lines) if line.rstrip() == "--"), len(lines))
    paragraphs = [p for p in re.split(r"\n\s*\n", "\n".join(lines[:signature])) if p.strip()]
    total = sum(len(p) for p in paragraphs)
    kept: list[str] = []
    seen = 0
    for paragraph in paragraphs:
        flat = collapse_space(paragraph)
        if _is_footer(flat) and seen >= total / 2:
            break
        seen += len(paragraph)
        if not _is_noise(flat):
            kept.append(paragraph.strip())
    return "\n\n".join(kept)
