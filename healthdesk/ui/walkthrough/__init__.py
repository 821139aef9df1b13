"""The assessment walk-through, respondent mode and its room."""
