"""strip_markup: HTML a feed escaped twice is never read out as tags or entities."""

from __future__ import annotations

import pytest

from podcastify.script.cleanup import clean_text, strip_markup
from podcastify.script.html import html_to_blocks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('<div class="md">The ferry is back.</div>', "The ferry is back."),
        ("The ferry&#39;s timetable changed.", "The ferry's timetable changed."),
        ("Fish &amp; chips", "Fish & chips"),
        ("<![CDATA[The ferry is back.]]>", "The ferry is back."),
        ("He said &quot;no&quot;.", 'He said "no".'),
        ("Rates rose<br/>again.", "Rates rose again."),
        ("A <!-- hidden --> note.", "A note."),
        # kept unchanged
        ("AT&T and R&D", "AT&T and R&D"),
        ("If a < b and c > d then", "If a < b and c > d then"),
        ("Use the <kbd> key? No.", "Use the key? No."),
    ],
)
def test_strip_markup(text: str, expected: str) -> None:
    assert clean_text(strip_markup(text)) == expected


def test_a_feed_that_escaped_its_html_twice_is_read_as_its_paragraphs() -> None:
    html = (
        "<p>&lt;div class=&quot;md&quot;&gt;&lt;p&gt;The ferry&amp;#39;s back.&lt;/p&gt;"
        "&lt;p&gt;Fares rose.&lt;/p&gt;&lt;/div&gt;</p>"
    )
    assert [clean_text(b.text) for b in html_to_blocks(html)] == [
        "The ferry's back.",
        "Fares rose.",
    ]


def test_a_removed_element_between_two_words_leaves_a_space() -> None:
    html = '<p><a href="/dan">Dan Moren</a><span class="share-icons">Share</span>is a writer.</p>'
    assert [b.text for b in html_to_blocks(html)] == ["Dan Moren is a writer."]
