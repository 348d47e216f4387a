"""Remove the words a listener should never hear from an article's blocks.

Two layers, both plain ordered tuples so they can be tested one by one:

* :data:`INLINE_CLEANERS` rewrite the text of every block (markup escaped twice, invisible
  characters, emoji, footnote markers, links read as their domain, "Continue reading" tails,
  whitespace);
* :data:`BLOCK_FILTERS` say whether a whole block is noise (feed footers, bylines, date
  stamps, photo credits, subscribe and share prompts, comment counts, footer link rows...).

:func:`drop_tail` then cuts what follows the article (author bio, related links,
comments), and :func:`clean_blocks` runs everything in order.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from podcastify.models import Block, BlockKind
from podcastify.patterns import compiled
from podcastify.script import noise_words as nw
from podcastify.script.html import HTML_COMMENT_RE, TAG_RE, finish_list_item
from podcastify.text import bare_host

__all__ = [
    "BLOCK_FILTERS",
    "INLINE_CLEANERS",
    "CleanContext",
    "clean_blocks",
    "clean_summary",
    "clean_text",
    "collapse_whitespace",
    "drop_tail",
    "is_author_bio",
    "is_byline",
    "is_comment_prompt",
    "is_copyright",
    "is_credit",
    "is_date_stamp",
    "is_feed_footer",
    "is_meta_line",
    "is_related_prompt",
    "is_share_prompt",
    "is_site_footer",
    "is_subscribe_prompt",
    "is_tail_marker",
    "is_widget_label",
    "strip_emoji",
    "strip_footnote_markers",
    "strip_invisible",
    "strip_markup",
    "strip_read_more",
    "urls_to_domain",
]


@dataclass(frozen=True)
class CleanContext:
    """What is known about the article, so its own title and author can be recognised."""

    title: str = ""
    author: str = ""

    @property
    def author_names(self) -> tuple[str, ...]:
        """Each author's name (``Jane Smith and John Doe`` is two)."""
        parts = _AUTHOR_SPLIT_RE.split(self.author or "")
        return tuple(p.strip() for p in parts if len(p.strip()) > 1)


_AUTHOR_SPLIT_RE = compiled(r"\s*(?:,|;|&|\band\b)\s*")
_I = re.IGNORECASE


def _any(patterns: tuple[str, ...], flags: int = _I) -> re.Pattern[str]:
    """One case-insensitive (by default) regex matching any of ``patterns``."""
    return compiled("|".join(f"(?:{p})" for p in patterns), flags)


# --- Inline cleaners --------------------------------------------------------------------

_INVISIBLE_RE = compiled(f"[{nw.INVISIBLE_CHARS}]")
_EMOJI_RE = compiled(f"[{nw.EMOJI_CHARS}]+")
_FOOTNOTE_BRACKET_RE = compiled(r"\s?" + nw.FOOTNOTE_BRACKET)
_EDITED_LETTER_RE = compiled(nw.EDITED_LETTER)
_SUPERSCRIPT_RE = compiled(f"([A-Za-z]*)([{nw.SUPERSCRIPT_DIGITS}]+)")
_BACKREF_RE = compiled(f"\\s?[{nw.FOOTNOTE_BACKREFS}]\ufe0e?")
_NO_FOOTNOTE_LOOKBEHIND = "".join(f"(?<!\\b{re.escape(a)}\\.)" for a in nw.NO_FOOTNOTE_BEFORE)
# "claim.3 Next" / "true,4 but": a number glued to the punctuation after a word. The
# punctuation is matched first so that the look-behinds run only where it occurs.
_FOOTNOTE_AFTER_STOP_RE = compiled(
    rf"([.!?])(?<=[a-z)\]\"'”’][.!?]){_NO_FOOTNOTE_LOOKBEHIND}\d{{1,3}}(?=\s|$)"
)
# "true,4 but" may be a footnote or a lost space ("eggs,2 apples"): the digits are kept.
_GLUED_AFTER_COMMA_RE = compiled(r"(?<=[a-z)\"'”’][,;])(?=\d{1,3}\s)")
# "a web browser2." : a number glued to the end of a plain word, before a stop or the end.
_FOOTNOTE_AFTER_WORD_RE = compiled(r"\b([a-z]{4,})(\d{1,2})(?=[.,;:!?)](?:\s|$)|$)")
_FOOTNOTE_AFTER_QUOTE_RE = compiled(r"(?<=[.!?,;:][”’\"')])\d{1,3}(?=\s|$)")
_TRAILING_PUNCT = ".,;:!?)]}'\"”’»"
_URL_RE = compiled(r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"'“”‘’]+", _I)
_BARE_URL_RE = compiled(
    r"\b((?:[a-z0-9-]+\.)+(?:" + "|".join(nw.TLDS_FOR_BARE_URLS) + r"))/[^\s<>\"'“”‘’]*", _I
)
_READ_MORE_INSIDE_RE = compiled(nw.READ_MORE_INSIDE)
_ELLIPSIS_MARK_RE = compiled(r"\s*\[(?:…|\.\.\.|&hellip;|&#8230;)\]")
_TEASER_TAIL_RE = compiled(r"(?:(?<=[.!?…\]\"”’)])|^)\s*" + nw.TEASER_TAIL + r"\s*$", _I)
_FOOTER_TAIL_RE = compiled(r"(?:(?<=[.!?…\]\"”’])|^)\s*" + nw.FEED_FOOTER + r"\.?\s*$")
_SPACE_BEFORE_PUNCT_RE = compiled(r"\s+([.,;:!?%)\]])(?!\w)")  # not before ".pkpass"
_SPACE_AFTER_OPEN_RE = compiled(r"([(\[])\s+")
_EMPTY_BRACKETS_RE = compiled(r"\(\s*\)|\[\s*\]")
_WS_RE = compiled(r"\s+")


_CDATA_RE = compiled(r"<!\[CDATA\[|\]\]>")
_ENTITY_RE = compiled(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def strip_markup(text: str) -> str:
    """Remove markup a feed escaped twice (``<div class="md">``, ``&#39;``, ``<![CDATA[``)."""
    if "<" not in text and "&" not in text and "]]>" not in text:
        return text
    text = _CDATA_RE.sub("", text)
    text = HTML_COMMENT_RE.sub(" ", text)
    text = TAG_RE.sub(" ", text)
    return _ENTITY_RE.sub(lambda m: html.unescape(m.group(0)), text)


def strip_invisible(text: str) -> str:
    """Remove soft hyphens, zero-width and bidi controls, which split words for the voice."""
    return _INVISIBLE_RE.sub("", text)


def strip_emoji(text: str) -> str:
    """Remove emoji and pictographs, which voices spell out by their Unicode names."""
    return _EMOJI_RE.sub(" ", text)


def strip_footnote_markers(text: str) -> str:
    """Remove footnote markers (``claim.[3]``, ``claim.3``, ``claim¹``) but keep m², No.3, [I]f."""
    text = _EDITED_LETTER_RE.sub(r"\1", text)
    text = _FOOTNOTE_BRACKET_RE.sub("", text)
    text = _SUPERSCRIPT_RE.sub(_superscript_marker, text)
    text = _BACKREF_RE.sub("", text)
    text = _FOOTNOTE_AFTER_STOP_RE.sub(r"\1", text)
    text = _FOOTNOTE_AFTER_QUOTE_RE.sub("", text)
    text = _FOOTNOTE_AFTER_WORD_RE.sub(_glued_marker, text)
    return _GLUED_AFTER_COMMA_RE.sub(" ", text)


def _glued_marker(match: re.Match[str]) -> str:
    """Drop a number glued to a plain word ("browser2."), not to a name ("python3")."""
    word = match.group(1)
    return match.group(0) if word in nw.GLUED_NUMBER_WORDS else word


def _superscript_marker(match: re.Match[str]) -> str:
    """Drop superscript digits unless they raise a unit (``m²``)."""
    word = match.group(1)
    return match.group(0) if word in nw.SUPERSCRIPT_UNITS else word


def urls_to_domain(text: str) -> str:
    """Read a link as its site (``example.com``), never as its path and query string."""
    text = _URL_RE.sub(_url_domain, text)
    return _BARE_URL_RE.sub(lambda m: bare_host(m.group(1)), text)


def _url_domain(match: re.Match[str]) -> str:
    """The domain of a matched URL, with punctuation that ended the sentence kept."""
    url = match.group(0)
    trailing = ""
    while url and url[-1] in _TRAILING_PUNCT:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        trailing = url[-1] + trailing
        url = url[:-1]
    if "://" not in url:
        url = "http://" + url
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        host = ""
    return bare_host(host) + trailing


def strip_read_more(text: str) -> str:
    """Remove "[…]", "Continue reading →", "Read more" and a glued-on feed footer."""
    text = _FOOTER_TAIL_RE.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _TEASER_TAIL_RE.sub("", text).rstrip()
    text = _READ_MORE_INSIDE_RE.sub("", text)
    return _ELLIPSIS_MARK_RE.sub("", text)


def collapse_whitespace(text: str) -> str:
    """One space between words, none before punctuation, no empty brackets left behind."""
    text = _EMPTY_BRACKETS_RE.sub("", text)
    text = _WS_RE.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT_RE.sub(r"\1", text)
    text = _SPACE_AFTER_OPEN_RE.sub(r"\1", text)
    return text.strip()


INLINE_CLEANERS: tuple[Callable[[str], str], ...] = (
    strip_markup,
    strip_invisible,
    strip_emoji,
    strip_footnote_markers,
    urls_to_domain,
    strip_read_more,
    collapse_whitespace,
)
"""Applied in this order to every block's text."""


def clean_summary(text: str) -> str:
    """A summary fit for show notes: no feed footer ("The post … appeared first on …") and no
    teaser marks ("[…]", "Continue reading →"); a cut-off teaser ends in "…" instead."""
    text = collapse_whitespace(text)
    cleaned = collapse_whitespace(strip_read_more(text))
    if cleaned and cleaned != text and cleaned[-1] not in _TRAILING_PUNCT + "…":
        cleaned += "…"
    return cleaned


def clean_text(text: str) -> str:
    """``text`` through every inline cleaner."""
    for cleaner in INLINE_CLEANERS:
        text = cleaner(text)
    return text


# --- Block filters (True = noise) -------------------------------------------------------

_FEED_FOOTER_RE = _any(nw.FEED_FOOTER_PATTERNS)
_COPYRIGHT_RE = _any(nw.COPYRIGHT_PATTERNS)
_BYLINE_STRONG_RE = compiled(nw.BYLINE_STRONG_PREFIX, _I)
_BYLINE_BY_RE = compiled(nw.BYLINE_BY_PREFIX)
_READING_TIME_RE = compiled(nw.READING_TIME, _I)
_CREDIT_RE = _any(nw.CREDIT_PATTERNS, 0)
_SUBSCRIBE_RE = _any(nw.SUBSCRIBE_PATTERNS)
_SHARE_RE = _any(nw.SHARE_PATTERNS)
_COMMENT_RE = _any(nw.COMMENT_PATTERNS)
_RELATED_RE = _any(nw.RELATED_PATTERNS)
_RELATED_PREFIX_RE = compiled(nw.RELATED_PREFIX, _I)
_META_LINE_RE = _any(nw.META_LINE_PATTERNS)
_UI_RE = _any(nw.UI_PATTERNS)
_BIO_HEADING_RE = _any(nw.BIO_HEADING_PATTERNS)
_TOKEN_RE = compiled(r"[a-z]+|\d+", _I)
_NORM_TOKEN_RE = compiled(r"\w+")
_HANDLE_RE = compiled(r"^[\w.@-]+$")
_HONORIFIC_RE = compiled(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame|Rev)\.?\s+")
_TIME_RE = compiled(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\b", _I)
_NUMERIC_DATE_RE = compiled(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?!\d)")
_NAME_TOKEN_RE = compiled(r"^[A-Z][\w'’.-]*,?$|^[A-Z]\.$")
_EDGE_PUNCT = " \t.,;:!?\"'“”‘’()[]|•·—–-*_"

_SHORT = 12
"""Most noise lines are this short (in words); prose that mentions the same words is not."""
_CAPTION = 40
"""A caption holding a credit is at most this long."""


def _words(text: str) -> list[str]:
    """Words of ``text``, for length limits."""
    return text.split()


def _norm(text: str) -> str:
    """Case-, punctuation- and spacing-insensitive form, for comparing lines."""
    return " ".join(_NORM_TOKEN_RE.findall(text.casefold()))


def _short(block: Block, limit: int = _SHORT) -> bool:
    """Whether ``block`` is short enough to be a noise line rather than prose."""
    return len(_words(block.text)) <= limit


def is_feed_footer(block: Block, ctx: CleanContext) -> bool:
    """ "The post … appeared first on …" and "originally published at …" lines."""
    text = block.text.strip()
    return _short(block, 45) and bool(_FEED_FOOTER_RE.search(text))


def is_copyright(block: Block, ctx: CleanContext) -> bool:
    """ "© 2020 Site Ltd. All rights reserved." page and feed footers."""
    return _short(block, 25) and bool(_COPYRIGHT_RE.search(block.text.strip()))


def is_byline(block: Block, ctx: CleanContext) -> bool:
    """ "By Jane Smith", "Posted by admin", or the author's name alone; not "By 2030, …"."""
    text = block.text.strip().strip("*_ ")
    if len(_words(text)) > 16:
        return False
    if _is_author_line(text, ctx):
        return True
    if strong := _BYLINE_STRONG_RE.match(text):
        rest = text[strong.end() :]
        handle, _, after = rest.partition(" ")
        if _is_author_line(rest, ctx) or _is_name_then_detail(rest, min_names=1):
            return True
        return bool(_HANDLE_RE.match(handle)) and _is_byline_detail(after)
    if by := _BYLINE_BY_RE.match(text):
        rest = text[by.end() :]
        return _is_author_line(rest, ctx) or _is_name_then_detail(rest)
    return False


def _is_author_line(text: str, ctx: CleanContext) -> bool:
    """The author's name alone, or followed only by a date, role or outlet."""
    text = text.strip()
    folded = text.casefold()
    if ctx.author and _norm(text) == _norm(ctx.author):
        return True
    for name in ctx.author_names:
        if _norm(text) == _norm(name):
            return True
        if folded.startswith(name.casefold()) and _is_byline_detail(text[len(name) :]):
            return True
    return False


def _is_name_then_detail(rest: str, min_names: int = 2) -> bool:
    """``Jane Smith``, ``Jane Smith, Staff Writer``, ``Jane Smith | March 3, 2021``."""
    tokens = rest.split()
    if not tokens or tokens[0].rstrip(",").lower() in nw.MONTH_WORDS | nw.WEEKDAY_WORDS:
        return False
    names = 0
    for index, token in enumerate(tokens[:8]):
        if _NAME_TOKEN_RE.match(token):
            names += 1
        elif index > 0 and token.lower() in nw.NAME_PARTICLES | nw.NAME_JOINERS:
            continue
        else:
            return False
        detail = " ".join(tokens[index + 1 :])
        if token.endswith(","):
            detail = ", " + detail
        if names >= min_names and _is_byline_detail(detail):
            return True
    return False


def _is_byline_detail(rest: str) -> bool:
    """What may follow a byline's name: nothing, a date, a role, an outlet, a read time."""
    rest = rest.strip()
    if rest[:1] and rest[0] in nw.BYLINE_SEPARATORS:
        rest = rest.lstrip(nw.BYLINE_SEPARATORS + " ")
    if not rest:
        return True
    first, _, after = rest.partition(" ")
    if first.lower() in nw.BYLINE_TAIL_PREPOSITIONS and after:
        rest = after
    if _looks_like_date(rest) or _READING_TIME_RE.match(rest):
        return True
    # A role or an outlet: capitalised words only ("Senior Correspondent", "The Ledger").
    parts = [p for p in re.split(r"\s*[|•·—–,/]\s*|\s+-\s+", rest) if p]
    return bool(parts) and all(_is_capitalised_phrase(p) or _looks_like_date(p) for p in parts)


def _is_capitalised_phrase(text: str) -> bool:
    """A role or outlet after a byline: a few capitalised words (``Staff Writer``)."""
    words = text.split()
    if not words or len(words) > 6:
        return False
    return (
        all(w[:1].isupper() or w.lower() in nw.MINOR_TITLE_WORDS or w[:1].isdigit() for w in words)
        and words[0][:1].isupper()
    )


def _looks_like_date(text: str) -> bool:
    """Whether ``text`` says only when something was published (no other words)."""
    tokens = [t.lower() for t in _TOKEN_RE.findall(text)]
    if not tokens or len(tokens) > 16:
        return False
    known = nw.MONTH_WORDS | nw.WEEKDAY_WORDS | nw.DATE_STAMP_KEYWORDS | nw.DATE_STAMP_FILLER
    if any(not t.isdigit() and t not in known for t in tokens):
        return False
    if any(t in nw.DATE_STAMP_KEYWORDS for t in tokens) or _TIME_RE.search(text):
        return True
    if _NUMERIC_DATE_RE.search(text):
        return True
    # A month name with a day-of-month number: "March 3, 2021", "3 March 2021".
    has_month = any(t in nw.MONTH_WORDS for t in tokens)
    has_day = any(t.isdigit() and 1 <= int(t) <= 31 and len(t) <= 2 for t in tokens)
    if has_month and has_day:
        return True
    return bool(_READING_TIME_RE.match(text.strip()))


def is_date_stamp(block: Block, ctx: CleanContext) -> bool:
    """ "Wed, 04/01/2020 - 2:34pm", "Published March 3, 2021 at 10:00 am", "Updated: …"."""
    text = block.text.strip()
    if not (_short(block, 16) and _looks_like_date(text)):
        return False
    if block.kind is not BlockKind.HEADING:
        return True
    # A heading such as "10:30 am" or "March 3, 2021" may be a timeline's section title.
    tokens = {t.lower() for t in _TOKEN_RE.findall(text)}
    return bool(tokens & nw.DATE_STAMP_KEYWORDS) or bool(_NUMERIC_DATE_RE.search(text))


def is_credit(block: Block, ctx: CleanContext) -> bool:
    """Photo credits and captions ending in one ("… Photo: Jane Doe/Reuters")."""
    return _short(block, _CAPTION) and bool(_CREDIT_RE.search(block.text.strip()))


def is_subscribe_prompt(block: Block, ctx: CleanContext) -> bool:
    """ "Subscribe to … feed", "Sign up for our newsletter", "Follow us on …"."""
    return _short(block, 30) and bool(_SUBSCRIBE_RE.search(block.text.strip()))


def is_share_prompt(block: Block, ctx: CleanContext) -> bool:
    """ "Share this:", "Click to share on Twitter", "Tweet", a row of share buttons."""
    text = block.text.strip()
    if not _short(block, 20):
        return False
    if _SHARE_RE.search(text):
        return True
    tokens = [t.lower() for t in re.findall(r"[\w-]+", text)]
    return (
        bool(tokens)
        and all(t in nw.SHARE_WORDS for t in tokens)
        and any(t in nw.SHARE_NETWORKS for t in tokens)
    )


def is_comment_prompt(block: Block, ctx: CleanContext) -> bool:
    """ "3 comments", "Leave a reply", "Comments are closed." and other comment chrome."""
    return _short(block, 15) and bool(_COMMENT_RE.search(block.text.strip()))


def is_related_prompt(block: Block, ctx: CleanContext) -> bool:
    """ "Related posts", "You may also like", "Read more: <headline>"."""
    text = block.text.strip()
    if _short(block, 8) and _RELATED_RE.search(text):
        return True
    return _short(block, 25) and bool(_RELATED_PREFIX_RE.search(text))


def is_meta_line(block: Block, ctx: CleanContext) -> bool:
    """ "Posted in News", "Tags: …", "Filed under: …", "5 min read"."""
    text = block.text.strip()
    if not _short(block, 25):
        return False
    return bool(_META_LINE_RE.search(text) or _READING_TIME_RE.match(text))


def is_widget_label(block: Block, ctx: CleanContext) -> bool:
    """ "Advertisement", "Skip to main content", "Listen to this article" and the like."""
    return _short(block) and bool(_UI_RE.search(block.text.strip()))


_FOOTER_TOKEN_RE = compiled(r"[A-Za-z]+")
_SITE_FOOTER_SHARE = 0.8
"""Share of a block's words that must be footer-link words for it to be a site footer."""


def is_site_footer(block: Block, ctx: CleanContext) -> bool:
    """A row of footer links ("About Press Copyright Contact us Creators Advertise …")."""
    if not _short(block, 60):
        return False
    tokens = [t.lower() for t in _FOOTER_TOKEN_RE.findall(block.text)]
    if len(tokens) < 8:
        return False
    known = sum(t in nw.SITE_FOOTER_WORDS for t in tokens)
    return known / len(tokens) >= _SITE_FOOTER_SHARE and not re.search(r"[.!?]\s+[A-Z]", block.text)


BLOCK_FILTERS: tuple[Callable[[Block, CleanContext], bool], ...] = (
    is_feed_footer,
    is_copyright,
    is_byline,
    is_date_stamp,
    is_credit,
    is_subscribe_prompt,
    is_share_prompt,
    is_comment_prompt,
    is_related_prompt,
    is_meta_line,
    is_widget_label,
    is_site_footer,
)
"""Each says whether a whole block is noise; a block any of them flags is dropped."""


# --- Tails: author bio, related links, comments -------------------------------------------

_TAIL_MIN_WORDS = 40
"""Words of article that must come before a tail marker for it to start a tail."""


def is_tail_marker(block: Block, ctx: CleanContext) -> bool:
    """A header after which only bio, related links or comments follow."""
    text = block.text.strip()
    if not (block.kind is BlockKind.HEADING or _short(block, 8)):
        return False
    if _BIO_HEADING_RE.search(text) or _RELATED_RE.search(text):
        return True
    if any(_norm(text) == _norm(f"about {name}") for name in ctx.author_names):
        return True
    if _COMMENT_RE.search(text) and not text.lower().startswith(("reply", "report", "flag")):
        return True
    return bool(_SHARE_RE.search(text)) and text.rstrip().endswith(":")


def is_author_bio(block: Block, ctx: CleanContext) -> bool:
    """ "Jane Smith is a senior fellow at …" about the article's own author."""
    if block.kind is BlockKind.HEADING or not _short(block, 90):
        return False
    text = _HONORIFIC_RE.sub("", block.text.strip().lstrip(_EDGE_PUNCT))
    return any(
        re.match(rf"{re.escape(name)}(?:[’']s)?,?\s+{nw.BIO_VERBS}\b", text)
        for name in ctx.author_names
    )


def drop_tail(blocks: list[Block], ctx: CleanContext) -> list[Block]:
    """Cut the author bio, related links and comments that follow the article's end."""
    words = 0
    for index, block in enumerate(blocks):
        if words >= _TAIL_MIN_WORDS and is_tail_marker(block, ctx):
            blocks = blocks[:index]
            break
        if block.kind is not BlockKind.HEADING:
            words += len(_words(block.text))
    while blocks and is_author_bio(blocks[-1], ctx):
        blocks = blocks[:-1]
    return blocks


# --- Whole pipeline ---------------------------------------------------------------------


def _repeats_title(block: Block, ctx: CleanContext) -> bool:
    """Whether ``block`` is the article's title again (perhaps with the site's name)."""
    if not ctx.title or block.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH):
        return False
    text, title = _norm(block.text), _norm(ctx.title)
    if not text:
        return False
    if text == title:
        return True
    # "<title> | Site" or "<title> - Site" in a page title; "<title>: a subtitle" in a heading.
    for sep in (" | ", " - ", " – ", " — ", " :: ", " · "):
        head = ctx.title.split(sep)[0]
        if sep in ctx.title and _norm(head) == text:
            return True
    return False


def clean_blocks(blocks: list[Block], *, title: str = "", author: str = "") -> list[Block]:
    """The blocks a listener should hear: text cleaned, noise lines and tails dropped."""
    ctx = CleanContext(title=title.strip(), author=author.strip())
    cleaned = [Block(b.kind, clean_text(b.text)) for b in blocks]
    cleaned = [b for b in cleaned if re.search(r"\w", b.text)]
    cleaned = drop_tail(cleaned, ctx)
    cleaned = [b for b in cleaned if not any(noise(b, ctx) for noise in BLOCK_FILTERS)]
    while cleaned and _repeats_title(cleaned[0], ctx):
        cleaned.pop(0)
    out: list[Block] = []
    for block in cleaned:
        if out and _norm(out[-1].text) == _norm(block.text):
            continue
        if block.kind is BlockKind.LIST_ITEM:
            block = Block(block.kind, finish_list_item(block.text))
        out.append(block)
    return out
