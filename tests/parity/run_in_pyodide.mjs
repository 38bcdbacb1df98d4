// Runs tests/parity/run_scenarios.py in Pyodide under Node, from the npm package:
//   node run_in_pyodide.mjs SCENARIOS.json --python FSS-PYTHON.zip   (as the browser runs it:
//     the site's compiled standard library and fss_logic, and nothing else)
//   node run_in_pyodide.mjs SCENARIOS.json --wheel FSS_LOGIC.whl     (the published wheel,
//     installed on Pyodide's own standard library)
import { readFile } from "node:fs/promises";
import { loadPyodide } from "pyodide";

const [scenarios, how, file] = process.argv.slice(2);
let pyodide;
if (how === "--python") {
  pyodide = await loadPyodide({ stdLibURL: file });
} else {
  pyodide = await loadPyodide();
  const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
  pyodide.unpackArchive(new Uint8Array(await readFile(file)), "wheel", { extractDir: sitePackages });
}
pyodide.runPython(await readFile(new URL("run_scenarios.py", import.meta.url), "utf8"));
pyodide.globals.set("scenarios_json", await readFile(scenarios, "utf8"));
process.stdout.write(pyodide.runPython("run_scenarios(scenarios_json)"));
