"""The pipeline: sources → script → speech → audio → publish, composed for one podcast.

A run is three parts:

1. **Gather**: every source is read (a failing one is a :class:`Failure`, not the end).
2. **Select**: :func:`select_new`, a pure function of the articles, what is published and
   the time, chooses what to make (new only, ``limit``, retention), in publishing order.
3. **Make**: each chosen article goes through the declared :data:`EPISODE_STEPS` (script →
   speak → encode → tag → side files → commit → state), finished completely before the next
   begins; the feed is written last, so an interrupted run leaves the previous feed valid
   and the next run picks up the rest.

The :class:`Builder` receives its engine registry, clock and reporter from outside, so the
whole of it runs in-process in tests with a fake engine and a fixed time.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from podcastify.audio import EpisodeTags, render, write_tags
from podcastify.audio.tags import mp3_duration
from podcastify.config import STATE_DIRNAME
from podcastify.config import state_dir as default_state_dir
from podcastify.errors import NothingToNarrateError, PodcastifyError, PublishError
from podcastify.faults import checkpoint
from podcastify.fsutil import commit_file, remove_stale_temporaries, temporary_sibling
from podcastify.models import (
    Article,
    Episode,
    EpisodeFiles,
    RenderedAudio,
    Script,
    Section,
    SpokenSection,
)
from podcastify.publish import (
    FEED_FILENAME,
    INDEX_FILENAME,
    Channel,
    foreign_index,
    load_cover,
    podcast_guid,
    publish_site,
    transcript_text,
    write_side_files,
)
from podcastify.publish.readback import read_chapters_file, read_published
from podcastify.published import TOKEN_BYTES, TOKEN_KEY, private_folder
from podcastify.reading import (
    Failure,
    Reporter,
    gather,
    record_failure,
    script_style,
    scripts_for,
)
from podcastify.script import (
    build_digest,
    build_script,
    clean_summary,
    format_script,
)
from podcastify.settings import (
    PLACEHOLDERS,
    Settings,
)
from podcastify.sources import (
    Subscription,
    complete_article,
    identities,
    read_source,
    read_subscriptions,
)
from podcastify.speech import (
    Engine,
    EngineRegistry,
    default_registry,
    installed_voices,
    speak_script,
)
from podcastify.speech.cache import CachedEngine, SentenceCache
from podcastify.state import DB_NAME, Clock, State, utc_now
from podcastify.text import MONTHS, slugify
from podcastify.urls import canonical_url

__all__ = [
    "EPISODE_STEPS",
    "BuildResult",
    "Builder",
    "Failure",
    "Reporter",
    "Selection",
    "default_registry",
    "format_script",
    "installed_voices",
    "opening",
    "preview",
    "read_subscriptions_of",
    "remove_orphans",
    "scripts_for",
    "select_new",
]

SUMMARY_CHARS = 600


@dataclass
class BuildResult:
    """What a run did; the CLI turns it into the summary line and the exit status."""

    added: list[Episode] = field(default_factory=list)
    skipped: int = 0
    """Articles already published by an earlier run."""
    failed: list[Failure] = field(default_factory=list)
    removed: list[Episode] = field(default_factory=list)
    """Old episodes removed by the retention setting."""
    feed_path: Path | None = None
    """feed.xml, when the podcast exists after the run."""
    feed_url: str = ""
    """Where subscribers find it."""


# -- select ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """What a run will make, in publishing order (oldest first)."""

    make: list[Article]
    already: int
    """How many of the articles were published before (or are known to be unnarratable)."""


def select_new(
    articles: list[Article],
    known: Callable[[Article], bool],
    published: list[datetime],
    *,
    limit: int,
    keep: int,
    now: datetime,
) -> Selection:
    """Choose the articles to make: new ones only, the newest ``limit`` of them, and only
    those that would stay among the newest ``keep`` episodes (the rest would go at once).

    Pure: ``known`` says whether an article was published already, ``published`` lists the
    dates of the episodes in the feed, ``now`` stands in for an article without a date.
    """
    new = [a for a in articles if not known(a)]
    already = len(articles) - len(new)

    def date(article: Article) -> datetime:
        return article.published or now

    new.sort(key=date, reverse=True)
    if limit:
        new = new[:limit]
    if keep and new:
        cutoff = sorted([*published, *(date(a) for a in new)], reverse=True)[:keep][-1]
        new = [a for a in new if date(a) >= cutoff]
    new.reverse()
    return Selection(make=new, already=already)


def past_retention(episodes: list[Episode], keep: int) -> list[Episode]:
    """The episodes (newest first in ``episodes``) beyond the newest ``keep``."""
    return episodes[keep:] if keep else []


# -- make: the declared steps of one episode ---------------------------------------------


@dataclass
class EpisodeWork:
    """One episode in the making: what each step reads and what it adds."""

    article: Article
    replacing: Episode | None = None
    """The published episode a refresh replaces (same GUID, new file)."""
    fingerprint: str = ""
    """The article's fingerprint as its source gave it (before any teaser was completed)."""
    consumes: tuple[str, ...] = ()
    """Held articles a digest reads; they stop being held when it is recorded."""
    script: Script | None = None
    spoken: list[SpokenSection] | None = None
    published: datetime | None = None
    files: EpisodeFiles | None = None
    temp: Path | None = None
    """The MP3 being written, beside its final name."""
    rendered: RenderedAudio | None = None
    duration: float = 0.0
    episode: Episode | None = None
    cleanup: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)


@dataclass(frozen=True)
class Step:
    """A named step of making one episode; a kill test can stop a run right after it."""

    name: str
    run: Callable[[Builder, EpisodeWork], None]


def _step_script(builder: Builder, work: EpisodeWork) -> None:
    if work.script is None:  # a digest comes with its script made
        work.script = build_script(work.article, builder.style)
    builder.check_language(work.article)


def _step_speak(builder: Builder, work: EpisodeWork) -> None:
    assert work.script is not None
    work.spoken = speak_script(work.script, builder.engine(), builder.sentence_done)


def _step_encode(builder: Builder, work: EpisodeWork) -> None:
    assert work.spoken is not None
    if work.replacing is not None:
        work.published = work.replacing.published
    else:
        work.published = work.article.published or builder.clock()
    work.files = builder.new_files(work.article, work.published)
    builder.state.begin_files(work.files.stem)
    work.temp = work.cleanup.enter_context(temporary_sibling(builder.out_dir / work.files.audio))
    settings = builder.settings
    work.rendered = render(
        work.spoken,
        settings.audio,
        work.temp,
        builder.reporter.mastering,
        tempo=settings.voice.speed,
    )
    assert work.script is not None
    links = [section.link for section in work.script.sections]
    if any(links):  # one chapter per section, in order: a digest's chapters name their page
        work.rendered.chapters = [
            replace(chapter, url=link)
            for chapter, link in zip(work.rendered.chapters, links, strict=True)
        ]


def _step_tag(builder: Builder, work: EpisodeWork) -> None:
    assert work.temp is not None and work.rendered is not None and work.published is not None
    channel, cover = builder.channel, builder.cover
    write_tags(
        work.temp,
        EpisodeTags(
            title=work.article.title,
            author=builder.author_of(work.article),
            podcast=builder.settings.podcast.title,
            published=work.published,
            description=builder.summary_of(work) or work.article.title,
            guid=work.article.guid,
            feed_url=channel.feed_url,
            duration=work.rendered.duration,
            cover=cover,
            cover_mime="image/png" if channel.cover_file.endswith(".png") else "image/jpeg",
            chapters=tuple(work.rendered.chapters),
            lyrics=transcript_text(work.rendered.cues),
        ),
    )
    work.duration = mp3_duration(work.temp)


def _step_side_files(builder: Builder, work: EpisodeWork) -> None:
    assert work.files is not None and work.rendered is not None
    write_side_files(
        builder.out_dir,
        work.files,
        work.article.title,
        work.rendered.chapters,
        work.rendered.cues,
    )


def _step_commit(builder: Builder, work: EpisodeWork) -> None:
    assert work.temp is not None and work.files is not None
    commit_file(work.temp, builder.out_dir / work.files.audio, new=True)


def _step_state(builder: Builder, work: EpisodeWork) -> None:
    assert work.files is not None and work.rendered is not None and work.published is not None
    article = work.article
    episode = Episode(
        guid=article.guid,
        title=article.title,
        author=builder.author_of(article),
        link=article.link,
        published=work.published,
        filename=work.files.audio,
        size=(builder.out_dir / work.files.audio).stat().st_size,
        duration=work.duration,
        chapters=tuple(work.rendered.chapters),
        summary=builder.summary_of(work),
        content_hash=work.fingerprint,
        aliases=tuple(sorted(identities(article) - {article.guid})),
    )
    try:
        if work.replacing is not None:
            builder.state.replace(episode)
        else:
            builder.state.add(episode, consumed=work.consumes)
    except BaseException:
        # Never leave a published file that the state does not know about.
        builder.delete_files(work.files)
        raise
    work.episode = episode


EPISODE_STEPS: tuple[Step, ...] = (
    Step("script", _step_script),
    Step("speak", _step_speak),
    Step("encode", _step_encode),
    Step("tag", _step_tag),
    Step("side-files", _step_side_files),
    Step("commit", _step_commit),
    Step("state", _step_state),
)
"""How one article becomes a published episode, in order; each step's name is also the
fault-injection checkpoint reached right after it (``PODCASTIFY_KILL_AT=<name>``)."""


def _summary(article: Article, script: Script) -> str:
    """The feed's summary (without its footer or teaser marks), else the opening paragraph
    of the article as written."""
    text = clean_summary(article.summary.strip())
    body = script.body()
    if not text and body:
        text = " ".join(body[0].written_paragraphs()[0])
    if len(text) > SUMMARY_CHARS:
        text = text[:SUMMARY_CHARS].rsplit(" ", 1)[0] + "…"
    return text


# -- digests ------------------------------------------------------------------------------


def period_of(when: datetime, kind: str) -> str:
    """The digest period a moment falls in, in local time: ``2026-12-01`` (daily) or
    ``2026-W49`` (weekly, ISO weeks from Monday). Periods sort in time order."""
    local = when.astimezone()
    if kind == "weekly":
        year, week, _ = local.isocalendar()
        return f"{year}-W{week:02d}"
    return local.date().isoformat()


def _period_start(period: str) -> datetime:
    if "-W" in period:
        year, week = period.split("-W")
        day = date.fromisocalendar(int(year), int(week), 1)
    else:
        day = date.fromisoformat(period)
    return datetime.combine(day, time()).astimezone()


def period_end(period: str) -> datetime:
    """The last second of a period, in local time."""
    length = timedelta(days=7 if "-W" in period else 1)
    return _period_start(period) + length - timedelta(seconds=1)


def period_words(period: str) -> str:
    """A period as written in titles and said in the intro: "Monday, December 1, 2026"."""
    start = _period_start(period)
    day = f"{start:%A}, {MONTHS[start.month - 1]} {start.day}, {start.year}"
    return f"the week of {day}" if "-W" in period else day


# -- what is published already -----------------------------------------------------------


class Known:
    """Recognises an article that is published already, under any of its identities
    (:func:`~podcastify.sources.identities`: its GUID, its canonical link, older GUIDs), so
    one article reaching us through its page, a feed item and a second feed is one episode."""

    def __init__(self, episodes: list[Episode], gone: set[str] | None = None) -> None:
        self.by_identity: dict[str, Episode] = {}
        for episode in episodes:
            for identity in (episode.guid, *episode.aliases):
                self.by_identity.setdefault(identity, episode)
            if episode.link:
                self.by_identity.setdefault(canonical_url(episode.link), episode)
        self.gone = gone or set()
        """GUIDs unpublished for good, or known to have nothing to narrate."""

    def episode_of(self, article: Article) -> Episode | None:
        for identity in identities(article):
            if identity in self.by_identity:
                return self.by_identity[identity]
        return None

    def has(self, article: Article) -> bool:
        return bool(identities(article) & self.gone) or self.episode_of(article) is not None


# -- the builder -------------------------------------------------------------------------


class Builder:
    """Runs against one podcast: one output folder and its state."""

    def __init__(
        self,
        settings: Settings,
        *,
        state_dir: Path | None = None,
        engines: EngineRegistry | None = None,
        clock: Clock = utc_now,
        reporter: Reporter | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        self.settings = settings
        self.stop = stop
        """Once set, the run ends after the article being made (watch's SIGTERM)."""
        self.out_dir = Path(settings.publish.out)
        """The folder this podcast's files are published in (``out/<token>`` when private)."""
        self.base_url = settings.publish.base_url
        """The public URL of ``out_dir``."""
        self.state_dir = state_dir or default_state_dir(settings)
        self.engines = engines if engines is not None else default_registry()
        self.clock = clock
        self.reporter = reporter or Reporter()
        self.style = script_style(settings)
        self.limits = settings.fetch
        self._engine: Engine | None = None
        self._state: State | None = None
        self._listed: set[str] = set()
        """GUIDs the published feed lists: none may silently disappear from it."""
        self._missing: list[Failure] = []
        """Published episodes whose MP3 is gone, found when the feed was last written."""
        self._told_index = False
        self._cover: tuple[str, bytes] | None = None

    # -- what the steps share -----------------------------------------------------------

    @property
    def state(self) -> State:
        assert self._state is not None, "only inside Builder.session()"
        return self._state

    def engine(self) -> Engine:
        """The engine, loaded on first use, answering unchanged sentences from the cache."""
        if self._engine is None:
            voice = self.settings.voice
            engine = self.engines.create(voice, self.settings.podcast.language)
            cache = SentenceCache(self.state_dir / CACHE_DIRNAME)
            identity = getattr(engine, "identity", "") or voice.voice
            settings = {"speed": voice.speed, "language": self.settings.podcast.language}
            self._engine = CachedEngine(engine, cache, identity, settings)
        return self._engine

    @property
    def cover(self) -> bytes:
        return self._cover_file()[1]

    def _cover_file(self) -> tuple[str, bytes]:
        if self._cover is None:
            self._cover = load_cover(self.settings.podcast.title, self.settings.podcast.cover)
        return self._cover

    @property
    def channel(self) -> Channel:
        publish = self.settings.publish
        return Channel(
            info=self.settings.podcast,
            base_url=self.base_url,
            cover_file=self._cover_file()[0],
            podcast_guid=self.state.set_meta_once("podcast_guid", podcast_guid(publish.feed_url)),
            updated=self.state.changed_at(),
        )

    def author_of(self, article: Article) -> str:
        return article.author or self.settings.podcast.author

    def summary_of(self, work: EpisodeWork) -> str:
        assert work.script is not None
        return _summary(work.article, work.script)

    def new_files(self, article: Article, published: datetime) -> EpisodeFiles:
        """Files for a new episode under a name never used: not by this state, ever, and
        not by any file already in the folder, whoever made it."""
        taken = self.state.filenames()
        base = f"{published:%Y-%m-%d}-{slugify(article.title)}"
        stem, number = base, 2
        pending = self.state.pending_stems()
        while True:
            files = EpisodeFiles(stem)
            on_disk = stem not in pending and any(
                (self.out_dir / name).exists() for name in files.names()
            )
            if files.audio not in taken and not on_disk:
                return files
            stem, number = f"{base}-{number}", number + 1

    def delete_files(self, files: EpisodeFiles) -> None:
        for name in files.names():
            with contextlib.suppress(OSError):
                (self.out_dir / name).unlink()

    def sentence_done(self, done: int, total: int) -> None:
        checkpoint("synthesis")
        self.reporter.sentence_done(done, total)

    def check_language(self, article: Article) -> None:
        """Warn when an article is not in the language the voice speaks; go on anyway."""
        declared = article.language.split("-")[0].lower()
        voice_language = self.engine().language or self.settings.podcast.language
        spoken = voice_language.split("-")[0].lower()
        if declared and declared != spoken:
            self.reporter.warn(
                f"{article.title}: the article is in {article.language!r} but the voice "
                f"speaks {voice_language!r}; it will sound wrong"
            )

    # -- a session: the lock held, leftovers tidied, the feed written at the end ---------

    @contextlib.contextmanager
    def session(self) -> Iterator[State]:
        """Lock the state, adopt what the published feed has that the state lacks, tidy
        what a killed run left; on the way out, publish the feed if this podcast exists
        (and leave no trace if it never did)."""
        existed = (self.state_dir / DB_NAME).is_file()
        empty = False
        with State(self.state_dir, clock=self.clock) as state:
            state.lock()
            self._state = state
            try:
                self._find_site(state)
                existed = existed or (self.out_dir / FEED_FILENAME).exists()
                self._listed = self._adopt_published(state)
                if self.out_dir.is_dir():
                    remove_stale_temporaries(self.out_dir)
                    remove_orphans(self.out_dir, state.episodes(), state.pending_stems())
                state.clear_pending()
                try:
                    yield state
                finally:
                    if existed or state.episodes():
                        self.publish()
                    empty = state.is_empty()
            finally:
                self._state = None
        if not existed and not (self.out_dir / FEED_FILENAME).exists() and empty:
            # Nothing was ever published or learnt: no podcast, no state left behind.
            shutil.rmtree(self.state_dir, ignore_errors=True)
            if self.state_dir.parent.name == STATE_DIRNAME:
                with contextlib.suppress(OSError):
                    self.state_dir.parent.rmdir()  # only if nothing else is in it

    def _find_site(self, state: State) -> None:
        """Where this podcast is published: ``out``, or ``out/<token>`` when private, the
        token kept in the state (found again from the folder if the state was lost)."""
        publish = self.settings.publish
        root = Path(publish.out)
        if not publish.private:
            self.out_dir, self.base_url = root, publish.base_url
            return
        token = state.get_meta(TOKEN_KEY)
        if not token or not (root / token / FEED_FILENAME).exists():
            token = private_folder(root) or token or secrets.token_urlsafe(TOKEN_BYTES)
            state.set_meta(TOKEN_KEY, token)
        self.out_dir, self.base_url = root / token, f"{publish.base_url}{token}/"

    def rotate_token(self) -> str:
        """Move a private podcast to a new secret address: the old URL stops working, every
        GUID stays. The folder moves first, so a kill at any point leaves it findable."""
        if not self.settings.publish.private:
            raise PodcastifyError("this podcast is not private (set private = true)")
        with self.session() as state:
            old = self.out_dir
            new = old.parent / secrets.token_urlsafe(TOKEN_BYTES)
            if old.is_dir():
                old.rename(new)
                checkpoint("rotate")
            state.set_meta(TOKEN_KEY, new.name)
            self.out_dir, self.base_url = new, f"{self.settings.publish.base_url}{new.name}/"
        return self.feed_url

    @property
    def feed_url(self) -> str:
        return self.base_url + FEED_FILENAME

    def _adopt_published(self, state: State) -> set[str]:
        """Take into the state every episode feed.xml lists that the state does not know
        (a lost, deleted or moved state); return the GUIDs the feed lists."""
        published = read_published(self.out_dir / FEED_FILENAME)
        if published is None:
            return set()
        if not published.readable:
            if not state.episodes():
                raise PublishError(
                    f"{self.out_dir / FEED_FILENAME} cannot be read, and no state says what "
                    "it held; move it away (or publish into another folder with --out)"
                )
            self.reporter.warn(f"{self.out_dir / FEED_FILENAME} was damaged; writing it again")
            return set()
        unpublished = state.unpublished_for_good()
        missing = [
            self._as_adopted(e)
            for e in published.episodes
            if state.get(e.guid) is None and e.guid not in unpublished
        ]
        if missing:
            state.adopt(missing, podcast_guid=published.podcast_guid, updated=published.updated)
            checkpoint("adopt")
            self.reporter.note(
                f"adopted {len(missing)} episode(s) from {self.out_dir / FEED_FILENAME}: "
                "the private state did not know them"
            )
        return {e.guid for e in published.episodes}

    def _as_adopted(self, episode: Episode) -> Episode:
        """A feed item as a state row: exact chapter times from its chapters file when it
        has one, and the size of the file as it is on disk."""
        path = self.out_dir / episode.filename
        size = path.stat().st_size if path.is_file() else episode.size
        chapters = read_chapters_file(self.out_dir / episode.files.side("chapters")[0][0])
        return replace(episode, size=size, chapters=chapters or episode.chapters)

    def publish(self, *, dropping: frozenset[str] = frozenset()) -> bool:
        """Write the cover, index.html and feed.xml from the state as it is now.

        The one place where the feed's first promise is kept: an episode the feed listed
        leaves it only when ``dropping`` names it (retention or ``remove``).
        """
        episodes = self.state.episodes()
        # A removal the state recorded before a kill is still the owner's choice.
        lost = self._listed - {e.guid for e in episodes} - dropping
        lost -= self.state.unpublished_for_good() if lost else set()
        if lost:
            raise PublishError(
                f"refusing to write a feed without {len(lost)} published episode(s) "
                f"({', '.join(sorted(lost)[:3])}); nothing was changed"
            )
        # A deleted MP3 does not take its episode out of the feed: the owner restores the
        # file or removes the episode on purpose; the run ends with it as a failure.
        self._missing = [
            Failure(
                where=str(self.out_dir / episode.filename),
                title=episode.title,
                message=f"its published file {episode.filename} is missing: restore it, or "
                f"unpublish the episode with: podcastify remove {episode.guid!r}",
            )
            for episode in episodes
            if not (self.out_dir / episode.filename).is_file()
        ]
        foreign = foreign_index(self.out_dir)
        if foreign and not self._told_index:
            self._told_index = True
            self.reporter.warn(
                f"{self.out_dir / INDEX_FILENAME} is not podcastify's: left as it is, so the "
                "podcast's own page is not written"
            )
        changed = publish_site(self.out_dir, self.channel, self.cover, episodes, index=not foreign)
        self._listed = {e.guid for e in episodes}
        return changed

    # -- commands ------------------------------------------------------------------------

    def check(self) -> None:
        """What cannot work is an error before any source is fetched: an unknown engine,
        or a voice that engine cannot use."""
        self.engines.check(self.settings.voice, self.settings.podcast.language)

    def run(self, sources: list[str], *, digest_now: bool = False) -> BuildResult:
        """Publish what is new in ``sources``, then apply retention.

        A digest podcast holds new articles until their day (week) is over, then reads them
        all in one episode (``digest_now`` publishes the current one too).
        """
        self.check()
        result = BuildResult()
        with self.session() as state:
            articles = gather(sources, self.limits, self.reporter, result.failed)
            checkpoint("fetched")
            known = Known(state.episodes(), state.unpublished_for_good() | state.unnarratable())
            if self.settings.publish.digest:
                self._run_digest(articles, known, result, digest_now=digest_now)
                result.removed = self._apply_retention()
                self._finish(result)
                return result
            selection = select_new(
                articles,
                known.has,
                [e.published for e in state.episodes()],
                limit=self.settings.build.limit,
                keep=self.settings.publish.max_episodes,
                now=self.clock(),
            )
            result.skipped = selection.already
            self._note_changes(articles, known)
            if selection.make:
                self._warn_placeholders()
                self.engine()  # an engine that cannot start stops the run before any article
            for index, found in enumerate(selection.make, start=1):
                if self.stop is not None and self.stop.is_set():
                    self.reporter.note("stopping as asked; the other new articles wait")
                    break
                self.reporter.article_started(index, len(selection.make), found)
                episode = self._make_reported(found, result.failed, known)
                if episode is not None:
                    result.added.append(episode)
                    self.reporter.article_done(episode)
            result.removed = self._apply_retention()
        self._finish(result)
        return result

    def _run_digest(
        self, articles: list[Article], known: Known, result: BuildResult, *, digest_now: bool
    ) -> None:
        """Hold each new article for its period's digest; publish every digest that is due."""
        kind = self.settings.publish.digest
        now = self.clock().astimezone()
        held_ids = {i for _, held in self.state.held() for i in identities(held)}
        for found in sorted(articles, key=lambda a: a.published or now):
            if known.has(found) or identities(found) & held_ids:
                result.skipped += 1
                continue
            try:
                article = complete_article(found, self.limits, self.reporter.warn)
            except PodcastifyError as exc:
                record_failure(
                    Failure(found.link or found.guid, str(exc), found.title),
                    self.reporter,
                    result.failed,
                )
                continue
            self.state.hold(article, period_of(article.published or now, kind))
            held_ids |= identities(article)
        current = period_of(now, kind)
        periods: dict[str, list[Article]] = {}
        for period, article in self.state.held():
            if period < current or (digest_now and period == current):
                periods.setdefault(period, []).append(article)
        if periods:
            self._warn_placeholders()
            self.engine()
        for index, (period, held) in enumerate(sorted(periods.items()), start=1):
            held.sort(key=lambda a: a.published or now)
            digest = self._digest_article(period, held, now)
            self.reporter.article_started(index, len(periods), digest)
            try:
                script = build_digest(held, digest.title, period_words(period), self.style)
                episode = self.make_episode(
                    digest, script=script, consumes=tuple(a.guid for a in held)
                )
            except PodcastifyError as exc:
                record_failure(
                    Failure(digest.guid, str(exc), digest.title), self.reporter, result.failed
                )
                continue
            result.added.append(episode)
            self.reporter.article_done(episode)

    def _digest_article(self, period: str, held: list[Article], now: datetime) -> Article:
        """The digest of one period as an article: a GUID fixed by the podcast and the
        period, dated the period's end (or now, when published early)."""
        podcast = self.state.set_meta_once(
            "podcast_guid", podcast_guid(self.settings.publish.feed_url)
        )
        guid, number = f"urn:podcastify:digest:{podcast}:{period}", 2
        while self.state.get(guid) is not None or guid in self.state.unpublished_for_good():
            guid, number = f"urn:podcastify:digest:{podcast}:{period}-{number}", number + 1
        return Article(
            guid=guid,
            title=f"{self.settings.podcast.title}: {period_words(period)}",
            author=self.settings.podcast.author,
            published=min(now, period_end(period)).astimezone(UTC).replace(microsecond=0),
            summary="; ".join(a.title for a in held),
            source_title=self.settings.podcast.title,
            aliases=tuple(sorted({i for a in held for i in identities(a)})),
        )

    def _note_changes(self, articles: list[Article], known: Known) -> None:
        """Say which published articles have changed since, and how to re-read them."""
        for article in articles:
            episode = known.episode_of(article)
            # Only the same item compares: the article's page and its feed item (one
            # episode, matched by link) never read alike.
            if episode is None or episode.guid != article.guid:
                continue
            if episode.content_hash not in ("", article.fingerprint()):
                self.reporter.note(
                    f"{article.title!r} has changed since it was published; to read it "
                    f"again: podcastify refresh {episode.guid!r} (with this build's "
                    "--out or --config, and its source)"
                )

    def _warn_placeholders(self) -> None:
        podcast = self.settings.podcast
        unset = [
            f"{key} = {getattr(podcast, key)!r}"
            for key, placeholders in PLACEHOLDERS.items()
            if getattr(podcast, key) in placeholders
        ]
        if unset:
            self.reporter.warn(
                f"the feed still shows placeholder values ({', '.join(unset)}); set "
                f"{'them' if len(unset) > 1 else 'it'} under [podcast] in podcastify.toml "
                "(or start one with podcastify init)"
            )

    def rebuild_feed(self) -> BuildResult:
        """Write feed.xml and index.html again from the state; synthesise nothing."""
        result = BuildResult()
        with self.session():
            result.removed = self._apply_retention()
        self._finish(result)
        return result

    def find(self, wanted: str) -> Episode:
        """A published episode by its GUID, its file name or its title."""
        episodes = self.state.episodes()
        for test in (
            lambda e: e.guid == wanted,
            lambda e: wanted in (e.filename, e.files.stem) or Path(wanted).name == e.filename,
            lambda e: e.title.casefold() == wanted.casefold(),
        ):
            found = [e for e in episodes if test(e)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                guids = ", ".join(repr(e.guid) for e in found)
                raise PodcastifyError(
                    f"{wanted!r} names {len(found)} episodes; use a GUID: {guids}"
                )
        raise PodcastifyError(
            f"no published episode has the GUID, file name or title {wanted!r} "
            "(podcastify list --long shows them)"
        )

    def refresh(self, wanted: str, sources: list[str]) -> Episode:
        """Re-synthesise a published article under a new file name, keeping its GUID.

        Podcast apps cache audio by URL, so a changed article gets a new URL rather than
        new bytes behind the old one.
        """
        self.check()
        with self.session():
            old = self.find(wanted)
            failures: list[Failure] = []
            known = Known([old])
            matches = [
                a
                for a in gather(sources, self.limits, self.reporter, failures)
                if known.episode_of(a) is not None
            ]
            if not matches:
                problems = f" ({'; '.join(map(str, failures))})" if failures else ""
                raise PodcastifyError(
                    f"the article {old.title!r} is no longer in the sources{problems}"
                )
            self.engine()
            self.reporter.article_started(1, 1, matches[0])
            article = replace(
                complete_article(matches[0], self.limits, self.reporter.warn), guid=old.guid
            )
            episode = self.make_episode(
                article, replacing=old, fingerprint=matches[0].fingerprint()
            )
            self.publish()
            self.delete_files(old.files)
        return episode

    def remove(self, wanted: str) -> Episode:
        """Unpublish one episode for good: out of the feed first, its files after.

        A kill between the steps loses nothing: the state already says it is gone (so no
        feed is adopted back), and its files are a pending leftover the next run removes.
        """
        with self.session() as state:
            episode = self.find(wanted)
            state.remove(episode.guid)
            checkpoint("remove")
            self.publish(dropping=frozenset({episode.guid}))
            checkpoint("remove-feed")
            self.delete_files(episode.files)
        return episode

    def _make_reported(
        self, found: Article, failures: list[Failure], known: Known
    ) -> Episode | None:
        """Complete and make one article; a failure is recorded and the run goes on (a
        teaser whose page cannot be had now is tried again next run)."""
        try:
            article = complete_article(found, self.limits, self.reporter.warn)
            if known.has(article):  # its page named an address already published
                self.reporter.note(f"{article.title!r} is published already under another address")
                return None
            return self.make_episode(article, fingerprint=found.fingerprint())
        except PodcastifyError as exc:
            article = found
            if isinstance(exc, NothingToNarrateError):
                self.state.mark_unnarratable(article.guid, article.title, str(exc))
            failure = Failure(article.link or article.guid, str(exc), article.title)
            record_failure(failure, self.reporter, failures)
        return None

    def make_episode(
        self,
        article: Article,
        replacing: Episode | None = None,
        fingerprint: str = "",
        *,
        script: Script | None = None,
        consumes: tuple[str, ...] = (),
    ) -> Episode:
        """Run :data:`EPISODE_STEPS` for one article; its files are published only whole."""
        work = EpisodeWork(
            article=article,
            replacing=replacing,
            fingerprint=fingerprint or ("" if script else article.fingerprint()),
            script=script,
            consumes=consumes,
        )
        with work.cleanup:
            for step in EPISODE_STEPS:
                step.run(self, work)
                checkpoint(step.name)
        assert work.episode is not None
        return work.episode

    def _apply_retention(self) -> list[Episode]:
        """Unpublish all but the newest ``max_episodes``; their files go once the feed no
        longer lists them (a kill in between leaves orphans the next run removes)."""
        removed = past_retention(self.state.episodes(), self.settings.publish.max_episodes)
        for episode in removed:
            self.state.remove(episode.guid)
        if removed:
            self.publish(dropping=frozenset(e.guid for e in removed))
            for episode in removed:
                self.delete_files(episode.files)
        return removed

    def _finish(self, result: BuildResult) -> None:
        for failure in self._missing:
            record_failure(failure, self.reporter, result.failed)
        feed = self.out_dir / FEED_FILENAME
        result.feed_path = feed if feed.exists() else None
        result.feed_url = self.feed_url


WORDS_PER_SECOND = 3.4
"""About how fast the bundled voice reads at speed 1, pauses included (measured: 68 words in
19.5 s); a preview's length is planned by it."""


PREVIEW_FIXED_SECONDS = 1.5
"""What a preview lasts besides its words: the lead-in, the tail and the padding to a whole
second."""


def opening(script: Script, seconds: float, speed: float = 1.0) -> Script:
    """The article's first ``seconds`` or so, in whole sentences, without the intro (a
    preview is for hearing the voice read the article). A sentence that would run past the
    time is left out, unless it is the first."""
    budget = max(1, round(max(1.0, seconds - PREVIEW_FIXED_SECONDS) * WORDS_PER_SECOND * speed))
    kept: list[Section] = []
    for section in script.body() or script.sections:
        spoken: list[tuple[str, ...]] = []
        written: list[tuple[str, ...]] = []
        for said, wrote in zip(section.paragraphs, section.written_paragraphs(), strict=True):
            count = 0
            while count < len(said) and budget > 0:
                words = len(said[count].split())
                if words > budget and (kept or spoken or count):
                    budget = 0
                    break
                budget -= words
                count += 1
            if count:
                spoken.append(said[:count])
                written.append(wrote[:count])
        if spoken:
            kept.append(replace(section, paragraphs=tuple(spoken), written=tuple(written)))
        if budget <= 0:
            break
    return replace(script, sections=tuple(kept))


def preview(
    settings: Settings,
    source: str,
    target: Path,
    *,
    seconds: float = 30.0,
    engines: EngineRegistry | None = None,
    reporter: Reporter | None = None,
) -> RenderedAudio:
    """A short MP3 of the first article's opening, mastered like an episode, at ``target``.

    Nothing is published and no state is read or written.
    """
    reporter = reporter or Reporter()
    registry = engines if engines is not None else default_registry()
    registry.check(settings.voice, settings.podcast.language)
    limits = settings.fetch
    reporter.step(f"reading {source}")
    articles = read_source(source, limits, reporter.warn)  # its error is the command's
    if not articles:
        raise PodcastifyError(f"{source}: no article in it")
    article = complete_article(articles[0], limits, reporter.warn)
    script = opening(build_script(article, script_style(settings)), seconds, settings.voice.speed)
    engine = registry.create(settings.voice, settings.podcast.language)
    reporter.article_started(1, 1, article)
    spoken = speak_script(script, engine, reporter.sentence_done)
    target.parent.mkdir(parents=True, exist_ok=True)
    with temporary_sibling(target) as temp:
        rendered = render(
            spoken, settings.audio, temp, reporter.mastering, tempo=settings.voice.speed
        )
        commit_file(temp, target)
    return rendered


def read_subscriptions_of(source: str, settings: Settings | None = None) -> list[Subscription]:
    """The feeds of an OPML list, for `podcastify import-opml`."""
    return read_subscriptions(source, (settings or Settings()).fetch)


CACHE_DIRNAME = "speech-cache"
"""Beside the state database: sentences already spoken, so a refresh re-speaks only what
changed (bounded; the least recently used go first)."""


def remove_orphans(out_dir: Path, episodes: list[Episode], pending: set[str]) -> int:
    """Delete episode files a killed run of this state left that no episode owns.

    Only stems this state began writing or unpublished (``pending``) are touched: files
    of the same folder published with another state are never deleted.
    """
    owned = {name for e in episodes for name in e.files.names()}
    removed = 0
    for path in out_dir.iterdir():
        stem = EpisodeFiles.stem_of(path.name)
        if stem in pending and path.name not in owned and path.is_file():
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed
