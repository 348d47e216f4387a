"""The ffmpeg binary that pydub drives, taken from the imageio-ffmpeg wheel.

Users install with pip alone, so no system ffmpeg is required; a system one on PATH is
only used when the wheel's binary is missing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
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


def _decode_command(source: str, output: list[str]) -> list[str]:
    return [ffmpeg_exe(), "-hide_banner", "-nostats", "-loglevel", "error", "-i", source, *output]


def _last_line(stderr: bytes) -> str:
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else "no output"


def decode_pcm(path: str, rate: int) -> bytes:
    """Any audio file ffmpeg reads, as 16-bit mono PCM at ``rate`` (channels averaged)."""
    import subprocess

    pcm = ["-f", "s16le", "-acodec", "pcm_s16le", "-ac", "1", "-ar", str(rate), "pipe:1"]
    result = subprocess.run(_decode_command(path, pcm), capture_output=True, check=False)
    if result.returncode != 0:
        raise AudioError(f"cannot decode audio: {_last_line(result.stderr)}")
    return result.stdout


def stream_float_pcm(path: str, rate: int, chunk_bytes: int = 1 << 18) -> Iterator[bytes]:
    """A file decoded to 32-bit float mono at ``rate``, a chunk at a time (bounded memory)."""
    import subprocess
    import tempfile

    pcm = ["-f", "f32le", "-ac", "1", "-ar", str(rate), "pipe:1"]
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            _decode_command(path, pcm), stdout=subprocess.PIPE, stderr=errors
        )
        assert process.stdout is not None
        try:
            while data := process.stdout.read(chunk_bytes):
                yield data
        finally:
            process.stdout.close()
            code = process.wait()
        if code != 0:
            errors.seek(0)
            raise AudioError(f"cannot decode {path}: {_last_line(errors.read())}")


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
    speed = ["-af", f"atempo={tempo:.4f}"] if tempo != 1.0 else []
    command = _decode_command(source, [*speed, "-f", "wav", "-acodec", "pcm_s16le", "pipe:1"])
    result = subprocess.run(command, input=data, capture_output=True, check=False)
    if result.returncode != 0 or len(result.stdout) < 44:
        raise AudioError(f"cannot decode audio: {_last_line(result.stderr)}")
    return AudioSegment.from_wav(io.BytesIO(result.stdout))
