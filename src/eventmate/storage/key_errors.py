"""What can go wrong with a key file, importable without the cryptography of ``key_file``.

Opening a plain database checks for these (``opening``, ``problems``); keeping them apart lets
a plain start skip loading hashing, HMAC and JSON (``key_file``), which only encrypted data
needs.
"""


class KeyFileError(Exception):
    """The key file is missing, unreadable or not one of ours."""


class WrongSecret(Exception):
    """Neither the passphrase nor the recovery key given opens this key file."""
