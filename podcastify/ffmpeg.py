"""The ffmpeg binary that pydub drives, taken from the imageio-ffmpeg wheel.

Users install with pip alone, so no system ffmpeg is required; a system one on PATH is
only used when the wheel's binary is missing.
"""

from __future__ import annotations

import shutil
from functools import lru_cache
from typing import TYPE_CHECKING

from podcastify.errors import AudioError

if TYPE_CHECKING:
    from pydub import AudioSegment


@lru_cache(maxsize=1)
def ffmpeg_exe() -> str:
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()
    except Exception:
        found = shutil.which("ffmpeg")
        if found:
            return found
        raise AudioError(
            "ffmpeg not found: reinstall podcastify (it needs imageio-ffmpeg)"
        ) from None


@lru_cache(maxsize=1)
def configure_pydub() -> None:
    """Point pydub at our ffmpeg before any decode or export."""
    from pydub import AudioSegment

    exe = ffmpeg_exe()
    AudioSegment.converter = exe
    AudioSegment.ffmpeg = exe


def decode_audio(
    data: bytes | None = None, path: str | None = None, *, tempo: float = 1.0
) -> AudioSegment:
    """Decode any audio ffmpeg reads into a pydub AudioSegment (16-bit PCM WAV in between),
    sped up or slowed down by ``tempo`` without changing its pitch.

    pydub's own ``from_file`` needs ffprobe, which the imageio-ffmpeg wheel does not ship.
    """
    import io
    import subprocess

    from pydub import AudioSegment

    source = path if path is not None else "pipe:0"
    command = [
        ffmpeg_exe(),
        "-hide_banner",
        "-nostats",
        "-loglevel",
        "error",
        "-i",
        source,
        *(["-af", f"atempo={tempo:.4f}"] if tempo != 1.0 else []),
        "-f",
        "wav",
        "-acodec",
        "pcm_s16le",
        "pipe:1",
    ]
    result = subprocess.run(command, input=data, capture_output=True, check=False)
    if result.returncode != 0 or len(result.stdout) < 44:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise AudioError(f"cannot decode audio: {message[-1] if message else 'no output'}")
    return AudioSegment.from_wav(io.BytesIO(result.stdout))
