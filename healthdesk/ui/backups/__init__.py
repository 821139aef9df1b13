"""Data-safety screens: backups, restore, a damaged database, a folder in use."""
