"""The Podcasting 2.0 ``podcast:`` tags as data: where each may appear, what it must carry.

From the namespace specification (https://podcastindex.org/namespace/1.0). A tag that
breaks these rules is ignored by the apps that read the namespace, so the feature it
announces (transcript, chapters, funding…) silently disappears.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_tz

from podcastify.text import is_web_link


@dataclass(frozen=True)
class Value:
    """A rule on one attribute or on the text: what it must be, and the test."""

    what: str
    """What the value must be, as a message says it ("a UUID")."""
    ok: Callable[[str], bool]


def _uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _number(value: str) -> bool:
    try:
        return float(value) >= 0
    except ValueError:
        return False


def _iso8601(value: str) -> bool:
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def one_of(*choices: str) -> Value:
    return Value(" or ".join(f'"{c}"' for c in choices), lambda v: v in choices)


def text_up_to(limit: int) -> Value:
    return Value(f"text of 1 to {limit} characters", lambda v: 0 < len(v.strip()) <= limit)


URL = Value("an http(s) URL", is_web_link)
UUID = Value("a UUID", _uuid)
NUMBER = Value("a number, zero or more", _number)
INTEGER = Value("a whole number", lambda v: v.strip().isdigit())
MIME = Value("a MIME type", lambda v: re.fullmatch(r"[\w.+-]+/[\w.+-]+", v) is not None)
DATE = Value("an RFC 2822 date", lambda v: parsedate_tz(v) is not None)
ISO_DATE = Value("an ISO 8601 date", _iso8601)
YES_NO = one_of("yes", "no")
TRUE_FALSE = one_of("true", "false")
NOT_EMPTY = Value("not empty", lambda v: bool(v.strip()))

TRANSCRIPT_TYPES = (
    "text/plain",
    "text/html",
    "text/vtt",
    "application/json",
    "application/x-subrip",
    "application/srt",
)
"""Transcript formats the specification names."""
CHAPTER_TYPES = ("application/json+chapters", "application/json")
MEDIUMS = (
    "podcast",
    "music",
    "video",
    "film",
    "audiobook",
    "newsletter",
    "blog",
    "publisher",
    "course",
)
MEDIUM_VALUES = (*MEDIUMS, *(f"{m}L" for m in MEDIUMS), "mixed")

CHANNEL, ITEM, LIVE = "channel", "item", "liveItem"
EPISODE = frozenset({ITEM, LIVE})


@dataclass(frozen=True)
class Tag:
    parents: frozenset[str]
    """Local names of the elements it may sit in (``channel``, ``item``, a podcast: tag)."""
    required: tuple[str, ...] = ()
    """Attributes it must have."""
    attributes: Mapping[str, Value] = field(default_factory=dict)
    text: Value | None = None


def _in(*names: str) -> frozenset[str]:
    return frozenset(names)


TAGS: dict[str, Tag] = {
    "guid": Tag(_in(CHANNEL), text=UUID),
    "locked": Tag(_in(CHANNEL), text=YES_NO),
    "funding": Tag(_in(CHANNEL), ("url",), {"url": URL}, text_up_to(128)),
    "medium": Tag(_in(CHANNEL), text=one_of(*MEDIUM_VALUES)),
    "trailer": Tag(
        _in(CHANNEL),
        ("url", "pubdate"),
        {"url": URL, "pubdate": DATE, "length": INTEGER, "type": MIME, "season": INTEGER},
        text_up_to(128),
    ),
    "transcript": Tag(
        EPISODE,
        ("url", "type"),
        {"url": URL, "type": one_of(*TRANSCRIPT_TYPES), "rel": one_of("captions")},
    ),
    "chapters": Tag(EPISODE, ("url", "type"), {"url": URL, "type": one_of(*CHAPTER_TYPES)}),
    "soundbite": Tag(
        _in(ITEM), ("startTime", "duration"), {"startTime": NUMBER, "duration": NUMBER}
    ),
    "person": Tag(
        _in(CHANNEL, ITEM, LIVE), attributes={"img": URL, "href": URL}, text=text_up_to(128)
    ),
    "location": Tag(_in(CHANNEL, ITEM, LIVE), text=text_up_to(128)),
    "season": Tag(_in(ITEM), attributes={"name": text_up_to(128)}, text=INTEGER),
    "episode": Tag(_in(ITEM), attributes={"display": text_up_to(32)}, text=NUMBER),
    "license": Tag(_in(CHANNEL, ITEM), attributes={"url": URL}, text=text_up_to(128)),
    "alternateEnclosure": Tag(
        EPISODE,
        ("type",),
        {
            "type": MIME,
            "length": INTEGER,
            "bitrate": NUMBER,
            "height": INTEGER,
            "default": TRUE_FALSE,
        },
    ),
    "source": Tag(_in("alternateEnclosure"), ("uri",), {"uri": NOT_EMPTY, "contentType": MIME}),
    "integrity": Tag(
        _in("alternateEnclosure"), ("type", "value"), {"type": one_of("sri", "pgp-signature")}
    ),
    "images": Tag(_in(CHANNEL, ITEM, LIVE), ("srcset",)),
    "image": Tag(
        _in(CHANNEL, ITEM, LIVE), ("href",), {"href": URL, "width": INTEGER, "height": INTEGER}
    ),
    "value": Tag(_in(CHANNEL, ITEM, LIVE), ("type", "method"), {"suggested": NUMBER}),
    "valueRecipient": Tag(
        _in("value"), ("type", "address", "split"), {"split": INTEGER, "fee": TRUE_FALSE}
    ),
    "valueTimeSplit": Tag(
        _in("value"),
        ("startTime", "duration"),
        {"startTime": NUMBER, "duration": NUMBER, "remotePercentage": INTEGER},
    ),
    "remoteItem": Tag(
        _in(CHANNEL, ITEM, "podroll", "valueTimeSplit", "publisher"),
        ("feedGuid",),
        {"feedGuid": UUID, "feedUrl": URL, "medium": one_of(*MEDIUM_VALUES)},
    ),
    "podroll": Tag(_in(CHANNEL)),
    "publisher": Tag(_in(CHANNEL)),
    "updateFrequency": Tag(
        _in(CHANNEL),
        attributes={"complete": TRUE_FALSE, "dtstart": ISO_DATE},
        text=text_up_to(128),
    ),
    "podping": Tag(_in(CHANNEL), attributes={"usesPodping": TRUE_FALSE}),
    "liveItem": Tag(
        _in(CHANNEL),
        ("status", "start"),
        {"status": one_of("pending", "live", "ended"), "start": ISO_DATE, "end": ISO_DATE},
    ),
    "contentLink": Tag(EPISODE, ("href",), {"href": NOT_EMPTY}),
    "socialInteract": Tag(EPISODE, ("protocol",), {"priority": INTEGER}),
    "block": Tag(_in(CHANNEL), text=YES_NO),
    "txt": Tag(_in(CHANNEL, ITEM), attributes={"purpose": text_up_to(128)}, text=text_up_to(4000)),
    "chat": Tag(_in(CHANNEL, ITEM, LIVE), ("server", "protocol")),
}
