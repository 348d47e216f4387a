"""A small EPUB built into an episode with real Piper: its chapters are the MP3's chapters."""

from __future__ import annotations

import feedparser
import pytest
from mutagen.id3 import ID3, CTOCFlags

from tests.faults.conftest import FAST_CONFIG, _toml_value
from tests.helpers.epub import Book, Page

pytestmark = pytest.mark.e2e


def _config() -> str:
    lines: list[str] = []
    for table, values in FAST_CONFIG.items():
        lines.append(f"[{table}]")
        lines += [f"{key} = {_toml_value(value)}" for key, value in values.items()]
    return "\n".join(lines) + "\n"


OUT = next(values["out"] for values in FAST_CONFIG.values() if "out" in values)


def test_epub_chapters_become_id3_chapters(cli, tmp_path):
    book = Book(
        title="Two Short Letters",
        pages=[
            Page("one.xhtml", "<h1>The First Letter</h1><p>The tide was high at noon.</p>"),
            Page("two.xhtml", "<h1>The Second Letter</h1><p>The gulls came back.</p>"),
        ],
    )
    book.write(tmp_path / "letters.epub")
    (tmp_path / "podcastify.toml").write_text(_config(), encoding="utf-8")
    result = cli("build", "letters.epub", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (mp3,) = (tmp_path / OUT).glob("*.mp3")
    tags = ID3(mp3)
    (toc,) = tags.getall("CTOC")
    assert toc.flags & CTOCFlags.TOP_LEVEL and toc.flags & CTOCFlags.ORDERED
    chapters = {chap.element_id: chap for chap in tags.getall("CHAP")}
    titles = [str(chapters[i].sub_frames["TIT2"]) for i in toc.child_element_ids]
    assert titles == ["The First Letter", "The Second Letter"]
    starts = [chapters[i].start_time for i in toc.child_element_ids]
    assert starts[0] == 0 and starts[1] > 0
    feed = feedparser.parse((tmp_path / OUT / "feed.xml").read_bytes())
    (entry,) = feed.entries
    assert entry.title == "Two Short Letters"
    assert entry.id.startswith("epub:") and str(tmp_path) not in entry.id
