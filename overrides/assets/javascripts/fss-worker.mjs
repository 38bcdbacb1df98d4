// fss-worker: runs fss_logic in Pyodide, in a module Web Worker, for the decision tools.
// Only JSON strings cross the boundary: {id, request} in, {id, ok, response | error} out.
// Everything it loads comes from this site, from the versioned folder tools/runtime.py
// moves this file into (assets/runtime/<version>/): Pyodide, copied from the npm package at
// build time, and fss-python.zip, the part of the standard library the tools use and
// fss_logic itself, compiled at build time (tools/stdlib.mjs).
import { loadPyodide } from "./pyodide.mjs";

const runtime = new URL("./", import.meta.url);

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
  const stdLibURL = new URL("fss-python.zip", runtime).href;
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
  try {
    const module = await web;
    postMessage({ type: "response", id: data.id, ok: true, response: module.handle(data.request) });
  } catch (error) {
    postMessage({ type: "response", id: data.id, ok: false, error: String(error && error.message || error) });
  }
};
