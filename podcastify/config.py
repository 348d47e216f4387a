"""Settings: one frozen dataclass, filled from podcastify.toml and then the command line.

The file is read with :mod:`tomllib`; every key is checked for name and type so that a typo
is reported with its key and line instead of being silently ignored.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from podcastify.categories import category_error
from podcastify.errors import ConfigError
from podcastify.text import looks_like_email, slugify

CONFIG_FILENAME = "podcastify.toml"
STATE_DIRNAME = ".podcastify"

_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,3})?$")


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know, after the config file and options are merged."""

    title: str = "My Articles"
    """Podcast title: the channel title, the ID3 album and the cover text."""
    description: str = "Articles read aloud by podcastify."
    """Podcast description shown by podcast apps."""
    author: str = "podcastify"
    """Podcast author (itunes:author); episodes use the article's own author when known."""
    owner_name: str = ""
    """Owner name for itunes:owner; defaults to the author."""
    owner_email: str = "podcast@example.com"
    """Owner email for itunes:owner (Apple uses it to verify ownership)."""
    language: str = "en"
    """ISO 639 language code of the podcast (``en`` or ``en-US``); gTTS speaks in it."""
    category: str = "News"
    """Apple Podcasts category, optionally ``"Category > Subcategory"``."""
    explicit: bool = False
    """Whether the podcast contains explicit content (itunes:explicit)."""
    link: str = ""
    """Website of the podcast; defaults to the base URL."""
    cover: str = ""
    """Path to a square PNG/JPEG cover, 1400–3000 px; empty = generate one from the title."""
    sources: tuple[str, ...] = ()
    """Feeds, pages or files to read when none are given on the command line."""
    engine: str = "piper"
    """Speech engine name from the engine registry (``piper`` or ``gtts``)."""
    voice: str = ""
    """Engine-specific voice: for Piper a path to an .onnx model; empty = bundled voice."""
    out: str = "audio"
    """Output folder: the static site that is published."""
    base_url: str = "http://localhost:8000/"
    """Public URL of the output folder; every URL in the feed starts with it."""
    limit: int = 0
    """Most new episodes to make in one run (0 = no limit)."""
    bitrate_kbps: int = 64
    """MP3 bitrate (CBR)."""
    sample_rate: int = 44100
    """MP3 sample rate in Hz."""
    loudness_lufs: float = -16.0
    """Integrated loudness target for every episode (Apple: −16 LUFS)."""
    true_peak_db: float = -1.0
    """Ceiling for the true peak in dBTP."""
    sentence_pause_ms: int = 350
    """Silence between sentences."""
    paragraph_pause_ms: int = 700
    """Silence between paragraphs."""
    section_pause_ms: int = 1300
    """Silence before a new section (a heading)."""
    intro_template: str = "{podcast}. {title}. By {author}. Published {date}."
    """What is said first; fields: podcast, title, author, date, source."""
    outro_template: str = "This was {title}, from {source}. Narrated by {podcast}."
    """What is said last; same fields as the intro."""
    intro_music: str = ""
    """Optional audio file played before the narration."""
    outro_music: str = ""
    """Optional audio file played after the narration."""
    pronunciations: str = ""
    """Optional pronunciations.toml (word → how to say it)."""
    locked: bool = False
    """podcast:locked: ask podcast hosts not to import this feed elsewhere."""
    max_episodes: int = 0
    """Keep only the newest N episodes (0 = keep all)."""
    timeout: float = 20.0
    """Seconds a single fetch may take in total."""
    retry_seconds: float = 120.0
    """Longest an online engine (gTTS) keeps retrying a busy or failing request."""
    max_bytes: int = 10_000_000
    """Largest response body read from the network."""
    state_dir: str = ""
    """Where private state lives; defaults to .podcastify/ beside the config or here."""

    @property
    def owner(self) -> str:
        return self.owner_name or self.author

    @property
    def feed_url(self) -> str:
        return self.base_url + "feed.xml"

    @property
    def site_link(self) -> str:
        return self.link or self.base_url


_FIELD_TYPES: dict[str, type | tuple[type, ...]] = {
    "title": str,
    "description": str,
    "author": str,
    "owner_name": str,
    "owner_email": str,
    "language": str,
    "category": str,
    "explicit": bool,
    "link": str,
    "cover": str,
    "sources": list,
    "engine": str,
    "voice": str,
    "out": str,
    "base_url": str,
    "limit": int,
    "bitrate_kbps": int,
    "sample_rate": int,
    "loudness_lufs": (int, float),
    "true_peak_db": (int, float),
    "sentence_pause_ms": int,
    "paragraph_pause_ms": int,
    "section_pause_ms": int,
    "intro_template": str,
    "outro_template": str,
    "intro_music": str,
    "outro_music": str,
    "pronunciations": str,
    "locked": bool,
    "max_episodes": int,
    "timeout": (int, float),
    "retry_seconds": (int, float),
    "max_bytes": int,
    "state_dir": str,
}
assert set(_FIELD_TYPES) == {f.name for f in fields(Settings)}

# Keys of the TOML file that are grouped in tables, mapped onto flat settings.
_TABLE_KEYS: dict[str, dict[str, str]] = {
    "podcast": {
        "title": "title",
        "description": "description",
        "author": "author",
        "owner_name": "owner_name",
        "owner_email": "owner_email",
        "language": "language",
        "category": "category",
        "explicit": "explicit",
        "link": "link",
        "cover": "cover",
        "locked": "locked",
    },
    "build": {
        "sources": "sources",
        "engine": "engine",
        "voice": "voice",
        "out": "out",
        "base_url": "base_url",
        "limit": "limit",
        "max_episodes": "max_episodes",
        "timeout": "timeout",
        "retry_seconds": "retry_seconds",
        "max_bytes": "max_bytes",
        "state_dir": "state_dir",
    },
    "audio": {
        "bitrate_kbps": "bitrate_kbps",
        "sample_rate": "sample_rate",
        "loudness_lufs": "loudness_lufs",
        "true_peak_db": "true_peak_db",
        "intro_music": "intro_music",
        "outro_music": "outro_music",
    },
    "script": {
        "sentence_pause_ms": "sentence_pause_ms",
        "paragraph_pause_ms": "paragraph_pause_ms",
        "section_pause_ms": "section_pause_ms",
        "intro_template": "intro_template",
        "outro_template": "outro_template",
        "pronunciations": "pronunciations",
    },
}

_PATH_KEYS = ("cover", "out", "intro_music", "outro_music", "pronunciations", "state_dir", "voice")


def _line_of(text: str, table: str, key: str) -> int:
    """Best-effort line number of ``key`` inside ``[table]``, for error messages."""
    current = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line.startswith("[") and not line.startswith("[["):
            current = line.strip("[] ")
        elif current == table and re.match(rf"{re.escape(key)}\s*=", line):
            return number
    return 0


def load_config_file(path: Path) -> dict[str, Any]:
    """Read ``podcastify.toml`` into flat setting names, checking names and types."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None

    values: dict[str, Any] = {}
    for table, content in data.items():
        home = next((t for t, keys in _TABLE_KEYS.items() if table in keys), None)
        if table not in _TABLE_KEYS and home is not None:
            raise ConfigError(f"{path}: '{table}' belongs in the [{home}] section")
        if table not in _TABLE_KEYS:
            known = ", ".join(f"[{t}]" for t in _TABLE_KEYS)
            raise ConfigError(f"{path}: unknown section [{table}] (known: {known})")
        if not isinstance(content, dict):
            raise ConfigError(f"{path}: '{table}' must be a section like [{table}]")
        for key, value in content.items():
            where = f"{path}:{_line_of(text, table, key)}"
            name = _TABLE_KEYS[table].get(key)
            if name is None:
                known = ", ".join(_TABLE_KEYS[table])
                raise ConfigError(f"{where}: unknown key '{key}' in [{table}] (known: {known})")
            expected = _FIELD_TYPES[name]
            wrong_bool = isinstance(value, bool) and expected is not bool
            if wrong_bool or not isinstance(value, expected):
                kind = expected.__name__ if isinstance(expected, type) else "number"
                kind = {
                    "str": "a string",
                    "int": "a whole number",
                    "bool": "true or false",
                    "list": "a list of strings",
                }.get(kind, "a number")
                raise ConfigError(f"{where}: '{key}' in [{table}] must be {kind}")
            if name == "sources":
                if not all(isinstance(item, str) for item in value):
                    raise ConfigError(f"{where}: 'sources' must be a list of strings")
                value = tuple(
                    item if "://" in item else str(path.parent / Path(item).expanduser())
                    for item in value
                )
            if name in _PATH_KEYS and value and (name != "voice" or value.endswith(".onnx")):
                # Paths are relative to the config file (a voice only when it is a file).
                value = str((path.parent / Path(value).expanduser()).resolve())
            values[name] = value
    return values


def validate(settings: Settings) -> Settings:
    """Check values a podcast app would reject, and normalise the base URL."""
    base = settings.base_url
    if not re.match(r"^https?://[^/\s]+", base):
        raise ConfigError(f"base URL must start with http:// or https://, got {base!r}")
    if not base.endswith("/"):
        settings = replace(settings, base_url=base + "/")
    if not _LANGUAGE.match(settings.language):
        raise ConfigError(
            f"language must be an ISO 639 code such as 'en' or 'en-US', got {settings.language!r}"
        )
    if not looks_like_email(settings.owner_email):
        raise ConfigError(f"owner email is not an email address: {settings.owner_email!r}")
    if category_error(settings.category):
        raise ConfigError(category_error(settings.category))
    if not settings.title.strip():
        raise ConfigError("podcast title must not be empty")
    for name in (
        "limit",
        "max_episodes",
        "sentence_pause_ms",
        "paragraph_pause_ms",
        "section_pause_ms",
    ):
        if getattr(settings, name) < 0:
            raise ConfigError(f"{name} must not be negative")
    if settings.bitrate_kbps not in (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320):
        raise ConfigError(f"bitrate must be a standard MP3 bitrate, got {settings.bitrate_kbps}")
    if settings.sample_rate not in (22050, 24000, 32000, 44100, 48000):
        raise ConfigError("sample rate must be 22050, 24000, 32000, 44100 or 48000")
    if settings.timeout <= 0 or settings.max_bytes <= 0 or settings.retry_seconds < 0:
        raise ConfigError("timeout and max_bytes must be positive, retry_seconds not negative")
    return settings


def state_key(out: Path, anchor: Path) -> str:
    """A folder name for one output folder's state, stable when the project moves.

    Each output folder is its own podcast (its own episodes, GUID and lock), so two
    ``--out`` folders built from one place never share or clobber each other's state.
    """
    resolved = out.expanduser().resolve()
    try:
        identity = resolved.relative_to(anchor.resolve()).as_posix()
    except ValueError:
        identity = resolved.as_posix()
    digest = hashlib.sha256(identity.encode()).hexdigest()[:10]
    return f"{slugify(resolved.name, max_length=30, fallback='out')}-{digest}"


def load_settings(config_path: Path | None, overrides: dict[str, Any]) -> tuple[Settings, Path]:
    """Merge defaults, the config file (if any) and command-line overrides.

    Returns the settings and the folder that holds the output folder's private state:
    ``.podcastify/<out>-<hash>/`` beside the config file (or here), never inside ``out``.
    """
    values: dict[str, Any] = {}
    if config_path is None:
        default = Path.cwd() / CONFIG_FILENAME
        if default.is_file():
            config_path = default
    if config_path is not None:
        values.update(load_config_file(config_path))
    values.update({k: v for k, v in overrides.items() if v is not None})
    settings = validate(Settings(**values))
    if settings.state_dir:
        state_dir = Path(settings.state_dir)
    else:
        anchor = config_path.resolve().parent if config_path is not None else Path.cwd()
        state_dir = anchor / STATE_DIRNAME / state_key(Path(settings.out), anchor)
    return settings, state_dir
