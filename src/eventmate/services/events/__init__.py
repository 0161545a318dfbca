"""Events and preparing for them: records, intentions, the briefing."""
