"""Speech streams sentences: nothing is spoken before it is read, and the written form
rides along with the spoken one."""

from __future__ import annotations

from collections.abc import Iterator

from podcastify.models import Script, Section, Speech
from podcastify.speech import speak_script
from podcastify.speech.cache import CachedEngine, SentenceCache


class Counting:
    """A fake engine that counts what it was asked to say."""

    name = "counting"
    language = "en"

    def __init__(self) -> None:
        self.said: list[str] = []

    def synthesize(self, text: str) -> Iterator[Speech]:
        self.said.append(text)
        yield Speech(pcm=b"\x01\x00" * 160, sample_rate=16000)


SCRIPT = Script(
    title="T",
    sections=(
        Section("Introduction", (("one two", "three"),)),
        Section("Body", (("a b c",), ("d e", "f")), spoken_heading="Body"),
        Section("Credits", (("bye now",),)),
    ),
)


def test_progress_counts_every_sentence():
    seen: list[tuple[int, int]] = []
    list(speak_script(SCRIPT, Counting(), lambda d, t: seen.append((d, t))))
    assert seen == [(i, 7) for i in range(1, 8)]


def test_nothing_is_spoken_until_the_stream_is_read():
    engine = Counting()
    stream = speak_script(SCRIPT, engine)
    assert engine.said == []
    first = next(stream)
    assert engine.said == ["one two"] and first.sentence.text == "one two"
    rest = list(stream)
    assert engine.said == SCRIPT.sentences()
    places = [(u.section, u.title, u.block) for u in [first, *rest]]
    assert places == [
        (0, "Introduction", 0),
        (0, "Introduction", 0),
        (1, "Body", 0),
        (1, "Body", 1),
        (1, "Body", 2),
        (1, "Body", 2),
        (2, "Credits", 0),
    ]


def test_each_sentence_carries_its_written_form():
    script = Script(
        title="T",
        sections=(Section("Body", (("in nineteen fourteen",),), written=(("in 1914",),)),),
    )
    (utterance,) = speak_script(script, Counting())
    assert (utterance.sentence.text, utterance.sentence.written) == (
        "in nineteen fourteen",
        "in 1914",
    )


class Keeping(Counting):
    """A fake engine that keeps memory between sentences, as Piper's decoder does."""

    def release_memory(self) -> None:
        self.said.append("<released>")


def test_an_engine_gives_back_what_it_kept_once_the_last_sentence_is_read():
    engine = Keeping()
    stream = speak_script(SCRIPT, engine)
    for _ in range(len(SCRIPT.sentences())):
        next(stream)
    assert "<released>" not in engine.said, "not while sentences are still to come"
    assert list(stream) == []
    assert engine.said == [*SCRIPT.sentences(), "<released>"]


def test_an_engine_without_memory_to_give_back_needs_nothing():
    assert len(list(speak_script(SCRIPT, Counting()))) == len(SCRIPT.sentences())


def test_the_sentence_cache_passes_the_release_on(tmp_path):
    engine = Keeping()
    cached = CachedEngine(engine, SentenceCache(tmp_path), voice="v")
    list(speak_script(SCRIPT, cached))
    assert engine.said[-1] == "<released>"
