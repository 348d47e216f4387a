"""Data passed between the stages: sources → script → speech → audio → publish.

Every stage may import these; none of them imports a stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


@dataclass(frozen=True)
class Block:
    """One structural piece of an article's body, before it becomes sentences."""

    kind: BlockKind
    text: str


class BlockKind(StrEnum):
    """What a block is, which decides how it is read aloud."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    LIST_ITEM = "list_item"


@dataclass(frozen=True)
class Article:
    """An article as found in a source, not yet cleaned for speech."""

    guid: str
    """Stable identity: the feed item's GUID, else its link, else the file path."""
    title: str
    """Plain-text title, as the source gives it."""
    link: str = ""
    """The original article's public address, when it has one."""
    author: str = ""
    """The article's author when the source names one; intro and ID3 TPE1 use it."""
    published: datetime | None = None
    """Timezone-aware publication date from the source, when it gives one."""
    summary: str = ""
    """Short plain-text description, for show notes."""
    html: str = ""
    """Body as HTML (feed content or an extracted page); empty when only text is known."""
    text: str = ""
    """Body as plain text (local .txt/.md files); used when ``html`` is empty."""
    source_title: str = ""
    """Name of the feed or site the article came from, for the outro."""
    language: str = ""
    """Language the source declares (``en``, ``en-US``), when it declares one."""


@dataclass(frozen=True)
class Section:
    """A titled part of a script; each becomes a chapter."""

    title: str
    paragraphs: tuple[tuple[str, ...], ...]
    """Paragraphs, each a tuple of sentences ready to speak."""
    spoken_heading: str = ""
    """The heading as it is read aloud before the paragraphs; empty for intro and outro."""
    framing: bool = False
    """True for the intro and outro podcastify adds; False for the article's own text."""


@dataclass(frozen=True)
class Script:
    """Everything one episode will say, in order."""

    title: str
    sections: tuple[Section, ...]

    def sentences(self) -> list[str]:
        """All sentences in speaking order, titles included where spoken."""
        out: list[str] = []
        for section in self.sections:
            if section.spoken_heading:
                out.append(section.spoken_heading)
            for paragraph in section.paragraphs:
                out.extend(paragraph)
        return out

    def body(self) -> tuple[Section, ...]:
        """The article's own sections, without the intro and outro."""
        return tuple(s for s in self.sections if not s.framing)


@dataclass(frozen=True)
class Speech:
    """Raw mono PCM from an engine for one piece of text."""

    pcm: bytes
    """Signed 16-bit little-endian mono samples."""
    sample_rate: int


@dataclass(frozen=True)
class Cue:
    """A sentence's place in the final audio, for transcripts."""

    start: float
    end: float
    text: str


@dataclass(frozen=True)
class Chapter:
    """A section's place in the final audio, in seconds."""

    title: str
    start: float
    end: float


@dataclass
class RenderedAudio:
    """The assembled, mastered audio of one episode and where everything is in it."""

    duration: float
    """Seconds, as the encoded MP3 reports it."""
    chapters: list[Chapter] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)


@dataclass(frozen=True)
class Episode:
    """A published episode as the state database keeps it."""

    guid: str
    title: str
    author: str
    link: str
    published: datetime
    description: str
    filename: str
    """MP3 file name relative to the output folder."""
    size: int
    """Bytes of the final, tagged MP3: the enclosure length."""
    duration: float
    """Seconds, measured from the audio."""
    chapters: tuple[Chapter, ...] = ()
    transcripts: tuple[str, ...] = ()
    """File names of transcripts beside the MP3 (.vtt, .srt, .json)."""
    chapters_file: str = ""
    """File name of the Podcasting 2.0 chapters JSON beside the MP3."""
    summary: str = ""
    source_title: str = ""


@dataclass(frozen=True)
class SpokenSentence:
    """One sentence and the engine's audio for it."""

    text: str
    speech: tuple[Speech, ...]


@dataclass(frozen=True)
class SpokenSection:
    """A script section after synthesis, ready to be assembled."""

    title: str
    heading: SpokenSentence | None
    paragraphs: tuple[tuple[SpokenSentence, ...], ...]


@dataclass(frozen=True)
class Utterance:
    """One synthesised sentence and its place in the script, as speech streams it to audio.

    The place decides the pause before it and the chapter it opens: a new ``block`` is a
    new paragraph (a spoken heading is a block of its own), a new ``section`` a new
    chapter titled ``title``.
    """

    section: int
    """Index of the script section (0 = the first)."""
    title: str
    """Title of that section: the chapter the sentence belongs to."""
    block: int
    """Index of the paragraph within the section."""
    sentence: SpokenSentence
