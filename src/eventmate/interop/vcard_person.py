"""Mapping the properties of one card to a :class:`VCardPerson`, reporting what it drops."""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse

from eventmate.domain.i18n import N_, _
from eventmate.domain.text import Cleaned, clean_line, clean_text
from eventmate.interop.vcard_facts import FACT_PROPERTY, fact_kind, split_note
from eventmate.interop.vcard_labels import apple_label, type_label
from eventmate.interop.vcard_lines import NAME_RE, Line, Prop, card_snippet
from eventmate.interop.vcard_model import (
    PHOTO_MAX_BYTES,
    PRODID,
    CardProblem,
    ReadReport,
    VCardContactMethod,
    VCardFact,
    VCardPerson,
)
from eventmate.interop.vcard_values import TEXT_ESCAPES, CardDecoder, b64_decode, unescape

_BARE_B64_IMAGES = (b"/9j/", b"iVBORw0KGgo")  # base64 of the JPEG and PNG signatures
_DATE_RE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?", re.DOTALL)
_NO_YEAR_RE = re.compile(r"--(\d{2})-?(\d{2})")
# Instant-messaging and social properties of Android, Apple, Evolution, khard and Outlook.
_SOCIAL_PROPERTIES = {
    "X-AIM": "aim",
    "X-FACEBOOK": "facebook",
    "X-GADUGADU": "gadugadu",
    "X-GOOGLE-TALK": "gtalk",
    "X-GROUPWISE": "groupwise",
    "X-GTALK": "gtalk",
    "X-ICQ": "icq",
    "X-INSTAGRAM": "instagram",
    "X-JABBER": "jabber",
    "X-LINKEDIN": "linkedin",
    "X-MASTODON": "mastodon",
    "X-MATRIX": "matrix",
    "X-MS-IMADDRESS": "im",
    "X-MSN": "msn",
    "X-QQ": "qq",
    "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype",
    "X-TWITTER": "twitter",
    "X-YAHOO": "yahoo",
}
# Every property contact_method() reads.
_CONTACT_PROPERTIES = frozenset(
    {"EMAIL", "TEL", "URL", "IMPP", "X-SOCIALPROFILE", "SOCIALPROFILE", *_SOCIAL_PROPERTIES}
)
# URI schemes that add nothing to the value the user sees (4.0 tel: URIs, Apple's x-apple:).
_URI_PREFIXES = {"phone": "tel:", "email": "mailto:", "social": "x-apple:"}
# Google puts every contact in its system group "myContacts"; it is not a tag anyone chose.
_IGNORED_CATEGORIES = frozenset({"mycontacts"})


def bare_value(kind: str, value: str) -> str:
    """A contact value without the URI scheme that adds nothing (``tel:``, ``mailto:``)."""
    prefix = _URI_PREFIXES.get(kind, "")
    while prefix and value[: len(prefix)].lower() == prefix:
        value = value[len(prefix) :].strip()
    return value


#: How a shortened field is named in the warning (translated when shown).
_FIELDS = {
    "name": N_("name"),
    "note": N_("note"),
    "reading": N_("reading"),
    "title": N_("title"),
    "organisation": N_("organisation"),
    "nickname": N_("nickname"),
    "fact": N_("fact"),
    "category": N_("category"),
    "contact detail": N_("contact detail"),
    "birthday": N_("birthday"),
    "label": N_("label"),
}


class Card(CardDecoder):
    """Turns the lines of one card into a :class:`VCardPerson`, reporting what it drops."""

    def __init__(self, index: int, begin: int, report: ReadReport) -> None:
        super().__init__(index, begin)
        self.report = report

    # ---- problems

    def cleaned(self, result: Cleaned, line: Line | None, what: str) -> str:
        if result.truncated:
            what = _(_FIELDS.get(what, what))
            self.warn(line, _("the {field} was too long and was shortened").format(field=what))
        return result.text

    # ---- the person

    def build(self, lines: list[Line]) -> VCardPerson | None:
        props = [prop for prop in map(self.parse, lines) if prop is not None]
        by_name: dict[str, list[Prop]] = {}
        for prop in props:
            by_name.setdefault(prop.name, []).append(prop)

        def first_text(*names: str) -> tuple[str, Line | None]:
            for name in names:
                for prop in by_name.get(name, []):
                    value = self.text(prop)
                    if value.strip():
                        return value, prop.line
            return "", None

        kind, _line = first_text("KIND", "X-ADDRESSBOOKSERVER-KIND")
        if kind.strip().lower() == "group":
            self.report.skip(
                self.index,
                self.begin,
                _("a contact group, not a person"),
                card_snippet(lines),
            )
            return None

        methods = self.contact_methods(props)
        organization = self.organization(by_name.get("ORG", []))
        fn, fn_line = first_text("FN")
        name = self.cleaned(clean_line(fn), fn_line, "name")
        if not name:
            name = self.cleaned(clean_line(self.name_from_n(by_name.get("N", []))), None, "name")
        if not name:
            name = organization
        if not name:
            name = next((m.value for m in methods if m.kind == "email"), "")
        if not name:
            self.report.skip(
                self.index,
                self.begin,
                _("the card has no name, organisation or e-mail address"),
                card_snippet(lines),
            )
            return None

        role, role_line = first_text("TITLE", "ROLE")
        birthday = self.birthday(by_name.get("BDAY", []))
        uid, uid_line = first_text("UID")
        notes = [self.text(prop) for prop in by_name.get("NOTE", [])]
        note_line = by_name["NOTE"][0].line if "NOTE" in by_name else None
        note = "\n\n".join(n for n in notes if n.strip())
        # A card straight from EventMate keeps its facts in X-EVENTMATE-FACT; only a card
        # another client rewrote has them in its note alone.
        ours = any(self.text(prop).strip() == PRODID for prop in by_name.get("PRODID", []))
        note, facts = split_note(
            self.cleaned(clean_text(note), note_line, "note"),
            self.facts(by_name.get(FACT_PROPERTY, [])),
            from_note=not ours,
        )
        photo = self.photo(by_name.get("PHOTO", []))
        person = VCardPerson(
            name=name,
            pronunciation=self.cleaned(clean_line(self.pronunciation(by_name)), None, "reading"),
            role=self.cleaned(clean_line(role), role_line, "title"),
            organization=organization,
            note=note,
            nickname=self.nickname(by_name),
            birthday=birthday,
            contact_methods=methods,
            categories=self.categories(by_name.get("CATEGORIES", [])),
            uid=self.cleaned(clean_line(uid), uid_line, "UID"),
            photo=photo,
            facts=facts,
        )
        if self.guessed_charset:
            reason = _("some text was not UTF-8 and was read as Windows-1252; check accents")
            self.warnings.append(CardProblem(self.index, self.begin, reason, name))
        for warning in self.warnings:
            self.report.add_warning(warning)
        return person

    def name_from_n(self, props: list[Prop]) -> str:
        for prop in props:
            parts = self.structured(prop, components=True, lists=True)
            parts += [[]] * (5 - len(parts))
            family, given, additional, prefix, suffix = parts[:5]
            words = [w.strip() for w in (*prefix, *given, *additional, *family, *suffix)]
            name = " ".join(w for w in words if w)
            if name:
                return name
        return ""

    def organization(self, props: list[Prop]) -> str:
        for prop in props:
            parts = self.structured(prop, components=True, lists=False)
            text = ", ".join(p[0].strip() for p in parts if p[0].strip())
            if text:
                return self.cleaned(clean_line(text), prop.line, "organisation")
        return ""

    def pronunciation(self, by_name: dict[str, list[Prop]]) -> str:
        words: list[str] = []
        for key in ("X-PHONETIC-FIRST-NAME", "X-PHONETIC-MIDDLE-NAME", "X-PHONETIC-LAST-NAME"):
            words.extend(self.text(prop) for prop in by_name.get(key, [])[:1])
        if not "".join(words).strip():
            # DoCoMo/Japanese phones write the reading as SOUND;X-IRMC-N:family;given;;;
            for prop in by_name.get("SOUND", []):
                if "X-IRMC-N" in (t.upper() for t in prop.types):
                    parts = self.structured(prop, components=True, lists=False)
                    words = [p[0] for p in parts]
                    break
        return " ".join(w.strip() for w in words if w.strip())

    def nickname(self, by_name: dict[str, list[Prop]]) -> str:
        names: list[str] = []
        for prop in by_name.get("NICKNAME", []):
            names.extend(self.structured(prop, components=False, lists=True)[0])
        # Android 2.1 keeps nicknames in X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;...
        for prop in by_name.get("X-ANDROID-CUSTOM", []):
            parts = self.structured(prop, components=True, lists=False)
            if len(parts) > 1 and parts[0][0].strip() == "vnd.android.cursor.item/nickname":
                names.append(parts[1][0])
        # dict.fromkeys: ordered de-duplication in linear time, even for hostile cards.
        unique = dict.fromkeys(name for name in (clean_line(raw).text for raw in names) if name)
        line = by_name["NICKNAME"][0].line if "NICKNAME" in by_name else None
        return self.cleaned(clean_line(", ".join(unique)), line, "nickname")

    def facts(self, props: list[Prop]) -> tuple[VCardFact, ...]:
        facts = []
        for prop in props:
            text = self.cleaned(clean_text(self.text(prop)), prop.line, "fact").strip()
            if text:
                facts.append(VCardFact(fact_kind(prop.param("TYPE")), text))
        return tuple(facts)

    def categories(self, props: list[Prop]) -> tuple[str, ...]:
        tags: dict[str, None] = {}
        for prop in props:
            for raw in self.structured(prop, components=False, lists=True)[0]:
                tag = self.cleaned(clean_line(raw), prop.line, "category")
                if tag and tag.casefold() not in _IGNORED_CATEGORIES:
                    tags[tag] = None
        return tuple(tags)

    def birthday(self, props: list[Prop]) -> str:
        for prop in props:
            value = self.cleaned(clean_line(self.text(prop)), prop.line, "birthday")
            if value:
                # Dates are recognised even with VALUE=text: "20180120" is a date to anyone.
                return _normalise_date(value, prop)
        return ""

    def contact_methods(self, props: list[Prop]) -> tuple[VCardContactMethod, ...]:
        labels: dict[str, str] = {}
        for prop in props:
            if prop.name == "X-ABLABEL" and prop.group:
                labels.setdefault(prop.group, apple_label(clean_line(self.text(prop)).text))
        methods: dict[VCardContactMethod, None] = {}
        for prop in props:
            if prop.name not in _CONTACT_PROPERTIES:
                continue
            method = self.contact_method(prop, labels.get(prop.group, "") if prop.group else "")
            if method is not None:
                methods[method] = None
        return tuple(methods)

    def contact_method(self, prop: Prop, group_label: str) -> VCardContactMethod | None:
        name = prop.name
        if name == "EMAIL":
            kind, label = "email", type_label("email", prop.types)
        elif name == "TEL":
            kind, label = "phone", type_label("phone", prop.types)
        elif name == "URL":
            kind, label = "url", type_label("url", prop.types)
        elif name in ("IMPP", "X-SOCIALPROFILE", "SOCIALPROFILE"):
            kind = "social"
            label = (prop.param("X-SERVICE-TYPE") or prop.param("SERVICE-TYPE")).lower()
        elif name in _SOCIAL_PROPERTIES:
            kind, label = "social", _SOCIAL_PROPERTIES[name]
        else:
            return None
        value = self.cleaned(clean_line(self.text(prop)), prop.line, "contact detail")
        if kind == "social" and value[:8].lower() == "x-apple:" and prop.param("X-USER"):
            # Apple writes X-SOCIALPROFILE;x-user=alice:x-apple:alice; the user name is real.
            value = clean_line(prop.param("X-USER")).text
        value = bare_value(kind, value)
        if kind == "social" and not label:
            # IMPP values are URIs whose scheme names the service (xmpp:, skype:, sip:).
            scheme = value.split(":", 1)[0] if name == "IMPP" and ":" in value else ""
            label = scheme.lower() if NAME_RE.fullmatch(scheme) else ""
            label = label or type_label("social", prop.types)
        if not value:
            return None
        label = self.cleaned(clean_line(group_label or label), prop.line, "label")
        return VCardContactMethod(kind, value, label)

    def photo(self, props: list[Prop]) -> bytes | None:
        for prop in props:
            data = self.photo_bytes(prop)
            if data is not None:
                return data
        return None

    def photo_bytes(self, prop: Prop) -> bytes | None:
        value = prop.raw.strip()
        if value[:5].lower() == b"data:":
            # Errata 3377 escapes the comma of a data: URI (khard does); most writers do not.
            uri = unescape(value.decode("latin-1"), TEXT_ESCAPES)
            header, comma, payload = uri.partition(",")
            if not comma:
                self.warn(prop.line, _("a photo could not be decoded and was left out"))
                return None
            encoded = payload.encode("latin-1", "replace")
            if header.lower().endswith(";base64"):
                if len(encoded) * 3 // 4 > PHOTO_MAX_BYTES * 1.05 + 3:
                    return self.photo_too_large(prop)
                data = b64_decode(encoded)
            else:
                data = urllib.parse.unquote_to_bytes(encoded)
        elif prop.encoding in ("B", "BASE64") or value.startswith(_BARE_B64_IMAGES):
            # Some writers forget ENCODING; a JPEG or PNG in base64 starts unmistakably.
            if len(value) * 3 // 4 > PHOTO_MAX_BYTES * 1.05 + 3:
                return self.photo_too_large(prop)
            data = b64_decode(value)
        else:
            # A link (Google exports https://lh3.googleusercontent.com/...): never fetched.
            return None
        if not data:
            self.warn(prop.line, _("a photo could not be decoded and was left out"))
            return None
        if len(data) > PHOTO_MAX_BYTES:
            return self.photo_too_large(prop)
        return data

    def photo_too_large(self, prop: Prop) -> bytes | None:
        self.warn(
            prop.line,
            _("a photo larger than {n} KiB was left out").format(n=PHOTO_MAX_BYTES // 1024),
        )
        return None


def _normalise_date(value: str, prop: Prop) -> str:
    """ISO ``YYYY-MM-DD`` or ``--MM-DD`` for a date, the value as written otherwise."""
    match = _DATE_RE.fullmatch(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
        # Apple stores birthdays without a year as 1604-MM-DD with X-APPLE-OMIT-YEAR=1604.
        omit = prop.param("X-APPLE-OMIT-YEAR")
        if _valid_date(2000, month, day) and omit.isdigit() and int(omit) == year:
            return f"--{month:02d}-{day:02d}"
        if _valid_date(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}"
        return value
    match = _NO_YEAR_RE.fullmatch(value)
    if match:
        month, day = int(match.group(1)), int(match.group(2))
        if _valid_date(2000, month, day):  # a leap year, so that --02-29 is valid
            return f"--{month:02d}-{day:02d}"
    return value


def _valid_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True
