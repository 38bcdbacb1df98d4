// Build step (run by tools/runtime.py): the standard library the tools use, compiled, in a
// zip of its own. Loads Pyodide from the npm package under Node, installs the fss_logic
// wheel as the worker does, runs tools/stdlib_zip.py, and writes its zip.
//   node tools/stdlib.mjs WHEEL OUT.zip
import { readFile, writeFile } from "node:fs/promises";
import { loadPyodide } from "pyodide";

const [wheel, out] = process.argv.slice(2);
const pyodide = await loadPyodide();
// What the worker does (overrides/assets/javascripts/fss-worker.mjs), so that the same
// modules are imported.
const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
pyodide.unpackArchive(new Uint8Array(await readFile(wheel)), "wheel", { extractDir: sitePackages });
const web = pyodide.pyimport("fss_logic.web");
try {
  web.handle("not JSON"); // an error crossing into JavaScript, as a broken request would
} catch {
  // expected
}
pyodide.runPython(await readFile(new URL("stdlib_zip.py", import.meta.url), "utf8"));
const summary = pyodide.runPython(`main("/tmp/fss-stdlib.zip")`);
await writeFile(out, pyodide.FS.readFile("/tmp/fss-stdlib.zip"));
process.stdout.write(summary + "\n");
