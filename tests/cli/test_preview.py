"""`podcastify preview`: a short MP3 of an article's opening, to try a voice and a speed,
made with real Piper; nothing is published and no state is written."""

from __future__ import annotations

from mutagen.mp3 import MP3

ARTICLE = (
    "# The Night Ferry\n\n"
    + " ".join(
        f"On crossing number {n} the ferry left the pier at dusk and the gulls followed it."
        for n in range(1, 13)
    )
    + "\n"
)


def test_a_preview_is_short_mastered_audio_and_publishes_nothing(cli, tmp_path):
    (tmp_path / "ferry.md").write_text(ARTICLE, encoding="utf-8")
    normal = cli("preview", "ferry.md", "--seconds", "6", "--to", "normal.mp3", cwd=tmp_path)
    assert normal.returncode == 0, normal.stderr
    assert "wrote" in normal.stdout
    quick = cli(
        "preview", "ferry.md", "--seconds", "6", "--speed", "1.5", "--to", "quick.mp3",
        cwd=tmp_path,
    )  # fmt: skip
    assert quick.returncode == 0, quick.stderr
    lengths = {name: MP3(tmp_path / f"{name}.mp3").info.length for name in ("normal", "quick")}
    assert 3 <= lengths["normal"] <= 9, lengths  # whole sentences, about six seconds
    assert lengths["quick"] < lengths["normal"], lengths
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["ferry.md", "normal.mp3", "quick.mp3"]  # no feed, no state, no audio/


def test_a_missing_article_is_one_line_and_writes_nothing(cli, tmp_path):
    result = cli("preview", "missing.md", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "missing.md" in lines[0], result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_voice_that_cannot_work_is_bad_usage_as_in_build(cli, tmp_path):
    (tmp_path / "ferry.md").write_text(ARTICLE, encoding="utf-8")
    result = cli("preview", "ferry.md", "--voice", "nosuch", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "unknown Piper voice 'nosuch'" in lines[0]
    assert list(tmp_path.iterdir()) == [tmp_path / "ferry.md"]
