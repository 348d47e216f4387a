"""Data flows one way: a stage imports shared modules and earlier stages, never a later one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "podcastify"
STAGES = ["sources", "script", "speech", "audio", "publish"]
SHARED = {
    "errors",
    "models",
    "text",
    "ffmpeg",
    "fsutil",
    "categories",
    "faults",
    "boilerplate",
    "urls",
    "settings",
    "patterns",
    "",
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("podcastify")
        ):
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names if a.name.startswith("podcastify"))
    return names


@pytest.mark.parametrize("stage", STAGES)
def test_stage_imports_only_shared_modules_and_earlier_stages(stage):
    allowed = SHARED | set(STAGES[: STAGES.index(stage) + 1])
    for path in (PACKAGE / stage).rglob("*.py"):
        for module in _imports(path):
            top = module.removeprefix("podcastify").lstrip(".").split(".")[0]
            assert top in allowed, f"{path.relative_to(PACKAGE)} imports {module}"


def test_cli_is_a_thin_shell_over_the_pipeline():
    stages = {m.split(".")[1] for m in _imports(PACKAGE / "cli.py") if m.count(".")}
    assert not stages & set(STAGES), stages


def test_reading_runs_the_first_two_stages_only():
    """`podcastify script` imports podcastify.reading: never the voice, audio or feed."""
    stages = {m.split(".")[1] for m in _imports(PACKAGE / "reading.py") if m.count(".")}
    assert stages & set(STAGES) == {"sources", "script"}, stages


def test_the_feed_doctor_reads_feeds_like_an_app_not_like_the_pipeline():
    """podcastify.check may fetch (sources) and knows the published formats (publish), but
    never runs the pipeline or its middle stages."""
    allowed = SHARED | {"check", "sources", "publish", "server"}
    for path in (PACKAGE / "check").rglob("*.py"):
        for module in _imports(path):
            top = module.removeprefix("podcastify").lstrip(".").split(".")[0]
            assert top in allowed, f"{path.relative_to(PACKAGE)} imports {module}"
