"""Insights: charts of how I show up, drawn with QPainter, each with a reading and a table."""
