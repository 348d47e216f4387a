"""The lines of a PDF's pages become what a reader reads, as structural HTML.

Pure geometry, no PDF parsing (that is :mod:`podcastify.sources.pdf`): lines with their
position, font size and weight go in; out come headings (``h2``–``h4``), paragraphs and list
items in reading order. Page furniture (running headers and footers, page numbers) and
footnotes are left out; a column layout is read column by column; a word hyphenated at a
line end is joined again; footnote marks stay as ``<sup>`` for the script stage to drop.
"""

from __future__ import annotations

import html
import itertools
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from podcastify.patterns import compiled
from podcastify.sources import pdf_words

__all__ = ["Piece", "TextLine", "layout_html", "page_title_lines"]


@dataclass(frozen=True)
class Piece:
    """A run of glyphs without a gap: a word, or part of one."""

    text: str
    x0: float
    x1: float
    space_before: bool = True
    sup: bool = False
    """Raised and smaller than the line: a footnote mark (or an exponent)."""


@dataclass(frozen=True)
class TextLine:
    """One line of text on a page, in top-down page coordinates (points)."""

    page: int
    top: float
    bottom: float
    size: float
    """Font size of most of the line's glyphs."""
    bold: bool
    pieces: tuple[Piece, ...]
    page_height: float

    @property
    def x0(self) -> float:
        return self.pieces[0].x0

    @property
    def x1(self) -> float:
        return self.pieces[-1].x1

    @property
    def text(self) -> str:
        """The line's words, footnote marks left out."""
        return _join(p for p in self.pieces if not p.sup)

    def markup(self) -> str:
        """The line as HTML, footnote marks as ``<sup>``."""
        out: list[str] = []
        for piece in self.pieces:
            if out and piece.space_before:
                out.append(" ")
            text = html.escape(piece.text, quote=False)
            out.append(f"<sup>{text}</sup>" if piece.sup else text)
        return "".join(out)


def _join(pieces: Iterable[Piece]) -> str:
    out: list[str] = []
    for piece in pieces:
        if out and piece.space_before:
            out.append(" ")
        out.append(piece.text)
    return "".join(out)


# --- Page furniture ---------------------------------------------------------------------

FURNITURE_BAND = 0.14
"""Running headers and footers sit in the top or bottom seventh of the page (a book set by
LaTeX puts its running head 11% down)."""
_PAGE_NUMBER = compiled(
    r"^[-–—|(\[\s]*(?:page|p\.|pg\.?|seite|página|pagina)?\s*"
    r"(?:\d{1,4}|(?=[ivxlcdm]+\b)m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
    r"\s*(?:(?:of|/|von|de|sur)\s*\d{1,4})?[-–—|)\]\s]*$",
    re.IGNORECASE,
)
_STAMP = compiled(
    r"^(?:(?:https?|file)://\S+|www\.\S+"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?)$",
    re.IGNORECASE,
)
"""What a browser prints in the margins of a page: the address and the date and time."""


def _furniture_key(text: str) -> str:
    """Running headers repeat with only the page number changing."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def is_page_number(text: str) -> bool:
    """``12``, ``- 12 -``, ``Page 3 of 9``, ``3/9``, ``xii``: a page number and nothing else."""
    return bool(text.strip()) and bool(_PAGE_NUMBER.match(text.strip()))


def _in_band(line: TextLine) -> bool:
    middle = (line.top + line.bottom) / 2
    return middle < line.page_height * FURNITURE_BAND or middle > line.page_height * (
        1 - FURNITURE_BAND
    )


def _parts(line: TextLine) -> list[str]:
    """A header line's separate items: text apart by more than two spaces' width."""
    parts: list[list[Piece]] = [[]]
    for piece in line.pieces:
        if parts[-1] and piece.x0 - parts[-1][-1].x1 > 1.5 * line.size:
            parts.append([])
        parts[-1].append(piece)
    return [_join(part) for part in parts if part]


def _height(line: TextLine) -> int:
    """Where a line sits, coarsely: running heads repeat at the same height on every page."""
    return round(line.top / 6)


def _band_rows(lines: Sequence[TextLine]) -> list[list[TextLine]]:
    """The page's header and footer lines, grouped by the row they sit on."""
    rows: list[list[TextLine]] = []
    for line in sorted((x for x in lines if _in_band(x)), key=lambda x: x.top):
        if rows and abs(rows[-1][0].top - line.top) < 0.5 * line.size:
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def drop_furniture(
    pages: Sequence[Sequence[TextLine]], body: float, title: str
) -> list[list[TextLine]]:
    """Pages without running headers, footers and page numbers.

    A row of the top or bottom band is furniture when one of its items is a page number,
    or (page numbers aside) stands at the same height in the band of another page too, as
    a book's running chapter title does beside a section title that changes, or, on a page
    printed from a
    browser, when it is the address, the print date or the running title. A page number
    alone on the page's first or last line is furniture wherever the margins are.
    """
    seen: Counter[tuple[str, int]] = Counter()
    for lines in pages:
        seen.update(
            {(_furniture_key(part), _height(x)) for x in lines if _in_band(x) for part in _parts(x)}
        )
    title_key = _furniture_key(title)

    def furniture_item(text: str, line: TextLine) -> bool:
        key = _furniture_key(text)
        return (
            is_page_number(text)
            or seen[key, _height(line)] >= 2
            or bool(_STAMP.match(text.strip()))
            or (bool(title_key) and key == title_key)
        )

    kept: list[list[TextLine]] = []
    for lines in pages:
        dropped: set[int] = set()
        for row in _band_rows(lines):
            small = [line for line in row if line.size <= body * 1.1]
            if any(furniture_item(part, line) for line in small for part in _parts(line)):
                dropped.update(id(line) for line in small)
        if lines:
            edges = (min(x.top for x in lines), max(x.top for x in lines))
            dropped.update(
                id(x)
                for x in lines
                if x.top in edges and x.size <= body * 1.1 and is_page_number(x.text)
            )
        kept.append([line for line in lines if id(line) not in dropped])
    return kept


# --- Sizes, footnotes -------------------------------------------------------------------


def body_size(lines: Iterable[TextLine]) -> float:
    """The font size most of the text is set in."""
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size * 2) / 2] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 10.0


SMALL = 0.92
"""Lines smaller than this share of the body size are notes or captions."""


def drop_footnotes(lines: Sequence[TextLine], body: float) -> list[TextLine]:
    """A page without its footnotes: small lines in the lower half with no body text below."""
    regular = [line for line in lines if line.size >= body * SMALL]

    def footnote(line: TextLine) -> bool:
        if line.size >= body * SMALL or line.top < line.page_height / 2:
            return False
        return not any(
            other.top > line.top and other.x0 < line.x1 and other.x1 > line.x0 for other in regular
        )

    return [line for line in lines if not footnote(line)]


# --- Columns and reading order ----------------------------------------------------------


@dataclass(frozen=True)
class _Placed:
    """A line in reading order with the edges of the column it belongs to."""

    line: TextLine
    column: tuple[int, int]
    """(page, column index); index -1 for lines across the whole text width."""
    left: float
    right: float


_NUMBERS_ONLY = compiled(r"^[\d\s.,:;()\[\]–—-]*$")
"""Page numbers of a table of contents, figures in a table: a column of these is no column
of text."""


def _gutters(lines: Sequence[TextLine], body: float) -> list[tuple[float, float]]:
    """Vertical strips of white between columns, which only full-width lines cross.

    Counted over the lines narrower than 60% of the text width: a strip where hardly any
    of them reaches, with plenty of them on either side, is a gutter. A centred line
    crossing it (a by-line under a title) does not hide it; lines of numbers alone (the
    page numbers of a table of contents) make no column.
    """
    if len(lines) < 6:
        return []
    left = int(min(line.x0 for line in lines))
    right = int(max(line.x1 for line in lines)) + 1
    narrow = [
        line
        for line in lines
        if line.x1 - line.x0 < 0.6 * (right - left) and not _NUMBERS_ONLY.match(line.text)
    ]
    if len(narrow) < max(4, 0.4 * len(lines)):
        return []
    cover = [0] * (right - left + 1)
    for line in narrow:
        for x in range(int(line.x0) - left, int(line.x1) - left + 1):
            cover[x] += 1
    allowed = max(1, len(narrow) // 20)
    enough = 0.2 * len(narrow)
    gutters: list[tuple[float, float]] = []
    x = 0
    while x < len(cover):
        if cover[x] > allowed:
            x += 1
            continue
        start = x
        while x < len(cover) and cover[x] <= allowed:
            x += 1
        g0, g1 = left + start, left + x - 1
        if (
            g1 - g0 >= 0.4 * body
            and sum(1 for line in narrow if line.x1 <= g0 + 1) >= enough
            and sum(1 for line in narrow if line.x0 >= g1 - 1) >= enough
        ):
            gutters.append((float(g0), float(g1)))
    return gutters


def _split_at_gutters(line: TextLine, gutters: Sequence[tuple[float, float]]) -> list[TextLine]:
    """A line the PDF library ran across a gutter, cut back into its two columns."""
    parts: list[list[Piece]] = [[]]
    for piece in line.pieces:
        current = parts[-1]
        if current and any(current[-1].x1 <= (g0 + g1) / 2 <= piece.x0 for g0, g1 in gutters):
            parts.append([])
        parts[-1].append(piece)
    return [replace(line, pieces=tuple(p)) for p in parts if p]


def _column_of(line: TextLine, gutters: Sequence[tuple[float, float]]) -> int:
    """Index of the column the line sits in, or -1 when it crosses a gutter."""
    for g0, g1 in gutters:
        if line.x0 < g0 - 1 and line.x1 > g1 + 1:
            return -1
    middle = (line.x0 + line.x1) / 2
    return sum(1 for g0, g1 in gutters if (g0 + g1) / 2 < middle)


def _merge_same_row(lines: list[TextLine]) -> list[TextLine]:
    """Pieces of one line that the PDF library returned apart (wide justified spaces)."""
    rows: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda item: item.top):
        row = rows[-1] if rows else None
        if (
            row
            and abs(row[0].top - line.top) < 0.3 * line.size
            and abs(row[0].size - line.size) < 0.6
        ):
            row.append(line)
        else:
            rows.append([line])
    merged: list[TextLine] = []
    for row in rows:
        row.sort(key=lambda item: item.x0)
        current = row[0]
        for line in row[1:]:
            if line.x0 >= current.x1 - 1 and line.x0 - current.x1 < 3 * line.size:
                first, *rest = line.pieces
                current = replace(
                    current,
                    pieces=(*current.pieces, replace(first, space_before=True), *rest),
                    bold=current.bold and line.bold,
                )
            else:
                merged.append(current)
                current = line
        merged.append(current)
    return merged


def reading_order(page: int, lines: Sequence[TextLine], body: float) -> list[_Placed]:
    """A page's lines as a reader reads them: column by column between full-width lines."""
    if not lines:
        return []
    gutters = _gutters(lines, body)
    pieces = [part for line in lines for part in _split_at_gutters(line, gutters)]
    by_column: dict[int, list[TextLine]] = {}
    for line in pieces:
        by_column.setdefault(_column_of(line, gutters), []).append(line)
    by_column = {index: _merge_same_row(column) for index, column in by_column.items()}
    left_edge = min(line.x0 for line in pieces)
    right_edge = max(line.x1 for line in pieces)
    edges = {
        index: (
            (left_edge, right_edge)
            if index == -1
            else (min(x.x0 for x in column), max(x.x1 for x in column))
        )
        for index, column in by_column.items()
    }
    placed = [
        _Placed(line, (page, index), *edges[index])
        for index, column in by_column.items()
        for line in column
    ]
    placed.sort(key=lambda item: item.line.top)
    ordered: list[_Placed] = []
    band: list[_Placed] = []
    for item in placed:
        if item.column[1] == -1:
            ordered.extend(sorted(band, key=lambda p: (p.column[1], p.line.top, p.line.x0)))
            band = []
            ordered.append(item)
        else:
            band.append(item)
    ordered.extend(sorted(band, key=lambda p: (p.column[1], p.line.top, p.line.x0)))
    return ordered


# --- Title and headings -----------------------------------------------------------------


def _key(text: str) -> str:
    """Text as compared with an outline entry or a title: words only, lower case."""
    return " ".join(re.findall(r"\w+", text.lower()))


def page_title_lines(lines: Sequence[TextLine], body: float) -> list[TextLine]:
    """The first page's title: its largest lines near the top, when they stand out."""
    top_lines = [line for line in lines if line.top < line.page_height * 0.45]
    if not top_lines:
        return []
    largest = max(line.size for line in top_lines)
    if largest < body * 1.25:
        return []
    title = [line for line in top_lines if abs(line.size - largest) < 0.5]
    title.sort(key=lambda line: line.top)
    return title if len(_join(p for line in title for p in line.pieces).split()) <= 30 else []


MAX_HEADING_WORDS = 20
_BOLD_HEADING_WORDS = 12
_TERMINAL = tuple(".!?:;…\"'”’)")
_BULLETS = pdf_words.BULLETS


def _heading_levels(
    ordered: Sequence[_Placed], body: float, outline: Sequence[tuple[int, str]]
) -> dict[int, tuple[int, int]]:
    """Index of each line that starts a heading → its level (1 = top) and its lines.

    The outline (bookmarks) decides when the file has one that matches its text; else a
    size clearly above the body text, or a short bold line standing alone, marks a heading.
    """
    if outline:
        levels = _outline_levels(ordered, outline)
        if len(levels) * 2 >= len(outline):
            return levels
    return _size_levels(ordered, body)


def heading_blocks(ordered: Sequence[_Placed], start: int) -> int:
    """How many lines from ``start`` make up one heading (same size and weight, close)."""
    count = 1
    first = ordered[start].line
    while start + count < len(ordered):
        nxt = ordered[start + count].line
        prev = ordered[start + count - 1].line
        if (
            abs(nxt.size - first.size) > 0.5
            or nxt.bold != first.bold
            or nxt.page != prev.page
            or nxt.top - prev.bottom > 0.8 * first.size
        ):
            break
        count += 1
    return count


_NUMBERING = compiled(
    r"^(?:(?:chapter|part|section|appendix)\s+)?(?:(?:[\divxlc]+|[a-z])\b[.)]?\s*)+"
)


def _heading_key(text: str) -> str:
    """A heading as compared with a bookmark: numbering ("Chapter 2", "3.1") aside."""
    return _NUMBERING.sub("", _key(text)).strip()


def _outline_levels(
    ordered: Sequence[_Placed], outline: Sequence[tuple[int, str]]
) -> dict[int, tuple[int, int]]:
    """Lines that show a bookmark's title. When several do (a table of contents lists it
    too), the one set largest is the heading."""
    wanted: dict[str, int] = {}
    for level, title in outline:
        if key := _heading_key(title):
            wanted.setdefault(key, level)
    top = min(wanted.values(), default=1)
    found: dict[str, tuple[float, int, int]] = {}
    for index in range(len(ordered)):
        for size in (1, 2, 3):
            group = ordered[index : index + size]
            if len(group) < size or len({item.line.page for item in group}) > 1:
                break
            key = _heading_key(" ".join(item.line.text for item in group))
            if key in wanted:
                largest = max(item.line.size for item in group)
                if key not in found or largest > found[key][0]:
                    found[key] = (largest, index, size)
                break
    levels: dict[int, tuple[int, int]] = {}
    taken: set[int] = set()
    for key, (_, index, size) in sorted(found.items(), key=lambda item: item[1][1]):
        lines = set(range(index, index + size))
        if not lines & taken:
            levels[index] = (wanted[key] - top + 1, size)
            taken |= lines
    return levels


def _size_levels(ordered: Sequence[_Placed], body: float) -> dict[int, tuple[int, int]]:
    found: dict[int, float] = {}
    bold_only: list[int] = []
    index = 0
    while index < len(ordered):
        line = ordered[index].line
        count = heading_blocks(ordered, index)
        words = sum(len(ordered[i].line.text.split()) for i in range(index, index + count))
        last_text = ordered[index + count - 1].line.text.rstrip()
        if line.size >= body * 1.12 and words <= MAX_HEADING_WORDS:
            found[index] = round(line.size * 2) / 2
        elif (
            line.bold
            and abs(line.size - body) < body * 0.12
            and words <= _BOLD_HEADING_WORDS
            and not last_text.endswith(tuple(".,;:"))
            and line.text[:1].isupper()
            and _stands_alone(ordered, index, count)
        ):
            bold_only.append(index)
        index += count
    sizes = sorted(set(found.values()), reverse=True)
    levels = {
        index: (min(sizes.index(size) + 1, 3), heading_blocks(ordered, index))
        for index, size in found.items()
    }
    levels.update(
        {index: (min(len(sizes) + 1, 3), heading_blocks(ordered, index)) for index in bold_only}
    )
    return levels


def _stands_alone(ordered: Sequence[_Placed], index: int, count: int) -> bool:
    """A bold line is a heading only between paragraphs, with regular text after it."""
    before = ordered[index - 1].line if index else None
    after = ordered[index + count].line if index + count < len(ordered) else None
    if after is None or after.bold:
        return False
    return before is None or before.text.rstrip().endswith(_TERMINAL) or before.bold


# --- Paragraphs -------------------------------------------------------------------------


def _starts_item(line: TextLine) -> bool:
    return line.text[:1] in _BULLETS and line.text[1:2] == " "


def _pitch_ratio(ordered: Sequence[_Placed]) -> float:
    """Typical distance from one line to the next, as a share of the font size."""
    ratios = [
        (b.line.top - a.line.top) / b.line.size
        for a, b in itertools.pairwise(ordered)
        if a.column == b.column and abs(a.line.size - b.line.size) < 0.5 and b.line.top > a.line.top
    ]
    return statistics.median(ratios) if ratios else 1.2


def _indented(item: _Placed) -> bool:
    offset = item.line.x0 - item.left
    return 0.6 * item.line.size < offset < 4 * item.line.size


def _continues(prev: _Placed, cur: _Placed, pitch: float, item_x0: float | None) -> bool:
    """Whether ``cur`` carries on the paragraph (or list item) that ``prev`` is in."""
    a, b = prev.line, cur.line
    if _starts_item(b) or abs(a.size - b.size) > 0.6:
        return False
    if prev.column != cur.column:
        # A new column or page: a sentence left open goes on; a closed one goes on only
        # when its line is set full to the right edge, as inside a justified paragraph.
        if not a.text.rstrip().endswith(_TERMINAL):
            return not _starts_item(b)
        return a.x1 >= prev.right - 1 and not _indented(cur)
    if b.top - a.top > pitch * b.size * 1.4 or b.top <= a.top - b.size:
        return False
    if item_x0 is not None:
        return b.x0 >= item_x0 - 1.5
    if _indented(cur) and not _indented(prev):
        return False
    short = a.x1 < prev.right - 0.15 * (prev.right - prev.left)
    if short and _indented(prev) and abs(a.x0 - b.x0) < 1 and b.text[:1].isupper():
        return False  # short indented lines one under the other: a list drawn without glyphs
    return not (short and a.text.rstrip().endswith(_TERMINAL))


_HYPHENS = ("-", "\u2010", "\u00ad")
_WORD_END = compiled(r"(\w+)[-\u2010\u00ad]$")
_WORD_START = compiled(r"^(\w+)")


def _join_lines(left: str, right: str, words: frozenset[str]) -> str:
    """Two lines of one paragraph; a word hyphenated across them is joined.

    The hyphen stays when the file spells the compound with a hyphen elsewhere and never
    without, or when the next line starts with a capital or a digit (``Anglo-Saxon``).
    """
    end = _WORD_END.search(left)
    start = _WORD_START.match(right)
    if not end or not start:
        return f"{left} {right}"
    first, second = end.group(1).lower(), start.group(1).lower()
    keep = (
        right[:1].isupper()
        or right[:1].isdigit()
        or end.group(1)[-1:].isdigit()
        or (f"{first}-{second}" in words and f"{first}{second}" not in words)
    )
    if keep:
        return left[:-1] + "-" + right
    return left[:-1] + right


def _word_forms(lines: Iterable[TextLine]) -> frozenset[str]:
    """Every word in the file, as spelt within a line (with any hyphens it has)."""
    return frozenset(
        word.strip(".,;:!?\"'()[]“”‘’").lower() for line in lines for word in line.text.split()
    )


@dataclass
class _Block:
    tag: str
    """``p``, ``li`` or ``h2``–``h4``."""
    markup: str
    plain: str


def _blocks(
    ordered: Sequence[_Placed], levels: dict[int, tuple[int, int]], words: frozenset[str]
) -> list[_Block]:
    pitch = _pitch_ratio(ordered)
    blocks: list[_Block] = []
    index = 0
    open_block: _Block | None = None
    item_x0: float | None = None
    skipping = False
    while index < len(ordered):
        cur = ordered[index]
        if index in levels:
            level, count = levels[index]
            text = " ".join(ordered[i].line.text for i in range(index, index + count))
            skipping = _is_skipped_section(text)
            if not skipping:
                level = min(level, 3)
                blocks.append(_Block(f"h{level + 1}", html.escape(text, quote=False), text))
            open_block, item_x0 = None, None
            index += count
            continue
        if skipping:
            index += 1
            continue
        line = cur.line
        markup, plain = line.markup(), line.text
        prev = ordered[index - 1] if index else None
        if _is_skipped_section(plain) and (
            open_block is None or not _continues(prev, cur, pitch, item_x0)
        ):
            skipping, open_block = True, None  # "Contents" set as a line, not as a heading
            index += 1
            continue
        if open_block is not None and prev is not None and _continues(prev, cur, pitch, item_x0):
            open_block.markup = _join_lines(open_block.markup, markup, words)
            open_block.plain = _join_lines(open_block.plain, plain, words)
        else:
            tag = "p"
            if _starts_item(line):
                tag = "li"
                markup, plain = markup[2:], plain[2:]
                item_x0 = line.pieces[1].x0 if len(line.pieces) > 1 else line.x0
            else:
                item_x0 = None
            open_block = _Block(tag, markup, plain)
            blocks.append(open_block)
        index += 1
    return blocks


_SECTION_NUMBER = compiled(r"^(?:[\dIVXivx]+[.)]?)+\s+")


def _is_skipped_section(heading: str) -> bool:
    """Contents, references, bibliography: apparatus, not text to listen to."""
    name = _SECTION_NUMBER.sub("", " ".join(heading.lower().split())).strip(" .:")
    return name in pdf_words.SKIPPED_SECTIONS


def _render(blocks: Sequence[_Block]) -> str:
    out: list[str] = []
    in_list = False
    for block in blocks:
        if (block.tag == "li") != in_list:
            out.append("<ul>" if not in_list else "</ul>")
            in_list = not in_list
        out.append(f"<{block.tag}>{block.markup}</{block.tag}>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def layout_html(
    pages: Sequence[Sequence[TextLine]], title: str, outline: Sequence[tuple[int, str]]
) -> tuple[str, str]:
    """The document's body as structural HTML, and its title as the first page shows it.

    ``title`` is the title the file's metadata gives (may be empty); the lines that show
    it on the first page are not repeated in the body.
    """
    all_lines = [line for lines in pages for line in lines]
    body = body_size(all_lines)
    pages = drop_furniture(pages, body, title)
    pages = [drop_footnotes(lines, body) for lines in pages]
    first = next((lines for lines in pages if lines), [])
    shown = page_title_lines(first, body)
    shown_title = " ".join(line.text for line in shown)
    title_key = _key(title)
    if title_key and _key(shown_title) != title_key:
        shown = [line for line in first if _key(line.text) == title_key] or shown
    hidden = {id(line) for line in shown}
    ordered = [
        item
        for number, lines in enumerate(pages)
        for item in reading_order(number, [x for x in lines if id(x) not in hidden], body)
    ]
    titles = {title_key, _key(shown_title)} - {""}
    outline = [(level, text) for level, text in outline if _key(text) not in titles]
    levels = _heading_levels(ordered, body, outline)
    words = _word_forms(all_lines)
    return _render(_blocks(ordered, levels, words)), shown_title
