"""Insights: how I show up over a season, a year or all time — series for charts, no scores.

``history`` reads all-time tallies once; ``compute`` slices them per period (``periods``);
``series`` holds the results (and their JSON), ``readings`` what stands out in each chart.
"""
