"""vCard import and export as plain data: no database, no Qt.

:func:`read_vcards` reads vCard 2.1, 3.0 and 4.0 as Android, Apple, Google, Outlook and
CardDAV tools write them; :func:`write_vcards` writes 3.0 (or 4.0). The implementation lives
in the ``vcard_*`` modules (model, labels, lines, values, person, read, write); import from
here.
"""

from __future__ import annotations

from eventmate.interop.vcard_model import (
    MAX_CARDS,
    MAX_FILE_BYTES,
    PHOTO_MAX_BYTES,
    CardProblem,
    ContactFields,
    FactFields,
    PersonFields,
    VCardContactMethod,
    VCardFact,
    VCardPerson,
    VCardReadResult,
)
from eventmate.interop.vcard_person import bare_value
from eventmate.interop.vcard_read import read_vcards
from eventmate.interop.vcard_write import write_vcards

__all__ = [
    "MAX_CARDS",
    "MAX_FILE_BYTES",
    "PHOTO_MAX_BYTES",
    "CardProblem",
    "ContactFields",
    "FactFields",
    "PersonFields",
    "VCardContactMethod",
    "VCardFact",
    "VCardPerson",
    "VCardReadResult",
    "bare_value",
    "read_vcards",
    "write_vcards",
]
