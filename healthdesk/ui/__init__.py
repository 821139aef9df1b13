"""The desktop app (PySide6 Qt Widgets). Start with :func:`healthdesk.ui.shell.app.run_app`.

One package per screen, each a thin Qt view (a Qt-free view-model beside it in ``model.py`` where the screen has
one): ``dashboard`` (with the detail view), ``portfolio``, ``partnerships``, ``rounds``, ``walkthrough`` (with
respondent mode and its room), ``workshop``, ``actionplan``, ``exchange`` (invitations, response files, imports,
exports), ``backups``, ``review`` (Export JMC review…). ``shell`` starts the app and holds the main window, first
run, settings, unexpected errors and the single instance; ``common`` is what every screen shares (the app context,
widgets, theme, fonts, languages, labels, messages, result words, the chart view, the background queue).
See docs/architecture.md.
"""
