"""The Notities tab: the contact notes with the privacy guard while typing."""
