"""Data passed between the stages: sources → script → speech → audio → publish.

Every stage may import these; none of them imports a stage.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from podcastify.patterns import compiled

_TAGS = compiled(r"<[^>]*>")


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
    """Stable identity: the feed item's GUID, else one derived from what identifies the item;
    for local files, one derived from the file's name and title (never a path)."""
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
    aliases: tuple[str, ...] = ()
    """Other identities this article may have been published under: its canonical link
    (:func:`podcastify.urls.canonical_url`), the page's ``<link rel="canonical">``, and
    the GUID an older podcastify gave it; never the same as ``guid``."""

    def fingerprint(self) -> str:
        """A hash of the article's words as the source gives them (markup and spacing
        ignored), to notice that a published article has changed since."""
        body = self.html or self.text or self.summary
        words = " ".join(_TAGS.sub(" ", f"{self.title}\n{body}").split())
        return "sha256:" + hashlib.sha256(words.encode("utf-8")).hexdigest()[:32]


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
    written: tuple[tuple[str, ...], ...] = ()
    """The same sentences as the article writes them ("1914", "$3 billion"), for the
    transcripts; parallel to ``paragraphs``, or empty when they are spoken as written."""
    written_heading: str = ""
    """The heading as written; empty when it is spoken as written."""
    link: str = ""
    """The original article this part reads, when an episode reads several (a digest)."""

    def __post_init__(self) -> None:
        if self.written and [len(p) for p in self.written] != [len(p) for p in self.paragraphs]:
            raise ValueError("written sentences must match the spoken ones one to one")

    def written_paragraphs(self) -> tuple[tuple[str, ...], ...]:
        """Paragraphs as written, sentence for sentence with ``paragraphs``."""
        return self.written or self.paragraphs


@dataclass(frozen=True)
class Script:
    """Everything one episode will say, in order."""

    title: str
    sections: tuple[Section, ...]

    def _pairs(self) -> list[tuple[str, str]]:
        """(written, spoken) for every sentence in speaking order, headings included."""
        out: list[tuple[str, str]] = []
        for section in self.sections:
            if section.spoken_heading:
                out.append(
                    (section.written_heading or section.spoken_heading, section.spoken_heading)
                )
            for written, spoken in zip(
                section.written_paragraphs(), section.paragraphs, strict=True
            ):
                out.extend(zip(written, spoken, strict=True))
        return out

    def sentences(self) -> list[str]:
        """All sentences in speaking order, titles included where spoken."""
        return [spoken for _, spoken in self._pairs()]

    def written_sentences(self) -> list[str]:
        """The same sentences as written, for transcripts (parallel to :meth:`sentences`)."""
        return [written for written, _ in self._pairs()]

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
    url: str = ""
    """A web page about this chapter (a digest's article), for apps that show one."""


@dataclass
class RenderedAudio:
    """The assembled, mastered audio of one episode and where everything is in it."""

    duration: float
    """Seconds, as the encoded MP3 reports it."""
    chapters: list[Chapter] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)


@dataclass(frozen=True)
class SideFile:
    """A kind of file published beside every episode's MP3."""

    suffix: str
    """Ending after the episode's stem, e.g. ``.vtt`` or ``.chapters.json``."""
    mime: str
    """Type announced in the feed."""
    role: str
    """``transcript`` or ``chapters``: which feed tag links it."""
    label: str
    """How index.html names the link."""


AUDIO_SUFFIX = ".mp3"
SIDE_FILES = (
    SideFile(".vtt", "text/vtt", "transcript", "Transcript (VTT)"),
    SideFile(".srt", "application/x-subrip", "transcript", "Transcript (SRT)"),
    SideFile(".transcript.json", "application/json", "transcript", "Transcript (JSON)"),
    SideFile(".chapters.json", "application/json+chapters", "chapters", "Chapters (JSON)"),
)
"""Every side file an episode owns; adding one here (and its writer) is all it takes."""

_STEM = compiled(r"^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$")


@dataclass(frozen=True)
class EpisodeFiles:
    """Every file one episode owns in the output folder, all named after one stem."""

    stem: str
    """``YYYY-MM-DD-title-slug``: the MP3 is ``stem.mp3``, the side files ``stem.vtt`` …"""

    @classmethod
    def of(cls, audio_name: str) -> EpisodeFiles:
        return cls(audio_name.removesuffix(AUDIO_SUFFIX))

    @property
    def audio(self) -> str:
        return self.stem + AUDIO_SUFFIX

    def side(self, role: str | None = None) -> list[tuple[str, SideFile]]:
        """(file name, kind) of each side file, optionally only those of one role."""
        return [(self.stem + s.suffix, s) for s in SIDE_FILES if role in (None, s.role)]

    def names(self) -> tuple[str, ...]:
        """Every file name, the MP3 first."""
        return (self.audio, *(name for name, _ in self.side()))

    @staticmethod
    def stem_of(name: str) -> str | None:
        """The episode stem a file name belongs to, or None if it is no episode's file."""
        for suffix in (AUDIO_SUFFIX, *(s.suffix for s in SIDE_FILES)):
            if name.endswith(suffix):
                stem = name[: -len(suffix)]
                if _STEM.match(stem):
                    return stem
        return None


@dataclass(frozen=True)
class Episode:
    """A published episode: what the feed says about it, as the state keeps it."""

    guid: str
    """The item's GUID in the feed; never changes once published."""
    title: str
    author: str
    link: str
    """The original article's address, when it has one."""
    published: datetime
    """Timezone-aware publication date (the article's, else when it was first made)."""
    filename: str
    """MP3 file name relative to the output folder; its stem names every side file."""
    size: int
    """Bytes of the final, tagged MP3: the enclosure length."""
    duration: float
    """Seconds, measured from the audio."""
    chapters: tuple[Chapter, ...] = ()
    summary: str = ""
    """Plain-text show notes summary."""
    content_hash: str = ""
    """Fingerprint of the article's text when it was published (see ``Article.fingerprint``),
    so a later build can tell the article has changed since."""
    aliases: tuple[str, ...] = ()
    """The article's other identities when it was published (canonical links, older
    GUIDs), so it is recognised however it arrives again."""

    @property
    def files(self) -> EpisodeFiles:
        return EpisodeFiles.of(self.filename)


@dataclass(frozen=True)
class SpokenSentence:
    """One sentence and the engine's audio for it."""

    text: str
    speech: tuple[Speech, ...]
    written: str = ""
    """The sentence as the article writes it, for transcripts; empty when spoken as written."""

    @property
    def shown(self) -> str:
        """What a transcript shows for it: the article's own words."""
        return self.written or self.text


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
