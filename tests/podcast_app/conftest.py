"""Helpers for end-to-end tests on real episodes: short articles, real Piper, real files.

Each test module builds once (a module-scoped fixture of its own) from a small RSS file of
short articles with two ``<h2>`` sections each, so a build takes seconds.
"""

from __future__ import annotations

import re
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np
import pyloudnorm

from podcastify.config import load_config
from podcastify.ffmpeg import decode_audio, ffmpeg_exe
from podcastify.models import Script
from podcastify.pipeline import Reporter, scripts_for
from podcastify.settings import Settings
from tests.helpers import feeds


@dataclass(frozen=True)
class Story:
    """One article of the test feed."""

    title: str
    guid: str
    sections: tuple[tuple[str, tuple[str, ...]], ...]
    """(heading, paragraphs) pairs, each becoming an <h2> and its <p>s."""
    lead: str = ""
    """Paragraph before the first heading (becomes a chapter titled like the article)."""
    summary: str = ""
    link: str = ""
    author: str = "Nia Harbour"
    published: datetime = field(default_factory=lambda: datetime(2024, 5, 2, 8, 0, tzinfo=UTC))

    def item(self) -> feeds.Item:
        return feeds.Item(
            title=self.title,
            guid=self.guid,
            html=self.html(),
            author=self.author,
            link=self.link,
            published=self.published,
            summary=self.summary,
        )

    def html(self) -> str:
        parts = [f"<p>{escape(self.lead)}</p>"] if self.lead else []
        for heading, paragraphs in self.sections:
            parts.append(f"<h2>{escape(heading)}</h2>")
            parts.extend(f"<p>{escape(p)}</p>" for p in paragraphs)
        return "".join(parts)


def write_feed(path: Path, stories: list[Story], title: str = "The Test Shelf") -> Path:
    """An RSS 2.0 file with a summary (<description>) and a body per story."""
    return feeds.write_feed(
        path,
        [story.item() for story in stories],
        title,
        link="https://shelf.example/",
        description="Short test articles",
    )


CONFIG = """\
[podcast]
title = "Shelf Talk"
description = "Short test articles, read aloud."
author = "Shelf Team"
owner_name = "Ada Owner"
owner_email = "owner@shelf.example"
language = "en"
category = "{category}"
explicit = {explicit}
locked = {locked}
"""


def write_config(
    work: Path,
    *,
    category: str = "Education > How To",
    explicit: bool = False,
    locked: bool = False,
) -> Path:
    path = work / "podcastify.toml"
    path.write_text(
        CONFIG.format(
            category=category, explicit=str(explicit).lower(), locked=str(locked).lower()
        ),
        encoding="utf-8",
    )
    return path


def settings_of(work: Path) -> Settings:
    (settings,) = load_config(work / "podcastify.toml").podcasts
    return settings


def scripts_of(work: Path, source: Path) -> dict[str, Script]:
    """The scripts the build spoke, by article GUID, from the same settings and source."""
    scripts, failed = scripts_for([str(source)], settings_of(work), Reporter())
    assert not failed, failed
    return {article.guid: script for article, script in scripts}


def build(work: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`podcastify build ...` in ``work`` with its podcastify.toml, as a user runs it."""
    from tests.helpers.cli import run_podcastify

    result = run_podcastify("build", *args, cwd=work)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


@contextmanager
def serving(directory: Path) -> Iterator[str]:
    """podcastify's own server on a free port; yields its base URL."""
    from podcastify.server import make_server

    server = make_server(directory, "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


# -- audio measurements -----------------------------------------------------------------


def decoded_samples(path: Path) -> tuple[np.ndarray, int]:
    """The MP3 decoded by ffmpeg, as float samples in [-1, 1] (frames x channels)."""
    audio = decode_audio(path=str(path))
    samples = np.array(audio.get_array_of_samples(), dtype=np.float64) / 32768.0
    return samples.reshape(-1, audio.channels), audio.frame_rate


def loudness_lufs(path: Path) -> float:
    """Integrated loudness (ITU-R BS.1770-4) of the decoded file, measured by pyloudnorm."""
    samples, rate = decoded_samples(path)
    return float(pyloudnorm.Meter(rate).integrated_loudness(samples))


def pcm_loudness_lufs(pcm: bytes, rate: int) -> float:
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float64) / 32768.0
    return float(pyloudnorm.Meter(rate).integrated_loudness(samples))


_TRUE_PEAK = re.compile(r"True peak:\s*\n\s*Peak:\s*(-?[\d.]+|-inf) dBFS")


def true_peak_dbtp(path: Path) -> float:
    """True peak of the decoded file in dBTP: ffmpeg's ebur128 filter, 4x oversampled."""
    result = subprocess.run(
        [
            ffmpeg_exe(),
            "-hide_banner",
            "-nostats",
            "-i",
            str(path),
            "-af",
            "ebur128=peak=true:framelog=quiet",
            "-f",
            "null",
            "-",
        ],
        capture_output=True,
        check=False,
        text=True,
    )
    found = _TRUE_PEAK.findall(result.stderr)
    assert result.returncode == 0 and found, result.stderr[-2000:]
    return float(found[-1])
