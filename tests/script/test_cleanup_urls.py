"""urls_to_domain: a link in running text is read as its site, at most."""

from __future__ import annotations

import pytest

from podcastify.script.cleanup import urls_to_domain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see https://www.example.com/a/b?x=1 for more", "see example.com for more"),
        ("see http://example.org/path.", "see example.org."),
        ("(https://news.example.co.uk/story/1)", "(news.example.co.uk)"),
        ("Visit www.harrowpoint.gov/ferry, then call.", "Visit harrowpoint.gov, then call."),
        ("at https://EXAMPLE.com:8080/x#frag!", "at example.com!"),
        ("Read example.com/a/very/long/path today", "Read example.com today"),
        ("Go to https://en.wikipedia.org/wiki/Ferry_(boat) now",
         "Go to en.wikipedia.org now"),
        ("Both https://a.example/x and https://b.example/y.", "Both a.example and b.example."),
        ("“https://quoted.example/page”", "“quoted.example”"),
        ("ftp://files.example.net/pub/file.zip", "files.example.net"),
        # kept unchanged
        ("It is at example.com for everyone.", "It is at example.com for everyone."),
        ("No links here, just 3.5 percent.", "No links here, just 3.5 percent."),
        ("Write to editor@example.com today.", "Write to editor@example.com today."),
        ("Either/or and and/or stay.", "Either/or and and/or stay."),
        ("A ratio of 3/4 stays.", "A ratio of 3/4 stays."),
    ],
)  # fmt: skip
def test_urls_to_domain(text: str, expected: str) -> None:
    assert urls_to_domain(text) == expected
