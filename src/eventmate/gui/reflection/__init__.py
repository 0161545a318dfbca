"""The reflection screen: prompts, free writing, energy, intention review, tidying captures."""
