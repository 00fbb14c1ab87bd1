"""Kiosk mode for public screens (issue 5): options from the URL, a pure slide model,
a last-good-slides store and the HTML of each slide.

options.py: `is_kiosk(params)`, `parse_options(params) -> KioskOptions`.
slides.py: DataFrames from dashboard.queries.kiosk -> a tuple of TitleSlide/GoalSlide/MapSlide.
title.py: the title slide's headline counts (dashboard.headline: no Beispieldaten, one series once).
state.py: KioskState (the last good slides, the rotation tick) and `refresh`, `step`.
render.py: one slide -> an HTML string (large type, status symbol + word + colour).
Nothing here imports Streamlit for layout; pages/kiosk.py renders.
"""
