"""EventMate's design system: type scale, spacing, the three looks, one style sheet, icons.

Pages build with these helpers instead of setting style sheets or fonts of their own:

- ``tokens``: the type scale (factors of the system font), spacing, radii;
- ``palettes``: light, dark and capture mode's dim colours, with their contrast;
- ``theme``: applying light/dark/system to the whole app, ``appearance().changed``;
- ``sheet``: the application style sheet, by role;
- ``text``: headings, body, muted lines, fonts that follow the desktop's font size;
- ``widgets``: cards, bands, link/quiet/primary/choice buttons, chips, layout helpers;
- ``icons``: tinted Lucide icons for sections, actions and kinds;
- ``dim``: capture mode's look.

The names most pages need are re-exported here.
"""

from __future__ import annotations

from eventmate.gui.style.text import (
    body,
    caption,
    heading,
    muted,
    muted_colour,
    set_plain_text_format,
    set_role,
    set_text_style,
)
from eventmate.gui.style.tokens import Space, TextStyle
from eventmate.gui.style.widgets import (
    band,
    card,
    chip,
    choice_button,
    clear_layout,
    link_button,
    name_spin_box,
    primary,
    quiet_button,
    row,
)

__all__ = [
    "Space",
    "TextStyle",
    "band",
    "body",
    "caption",
    "card",
    "chip",
    "choice_button",
    "clear_layout",
    "heading",
    "link_button",
    "muted",
    "muted_colour",
    "name_spin_box",
    "primary",
    "quiet_button",
    "row",
    "set_plain_text_format",
    "set_role",
    "set_text_style",
]
