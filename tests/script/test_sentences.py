"""Sentences: abbreviations never split; a sentence is spoken whole unless it is huge."""

from __future__ import annotations

import pytest

from podcastify.script.sentences import MAX_WORDS, split_long, split_sentences

CLAUSE = "the river rose over the old stone wall and into the lane behind the mill"


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        (
            "Dr. Smith went to Washington. He stayed.",
            ["Dr. Smith went to Washington.", "He stayed."],
        ),
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        ("It cost $3.5 million, e.g. a lot.", ["It cost $3.5 million, e.g. a lot."]),
        ("", []),
    ],
)
def test_abbreviations_do_not_split(paragraph, sentences):
    assert split_sentences(paragraph) == sentences


@pytest.mark.parametrize("words", [40, 70, 120, MAX_WORDS])
def test_long_news_sentences_are_spoken_whole(words):
    """News sentences of 40-70 words are common; 120 words is still one utterance."""
    clauses = ", ".join([CLAUSE] * (words // 16 + 1)).split()[:words]
    sentence = " ".join(clauses).rstrip(",") + "."
    assert split_sentences(sentence) == [sentence]


def test_a_huge_sentence_is_cut_at_clause_marks_and_keeps_every_word_and_mark():
    sentence = "; ".join([CLAUSE] * 30) + "."
    pieces = split_long(sentence)
    assert len(pieces) > 1
    assert all(len(p.split()) <= MAX_WORDS for p in pieces)
    assert " ".join(pieces).split() == sentence.split()
    assert all(p.endswith(";") for p in pieces[:-1])


def test_a_huge_sentence_is_cut_after_a_dash_which_stays():
    sentence = " — ".join([CLAUSE] * 30) + "."
    pieces = split_long(sentence)
    assert len(pieces) > 1 and all(p.endswith("—") for p in pieces[:-1])
    assert " ".join(pieces).split() == sentence.split()


def test_a_sentence_without_any_punctuation_is_cut_by_word_count():
    sentence = " ".join(f"word{i}" for i in range(3000))
    pieces = split_sentences(sentence)
    assert all(len(p.split()) <= MAX_WORDS for p in pieces)
    assert " ".join(pieces).split() == sentence.split()


def test_commas_are_the_next_choice_and_stay():
    sentence = ", ".join(["we walked down to the harbour in the early light"] * 40)
    pieces = split_long(sentence)
    assert len(pieces) > 1 and all(p.endswith(",") for p in pieces[:-1])


def test_the_limit_is_a_setting_and_a_cut_keeps_its_mark():
    from podcastify.models import Article
    from podcastify.script import ScriptStyle, build_script
    from podcastify.settings import PodcastInfo, ScriptSettings

    long = (
        "The river rose all night and the town watched it climb the steps of the old mill; "
        "by morning the lower streets were gone and the boats were out."
    )
    style = ScriptStyle.of(
        ScriptSettings(intro_template="", outro_template="", max_sentence_words=20), PodcastInfo()
    )
    script = build_script(Article(guid="g", title="Flood", text=long), style)
    sentences = script.sentences()
    assert len(sentences) == 2 and sentences[0].endswith(";")
    whole = ScriptStyle.of(ScriptSettings(intro_template="", outro_template=""), PodcastInfo())
    assert len(build_script(Article(guid="g", title="Flood", text=long), whole).sentences()) == 1
