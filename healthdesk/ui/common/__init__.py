"""Shared by every screen: the app context, widgets, theme, fonts, languages, labels, messages, result words, charts."""
