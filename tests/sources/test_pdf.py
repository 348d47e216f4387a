"""PDF sources: real files from LibreOffice, Chromium and pdfTeX read as a reader reads them.

Every ``tests/fixtures/pdf/*.expect.toml`` is a case (a new PDF is a new file pair, not new
code): the narration holds the headings as sections and the paragraphs in reading order,
and nothing else: no running header, footer, page number or footnote.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from podcastify.errors import SourceError
from podcastify.models import BlockKind
from podcastify.script import article_blocks
from podcastify.script.speak import normalize_for_speech
from podcastify.sources import FetchLimits, read_source
from podcastify.sources.pdf import _pdf_date
from podcastify.sources.pdf_layout import (
    Piece,
    TextLine,
    _is_skipped_section,
    _join_lines,
    drop_furniture,
    is_page_number,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pdf"
CASES = sorted(FIXTURES.glob("*.expect.toml"))
BULLET = "• "
"""An expected paragraph starting with this is a list item."""


def _expect(case: Path) -> dict:
    return tomllib.loads(case.read_text(encoding="utf-8"))


def _pdf(case: Path) -> Path:
    return case.with_name(case.name.removesuffix(".expect.toml") + ".pdf")


def _same(text: str) -> str:
    """Typography aside (curly quotes, spacing), the same words."""
    return " ".join(text.replace("’", "'").replace("‘", "'").split())


def _squash(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _article(case: Path):
    (article,) = read_source(str(_pdf(case)), FetchLimits(), print)
    return article


@pytest.fixture(scope="module", params=CASES, ids=lambda case: _pdf(case).name)
def case(request):
    return request.param


@pytest.fixture(scope="module")
def narration(case, tmp_path_factory):
    """`podcastify script FILE` through the real command line."""
    from tests.conftest import run_podcastify

    result = run_podcastify("script", str(_pdf(case)), cwd=tmp_path_factory.mktemp("pdf"))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def test_the_text_is_exactly_what_a_reader_reads(case):
    """Headings and paragraphs in order, hyphenated words whole, nothing else at all."""
    expect = _expect(case)
    wanted = []
    for section in expect["sections"]:
        wanted.append((BlockKind.HEADING, section["heading"]))
        for paragraph in section["paragraphs"]:
            if paragraph.startswith(BULLET):
                wanted.append((BlockKind.LIST_ITEM, paragraph.removeprefix(BULLET)))
            else:
                wanted.append((BlockKind.PARAGRAPH, paragraph))
    blocks = article_blocks(_article(case))
    got = [(block.kind, _same(block.text)) for block in blocks]
    assert got == [(kind, _same(text)) for kind, text in wanted]


def test_metadata_title_author_and_date(case):
    expect = _expect(case)
    article = _article(case)
    assert article.title == expect["title"]
    assert article.author == expect["author"]
    assert article.published is not None and article.published.tzinfo is not None
    if expect["date"]:
        assert article.published.date() == date.fromisoformat(expect["date"])


def test_guid_comes_from_the_file_not_from_where_it_lies(case, tmp_path):
    article = _article(case)
    assert article.guid.startswith("pdf:")
    assert str(FIXTURES) not in article.guid and "/" not in article.guid
    moved = tmp_path / "elsewhere.pdf"
    moved.write_bytes(_pdf(case).read_bytes())
    (again,) = read_source(str(moved), FetchLimits(), print)
    assert again.guid == article.guid


def test_headings_are_sections_and_furniture_is_never_spoken(case, narration):
    expect = _expect(case)
    sections = re.findall(r"^\[(.+)\]$", narration, flags=re.M)
    headings = [_same(section["heading"]) for section in expect["sections"]]
    assert [_same(s) for s in sections] == ["Introduction", *headings, "Credits"]
    spoken = _squash(narration)
    for noise in expect["noise"]:
        assert _squash(noise) not in spoken and _squash(normalize_for_speech(noise)) not in spoken
    # No line of the narration is a bare page number.
    assert not [line for line in narration.splitlines() if is_page_number(line)]


def test_paragraphs_are_spoken_in_reading_order(case, narration):
    """Across columns and pages: each paragraph's opening words after the previous one's."""
    expect = _expect(case)
    spoken = _squash(narration)
    positions = []
    for section in expect["sections"]:
        for paragraph in section["paragraphs"]:
            words = paragraph.removeprefix(BULLET).split()[:6]
            opening = _squash(normalize_for_speech(" ".join(words)))
            assert opening in spoken, paragraph
            positions.append(spoken.index(opening))
    assert positions == sorted(positions)


def test_words_hyphenated_at_line_ends_are_joined(case):
    """Every line-end hyphen the producer set (found in the raw text layer) is undone."""
    from pdfminer.high_level import extract_text

    raw = extract_text(str(_pdf(case)))
    expected = " ".join(p for s in _expect(case)["sections"] for p in s["paragraphs"])

    breaks = re.findall(r"(\w+)[-\u2010\u00ad]\s*\n(\w+)", raw)
    body = " ".join(block.text for block in article_blocks(_article(case)))
    joined = [a + b for a, b in breaks if re.search(rf"\b{a}{b}\b", expected)]
    assert joined or not breaks
    for word in joined:
        assert re.search(rf"\b{word}\b", body), word


def test_two_column_fixtures_are_really_two_columns():
    """The layout the order test relies on: lines side by side in two columns."""
    two = [case for case in CASES if _expect(case)["columns"] == 2]
    assert len(two) >= 2


def test_scanned_pdf_is_one_clear_line():
    with pytest.raises(SourceError) as error:
        read_source(str(FIXTURES / "scanned-page.pdf"), FetchLimits(), print)
    message = str(error.value)
    assert "scanned" in message and "no text layer" in message and "\n" not in message


def test_password_protected_pdf_is_one_clear_line():
    with pytest.raises(SourceError) as error:
        read_source(str(FIXTURES / "encrypted.pdf"), FetchLimits(), print)
    assert "password" in str(error.value) and "\n" not in str(error.value)


def test_a_bad_pdf_does_not_stop_the_others(cli, tmp_path):
    (tmp_path / "truncated.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    (tmp_path / "notes.pdf").write_text("not a PDF at all, only a misnamed text file\n")
    good = FIXTURES / "libreoffice-report.pdf"
    bad = ["truncated.pdf", "notes.pdf", str(FIXTURES / "encrypted.pdf")]
    result = cli("script", *bad, str(good), cwd=tmp_path)
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(bad)
    assert all(any(name in line for line in errors) for name in ("truncated", "notes", "encr"))
    assert "Opening the Doors Earlier" in result.stdout


def test_pdf_served_over_http_is_read_with_its_link(site):
    url = site.add(
        "/reports/library.pdf",
        (FIXTURES / "libreoffice-report.pdf").read_bytes(),
        "application/pdf",
    )
    (article,) = read_source(url, FetchLimits(), print)
    assert article.link == url
    assert article.title == "A Year at the Millbrook Library"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", True),
        ("- 12 -", True),
        ("— 3 —", True),
        ("Page 3 of 9", True),
        ("page 3", True),
        ("3/9", True),
        ("xii", True),
        ("[4]", True),
        ("12 apples", False),
        ("Chapter 3", False),
        ("Introduction", False),
        ("", False),
    ],
)
def test_is_page_number(text, expected):
    assert is_page_number(text) is expected


@pytest.mark.parametrize(
    ("left", "right", "words", "expected"),
    [
        ("the build-", "ings were", set(), "the buildings were"),
        ("stif\u2010", "fening the", set(), "stiffening the"),
        ("recrys\u00ad", "tallisation", set(), "recrystallisation"),
        ("thirty-", "one visitors", {"thirty-one"}, "thirty-one visitors"),
        ("thirty-", "one visitors", {"thirty-one", "thirtyone"}, "thirtyone visitors"),
        ("Anglo-", "Saxon kings", set(), "Anglo-Saxon kings"),
        ("pages 10-", "12 of it", set(), "pages 10-12 of it"),
        ("an end", "and more", set(), "an end and more"),
        ("a dash -", "then more", set(), "a dash - then more"),
    ],
)
def test_join_lines(left, right, words, expected):
    assert _join_lines(left, right, frozenset(words)) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("D:20230502000000Z", "2023-05-02T00:00:00+00:00"),
        ("D:20240314093000+01'00'", "2024-03-14T09:30:00+01:00"),
        ("D:20240314093000-05'30", "2024-03-14T09:30:00-05:30"),
        ("D:2024", "2024-01-01T00:00:00+00:00"),
        ("D:20241399", None),
        ("yesterday", None),
    ],
)
def test_pdf_date(value, expected):
    moment = _pdf_date(value)
    assert (moment.isoformat() if moment else None) == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Contents", True),
        ("Table of Contents", True),
        ("7 References", True),
        ("2.1. Bibliography", True),
        ("Inhaltsverzeichnis", True),
        ("References to the old mill", False),
        ("Introduction", False),
    ],
)
def test_is_skipped_section(heading, expected):
    assert _is_skipped_section(heading) is expected


def _line(text: str, top: float, size: float = 10.0) -> TextLine:
    return TextLine(0, top, top + size, size, False, (Piece(text, 100, 300, False),), 800.0)


def test_a_page_number_is_dropped_on_the_last_line_even_above_the_footer_band():
    body = [_line(f"Line {n} of the body text.", 100 + 14 * n) for n in range(20)]
    lines = [*body, _line("12", 460), _line("7", 690)]
    (kept,) = drop_furniture([lines], 10.0, "")
    assert [line.text for line in kept] == [line.text for line in body] + ["12"]
