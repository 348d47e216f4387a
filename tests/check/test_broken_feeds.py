"""Each fixture feed in feeds/ breaks exactly the rules its comment names, and no others.

Served from 127.0.0.1 by the test host; a fixture whose self link is public must make the
doctor report every 127.0.0.1 or LAN URL without contacting it.
"""

from __future__ import annotations

import pytest

from podcastify.check import Severity, check_feed, has_errors
from podcastify.check.rules import RULES
from tests.check.conftest import fixture_files, publish_fixture, read_fixture


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: p.stem)
def test_fixture_breaks_exactly_the_rules_it_names(path, host, media, network_log):
    fixture = read_fixture(path)
    assert fixture.expected <= RULES.keys(), f"{path.name} names an unknown rule"
    url = publish_fixture(host, media, path)
    host.reset()

    problems = check_feed(url)

    shown = "\n".join(p.line() for p in problems)
    assert {p.rule for p in problems} == fixture.expected, shown
    for found in problems:
        assert found.severity is RULES[found.rule].severity or found.severity is Severity.WARNING
        assert found.message and found.fix and "\n" not in found.line()
    assert has_errors(problems) == any(p.severity is Severity.ERROR for p in problems)
    if "private-address" in fixture.expected:
        # A public feed: nothing but the feed itself was requested, resolved or connected to.
        assert host.targets() == [f"/feeds/{path.name}"], host.targets()
        assert set(network_log.resolved) <= {"127.0.0.1"}, network_log.resolved
        assert {address for address, _ in network_log.connected} == {"127.0.0.1"}


def test_a_public_feed_names_each_unreachable_url_and_why(host, media, network_log):
    path = next(p for p in fixture_files() if p.name == "private-lan-addresses.xml")
    problems = check_feed(publish_fixture(host, media, path))
    expected = [
        "192.168.1.20, a private address",
        "10.0.0.7, a private address",
        "::ffff:127.0.0.1, a loopback address",
        "fe80::1%25eth0, a link-local address",
        "localhost, the name of the listener's own computer",
        "nas.local, a name only a local network resolves",
        "169.254.10.10, a link-local address",
    ]
    assert len(problems) == len(expected)
    for host_and_kind in expected:
        assert any(f" is on {host_and_kind}: " in p.message for p in problems), host_and_kind
    assert all(p.severity is Severity.ERROR for p in problems)


def test_the_same_feed_on_a_private_address_is_checked_in_full(host, media):
    """Without a public self link the feed is a local test feed: its files are opened."""
    path = next(p for p in fixture_files() if p.name == "clean.xml")
    url = publish_fixture(host, media, path)
    host.reset()
    assert check_feed(url) == []
    assert any(t.startswith("/ok/episode.mp3") for t in host.targets())


def test_episodes_limits_the_files_opened_but_not_the_feed_rules(host, media):
    path = next(p for p in fixture_files() if p.name == "guids-duplicate.xml")
    url = publish_fixture(host, media, path)
    host.reset()
    problems = check_feed(url, episodes=1)
    assert {p.rule for p in problems} == {"guid-duplicate"}
    assert "/ok/episode.mp3?v=2" in host.targets()  # the first episode's file
    assert "/ok/episode.mp3" not in host.targets()  # the second's, beyond --episodes 1
