"""The window and what surrounds the areas: first start, unlock, the area switcher, the Spoed
panel, and `compose.py`, which builds the areas and wires the features to each other."""
