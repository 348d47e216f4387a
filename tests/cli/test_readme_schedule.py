"""The README's systemd unit and crontab line work as written: their commands are taken
from the README itself and run, with $HOME and the project's .venv made for the test."""

from __future__ import annotations

import os
import re
import shlex
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import REPO, cli_env
from tests.helpers.feeds import Item, write_feed
from tests.realuse.conftest import day, snapshot

pytestmark = pytest.mark.e2e

README = (REPO / "README.md").read_text(encoding="utf-8")


def _block(language: str) -> str:
    match = re.search(rf"```{language}\n(.*?)```", README, re.S)
    assert match, f"no ```{language} block in the README"
    return match.group(1)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """$HOME with ~/podcasts holding a podcast, and the .venv the README names."""
    project = tmp_path / "podcasts"
    bin_dir = project / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    wrapper = bin_dir / "podcastify"
    wrapper.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m podcastify "$@"\n')
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    write_feed(
        project / "feed.xml", [Item("Owls", "owls", "<p>Owls see at night.</p>", published=day(1))]
    )
    (project / "podcastify.toml").write_text(
        'intro_template = ""\noutro_template = ""\nbitrate_kbps = 32\nsample_rate = 22050\n'
        '[podcast]\nsources = ["feed.xml"]\n[publish]\nout = "public"\n'
        'base_url = "https://pods.example.org/"\n'
    )
    return tmp_path


def test_the_systemd_units_command_watches_and_stops_cleanly_on_its_kill_signal(home):
    unit = _block("ini")
    (command,) = re.findall(r"^ExecStart=(.+)$", unit, re.M)
    (workdir,) = re.findall(r"^WorkingDirectory=(.+)$", unit, re.M)
    (kill,) = re.findall(r"^KillSignal=(\w+)$", unit, re.M)
    expand = lambda text: text.replace("%h", str(home))  # noqa: E731  (systemd's %h)
    child = subprocess.Popen(
        shlex.split(expand(command)),
        cwd=expand(workdir),
        env={**cli_env(), "HOME": str(home)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert "run 1:" in line and "1 added" in line, line
        child.send_signal(getattr(signal, kill))
        assert child.wait(timeout=120) == 0
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate()
    assert set(snapshot(home / "podcasts" / "public", "https://pods.example.org/").items) == {
        "owls"
    }


def test_the_crontab_line_builds_and_logs(home):
    line = _block("crontab").strip()
    fields = line.split(None, 5)
    assert len(fields) == 6 and fields[0].isdigit(), line
    schedule, command = fields[:5], fields[5]
    assert schedule == ["10", "*", "*", "*", "*"]
    env = {**cli_env(), "HOME": str(home)}
    subprocess.run(["/bin/sh", "-c", command], env=env, check=True, timeout=300)
    log = (home / "podcasts" / "build.log").read_text()
    assert "Traceback" not in log
    assert set(snapshot(home / "podcasts" / "public", "https://pods.example.org/").items) == {
        "owls"
    }
    assert os.path.getsize(home / "podcasts" / "build.log") < 2000


def test_the_readme_config_for_two_podcasts_loads(tmp_path):
    from podcastify.config import load_config

    toml = next(b for b in re.findall(r"```toml\n(.*?)```", README, re.S) if "[[podcast]]" in b)
    path = tmp_path / "podcastify.toml"
    path.write_text(toml)
    news, long = load_config(path).podcasts
    assert (news.name, long.name) == ("news", "long")
    assert news.voice.speed == 1.15 and long.publish.private
    assert long.voice.voice == "en_GB-alba-medium" and news.voice.voice == ""
    assert news.podcast.author == long.podcast.author == "Jo Reader"
