"""Instellingen: lock, keychain, passphrase, recovery key, language and the vault; it hosts
the pages other features own, passed in by the shell."""
