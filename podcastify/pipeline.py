"""The pipeline: sources → script → speech → audio → publish, one article at a time.

Each new article is finished completely (MP3 tagged and renamed into place, side files
written, state committed) before the next begins; the feed is written last, so an
interrupted run leaves the previous feed valid and the next run picks up the rest.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from podcastify.audio import EpisodeTags, Mastering, Pauses, Sound, render, write_tags
from podcastify.audio.tags import mp3_duration
from podcastify.config import Settings
from podcastify.errors import PodcastifyError
from podcastify.faults import checkpoint
from podcastify.fsutil import commit_file, remove_stale_temporaries, temporary_sibling
from podcastify.models import Article, Episode, Script
from podcastify.publish import (
    Channel,
    podcast_guid,
    publish_cover,
    publish_site,
    transcript_text,
    write_side_files,
)
from podcastify.script import ScriptStyle, build_script, format_script
from podcastify.script.lexicon import Lexicon, load_lexicon
from podcastify.sources import FetchLimits, complete_article, read_source
from podcastify.speech import Engine, EngineOptions, load_engine, speak_script
from podcastify.state import State
from podcastify.text import slugify

__all__ = ["BuildResult", "Builder", "Reporter", "format_script", "list_episodes", "scripts_for"]

SUMMARY_CHARS = 600


class Reporter:
    """Receives progress; the CLI shows it, the library default stays silent."""

    def step(self, message: str) -> None:
        """A long step without a counter has started (fetching, mastering)."""

    def source_failed(self, source: str, message: str) -> None: ...
    def warn(self, message: str) -> None: ...
    def article_started(self, index: int, total: int, article: Article) -> None: ...
    def sentence_done(self, done: int, total: int) -> None: ...
    def article_done(self, episode: Episode) -> None: ...
    def article_failed(self, article: Article, message: str) -> None: ...


@dataclass
class BuildResult:
    """What a run did; the CLI turns it into the summary line and the exit status."""

    added: list[Episode] = field(default_factory=list)
    skipped: int = 0
    """Articles already published by an earlier run."""
    failed: list[str] = field(default_factory=list)
    """One message per source or article that could not be published."""
    removed: int = 0
    """Old episodes removed by the retention setting."""
    feed_path: Path | None = None


def script_style(settings: Settings) -> ScriptStyle:
    lexicon = load_lexicon(Path(settings.pronunciations)) if settings.pronunciations else Lexicon()
    return ScriptStyle(
        podcast_title=settings.title,
        intro_template=settings.intro_template,
        outro_template=settings.outro_template,
        lexicon=lexicon,
        language=settings.language,
    )


def sound(settings: Settings) -> Sound:
    return Sound(
        pauses=Pauses(
            sentence_ms=settings.sentence_pause_ms,
            paragraph_ms=settings.paragraph_pause_ms,
            section_ms=settings.section_pause_ms,
        ),
        mastering=Mastering(
            loudness_lufs=settings.loudness_lufs,
            true_peak_db=settings.true_peak_db,
            bitrate_kbps=settings.bitrate_kbps,
            sample_rate=settings.sample_rate,
        ),
        intro_music=settings.intro_music,
        outro_music=settings.outro_music,
    )


def fetch_limits(settings: Settings) -> FetchLimits:
    return FetchLimits(timeout=settings.timeout, max_bytes=settings.max_bytes)


def collect_articles(
    sources: list[str], settings: Settings, reporter: Reporter, failed: list[str]
) -> list[Article]:
    """Every article of every source, each GUID once; a failing source is reported."""
    seen: set[str] = set()
    articles: list[Article] = []
    for source in sources:
        reporter.step(f"reading {source}")
        try:
            found = read_source(source, fetch_limits(settings), reporter.warn)
        except PodcastifyError as exc:
            failed.append(str(exc))
            reporter.source_failed(source, str(exc))
            continue
        for article in found:
            if article.guid not in seen:
                seen.add(article.guid)
                articles.append(article)
    return articles


def scripts_for(
    sources: list[str], settings: Settings, reporter: Reporter
) -> tuple[list[tuple[Article, Script]], list[str]]:
    """Scripts of every article in ``sources``, for `podcastify script`; nothing is spoken."""
    failed: list[str] = []
    style = script_style(settings)
    out: list[tuple[Article, Script]] = []
    for found in collect_articles(sources, settings, reporter, failed):
        article = complete_article(found, fetch_limits(settings), reporter.warn)
        try:
            out.append((article, build_script(article, style)))
        except PodcastifyError as exc:
            failed.append(str(exc))
            reporter.article_failed(article, str(exc))
    return out, failed


def _unique_stem(article: Article, published: datetime, taken: set[str]) -> str:
    base = f"{published:%Y-%m-%d}-{slugify(article.title)}"
    stem, number = base, 2
    while f"{stem}.mp3" in taken:
        stem, number = f"{base}-{number}", number + 1
    return stem


def _summary(article: Article, script: Script) -> str:
    """The feed's summary, else the opening paragraph of the narration."""
    text = article.summary.strip()
    body = script.body()
    if not text and body:
        text = " ".join(body[0].paragraphs[0])
    if len(text) > SUMMARY_CHARS:
        text = text[:SUMMARY_CHARS].rsplit(" ", 1)[0] + "…"
    return text


class Builder:
    """One `podcastify build` run against one output folder and its state."""

    def __init__(self, settings: Settings, state_dir: Path, reporter: Reporter | None = None):
        self.settings = settings
        self.out_dir = Path(settings.out)
        self.state_dir = state_dir
        self.reporter = reporter or Reporter()
        self._engine: Engine | None = None

    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = load_engine(
                self.settings.engine,
                EngineOptions(
                    voice=self.settings.voice,
                    language=self.settings.language,
                    retry_seconds=self.settings.retry_seconds,
                ),
            )
        return self._engine

    def channel(self, state: State, cover_file: str) -> Channel:
        s = self.settings
        return Channel(
            title=s.title,
            description=s.description,
            link=s.site_link,
            base_url=s.base_url,
            language=s.language,
            author=s.author,
            owner_name=s.owner,
            owner_email=s.owner_email,
            category=s.category,
            explicit=s.explicit,
            cover_file=cover_file,
            podcast_guid=state.set_meta_once("podcast_guid", podcast_guid(s.feed_url)),
            locked=s.locked,
        )

    def run(self, sources: list[str], *, rebuild_feed_only: bool = False) -> BuildResult:
        """Publish what is new in ``sources`` (nothing with ``rebuild_feed_only``)."""
        result = BuildResult()
        with self._open() as (state, channel, cover):
            try:
                if not rebuild_feed_only:
                    self._publish_new(sources, state, channel, cover, result)
            except KeyboardInterrupt:
                # What is finished is in the state: publish it before stopping.
                self._publish(state, channel)
                raise
            removed = self._apply_retention(state)
            self._publish(state, channel)
            # Files go only once the feed no longer lists them (a kill in between leaves
            # orphans, which the next run removes).
            for episode in removed:
                self._delete_files(episode)
            result.removed = len(removed)
            result.feed_path = self.out_dir / "feed.xml"
        return result

    def refresh(self, guid: str, sources: list[str]) -> Episode:
        """Re-synthesise a published article under a new file name, keeping its GUID.

        Podcast apps cache audio by URL, so a changed article gets a new URL rather than
        new bytes behind the old one.
        """
        with self._open() as (state, channel, cover):
            old = state.get(guid)
            if old is None:
                raise PodcastifyError(f"no published episode has the GUID {guid!r}")
            failed: list[str] = []
            matches = [
                a
                for a in collect_articles(sources, self.settings, self.reporter, failed)
                if a.guid == guid
            ]
            if not matches:
                problems = f" ({'; '.join(failed)})" if failed else ""
                raise PodcastifyError(f"the article {guid!r} is no longer in the sources{problems}")
            self.engine()
            self.reporter.article_started(1, 1, matches[0])
            article = complete_article(matches[0], fetch_limits(self.settings), self.reporter.warn)
            episode = self._make_episode(
                article, script_style(self.settings), state, channel, cover, replacing=old
            )
            self._publish(state, channel)
            self._delete_files(old)
        return episode

    @contextlib.contextmanager
    def _open(self) -> Iterator[tuple[State, Channel, bytes]]:
        """Lock the state, tidy what a killed run left, and ready the channel and cover."""
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PodcastifyError(
                f"cannot create output folder {self.out_dir}: {exc.strerror}"
            ) from None
        with State(self.state_dir) as state:
            state.lock()
            remove_stale_temporaries(self.out_dir)
            remove_orphans(self.out_dir, state.episodes(), state.pending_stems())
            state.clear_pending()
            cover_file, cover = publish_cover(
                self.out_dir, self.settings.title, self.settings.cover
            )
            yield state, self.channel(state, cover_file), cover

    def _publish_new(
        self, sources: list[str], state: State, channel: Channel, cover: bytes, result: BuildResult
    ) -> None:
        articles = collect_articles(sources, self.settings, self.reporter, result.failed)
        checkpoint("fetched")
        new = [a for a in articles if not state.has(a.guid)]
        result.skipped = len(articles) - len(new)
        # Newest first when limited, then published oldest first so dates read in order.
        new.sort(key=lambda a: a.published or datetime.now(UTC), reverse=True)
        if self.settings.limit:
            new = new[: self.settings.limit]
        if self.settings.max_episodes and new:
            # Make only what would be among the newest N: the rest would go at once.
            now = datetime.now(UTC)
            dates = [e.published for e in state.episodes()]
            dates += [a.published or now for a in new]
            cutoff = sorted(dates, reverse=True)[: self.settings.max_episodes][-1]
            new = [a for a in new if (a.published or now) >= cutoff]
        new.reverse()
        style = script_style(self.settings)
        if new:
            self.engine()  # an engine that cannot start stops the run before any article
        for index, found in enumerate(new, start=1):
            self.reporter.article_started(index, len(new), found)
            article = complete_article(found, fetch_limits(self.settings), self.reporter.warn)
            try:
                episode = self._make_episode(article, style, state, channel, cover)
            except PodcastifyError as exc:
                result.failed.append(f"{article.title}: {exc}")
                self.reporter.article_failed(article, str(exc))
                continue
            result.added.append(episode)
            self.reporter.article_done(episode)

    def _make_episode(
        self,
        article: Article,
        style: ScriptStyle,
        state: State,
        channel: Channel,
        cover: bytes,
        replacing: Episode | None = None,
    ) -> Episode:
        script = build_script(article, style)
        self._check_language(article)
        spoken = speak_script(script, self.engine(), self._sentence_done)
        if replacing is not None:
            published = replacing.published
        else:
            published = article.published or datetime.now(UTC).replace(microsecond=0)
        # A file left by a killed run is not published, so its name may be reused. A
        # refreshed episode's old name is still taken, so it gets a new URL.
        stem = _unique_stem(article, published, state.filenames())
        filename = f"{stem}.mp3"
        target = self.out_dir / filename
        state.begin_files(stem)
        summary = _summary(article, script)
        with temporary_sibling(target) as temp:
            self.reporter.step("mastering and encoding")
            rendered = render(spoken, sound(self.settings), temp)
            checkpoint("encode")
            write_tags(
                temp,
                EpisodeTags(
                    title=article.title,
                    author=article.author or self.settings.author,
                    podcast=self.settings.title,
                    published=published,
                    description=summary or article.title,
                    guid=article.guid,
                    feed_url=channel.feed_url,
                    duration=rendered.duration,
                    cover=cover,
                    cover_mime="image/png" if channel.cover_file.endswith(".png") else "image/jpeg",
                    chapters=tuple(rendered.chapters),
                    lyrics=transcript_text(rendered.cues),
                ),
            )
            checkpoint("tag")
            duration = mp3_duration(temp)
            transcripts, chapters_file = write_side_files(
                self.out_dir, stem, article.title, rendered.chapters, rendered.cues
            )
            checkpoint("side-files")
            commit_file(temp, target)
            checkpoint("commit")
        episode = Episode(
            guid=article.guid,
            title=article.title,
            author=article.author or self.settings.author,
            link=article.link,
            published=published,
            description=summary,
            filename=filename,
            size=target.stat().st_size,
            duration=duration,
            chapters=tuple(rendered.chapters),
            transcripts=transcripts,
            chapters_file=chapters_file,
            summary=summary,
            source_title=article.source_title,
        )
        try:
            if replacing is not None:
                state.replace(episode)
            else:
                state.add(episode)
            checkpoint("state")
        except Exception:
            # Never leave a published file that the state does not know about.
            for name in (filename, *transcripts, chapters_file):
                with contextlib.suppress(OSError):
                    (self.out_dir / name).unlink()
            raise
        return episode

    def _sentence_done(self, done: int, total: int) -> None:
        checkpoint("synthesis")
        self.reporter.sentence_done(done, total)

    def _check_language(self, article: Article) -> None:
        """Warn when an article is not in the language the voice speaks; go on anyway."""
        declared = article.language.split("-")[0].lower()
        voice_language = self.engine().language or self.settings.language
        spoken = voice_language.split("-")[0].lower()
        if declared and declared != spoken:
            self.reporter.warn(
                f"{article.title}: the article is in {article.language!r} but the voice "
                f"speaks {voice_language!r}; it will sound wrong"
            )

    def _apply_retention(self, state: State) -> list[Episode]:
        """Unpublish all but the newest ``max_episodes``; their files are deleted later."""
        keep = self.settings.max_episodes
        if not keep:
            return []
        removed = state.episodes()[keep:]
        for episode in removed:
            state.remove(episode.guid)
        return removed

    def _publish(self, state: State, channel: Channel) -> None:
        """Write index.html and feed.xml from the state as it is now."""
        publish_site(self.out_dir, replace(channel, updated=state.changed_at()), state.episodes())

    def _delete_files(self, episode: Episode) -> None:
        for name in (episode.filename, *episode.transcripts, episode.chapters_file):
            if name:
                with contextlib.suppress(OSError):
                    (self.out_dir / name).unlink()


_EPISODE_FILE = re.compile(
    r"^(\d{4}-\d{2}-\d{2}-[a-z0-9-]+)(\.mp3|\.vtt|\.srt|\.transcript\.json|\.chapters\.json)$"
)


def remove_orphans(out_dir: Path, episodes: list[Episode], pending: set[str]) -> int:
    """Delete episode files a killed run of this state left that no episode owns.

    Only stems this state began writing or unpublished (``pending``) are touched: files
    of the same folder published with another state are never deleted.
    """
    owned = {name for e in episodes for name in (e.filename, *e.transcripts, e.chapters_file)}
    removed = 0
    for path in out_dir.iterdir():
        match = _EPISODE_FILE.match(path.name)
        if match and match.group(1) in pending and path.name not in owned and path.is_file():
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed


def list_episodes(state_dir: Path) -> list[Episode]:
    """Published episodes of one output folder; reading never creates a state."""
    if not (state_dir / "state.db").is_file():
        return []
    with State(state_dir) as state:
        return state.episodes()
