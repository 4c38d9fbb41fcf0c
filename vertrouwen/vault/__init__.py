"""The encrypted vault: SQLCipher connection, key slots, schema migrations and repositories.

The only place SQL lives. The vault file is SQLCipher 4 keyed with a random 32-byte data key
(the recovery key); key slots beside it wrap that key with a passphrase or the OS keychain.
"""
