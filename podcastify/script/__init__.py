"""Script: an article becomes what a narrator would read, in titled sections.

Takes an :class:`~podcastify.models.Article`, returns a :class:`~podcastify.models.Script`:
blocks (html or text) → noise removed → sentences (pysbd) → user lexicon → speech
normalisation in the script's language (:mod:`podcastify.script.speak`), framed by an intro
and an outro from templates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from string import Formatter

from podcastify.errors import ArticleError
from podcastify.models import Article, Block, BlockKind, Script, Section
from podcastify.script.cleanup import clean_blocks, clean_text
from podcastify.script.html import html_to_blocks, text_to_blocks
from podcastify.script.lexicon import Lexicon
from podcastify.script.sentences import split_sentences
from podcastify.script.speak import Normalizer, normalize_for_speech, normalizers_for, say_date

__all__ = ["ScriptStyle", "build_script", "format_script"]

_TEMPLATE_SENTENCE = re.compile(r"(?<=[.!?])\s+")
INTRO_TITLE = "Introduction"
OUTRO_TITLE = "Credits"


@dataclass(frozen=True)
class ScriptStyle:
    """How every episode's script is framed and spoken."""

    podcast_title: str = "My Articles"
    """Named in the intro and outro."""
    intro_template: str = "{podcast}. {title}. By {author}. Published {date}."
    """Fields: podcast, title, author, date, source."""
    outro_template: str = "This was {title}, from {source}. Narrated by {podcast}."
    """Same fields as the intro."""
    lexicon: Lexicon = field(default_factory=Lexicon)
    """User pronunciations, matched on the written words before normalisation."""
    language: str = "en"
    """Language of the text: picks the sentence splitter and the speech normalisers."""
    normalizers: tuple[Normalizer, ...] | None = None
    """Speech normalisers in order; None takes :func:`normalizers_for` the language."""

    @property
    def speech_steps(self) -> tuple[Normalizer, ...]:
        """The normalisers this style speaks with."""
        if self.normalizers is not None:
            return self.normalizers
        return normalizers_for(self.language)


def _speak(sentence: str, style: ScriptStyle) -> str:
    # The lexicon goes first so a user's entry wins over the built-in rules.
    return normalize_for_speech(
        sentence, lexicon=style.lexicon, normalizers=style.speech_steps
    ).strip()


def _fill(template: str, article: Article, style: ScriptStyle) -> str:
    """Fill an intro/outro template, leaving out any clause whose field is unknown.

    The template is split into its own sentences first, so "By {author}." disappears
    when there is no author instead of being read as "By".
    """
    fields = {
        "podcast": clean_text(style.podcast_title),
        "title": clean_text(article.title),
        "author": clean_text(article.author),
        "date": say_date(article.published, style.language) if article.published else "",
        "source": clean_text(article.source_title) or clean_text(style.podcast_title),
    }
    kept: list[str] = []
    for clause in _TEMPLATE_SENTENCE.split(template):
        names = {name for _, name, _, _ in Formatter().parse(clause) if name is not None}
        try:
            if all(fields[name] for name in names if name):
                kept.append(clause.format(**fields))
        except (KeyError, IndexError, ValueError) as exc:
            raise ArticleError(f"bad intro/outro template {template!r}: {exc}") from None
    text = " ".join(kept)
    # Titles ending in ? or ! must not be followed by a second full stop.
    for mark in ("?", "!", "."):
        text = text.replace(mark + ".", mark)
    return " ".join(text.split())


def _frame(title: str, text: str, style: ScriptStyle) -> Section:
    sentences = tuple(_speak(s, style) for s in split_sentences(text, style.language))
    return Section(title=title, paragraphs=(sentences,) if sentences else (), framing=True)


def article_blocks(article: Article) -> list[Block]:
    """The article body as cleaned structural blocks."""
    blocks = html_to_blocks(article.html) if article.html.strip() else text_to_blocks(article.text)
    return clean_blocks(blocks, title=article.title, author=article.author)


def body_sections(blocks: list[Block], article: Article, style: ScriptStyle) -> list[Section]:
    """Group blocks under their headings; text before the first heading is untitled."""
    sections: list[Section] = []
    title, spoken, paragraphs = article.title, "", []

    def close() -> None:
        if paragraphs:
            sections.append(Section(title, tuple(paragraphs), spoken_heading=spoken))

    for block in blocks:
        if block.kind is BlockKind.HEADING:
            close()
            title, paragraphs = clean_text(block.text).rstrip("."), []
            spoken = _speak(block.text, style)
            continue
        sentences = tuple(
            spoken_sentence
            for s in split_sentences(block.text, style.language)
            if (spoken_sentence := _speak(s, style))
        )
        if sentences:
            paragraphs.append(sentences)
    close()
    return sections


def build_script(article: Article, style: ScriptStyle) -> Script:
    """The full narration of one article; ArticleError when there is nothing to read."""
    body = body_sections(article_blocks(article), article, style)
    if not body:
        raise ArticleError(f"{article.title!r} has no text to narrate")
    intro = _frame(INTRO_TITLE, _fill(style.intro_template, article, style), style)
    outro = _frame(OUTRO_TITLE, _fill(style.outro_template, article, style), style)
    sections = [s for s in (intro, *body, outro) if s.paragraphs]
    return Script(title=article.title, sections=tuple(sections))


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
