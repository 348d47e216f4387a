"""File extensions and MIME types podcast apps accept, as data.

An enclosure's URL must end in its extension (Apple checks the URL, not the file) and its
``type`` must name the format; the server's Content-Type must agree.
"""

from __future__ import annotations

ENCLOSURE_TYPES: dict[str, tuple[str, ...]] = {
    ".mp3": ("audio/mpeg",),
    ".m4a": ("audio/x-m4a", "audio/mp4"),
    ".m4b": ("audio/x-m4b", "audio/mp4"),
    ".aac": ("audio/aac", "audio/x-aac"),
    ".mp4": ("video/mp4", "audio/mp4"),
    ".m4v": ("video/x-m4v", "video/mp4"),
    ".mov": ("video/quicktime",),
    ".ogg": ("audio/ogg",),
    ".oga": ("audio/ogg",),
    ".opus": ("audio/opus", "audio/ogg"),
    ".flac": ("audio/flac", "audio/x-flac"),
    ".wav": ("audio/wav", "audio/x-wav", "audio/vnd.wave"),
    ".webm": ("audio/webm", "video/webm"),
    ".pdf": ("application/pdf",),
}
"""Extension → the registered types (the first is the one to write)."""
APPLE_EXTENSIONS = frozenset({".mp3", ".m4a", ".mp4", ".m4v", ".mov", ".pdf"})
"""What Apple Podcasts plays; other apps read more (Ogg, Opus, FLAC)."""
MP3_TYPES = frozenset({"audio/mpeg", "audio/mp3", "audio/x-mp3", "audio/mpeg3", "audio/x-mpeg"})
"""Types that announce an MP3, registered or not."""
GENERIC_TYPES = frozenset({"application/octet-stream", "binary/octet-stream", ""})
"""Types that say nothing about the format (apps must sniff)."""
ARTWORK_FORMATS = {"JPEG": (".jpg", ".jpeg"), "PNG": (".png",)}
"""Pillow format → the file extensions Apple accepts for it."""
ARTWORK_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png"}


def is_media_type(mime: str) -> bool:
    return mime.startswith(("audio/", "video/"))
