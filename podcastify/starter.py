"""The commented podcastify.toml that `podcastify init` writes."""

STARTER_CONFIG = """\
# podcastify settings. Command-line options override what is written here.
# Paths are relative to this file. Private state is kept in .podcastify/ beside it.

[podcast]
title = "My Articles"
description = "Articles I want to listen to, read aloud by podcastify."
author = "Your Name"
owner_email = "you@example.com"       # Apple uses it to verify the podcast is yours
language = "en"                       # ISO 639 code, e.g. "en" or "en-US"
category = "News"                     # Apple's list, e.g. "Technology" or "News > Tech News"
explicit = false
# cover = "cover.png"                 # square PNG/JPEG, 1400-3000 px; default: drawn from the title
# locked = false                      # podcast:locked

[build]
sources = [
    # "https://example.com/feed.xml",
    # "articles/my-notes.md",
]
engine = "piper"                      # "piper" (offline) or "gtts" (Google, needs a network)
# voice = ""                          # piper: path to another .onnx voice
out = "audio"                         # the folder you publish
base_url = "http://localhost:8000/"   # where that folder is served from
# limit = 0                           # most new episodes per run (0 = no limit)
# max_episodes = 0                    # keep only the newest N episodes (0 = all)
# timeout = 20                        # seconds per fetch, in total
# retry_seconds = 120                 # how long gTTS keeps retrying a busy Google

[audio]
# bitrate_kbps = 64
# sample_rate = 44100
# loudness_lufs = -16.0
# true_peak_db = -1.0
# intro_music = "jingle.mp3"
# outro_music = "jingle.mp3"

[script]
# sentence_pause_ms = 350
# paragraph_pause_ms = 700
# section_pause_ms = 1300
# intro_template = "{podcast}. {title}. By {author}. Published {date}."
# outro_template = "This was {title}, from {source}. Narrated by {podcast}."
# pronunciations = "pronunciations.toml"
"""
