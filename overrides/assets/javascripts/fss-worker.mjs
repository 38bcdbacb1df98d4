// fss-worker: runs fss_logic in Pyodide, in a module Web Worker, for the decision tools.
// Only JSON strings cross the boundary: {id, request} in, {id, ok, response | error} out.
// Everything it loads comes from this site: assets/pyodide/ (copied from the npm
// package by tools/runtime.py at build time) and the fss_logic wheel beside it.
import { loadPyodide } from "../pyodide/pyodide.mjs";

const runtime = new URL("../pyodide/", import.meta.url);

async function start() {
  const manifest = await fetchOk(new URL("fss-runtime.json", runtime)).then((r) => r.json());
  const pyodide = await loadPyodide({ indexURL: runtime.href });
  const wheel = await fetchOk(new URL(manifest.wheel, runtime));
  const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
  pyodide.unpackArchive(await wheel.arrayBuffer(), "wheel", { extractDir: sitePackages });
  return pyodide.pyimport("fss_logic.web");
}

async function fetchOk(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname} could not be loaded (${response.status})`);
  return response;
}

const web = start();
web.then(
  () => postMessage({ type: "ready" }),
  (error) => postMessage({ type: "failed", error: String(error && error.message || error) }),
);

onmessage = async ({ data }) => {
  try {
    const module = await web;
    postMessage({ type: "response", id: data.id, ok: true, response: module.handle(data.request) });
  } catch (error) {
    postMessage({ type: "response", id: data.id, ok: false, error: String(error && error.message || error) });
  }
};
