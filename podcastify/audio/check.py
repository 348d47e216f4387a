"""Measuring an MP3's true peak while the encoder is still writing it.

The encoder uses one core; decoding what it has written so far and measuring it uses the
other, so checking the MP3 costs no waiting once the encoder is done. The file is read as
it grows (the encoder must write to a real file: it goes back to fill in the header at
the end, which the check does not need).
"""

from __future__ import annotations

import subprocess
import threading
import time
from pathlib import Path
from typing import IO

from podcastify.audio.loudness import LoudnessMeter
from podcastify.ffmpeg import ffmpeg_exe

POLL_SECONDS = 0.02
READ_BYTES = 1 << 16


class GrowingFileCheck:
    """Follow ``path`` from its first byte until :meth:`result`; measure its true peak.

    Start it after ``path`` has been emptied and before the encoder starts writing.
    """

    def __init__(self, path: Path, rate: int) -> None:
        self.meter = LoudnessMeter(rate, loudness=False)
        self._file = open(path, "rb")  # noqa: SIM115 - closed by the follower thread
        command = [ffmpeg_exe(), "-hide_banner", "-nostats", "-loglevel", "error"]
        command += ["-f", "mp3", "-i", "pipe:0", "-f", "f32le", "-ac", "1", "-ar", str(rate)]
        self._decoder = subprocess.Popen(
            [*command, "pipe:1"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._written = threading.Event()
        self._failed = False
        self._threads = [
            threading.Thread(target=self._follow, daemon=True),
            threading.Thread(target=self._measure, daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def _follow(self) -> None:
        stdin: IO[bytes] = self._decoder.stdin  # type: ignore[assignment]
        try:
            with self._file:
                while True:
                    data = self._file.read(READ_BYTES)
                    if data:
                        stdin.write(data)
                    elif self._written.is_set():
                        stdin.write(self._file.read())
                        break
                    else:
                        time.sleep(POLL_SECONDS)
        except (BrokenPipeError, OSError):
            self._failed = True
        finally:
            try:
                stdin.close()
            except OSError:
                self._failed = True

    def _measure(self) -> None:
        import numpy as np

        stdout: IO[bytes] = self._decoder.stdout  # type: ignore[assignment]
        remainder = b""
        while data := stdout.read(READ_BYTES * 4):
            data = remainder + data
            usable = len(data) // 4 * 4
            remainder = data[usable:]
            self.meter.add(np.frombuffer(data[:usable], dtype="<f4").astype(np.float64))

    def result(self) -> float | None:
        """The true peak in dBTP, once the encoder has finished; None if the check failed."""
        self._written.set()
        for thread in self._threads:
            thread.join()
        if self._decoder.wait() != 0 or self._failed:
            return None
        return self.meter.true_peak()

    def abandon(self) -> None:
        """Stop following (the encoding failed)."""
        self._written.set()
        self._decoder.kill()
        for thread in self._threads:
            thread.join()
        self._decoder.wait()
