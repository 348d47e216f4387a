"""`podcastify voices`: the bundled voice and every usable voice in voices_dir; a voice
listed there can be chosen by its name."""

from __future__ import annotations

import json

from podcastify.speech.piper_engine import bundled_voice


def _install(folder, name: str, language: str) -> None:
    """A voice in a voices folder: the bundled model under another name, its own config."""
    model, config = bundled_voice()
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.onnx").symlink_to(model)
    data = json.loads(config.read_text(encoding="utf-8"))
    data.setdefault("language", {})["code"] = language
    (folder / f"{name}.onnx.json").write_text(json.dumps(data), encoding="utf-8")


def test_voices_lists_the_bundled_voice_and_those_in_voices_dir(cli, tmp_path):
    _install(tmp_path / "voices", "en_GB-test-low", "en_GB")
    (tmp_path / "voices" / "half.onnx").write_bytes(b"no config beside it")
    (tmp_path / "podcastify.toml").write_text('[voice]\nvoices_dir = "voices"\n')
    result = cli("voices", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert names == ["en_US-joe-medium", "en_GB-test-low"]
    assert "en_GB" in result.stdout.splitlines()[1]
    (tmp_path / "a.md").write_text("# Bells\n\nThe bells rang twice at noon.\n")
    spoken = cli("preview", "a.md", "--voice", "en_GB-test-low", "--to", "v.mp3", cwd=tmp_path)
    assert spoken.returncode == 0, spoken.stderr  # chosen by its name in voices_dir
    assert (tmp_path / "v.mp3").stat().st_size > 1000


def test_a_missing_voices_dir_is_said(cli, tmp_path):
    (tmp_path / "podcastify.toml").write_text('[voice]\nvoices_dir = "nowhere"\n')
    result = cli("voices", cwd=tmp_path)
    assert result.returncode == 0
    assert "en_US-joe-medium" in result.stdout
    assert "voices_dir" in result.stderr and "nowhere" in result.stderr
