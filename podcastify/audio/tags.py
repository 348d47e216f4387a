"""ID3v2.3 tags with mutagen: what podcast apps and music players show for an episode.

v2.3 rather than v2.4 because it is what most players and car stereos read reliably.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from podcastify.errors import AudioError
from podcastify.models import Chapter

TOC_ID = "toc"


@dataclass(frozen=True)
class EpisodeTags:
    """Everything written into an episode's ID3 tag."""

    title: str
    author: str
    podcast: str
    published: datetime
    description: str
    guid: str
    feed_url: str
    duration: float
    """Seconds, written as TLEN in milliseconds."""
    cover: bytes = b""
    cover_mime: str = "image/png"
    chapters: tuple[Chapter, ...] = ()
    lyrics: str = ""
    """Transcript text for USLT."""
    language: str = "eng"
    """ISO 639-2 code for COMM and USLT."""


def write_tags(path: Path, tags: EpisodeTags) -> None:
    """Replace any tag in ``path`` with a fresh ID3v2.3 tag."""
    from mutagen.id3 import (
        APIC,
        CHAP,
        COMM,
        CTOC,
        ID3,
        PCST,
        TALB,
        TCON,
        TDAT,
        TGID,
        TIT2,
        TLEN,
        TPE1,
        TYER,
        USLT,
        WFED,
        CTOCFlags,
        ID3NoHeaderError,
    )

    try:
        try:
            id3 = ID3(path)
            id3.delete(path)
        except ID3NoHeaderError:
            pass
        id3 = ID3()
        id3.add(TIT2(encoding=1, text=tags.title))
        id3.add(TPE1(encoding=1, text=tags.author))
        id3.add(TALB(encoding=1, text=tags.podcast))
        id3.add(TYER(encoding=1, text=f"{tags.published.year:04d}"))
        id3.add(TDAT(encoding=1, text=f"{tags.published.day:02d}{tags.published.month:02d}"))
        id3.add(TCON(encoding=1, text="Podcast"))
        id3.add(COMM(encoding=1, lang=tags.language, desc="", text=tags.description))
        id3.add(PCST(value=1))
        id3.add(WFED(url=tags.feed_url))
        id3.add(TGID(encoding=1, text=tags.guid))
        id3.add(TLEN(encoding=1, text=str(round(tags.duration * 1000))))
        if tags.cover:
            id3.add(APIC(encoding=1, mime=tags.cover_mime, type=3, desc="Cover", data=tags.cover))
        if tags.lyrics:
            id3.add(USLT(encoding=1, lang=tags.language, desc="Transcript", text=tags.lyrics))
        if tags.chapters:
            ids = [f"chp{i}" for i in range(len(tags.chapters))]
            id3.add(
                CTOC(
                    element_id=TOC_ID,
                    flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                    child_element_ids=ids,
                    sub_frames=[TIT2(encoding=1, text="Chapters")],
                )
            )
            for element_id, chapter in zip(ids, tags.chapters, strict=True):
                id3.add(
                    CHAP(
                        element_id=element_id,
                        start_time=round(chapter.start * 1000),
                        end_time=round(chapter.end * 1000),
                        start_offset=0xFFFFFFFF,
                        end_offset=0xFFFFFFFF,
                        sub_frames=[TIT2(encoding=1, text=chapter.title)],
                    )
                )
        id3.update_to_v23()
        id3.save(path, v2_version=3)
    except Exception as exc:
        raise AudioError(f"cannot tag {path.name}: {exc}") from None


def mp3_duration(path: Path) -> float:
    """Duration as mutagen reads it from the MP3's frames and Xing/Info header."""
    from mutagen.mp3 import MP3

    try:
        return float(MP3(path).info.length)
    except Exception as exc:
        raise AudioError(f"cannot read {path.name} as MP3: {exc}") from None
