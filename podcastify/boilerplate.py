"""Text that publishing software adds around an article, as data.

Shared by the sources stage (to tell a teaser from the whole article, and an error page
from an article) and the script stage (to keep these words out of the narration). Regex
sources, not compiled patterns: each user compiles them with the flags it needs.
"""

from __future__ import annotations

ELLIPSIS_MARK = r"\[\s*(?:…|\.\.\.|&hellip;|&#8230;)\s*\]"
"""An ellipsis in brackets, ``[…]``: the mark WordPress puts where it cut an excerpt."""

TRAILING_ELLIPSIS = r"(?:…|\.\.\.|&hellip;|&#8230;)"
"""An ellipsis without brackets, which ends many hand-cut summaries."""

MORE_LINK = r"\(more…?\)"
"""The "(more…)" link of WordPress's classic themes."""

CONTINUE_READING = r"\bContinue reading\b"
"""Words that mean "the article goes on elsewhere" wherever they stand in a feed item."""

READ_MORE_PHRASES = (
    r"(?:Continue reading|Keep reading|Read more|Read More|READ MORE|Read the (?:full|rest|whole)"
    r"(?: story| article| post| entry| piece)?(?: of (?:this|the) (?:entry|post|article|story))?"
    r"|Read on|Full story|More\s*»)"
)
"""Link texts pointing at the rest of the article ("Read more", "Read the full story")."""

TEASER_TAIL = (
    r"(?:" + ELLIPSIS_MARK + r"|" + MORE_LINK + r"|" + READ_MORE_PHRASES
    + r"(?:[^.!?\n]{0,160}?)(?:\s*(?:→|»|›|>>|\.\.\.|…))?)"
)  # fmt: skip
"""A "there is more elsewhere" tail: ``[…]``, ``(more…)``, ``Continue reading →``."""

FEED_FOOTER = r"The post .{1,300}? appeared first on .{1,200}?"
"""The footer WordPress (Yoast SEO) adds to every feed item, often followed by an author bio."""

ERROR_PAGE_TITLES: tuple[str, ...] = (
    r"\b(?:page|file|post|article|content|resource|document|url)s?\b.{0,30}?"
    r"(?:\bnot\b|\bcannot\b|n[’']t\b|\bno longer\b).{0,20}?\b(?:found|exists?|available)\b",
    r"^(?:error\s*)?(?:404|410)\b",
    r"\b(?:404|410)\b.{0,20}\b(?:not found|error|gone)\b",
    r"^(?:error\s*:?\s*)?not found\b",
    r"\bnot found$",
    r"^(?:oops|whoops|uh[- ]oh)\b.{0,60}\b(?:found|exist|missing|wrong|gone|nothing)\b",
    r"\bnothing (?:was )?found\b",
    r"\bwe (?:couldn[’']?t|could not|can[’']?t|cannot) find\b",
    r"\bthis page (?:isn[’']?t|is not) available\b",
    r"^(?:page|content) (?:gone|removed|unavailable)\b",
)
"""Titles and headings of error pages served as if they were articles (soft 404s)."""

PLACEHOLDER_AUTHORS: tuple[str, ...] = (
    "unknown",
    "anonymous author",
    "noreply",
    "no-reply",
    "nobody",
    "none",
    "n/a",
    "admin",
    "administrator",
    "webmaster",
    "author",
)
"""Author fields that name no person (Blogger's "Unknown", WordPress's "admin")."""
