"""The script knows its language: intro, body and outro say a date and a year one way."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from podcastify.models import Article
from podcastify.script import ScriptStyle, build_script
from podcastify.script.speak import normalizers_for


def _article(text: str, published: datetime, language: str = "") -> Article:
    return Article(guid="a", title="The Bridge", text=text, published=published, language=language)


def test_intro_and_body_say_a_date_and_a_year_alike() -> None:
    published = datetime(2005, 11, 22, 9, 0, tzinfo=UTC)
    text = "The Bridge\n\nThe bridge opened on November 22, 2005. By 2005 the town had grown.\n"
    script = build_script(_article(text, published), ScriptStyle())
    intro, *body, _ = script.sections
    intro_text = " ".join(intro.paragraphs[0])
    body_text = " ".join(s for section in body for p in section.paragraphs for s in p)
    assert "November twenty-second, two thousand five" in intro_text
    assert "November twenty-second, two thousand five" in body_text
    assert "By two thousand five the town" in body_text
    assert " and five" not in intro_text  # num2words' British "two thousand and five"


def test_a_french_script_speaks_french_numbers_everywhere() -> None:
    published = datetime(2005, 3, 1, tzinfo=UTC)
    text = "Le pont\n\nLe pont a ouvert le 1er mars 2005, avec 600 invités.\n"
    style = ScriptStyle(
        language="fr",
        intro_template="{podcast}. {title}. Publié le {date}.",
        outro_template="Merci.",
        podcast_title="Revue",
    )
    script = build_script(_article(text, published, "fr"), style)
    spoken = " ".join(script.sentences())
    assert "Publié le premier mars deux mille cinq." in spoken
    assert "le premier mars deux mille cinq, avec six cents invités." in spoken
    assert not re.search(r"\d|thousand|first|March", spoken)


def test_the_style_takes_the_normalisers_it_is_given() -> None:
    style = ScriptStyle(language="fr", normalizers=normalizers_for("en"))
    assert style.speech_steps == normalizers_for("en")
    assert ScriptStyle(language="de").speech_steps == normalizers_for("de")
