"""Workshop mode on a projector."""
