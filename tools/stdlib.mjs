// Build step (run by tools/runtime.py): the standard library the tools use and fss_logic,
// compiled, in a zip of their own. Loads Pyodide from the npm package under Node, installs the fss_logic
// wheel as the worker does, runs tools/stdlib_zip.py, and writes its zip.
//   node tools/stdlib.mjs WHEEL OUT.zip
import { readFile, writeFile } from "node:fs/promises";
import { loadPyodide } from "pyodide";

const [wheel, out] = process.argv.slice(2);
const pyodide = await loadPyodide();
// fss_logic is imported from a zip, as the worker imports it from fss-python.zip, so that
// the same modules are imported (zipimport reads its data files). A wheel is a zip.
pyodide.FS.writeFile("/tmp/fss_logic.whl", new Uint8Array(await readFile(wheel)));
pyodide.runPython("import sys; sys.path.insert(0, '/tmp/fss_logic.whl')");
const web = pyodide.pyimport("fss_logic.web");
try {
  web.handle("not JSON"); // an error crossing into JavaScript, as a broken request would
} catch {
  // expected
}
pyodide.runPython(await readFile(new URL("stdlib_zip.py", import.meta.url), "utf8"));
const summary = pyodide.runPython(`main("/tmp/fss-python.zip", "/tmp/fss_logic.whl")`);
await writeFile(out, pyodide.FS.readFile("/tmp/fss-python.zip"));
process.stdout.write(summary + "\n");
