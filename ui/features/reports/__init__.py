"""Rapportage: the anonymous yearly report, its charts and exports, activities outside cases
and the merged Organisatierapportage."""
