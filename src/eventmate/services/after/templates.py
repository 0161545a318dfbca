"""Reflection prompt templates: the default one ships, and every template can be edited."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from eventmate.domain.text import clean_line
from eventmate.storage.engine import Database
from eventmate.storage.models import ReflectionTemplate

#: The prompts of the template that ships with EventMate.
DEFAULT_PROMPTS: tuple[str, ...] = (
    "What went well?",
    "Whom did I really listen to?",
    "Whom did I meet that I had not planned to?",
    "What did I learn about others?",
    "What common ground did we find?",
    "What did I give?",
    "What could I offer someone I met?",
    "What surprised me?",
)
#: The shipped prompts of earlier versions: a default template still holding exactly these
#: (never edited) is brought up to :data:`DEFAULT_PROMPTS`; an edited one is left as it is.
EARLIER_DEFAULTS: tuple[tuple[str, ...], ...] = (
    (
        "What went well?",
        "Whom did I really listen to?",
        "What did I learn about others?",
        "What common ground did we find?",
        "What did I give?",
        "What surprised me?",
    ),
)
DEFAULT_TEMPLATE_NAME = "After an event"
#: Most prompts a template may have (a reflection is a few minutes' writing, not a form).
MAX_PROMPTS = 20


class ReflectionError(ValueError):
    """A request the user can fix (empty name, unknown event, energy out of range)."""


@dataclass(frozen=True, slots=True)
class Template:
    """A set of reflection prompts."""

    id: int
    name: str
    prompts: tuple[str, ...]
    is_default: bool


def prompts_of(raw: dict[str, Any] | None) -> tuple[str, ...]:
    items = (raw or {}).get("prompts", [])
    return tuple(str(item) for item in items if str(item).strip())


def template_prompts(row: ReflectionTemplate) -> tuple[str, ...]:
    """A template's prompts; the shipped one, never edited, asks today's shipped prompts."""
    prompts = prompts_of(row.prompts)
    if row.name == DEFAULT_TEMPLATE_NAME and prompts in EARLIER_DEFAULTS:
        return DEFAULT_PROMPTS
    return prompts


def _template(row: ReflectionTemplate) -> Template:
    return Template(row.id, row.name, template_prompts(row), row.is_default)


def _clean_prompts(prompts: list[str] | tuple[str, ...]) -> list[str]:
    cleaned = []
    for prompt in prompts:
        text = clean_line(prompt).text
        if text and text not in cleaned:
            cleaned.append(text)
    if not cleaned:
        raise ReflectionError("A template needs at least one prompt.")
    return cleaned[:MAX_PROMPTS]


class TemplatesMixin:
    """Template use cases, shared by the reflection service (``after.reflection``)."""

    _db: Database

    @staticmethod
    def _ensure_default(session: Session) -> ReflectionTemplate:
        row = session.scalars(
            select(ReflectionTemplate).order_by(
                ReflectionTemplate.is_default.desc(), ReflectionTemplate.id
            )
        ).first()
        if row is None:
            row = ReflectionTemplate(
                name=DEFAULT_TEMPLATE_NAME, prompts={"prompts": list(DEFAULT_PROMPTS)}
            )
            row.is_default = True
            session.add(row)
            session.flush()
        elif row.name == DEFAULT_TEMPLATE_NAME and prompts_of(row.prompts) in EARLIER_DEFAULTS:
            row.prompts = {"prompts": list(DEFAULT_PROMPTS)}
        return row

    def templates(self) -> tuple[Template, ...]:
        """Every template, the default first (the shipped one is created on first use)."""
        with self._db.write() as session:
            self._ensure_default(session)
            rows = session.scalars(
                select(ReflectionTemplate).order_by(
                    ReflectionTemplate.is_default.desc(), ReflectionTemplate.name
                )
            ).all()
            return tuple(_template(row) for row in rows)

    def create_template(self, name: str, prompts: list[str] | tuple[str, ...]) -> Template:
        """A new template named ``name`` (unique) with ``prompts``."""
        clean_name = self._unique_name(name)
        with self._db.write() as session:
            self._ensure_default(session)
            row = ReflectionTemplate(name=clean_name, prompts={"prompts": _clean_prompts(prompts)})
            row.is_default = False
            session.add(row)
            session.flush()
            return _template(row)

    def _unique_name(self, name: str, template_id: int | None = None) -> str:
        clean_name = clean_line(name, limit=200).text
        if not clean_name:
            raise ReflectionError("A template needs a name.")
        with self._db.read() as session:
            clash = session.scalar(
                select(ReflectionTemplate.id).where(
                    ReflectionTemplate.name == clean_name, ReflectionTemplate.id != template_id
                )
            )
        if clash is not None:
            raise ReflectionError(f"There is already a template called “{clean_name}”.")
        return clean_name

    def rename_template(self, template_id: int, name: str) -> Template:
        """Give a template another name."""
        clean_name = self._unique_name(name, template_id)
        with self._db.write() as session:
            row = self._get_template(session, template_id)
            row.name = clean_name
            return _template(row)

    def set_prompts(self, template_id: int, prompts: list[str] | tuple[str, ...]) -> Template:
        """Replace a template's prompts (answers already written keep their own prompt text)."""
        cleaned = _clean_prompts(prompts)
        with self._db.write() as session:
            row = self._get_template(session, template_id)
            row.prompts = {"prompts": cleaned}
            return _template(row)

    def set_default(self, template_id: int) -> Template:
        """Make a template the one new reflections use."""
        with self._db.write() as session:
            row = self._get_template(session, template_id)
            session.execute(update(ReflectionTemplate).values(is_default=False))
            row.is_default = True
            return _template(row)

    @staticmethod
    def _get_template(session: Session, template_id: int) -> ReflectionTemplate:
        row = session.get(ReflectionTemplate, template_id)
        if row is None:
            raise ReflectionError("That template no longer exists.")
        return row
