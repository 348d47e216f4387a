"""Word lists for the speech normalisers, one data module per kind of text."""
