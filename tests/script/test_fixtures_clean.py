"""Each article fixture, through its real path, sounds right: content kept, noise gone.

The expectations live beside each fixture in ``<name>.expect.toml`` (``content``,
``noise``, ``headings``), shared with the CLI end-to-end tests.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import feedparser
import pytest

from podcastify.models import Block, BlockKind
from podcastify.script.cleanup import clean_blocks
from podcastify.script.html import html_to_blocks, text_to_blocks
from podcastify.sources.pages import extract_page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def expectations(name: str) -> dict:
    return tomllib.loads((FIXTURES / f"{name}.expect.toml").read_text(encoding="utf-8"))


def _feed(path: Path) -> list[Block]:
    feed = feedparser.parse(path.read_bytes())
    entry = feed.entries[0]
    return clean_blocks(
        html_to_blocks(entry.content[0].value), title=entry.title, author=entry.author
    )


def _page(path: Path) -> list[Block]:
    page = extract_page(path.read_text(encoding="utf-8"), expectations(path.stem)["url"])
    return clean_blocks(html_to_blocks(page.html), title=page.title, author=page.author)


def _text(path: Path) -> list[Block]:
    text = path.read_text(encoding="utf-8")
    return clean_blocks(text_to_blocks(text), title=text.splitlines()[0].removeprefix("# "))


READERS = {".xml": _feed, ".html": _page, ".txt": _text, ".md": _text}
"""How each kind of fixture file reaches the cleaner, as the sources stage reads it."""

PATHS = {
    path.stem: path
    for path in sorted(FIXTURES.iterdir())
    if path.suffix in READERS and (FIXTURES / f"{path.stem}.expect.toml").exists()
}


@pytest.fixture(params=sorted(PATHS), ids=sorted(PATHS))
def fixture(request: pytest.FixtureRequest) -> tuple[dict, list[Block]]:
    path = PATHS[request.param]
    return expectations(request.param), READERS[path.suffix](path)


def spoken(blocks: list[Block]) -> str:
    return "\n".join(b.text for b in blocks)


def test_every_content_phrase_survives(fixture: tuple[dict, list[Block]]) -> None:
    expect, blocks = fixture
    text = spoken(blocks)
    missing = [phrase for phrase in expect["content"] if phrase not in text]
    assert not missing, f"lost content: {missing}\n---\n{text}"


def test_no_noise_phrase_is_spoken(fixture: tuple[dict, list[Block]]) -> None:
    expect, blocks = fixture
    text = spoken(blocks)
    heard = [phrase for phrase in expect["noise"] if phrase in text]
    assert not heard, f"noise left in: {heard}\n---\n{text}"


def test_headings_are_the_section_headings(fixture: tuple[dict, list[Block]]) -> None:
    expect, blocks = fixture
    assert [b.text for b in blocks if b.kind is BlockKind.HEADING] == expect["headings"]


def test_every_block_is_a_clean_single_line(fixture: tuple[dict, list[Block]]) -> None:
    _, blocks = fixture
    assert blocks
    for block in blocks:
        assert block.text == block.text.strip()
        assert "\n" not in block.text and "  " not in block.text
        if block.kind is BlockKind.LIST_ITEM:
            assert block.text[-1] in ".!?:;"


def test_sidecars_are_complete() -> None:
    assert len(PATHS) >= 5, PATHS
    for name in PATHS:
        expect = expectations(name)
        assert expect["content"] and expect["noise"] and expect["headings"], name
        assert set(expect["headings"]) <= set(expect["content"]), name
