"""Vandaag: the actions and terms that need the advisor today, and the calendar export."""
