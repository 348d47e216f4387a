"""One exception hierarchy for the whole library.

The CLI turns any :class:`PodcastifyError` into a one-line message and a non-zero exit;
anything else escaping the library is a bug and keeps its traceback.
"""

from __future__ import annotations


class PodcastifyError(Exception):
    """Base of every error podcastify reports to a user."""


class ConfigError(PodcastifyError):
    """The settings (command line or podcastify.toml) are invalid."""


class OptionError(ConfigError):
    """A command-line option's value breaks its setting's rule: bad usage, not a bad file."""


class SourceError(PodcastifyError):
    """A source (feed, page or file) could not be read or understood."""


class FetchError(SourceError):
    """An HTTP fetch failed: refused URL, timeout, size cap, redirect loop, bad status."""


class ArticleError(PodcastifyError):
    """One article cannot become an episode (for example it has no text)."""


class NothingToNarrateError(ArticleError):
    """An article has no text to read aloud; it is remembered and not tried again."""


class TeaserError(ArticleError):
    """A feed item is only a teaser and its full article cannot be had now (try again later)."""


class EngineError(PodcastifyError):
    """A speech engine is unknown, cannot start, or failed to synthesise."""


class AudioError(PodcastifyError):
    """Assembling, mastering, encoding or tagging audio failed."""


class PublishError(PodcastifyError):
    """Writing the feed, cover or site failed."""


class StateError(PodcastifyError):
    """The state database is unreadable, or another run holds its lock."""


class CheckError(PodcastifyError):
    """A feed given to the doctor cannot be read at all (bad URL, no such file, not a feed)."""
