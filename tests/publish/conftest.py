"""Fixtures for the publish unit tests: a channel and episodes as the state keeps them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from podcastify.models import Chapter, Episode
from podcastify.publish.feed import Channel
from podcastify.publish.podcast_ns import podcast_guid

BASE = "https://pods.example.net/reading/"


def make_channel(**changes: object) -> Channel:
    channel = Channel(
        title="The Reading Room",
        description="Essays read aloud.",
        link="https://reading-room.example/",
        base_url=BASE,
        language="en",
        author="Reading Room",
        owner_name="Ada Owner",
        owner_email="owner@example.org",
        category="Society & Culture > Philosophy",
        explicit=False,
        cover_file="cover.png",
        podcast_guid=podcast_guid(BASE + "feed.xml"),
        locked=False,
    )
    return replace(channel, **changes)  # type: ignore[arg-type]


def make_episode(number: int = 1, **changes: object) -> Episode:
    stem = f"2024-03-{number:02d}-essay-{number}"
    chapters = (
        Chapter("Introduction", 0.0, 8.4),
        Chapter("Vortices, Not Ghosts", 8.4, 61.6),
        Chapter("Listening for Trouble", 61.6, 125.2),
        Chapter("Credits", 125.2, 131.0),
    )
    episode = Episode(
        guid=f"essay-{number}",
        title=f"Essay number {number}",
        author="Mara Oyelaran",
        link=f"https://reading-room.example/essays/{number}/",
        published=datetime(2024, 3, number, 9, 30, tzinfo=UTC) + timedelta(minutes=number),
        description=f"Summary of essay {number}.",
        filename=f"{stem}.mp3",
        size=500_000 + number,
        duration=131.0,
        chapters=chapters,
        transcripts=(f"{stem}.vtt", f"{stem}.srt", f"{stem}.transcript.json"),
        chapters_file=f"{stem}.chapters.json",
        summary=f"Summary of essay {number}: why bridges hum & sing.",
        source_title="The Reading Room",
    )
    return replace(episode, **changes)  # type: ignore[arg-type]


@pytest.fixture
def channel() -> Channel:
    return make_channel()


@pytest.fixture
def episodes() -> list[Episode]:
    """Three episodes, newest first, as publish_site receives them."""
    return [make_episode(3), make_episode(2), make_episode(1)]
