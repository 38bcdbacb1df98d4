// fss-worker: runs fss_logic in Pyodide, in a module Web Worker, for the decision tools.
// Only JSON strings cross the boundary: {id, request} in, {id, ok, response | error} out.
// Everything it loads comes from this site: assets/pyodide/ (copied from the npm
// package by tools/runtime.py at build time), the fss_logic wheel beside it, and the part of
// the standard library the tools use (fss-stdlib.zip, compiled at build time).
import { loadPyodide } from "../pyodide/pyodide.mjs";

const runtime = new URL("../pyodide/", import.meta.url);

// Pyodide logs a warning and then waits for ever if its WebAssembly can't be fetched or
// compiled; notice that failure and report it instead.
let wasmFailed;
const wasmFailure = new Promise((_, reject) => { wasmFailed = reject; });
const instantiateStreaming = WebAssembly.instantiateStreaming;
WebAssembly.instantiateStreaming = (...args) =>
  instantiateStreaming(...args).catch((error) => {
    wasmFailed(new Error(`pyodide.asm.wasm could not be loaded (${error.message})`));
    throw error;
  });

async function start() {
  // The wheel is fetched while Pyodide starts, not after it.
  const wheel = fetchOk(new URL("fss-runtime.json", runtime))
    .then((response) => response.json())
    .then((manifest) => fetchOk(new URL(manifest.wheel, runtime)))
    .then((response) => response.arrayBuffer());
  wheel.catch(() => {}); // reported when awaited below, not as an unhandled rejection
  // The standard library the tools use, compiled at build time (tools/stdlib.mjs).
  const stdLibURL = new URL("fss-stdlib.zip", runtime).href;
  const pyodide = await Promise.race([
    loadPyodide({ indexURL: runtime.href, stdLibURL }),
    wasmFailure,
  ]);
  const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
  pyodide.unpackArchive(await wheel, "wheel", { extractDir: sitePackages });
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
