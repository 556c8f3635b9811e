"""Sitrep: conflict news text to a DuckDB warehouse of events and casualty figures."""
