"""Hosts subscribers cannot reach, told from the URL's text alone (nothing is resolved)."""

from __future__ import annotations

import pytest

from podcastify.check.addresses import host_kind, url_host

PRIVATE = "a private address"
LOOPBACK = "a loopback address"
LINK_LOCAL = "a link-local address"
OWN_COMPUTER = "the name of the listener's own computer"
LAN_NAME = "a name only a local network resolves"


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", LOOPBACK),
        ("127.1", LOOPBACK),  # the resolver's short form, read without DNS
        ("2130706433", LOOPBACK),
        ("0x7f.1", LOOPBACK),
        ("::1", LOOPBACK),
        ("::ffff:127.0.0.1", LOOPBACK),
        ("10.0.0.7", PRIVATE),
        ("172.16.3.4", PRIVATE),
        ("192.168.1.20", PRIVATE),
        ("fd12:3456::1", PRIVATE),
        ("169.254.10.10", LINK_LOCAL),
        ("fe80::1%eth0", LINK_LOCAL),
        ("0.0.0.0", "an unspecified address"),
        ("100.64.0.1", "not a public address"),  # carrier-grade NAT
        ("localhost", OWN_COMPUTER),
        ("LOCALHOST.", OWN_COMPUTER),
        ("app.localhost", OWN_COMPUTER),
        ("nas", LAN_NAME),
        ("nas.local", LAN_NAME),
        ("printer.home.arpa", LAN_NAME),
        ("box.internal", LAN_NAME),
        ("podcasts.example.com", None),
        ("8.8.8.8", None),
        ("2001:4860:4860::8888", None),
        ("1e100.net", None),
        ("cafe.example.org", None),
    ],
)
def test_host_kind(host, expected):
    assert host_kind(host) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://[fe80::1%25eth0]:8000/a.mp3", "fe80::1%25eth0"),
        ("https://User@Podcasts.Example.com:443/feed.xml", "podcasts.example.com"),
        ("http://[::1/broken", ""),
        ("not a url", ""),
    ],
)
def test_url_host(url, expected):
    assert url_host(url) == expected
