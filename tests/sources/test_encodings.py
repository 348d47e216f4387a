"""Every feed feedparser can read is read, whatever its encoding; a feed whose text would be
mis-decoded is refused in one line instead of being narrated as mojibake."""

from __future__ import annotations

from pathlib import Path

import pytest

from podcastify.config import Settings
from podcastify.errors import SourceError
from podcastify.pipeline import Reporter, scripts_for
from podcastify.sources import FetchLimits, read_source

ENCODINGS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds" / "encodings"
TITLES = {
    "fr": "Le café de la place",
    "ru": "Москва утром",
    "zh": "北京的早晨",
    "tw": "臺北的早晨",
    "ko": "서울의 아침",
    "ja": "東京の朝",
}
READ = sorted(ENCODINGS.glob("ok-*.xml"))
REFUSED = sorted(ENCODINGS.glob("refused-*.xml"))


@pytest.mark.parametrize("path", READ, ids=lambda p: p.stem)
def test_feed_in_any_encoding_is_read(path: Path) -> None:
    (article,) = read_source(str(path), FetchLimits(), print)
    language = path.stem.split("-")[1]
    assert article.title == TITLES[language]
    assert article.source_title == TITLES[language]


@pytest.mark.parametrize("path", REFUSED, ids=lambda p: p.stem)
def test_mis_decoded_feed_is_refused_in_one_line(path: Path) -> None:
    with pytest.raises(SourceError, match="encoding") as caught:
        read_source(str(path), FetchLimits(), print)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 300


def test_fixtures_cover_both_verdicts() -> None:
    assert len(READ) >= 10 and len(REFUSED) >= 5


def test_one_unreadable_feed_does_not_stop_the_others() -> None:
    bad, good = REFUSED[0], ENCODINGS / "ok-zh-gb2312.xml"
    scripts, failed = scripts_for([str(bad), str(good)], Settings(), Reporter())
    assert [article.title for article, _ in scripts] == [TITLES["zh"]]
    (failure,) = failed
    assert bad.name in str(failure) and "\n" not in str(failure)
