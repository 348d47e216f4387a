"""The podcast cover: the user's own image, checked, or one drawn from the title."""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

from podcastify.errors import PublishError
from podcastify.fsutil import atomic_write_bytes

MIN_SIDE = 1400
MAX_SIDE = 3000
GENERATED_SIDE = 1400


def check_cover(data: bytes, where: str) -> str:
    """Validate a user cover against Apple's rules; return its file suffix (.png/.jpg)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, (width, height) = image.format, image.size
    except (UnidentifiedImageError, OSError):
        raise PublishError(f"cover {where} is not a PNG or JPEG image") from None
    if kind not in ("PNG", "JPEG"):
        raise PublishError(f"cover {where} must be PNG or JPEG, not {kind}")
    if width != height:
        raise PublishError(f"cover {where} must be square, it is {width}×{height}")
    if not MIN_SIDE <= width <= MAX_SIDE:
        raise PublishError(f"cover {where} must be {MIN_SIDE}–{MAX_SIDE} px wide, it is {width}")
    return ".png" if kind == "PNG" else ".jpg"


def _font(size: int):  # type: ignore[no-untyped-def]
    from PIL import ImageFont

    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without FreeType
        return ImageFont.load_default()


def draw_cover(title: str, side: int = GENERATED_SIDE) -> bytes:
    """A plain, legible square cover with the podcast title, as PNG bytes."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (side, side), (24, 42, 68))
    draw = ImageDraw.Draw(image)
    margin = side // 10
    draw.rectangle(
        (margin // 2, margin // 2, side - margin // 2, side - margin // 2),
        outline=(240, 180, 60),
        width=side // 90,
    )
    lines = textwrap.wrap(title, width=14)[:5] or ["podcast"]
    size = side // (8 if len(lines) <= 3 else 10)
    font = _font(size)
    heights = [draw.textbbox((0, 0), line, font=font) for line in lines]
    total = sum(b[3] - b[1] for b in heights) + (len(lines) - 1) * size // 3
    y = (side - total) // 2
    for line, box in zip(lines, heights, strict=True):
        width = box[2] - box[0]
        draw.text(((side - width) // 2 - box[0], y - box[1]), line, font=font, fill=(250, 246, 238))
        y += box[3] - box[1] + size // 3
    small = _font(side // 28)
    draw.text((margin, side - margin - side // 28), "podcastify", font=small, fill=(240, 180, 60))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def load_cover(title: str, user_cover: str = "") -> tuple[str, bytes]:
    """The cover's file name and bytes: the user's image, checked, or one drawn."""
    if not user_cover:
        return "cover.png", draw_cover(title)
    path = Path(user_cover)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PublishError(f"cannot read cover {path}: {exc.strerror}") from None
    return "cover" + check_cover(data, str(path)), data


def write_cover(out_dir: Path, name: str, data: bytes) -> None:
    """Put the cover in the folder (only if it changed); remove a cover of the other type."""
    target = out_dir / name
    if not target.exists() or target.read_bytes() != data:
        atomic_write_bytes(target, data)
    for stale in ("cover.png", "cover.jpg"):
        if stale != name and (out_dir / stale).exists():
            (out_dir / stale).unlink()
