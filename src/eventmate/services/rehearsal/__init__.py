"""Name rehearsal: recall people's names from their cues before an event, and the morning after.

``scheduler`` (Leitner boxes, pure), ``answers`` (is a typed name right), ``cards`` (cues and
history read together), ``service`` (decks, answers kept, "names from last night").
"""
