"""Dossiers: the case list with filters and full-text search, beside the open case
(`case/`)."""
