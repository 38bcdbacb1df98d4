"""Everything that builds HTML: records, tool steps and the paper version.

Nothing else in the project builds HTML, and every piece of text that a person typed, or
that comes from a record file, goes through ``e`` (``render/record.py``,
the same as ``html.escape(text, quote=True)``) here.
"""
