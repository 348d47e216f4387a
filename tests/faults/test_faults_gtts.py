"""gTTS against a busy, failing or hung Google (faked at the HTTP layer): waits as told,
backs off, gives up in bounded time, and never publishes half an episode.

tests/e2e/test_gtts_engine.py already shows that 429/5xx are retried and that a run gives
up; these tests measure the waits and bounds, and check the previous feed survives."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from tests.faults.conftest import (
    Project,
    assert_feed_healthy,
    assert_no_podcast,
    day,
    error_lines,
    no_traceback,
)
from tests.helpers.fake_google import FakeGoogle, Reply, start_fake_google
from tests.helpers.feeds import Item, rss
from tests.helpers.web import Site

pytestmark = pytest.mark.faults

FIRST = Item("Kites Fly High", "kites", "<p>Kites fly.</p>", published=day(1))
SECOND = Item("Boats Float Well", "boats", "<p>Boats float. Ships do too.</p>", published=day(2))


class Google:
    """The fake Google, with the time of every request and a switch to stop answering."""

    def __init__(self, fake: FakeGoogle) -> None:
        self.fake = fake
        self.times: list[float] = []
        self.hang = False
        self.released = threading.Event()
        self.retry_after_date_in: float | None = None
        answer = fake.answer

        def timed(body: bytes) -> tuple[int, dict[str, str], bytes]:
            self.times.append(time.monotonic())
            if self.hang:
                self.released.wait(60)
            if self.retry_after_date_in is not None and fake.script:
                when = datetime.now(UTC) + timedelta(seconds=self.retry_after_date_in)
                fake.script[0].headers["Retry-After"] = format_datetime(when, usegmt=True)
            return answer(body)

        fake.answer = timed  # type: ignore[method-assign]

    @property
    def gaps(self) -> list[float]:
        return [b - a for a, b in zip(self.times, self.times[1:], strict=False)]


@pytest.fixture
def google(tmp_path) -> Iterator[Google]:
    fake = start_fake_google(tmp_path)
    wrapped = Google(fake)
    yield wrapped
    wrapped.released.set()
    assert fake.server is not None
    fake.server.shutdown()
    fake.server.server_close()


@pytest.fixture
def gproject(project: Project) -> Project:
    project.write_config(engine="gtts")
    return project


def _build(proj: Project, site: Site, google: Google, *items: Item, timeout: float = 60):
    url = site.add("/feed.xml", rss(list(items)), "application/rss+xml")
    return proj.run("build", url, env=google.fake.env(), timeout=timeout)


def test_429_retry_after_seconds_is_honoured(gproject: Project, site: Site, google: Google, fault):
    fault("gtts: 429 with Retry-After: 2")
    google.fake.script = [Reply(429, {"Retry-After": "2"})]
    result = _build(gproject, site, google, FIRST)
    assert result.returncode == 0, result.stderr
    assert google.gaps[0] >= 2.0 - 0.05, google.gaps
    assert google.gaps[0] < 5, "waited far longer than asked"
    (episode,) = assert_feed_healthy(gproject.out)
    assert episode.guid == "kites"


def test_429_retry_after_http_date_is_honoured(
    gproject: Project, site: Site, google: Google, fault
):
    fault("gtts: 429 with Retry-After as an HTTP date")
    google.fake.script = [Reply(429, {})]
    google.retry_after_date_in = 3  # HTTP dates have whole seconds: at least 2 s from now
    result = _build(gproject, site, google, FIRST)
    assert result.returncode == 0, result.stderr
    assert 1.9 <= google.gaps[0] < 6, google.gaps
    assert len(assert_feed_healthy(gproject.out)) == 1


def test_5xx_is_retried_with_growing_backoff(gproject: Project, site: Site, google: Google, fault):
    fault("gtts: 503 then 502 then success")
    google.fake.script = [Reply(503), Reply(502)]
    result = _build(gproject, site, google, FIRST)
    assert result.returncode == 0, result.stderr
    first, second = google.gaps[:2]
    # Base 1 s with ±50 % jitter, doubled after each failure.
    assert 0.45 <= first <= 3.0, google.gaps
    assert 0.95 <= second <= 5.0, google.gaps
    assert len(assert_feed_healthy(gproject.out)) == 1


def _published_first(proj: Project, site: Site, google: Google) -> bytes:
    first = _build(proj, site, google, FIRST)
    assert first.returncode == 0, first.stderr
    assert len(assert_feed_healthy(proj.out)) == 1
    return (proj.out / "feed.xml").read_bytes()


@pytest.mark.parametrize(
    ("replies", "says"),
    [
        ([Reply(200)] + [Reply(503)] * 200, "giving up"),
        ([Reply(200)] + [Reply(429, {"Retry-After": "3600"})] * 5, "giving up"),
        ([Reply(200), Reply(403)], "403"),
    ],
    ids=["5xx for ever mid-episode", "Retry-After beyond the budget", "403 is not retried"],
)
def test_failing_google_gives_up_in_bounded_time_and_keeps_the_feed(
    gproject: Project, site: Site, google: Google, replies, says, fault, request
):
    fault(f"gtts: {request.node.callspec.id}")
    gproject.write_config(retry_seconds=3)
    _published_first(gproject, site, google)
    before = assert_feed_healthy(gproject.out)
    google.fake.script = list(replies)  # the first sentence works, then Google fails
    result = _build(gproject, site, google, FIRST, SECOND)
    assert result.elapsed < 15, f"took {result.elapsed:.1f} s"
    assert result.returncode == 1, result.stderr
    (line,) = error_lines(result.stderr)
    assert "Boats Float Well" in line and says in line, line
    assert assert_feed_healthy(gproject.out) == before  # no partial episode


def test_google_that_never_answers_is_given_up_on(
    gproject: Project, site: Site, google: Google, fault
):
    fault("gtts: Google accepts and never answers")
    gproject.write_config(retry_seconds=3)
    google.hang = True
    result = _build(gproject, site, google, FIRST, timeout=40)
    assert result.elapsed < 20, f"took {result.elapsed:.1f} s"
    assert result.returncode == 1, result.stderr
    no_traceback(result)
    (line,) = error_lines(result.stderr)
    assert "Kites Fly High" in line and "no answer from Google" in line, line
    assert_no_podcast(gproject.out)
