"""What a quick command loads: `--help`, `list` and `script FILE` must start in a blink, so
the heavy modules (the voice, audio, feed writer, HTML parser, HTTP) load only where used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import cli_env

PROBE = """
import contextlib, io, json, sys
from podcastify.cli import main
sys.argv = ["podcastify", *sys.argv[1:]]
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    main()
print(json.dumps(sorted(sys.modules)))
"""

NEVER_AT_START = {
    "onnxruntime",
    "onnx",
    "piper",
    "numpy",
    "pydub",
    "mutagen",
    "feedgen",
    "PIL",
    "trafilatura",
    "feedparser",
    "gtts",
    "num2words",
    "podcastify.speech",
    "podcastify.audio",
    "podcastify.pipeline",
}
"""Loaded by none of the quick commands."""

FOR_A_LOCAL_TEXT_FILE = {"lxml", "http.client", "ssl", "socket", "defusedxml", "tomllib"}
"""Not needed to read a .md file with no podcastify.toml beside it."""


def _loaded(tmp_path: Path, *args: str) -> set[str]:
    import json

    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=tmp_path,
        env=cli_env({"XDG_CACHE_HOME": str(tmp_path / "cache")}),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(json.loads(out))


@pytest.mark.parametrize("args", [("--help",), ("list",), ("script", "article.md")])
def test_quick_commands_load_nothing_heavy(tmp_path: Path, args: tuple[str, ...]) -> None:
    (tmp_path / "article.md").write_text(
        "# Notes\n\nThe 3 ships sailed on May 4, 1882, for $2.5 million.\n", encoding="utf-8"
    )
    loaded = _loaded(tmp_path, *args)
    assert not loaded & NEVER_AT_START, sorted(loaded & NEVER_AT_START)
    if args[0] == "script":
        assert "podcastify.script" in loaded, "the probe should have read the article"
        assert not loaded & FOR_A_LOCAL_TEXT_FILE, sorted(loaded & FOR_A_LOCAL_TEXT_FILE)
