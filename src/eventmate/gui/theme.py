"""Moved to :mod:`eventmate.gui.style.theme`; this name stays only for code written before."""

from __future__ import annotations

from eventmate.gui.style.theme import THEME_KEY, ThemeChoice, apply_theme, is_dark, saved_theme

__all__ = ["THEME_KEY", "ThemeChoice", "apply_theme", "is_dark", "saved_theme"]
