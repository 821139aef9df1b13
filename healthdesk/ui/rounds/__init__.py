"""Assessment rounds and respondents."""
