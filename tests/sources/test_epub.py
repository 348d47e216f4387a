"""EPUB sources: each chapter a section (and so a chapter marker) in spine order; the cover,
title page, contents, notes, images and tables are not read; DRM is one line.

One book is LibreOffice's own EPUB export (``tests/fixtures/epub``); the others are written
here with the real EPUB structure (``tests/helpers/epub.py``).
"""

from __future__ import annotations

import re
import tomllib
import zipfile
from pathlib import Path

import pytest

from podcastify.errors import SourceError
from podcastify.models import BlockKind
from podcastify.script import article_blocks
from podcastify.sources import FetchLimits, read_source
from tests.helpers.epub import Book, Page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "epub"

KEEPER = (
    "<h1>The Keeper's Morning</h1>"
    "<p>The keeper climbed the hundred and twelve steps before dawn to trim the wick and "
    "polish the great lens until it held the grey light of the sea.</p>"
    "<p>Breakfast waited until the lamp was out and the log was written.</p>"
)
WEATHER = (
    "<section><h1>Weather Written Down</h1>"
    "<p>Every four hours the keeper copied the barometer, the wind and the state of the sea "
    'into a ledger.<a epub:type="noteref" href="notes.xhtml#n1"><sup>1</sup></a> Over forty '
    "years the ledgers became the longest weather record on that coast.</p>"
    '<figure><img src="../images/log.jpg" alt="A ledger page"/>'
    "<figcaption>A page of the keeper's ledger, eighteen ninety.</figcaption></figure>"
    "<table><tr><td>Barometer falling</td><td>Wind north east</td></tr></table>"
    "<h2>The Storm of October</h2>"
    "<p>The worst night in the ledgers is written in a steady hand, though the spray reached "
    'the gallery.<aside epub:type="footnote" id="n2"><p>The gallery is forty metres above '
    "the rocks.</p></aside></p></section>"
)
LEAVING = (
    "<h1>Leaving the Rock</h1>"
    "<p>When the light was automated the last keeper packed the ledgers into tea chests and "
    "rowed them ashore.</p>"
    "<blockquote><p>A light needs no keeper now, but the sea still needs watching.</p>"
    "</blockquote>"
)
NAV = (
    '<nav epub:type="toc"><h1>Contents</h1><ol>'
    '<li><a href="part-c.xhtml">The Keeper\'s Morning</a></li>'
    '<li><a href="part-a.xhtml">Weather Written Down</a></li>'
    '<li><a href="part-b.xhtml">Leaving the Rock</a></li></ol></nav>'
    '<nav epub:type="landmarks"><ol><li><a epub:type="cover" href="cover.xhtml">Cover</a>'
    "</li></ol></nav>"
)


def lighthouse(**changes) -> Book:
    """An EPUB 3 book: cover, title page and contents in the spine, notes out of line,
    chapters in files whose names are not in reading order."""
    book = Book(
        pages=[
            Page("part-a.xhtml", WEATHER),
            Page(
                "notes.xhtml",
                '<p id="n1">1. The ledgers are now held by the county archive.</p>',
                linear=False,
                body_type="endnotes",
            ),
            Page("cover.xhtml", '<img src="../images/cover.jpg" alt="Cover"/>', body_type="cover"),
            Page("part-b.xhtml", LEAVING),
            Page("title.xhtml", "<h1>Letters from the Lighthouse</h1><p>Ada Brennan</p>"),
            Page("nav.xhtml", NAV, properties="nav"),
            Page("part-c.xhtml", KEEPER),
        ],
        spine_order=[
            "cover.xhtml",
            "title.xhtml",
            "nav.xhtml",
            "part-c.xhtml",
            "part-a.xhtml",
            "part-b.xhtml",
            "notes.xhtml",
        ],
    )
    for key, value in changes.items():
        setattr(book, key, value)
    return book


def _script(cli, tmp_path, *sources: str):
    return cli("script", *sources, cwd=tmp_path)


def _sections(script: str) -> list[str]:
    return re.findall(r"^\[(.+)\]$", script, flags=re.M)


def test_chapters_are_sections_in_spine_order(cli, tmp_path):
    lighthouse().write(tmp_path / "lighthouse.epub")
    result = _script(cli, tmp_path, "lighthouse.epub")
    assert result.returncode == 0, result.stderr
    assert _sections(result.stdout) == [
        "Introduction",
        "The Keeper's Morning",
        "Weather Written Down",
        "The Storm of October",
        "Leaving the Rock",
        "Credits",
    ]
    spoken = result.stdout
    order = ["hundred and twelve steps", "Every four hours", "steady hand", "tea chests"]
    assert [spoken.index(p) for p in order] == sorted(spoken.index(p) for p in order)
    assert "the sea still needs watching" in spoken


def test_cover_contents_notes_images_and_tables_are_not_read(cli, tmp_path):
    lighthouse().write(tmp_path / "lighthouse.epub")
    spoken = _script(cli, tmp_path, "lighthouse.epub").stdout
    body = spoken.split("[The Keeper's Morning]", 1)[1].rsplit("[Credits]", 1)[0]
    for noise in (
        "Contents",
        "county archive",
        "forty metres above",
        "ledger page",
        "page of the keeper's ledger",
        "Barometer falling",
        "Cover",
        "Ada Brennan",
    ):
        assert noise.lower() not in body.lower(), noise
    assert not re.search(r"ledger\. ?1|ledger 1\b|\bone\. Over", body)


def test_metadata_and_guid_from_the_package(tmp_path):
    path = lighthouse(creators=("Ada Brennan", "Tom Quayle")).write(tmp_path / "a.epub")
    (article,) = read_source(str(path), FetchLimits(), print)
    assert article.title == "Letters from the Lighthouse"
    assert article.author == "Ada Brennan and Tom Quayle"
    assert article.published is not None and article.published.date().isoformat() == "2022-09-14"
    assert article.language == "en"
    assert article.guid == "epub:urn:uuid:3f1c2a9e-52b4-4d3b-9a77-1f2e3d4c5b6a"
    assert str(tmp_path) not in article.guid


def test_without_an_identifier_the_guid_is_a_hash_of_the_text(tmp_path):
    first = lighthouse(identifier="").write(tmp_path / "a.epub")
    second = lighthouse(identifier="").write(tmp_path / "b.epub")
    (a,) = read_source(str(first), FetchLimits(), print)
    (b,) = read_source(str(second), FetchLimits(), print)
    assert a.guid == b.guid and a.guid.startswith("epub:sha256:")


def test_epub2_titles_from_the_ncx_and_a_contents_page_is_skipped(tmp_path):
    links = "".join(f'<p><a href="ch{n}.xhtml">Part {n}</a></p>' for n in (1, 2, 3))
    book = Book(
        version="2.0",
        pages=[
            Page("toc.xhtml", f"<h1>Contents</h1>{links}"),
            Page("list.xhtml", links),
            Page("ch1.xhtml", "<p>The first letter describes the crossing in a small boat.</p>"),
            Page("ch2.xhtml", "<p>The second letter is about the gulls on the gallery rail.</p>"),
            Page("ch3.xhtml", "<p>Part 3</p><p>The third letter says goodbye to the rock.</p>"),
        ],
        ncx=[("Part 1", "ch1.xhtml"), ("Part 2", "ch2.xhtml"), ("Part 3", "ch3.xhtml")],
        guide=[("toc", "toc.xhtml")],
    )
    (article,) = read_source(str(book.write(tmp_path / "old.epub")), FetchLimits(), print)
    blocks = article_blocks(article)
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.HEADING, "Part 1"),
        (BlockKind.PARAGRAPH, "The first letter describes the crossing in a small boat."),
        (BlockKind.HEADING, "Part 2"),
        (BlockKind.PARAGRAPH, "The second letter is about the gulls on the gallery rail."),
        (BlockKind.HEADING, "Part 3"),
        (BlockKind.PARAGRAPH, "The third letter says goodbye to the rock."),
    ]


def test_libreoffice_export_reads_as_its_chapters():
    """A real producer's EPUB: title page first, headings as styled paragraphs, asides."""
    expect = tomllib.loads((FIXTURES / "libreoffice-report.expect.toml").read_text())
    (article,) = read_source(str(FIXTURES / "libreoffice-report.epub"), FetchLimits(), print)
    assert (article.title, article.author) == (expect["title"], expect["author"])
    wanted = []
    for chapter in expect["chapters"]:
        wanted.append((BlockKind.HEADING, chapter["heading"]))
        wanted += [(BlockKind.PARAGRAPH, p) for p in chapter["paragraphs"]]
    assert [(b.kind, b.text) for b in article_blocks(article)] == wanted
    text = " ".join(b.text for b in article_blocks(article))
    assert not [noise for noise in expect["noise"] if noise in text]


ENCRYPTED_CHAPTER = b"""<?xml version="1.0"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
 xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>
<enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
<enc:CipherData><enc:CipherReference URI="OEBPS/text/part-c.xhtml"/></enc:CipherData>
</enc:EncryptedData></encryption>"""
OBFUSCATED_FONT = ENCRYPTED_CHAPTER.replace(
    b"http://www.w3.org/2001/04/xmlenc#aes128-cbc", b"http://www.idpf.org/2008/embedding"
).replace(b"OEBPS/text/part-c.xhtml", b"OEBPS/fonts/serif.otf")


@pytest.mark.parametrize(
    "extra",
    [
        {"META-INF/encryption.xml": ENCRYPTED_CHAPTER},
        {"META-INF/rights.xml": b"<rights/>"},
    ],
    ids=["encrypted-chapters", "adobe-rights"],
)
def test_drm_is_one_line_and_other_sources_still_read(cli, tmp_path, extra):
    lighthouse(extra=extra).write(tmp_path / "locked.epub")
    lighthouse(identifier="urn:uuid:other").write(tmp_path / "open.epub")
    result = _script(cli, tmp_path, "locked.epub", "open.epub")
    assert result.returncode == 3
    errors = [line for line in result.stderr.splitlines() if "locked.epub" in line]
    assert len(errors) == 1 and "DRM" in errors[0]
    assert "Traceback" not in result.stderr
    assert "[Leaving the Rock]" in result.stdout


def test_obfuscated_fonts_are_not_drm(tmp_path):
    book = lighthouse(
        extra={"META-INF/encryption.xml": OBFUSCATED_FONT, "OEBPS/fonts/serif.otf": b"\x00" * 64}
    )
    (article,) = read_source(str(book.write(tmp_path / "fonts.epub")), FetchLimits(), print)
    assert "tea chests" in article.html


def _broken(tmp_path: Path, name: str) -> Path:
    good = lighthouse().write(tmp_path / "good.epub").read_bytes()
    path = tmp_path / name
    if name == "truncated.epub":
        path.write_bytes(good[: len(good) // 2])
    elif name == "not-a-zip.epub":
        path.write_text("an e-book that is only text\n")
    elif name == "no-container.epub":
        with zipfile.ZipFile(path, "w") as book:
            book.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
    elif name == "entities.epub":
        with zipfile.ZipFile(tmp_path / "good.epub") as src, zipfile.ZipFile(path, "w") as out:
            for info in src.infolist():
                data = src.read(info)
                if info.filename.endswith(".opf"):
                    data = b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY e "x">]>' + data[38:]
                out.writestr(info, data)
    return path


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("truncated.epub", "damaged"),
        ("not-a-zip.epub", "damaged"),
        ("no-container.epub", "container.xml"),
        ("entities.epub", "refusing"),
    ],
)
def test_broken_epub_is_one_line(tmp_path, name, says):
    with pytest.raises(SourceError) as error:
        read_source(str(_broken(tmp_path, name)), FetchLimits(), print)
    assert says in str(error.value) and "\n" not in str(error.value)


def test_an_entry_that_inflates_too_far_is_refused(tmp_path, monkeypatch):
    import podcastify.sources.epub as epub

    monkeypatch.setattr(epub, "MAX_ENTRY_BYTES", 200)
    path = lighthouse().write(tmp_path / "big.epub")
    with pytest.raises(SourceError, match="inflates"):
        read_source(str(path), FetchLimits(), print)


def test_a_misnamed_epub_is_recognised_by_its_content(tmp_path):
    path = lighthouse().write(tmp_path / "book.download")
    (article,) = read_source(str(path), FetchLimits(), print)
    assert article.title == "Letters from the Lighthouse"
