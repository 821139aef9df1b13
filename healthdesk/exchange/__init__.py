"""Offline exchange between laptops, and data out.

- ``invitations``: the facilitator exports one invitation per respondent; the respondent opens it in their own
  data folder (``open_invitation``).
- ``response_files``: the respondent exports their response sealed for the facilitator (``export_response``).
- ``importing``: the facilitator plans (``plan_import``) and applies (``apply_import``) response files.
- ``history``: a partnership's whole history as one JSON file, out and back in.
- ``tables``: a round's results as .xlsx or CSV (aggregated per side, never per person).
- ``sharing``: "share results only once the round is closed": no PDF, xlsx or CSV of an open round while it is on.
- ``crypto``: the facilitator key and sealing; ``formats``: the strict reading every file goes through.

Screens and commands call these through ``healthdesk.services.exchange``. Nothing here imports Qt.
"""
