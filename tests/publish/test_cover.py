"""The cover: the user's image checked against Apple's rules, else one drawn from the title."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from podcastify.errors import PublishError
from podcastify.publish.cover import GENERATED_SIDE, draw_cover, load_cover, write_cover


def _image(path, size, kind="PNG", mode="RGB"):
    Image.new(mode, size, (10, 20, 30)).save(path, format=kind)
    return str(path)


def test_a_drawn_cover_is_a_square_png_in_apples_range():
    name, data = load_cover("Night Reading")
    assert name == "cover.png"
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "PNG" and image.size == (GENERATED_SIDE, GENERATED_SIDE)


def test_different_titles_draw_different_covers():
    assert draw_cover("Night Reading") != draw_cover("Morning News")


@pytest.mark.parametrize(("kind", "name"), [("PNG", "cover.png"), ("JPEG", "cover.jpg")])
def test_a_good_user_cover_is_used_as_it_is(tmp_path, kind, name):
    path = _image(tmp_path / "mine", (1600, 1600), kind)
    got_name, data = load_cover("x", path)
    assert got_name == name and data == (tmp_path / "mine").read_bytes()


@pytest.mark.parametrize(
    ("size", "kind", "message"),
    [
        ((1600, 1400), "PNG", "must be square, it is 1600×1400"),
        ((1000, 1000), "PNG", "1400–3000 px wide"),
        ((3200, 3200), "PNG", "1400–3000 px wide"),
        ((1500, 1500), "GIF", "must be PNG or JPEG, not GIF"),
    ],
)
def test_a_cover_apple_would_reject_is_refused_in_one_line(tmp_path, size, kind, message):
    path = _image(tmp_path / "bad", size, kind, "P" if kind == "GIF" else "RGB")
    with pytest.raises(PublishError, match=message):
        load_cover("x", path)


def test_unreadable_covers_are_one_line_errors(tmp_path):
    (tmp_path / "text.png").write_text("not an image")
    with pytest.raises(PublishError, match="is not a PNG or JPEG image"):
        load_cover("x", str(tmp_path / "text.png"))
    with pytest.raises(PublishError, match="cannot read cover"):
        load_cover("x", str(tmp_path / "missing.png"))


def test_writing_a_cover_of_the_other_kind_removes_the_stale_one(tmp_path):
    write_cover(tmp_path, "cover.png", b"png bytes")
    stamp = (tmp_path / "cover.png").stat().st_mtime_ns
    write_cover(tmp_path, "cover.png", b"png bytes")
    assert (tmp_path / "cover.png").stat().st_mtime_ns == stamp  # unchanged: not rewritten
    write_cover(tmp_path, "cover.jpg", b"jpg bytes")
    assert not (tmp_path / "cover.png").exists()
    assert (tmp_path / "cover.jpg").read_bytes() == b"jpg bytes"
