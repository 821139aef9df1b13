"""Reports: matplotlib charts (shared by the dashboard and the PDF) and the printed JMC review (reportlab).

Nothing here imports Qt. ``style`` holds the one visual style, ``fonts`` the bundled font and the text cleaning
that keeps user text printable, ``catalogue`` the report's own bilingual texts, ``charts`` the figures,
``data`` what a review needs (collected through the services), ``pdf`` the review itself.
"""
