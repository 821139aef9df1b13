"""The partnership dashboard and the detail of one dimension or indicator."""
