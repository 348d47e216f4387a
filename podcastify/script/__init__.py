"""Script: an article becomes what a narrator would read, in titled sections.

Takes an :class:`~podcastify.models.Article`, returns a :class:`~podcastify.models.Script`:
blocks (html or text) → noise removed → sentences (pysbd) → user lexicon → speech
normalisation in the script's language (:mod:`podcastify.script.speak`), framed by an intro
and an outro from templates (:mod:`podcastify.script.framing`). Every sentence is kept in
both forms: as written, for the transcripts, and as spoken, for the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from podcastify.errors import NothingToNarrateError
from podcastify.models import Article, Block, BlockKind, Script, Section
from podcastify.script.cleanup import clean_blocks, clean_summary, clean_text
from podcastify.script.framing import fill_template, title_or_nothing
from podcastify.script.html import CLOSERS, html_to_blocks, text_to_blocks
from podcastify.script.lexicon import Lexicon, load_lexicon
from podcastify.script.sentences import split_sentences
from podcastify.settings import PodcastInfo, ScriptSettings

if TYPE_CHECKING:
    from podcastify.script.speak import Normalizer

__all__ = ["ScriptStyle", "build_digest", "build_script", "clean_summary", "format_script"]


def title_of(article: Article) -> str:
    return title_or_nothing(article.title)


INTRO_TITLE = "Introduction"
OUTRO_TITLE = "Credits"
_CHAPTER_JOINER = ": "
_PAUSE_MARKS = ",;:—–-"

Pair = tuple[str, str]
"""One sentence as (written, spoken)."""


@dataclass(frozen=True)
class ScriptStyle:
    """How every episode's script is framed and spoken: the [script] settings, with the
    podcast's title and language and the loaded lexicon (see :meth:`of`)."""

    podcast_title: str = PodcastInfo.title
    """Named in the intro and outro."""
    intro_template: str = ScriptSettings.intro_template
    """Fields: podcast, title, author, date, source."""
    outro_template: str = ScriptSettings.outro_template
    """Same fields as the intro."""
    lexicon: Lexicon = field(default_factory=Lexicon)
    """User pronunciations, matched on the written words before normalisation."""
    language: str = "en"
    """Language of the text: picks the sentence splitter and the speech normalisers."""
    max_sentence_words: int = ScriptSettings.max_sentence_words
    """Longest sentence spoken in one breath (see the [script] setting)."""
    normalizers: tuple[Normalizer, ...] | None = None
    """Speech normalisers in order; None takes :func:`normalizers_for` the language."""

    @classmethod
    def of(cls, script: ScriptSettings, podcast: PodcastInfo) -> ScriptStyle:
        """The style a podcast's settings describe (its pronunciations file read now)."""
        lexicon = load_lexicon(Path(script.pronunciations)) if script.pronunciations else Lexicon()
        return cls(
            podcast_title=podcast.title,
            intro_template=script.intro_template,
            outro_template=script.outro_template,
            lexicon=lexicon,
            language=podcast.language,
            max_sentence_words=script.max_sentence_words,
        )

    @property
    def speech_steps(self) -> tuple[Normalizer, ...]:
        """The normalisers this style speaks with."""
        if self.normalizers is not None:
            return self.normalizers
        from podcastify.script.speak import normalizers_for  # compiled on first use

        return normalizers_for(self.language)


def _speak(sentence: str, style: ScriptStyle) -> str:
    # The lexicon goes first so a user's entry wins over the built-in rules. The speech rules
    # (hundreds of patterns) are compiled on first use, not when the CLI starts.
    from podcastify.script.speak import normalize_for_speech

    return normalize_for_speech(
        sentence, lexicon=style.lexicon, normalizers=style.speech_steps
    ).strip()


def _keep_final_pause(written: str, spoken: str) -> str:
    """A sentence (or the piece of a cut one) that the writer ends on a pause mark ends on one
    when spoken too, so the voice goes on rather than falls."""
    mark = written.rstrip(CLOSERS + " ")[-1:]
    if mark and mark in _PAUSE_MARKS and spoken[-1:] not in _PAUSE_MARKS:
        return spoken + (mark if mark in ";:" else ",")
    return spoken


def _pairs(text: str, style: ScriptStyle) -> list[Pair]:
    """(written, spoken) for each sentence of ``text``; one with nothing to say is dropped."""
    return [
        (written, _keep_final_pause(written, spoken))
        for written in split_sentences(text, style.language, style.max_sentence_words)
        if (spoken := _speak(written, style))
    ]


def _section(title: str, paragraphs: list[list[Pair]], heading: Pair = ("", "")) -> Section:
    return Section(
        title=title,
        paragraphs=tuple(tuple(spoken for _, spoken in p) for p in paragraphs),
        spoken_heading=heading[1],
        written=tuple(tuple(written for written, _ in p) for p in paragraphs),
        written_heading=heading[0] if heading[1] else "",
    )


def _frame(title: str, text: str, style: ScriptStyle) -> Section:
    pairs = _pairs(text, style)
    return replace(_section(title, [pairs] if pairs else []), framing=True)


def article_blocks(article: Article) -> list[Block]:
    """The article body as cleaned structural blocks."""
    blocks = html_to_blocks(article.html) if article.html.strip() else text_to_blocks(article.text)
    return clean_blocks(blocks, title=article.title, author=article.author)


@dataclass
class _Chapter:
    """A section being gathered: its headings (written, spoken) and its paragraphs."""

    headings: list[Pair] = field(default_factory=list)
    paragraphs: list[list[Pair]] = field(default_factory=list)

    def section(self, untitled: str) -> Section:
        names = [clean_text(written).rstrip(".") for written, _ in self.headings]
        title = _CHAPTER_JOINER.join(names) or untitled
        heading = (
            ". ".join(written for written, _ in self.headings),
            ". ".join(spoken for _, spoken in self.headings),
        )
        return _section(title, self.paragraphs, heading)


def body_sections(blocks: list[Block], article: Article, style: ScriptStyle) -> list[Section]:
    """Group blocks under their headings; text before the first heading is untitled.

    Nothing is dropped: headings in a row are each spoken, under one chapter named after
    all of them, and headings that nothing follows are read as lines of the last chapter.
    """
    chapters = [_Chapter()]
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            written = clean_text(block.text)
            if not (spoken := _speak(written, style)):
                continue
            if chapters[-1].paragraphs:
                chapters.append(_Chapter())
            chapters[-1].headings.append((written, spoken))
        elif pairs := _pairs(block.text, style):
            chapters[-1].paragraphs.append(pairs)
    last = chapters[-1]
    if last.headings and not last.paragraphs:
        lines = [[heading] for heading in last.headings]
        if len(chapters) > 1:
            chapters.pop()
            chapters[-1].paragraphs.extend(lines)
        else:
            last.paragraphs, last.headings = lines, []
    return [c.section(article.title) for c in chapters if c.paragraphs]


def build_script(article: Article, style: ScriptStyle) -> Script:
    """The full narration of one article; NothingToNarrateError when there is nothing to read."""
    body = body_sections(article_blocks(article), article, style)
    if not body:
        raise NothingToNarrateError(f"{article.title!r} has no text to narrate")
    fill = {"article": article, "podcast_title": style.podcast_title, "language": style.language}
    intro = _frame(INTRO_TITLE, fill_template(style.intro_template, **fill), style)
    outro = _frame(OUTRO_TITLE, fill_template(style.outro_template, **fill), style)
    sections = [s for s in (intro, *body, outro) if s.paragraphs]
    return Script(title=article.title, sections=tuple(sections))


def build_digest(articles: list[Article], title: str, period: str, style: ScriptStyle) -> Script:
    """One episode that reads several articles in full, in the order given.

    An intro names the ``period`` ("Monday, December 1, 2026") and how many articles there
    are; each article starts with its title and author said aloud and keeps its own
    sections, the first named after the article and the others "Article — Heading" (each a
    chapter, each remembering the article's link); an outro closes. An article with nothing
    to narrate is left out; NothingToNarrateError if none is left.
    """
    parts: list[Section] = []
    for article in articles:
        body = body_sections(article_blocks(article), article, style)
        if not body:
            continue
        by = f", by {clean_text(article.author)}" if clean_text(article.author) else ""
        said = _pairs(f"{title_of(article)}{by}.", style)
        for index, section in enumerate(body):
            if index == 0:
                heading = (" ".join(w for w, _ in said), " ".join(s for _, s in said))
                section = replace(
                    section,
                    title=title_of(article) or section.title,
                    spoken_heading=heading[1],
                    written_heading=heading[0],
                )
            else:
                section = replace(section, title=f"{title_of(article)} — {section.title}")
            parts.append(replace(section, link=article.link))
    if not parts:
        raise NothingToNarrateError(f"none of the articles for {title!r} has text to narrate")
    count = len({s.link or s.title for s in parts if s.spoken_heading})
    noun = "article" if count == 1 else "articles"
    intro = _frame(INTRO_TITLE, f"{style.podcast_title}. {period}. {count} {noun}.", style)
    outro = _frame(OUTRO_TITLE, f"That was {style.podcast_title} for {period}.", style)
    return Script(title=title, sections=(intro, *parts, outro))


def format_script(script: Script) -> str:
    """The script as plain text, for `podcastify script`.

    Lines in [brackets] name the sections (the chapters); every other line is spoken
    exactly as written, one paragraph per line.
    """
    lines = [f"=== {script.title} ==="]
    for section in script.sections:
        lines.append("")
        lines.append(f"[{section.title}]")
        if section.spoken_heading:
            lines.append(section.spoken_heading)
        for paragraph in section.paragraphs:
            lines.append(" ".join(paragraph))
            lines.append("")
        if lines[-1] == "":
            lines.pop()
    return "\n".join(lines) + "\n"
