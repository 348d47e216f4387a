"""Nothing outside the folder, and nothing hidden in it, is ever served.

The bait ``secret.txt`` sits right next to the served folder, so a working traversal would
return its bytes. Requests go out as raw bytes because http.client normalises some paths.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "target",
    [
        "/../secret.txt",
        "/../../../../../../etc/passwd",
        "/sub/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/.%2e/secret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/sub%2f..%2f..%2fsecret.txt",
        "/%252e%252e/secret.txt",  # double-encoded: must not be decoded twice
        "/%252e%252e%252fsecret.txt",
        "/..\\secret.txt",
        "/..%5csecret.txt",
        "/%5c..%5csecret.txt",
        "\\..\\secret.txt",
        "/feed.xml%00.mp3",
        "/%00/../secret.txt",
        "/./../secret.txt",
        "//../secret.txt",
        "secret.txt",
        "../secret.txt",
        "http://x/../secret.txt",
        "http://x/%2e%2e/secret.txt",
        "http://[bad/../secret.txt",  # unparsable absolute-form
    ],
)
def test_traversal_is_refused(site, target):
    status, reply = site.raw_get(target)
    assert status in (400, 404)
    assert site.secret not in reply


def test_raw_nul_byte_is_refused(site):
    status, reply = site.raw_get(b"/feed.xml\x00/../../secret.txt")
    assert status in (400, 404)
    assert site.secret not in reply


def test_absolute_filesystem_path_stays_inside(site, tmp_path):
    # "/<tmp>/secret.txt" is the folder's own <tmp>/secret.txt, which does not exist.
    for target in (str(tmp_path / "secret.txt"), "/" + str(tmp_path / "secret.txt")):
        status, reply = site.raw_get(target)
        assert status == 404, target
        assert site.secret not in reply


def test_double_encoding_is_a_literal_name(site):
    # A file really called "%2e%2e" is served: the server decoded exactly once.
    status, reply = site.raw_get("/%252e%252e")
    assert status == 200
    assert reply.endswith(site.files["%2e%2e"])


def test_absolute_form_target_serves_inside_files(site):
    status, reply = site.raw_get("http://example.test/feed.xml")
    assert status == 200
    assert reply.endswith(site.files["feed.xml"])


@pytest.mark.parametrize("path", ["/leak.txt", "/leakdir/secret.txt", "/leakdir/"])
def test_symlink_leaving_the_folder_is_refused(site, path):
    assert (site.root / path.strip("/")).exists()  # the link itself works on disk
    resp = site.request(path)
    assert resp.status == 404
    assert site.secret not in resp.body


def test_symlink_inside_the_folder_is_served(site):
    resp = site.request("/latest.mp3")
    assert resp.status == 200
    assert resp.body == site.files["episode.mp3"]


def test_symlink_loop_is_404(site):
    (site.root / "loop.mp3").symlink_to("loop.mp3")
    assert site.request("/loop.mp3").status == 404
    assert site.request("/feed.xml").status == 200


@pytest.mark.parametrize(
    "target",
    [
        "/.podcastify/state.db",
        "/%2epodcastify/state.db",
        "/.podcastify/",
        "/.hidden",
        "/sub/.secret",
        "/state.db",  # symlink inside the folder that points into .podcastify/
    ],
)
def test_dotfiles_and_dot_folders_are_404(site, target):
    status, reply = site.raw_get(target)
    assert status == 404
    assert site.files[".podcastify/state.db"] not in reply
    assert b"hidden" not in reply


def test_folder_under_a_dot_path_can_still_be_served(tmp_path, start_server):
    """Dot checks apply inside the folder only: ~/.local/podcast is a fine folder to serve."""
    root = tmp_path / ".local" / "podcast"
    root.mkdir(parents=True)
    (root / "feed.xml").write_bytes(b"<rss/>")
    resp = start_server(root).request("/feed.xml")
    assert (resp.status, resp.body) == (200, b"<rss/>")
