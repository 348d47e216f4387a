"""Settings: one frozen section per table of ``podcastify.toml``; each field declared once.

A section is what its stage consumes, whole: the audio stage receives :class:`AudioSettings`,
the sources stage :class:`FetchSettings`, and so on. A field's type is the type the file
must give, its default is the default everywhere (the starter file is generated from it), a
``path`` marker in its metadata says it is resolved against the config file, and a
``check`` in its metadata is the one rule a value must pass. Adding a setting is adding one
field with its docstring to one section.

Field names are unique across sections, so a key can be found by name alone: on the command
line, at the top of the file, or inside a ``[[podcast]]`` table (see :mod:`podcastify.config`).

This module is shared by every stage and imports nothing heavy.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from functools import cache
from typing import Any

from podcastify.categories import category_error
from podcastify.patterns import compiled
from podcastify.text import looks_like_email

STANDARD_BITRATES = (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
SAMPLE_RATES = (22050, 24000, 32000, 44100, 48000)
PLACEHOLDER_AUTHOR = "podcastify"
PLACEHOLDER_EMAIL = "podcast@example.com"
PLACEHOLDER_TITLE = "My Articles"
STARTER_AUTHOR = "Your Name"
STARTER_EMAIL = "you@example.com"
PLACEHOLDERS: dict[str, frozenset[str]] = {
    "title": frozenset({PLACEHOLDER_TITLE}),
    "author": frozenset({PLACEHOLDER_AUTHOR, STARTER_AUTHOR}),
    "owner_email": frozenset({PLACEHOLDER_EMAIL, STARTER_EMAIL}),
}
"""[podcast] values that mean "not set yet": the defaults, and what `podcastify init`
writes for the user to change. A build warns while any is still published."""

_LANGUAGE = compiled(r"^[a-z]{2,3}(-[A-Za-z]{2,3})?$")
_WEB_URL = compiled(r"^https?://[^/\s]+")
_NAME = compiled(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


# -- rules a value must pass (each returns the problem, or None) -------------------------


def _not_blank(value: str) -> str | None:
    return None if value.strip() else "must not be empty"


def _language(value: str) -> str | None:
    if _LANGUAGE.match(value):
        return None
    return f"must be an ISO 639 code such as 'en' or 'en-US', got {value!r}"


def _email(value: str) -> str | None:
    return None if looks_like_email(value) else f"is not an email address: {value!r}"


def _web_url(value: str) -> str | None:
    if _WEB_URL.match(value):
        return None
    return f"must start with http:// or https://, got {value!r}"


def _optional_web_url(value: str) -> str | None:
    return _web_url(value) if value else None


def _not_negative(value: float) -> str | None:
    return None if value >= 0 else "must not be negative"


def _positive(value: float) -> str | None:
    return None if value > 0 else "must be more than zero"


def _bitrate(value: int) -> str | None:
    if value in STANDARD_BITRATES:
        return None
    return f"must be a standard MP3 bitrate ({', '.join(map(str, STANDARD_BITRATES))})"


def _sample_rate(value: int) -> str | None:
    return None if value in SAMPLE_RATES else f"must be one of {', '.join(map(str, SAMPLE_RATES))}"


def _speed(value: float) -> str | None:
    if 0.5 <= value <= 2.0:
        return None
    return f"must be between 0.5 and 2.0 (1.0 is the voice's own pace), got {value:g}"


DIGEST_KINDS = ("", "daily", "weekly")


def _digest(value: str) -> str | None:
    return None if value in DIGEST_KINDS else 'must be "daily", "weekly" or "" (one per article)'


def _podcast_name(value: str) -> str | None:
    if not value or _NAME.match(value):
        return None
    return "must be a short name of letters, digits, '-', '_' or '.'"


def _is_local(value: str) -> bool:
    """A source is a path unless it is a URL."""
    return "://" not in value


def _is_voice_file(value: str) -> bool:
    """A voice is a path when it names a model file; otherwise it is a voice name."""
    return value.endswith(".onnx") or "/" in value


def setting(default: Any, *, path: Any = False, check: Any = None) -> Any:
    """A field with its default, whether it names a file, and the rule its value passes.

    ``path`` is True for a file or folder, or a predicate saying which values are paths.
    """
    return field(default=default, metadata={"path": path, "check": check})


# -- the sections ----------------------------------------------------------------------


@dataclass(frozen=True)
class PodcastInfo:
    """[podcast] What the podcast is: how apps list it, and what it is made from."""

    name: str = setting("", check=_podcast_name)
    """Short name of this podcast, for ``--podcast NAME`` when one config holds several."""
    title: str = setting(PLACEHOLDER_TITLE, check=_not_blank)
    """Podcast title: the channel title, the ID3 album, the cover text, said in the intro."""
    description: str = setting("Articles read aloud by podcastify.")
    """Podcast description shown by podcast apps."""
    author: str = setting(PLACEHOLDER_AUTHOR)
    """Podcast author (itunes:author); episodes use the article's own author when known."""
    owner_name: str = setting("")
    """Owner name for itunes:owner; defaults to the author."""
    owner_email: str = setting(PLACEHOLDER_EMAIL, check=_email)
    """Owner email for itunes:owner (Apple uses it to verify ownership)."""
    language: str = setting("en", check=_language)
    """ISO 639 language code of the podcast (``en`` or ``en-US``); the script and gTTS use it."""
    category: str = setting("News", check=category_error)
    """Apple Podcasts category, optionally ``"Category > Subcategory"``."""
    explicit: bool = setting(False)
    """Whether the podcast contains explicit content (itunes:explicit)."""
    link: str = setting("", check=_optional_web_url)
    """Website of the podcast; defaults to the base URL."""
    cover: str = setting("", path=True)
    """Square PNG/JPEG cover, 1400–3000 px; empty = one drawn from the title."""
    locked: bool = setting(False)
    """podcast:locked: ask podcast hosts not to import this feed elsewhere."""
    sources: tuple[str, ...] = setting((), path=_is_local)
    """Feeds, pages or files to read when none are given on the command line."""

    @property
    def owner(self) -> str:
        return self.owner_name or self.author


@dataclass(frozen=True)
class FetchSettings:
    """[fetch] How sources are read: bounds on every fetch, so a hostile or broken server
    cannot stall or flood a run, and what to do when an article's page cannot be had."""

    timeout: float = setting(20.0, check=_positive)
    """Seconds a single fetch may take in total, redirects included."""
    max_bytes: int = setting(10_000_000, check=_positive)
    """Largest response body read; a longer one is refused, not truncated."""
    max_redirects: int = setting(5, check=_not_negative)
    """Redirects followed before giving up."""
    allow_summaries: bool = setting(False)
    """Publish a feed item's summary when its full article cannot be fetched, instead of
    leaving it for a later run that can fetch it."""
    parallel_fetches: int = setting(4, check=_positive)
    """How many sources (and feeds of an OPML list) are read at once: reading one is mostly
    waiting on its server. 1 reads them one after another."""


@dataclass(frozen=True)
class ScriptSettings:
    """[script] How an article is framed for reading aloud."""

    intro_template: str = setting("{podcast}. {title}. By {author}. Published {date}.")
    """What is said first; fields: podcast, title, author, date, source."""
    outro_template: str = setting("This was {title}, from {source}.")
    """What is said last; same fields as the intro."""
    pronunciations: str = setting("", path=True)
    """Optional pronunciations.toml (word → how to say it)."""
    max_sentence_words: int = setting(120, check=_positive)
    """Longest sentence spoken in one breath; a longer one is cut at a ; : or dash (the mark
    kept, so the voice goes on). The bundled voice decodes a few seconds at a time, so up
    to 120 words it needs about 300 MB; above that its encoder's memory grows with the
    square of the length (240 words: about 600 MB)."""


@dataclass(frozen=True)
class VoiceSettings:
    """[voice] Which speech engine speaks, and with which voice."""

    engine: str = setting("piper", check=_not_blank)
    """Speech engine name from the engine registry (``podcastify engines`` lists them)."""
    voice: str = setting("", path=_is_voice_file)
    """Engine-specific voice: Piper a voice name or .onnx path, gTTS a Google domain."""
    speed: float = setting(1.0, check=_speed)
    """How fast the voice reads: 1.25 is a quarter faster, 0.8 slower (pauses follow)."""
    voices_dir: str = setting("", path=True)
    """A folder of extra Piper voices (.onnx with .onnx.json); `podcastify voices` lists them."""
    retry_seconds: float = setting(120.0, check=_not_negative)
    """Longest an online engine (gTTS) keeps retrying a busy or failing request."""


@dataclass(frozen=True)
class AudioSettings:
    """[audio] How every episode sounds: pauses, loudness, encoding and music."""

    sentence_pause_ms: int = setting(350, check=_not_negative)
    """Silence between sentences."""
    paragraph_pause_ms: int = setting(700, check=_not_negative)
    """Silence between paragraphs."""
    section_pause_ms: int = setting(1300, check=_not_negative)
    """Silence before a new section (a heading)."""
    lead_in_ms: int = setting(250, check=_not_negative)
    """Silence before the first word (after any intro music), so players do not clip it."""
    loudness_lufs: float = setting(-16.0)
    """Integrated loudness target for every episode (Apple: −16 LUFS)."""
    true_peak_db: float = setting(-1.0)
    """Ceiling for the true peak in dBTP."""
    bitrate_kbps: int = setting(64, check=_bitrate)
    """MP3 bitrate (CBR)."""
    sample_rate: int = setting(44100, check=_sample_rate)
    """MP3 sample rate in Hz."""
    intro_music: str = setting("", path=True)
    """Optional audio file played before the narration."""
    outro_music: str = setting("", path=True)
    """Optional audio file played after the narration."""


@dataclass(frozen=True)
class PublishSettings:
    """[publish] Where the podcast is published and what stays in it."""

    out: str = setting("audio", path=True, check=_not_blank)
    """Output folder: the static site that is published."""
    base_url: str = setting("http://localhost:8000/", check=_web_url)
    """Public URL of the output folder; every URL in the feed starts with it."""
    max_episodes: int = setting(0, check=_not_negative)
    """Keep only the newest N episodes (0 = keep all)."""
    private: bool = setting(False)
    """Publish under an unguessable folder (out/<token>/); `podcastify url` tells the URL."""
    digest: str = setting("", check=_digest)
    """"daily" or "weekly": one episode per day (week) reading all its new articles in full,
    published once that day (week) is over; empty: one episode per article."""

    def __post_init__(self) -> None:
        if self.base_url and not self.base_url.endswith("/"):
            object.__setattr__(self, "base_url", self.base_url + "/")

    @property
    def feed_url(self) -> str:
        return self.base_url + "feed.xml"


@dataclass(frozen=True)
class BuildSettings:
    """[build] How one run goes."""

    limit: int = setting(0, check=_not_negative)
    """Most new episodes to make in one run (0 = no limit)."""
    state_dir: str = setting("", path=True)
    """Where private state lives; default: .podcastify/<out> beside the output folder."""


@dataclass(frozen=True)
class Settings:
    """One podcast's settings: a section per table, each the input of the stage it names."""

    podcast: PodcastInfo = field(default_factory=PodcastInfo)
    fetch: FetchSettings = field(default_factory=FetchSettings)
    script: ScriptSettings = field(default_factory=ScriptSettings)
    voice: VoiceSettings = field(default_factory=VoiceSettings)
    audio: AudioSettings = field(default_factory=AudioSettings)
    publish: PublishSettings = field(default_factory=PublishSettings)
    build: BuildSettings = field(default_factory=BuildSettings)

    @property
    def name(self) -> str:
        return self.podcast.name

    def with_values(self, values: dict[str, Any]) -> Settings:
        """A copy with flat ``{key: value}`` changes, each key sent to its own section."""
        changes: dict[str, dict[str, Any]] = {}
        for key, value in values.items():
            changes.setdefault(key_home(key), {})[key] = value
        return replace(
            self,
            **{name: replace(getattr(self, name), **kv) for name, kv in changes.items()},
        )


@cache
def sections() -> dict[str, type]:
    """Table name → section class, in file order."""
    return {f.name: f.default_factory for f in fields(Settings)}  # type: ignore[misc]


@cache
def _homes() -> dict[str, str]:
    homes: dict[str, str] = {}
    for table, cls in sections().items():
        for item in fields(cls):
            assert item.name not in homes, f"setting {item.name!r} is declared twice"
            homes[item.name] = table
    return homes


def key_home(key: str) -> str:
    """The table a key belongs in; KeyError for an unknown key."""
    return _homes()[key]


def all_keys() -> list[str]:
    return list(_homes())
