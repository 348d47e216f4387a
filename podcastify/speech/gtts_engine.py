"""gTTS: Google's online engine, for users who prefer its voices and have a network.

Google answers busy or failing requests with 429 and 5xx; those are retried with
exponential backoff and jitter, honouring Retry-After, within a bounded total time. A
request that gets no answer is given up after a timeout and counts as a failure too.
"""

from __future__ import annotations

import random
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from podcastify.errors import AudioError, EngineError
from podcastify.ffmpeg import configure_pydub, decode_audio
from podcastify.models import Speech
from podcastify.patterns import compiled
from podcastify.settings import VoiceSettings

RETRYABLE = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """How long to keep asking a busy or failing TTS service."""

    attempts: int = 1000
    """Most tries per request, the first included; ``give_up_after`` usually ends first."""
    base_delay: float = 1.0
    """Seconds before the first retry; doubled after each failure."""
    max_delay: float = 30.0
    """Longest single wait (also caps a server's Retry-After)."""
    give_up_after: float = 120.0
    """Total seconds spent on one request before giving up."""
    request_timeout: float = 30.0
    """Longest wait for one answer (connect or read); a hung service must not stall a run."""
    min_request_timeout: float = 5.0
    """Shortest such wait, however little of ``give_up_after`` is left."""

    def timeout(self, waited: float) -> float:
        """The timeout of the next request, ``waited`` seconds into retrying."""
        left = self.give_up_after - waited
        return min(self.request_timeout, max(self.min_request_timeout, left))


def _retry_after(response: object) -> float | None:
    headers = getattr(response, "headers", None) or {}
    value = headers.get("Retry-After") if hasattr(headers, "get") else None
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


_DOMAIN = compiled(r"^[a-z]{2,3}(?:\.[a-z]{2,3})?$")


def check_voice(voice: VoiceSettings, language: str = "en") -> None:
    """gTTS's voice is a Google domain (``com``, ``co.uk``); its language must be one gTTS
    speaks."""
    from gtts.lang import tts_langs

    if voice.voice and not _DOMAIN.match(voice.voice):
        kind = "a Piper voice model" if voice.voice.endswith(".onnx") else "not a Google domain"
        raise EngineError(
            f"gTTS cannot use the voice {voice.voice!r} ({kind}); give a Google domain "
            "such as 'com' or 'co.uk', or use --engine piper"
        )
    if (language or "en").split("-")[0].lower() not in tts_langs():
        raise EngineError(f"gTTS does not speak language {language!r}")


def _cannot_connect(error: BaseException | None) -> bool:
    """Whether the request never reached Google: no route, no name, refused (a busy or
    slow Google is retried instead)."""
    import urllib3.exceptions

    unreachable = (
        urllib3.exceptions.NewConnectionError,  # refused, unreachable, name not resolved
        urllib3.exceptions.ProxyError,
        socket.gaierror,
        ConnectionRefusedError,
    )
    for _ in range(8):
        if error is None:
            return False
        if isinstance(error, unreachable):
            return True
        nested = getattr(error, "reason", None)
        if not isinstance(nested, BaseException):
            nested = next((a for a in error.args if isinstance(a, BaseException)), None)
        error = nested or error.__cause__ or error.__context__
    return False


class GTTSEngine:
    """Synthesises each sentence with gTTS and decodes its MP3 to PCM."""

    name = "gtts"

    def __init__(
        self,
        voice: VoiceSettings,
        language: str = "en",
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        check_voice(voice, language)
        self.language = (language or "en").split("-")[0].lower()
        self.tld = voice.voice or "com"
        self.speed = voice.speed
        self.identity = f"google:{self.tld}:{self.language}"
        self.policy = policy or RetryPolicy(give_up_after=voice.retry_seconds)
        self.sleep = sleep
        configure_pydub()

    def _mp3(self, text: str) -> bytes:
        import requests
        from gtts import gTTS, gTTSError

        started = time.monotonic()
        delay = self.policy.base_delay
        for attempt in range(1, self.policy.attempts + 1):
            timeout = self.policy.timeout(time.monotonic() - started)
            try:
                tts = gTTS(
                    text, lang=self.language, tld=self.tld, lang_check=False, timeout=timeout
                )
                return b"".join(tts.stream())
            except gTTSError as exc:
                if _cannot_connect(exc):
                    raise EngineError(
                        "gTTS failed: no network (Google's speech service cannot be reached); "
                        "connect, or use --engine piper, which works offline"
                    ) from None
                response = getattr(exc, "rsp", None)
                status = getattr(response, "status_code", None)
                retryable = status is None or status in RETRYABLE
                waited = time.monotonic() - started
                reason = str(exc)
                if isinstance(exc.__cause__ or exc.__context__, requests.exceptions.Timeout):
                    reason = f"no answer from Google within {timeout:.0f} s"
                if not retryable or attempt == self.policy.attempts:
                    raise EngineError(f"gTTS failed: {reason}") from None
                wait = _retry_after(response)
                if not wait:  # absent, zero or already past: back off on our own
                    wait = delay * (0.5 + random.random())
                wait = min(wait, self.policy.max_delay)
                if waited + wait > self.policy.give_up_after:
                    raise EngineError(
                        f"gTTS still failing after {waited:.0f} s ({reason}); giving up"
                    ) from None
                self.sleep(wait)
                delay *= 2
            except AssertionError:
                raise EngineError(f"gTTS had nothing to say for {text[:60]!r}") from None
        raise EngineError("gTTS failed")  # pragma: no cover - loop always returns or raises

    def synthesize(self, text: str) -> Iterator[Speech]:
        data = self._mp3(text)
        try:
            # Google has one pace; another speed is a pitch-preserving tempo change.
            segment = decode_audio(data, tempo=self.speed)
        except AudioError as exc:
            raise EngineError(f"gTTS returned audio that cannot be decoded: {exc}") from None
        segment = segment.set_channels(1).set_sample_width(2)
        yield Speech(pcm=segment.raw_data, sample_rate=segment.frame_rate)


def create(voice: VoiceSettings, language: str) -> GTTSEngine:
    return GTTSEngine(voice, language)
