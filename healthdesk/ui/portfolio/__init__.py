"""The portfolio of every partnership."""
