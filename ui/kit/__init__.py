"""Widgets any screen may use, with no knowledge of a feature: Area and Page, form fields,
chips and cards, the dialog seam, accessibility, the privacy guard's highlighting and hints."""
