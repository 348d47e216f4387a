"""The one way tests run the real command line: a child process, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a CLI child: this checkout first on the path, no stray kill point."""
    env = {k: v for k, v in os.environ.items() if k != "PODCASTIFY_KILL_AT"}
    env.update({"PYTHONUNBUFFERED": "1", **(extra or {})})
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "podcastify", *args]


def run_podcastify(
    *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """Run ``podcastify ARGS`` to the end in ``cwd``."""
    return subprocess.run(
        command(*args),
        cwd=cwd,
        env=cli_env(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def start_podcastify(
    *args: str, cwd: Path, env: dict[str, str] | None = None, **popen: object
) -> subprocess.Popen[str]:
    """Start ``podcastify ARGS`` in the background (the caller stops it)."""
    options: dict[str, object] = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    options.update(popen)
    return subprocess.Popen(  # type: ignore[call-overload]
        command(*args), cwd=cwd, env=cli_env(env), text=True, **options
    )
