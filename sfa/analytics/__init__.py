"""Figures computed from plain data — client value, health, segments, forecast, attainment.

Pure functions over dataclasses: no database, no Qt. The app layer reads the store and feeds
them; tests feed them hand-made examples whose arithmetic is written out.
"""
