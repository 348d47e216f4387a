"""Sentences: abbreviations never split, run-on sentences are cut at natural pauses."""

from __future__ import annotations

import pytest

from podcastify.script.sentences import MAX_WORDS, split_long, split_sentences


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


def test_a_run_on_sentence_is_cut_at_clause_marks_and_keeps_every_word():
    clause = "the river rose over the old stone wall and into the lane behind the mill"
    sentence = "; ".join([clause] * 8) + "."
    pieces = split_long(sentence)
    assert len(pieces) > 1
    assert all(len(p.split()) <= MAX_WORDS for p in pieces)
    assert " ".join(pieces).split() == sentence.split()
    assert pieces[0].endswith(";")


def test_a_sentence_without_any_punctuation_is_cut_by_word_count():
    sentence = " ".join(f"word{i}" for i in range(3000))
    pieces = split_sentences(sentence)
    assert all(len(p.split()) <= MAX_WORDS for p in pieces)
    assert " ".join(pieces).split() == sentence.split()


def test_commas_before_conjunctions():
    sentence = ", ".join(["we walked down to the harbour in the early light"] * 6)
    pieces = split_long(sentence)
    assert all(p.endswith(",") for p in pieces[:-1])
