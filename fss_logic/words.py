"""Words the page script shows, kept here with the rest of the tool's words.

The tool's container carries them as JSON (``data-fss-words``, written by
``tools/macros.py``), and ``fss-tool.js`` reads them from there: the script holds no words
of its own. ``tests/unit/test_protocol.py`` checks that the script uses exactly these keys.
"""

from __future__ import annotations

PAGE_WORDS: dict[str, str] = {
    "loading": "The decision tool is loading. You can start answering now.",
    "ready": "The decision tool is ready.",
    "checking": "The decision tool is ready. Checking your answer.",
    "kept": "Your answer is kept. It will be checked as soon as the decision tool has loaded.",
    "keptFile": "The record file will be checked as soon as the decision tool has loaded.",
    "slow": (
        "The decision tool is taking a long time to start. You can keep waiting: your "
        "answers are kept."
    ),
    "paper": "Use the paper version of the questions instead.",
    "wentWrong": "Something went wrong, and nothing has changed:",
    "couldNotStart": "The decision tool could not start:",
    "nothingSent": "Nothing you entered has been sent anywhere.",
    "noWasm": "this browser cannot run it (it needs WebAssembly and Web Workers).",
    "noModuleWorker": "this browser cannot run it (it needs module Web Workers).",
    "noPython": "its Python runtime did not load",
    "copied": "The summary for case notes is copied: paste it into your case notes.",
    "saved": "The record is saved to your downloads as",
    "notCopied": (
        "The summary could not be copied here. Open “The summary for case notes” below the "
        "buttons, select the text and copy it."
    ),
}

NO_SCRIPT = "This tool needs JavaScript, which is turned off."
USE_PAPER = "Use the paper version"
