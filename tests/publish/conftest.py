"""Fixtures for the publish unit tests: a channel and episodes as the state keeps them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from podcastify.models import Chapter, Episode
from podcastify.publish.channel import Channel, podcast_guid
from podcastify.settings import PodcastInfo

BASE = "https://pods.example.net/reading/"


def make_channel(**changes: object) -> Channel:
    """A channel; keyword changes go to the [podcast] settings or to the channel itself."""
    own = {k: changes.pop(k) for k in list(changes) if k in Channel.__dataclass_fields__}
    info = PodcastInfo(
        title="The Reading Room",
        description="Essays read aloud.",
        link="https://reading-room.example/",
        language="en",
        author="Reading Room",
        owner_name="Ada Owner",
        owner_email="owner@example.org",
        category="Society & Culture > Philosophy",
        explicit=False,
        locked=False,
    )
    channel = Channel(
        info=replace(info, **changes),  # type: ignore[arg-type]
        base_url=BASE,
        cover_file="cover.png",
        podcast_guid=podcast_guid(BASE + "feed.xml"),
    )
    return replace(channel, **own)  # type: ignore[arg-type]


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
        filename=f"{stem}.mp3",
        size=500_000 + number,
        duration=131.0,
        chapters=chapters,
        summary=f"Summary of essay {number}: why bridges hum & sing.",
    )
    return replace(episode, **changes)  # type: ignore[arg-type]


@pytest.fixture
def channel() -> Channel:
    return make_channel()


@pytest.fixture
def episodes() -> list[Episode]:
    """Three episodes, newest first, as publish_site receives them."""
    return [make_episode(3), make_episode(2), make_episode(1)]


def transcripts_of(episode: Episode) -> list[str]:
    return [name for name, _ in episode.files.side("transcript")]


def chapters_file_of(episode: Episode) -> str:
    return episode.files.side("chapters")[0][0]
