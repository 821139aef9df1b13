"""The desktop app (PySide6 Qt Widgets). Start with :func:`healthdesk.ui.app.run_app`.

Modules: ``app`` (start-up), ``context`` (AppContext, shared by every page), ``main_window`` (navigation and
menus), ``partnerships`` and ``rounds`` (the records), ``safety`` (locked/damaged database, backups), ``errors``
(unexpected exceptions), ``i18n``/``fonts``/``theme``/``settings``/``widgets``/``labels`` (shared pieces).
"""
