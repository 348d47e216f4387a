"""On every article fixture: no sentence is cut, and every pause the writer marked
(comma, semicolon, colon, dash, parenthesis) is still a pause in what the engine receives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from podcastify.script import ScriptStyle, article_blocks, build_script
from podcastify.script.sentences import segment, split_sentences
from podcastify.sources import read_source
from podcastify.sources.fetch import FetchLimits

FIXTURES = sorted(
    p
    for p in (Path(__file__).resolve().parents[1] / "fixtures" / "articles").iterdir()
    if not p.name.endswith(".toml")
)

# A written pause: a run of marks between words. Digits around , or : (1,000 and 2:30) and
# a hyphen or en dash inside a word or range (well-known, 10–20) are not pauses.
_WRITTEN_PAUSE = re.compile(
    r"(?<=\w)[\"'”’]?(?:\s*(?:(?<!\d)[,:](?!\d)|[;—()\[\]]|\s[–-]\s|(?<=\w)–(?=[A-Za-z])))+"
    r"(?=.*\w)"
)
_SPOKEN_PAUSE = re.compile(r"[,;:]+(?=.*\w)")


def _articles(path: Path):
    return read_source(str(path), FetchLimits(), lambda _message: None)


def written_pauses(sentence: str) -> int:
    return len(_WRITTEN_PAUSE.findall(sentence))


def spoken_pauses(sentence: str) -> int:
    return len(_SPOKEN_PAUSE.findall(sentence))


@pytest.mark.parametrize(
    ("written", "pauses"),
    [
        ("Such as ventilators, leaving it to states.", 1),
        ("A new kind of challenge; an authoritarian regime.", 1),
        ('He said: "We will win."', 1),
        ("The firm (founded in 1990) grew.", 2),
        ("It rained (a lot).", 1),
        ("He paused — then left.", 1),
        ("It cost 1,000 dollars at 2:30 in a well-known shop, 10–20 days.", 1),
    ],
)
def test_pause_counter(written: str, pauses: int) -> None:
    assert written_pauses(written) == pauses


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_no_fixture_sentence_is_cut(path: Path) -> None:
    for article in _articles(path):
        for block in article_blocks(article):
            assert split_sentences(block.text) == segment(block.text)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_every_written_pause_reaches_the_engine(path: Path) -> None:
    checked = 0
    for article in _articles(path):
        script = build_script(article, ScriptStyle())
        for written, spoken in zip(script.written_sentences(), script.sentences(), strict=True):
            assert spoken_pauses(spoken) >= written_pauses(written), (written, spoken)
            for mark in ";:":
                assert spoken.count(mark) >= len(re.findall(rf"(?<!\d){mark}(?!\d)", written))
            checked += written_pauses(written)
    assert checked, f"{path.name} has no pause marks to check"
