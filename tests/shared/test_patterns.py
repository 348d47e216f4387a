"""Compiled patterns kept between runs: the same objects as re.compile, and never a wrong
match when the cache is missing, damaged or unwritable."""

from __future__ import annotations

import enum
import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from podcastify import patterns
from tests.helpers.cli import cli_env, run_podcastify

CASES: list[tuple[str | bytes, int, str | bytes]] = [
    (r"(?P<year>\d{4})s\b", 0, "the 1990s and 2000s"),
    (r"(?<![\w$])(?P<cur>US\$|\$|€)\s?(?P<a>\d+(?:\.\d+)?)", 0, "costs $3.50 or €4"),
    (
        r"^the post .+ appeared first on .+$",
        re.IGNORECASE | re.MULTILINE,
        "The Post x appeared first on y",
    ),
    (r"\b(?:Dr|Mr|Mrs)\.(?=\s[A-Z])", 0, "Dr. Smith met Mr. Jones"),
    ("[^\t\n\r\x20-\ud7ff\ue000-\ufffd]", 0, "a\x00b\x0bc"),
    (r"(a)(b)?(?P<c>c)|(?P=c)", 0, "abc ac c"),
    (rb"^([A-Za-z][A-Za-z0-9-]{0,60}):", re.MULTILINE, b"From: a\nTo: b"),
    (r"caf\u00e9|na\u00efve", re.IGNORECASE, "CAFÉ and Naïve"),
    (r"(?i)^dr\.|(?-i:Mr)", re.MULTILINE, "DR. Who\nMr Bean mr no"),
    (
        r"""(?P<n> \d+ )  # a number
         \s* %""",
        re.VERBOSE,
        "40 % and 3%",
    ),
    (r"\w+", re.ASCII, "naïve café"),
    (r"(?s)<p>.*?</p>", 0, "<p>a\nb</p><p>c</p>"),
    (rb"\w+", re.IGNORECASE, b"MiXeD bytes"),
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own; the module forgets what it held."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    patterns.forget()
    yield tmp_path
    patterns.forget()


def _matches(pattern: re.Pattern, text: str | bytes) -> list:
    return [(m.span(), m.groupdict(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("source", "flags", "text"), CASES)
def test_saved_pattern_is_the_pattern_re_compiles(cache: Path, source, flags, text) -> None:
    fresh = patterns.compiled(source, flags)
    patterns.save()
    patterns.forget()
    assert patterns.cached_entries(), "nothing was saved"
    from_file = patterns.compiled(source, flags)
    expected = re.compile(source, flags)
    # Pattern equality compares the pattern, the flags and sre's code.
    assert fresh == expected
    assert from_file == expected
    assert from_file.groupindex == expected.groupindex
    assert _matches(from_file, text) == _matches(expected, text)
    assert _matches(expected, text), "the case should match something"


def test_a_pattern_and_its_bytes_twin_are_never_compared(tmp_path: Path) -> None:
    """Under ``python -bb`` comparing "ab" with b"ab" is an error; the two stay apart."""
    program = (
        "from podcastify import patterns\n"
        "assert patterns.compiled('a+b').match('aab')\n"
        "assert patterns.compiled(b'a+b').match(b'aab')\n"
        "patterns.save()\n"
    )
    for _ in range(2):  # once compiling both, once from the saved file
        subprocess.run(
            [sys.executable, "-bb", "-c", program],
            env=cli_env({"XDG_CACHE_HOME": str(tmp_path)}),
            check=True,
        )


def test_a_debug_pattern_is_compiled_by_re_itself(cache: Path, capsys) -> None:
    assert patterns.compiled(r"a|b", re.DEBUG) == re.compile(r"a|b", re.DEBUG)
    assert "LITERAL 97" in capsys.readouterr().out
    patterns.save()
    assert not patterns.cached_entries()


def test_no_home_folder_costs_nothing_but_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """HOME unset and the user unknown to the system (a container's random uid)."""

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    patterns.forget()
    try:
        assert patterns.compiled(r"(?P<n>\d+) km").match("12 km").group("n") == "12"
        patterns.save()  # must not raise
    finally:
        patterns.forget()


def test_a_bad_pattern_raises_as_re_does(cache: Path) -> None:
    with pytest.raises(re.error):
        patterns.compiled(r"(unclosed")


def test_a_damaged_file_is_compiled_afresh_and_rewritten(cache: Path) -> None:
    target = patterns.cache_file()
    target.parent.mkdir(parents=True)
    target.write_bytes(b"\x00not marshal at all")
    assert patterns.compiled(r"\d+ (?P<unit>kg|lb)").findall("5 kg, 6 lb") == ["kg", "lb"]
    patterns.save()
    assert (False, r"\d+ (?P<unit>kg|lb)", 0) in patterns.cached_entries()


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        (f"{sys.implementation.cache_tag}-20220615-4-00000000.marshal", False),  # older layout
        (f"{sys.implementation.cache_tag}-20220615-4-00000000-2.marshal", False),  # older build
        ("cpython-399-20990101-4-00000000-2.marshal", True),  # another Python version's
    ],
)
def test_a_save_removes_only_this_pythons_older_files(cache: Path, name: str, kept: bool) -> None:
    target = patterns.cache_file()
    target.parent.mkdir(parents=True)
    other = target.parent / name
    other.write_bytes(marshal.dumps({}))
    patterns.compiled(r"(?P<word>\w+)!")
    patterns.save()
    assert target.exists()
    assert other.exists() is kept


def test_past_the_limit_a_save_keeps_only_what_the_run_used(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patterns, "MOST_SAVED", 3)
    for number in range(5):
        patterns.compiled(rf"old{number}\d")
    patterns.save()
    patterns.forget()
    patterns.compiled(r"new\d")
    patterns.save()
    assert set(patterns.cached_entries()) == {(False, r"new\d", 0)}


def _damage_saved_code(source: str, part: int) -> None:
    """Replace the saved code of ``source`` (in podcastify's part 0 or the libraries' part 1
    of the file) with code sre rejects."""
    target = patterns.cache_file()
    parts = marshal.loads(target.read_bytes())
    flags, code, groups, names, by_index = parts[part][(False, source, 0)]
    parts[part][(False, source, 0)] = (flags, [999_999] * len(code), groups, names, by_index)
    target.write_bytes(marshal.dumps(parts))


def test_code_that_sre_rejects_is_compiled_afresh(cache: Path) -> None:
    source = r"(?P<n>\d+) items"
    patterns.compiled(source)
    patterns.save()
    _damage_saved_code(source, part=0)
    patterns.forget()
    again = patterns.compiled(source)
    assert again == re.compile(source)
    assert again.match("12 items").group("n") == "12"


def test_an_unwritable_cache_folder_costs_nothing_but_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    patterns.forget()
    try:
        assert patterns.compiled(r"\bx\b").search("a x b")
        patterns.save()  # must not raise
    finally:
        patterns.forget()


PROBE = """
import contextlib, io, sys
from podcastify import patterns
generated = []
real = patterns._generate
patterns._generate = lambda *a: generated.append(a[0]) or real(*a)
from podcastify.cli import main
sys.argv = ["podcastify", "script", sys.argv[1]]
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    main()
print(len(generated), len(patterns._used))
"""

ARTICLE = (
    "# A test\n\nDr. Smith paid $3.5 million on March 3, 2021, at 10:30 a.m. "
    "for 40% of the 1990s-era firm (see www.example.com).\n\nShare this article.\n"
)


def test_a_second_start_compiles_none_of_the_script_stages_rules(tmp_path: Path) -> None:
    """What makes `podcastify script` start fast: the second process parses no pattern."""
    env = cli_env({"XDG_CACHE_HOME": str(tmp_path)})
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")

    def probe() -> tuple[int, int]:
        out = subprocess.run(
            [sys.executable, "-c", PROBE, str(article)],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        return int(out[0]), int(out[1])

    first_generated, first_used = probe()
    second_generated, second_used = probe()
    assert first_generated > 200, "the script stage's rules should go through the cache"
    assert second_generated == 0
    assert second_used == first_used


def test_the_script_command_says_the_same_with_a_warm_cache(tmp_path: Path) -> None:
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    env = cli_env({"XDG_CACHE_HOME": str(tmp_path / "cache")})
    cold = run_podcastify("script", str(article), cwd=tmp_path, env=env)
    warm = run_podcastify("script", str(article), cwd=tmp_path, env=env)
    assert cold.returncode == warm.returncode == 0, cold.stderr + warm.stderr
    assert "three point five million dollars" in cold.stdout
    assert warm.stdout == cold.stdout
    assert any((tmp_path / "cache" / "podcastify" / "patterns").iterdir())


def _library_pattern(tag: str) -> str:
    """A pattern no other test compiled, as a library hands it to ``re.sub``."""
    return rf"(?P<word>{tag}\w*)\s+(?=\d)"


def test_another_librarys_patterns_go_back_into_res_cache(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _library_pattern("lib")
    re.purge()  # the suite's own patterns would fill re's cache
    assert re.sub(source, r"<\g<word>> ", "library 42") == "<library> 42"
    patterns.compiled(r"own\d")
    patterns.save()
    assert (False, source, 0) in patterns.cached_library_entries()

    re.purge()
    patterns.forget()
    patterns.compiled(r"own\d")  # the next start loads the file
    assert (str, source, 0) in re._cache

    def no_compiling(*args: object) -> None:
        raise AssertionError("re compiled a pattern the cache had")

    monkeypatch.setattr(re._compiler, "compile", no_compiling)
    assert re.sub(source, r"<\g<word>> ", "library 42 libs 7") == "<library> 42 <libs> 7"


def test_a_library_pattern_that_sre_rejects_is_compiled_by_re(cache: Path) -> None:
    source = _library_pattern("bad")
    re.purge()
    re.compile(source)
    patterns.compiled(r"own\d")
    patterns.save()
    _damage_saved_code(source, part=1)
    re.purge()
    patterns.forget()
    patterns.compiled(r"own\d")
    assert (str, source, 0) not in re._cache
    assert re.findall(source, "bad1 2 badge 3") == ["bad1", "badge"]


def test_past_the_limit_the_file_keeps_the_patterns_it_has(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first saved stay (pysbd's come with every script); a full file is not rewritten."""
    monkeypatch.setattr(patterns, "LIBRARY_MOST", 3)
    re.purge()
    for number in range(5):
        re.compile(_library_pattern(f"in{number}"))
    patterns.compiled(r"own\d")
    patterns.save()
    expected = {(False, _library_pattern(f"in{number}"), 0) for number in (0, 1, 2)}
    assert set(patterns.cached_library_entries()) == expected
    written = patterns.cache_file().read_bytes()
    re.purge()
    patterns.forget()
    patterns.compiled(r"own\d")
    re.compile(_library_pattern("new"))
    patterns.save()
    assert patterns.cache_file().read_bytes() == written


def test_a_library_flag_that_is_not_a_plain_int_is_left_to_re(cache: Path) -> None:
    """marshal cannot write an IntFlag of a library's own; the rest is saved all the same."""

    class Option(enum.IntFlag):
        IGNORECASE = re.IGNORECASE

    re.purge()
    assert re.findall(_library_pattern("flag"), "FLAGS 1", Option.IGNORECASE) == ["FLAGS"]
    re.compile(_library_pattern("plain"))
    patterns.compiled(r"own\d")
    patterns.save()
    assert set(patterns.cached_library_entries()) == {(False, _library_pattern("plain"), 0)}
    assert (False, r"own\d", 0) in patterns.cached_entries()


RE_PROBE = """
import contextlib, io, re, sys
from podcastify.cli import main
compiled = []
real = re._compiler.compile
re._compiler.compile = lambda pattern, flags=0: compiled.append(pattern) or real(pattern, flags)
sys.argv = ["podcastify", "script", sys.argv[1]]
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    main()
print(len(compiled))
"""


def test_a_second_script_compiles_almost_none_of_the_sentence_splitters_rules(
    tmp_path: Path,
) -> None:
    """pysbd hands its rules to re as strings; the second start finds them compiled."""
    env = cli_env({"XDG_CACHE_HOME": str(tmp_path)})
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")

    def probe() -> int:
        return int(
            subprocess.run(
                [sys.executable, "-c", RE_PROBE, str(article)],
                env=env,
                cwd=tmp_path,
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()[-1]
        )

    first, second = probe(), probe()
    assert first > 100, "pysbd should compile its rules through re"
    assert second <= first // 20, (first, second)
