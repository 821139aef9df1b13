"""Use cases: what screens and commands call. One transaction per use case; plain dataclasses in and out.

Nothing here imports Qt. Callers never see ORM rows or SQL.
"""
