// Runs tests/parity/run_scenarios.py in Pyodide under Node, from the npm package and the
// wheel the site build made: node run_in_pyodide.mjs WHEEL SCENARIOS.json > RESULTS.json
import { readFile } from "node:fs/promises";
import { loadPyodide } from "pyodide";

const [wheel, scenarios, stdLibURL] = process.argv.slice(2);
// With the site's compiled standard library, as the browser has it.
const pyodide = await loadPyodide(stdLibURL ? { stdLibURL } : {});
const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
pyodide.unpackArchive(new Uint8Array(await readFile(wheel)), "wheel", { extractDir: sitePackages });
pyodide.runPython(await readFile(new URL("run_scenarios.py", import.meta.url), "utf8"));
pyodide.globals.set("scenarios_json", await readFile(scenarios, "utf8"));
process.stdout.write(pyodide.runPython("run_scenarios(scenarios_json)"));
