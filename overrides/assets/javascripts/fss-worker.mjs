// fss-worker: runs fss_logic in Pyodide, in a module Web Worker, for the decision tools.
// Only JSON strings cross the boundary: {id, request} in, {id, ok, response | error} out.
// Everything it loads comes from this site, from the versioned folder tools/runtime.py
// moves this file into (assets/runtime/<version>/): Pyodide, copied from the npm package at
// build time, and fss-python.zip, the part of the standard library the tools use and
// fss_logic itself, compiled at build time (tools/stdlib.mjs).
const runtime = new URL("./", import.meta.url);
const wasmURL = new URL("pyodide.asm.wasm", runtime).href;

// What Pyodide will ask for is fetched from the moment this worker starts, rather than one
// after another once Pyodide's JavaScript has loaded; its WebAssembly (9.6 MB) is compiled
// as soon as the page allows (below). Pyodide fetches each file and hands the WebAssembly
// response to WebAssembly.instantiateStreaming: its fetch is given the response already
// under way, and instantiateStreaming the module already compiled. Only standard APIs are
// replaced here; Pyodide's own options are left as they are.
const stdLibURL = new URL("fss-python.zip", runtime).href;
const early = new Map(
  [wasmURL, stdLibURL, new URL("pyodide-lock.json", runtime).href].map(
    (url) => [url, fetch(url, { credentials: "same-origin" })],
  ),
);
// Compiling it keeps every core busy, and Pyodide's JavaScript (1.3 MB) takes a core to
// parse, so both wait until the page has been parsed and set up (the page says "go"): on two
// cores the page would otherwise be painted later and stall behind them. Until then this
// worker only fetches.
let go;
const pageSetUp = new Promise((resolve) => { go = resolve; });
setTimeout(go, 3000); // in case the word never comes
const wasm = early.get(wasmURL);
const compiled = pageSetUp.then(() => WebAssembly.compileStreaming(wasm));
compiled.catch(() => {}); // reported below, when Pyodide asks for it
const fetchFile = self.fetch;
self.fetch = (resource, options) => {
  const url = String(resource instanceof Request ? resource.url : resource);
  const response = early.get(url);
  if (!response) return fetchFile(resource, options);
  early.delete(url); // each is used once; a second fetch goes to the network as usual
  return response;
};

// Pyodide logs a warning and then waits for ever if its WebAssembly can't be fetched or
// compiled; notice that failure and report it instead.
let wasmFailed;
const wasmFailure = new Promise((_, reject) => { wasmFailed = reject; });
WebAssembly.instantiateStreaming = async (source, imports) => {
  try {
    const module = await compiled;
    return { module, instance: await WebAssembly.instantiate(module, imports) };
  } catch (error) {
    wasmFailed(new Error(`pyodide.asm.wasm could not be loaded (${error.message})`));
    throw error;
  }
};

async function start() {
  await pageSetUp;
  const { loadPyodide } = await import("./pyodide.mjs");
  const pyodide = await Promise.race([
    loadPyodide({ indexURL: runtime.href, stdLibURL }),
    wasmFailure,
  ]);
  return pyodide.pyimport("fss_logic.web");
}

const web = start();
web.then(
  () => postMessage({ type: "ready" }),
  (error) => postMessage({ type: "failed", error: String(error && error.message || error) }),
);

onmessage = async ({ data }) => {
  if (data === "go") {
    go();
    return;
  }
  try {
    const module = await web;
    postMessage({ type: "response", id: data.id, ok: true, response: module.handle(data.request) });
  } catch (error) {
    postMessage({ type: "response", id: data.id, ok: false, error: String(error && error.message || error) });
  }
};
