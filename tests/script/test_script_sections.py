"""Sections of a script: no heading or short line is ever dropped; both forms are kept."""

from __future__ import annotations

from podcastify.models import Article
from podcastify.script import ScriptStyle, build_script


def _script(text: str = "", html: str = "", title: str = "Notes"):
    article = Article(guid="g", title=title, text=text, html=html)
    return build_script(article, ScriptStyle(intro_template="", outro_template=""))


def _spoken(script) -> str:
    return " ".join(script.sentences())


def test_consecutive_markdown_headings_are_each_spoken_under_one_chapter() -> None:
    script = _script("## Part One\n\n### The first chapter\n\nIt began in the spring.\n")
    (section,) = script.sections
    assert section.title == "Part One: The first chapter"
    assert script.sentences() == ["Part One. The first chapter", "It began in the spring."]


def test_consecutive_html_headings_are_each_spoken() -> None:
    html = (
        "<h2>Part One</h2><h3>Early Days</h3><p>It began in 1914.</p><h2>Part Two</h2><p>End.</p>"
    )
    script = _script(html=html)
    assert [s.title for s in script.sections] == ["Part One: Early Days", "Part Two"]
    assert "Part One. Early Days" in script.sentences()


def test_two_short_plain_lines_are_both_spoken() -> None:
    script = _script("The rain stopped at noon.\n\nThanks for Reading\n\nSee You Next Week\n")
    assert script.sentences() == [
        "The rain stopped at noon.",
        "Thanks for Reading",
        "See You Next Week",
    ]


def test_headings_that_nothing_follows_are_read_as_lines() -> None:
    script = _script("# Notes\n\nSome text here.\n\n## Part Two\n\n## Closing Words\n")
    assert script.sentences()[-2:] == ["Part Two", "Closing Words"]
    only = _script("# Just A Heading\n")
    assert only.sentences() == ["Just A Heading"]


def test_every_sentence_keeps_its_written_form_beside_the_spoken_one() -> None:
    script = _script(
        html="<h2>The 1914 Crisis</h2><p>In 1914, it cost $3 billion. COVID-19 came later.</p>"
    )
    assert script.written_sentences() == [
        "The 1914 Crisis",
        "In 1914, it cost $3 billion.",
        "COVID-19 came later.",
    ]
    assert script.sentences() == [
        "The nineteen fourteen Crisis",
        "In nineteen fourteen, it cost three billion dollars.",
        "COVID nineteen came later.",
    ]


def test_a_sentence_ending_on_a_pause_mark_keeps_it_for_the_voice() -> None:
    script = _script(html="<p>He said:</p><blockquote><p>We will win.</p></blockquote>")
    assert script.sentences() == ["He said:", "We will win."]
