"""After the event: reflections, follow-ups, give and take, tidying captures, the journal."""
