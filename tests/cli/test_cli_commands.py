"""The commands a user types, through the real CLI process."""

from __future__ import annotations

import tomllib

import pytest

COMMANDS = [
    "build",
    "script",
    "list",
    "init",
    "serve",
    "refresh",
    "remove",
    "url",
    "rotate-token",
    "watch",
    "preview",
    "voices",
    "engines",
    "import-opml",
    "check",
]


def test_help_lists_every_command(cli, tmp_path):
    result = cli("--help", cwd=tmp_path)
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_is_explained(cli, tmp_path, command):
    result = cli(command, "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "-h, --help" in result.stdout
    for line in result.stdout.splitlines():
        stripped = line.strip()
        if stripped.startswith("--") and stripped != "--help":
            # Each option line carries help text after the option name.
            assert len(stripped.split(None, 2)) >= 2, line


def test_module_entry_point_prints_version(cli, tmp_path):
    result = cli("--version", cwd=tmp_path)
    assert result.returncode == 0 and "podcastify" in result.stdout


def test_init_writes_a_valid_commented_config(cli, tmp_path):
    result = cli("init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "podcastify.toml").read_text()
    assert text.count("#") > 10
    data = tomllib.loads(text)
    assert data["podcast"]["title"] and data["voice"]["engine"] == "piper"
    again = cli("init", cwd=tmp_path)
    assert again.returncode == 1 and "already exists" in again.stderr
    # The written file is accepted by the real loader.
    listed = cli("list", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr


def test_list_with_nothing_published(cli, tmp_path):
    result = cli("list", cwd=tmp_path)
    assert result.returncode == 0
    assert "no episodes" in result.stderr


def test_build_without_sources_explains_what_to_give(cli, tmp_path):
    result = cli("build", cwd=tmp_path)
    assert result.returncode == 2
    assert "SOURCE" in result.stderr and "Traceback" not in result.stderr


def test_script_prints_what_will_be_spoken(cli, tmp_path):
    (tmp_path / "note.txt").write_text(
        "Notes on Rain\n\nDr. Smith measured 12 mm of rain.\n\nIt stopped at noon.\n"
    )
    result = cli("script", "note.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Notes on Rain" in out
    assert "It stopped at noon." in out
    assert "Doctor Smith" in out
    assert not list(tmp_path.glob("audio/*.mp3"))


def test_an_unwritable_output_folder_is_a_one_line_error(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nWords.\n")
    (tmp_path / "taken").write_text("a file where the output folder should be")
    result = cli("build", "a.txt", "--out", "taken", cwd=tmp_path)
    assert result.returncode == 2  # a usage error: --out names a file
    assert "Traceback" not in result.stderr
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("Error:")]
    assert "'taken' is a file" in line


def test_url_before_the_first_build_says_nothing_is_there_yet(cli, tmp_path):
    """The address is printed (to set up a web server first), a mistyped --out is noticed."""
    result = cli("url", "--out", "nowhere", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "http://localhost:8000/feed.xml"
    assert "nothing is published in nowhere yet" in result.stderr

    (tmp_path / "a.txt").write_text("A Title\n\nA few words to say out loud.\n")
    assert cli("build", "a.txt", "--out", "site", "-q", cwd=tmp_path).returncode == 0
    published = cli("url", "--out", "site", cwd=tmp_path)
    assert published.stdout.strip() == "http://localhost:8000/feed.xml"
    assert "nothing is published" not in published.stderr
