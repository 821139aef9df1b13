"""The app's shell: start-up, the main window, first run, settings, unexpected errors."""
