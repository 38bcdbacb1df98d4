"""Run event scenarios through fss_logic.web.handle; print the record files as JSON.

The same file runs in CPython (imported by the test) and in Pyodide (read and run by
run_in_pyodide.mjs), so both sides do exactly the same thing.
"""

import json

from fss_logic.web import PageSession


def run_scenarios(scenarios_json: str) -> str:
    """Each scenario is ``{"tool": id, "events": [...]}``: the record file made, or the
    HTML of the last step if no record was made."""
    results = []
    for scenario in json.loads(scenarios_json):
        page = PageSession(scenario["tool"], "../../")
        for event in scenario["events"]:
            response = page.send(event)
        results.append(response["download"]["text"] if response["download"] else response["html"])
    return json.dumps(results, ensure_ascii=False)
