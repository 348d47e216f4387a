"""The command line: a thin shell over the library.

Library errors (:class:`~podcastify.errors.PodcastifyError`) become one-line messages and
a non-zero exit; the exit status of ``build`` says how much was published:

0  everything was published (or there was nothing new)
1  nothing could be published (every failing source or article, or a fatal error)
2  bad usage (unknown option, missing argument)
3  some episodes were published and some sources or articles failed

Only click and the light modules (settings, config, errors) are imported at start-up; the
pipeline and its stages are imported by the commands that run them, so ``--help`` and
``list`` answer at once.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from podcastify import __version__
from podcastify.config import CONFIG_FILENAME, Config, load_config, state_dir
from podcastify.errors import PodcastifyError
from podcastify.settings import Settings
from podcastify.text import format_duration

if TYPE_CHECKING:
    from podcastify.models import Article, Episode
    from podcastify.pipeline import Builder, BuildResult, Failure

OPTION_NAMES = {"max_episodes": "--keep"}
"""Options whose name is not the setting's (``--base-url`` is ``base_url``)."""

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_PARTIAL = 3


class ConsoleReporter:
    """Progress on stderr: a line per article, a live sentence counter on a terminal."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.live = sys.stderr.isatty() and not quiet

    def _line(self, text: str) -> None:
        if self.live:
            click.echo("\r\033[K", nl=False, err=True)
        click.echo(text, err=True)

    def step(self, message: str) -> None:
        if self.live:
            click.echo(f"\r\033[K  {message}…", nl=False, err=True)

    def note(self, message: str) -> None:
        if not self.quiet:
            self._line(f"note: {message}")

    def warn(self, message: str) -> None:
        if not self.quiet:
            self._line(f"warning: {message}")

    def failed(self, failure: Failure) -> None:
        self._line(f"error: {failure}")

    def article_started(self, index: int, total: int, article: Article) -> None:
        if not self.quiet:
            self._line(f"[{index}/{total}] {article.title}")

    def sentence_done(self, done: int, total: int) -> None:
        if self.live:
            width = 30
            filled = width * done // max(total, 1)
            bar = "#" * filled + "-" * (width - filled)
            click.echo(f"\r  speaking [{bar}] {done}/{total} sentences", nl=False, err=True)

    def article_done(self, episode: Episode) -> None:
        if not self.quiet:
            self._line(f"  added {episode.filename} ({format_duration(episode.duration)})")


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
    with library_errors():
        loaded = load_config(config, overrides, options=OPTION_NAMES)
    for note in loaded.notes:
        click.echo(f"note: {note}", err=True)
    return loaded


def _one(config: Path | None, **overrides: Any) -> Settings:
    """The podcast a single-podcast command works on."""
    loaded = _config(config, **overrides)
    if len(loaded.podcasts) > 1:
        names = ", ".join(p.name for p in loaded.podcasts)
        raise click.UsageError(f"{loaded.path} holds several podcasts ({names}); pick one")
    return loaded.podcasts[0]


def _sources(given: tuple[str, ...], settings: Settings) -> list[str]:
    sources = list(given) or list(settings.podcast.sources)
    if not sources:
        raise click.UsageError(
            f"no SOURCE given and no 'sources' in {CONFIG_FILENAME}; "
            "name a feed URL, a feed file, a web page or an article file"
        )
    return sources


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
out_option = click.option(
    "--out", type=click.Path(file_okay=False), help="Output folder (default: audio/)."
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="podcastify")
def cli() -> None:
    """Turn new articles from feeds, web pages and files into a podcast."""


@cli.command()
@click.argument("sources", nargs=-1, metavar="SOURCE...")
@out_option
@click.option(
    "--base-url", help="Public URL of the output folder (default: http://localhost:8000/)."
)
@click.option("--engine", cls=EngineOption, help="Speech engine.")
@click.option(
    "--voice", help="Engine voice: for piper a voice name or .onnx path; for gtts a Google domain."
)
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
    "--check",
    "run_check",
    is_flag=True,
    help="Afterwards, check the output as podcast apps will see it (as `podcastify check`).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary; errors only.")
@config_option
def build(
    sources: tuple[str, ...],
    out: str | None,
    base_url: str | None,
    engine: str | None,
    voice: str | None,
    limit: int | None,
    max_episodes: int | None,
    rebuild_feed: bool,
    run_check: bool,
    quiet: bool,
    config: Path | None,
) -> None:
    """Publish every new article of SOURCE... as a podcast episode.

    SOURCE is an RSS/Atom feed (URL or file), a web page URL, or a .txt, .md or .html
    file. Articles already published are skipped. Exit status: 0 all published, 1 nothing
    could be published, 3 some failed.
    """
    from podcastify.pipeline import Builder

    settings = _one(
        config,
        out=out,
        base_url=base_url,
        engine=engine,
        voice=voice,
        limit=limit,
        max_episodes=max_episodes,
    )
    chosen = [] if rebuild_feed else _sources(sources, settings)
    reporter = ConsoleReporter(quiet)
    builder = Builder(settings, reporter=reporter)
    if not rebuild_feed:
        _preflight(builder)
    try:
        with library_errors():
            result = builder.rebuild_feed() if rebuild_feed else builder.run(chosen)
    except KeyboardInterrupt:
        click.echo("\ninterrupted: episodes finished so far are published", err=True)
        sys.exit(130)
    if not quiet:
        _summary(result, settings)
    status = _exit_code(result)
    if run_check and result.feed_path is not None:
        from podcastify.check import check_output

        with library_errors():
            problems = check_output(result.feed_path.parent, settings.publish.base_url)
        if _report_problems(problems) and status == EXIT_OK:
            status = EXIT_FAILED
    sys.exit(status)


def _preflight(builder: Builder) -> None:
    """An engine or voice that cannot work is bad usage, said before anything is fetched."""
    from podcastify.errors import EngineError

    try:
        builder.check()
    except EngineError as exc:
        raise click.UsageError(str(exc)) from None


def _exit_code(result: BuildResult) -> int:
    if not result.failed:
        return EXIT_OK
    return EXIT_PARTIAL if result.added else EXIT_FAILED


def _summary(result: BuildResult, settings: Settings) -> None:
    removed = len(result.removed)
    click.echo(
        f"{len(result.added)} added, {result.skipped} skipped, {len(result.failed)} failed"
        + (f", {removed} removed" if removed else ""),
        err=True,
    )
    if result.feed_path is not None:
        click.echo(f"feed: {result.feed_path}  (URL {settings.publish.feed_url})")
        click.echo(f"serve it: podcastify serve --dir {settings.publish.out}")


@cli.command()
@click.argument("episode", metavar="EPISODE")
@click.argument("sources", nargs=-1, metavar="[SOURCE...]")
@out_option
@click.option("--base-url", help="Public URL of the output folder.")
@click.option("-q", "--quiet", is_flag=True, help="No progress; errors only.")
@config_option
def refresh(
    episode: str,
    sources: tuple[str, ...],
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

    settings = _one(config, out=out, base_url=base_url)
    builder = Builder(settings, reporter=ConsoleReporter(quiet))
    _preflight(builder)
    with library_errors():
        done = builder.refresh(episode, _sources(sources, settings))
    if not quiet:
        click.echo(f"refreshed {done.title}: now {done.filename}", err=True)


@cli.command()
@click.argument("episode", metavar="EPISODE")
@out_option
@click.option("--base-url", help="Public URL of the output folder.")
@click.option("-q", "--quiet", is_flag=True, help="Say nothing when it worked.")
@config_option
def remove(
    episode: str, out: str | None, base_url: str | None, quiet: bool, config: Path | None
) -> None:
    """Unpublish EPISODE (its GUID, file name or title) for good.

    It leaves feed.xml and index.html first, then its files are deleted; its GUID is
    never published again, even if the article is still in a source.
    """
    from podcastify.pipeline import Builder

    settings = _one(config, out=out, base_url=base_url)
    with library_errors():
        gone = Builder(settings, reporter=ConsoleReporter(quiet)).remove(episode)
    if not quiet:
        click.echo(f"removed {gone.title} ({gone.filename}, GUID {gone.guid})", err=True)


@cli.command()
@click.argument("sources", nargs=-1, metavar="SOURCE...")
@config_option
def script(sources: tuple[str, ...], config: Path | None) -> None:
    """Print the narration script(s) exactly as they would be spoken; nothing is synthesised."""
    from podcastify.pipeline import format_script, scripts_for

    settings = _one(config)
    chosen = _sources(sources, settings)
    with library_errors():
        scripts, failed = scripts_for(chosen, settings, ConsoleReporter(quiet=False))
    for index, (_article, text) in enumerate(scripts):
        if index:
            click.echo()
        click.echo(format_script(text), nl=False)
    if failed:
        sys.exit(EXIT_PARTIAL if scripts else EXIT_FAILED)


@cli.command(name="list")
@out_option
@click.option("-l", "--long", "long_format", is_flag=True, help="Also show each GUID and size.")
@config_option
def list_command(out: str | None, long_format: bool, config: Path | None) -> None:
    """List the episodes published so far: date, duration, title, file (and GUID)."""
    from podcastify.state import read_episodes

    settings = _one(config, out=out)
    with library_errors():
        episodes = read_episodes(state_dir(settings))
    if not episodes:
        click.echo("no episodes published yet", err=True)
        return
    for episode in episodes:
        line = (
            f"{episode.published:%Y-%m-%d}  {format_duration(episode.duration):>8}  "
            f"{episode.title}  {Path(settings.publish.out) / episode.filename}"
        )
        if long_format:
            line += f"\n            GUID {episode.guid}  ({episode.size:,} bytes)"
        click.echo(line)


@cli.command()
def engines() -> None:
    """List the speech engines that are installed, and plugins that failed to load."""
    from podcastify.pipeline import default_registry

    registry = default_registry()
    for name in registry.names():
        click.echo(name)
    for name, reason in sorted(registry.broken.items()):
        click.echo(f"{name}  (failed to load: {reason})")


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


@cli.command()
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to serve (default: the output folder, audio/).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0 = any free port).",
)
@click.option("-q", "--quiet", is_flag=True, help="Do not log each request.")
@config_option
def serve(directory: Path | None, host: str, port: int, quiet: bool, config: Path | None) -> None:
    """Serve the output folder for podcast apps (byte ranges, ETags, safe paths)."""
    from podcastify.server import serve as run_server

    if directory is None:
        directory = Path(_one(config).publish.out)
    with library_errors():
        run_server(directory, host, port, quiet=quiet)


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
