"""podcastify.toml → the settings of one or more podcasts, every key checked.

The file mirrors :class:`~podcastify.settings.Settings`: a table per section (``[podcast]``,
``[voice]``, ``[audio]`` …). Because key names are unique across sections, a key may also
stand alone at the top of the file (a default for every podcast) or, in a ``[[podcast]]``
table, without its section. Names, types and rules all come from the section dataclasses,
so an error names the file, the line, the key and its section, and nothing here repeats a
field.
"""

from __future__ import annotations

import hashlib
import re
import typing
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from podcastify.errors import ConfigError, OptionError
from podcastify.patterns import compiled
from podcastify.settings import Settings, all_keys, key_home, sections
from podcastify.text import slugify

CONFIG_FILENAME = "podcastify.toml"
STATE_DIRNAME = ".podcastify"

LEGACY_TABLES: dict[str, tuple[str, ...]] = {
    "build": (
        "sources",
        "engine",
        "voice",
        "out",
        "base_url",
        "max_episodes",
        "timeout",
        "retry_seconds",
        "max_bytes",
    ),
    "script": ("sentence_pause_ms", "paragraph_pause_ms", "section_pause_ms"),
}
"""Where an older podcastify.toml put keys that have moved since; such a file still reads."""

_KINDS = {
    str: "a string",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    tuple: "a list of strings",
}


@dataclass(frozen=True)
class Config:
    """What a config file (or none) says: the podcasts it defines, and notes for the user."""

    path: Path | None
    """The file read, or None when there is none."""
    podcasts: tuple[Settings, ...]
    """One entry per podcast; a file without ``[[podcast]]`` defines exactly one."""
    notes: tuple[str, ...] = ()
    """One-line remarks for the user (keys in an old place), shown before a run."""

    def select(self, name: str | None) -> tuple[Settings, ...]:
        """The podcast called ``name``, or every podcast when ``name`` is None."""
        if name is None:
            return self.podcasts
        chosen = tuple(p for p in self.podcasts if p.name == name)
        if not chosen:
            known = ", ".join(p.name for p in self.podcasts if p.name) or "none"
            where = self.path or "the settings (no podcastify.toml found)"
            raise ConfigError(f"no podcast named {name!r} in {where} (podcasts: {known})")
        return chosen


# -- types --------------------------------------------------------------------------------


def _field_types() -> dict[str, type]:
    """Key → the Python type its value must have (``tuple`` for a list of strings)."""
    found: dict[str, type] = {}
    for cls in sections().values():
        for name, hint in typing.get_type_hints(cls).items():
            found[name] = typing.get_origin(hint) or hint
    return found


def _field_meta(key: str) -> dict[str, Any]:
    cls = sections()[key_home(key)]
    return dict(next(f for f in fields(cls) if f.name == key).metadata)


def _check_type(key: str, value: Any) -> Any:
    """``value`` as the setting's type, or a message saying what it must be."""
    expected = _field_types()[key]
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if expected is tuple and isinstance(value, list):
        if all(isinstance(item, str) for item in value):
            return tuple(value)
        raise _Wrong("must be a list of strings")
    if isinstance(value, bool) != (expected is bool) or not isinstance(value, expected):
        raise _Wrong(f"must be {_KINDS.get(expected, expected.__name__)}")
    return value


class _Wrong(Exception):
    """A value's problem, before the file, line and section are known."""


def _resolve_paths(key: str, value: Any, base: Path) -> Any:
    """Paths in a file are relative to that file (``~`` expanded)."""
    is_path = _field_meta(key).get("path")
    if not is_path:
        return value

    def resolve(item: str) -> str:
        if not item or (callable(is_path) and not is_path(item)):
            return item
        return str((base / Path(item).expanduser()).resolve())

    if isinstance(value, tuple):
        return tuple(resolve(item) for item in value)
    return resolve(value)


# -- where a key is written ----------------------------------------------------------------

_HEADER = compiled(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\s\"']+?)\s*\]\]?")
PODCAST_TABLE = "podcast"
"""The table of a podcast's own settings: any key may be written there."""
_KEY = compiled(r"^\s*([A-Za-z0-9_\-]+)\s*=")


class _Lines:
    """Line numbers of keys, by (podcast index or None, table or "", key)."""

    def __init__(self, text: str) -> None:
        self.lines: dict[tuple[int | None, str, str], int] = {}
        self.headers: dict[tuple[int | None, str], int] = {}
        podcast: int | None = None
        table = ""
        count = -1
        for number, raw in enumerate(text.splitlines(), start=1):
            if header := _HEADER.match(raw):
                name = header.group(2).replace('"', "").replace("'", "").replace(" ", "")
                if header.group(1) == "[[" and name == "podcast":
                    count += 1
                    podcast, table = count, ""
                elif podcast is not None and name.startswith("podcast."):
                    table = name.removeprefix("podcast.")
                else:
                    podcast, table = None, name
                self.headers.setdefault((podcast, table), number)
            elif key := _KEY.match(raw):
                self.lines.setdefault((podcast, table, key.group(1)), number)

    def find(self, podcast: int | None, table: str, key: str) -> int:
        return self.lines.get((podcast, table, key), 0)


# -- reading -------------------------------------------------------------------------------


class _Reader:
    """Reads one file's layers (top-level defaults, then each podcast) into flat values."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = _Lines(text)
        self.notes: list[str] = []
        self.origin: dict[tuple[int | None, str], str] = {}
        """(podcast index, key) → "file:line" where the value was written."""

    def where(self, podcast: int | None, table: str, key: str) -> str:
        line = self.lines.find(podcast, table, key)
        return f"{self.path}:{line}" if line else str(self.path)

    def where_table(self, podcast: int | None, table: str) -> tuple[str, str]:
        """("file:line", "[name]") of a section header, as the file writes it."""
        line = self.lines.headers.get((podcast, table), 0)
        name = f"[podcast.{table}]" if podcast is not None else f"[{table}]"
        return (f"{self.path}:{line}" if line else str(self.path)), name

    def layer(self, data: dict[str, Any], podcast: int | None) -> dict[str, Any]:
        """Flat ``{key: value}`` of one layer: the file's top, or one ``[[podcast]]``."""
        values: dict[str, Any] = {}
        for name, content in data.items():
            if isinstance(content, dict):
                self._table(name, content, podcast, values)
            elif name == "podcast" and isinstance(content, list) and podcast is None:
                continue  # the [[podcast]] list, read by the caller
            else:
                self._value(name, content, podcast, "", values)
        return values

    def _table(
        self, table: str, content: dict[str, Any], podcast: int | None, values: dict[str, Any]
    ) -> None:
        if table not in sections() and table not in LEGACY_TABLES:
            where, name = self.where_table(podcast, table)
            if table in all_keys():
                raise ConfigError(
                    f"{where}: '{table}' is a setting, not a section; "
                    f"write '{table} = …' in [{key_home(table)}]"
                )
            import difflib

            close = difflib.get_close_matches(table, sections(), n=1)
            hint = f"did you mean [{close[0]}]?" if close else "known: "
            hint += "" if close else ", ".join(f"[{t}]" for t in sections())
            raise ConfigError(f"{where}: unknown section {name} ({hint})")
        for key, value in content.items():
            self._value(key, value, podcast, table, values)

    def _value(
        self, key: str, value: Any, podcast: int | None, table: str, values: dict[str, Any]
    ) -> None:
        where = self.where(podcast, table, key)
        try:
            home = key_home(key)
        except KeyError:
            import difflib

            close = difflib.get_close_matches(key, all_keys(), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            if table and table in sections():
                known = ", ".join(f.name for f in fields(sections()[table]))
                hint = hint or f" (known: {known})"
                raise ConfigError(f"{where}: unknown key '{key}' in [{table}]{hint}") from None
            raise ConfigError(f"{where}: unknown key '{key}'{hint}") from None
        # [podcast] holds one podcast's own settings, as each [[podcast]] table does.
        if table and table != home and table != PODCAST_TABLE:
            if key in LEGACY_TABLES.get(table, ()):
                self.notes.append(
                    f"{where}: '{key}' now belongs in [{home}] (read from [{table}] for now)"
                )
            else:
                raise ConfigError(
                    f"{where}: '{key}' belongs in the [{home}] section, not [{table}]"
                )
        shown = table or home
        try:
            checked = _check_type(key, value)
        except _Wrong as wrong:
            raise ConfigError(f"{where}: '{key}' in [{shown}] {wrong}") from None
        values[key] = _resolve_paths(key, checked, self.path.parent)
        self.origin[(podcast, key)] = where


def _parse(path: Path) -> tuple[str, dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except IsADirectoryError:
        raise ConfigError(f"config file is a folder: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ConfigError(f"cannot read config file {path}: {reason}") from None
    import tomllib  # only when there is a file to read: not for `podcastify script` alone

    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # "Illegal character '\n' (at line 2, column 11)" → "file:2: not valid TOML (line 2,
        # column 11): Illegal character '\n'", named file:line like every config error.
        found = re.search(r"\s*\(at (line (\d+), column \d+)\)$", str(exc))
        if found is None:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
        reason = str(exc)[: found.start()]
        raise ConfigError(
            f"{path}:{found.group(2)}: not valid TOML ({found.group(1)}): {reason}"
        ) from None


def _plain(key: str, table: str) -> str:
    return f"'{key}' in [{table}]"


def validate(
    settings: Settings,
    describe: typing.Callable[[str, str], str] = _plain,
    options: typing.Collection[str] = (),
) -> Settings:
    """Check every value against its field's rule; the first problem is a ConfigError.

    ``describe(key, table)`` names where a value came from (file and line, or an option);
    a bad value of one of the ``options`` keys (given on the command line) is an OptionError.
    """
    for table, cls in sections().items():
        section = getattr(settings, table)
        for item in fields(cls):
            check = item.metadata.get("check")
            problem = check(getattr(section, item.name)) if check else None
            if problem:
                error = OptionError if item.name in options else ConfigError
                raise error(f"{describe(item.name, table)} {problem}")
    return settings


def load_config(
    path: Path | None,
    overrides: dict[str, Any] | None = None,
    *,
    search: bool = True,
    options: dict[str, str] | None = None,
) -> Config:
    """Read ``path`` (or ./podcastify.toml when ``search`` and it exists), then apply
    command-line ``overrides`` (flat keys; None values are ignored) to every podcast.

    ``options`` names the command-line option of each override, for error messages.
    """
    if path is None and search:
        default = Path.cwd() / CONFIG_FILENAME
        if default.is_file():
            path = default
    given = {k: v for k, v in (overrides or {}).items() if v is not None}
    for key in given:
        key_home(key)  # an unknown override is a programming error, not a user's

    def from_option(key: str, table: str) -> str | None:
        if key not in given:
            return None
        return (options or {}).get(key) or f"--{key.replace('_', '-')}"

    if path is None:
        only = Settings().with_values(given)
        checked = validate(only, lambda k, t: from_option(k, t) or _plain(k, t), given)
        return Config(None, (checked,))

    text, data = _parse(path)
    reader = _Reader(path, text)
    defaults = reader.layer(data, None)
    listed = data.get("podcast")
    layers: list[tuple[int | None, dict[str, Any]]] = []
    if isinstance(listed, list):
        for index, table in enumerate(listed):
            if not isinstance(table, dict):
                raise ConfigError(f"{path}: each [[podcast]] must be a table")
            layers.append((index, reader.layer(table, index)))
    else:
        layers.append((None, {}))

    podcasts: list[Settings] = []
    for index, own in layers:
        values = {**_default_paths(path.parent), **defaults, **own, **given}

        def where(key: str, table: str, index: int | None = index) -> str:
            if option := from_option(key, table):
                return option
            place = reader.origin.get((index, key)) or reader.origin.get((None, key))
            return f"{place}: {_plain(key, table)}" if place else _plain(key, table)

        try:
            settings = Settings().with_values(values)
        except TypeError as exc:  # pragma: no cover - types were checked above
            raise ConfigError(f"{path}: {exc}") from None
        podcasts.append(validate(settings, where, given))
    _check_names(podcasts, path)
    return Config(path, tuple(podcasts), tuple(reader.notes))


def _default_paths(base: Path) -> dict[str, Any]:
    """Default paths (the output folder) are relative to the config file too."""
    found: dict[str, Any] = {}
    for cls in sections().values():
        for item in fields(cls):
            if item.metadata.get("path") is True and isinstance(item.default, str) and item.default:
                found[item.name] = _resolve_paths(item.name, item.default, base)
    return found


def _check_names(podcasts: list[Settings], path: Path) -> None:
    """Several podcasts need distinct names and output folders."""
    if len(podcasts) < 2:
        return
    names = [p.name for p in podcasts]
    if not all(names):
        raise ConfigError(f'{path}: every [[podcast]] needs a name = "…"')
    outs = [Path(p.publish.out).resolve() for p in podcasts]
    for label, items in (("name", names), ("output folder (out)", outs)):
        dupes = sorted({str(i) for i in items if items.count(i) > 1})
        if dupes:
            raise ConfigError(f"{path}: two podcasts share the {label} {dupes[0]}")


# -- where a podcast's private state lives -------------------------------------------------


def state_key(out: Path, anchor: Path) -> str:
    """A folder name for one output folder's state: readable, unique, stable when moved."""
    resolved = out.expanduser().resolve()
    try:
        identity = resolved.relative_to(anchor.resolve()).as_posix()
    except ValueError:
        identity = resolved.as_posix()
    digest = hashlib.sha256(identity.encode()).hexdigest()[:10]
    return f"{slugify(resolved.name, max_length=30, fallback='out')}-{digest}"


def state_anchor(out: Path) -> Path:
    """The folder whose ``.podcastify/`` holds the state of ``out``.

    Found from the output folder alone, as git finds ``.git``: the nearest folder above
    ``out`` that has a podcastify.toml, or whose ``.podcastify/`` already holds this output
    folder's state, else the folder holding ``out``. So every command, from whatever
    folder, reaches the same state, and the state is never inside a published folder. A
    ``.podcastify/`` that belongs to other podcasts (one left in ``~`` or ``/tmp`` by a
    podcast published straight there) does not pull in the state of every folder below it.
    """
    resolved = out.expanduser().resolve()
    for folder in resolved.parents:
        if (folder / CONFIG_FILENAME).is_file():
            return folder
        if (folder / STATE_DIRNAME / state_key(resolved, folder)).is_dir():
            return folder
    return resolved.parent


def state_dir(settings: Settings) -> Path:
    """The private state folder of one podcast (one output folder)."""
    if settings.build.state_dir:
        return Path(settings.build.state_dir).expanduser()
    out = Path(settings.publish.out)
    anchor = state_anchor(out)
    return anchor / STATE_DIRNAME / state_key(out, anchor)
