"""Changing podcastify.toml the way a person would: comments, order and layout kept.

Used by `podcastify import-opml`. tomlkit keeps every comment and blank line, so the
file still reads as its owner wrote it, with the new feeds added to the podcast's
``sources``.
"""

from __future__ import annotations

from pathlib import Path

from podcastify.config import load_config
from podcastify.errors import ConfigError
from podcastify.fsutil import atomic_write_text


def add_sources(path: Path, urls: list[str], podcast: str | None = None) -> list[str]:
    """Append ``urls`` (those not listed yet) to a podcast's sources; returns those added.

    In a file with several podcasts, ``podcast`` names the one; the file is checked
    again by the real loader before it is written, so a mistake never lands on disk.
    """
    import tomlkit

    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        document = tomlkit.parse(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    except tomlkit.exceptions.ParseError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    table = _podcast_table(document, podcast, path)
    legacy = document.get("build")
    if "sources" not in table and isinstance(legacy, dict) and "sources" in legacy:
        table = legacy  # an older file keeps its list where it is
    sources = table.get("sources")
    if sources is None:
        sources = tomlkit.array()
        sources.multiline(True)
        table["sources"] = sources
    present = {str(item) for item in sources}
    added = [url for url in dict.fromkeys(urls) if url not in present]
    for url in added:
        sources.append(url)
    if len(sources) > 1:
        sources.multiline(True)
    new_text = tomlkit.dumps(document)
    check = path.with_name(f".{path.name}.check")
    try:
        check.write_text(new_text, encoding="utf-8")
        load_config(check, search=False)
    finally:
        check.unlink(missing_ok=True)
    if added:
        atomic_write_text(path, new_text)
    return added


def _podcast_table(document, podcast: str | None, path: Path):  # type: ignore[no-untyped-def]
    import tomlkit

    listed = document.get("podcast")
    if isinstance(listed, list):
        names = [str(item.get("name", "")) for item in listed]
        if podcast is None:
            if len(listed) == 1:
                return listed[0]
            raise ConfigError(
                f"{path} holds several podcasts ({', '.join(names)}); name one with --podcast"
            )
        for item, name in zip(listed, names, strict=True):
            if name == podcast:
                return item
        raise ConfigError(f"no podcast named {podcast!r} in {path} (podcasts: {', '.join(names)})")
    if podcast is not None and str((listed or {}).get("name", "")) != podcast:
        raise ConfigError(f"no podcast named {podcast!r} in {path}")
    if listed is None:
        listed = tomlkit.table()
        document["podcast"] = listed
    return listed
