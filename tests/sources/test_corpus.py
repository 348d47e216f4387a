"""Hundreds of real-world and edge-case feeds: never a traceback, always one clear line.

Every file under tests/fixtures/feeds/ (the corpus, and the fixtures of the other source
tests) goes through ``read_source``; a sample also goes through the real command line,
``python -m podcastify script FILE``, as a user would run it.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from podcastify.errors import PodcastifyError
from podcastify.models import Article
from podcastify.sources import FetchLimits, identities, read_source

pytestmark = pytest.mark.faults

REPO = Path(__file__).resolve().parents[2]
FEEDS = REPO / "tests" / "fixtures" / "feeds"
CORPUS = FEEDS / "corpus"
NOT_FEEDS = {"README.md", "LICENSE", "expected.toml"}
FILES = sorted(p for p in FEEDS.rglob("*") if p.is_file() and p.name not in NOT_FEEDS)
CLI_SAMPLE = 50
LIMITS = FetchLimits(timeout=2)


def test_the_corpus_is_a_few_hundred_feeds() -> None:
    assert len([p for p in FILES if CORPUS in p.parents]) >= 300
    assert sum(p.stat().st_size for p in FILES) < 5_000_000


def _check_articles(path: Path, articles: list[Article]) -> list[str]:
    problems: list[str] = []
    seen: set[str] = set()
    for article in articles:
        if not article.guid or not article.title.strip():
            problems.append(f"{path.name}: an article without GUID or title")
        if identities(article) & seen:
            problems.append(f"{path.name}: two articles share an identity ({article.guid})")
        seen |= identities(article)
        for field in (article.guid, article.source_title):
            if str(REPO) in field or "file://" in field:
                problems.append(f"{path.name}: a path in {field!r}")
        if "@" in article.author:
            problems.append(f"{path.name}: an address as author: {article.author!r}")
    return problems


def test_read_source_never_raises_anything_but_a_one_line_error() -> None:
    problems: list[str] = []
    outcomes = {"read": 0, "refused": 0}
    for path in FILES:
        try:
            articles = read_source(str(path), LIMITS, lambda message: None)
        except PodcastifyError as exc:
            outcomes["refused"] += 1
            if "\n" in str(exc) or len(str(exc)) > 400 or not str(exc).strip():
                problems.append(f"{path.relative_to(FEEDS)}: {str(exc)[:200]!r}")
            continue
        except Exception as exc:  # every other exception is the bug sought
            problems.append(f"{path.relative_to(FEEDS)}: {type(exc).__name__}: {exc}")
            continue
        outcomes["read"] += 1
        if not articles:
            problems.append(f"{path.relative_to(FEEDS)}: read with no articles and no error")
        problems += _check_articles(path, articles)
    assert not problems, "\n".join(problems[:40])
    assert outcomes["read"] > 200, outcomes


def _sample() -> list[Path]:
    ours = [p for p in FILES if CORPUS not in p.parents or "podcastify" in p.parts]
    theirs = [p for p in FILES if p not in ours]
    rng = random.Random(2024)
    return sorted(ours) + sorted(rng.sample(theirs, CLI_SAMPLE - min(len(ours), 20)))[:CLI_SAMPLE]


def _script(path: Path, config: Path) -> tuple[Path, subprocess.CompletedProcess[str]]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("PODCASTIFY_KILL_AT", None)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run(
        [sys.executable, "-m", "podcastify", "script", "--config", str(config), str(path)],
        cwd=config.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return path, done


def test_script_on_a_sample_never_prints_a_traceback(tmp_path: Path) -> None:
    config = tmp_path / "podcastify.toml"
    config.write_text("[build]\ntimeout = 2\n", encoding="utf-8")
    sample = _sample()
    assert len(sample) >= 40
    problems: list[str] = []
    codes: dict[int, int] = {}
    with ThreadPoolExecutor(max_workers=2) as pool:
        for path, done in pool.map(lambda p: _script(p, config), sample):
            name = str(path.relative_to(FEEDS))
            codes[done.returncode] = codes.get(done.returncode, 0) + 1
            output = done.stdout + done.stderr
            if "Traceback" in output:
                problems.append(f"{name}: traceback\n{done.stderr[-2000:]}")
            if done.returncode not in (0, 1, 3):
                problems.append(f"{name}: exit {done.returncode}: {done.stderr[-300:]}")
            lines = done.stderr.splitlines()
            errors = [line for line in lines if line.startswith(("error:", "Error:"))]
            if done.returncode in (1, 3) and not errors:
                problems.append(f"{name}: exit {done.returncode} without an error line")
            problems += [f"{name}: long error line" for line in errors if len(line) > 500]
    assert not problems, "\n".join(problems[:20])
    assert codes.get(0, 0) >= 10, codes
