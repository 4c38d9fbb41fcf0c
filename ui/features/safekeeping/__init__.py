"""Keeping work safe, and letting it go: the Instellingen pages for backups and restore, the vault
check, the retention review list and handovers to a colleague, plus the window-level backup work
(`care.VaultCare`). Every page talks to the core through the worker, like the areas do.
"""
