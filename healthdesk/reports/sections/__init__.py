"""The sections of the printed JMC review, one module each, written with a shared :class:`.base.Writer`.

Each section is a function of the writer and the :class:`~healthdesk.reports.data.ReviewData` returning flowables:
:func:`.cover.cover`, :func:`.summary.summary` (with :mod:`.key_messages`, :mod:`.diagnosis` and
:mod:`.warning_lines`), :func:`.results.results` (with :mod:`.indicators`), :func:`.voices.voices`,
:func:`.followup.followup`, :func:`.method.method` and :func:`.signoff.signoff`. :mod:`.text` holds the printed
text helpers, :mod:`.flow` the review's flowables and page flow rules. :mod:`healthdesk.reports.pdf` assembles the
sections in order into the PDF.
"""
