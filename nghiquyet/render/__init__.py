"""Turning results into output: Rich tables, tab-separated lines, JSON. Nothing here
computes a result; it only shows what it is given."""
