"""What cannot work fails at once, before any source is fetched, with one line; and the
podcast's placeholders are pointed out."""

from __future__ import annotations

import pytest

from tests.realuse.conftest import podcastify

pytestmark = pytest.mark.realuse


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--engine", "espeak"), "unknown engine 'espeak'"),
        (("--engine", "gtts", "--voice", "x.onnx"), "(a Piper voice model)"),
        (("--voice", "nobody.onnx"), "Piper voice model not found"),
        (("--voice", "robot"), "unknown Piper voice 'robot'"),
    ],
)
def test_an_engine_or_voice_that_cannot_work_is_bad_usage_before_fetching(site, place, args, says):
    feed = site.add("/feed.xml", place["feed"].read_bytes(), "application/rss+xml")
    result = podcastify("build", feed, "--out", "out", *args, cwd=place["home"], ok=False)
    assert result.returncode == 2, result.stderr
    assert says in result.stderr
    assert site.hits.get("/feed.xml", 0) == 0
    assert not (place["home"] / "out").exists()


def test_the_same_mistake_in_the_config_is_bad_usage_too(place):
    (place["home"] / "podcastify.toml").write_text('[voice]\nengine = "gtts"\nvoice = "a/b.onnx"\n')
    result = podcastify("build", str(place["feed"]), cwd=place["home"], ok=False)
    assert result.returncode == 2 and "gTTS cannot use the voice" in result.stderr
    assert "Usage:" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_gtts_without_a_network_fails_in_seconds(place):
    result = podcastify(
        "build",
        str(place["feed"]),
        "--engine",
        "gtts",
        "--out",
        "out",
        cwd=place["home"],
        ok=False,
        env={"HTTPS_PROXY": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9"},
        timeout=60,
    )
    assert result.returncode == 1
    assert "no network" in result.stderr
    assert not (place["home"] / "out" / "feed.xml").exists()


def test_placeholders_are_pointed_out_once_and_credits_never_name_a_narrator(place):
    result = podcastify("build", str(place["feed"]), "--out", "out", cwd=place["home"])
    warnings = [line for line in result.stderr.splitlines() if "placeholder" in line]
    assert len(warnings) == 1 and "podcastify init" in warnings[0]
    script = podcastify("script", str(place["feed"]), cwd=place["home"]).stdout
    assert "Narrated by" not in script
