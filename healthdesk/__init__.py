"""HealthDesk: partnership health assessments for both partners of a joint venture or alliance."""

__version__ = "0.1.0"
