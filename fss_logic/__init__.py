"""Decision tools for the Family Safeguarding Service Guide to information sharing.

Pure Python, standard library only: the same code runs in CPython and, in the browser,
in Pyodide.
"""

__version__ = "0.2.0"
