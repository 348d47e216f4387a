"""index.html in a real browser: headless Chromium loads the served folder like a visitor.

Asserts no console errors, nothing requested from another host, no script on the page
(even for a title that is itself a script tag), no sideways scrolling on a phone-sized
screen, and that the first episode's <audio> reports the feed's duration.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import lxml.html
import pytest

from tests.podcast_app.cdp import Browser, find_chromium
from tests.podcast_app.conftest import Story, build, serving, write_feed
from tests.publish import feed_rules as rules

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

XSS_TITLE = '<script>alert(1)</script> & "quotes"'
MARKDOWN = f"""# {XSS_TITLE}

## First Part

Escaping keeps this title as plain text on the page.

## Second Part

Nothing in it may ever run as code.
"""
STORY = Story(
    title="Rain on a Tin Roof",
    guid="tin-roof",
    link="https://shelf.example/tin-roof",
    summary="Rain sounds louder on metal.",
    published=datetime(2024, 1, 5, 7, 0, tzinfo=UTC),
    sections=(
        ("Drops", ("Each drop strikes the metal like a tiny drum.",)),
        ("Echo", ("The hollow roof carries the sound through the house.",)),
    ),
)
PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}


@pytest.fixture(scope="module")
def chromium():
    executable = find_chromium()
    if executable is None:
        pytest.skip("no chromium binary on PATH (apt-get install chromium)")
    return executable


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    work = tmp_path_factory.mktemp("browser")
    out = work / "public"
    out.mkdir()
    write_feed(work / "shelf.xml", [STORY])
    (work / "escaping.md").write_text(MARKDOWN, encoding="utf-8")
    with serving(out) as base:
        build(work, "shelf.xml", "escaping.md", "--out", "public", "--base-url", base)
        yield {
            "out": out,
            "base": base,
            "root": rules.parse_strict((out / "feed.xml").read_bytes()),
        }


@pytest.fixture(scope="module")
def page(chromium, site, tmp_path_factory):
    """Load index.html once on a phone-sized screen; keep what the browser saw."""
    profile = tmp_path_factory.mktemp("chromium-profile")
    with Browser(chromium, profile) as browser:
        session = browser.open_page()
        for domain in ("Page", "Runtime", "Log", "Network"):
            browser.send(f"{domain}.enable", session=session)
        browser.send("Emulation.setDeviceMetricsOverride", PHONE, session=session)
        mark = len(browser.events)
        browser.send("Page.navigate", {"url": site["base"]}, session=session)
        browser.wait_for("Page.loadEventFired", start=mark)
        duration = browser.evaluate(
            session,
            """new Promise((resolve, reject) => {
                const audio = document.querySelector('main article audio');
                const done = () => resolve(audio.duration);
                if (audio.readyState >= 1) { done(); return; }
                audio.addEventListener('loadedmetadata', done);
                audio.addEventListener('error', () => reject('media error ' + audio.error.code));
            })""",
            timeout=30,
        )
        facts = browser.evaluate(
            session,
            """({
                scripts: document.scripts.length,
                titles: [...document.querySelectorAll('main article h2')].map(h => h.textContent),
                audios: [...document.querySelectorAll('main article audio')].map(a => a.src),
                scrollWidth: document.documentElement.scrollWidth,
                innerWidth: window.innerWidth,
                fontSize: parseFloat(getComputedStyle(document.body).fontSize),
                coverLoaded: document.querySelector('header img').naturalWidth,
                feedUrl: document.querySelector('.subscribe input').value,
                subscribe: document.querySelector('.subscribe a').href,
            })""",
        )
        shot = browser.send("Page.captureScreenshot", {"format": "png"}, session=session)
        (profile / "index-phone.png").write_bytes(base64.b64decode(shot["data"]))
        events = [e for e in browser.events if e.get("sessionId") == session]
    return {"duration": duration, "facts": facts, "events": events}


def test_page_loads_without_console_errors(page):
    errors = []
    for event in page["events"]:
        params = event["params"]
        if event["method"] == "Runtime.exceptionThrown":
            errors.append(params["exceptionDetails"])
        elif event["method"] == "Runtime.consoleAPICalled" and params["type"] in (
            "error",
            "assert",
        ):
            errors.append(params["args"])
        elif event["method"] == "Log.entryAdded" and params["entry"]["level"] == "error":
            errors.append(params["entry"])
    assert errors == []


def test_nothing_is_requested_from_another_host(page, site):
    requested = [
        e["params"]["request"]["url"]
        for e in page["events"]
        if e["method"] == "Network.requestWillBeSent"
    ]
    assert site["base"] in requested
    # data: URLs are the browser's own media-control icons, not network requests.
    elsewhere = [u for u in requested if not u.startswith((site["base"], "data:"))]
    assert elsewhere == []
    failed = [e["params"] for e in page["events"] if e["method"] == "Network.loadingFailed"]
    assert not [f for f in failed if f.get("type") != "Media"], failed  # media may be aborted
    statuses = [
        (e["params"]["response"]["url"], e["params"]["response"]["status"])
        for e in page["events"]
        if e["method"] == "Network.responseReceived"
    ]
    assert all(status < 400 for _, status in statuses), statuses


def test_first_episodes_audio_duration_matches_the_feed(page, site):
    first = rules.items(site["root"])[0]
    itunes = int(first.find("itunes:duration", rules.NS).text)
    print(f"browser audio.duration {page['duration']:.3f} s, itunes:duration {itunes} s")
    assert abs(page["duration"] - itunes) <= 0.1


def test_titles_show_as_text_and_no_script_runs(page, site):
    facts = page["facts"]
    assert facts["scripts"] == 0
    assert sorted(facts["titles"]) == sorted([XSS_TITLE, STORY.title])
    assert len(facts["audios"]) == 2 and all(a.startswith(site["base"]) for a in facts["audios"])
    html = (site["out"] / "index.html").read_text(encoding="utf-8")
    assert "<script" not in html
    assert lxml.html.document_fromstring(html).findall(".//script") == []


def test_page_fits_a_phone_screen(page, site):
    facts = page["facts"]
    assert facts["scrollWidth"] <= facts["innerWidth"] == PHONE["width"]
    assert facts["fontSize"] >= 16
    assert facts["coverLoaded"] > 0
    assert facts["feedUrl"] == facts["subscribe"] == site["base"] + "feed.xml"
