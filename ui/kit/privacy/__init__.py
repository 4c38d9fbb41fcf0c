"""The privacy guard on screen: live highlighting in editors, the hint under one-line fields,
the guard's status in the window."""
