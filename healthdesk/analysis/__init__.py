"""Scoring and analysis: plain data in, plain data out. Imports neither Qt nor SQLAlchemy."""
