"""Reading and writing open formats (vCard, iCalendar, CSV, Markdown, JSON) as plain data."""
