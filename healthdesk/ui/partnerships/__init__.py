"""Partnership records: the list and the record form."""
