"""Where a podcast is published and what it holds, read without building anything.

`podcastify list` and `url` ask here, and so does the pipeline, so that a private
podcast's secret folder is found one way. Nothing heavy is imported: these commands start
fast.
"""

from __future__ import annotations

from pathlib import Path

from podcastify.config import state_dir as default_state_dir
from podcastify.errors import PodcastifyError, PublishError
from podcastify.models import Episode
from podcastify.publish import FEED_FILENAME
from podcastify.publish.readback import read_published
from podcastify.settings import Settings
from podcastify.state import read_episodes, read_meta

TOKEN_KEY = "private_token"
TOKEN_BYTES = 18
"""144 random bits in the private folder's name: unguessable, and URL-safe."""


def private_folder(root: Path) -> str:
    """The one folder in ``root`` holding a feed podcastify wrote, or "" if not exactly one."""
    if not root.is_dir():
        return ""
    found = [
        child.name
        for child in root.iterdir()
        if child.is_dir() and not child.name.startswith(".") and (child / FEED_FILENAME).is_file()
    ]
    return found[0] if len(found) == 1 else ""


def _private_token(settings: Settings, state_dir: Path | None) -> str:
    """The secret folder name of a private podcast ("" before its first build)."""
    folder = state_dir or default_state_dir(settings)
    return read_meta(folder, TOKEN_KEY) or private_folder(Path(settings.publish.out))


def site_folder(settings: Settings, state_dir: Path | None = None) -> Path:
    """The folder feed.xml and the episodes are in: ``out``, or its secret folder."""
    out = Path(settings.publish.out)
    if not settings.publish.private:
        return out
    token = _private_token(settings, state_dir)
    return out / token if token else out


def is_published(settings: Settings, state_dir: Path | None = None) -> bool:
    """Whether the podcast's folder holds its feed yet."""
    return (site_folder(settings, state_dir) / FEED_FILENAME).is_file()


def subscription_url(settings: Settings, state_dir: Path | None = None) -> str:
    """The feed's URL for subscribers; for a private podcast it needs a build first."""
    if not settings.publish.private:
        return settings.publish.feed_url
    token = _private_token(settings, state_dir)
    if not token:
        raise PodcastifyError("this private podcast has no address yet: build it first")
    return f"{settings.publish.base_url}{token}/{FEED_FILENAME}"


def published_episodes(settings: Settings, state_dir: Path | None = None) -> list[Episode]:
    """What the podcast has published, for `podcastify list`: the state's record, else
    (a folder moved or copied without its state) what its feed.xml lists. Writes nothing."""
    episodes = read_episodes(state_dir or default_state_dir(settings))
    if episodes:
        return episodes
    try:
        published = read_published(site_folder(settings, state_dir) / FEED_FILENAME)
    except PublishError:  # a feed another program wrote: not this podcast's
        return []
    return published.episodes if published is not None else []
