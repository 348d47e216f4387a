"""The command line: a thin shell over the library.

Library errors (:class:`~podcastify.errors.PodcastifyError`) become one-line messages and
a non-zero exit; the exit status of ``build`` says how much was published:

0  everything was published (or there was nothing new)
1  nothing could be published (every failing source or article, or a fatal error)
2  bad usage (unknown option, missing argument, an engine or voice that cannot work)
3  some episodes were published and some sources or articles failed

Only click and the light modules (settings, config, errors) are imported at start-up; the
pipeline and its stages are imported by the commands that run them, so ``--help`` and
``list`` answer at once.
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from podcastify import __version__
from podcastify.config import CONFIG_FILENAME, Config, load_config
from podcastify.errors import PodcastifyError
from podcastify.settings import Settings
from podcastify.text import format_duration

if TYPE_CHECKING:
    from podcastify.models import Article, Episode
    from podcastify.pipeline import Builder, BuildResult
    from podcastify.reading import Failure

OPTION_NAMES = {"max_episodes": "--keep"}
"""Options whose name is not the setting's (``--base-url`` is ``base_url``)."""

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_PARTIAL = 3


class ConsoleReporter:
    """Progress on stderr. On a terminal: a live line per article (sentences spoken, time
    so far, an estimate for the article and the run, then mastering), fitted to the
    terminal's width. In a log: one line per article as it starts and as it is done."""

    def __init__(self, quiet: bool, prefix: str = "") -> None:
        self.quiet = quiet
        self.prefix = prefix
        """The podcast's name, when a run builds several."""
        self.live = sys.stderr.isatty() and not quiet
        self._article_started = 0.0
        self._run_started = time.monotonic()
        self._articles = (0, 0)
        """(this article's number, how many this run makes)."""
        self._finished: list[float] = []
        """Seconds each finished article took."""

    def _line(self, text: str) -> None:
        if self.live:
            click.echo("\r\033[K", nl=False, err=True)
        click.echo(f"{self.prefix}{text}", err=True)

    def _live(self, text: str) -> None:
        if self.live:
            width = max(20, shutil.get_terminal_size((80, 24)).columns - 1)
            click.echo(f"\r\033[K{text[:width]}", nl=False, err=True)

    def step(self, message: str) -> None:
        self._live(f"  {message}…")

    def note(self, message: str) -> None:
        if not self.quiet:
            self._line(f"note: {message}")

    def warn(self, message: str) -> None:
        if not self.quiet:
            self._line(f"warning: {message}")

    def failed(self, failure: Failure) -> None:
        self._line(f"error: {failure}")

    def article_started(self, index: int, total: int, article: Article) -> None:
        self._article_started = time.monotonic()
        self._articles = (index, total)
        if not self.quiet:
            self._line(f"[{index}/{total}] {article.title}")

    def sentence_done(self, done: int, total: int) -> None:
        if not self.live:
            return
        elapsed = time.monotonic() - self._article_started
        left = elapsed / max(done, 1) * (total - done)
        index, articles = self._articles
        per_article = sum(self._finished) / len(self._finished) if self._finished else None
        later = (per_article or elapsed + left) * max(0, articles - index)
        columns = shutil.get_terminal_size((80, 24)).columns
        width = max(5, min(30, columns - 60))
        filled = width * done // max(total, 1)
        bar = "#" * filled + "-" * (width - filled)
        run = f", run ~{_clock(left + later)} left" if articles > 1 else ""
        self._live(
            f"  speaking [{bar}] {done}/{total} sentences, {_clock(elapsed)} "
            f"(~{_clock(left)} left{run})"
        )

    def mastering(self, fraction: float) -> None:
        if self.live:
            width = 20
            filled = round(width * fraction)
            self._live(
                f"  mastering and encoding [{'#' * filled}{'-' * (width - filled)}] "
                f"{round(100 * fraction)}%"
            )

    def article_done(self, episode: Episode) -> None:
        took = time.monotonic() - self._article_started
        self._finished.append(took)
        if not self.quiet:
            self._line(
                f"  added {episode.filename} ({format_duration(episode.duration)} of audio, "
                f"made in {_clock(took)})"
            )


def _clock(seconds: float) -> str:
    return format_duration(max(0.0, seconds))


@contextlib.contextmanager
def library_errors() -> Iterator[None]:
    """Library errors, and the OS refusing a file, become one-line messages (exit 1)."""
    try:
        yield
    except PodcastifyError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        raise click.ClickException(f"{where}{exc.strerror or exc}") from None


def _config(config: Path | None, **overrides: Any) -> Config:
    from podcastify.errors import OptionError

    with library_errors():
        try:
            loaded = load_config(config, overrides, options=OPTION_NAMES)
        except OptionError as exc:  # a bad option value is bad usage, as a typo'd option is
            raise SetupError(str(exc)) from None
    for note in loaded.notes:
        click.echo(f"note: {note}", err=True)
    return loaded


def _podcasts(config: Path | None, podcast: str | None, **overrides: Any) -> tuple[Settings, ...]:
    """The podcasts a command works on: the one named, else every one in the config."""
    loaded = _config(config, **overrides)
    with library_errors():
        return loaded.select(podcast)


def _one(config: Path | None, podcast: str | None = None, **overrides: Any) -> Settings:
    """The podcast a single-podcast command works on."""
    chosen = _podcasts(config, podcast, **overrides)
    if len(chosen) > 1:
        names = ", ".join(p.name for p in chosen)
        raise click.UsageError(
            f"the config holds several podcasts ({names}); pick one with --podcast"
        )
    return chosen[0]


def _sources(given: tuple[str, ...], settings: Settings) -> list[str]:
    sources = list(given) or list(settings.podcast.sources)
    if not sources:
        raise click.UsageError(
            f"no SOURCE given and no 'sources' in {CONFIG_FILENAME}; "
            "name a feed URL, a feed file, an OPML list, a web page or an article file"
        )
    return sources


def _preflight(builder: Builder) -> None:
    """An engine or voice that cannot work is bad usage, said before anything is fetched."""
    from podcastify.errors import EngineError

    try:
        builder.check()
    except EngineError as exc:
        raise SetupError(str(exc)) from None


class SetupError(click.ClickException):
    """A setting that cannot work (an unknown engine or voice): exit 2 like bad usage,
    but one line, since the fault may be in the config file rather than the command."""

    exit_code = 2


class EngineOption(click.Option):
    """``--engine`` whose help names the engines actually installed (read only for help)."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        from podcastify.pipeline import default_registry

        registry = default_registry()
        self.help = f"Speech engine: {', '.join(registry.names())} (default: piper)."
        return super().get_help_record(ctx)


config_option = click.option(
    "--config",
    "config",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"Settings file (default: ./{CONFIG_FILENAME} when it exists).",
)
podcast_option = click.option(
    "--podcast",
    "podcast",
    metavar="NAME",
    help="The podcast to work on, when the config holds several (default: every one).",
)
one_podcast_option = click.option(
    "--podcast",
    "podcast",
    metavar="NAME",
    help="The podcast to work on; needed when the config holds several.",
)
out_option = click.option(
    "--out", type=click.Path(file_okay=False), help="Output folder (default: audio/)."
)
base_url_option = click.option(
    "--base-url", help="Public URL of the output folder (default: http://localhost:8000/)."
)
quiet_option = click.option(
    "-q", "--quiet", is_flag=True, help="No progress and no summary; errors only."
)
voice_options = (
    click.option("--engine", cls=EngineOption, help="Speech engine."),
    click.option(
        "--voice",
        help="Engine voice: for piper a voice name or .onnx path; for gtts a Google domain.",
    ),
    click.option(
        "--speed",
        type=click.FloatRange(0.5, 2.0),
        help="Reading speed, 0.5 to 2.0 (1.25 is a quarter faster; default 1.0).",
    ),
)


def _with(options: tuple[Callable[[Any], Any], ...]) -> Callable[[Any], Any]:
    def apply(command: Any) -> Any:
        for option in reversed(options):
            command = option(command)
        return command

    return apply


episode_options = (one_podcast_option, out_option, base_url_option, quiet_option, config_option)
"""What every command on one published episode takes."""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="podcastify")
def cli() -> None:
    """Turn new articles from feeds, web pages and files into a podcast."""


# -- build ---------------------------------------------------------------------------------


@cli.command()
@click.argument("sources", nargs=-1, metavar="[SOURCE...]")
@podcast_option
@out_option
@base_url_option
@_with(voice_options)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    help="Most new episodes this run (0: no limit).",
)
@click.option(
    "--keep",
    "max_episodes",
    type=click.IntRange(min=0),
    help="Keep only the newest N episodes; older ones' files and entries go (0: keep all).",
)
@click.option(
    "--rebuild-feed",
    is_flag=True,
    help="Only regenerate feed.xml and index.html from the state; synthesise nothing.",
)
@click.option(
    "--digest-now",
    is_flag=True,
    help="For a digest podcast: publish the current day's (or week's) digest now.",
)
@click.option(
    "--check",
    "run_check",
    is_flag=True,
    help="Afterwards, check the output as podcast apps will see it (as `podcastify check`).",
)
@quiet_option
@config_option
def build(
    sources: tuple[str, ...],
    podcast: str | None,
    rebuild_feed: bool,
    digest_now: bool,
    run_check: bool,
    quiet: bool,
    config: Path | None,
    **overrides: Any,
) -> None:
    """Publish every new article of SOURCE... as a podcast episode.

    SOURCE is an RSS/Atom/JSON feed (URL or file), an OPML list of feeds, a web page URL,
    or a .txt, .md, .html, .pdf, .epub or .eml file. Articles already published are
    skipped. With several podcasts in the config, each is built (or only --podcast NAME).
    Exit status: 0 all published, 1 nothing could be published, 3 some failed.
    """
    from podcastify.pipeline import Builder

    chosen = _podcasts(config, podcast, **overrides)
    if sources and len(chosen) > 1:
        raise click.UsageError("SOURCE... goes to one podcast: name it with --podcast")
    if sources and rebuild_feed:
        raise click.UsageError("--rebuild-feed reads no sources: give it none")
    several = len(chosen) > 1
    builders = [
        Builder(s, reporter=ConsoleReporter(quiet, f"{s.name}: " if several else ""))
        for s in chosen
    ]
    if not rebuild_feed:
        for builder in builders:
            _preflight(builder)
    results: list[tuple[Settings, BuildResult]] = []
    try:
        for settings, builder in zip(chosen, builders, strict=True):
            with library_errors():
                if rebuild_feed:
                    result = builder.rebuild_feed()
                else:
                    result = builder.run(_sources(sources, settings), digest_now=digest_now)
            results.append((settings, result))
    except KeyboardInterrupt:
        click.echo("\ninterrupted: episodes finished so far are published", err=True)
        sys.exit(130)
    status = _exit_code([r for _, r in results])
    for settings, result in results:
        if not quiet:
            _summary(result, settings, several)
        if run_check and result.feed_path is not None:
            from podcastify.check import check_output

            base = result.feed_url.removesuffix("feed.xml")
            with library_errors():
                problems = check_output(result.feed_path.parent, base)
            if _report_problems(problems) and status == EXIT_OK:
                status = EXIT_FAILED
    sys.exit(status)


def _exit_code(results: list[BuildResult]) -> int:
    if not any(r.failed for r in results):
        return EXIT_OK
    return EXIT_PARTIAL if any(r.added for r in results) else EXIT_FAILED


def _summary(result: BuildResult, settings: Settings, several: bool) -> None:
    removed = len(result.removed)
    prefix = f"{settings.name}: " if several else ""
    click.echo(
        f"{prefix}{len(result.added)} added, {result.skipped} skipped, "
        f"{len(result.failed)} failed" + (f", {removed} removed" if removed else ""),
        err=True,
    )
    if result.feed_path is not None and not several:
        click.echo(f"feed: {result.feed_path}  (URL {result.feed_url})")
        click.echo(f"serve it: podcastify serve --dir {settings.publish.out}")


# -- one podcast's episodes ------------------------------------------------------------------


@cli.command()
@click.argument("episode", metavar="EPISODE")
@click.argument("sources", nargs=-1, metavar="[SOURCE...]")
@_with(episode_options)
def refresh(
    episode: str,
    sources: tuple[str, ...],
    podcast: str | None,
    out: str | None,
    base_url: str | None,
    quiet: bool,
    config: Path | None,
) -> None:
    """Re-synthesise a published EPISODE (its GUID, file name or title) from its article's
    current text.

    The episode keeps its GUID but gets a new file name, since podcast apps cache audio
    by URL. SOURCE... defaults to the configured sources.
    """
    from podcastify.pipeline import Builder

    settings = _one(config, podcast, out=out, base_url=base_url)
    builder = Builder(settings, reporter=ConsoleReporter(quiet))
    _preflight(builder)
    with library_errors():
        done = builder.refresh(episode, _sources(sources, settings))
    if not quiet:
        click.echo(f"refreshed {done.title}: now {done.filename}", err=True)


@cli.command()
@click.argument("episode", metavar="EPISODE")
@_with(episode_options)
def remove(
    episode: str,
    podcast: str | None,
    out: str | None,
    base_url: str | None,
    quiet: bool,
    config: Path | None,
) -> None:
    """Unpublish EPISODE (its GUID, file name or title) for good.

    It leaves feed.xml and index.html first, then its files are deleted; its GUID is
    never published again, even if the article is still in a source.
    """
    from podcastify.pipeline import Builder

    settings = _one(config, podcast, out=out, base_url=base_url)
    with library_errors():
        gone = Builder(settings, reporter=ConsoleReporter(quiet)).remove(episode)
    if not quiet:
        click.echo(f"removed {gone.title} ({gone.filename}, GUID {gone.guid})", err=True)


@cli.command(name="list")
@podcast_option
@out_option
@click.option("-l", "--long", "long_format", is_flag=True, help="Also show each GUID and size.")
@config_option
def list_command(
    podcast: str | None, out: str | None, long_format: bool, config: Path | None
) -> None:
    """List the episodes published so far: date, duration, title, file (and GUID)."""
    from podcastify.published import published_episodes, site_folder

    chosen = _podcasts(config, podcast, out=out)
    for settings in chosen:
        with library_errors():
            episodes = published_episodes(settings)
            folder = site_folder(settings)
        if len(chosen) > 1:
            click.echo(f"[{settings.name}] {settings.podcast.title}")
        if not episodes:
            where = Path(settings.publish.out)
            missing = "" if where.is_dir() else f" ({where} does not exist)"
            click.echo(f"no episodes published yet{missing}", err=True)
        for episode in episodes:
            line = (
                f"{episode.published:%Y-%m-%d}  {format_duration(episode.duration):>8}  "
                f"{episode.title}  {folder / episode.filename}"
            )
            if long_format:
                line += f"\n            GUID {episode.guid}  ({episode.size:,} bytes)"
            click.echo(line)


@cli.command()
@podcast_option
@out_option
@base_url_option
@config_option
def url(podcast: str | None, out: str | None, base_url: str | None, config: Path | None) -> None:
    """Print the URL to subscribe to (a private podcast's secret one included)."""
    from podcastify.published import is_published, subscription_url

    chosen = _podcasts(config, podcast, out=out, base_url=base_url)
    for settings in chosen:
        with library_errors():
            found = subscription_url(settings)
            if not is_published(settings):  # the address is known before the first build
                click.echo(f"note: nothing is published in {settings.publish.out} yet", err=True)
        # One podcast: the bare URL, for $(podcastify url); several: each with its name.
        click.echo(f"{settings.name}: {found}" if len(chosen) > 1 else found)


@cli.command(name="rotate-token")
@one_podcast_option
@config_option
def rotate_token(podcast: str | None, config: Path | None) -> None:
    """Move a private podcast to a new secret URL: the old one stops working at once.

    Episodes keep their GUIDs; subscribers need the new URL (podcastify url).
    """
    from podcastify.pipeline import Builder

    settings = _one(config, podcast)
    with library_errors():
        new = Builder(settings, reporter=ConsoleReporter(quiet=False)).rotate_token()
    click.echo(new)


# -- on a schedule --------------------------------------------------------------------------


@cli.command()
@click.option(
    "--every",
    default="1h",
    show_default=True,
    metavar="INTERVAL",
    help="How long from the start of one run to the next: 30m, 1h, 2h30m, 1d.",
)
@podcast_option
@quiet_option
@config_option
def watch(every: str, podcast: str | None, quiet: bool, config: Path | None) -> None:
    """Build every podcast, sleep, repeat; a summary line per run.

    A failing source never stops the loop. SIGTERM or Ctrl-C let the article being made
    finish and be published, then exit 0. Two watchers of one podcast cannot both run.
    """
    from podcastify.pipeline import Builder
    from podcastify.schedule import parse_every
    from podcastify.schedule import watch as run_watch

    try:
        seconds = parse_every(every)
    except PodcastifyError as exc:
        raise click.BadParameter(str(exc), param_hint="'--every'") from None
    chosen = _podcasts(config, podcast)
    stop = threading.Event()

    def ask_to_stop(signum: int, frame: object) -> None:
        if not stop.is_set():
            click.echo("stopping after the article being made…", err=True)
        stop.set()

    signal.signal(signal.SIGTERM, ask_to_stop)
    signal.signal(signal.SIGINT, ask_to_stop)

    def build_one(settings: Settings, event: threading.Event) -> str:
        reporter = ConsoleReporter(quiet, f"{settings.name}: " if settings.name else "")
        builder = Builder(settings, reporter=reporter, stop=event)
        builder.check()
        result = builder.run(_sources((), settings))
        removed = f", {len(result.removed)} removed" if result.removed else ""
        counts = f"{len(result.added)} added, {result.skipped} skipped"
        return f"{counts}, {len(result.failed)} failed{removed}"

    with library_errors():
        run_watch(chosen, seconds, build_one, lambda line: click.echo(line), stop)
    sys.exit(EXIT_OK)


# -- trying things out ----------------------------------------------------------------------


@cli.command()
@click.argument("sources", nargs=-1, metavar="[SOURCE...]")
@one_podcast_option
@config_option
def script(sources: tuple[str, ...], podcast: str | None, config: Path | None) -> None:
    """Print the narration script(s) exactly as they would be spoken; nothing is synthesised."""
    from podcastify.reading import format_script, scripts_for

    settings = _one(config, podcast)
    chosen = _sources(sources, settings)
    with library_errors():
        scripts, failed = scripts_for(chosen, settings, ConsoleReporter(quiet=False))
    for index, (_article, text) in enumerate(scripts):
        if index:
            click.echo()
        click.echo(format_script(text), nl=False)
    if failed:
        sys.exit(EXIT_PARTIAL if scripts else EXIT_FAILED)


@cli.command()
@click.argument("source", metavar="SOURCE")
@click.option(
    "--seconds",
    type=click.FloatRange(min=3, max=600),
    default=30,
    show_default=True,
    help="About how long the preview lasts.",
)
@_with(voice_options)
@click.option(
    "--to",
    "target",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the MP3 (default: ./preview.mp3).",
)
@one_podcast_option
@config_option
def preview(
    source: str,
    seconds: float,
    target: Path | None,
    podcast: str | None,
    config: Path | None,
    **overrides: Any,
) -> None:
    """Write a short MP3 of SOURCE's first article, to try a voice and a speed.

    It is mastered like an episode; nothing is published and no state is touched.
    """
    from podcastify.errors import EngineError
    from podcastify.pipeline import default_registry
    from podcastify.pipeline import preview as make_preview

    settings = _one(config, podcast, **overrides)
    path = target or Path.cwd() / "preview.mp3"
    try:
        default_registry().check(settings.voice, settings.podcast.language)
    except EngineError as exc:
        raise SetupError(str(exc)) from None
    with library_errors():
        rendered = make_preview(
            settings, source, path, seconds=seconds, reporter=ConsoleReporter(quiet=False)
        )
    click.echo(f"wrote {path} ({format_duration(rendered.duration)})")


@cli.command()
@config_option
def voices(config: Path | None) -> None:
    """List the Piper voices installed: the bundled one and those in voices_dir."""
    from podcastify.pipeline import installed_voices

    seen: set[str] = set()
    for settings in _podcasts(config, None):
        folder = settings.voice.voices_dir
        if folder and not Path(folder).is_dir():
            click.echo(f"warning: voices_dir {folder} is not a folder", err=True)
        for voice in installed_voices(folder):
            if str(voice.path) in seen:
                continue
            seen.add(str(voice.path))
            click.echo(f"{voice.name}  {voice.language}  {voice.quality}  {voice.path}")


@cli.command()
def engines() -> None:
    """List the speech engines that are installed, and plugins that failed to load."""
    from podcastify.pipeline import default_registry

    registry = default_registry()
    for name in registry.names():
        click.echo(name)
    for name, reason in sorted(registry.broken.items()):
        click.echo(f"{name}  (failed to load: {reason})")


# -- settings ---------------------------------------------------------------------------------


@cli.command()
@click.option("--force", is_flag=True, help="Overwrite an existing podcastify.toml.")
def init(force: bool) -> None:
    """Write a commented podcastify.toml in the current folder to start from."""
    from podcastify.starter import render_starter

    target = Path.cwd() / CONFIG_FILENAME
    if target.exists() and not force:
        raise click.ClickException(f"{target} already exists (use --force to overwrite)")
    with library_errors():
        target.write_text(render_starter(), encoding="utf-8")
    click.echo(f"wrote {target}; edit it, then run: podcastify build")


@cli.command(name="import-opml")
@click.argument("opml", metavar="FILE")
@one_podcast_option
@config_option
def import_opml(opml: str, podcast: str | None, config: Path | None) -> None:
    """Add every feed of an OPML subscription list (a file or URL) to the config's sources.

    Comments and layout of podcastify.toml are kept; feeds already listed are skipped.
    """
    from podcastify.config_edit import add_sources
    from podcastify.pipeline import read_subscriptions_of

    path = config or Path.cwd() / CONFIG_FILENAME
    with library_errors():
        subscriptions = read_subscriptions_of(opml)
        added = add_sources(path, [s.url for s in subscriptions], podcast)
    for subscription in subscriptions:
        mark = "+" if subscription.url in added else "="
        click.echo(f"{mark} {subscription.title or subscription.url}  {subscription.url}")
    already = len(subscriptions) - len(added)
    click.echo(f"{len(added)} feed(s) added to {path}, {already} already there", err=True)


# -- serving and checking -------------------------------------------------------------------


@cli.command()
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to serve (default: the podcast's output folder, audio/).",
)
@one_podcast_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0 = any free port).",
)
@click.option(
    "--auth",
    metavar="USER:PASSWORD",
    envvar="PODCASTIFY_AUTH",
    help="Ask for HTTP basic auth (also from $PODCASTIFY_AUTH); many apps do not support it.",
)
@click.option("-q", "--quiet", is_flag=True, help="Do not log each request.")
@config_option
def serve(
    directory: Path | None,
    podcast: str | None,
    host: str,
    port: int,
    auth: str | None,
    quiet: bool,
    config: Path | None,
) -> None:
    """Serve the output folder for podcast apps (byte ranges, ETags, safe paths).

    A private podcast's folder is served as it is: its feed only at its secret path, and
    nothing at all at the root (no listing, no index).
    """
    from podcastify.server import serve as run_server

    if directory is None:
        directory = Path(_one(config, podcast).publish.out)
    credentials: tuple[str, str] | None = None
    if auth:
        user, colon, password = auth.partition(":")
        if not colon or not user or not password:
            raise click.UsageError("--auth takes USER:PASSWORD")
        credentials = (user, password)
    with library_errors():
        run_server(directory, host, port, quiet=quiet, auth=credentials)


@cli.command()
@click.argument("feed", metavar="URL")
@click.option(
    "--episodes",
    type=click.IntRange(min=1),
    help="Open only the first N episodes' files (default: all); the feed's text is always "
    "checked whole.",
)
def check(feed: str, episodes: int | None) -> None:
    """Check the podcast feed at URL (or a feed file) the way podcast apps see it.

    Prints one line per problem with what to fix. Exit status: 0 when nothing would break
    in an app (warnings allowed), 1 when something would.
    """
    from podcastify.check import check_feed

    with library_errors():
        problems = check_feed(feed, episodes=episodes)
    sys.exit(EXIT_FAILED if _report_problems(problems) else EXIT_OK)


def _report_problems(problems: list[Any]) -> int:
    """One line per problem on stdout, a count on stderr; returns how many are errors."""
    from podcastify.check import Severity

    for found in problems:
        click.echo(found.line())
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    click.echo(
        f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
        if problems
        else "no problems found",
        err=True,
    )
    return errors


def main() -> None:
    cli(prog_name="podcastify")
