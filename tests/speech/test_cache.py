"""The sentence cache: unchanged sentences are not spoken again; the folder stays bounded."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from podcastify.models import Script, Section, Speech
from podcastify.speech import speak_script
from podcastify.speech.cache import CachedEngine, SentenceCache, file_identity, sentence_key


class Counting:
    """A fake engine: a few hundred bytes per word, two chunks, counting what it says."""

    name = "counting"
    language = "en"

    def __init__(self) -> None:
        self.said: list[str] = []

    def synthesize(self, text: str) -> Iterator[Speech]:
        self.said.append(text)
        words = len(text.split())
        yield Speech(pcm=text.encode()[:8].ljust(8, b".") * 40 * words, sample_rate=22050)
        yield Speech(pcm=b"\x00\x01" * 10, sample_rate=16000)


def article(changed: str) -> Script:
    return Script(
        title="A",
        sections=(
            Section("Intro", (("Welcome to the show.",),), framing=True),
            Section(
                "Body",
                (
                    ("The first paragraph stays.", "It has two sentences."),
                    (changed,),
                    ("The last paragraph stays too.",),
                ),
                spoken_heading="Body",
            ),
        ),
    )


def spoken(script: Script, engine) -> list[tuple[str, tuple[Speech, ...]]]:
    return [(u.sentence.text, u.sentence.speech) for u in speak_script(script, engine)]


def test_a_refresh_with_one_changed_paragraph_speaks_only_that_paragraph(tmp_path):
    cache = SentenceCache(tmp_path / "cache")
    first_engine = Counting()
    first = spoken(article("The middle says one thing."), CachedEngine(first_engine, cache, "v"))
    assert first_engine.said == article("The middle says one thing.").sentences()
    engine = Counting()
    cached = CachedEngine(engine, cache, "v")
    again = spoken(article("The middle now says another."), cached)
    assert engine.said == ["The middle now says another."]
    assert (cached.hits, cached.misses) == (5, 1)
    # What came from the cache is exactly what the engine said the first time.
    same = [pair for pair in first if pair[0] != "The middle says one thing."]
    assert [pair for pair in again if pair[0] != "The middle now says another."] == same


@pytest.mark.parametrize(
    "other",
    [
        ("Hello there.", "piper", "joe", {"length_scale": 1.1}),
        ("Hello there!", "piper", "joe", {"length_scale": 1.0}),
        ("Hello there.", "gtts", "joe", {"length_scale": 1.0}),
        ("Hello there.", "piper", "amy", {"length_scale": 1.0}),
        ("Hello there.", "piper", "joe", {}),
    ],
)
def test_the_key_changes_with_text_engine_voice_and_settings(other):
    key = sentence_key("Hello there.", "piper", "joe", {"length_scale": 1.0})
    assert sentence_key("Hello there.", "piper", "joe", {"length_scale": 1.0}) == key
    assert sentence_key(*other) != key


def test_a_replaced_voice_file_is_another_voice(tmp_path):
    model = tmp_path / "voice.onnx"
    model.write_bytes(b"one")
    before = file_identity(model)
    model.write_bytes(b"other")
    assert file_identity(model) != before


def test_the_folder_stays_under_its_bound_and_keeps_what_was_used_last(tmp_path):
    cache = SentenceCache(tmp_path, max_bytes=10_000)
    speech = (Speech(pcm=b"x" * 1000, sample_rate=16000),)
    for n in range(8):
        cache.put(f"k{n}", speech)
        os.utime(tmp_path / f"k{n}.pcm", ns=(n * 10**9, n * 10**9))
    assert cache.get("k0") == speech  # used again: now the most recent
    for n in range(8, 14):
        cache.put(f"k{n}", speech)
    assert cache.size() <= 10_000
    assert sum(p.stat().st_size for p in tmp_path.iterdir()) == cache.size()
    assert cache.get("k0") == speech and cache.get("k13") == speech
    assert cache.get("k1") is None  # the least recently used went first


def test_clear_empties_it(tmp_path):
    cache = SentenceCache(tmp_path / "c")
    cache.put("a", (Speech(b"\x00\x00", 8000),))
    cache.put("b", ())
    assert cache.get("b") == ()
    assert cache.clear() == 2
    assert cache.get("a") is None and cache.size() == 0
    assert list((tmp_path / "c").iterdir()) == []


@pytest.mark.parametrize("damage", [b"", b"garbage", b"podcastify-speech-1\n\x00\x01"])
def test_a_damaged_entry_is_spoken_again(tmp_path, damage):
    cache = SentenceCache(tmp_path)
    engine = Counting()
    cached = CachedEngine(engine, cache, "v")
    list(cached.synthesize("Say it."))
    (path,) = tmp_path.glob("*.pcm")
    path.write_bytes(damage)
    again = list(cached.synthesize("Say it."))
    assert engine.said == ["Say it.", "Say it."]
    assert again == list(Counting().synthesize("Say it."))
