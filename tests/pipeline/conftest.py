"""In-process builds with the fast fake engine and a fixed clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

from podcastify.models import Article, Episode
from podcastify.pipeline import Builder, BuildResult, Failure, Reporter
from podcastify.settings import Settings
from podcastify.speech import EngineRegistry
from tests.helpers.fake_engine import WordClock
from tests.helpers.feeds import Item, rss

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
FAST = {
    "engine": "wordclock",
    "intro_template": "",
    "outro_template": "",
    "sentence_pause_ms": 50,
    "paragraph_pause_ms": 50,
    "section_pause_ms": 50,
    "bitrate_kbps": 32,
    "sample_rate": 22050,
    "base_url": "https://pods.example.org/show/",
    "title": "Test Show",
}


@dataclass
class Recorder(Reporter):
    """Keeps what a run reported, for assertions."""

    warnings: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    done: list[Episode] = field(default_factory=list)

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def failed(self, failure: Failure) -> None:
        self.failures.append(failure)

    def article_done(self, episode: Episode) -> None:
        self.done.append(episode)


@dataclass
class Podcast:
    """A podcast in a temporary folder, built in-process."""

    root: Path
    engines: EngineRegistry
    settings: Settings
    clock: list[datetime] = field(default_factory=lambda: [NOW])
    spoken: list[str] = field(default_factory=list)

    @property
    def out(self) -> Path:
        return Path(self.settings.publish.out)

    def builder(self, reporter: Reporter | None = None, **changes: object) -> Builder:
        settings = self.settings.with_values(changes) if changes else self.settings
        return Builder(
            settings,
            engines=self.engines,
            clock=lambda: self.clock[0],
            reporter=reporter or Recorder(),
        )

    def build(self, *sources: str, **changes: object) -> BuildResult:
        return self.builder(**changes).run(list(sources))

    def feed(self, items: list[Item], name: str = "feed.xml") -> str:
        path = self.root / name
        path.write_text(rss(items), encoding="utf-8")
        return str(path)

    def published(self) -> dict[str, bytes]:
        """Every file of the output folder and its bytes."""
        return {p.name: p.read_bytes() for p in sorted(self.out.iterdir()) if p.is_file()}


def item(number: int, text: str = "", **changes: object) -> Item:
    values: dict[str, object] = {
        "title": f"Story number {number}",
        "guid": f"story-{number}",
        "html": f"<p>{text or f'This is the text of story {number}, short and plain.'}</p>",
        "link": f"https://example.org/{number}",
        "published": datetime(2025, 5, number, 8, 0, tzinfo=UTC),
    }
    values.update(changes)
    return Item(**values)  # type: ignore[arg-type]


@pytest.fixture
def podcast(tmp_path, engines) -> Podcast:
    spoken: list[str] = []

    class Counting(WordClock):
        def synthesize(self, text: str):  # type: ignore[no-untyped-def]
            spoken.append(text)
            return super().synthesize(text)

    engines.register("wordclock", Counting)
    settings = Settings().with_values({**FAST, "out": str(tmp_path / "out")})
    return Podcast(root=tmp_path, engines=engines, settings=settings, spoken=spoken)


def article_of(number: int) -> Article:
    return Article(guid=f"story-{number}", title=f"Story number {number}")
