"""Whether a feed item holds the whole article, decided by comparing it with its page.

The last words of an item say little: WordPress follows a cut excerpt with its "The post …
appeared first on …" footer and an author bio of any length, and many feeds give a short
summary with no mark at all. So an item whose text is short, or shows a teaser mark
anywhere, is compared with the page it links to: the page's text replaces the item's only
when it holds the item's opening (or the same title) and is clearly longer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from podcastify import boilerplate
from podcastify.patterns import compiled
from podcastify.text import html_to_plain, parse_html

__all__ = ["TeaserSigns", "page_completes", "teaser_signs"]

SHORT_WORDS = 120
"""An item with fewer words than this may be a summary: its page is checked."""
FULL_ARTICLE_WORDS = 400
"""An item this long is the article even when a teaser mark shows in it."""
_OPENING_WORDS = 60
"""How much of the item's beginning is looked for in the page."""
_SHINGLE = 4
"""Words per overlapping run compared between item and page."""
_OPENING_SHARE = 0.5
"""Share of the opening's runs the page must hold to be the same article."""
_TITLE_SHARE = 0.8
"""Share of the item title's words the page title must hold to be the same article."""

_I = re.IGNORECASE
_FOOTER_RE = compiled(r"(?:^|(?<=\s))" + boilerplate.FEED_FOOTER + r"(?:\.|\s|$)", re.S)
_ELLIPSIS_RE = compiled(boilerplate.ELLIPSIS_MARK)
_ANYWHERE_RE = compiled(boilerplate.MORE_LINK + "|" + boilerplate.CONTINUE_READING, _I)
_TAIL_RE = compiled(r"(?:(?<=[.!?…\]\"”’)])|^)\s*" + boilerplate.TEASER_TAIL + r"\s*$", _I)
_TRAILING_ELLIPSIS_RE = compiled(boilerplate.TRAILING_ELLIPSIS + r"\s*$")
_WORD_RE = compiled(r"\w+")
_SENTENCE_END_RE = compiled(r"[.!?…:;\"”’»)\]]\s*$")
_BLOCK_TAGS = ("p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr")


@dataclass(frozen=True)
class TeaserSigns:
    """What a feed item's own text says about itself."""

    words: int
    """Words of the item's text, leaving out a feed footer and whatever follows it."""
    marked: bool
    """A teaser mark shows somewhere: ``[…]``, "Continue reading", a "Read more" tail,
    a trailing ellipsis, a short text cut mid-sentence, or a feed footer after a short text."""
    opening: tuple[str, ...]
    """The first words of the text, case-folded, to look for in the page."""

    @property
    def needs_page(self) -> bool:
        """Whether the item must be compared with its page before it is narrated."""
        return self.words < SHORT_WORDS or self.marked

    @property
    def is_summary(self) -> bool:
        """Whether, without its page, the item is only a summary (not to be published): it
        is empty, or marked as a teaser and not long. A short text of whole sentences with
        no mark may be a whole short post, so it is kept when its page cannot be had."""
        return self.words == 0 or (self.marked and self.words < FULL_ARTICLE_WORDS)


def _blocks(html_or_text: str) -> list[str]:
    """The text's paragraphs (block boundaries kept), entities decoded."""
    if "<" not in html_or_text:
        return [html_to_plain(line) for line in html_or_text.split("\n") if line.strip()]
    tree = parse_html(html_or_text)
    if tree is None:
        return [html_to_plain(html_or_text)]
    for el in list(tree.iter("script", "style", "noscript")):
        el.drop_tree()
    for el in tree.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    text = tree.text_content()
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def teaser_signs(html_or_text: str) -> TeaserSigns:
    """Length and teaser marks of a feed item's text (HTML or plain)."""
    blocks = _blocks(html_or_text or "")
    flat = "\n".join(blocks)
    footer = _FOOTER_RE.search(flat)
    if footer:
        # Yoast's footer ends the item's own text; an author bio may follow it.
        flat = flat[: footer.start()].rstrip()
        blocks = flat.split("\n") if flat else []
    words = _WORD_RE.findall(flat)
    marked = bool(_ELLIPSIS_RE.search(flat) or _ANYWHERE_RE.search(flat))
    marked = marked or any(_TAIL_RE.search(block) for block in blocks)
    marked = marked or bool(_TRAILING_ELLIPSIS_RE.search(flat))
    marked = marked or (footer is not None and len(words) < SHORT_WORDS)
    marked = marked or (0 < len(words) < SHORT_WORDS and not _SENTENCE_END_RE.search(flat))
    opening_text = _ANYWHERE_RE.sub(" ", _ELLIPSIS_RE.sub(" ", flat))
    opening = tuple(w.casefold() for w in _WORD_RE.findall(opening_text)[:_OPENING_WORDS])
    return TeaserSigns(words=len(words), marked=marked, opening=opening)


def _shingles(words: list[str] | tuple[str, ...]) -> set[tuple[str, ...]]:
    if len(words) < _SHINGLE:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}


def _title_words(title: str) -> set[str]:
    return {w.casefold() for w in _WORD_RE.findall(title)}


def same_title(item_title: str, page_title: str) -> bool:
    """Whether the page's title names the item (site names around it do not matter)."""
    item, page = _title_words(item_title), _title_words(page_title)
    if not item or not page:
        return False
    return len(item & page) >= _TITLE_SHARE * len(item)


def page_completes(signs: TeaserSigns, item_title: str, page_text: str, page_title: str) -> bool:
    """Whether a page is the longer whole of the item: it holds the item's opening (or the
    same title) and has clearly more words."""
    page_words = [w.casefold() for w in _WORD_RE.findall(page_text)]
    if len(page_words) <= signs.words + max(20, signs.words // 10):
        return False
    if not signs.opening:
        return True
    wanted = _shingles(signs.opening)
    found = len(wanted & _shingles(page_words))
    return found >= _OPENING_SHARE * len(wanted) or same_title(item_title, page_title)
