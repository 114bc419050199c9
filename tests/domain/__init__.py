"""Tests of the domain rules (plain Python, no database)."""
