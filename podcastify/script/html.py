"""Turn an article body (HTML, plain text or Markdown) into structural blocks.

This is the structural half of cleaning: page chrome, media, captions, share bars and
footnote apparatus go; headings, paragraphs, block quotes and list items stay, in order,
as flat text. Line-level noise (bylines, date stamps, feed footers) is left to
:mod:`podcastify.script.cleanup`, which works the same on every source.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from podcastify.models import Block, BlockKind
from podcastify.patterns import compiled
from podcastify.script import noise_words as nw
from podcastify.text import parse_html

if TYPE_CHECKING:  # lxml itself loads with the first page parsed (text files need none)
    import lxml.html
    from lxml import etree

__all__ = [
    "CLOSERS",
    "HTML_COMMENT_RE",
    "TAG_RE",
    "finish_list_item",
    "html_to_blocks",
    "text_to_blocks",
]

_WS_RE = compiled(r"\s+")
_WORDLIKE_RE = compiled(r"\w")
_CLASS_SPLIT_RE = compiled(r"[-_:\s]+")
_FOOTNOTE_MARK_RE = compiled(r"^\s*[\[(]?\s*(?:\d{1,3}|[*†‡§]|[a-z])\s*[\])]?\s*$")
_DIGITS_RE = compiled(r"^\s*\d{1,3}\s*$")
_TRAILING_UNIT_RE = compiled(r"(?:^|[\s\d(])([A-Za-z]{1,2})\s*$")
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_ESCAPED_TAG_RE = compiled(
    r"</?(?:p|div|span|a|br|img|h[1-6]|ul|ol|li|blockquote|strong|em|b|i|figure|section|table)"
    r"\b[^<>]*>",
    re.IGNORECASE,
)
_ESCAPED_CLOSE_RE = compiled(r"</(?:p|div|span|a|li|h[1-6]|blockquote)>", re.IGNORECASE)
_HIDDEN_STYLE_RE = compiled(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SENTENCE_END = ".!?…:;"
CLOSERS = "\"'”’»)]"
"""Marks that may close a sentence after its full stop (quotes, brackets)."""

_CONTAINER_TAGS = nw.CONTAINER_TAGS
_BLOCK_TAGS = _CONTAINER_TAGS | nw.BLOCK_HEADING_TAGS | {"li", "blockquote"}
_PROTECTED_TAGS = frozenset({"html", "body", "main"})


def html_to_blocks(html: str) -> list[Block]:
    """Structural blocks of an HTML body or page, noise containers removed."""
    body = _parse_body(html)
    if body is None:
        return []
    _strip_noise(body)
    walker = _Walker()
    walker.walk(body, BlockKind.PARAGRAPH)
    walker.flush(BlockKind.PARAGRAPH)
    return walker.blocks


def finish_list_item(text: str) -> str:
    """End a list item with a full stop so the voice reads it as a sentence."""
    text = text.rstrip()
    if not text:
        return text
    core = text.rstrip(CLOSERS)
    if core and core[-1] in _SENTENCE_END:
        return text
    if core and core[-1] in ",-–—":
        return core[:-1].rstrip() + text[len(core) :] + "."
    return text + "."


# --- HTML parsing and structural cleaning ---------------------------------------------


def _parse_body(html: str) -> lxml.html.HtmlElement | None:
    """The body of untrusted HTML, or None if nothing is there.

    A feed that escaped its HTML twice shows tags as text (``<p>``, ``<div class="md">``):
    that text is parsed once more, so its markup is structure and is never read out.
    """
    root = parse_html(html)
    if root is None:
        return None
    text = root.text_content()
    if len(_ESCAPED_TAG_RE.findall(text)) >= 2 and _ESCAPED_CLOSE_RE.search(text):
        reparsed = parse_html(text)
        root = reparsed if reparsed is not None else root
    body = root.find("body")
    return body if body is not None else root


def _strip_noise(body: lxml.html.HtmlElement) -> None:
    """Drop every element a listener should not hear, keeping the text that follows it.

    When the dropped element stood between two words ("Dan Moren<span>…</span>is"), a
    space is left so the words do not run together.
    """
    for el in [el for el in body.iter() if _is_noise_element(el)]:
        tail = el.tail or ""
        if tail[:1].isalnum() and _last_char_before(el).isalnum():
            el.tail = " " + tail
        el.drop_tree()


def _is_noise_element(el: etree._Element) -> bool:
    """Whether ``el`` (with its subtree) is chrome, media, a caption or a footnote mark."""
    if not isinstance(el.tag, str):
        return False
    tag = el.tag.lower()
    if tag in _PROTECTED_TAGS:
        return False
    if tag in nw.DROP_TAGS:
        return not (tag == "footer" and _inside(el, "blockquote"))
    if tag == "sup":
        return _is_footnote_sup(el)
    if tag == "a" and _is_footnote_link(el):
        return True
    if el.get("hidden") is not None or el.get("aria-hidden", "").lower() == "true":
        return True
    if _HIDDEN_STYLE_RE.search(el.get("style", "")):
        return True
    if el.get("role", "").lower() in nw.NOISE_ROLES:
        return True
    if _has_noise_name(el):
        return not _holds_main_content(el)
    return False


def _inside(el: etree._Element, tag: str) -> bool:
    """Whether ``el`` sits inside a ``tag`` (a blockquote's footer is its attribution)."""
    return any(a.tag == tag for a in el.iterancestors())


def _names(el: etree._Element) -> list[str]:
    """The lower-cased class names and id of ``el``, minus taxonomy classes."""
    raw = (el.get("class", "") + " " + el.get("id", "")).lower().split()
    return [n for n in raw if not n.startswith(nw.IGNORED_CLASS_PREFIXES)]


def _has_noise_name(el: etree._Element) -> bool:
    """Whether a class or id names ``el`` as share/related/comments/bio/meta/caption/ad."""
    for name in _names(el):
        if name in nw.NOISE_CLASS_NAMES:
            return True
        tokens = [t for t in _CLASS_SPLIT_RE.split(name) if t]
        if any(t in nw.NOISE_CLASS_TOKENS for t in tokens):
            return True
        pairs = (f"{a}-{b}" for a, b in itertools.pairwise(tokens))
        if any(p in nw.NOISE_CLASS_NAMES for p in pairs):
            return True
    return False


def _holds_main_content(el: etree._Element) -> bool:
    """Whether ``el`` wraps the article itself, so a noise-like class must not remove it."""
    if any(n in nw.CONTENT_CLASS_NAMES for n in _names(el)):
        return True
    for child in el.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        if child.tag in ("main", "h1") or child.get("itemprop") == "articleBody":
            return True
        if any(n in nw.CONTENT_CLASS_NAMES for n in _names(child)):
            return True
    return False


def _is_footnote_sup(el: etree._Element) -> bool:
    """A ``<sup>`` that marks a footnote (``claim.<sup>3</sup>``), not a power or ordinal."""
    if any(
        isinstance(a.tag, str) and a.tag == "a" and a.get("href", "").startswith("#")
        for a in el.iter()
    ):
        return True
    words = {t for n in _names(el) for t in _CLASS_SPLIT_RE.split(n)}
    if words & nw.FOOTNOTE_CLASS_WORDS:
        return True
    return bool(_FOOTNOTE_MARK_RE.match(el.text_content())) and not _follows_unit(_text_before(el))


def _is_footnote_link(el: etree._Element) -> bool:
    """An ``<a href="#fn1">[1]</a>`` footnote reference or ``↩`` back-link."""
    href = el.get("href", "")
    if not href.startswith("#"):
        return False
    text = el.text_content().strip()
    return bool(_FOOTNOTE_MARK_RE.match(text)) or text in ("↩", "↩︎", "^", "↑")


def _follows_unit(text: str) -> bool:
    """Whether ``text`` ends with a unit (``40 m``), so a superscript after it is a power."""
    unit = _TRAILING_UNIT_RE.search(text)
    return bool(unit) and unit.group(1) in nw.SUPERSCRIPT_UNITS


def _last_char_before(el: etree._Element) -> str:
    """The character just before ``el`` in the text, looking into an element before it."""
    prev = el.getprevious()
    if prev is not None and not prev.tail and isinstance(prev.tag, str):
        return prev.text_content()[-1:]
    return _text_before(el)[-1:]


def _text_before(el: etree._Element) -> str:
    """The text immediately before ``el`` inside its parent (previous tail or parent text)."""
    prev = el.getprevious()
    if prev is not None:
        return prev.tail or ""
    parent = el.getparent()
    return (parent.text or "") if parent is not None else ""


# --- Walking the cleaned tree -----------------------------------------------------------


class _Walker:
    """Walks a cleaned tree in document order, emitting a block at each block boundary."""

    def __init__(self) -> None:
        """Start with no blocks and an empty open block."""
        self.blocks: list[Block] = []
        self._buf: list[str] = []
        self._after_br = False

    def walk(self, el: etree._Element, kind: BlockKind) -> None:
        """Add ``el``'s text to the open block, opening new blocks at block elements."""
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag == "br":
            self._line_break(kind)
            return
        if tag == "sup" and self._is_power(el):
            self._add(el.text_content().strip().translate(_SUPERSCRIPTS))
            return
        own = _kind_for(tag, kind)
        is_block = tag in _BLOCK_TAGS
        if is_block:
            self.flush(kind)
        self._add(el.text)
        for child in el:
            if isinstance(child.tag, str):
                self.walk(child, own)
            self._add(child.tail)
        if is_block:
            self.flush(own)

    def flush(self, kind: BlockKind) -> None:
        """Close the open block as ``kind``, if it holds any words."""
        text = _WS_RE.sub(" ", "".join(self._buf)).strip()
        self._buf.clear()
        self._after_br = False
        if not _WORDLIKE_RE.search(text):
            return
        if kind is BlockKind.LIST_ITEM:
            text = finish_list_item(text)
        self.blocks.append(Block(kind, text))

    def _is_power(self, sup: etree._Element) -> bool:
        """A number raised after a unit (``m<sup>2</sup>``), kept as ``m²``."""
        tail = "".join(self._buf[-3:])
        return bool(_DIGITS_RE.match(sup.text_content())) and _follows_unit(tail)

    def _add(self, text: str | None) -> None:
        """Append text to the open block; any words end a run of ``<br>``."""
        if text:
            self._buf.append(text)
            if text.strip():
                self._after_br = False

    def _line_break(self, kind: BlockKind) -> None:
        """One ``<br>`` is a space; two in a row end the paragraph."""
        if self._after_br:
            self.flush(kind)
            return
        self._buf.append(" ")
        self._after_br = True


def _kind_for(tag: str, outer: BlockKind) -> BlockKind:
    """The kind of text directly inside ``tag`` when the surrounding kind is ``outer``."""
    if tag in nw.BLOCK_HEADING_TAGS:
        return BlockKind.HEADING
    if tag == "li":
        return BlockKind.LIST_ITEM
    if tag == "blockquote":
        return BlockKind.QUOTE
    return outer


# --- Plain text and Markdown ------------------------------------------------------------

_FENCE_RE = compiled(r"^\s{0,3}(`{3,}|~{3,})")
_ATX_RE = compiled(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT_RE = compiled(r"^\s{0,3}(=+|-+)\s*$")
_RULE_RE = compiled(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_LIST_RE = compiled(r"^\s{0,8}(?:[-*+•▪‣◦]|\d{1,3}[.)])\s+(.*)$")
_QUOTE_RE = compiled(r"^\s{0,3}>\s?(.*)$")
_TABLE_RE = compiled(r"^\s*\|.*\|\s*$|^\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_REFDEF_RE = compiled(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
HTML_COMMENT_RE = compiled(r"<!--.*?-->", re.DOTALL)
_FRONT_MATTER_RE = compiled(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)

_MD_IMAGE_RE = compiled(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])")
_MD_LINK_RE = compiled(r"\[([^\]]+)\](?:\((?:[^()]|\([^)]*\))*\)|\[[^\]]*\])")
_MD_FOOTREF_RE = compiled(r"\[\^[^\]]+\]")
_MD_AUTOLINK_RE = compiled(r"<((?:https?|ftp)://[^>\s]+|[^>\s@]+@[^>\s]+)>")
_MD_CODE_RE = compiled(r"(`+)(.+?)\1")
_MD_STRONG_RE = compiled(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM_STAR_RE = compiled(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_MD_EM_UNDER_RE = compiled(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_MD_STRIKE_RE = compiled(r"~~(?=\S)(.+?)(?<=\S)~~")
TAG_RE = compiled(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
"""An HTML tag left in text (inline HTML in Markdown, markup a feed escaped twice)."""
_MD_ESCAPE_RE = compiled(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
_ESCAPE_BASE = 0xE000
"""Escaped characters are parked in the Private Use Area while emphasis is stripped."""
_ESCAPED_RE = compiled("[\ue000-\ue07f]")

_SHORT_LINE = 50
"""Lines this short, all of them in one paragraph, are separate lines (metadata, verse)."""
_MAX_TITLE_WORDS = 10


def text_to_blocks(text: str) -> list[Block]:
    """Structural blocks of a plain-text or Markdown article, inline Markdown stripped.

    In plain text a short, title-like line is a heading only when body text follows it, so
    two short lines in a row stay two lines and none of them is lost.
    """
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = _FRONT_MATTER_RE.sub("", text, count=1)
    text = HTML_COMMENT_RE.sub("", text)
    raw = _raw_blocks(text.split("\n"))
    markdown_headings = any(kind is BlockKind.HEADING for kind, _ in raw)
    pieces: list[tuple[BlockKind, str]] = []
    for kind, lines in raw:
        for piece_kind, piece in _split_short_lines(kind, lines):
            clean = _WS_RE.sub(" ", _strip_inline_markdown(piece)).strip()
            if _WORDLIKE_RE.search(clean):
                pieces.append((piece_kind, clean))
    blocks: list[Block] = []
    for index, (kind, clean) in enumerate(pieces):
        if kind is BlockKind.PARAGRAPH and not markdown_headings:
            following = pieces[index + 1] if index + 1 < len(pieces) else None
            if _is_title_like(clean) and following and _is_body_text(*following):
                kind = BlockKind.HEADING
        if kind is BlockKind.LIST_ITEM:
            clean = finish_list_item(clean)
        blocks.append(Block(kind, clean))
    return blocks


def _is_body_text(kind: BlockKind, text: str) -> bool:
    """Text a plain-text heading can stand over: a paragraph, quote or list, not a title."""
    return kind is not BlockKind.HEADING and not _is_title_like(text)


def _raw_blocks(lines: list[str]) -> list[tuple[BlockKind, list[str]]]:
    """Group lines into (kind, lines) blocks: headings, list items, quotes, paragraphs."""
    out: list[tuple[BlockKind, list[str]]] = []
    kind = BlockKind.PARAGRAPH
    current: list[str] = []
    fence = ""

    def close() -> None:
        """End the open block, if it has lines."""
        nonlocal current
        if current:
            out.append((kind, current))
        current = []

    for line in lines:
        fence_match = _FENCE_RE.match(line)
        if fence:
            if fence_match and fence_match.group(1)[0] == fence[0]:
                fence = ""
            continue
        if fence_match:
            close()
            fence = fence_match.group(1)
            continue
        if not line.strip() or _TABLE_RE.match(line) or _REFDEF_RE.match(line):
            close()
            continue
        # Only a single line can be a setext heading; under a longer paragraph "---" is a rule.
        setext = _SETEXT_RE.match(line)
        if setext and len(current) == 1 and kind is BlockKind.PARAGRAPH:
            out.append((BlockKind.HEADING, current))
            current = []
            continue
        if _RULE_RE.match(line):
            close()
            continue
        if atx := _ATX_RE.match(line):
            close()
            level = len(atx.group(1))
            out.append((BlockKind.HEADING if level <= 4 else BlockKind.PARAGRAPH, [atx.group(2)]))
            continue
        if quote := _QUOTE_RE.match(line):
            body = quote.group(1)
            while nested := _QUOTE_RE.match(body):
                body = nested.group(1)
            if kind is not BlockKind.QUOTE:
                close()
                kind = BlockKind.QUOTE
            if body.strip():
                current.append(body)
            else:
                close()
            continue
        if item := _LIST_RE.match(line):
            close()
            kind = BlockKind.LIST_ITEM
            current = [item.group(1)]
            continue
        if kind is BlockKind.QUOTE:
            close()
        if not current:
            kind = BlockKind.PARAGRAPH
        current.append(line)
    close()
    return out


def _split_short_lines(kind: BlockKind, lines: list[str]) -> Iterator[tuple[BlockKind, str]]:
    """A paragraph of only short lines is several lines (byline + date, verse); else one."""
    stripped = [ln.strip() for ln in lines if ln.strip()]
    if kind is BlockKind.PARAGRAPH and len(stripped) > 1 and max(map(len, stripped)) < _SHORT_LINE:
        for ln in stripped:
            yield kind, ln
        return
    yield kind, " ".join(stripped)


def _strip_inline_markdown(text: str) -> str:
    """Markdown inline syntax reduced to the words it shows."""
    text = _MD_ESCAPE_RE.sub(lambda m: chr(_ESCAPE_BASE + ord(m.group(1))), text)
    text = _MD_IMAGE_RE.sub("", text)
    text = _MD_FOOTREF_RE.sub("", text)
    text = _MD_LINK_RE.sub(r"\1", text)
    text = _MD_AUTOLINK_RE.sub(r"\1", text)
    text = _MD_CODE_RE.sub(r"\2", text)
    text = TAG_RE.sub(" ", text)
    text = _MD_STRONG_RE.sub(r"\2", text)
    text = _MD_STRIKE_RE.sub(r"\1", text)
    text = _MD_EM_STAR_RE.sub(r"\1", text)
    text = _MD_EM_UNDER_RE.sub(r"\1", text)
    return _ESCAPED_RE.sub(lambda m: chr(ord(m.group(0)) - _ESCAPE_BASE), text)


def _is_title_like(text: str) -> bool:
    """A short, capitalised line without a closing full stop: a plain-text section heading."""
    words = text.split()
    if not 1 <= len(words) <= _MAX_TITLE_WORDS:
        return False
    if text.rstrip(CLOSERS)[-1:] in ".,;:" or not text[0].isupper():
        return False
    significant = [w for w in words if w.lower().strip(CLOSERS + "“‘(") not in nw.MINOR_TITLE_WORDS]
    if not significant:
        return False
    capitalised = sum(1 for w in significant if w.lstrip("“‘\"'(")[:1].isupper() or w[:1].isdigit())
    return capitalised / len(significant) >= 0.75
