// fss-python: the tab's one Python runtime, in a module Web Worker, and nothing else. The
// head runs it first: on a page with a tool at once, as the page starts to load (with
// data-fss-start-python), so that Python is fetched and started while the rest of the page
// loads; on other pages deferred, ready for instant navigation to a tool. The page
// controller (fss-tool.js, deferred, after it) shows the tools and talks to the runtime
// through window.fssRuntime. It holds no state of a person's: only Python's own.
(function () {
  "use strict";

  var SEARCH_WAIT_MS = 10000; // the longest a tool page keeps the search index waiting

  // A module Web Worker started once, on the first page with a tool (as soon as this script
  // runs in that page's head), and kept while the person moves between the site's pages.
  // Material's instant navigation (fss-tool.js) swaps pages without unloading this script,
  // so a second tool is ready at once.
  var script = document.currentScript && document.currentScript.src;
  // tools/runtime.py points this at the runtime's versioned folder when it builds the site.
  var WORKER = "fss-worker.mjs";
  var runtime = {
    state: "idle",
    detail: null,
    worker: null,
    tools: [],
    waiting: {},
    nextId: 1,
    start: function () {
      if (this.state !== "idle") return;
      this.state = "loading";
      if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
        this.change("failed", { reason: "noWasm" });
        return;
      }
      var worker;
      var module = false; // a browser without module workers never reads the type
      try {
        worker = new Worker(new URL(WORKER, script), {
          get type() { module = true; return "module"; },
        });
      } catch (error) {
        module = false;
      }
      if (!module) {
        if (worker) worker.terminate();
        this.change("failed", { reason: "noModuleWorker" });
        return;
      }
      var self = this;
      this.worker = worker;
      if (this.setUp) worker.postMessage("go");
      worker.onerror = function (event) {
        event.preventDefault();
        self.change("failed", { reason: "noPython" });
      };
      worker.onmessage = function (event) {
        var data = event.data;
        if (data.type === "ready") self.change("ready", {});
        else if (data.type === "failed") self.change("failed", { reason: "noPython", error: data.error });
        else if (data.type === "response") {
          var tool = self.waiting[data.id];
          delete self.waiting[data.id];
          if (tool) tool.answered(data);
        }
      };
    },
    change: function (state, detail) {
      if (this.state === "failed") return;
      this.state = state;
      this.detail = detail;
      document.documentElement.dataset.fssPython = state;
      this.tools.forEach(function (tool) { tool.runtimeChanged(state, detail); });
      if (state === "failed") this.waiting = {};
    },
    subscribe: function (tool) {
      this.tools.push(tool);
      this.start();
      tool.worker = this.worker; // the tab's one worker (tests reach it to slow it down)
      if (this.state === "ready" || this.state === "failed") tool.runtimeChanged(this.state, this.detail);
    },
    // The page has been parsed and set up: the worker may now compile Pyodide's
    // WebAssembly, which keeps every core busy (it has been fetching meanwhile).
    setUp: false,
    pageSetUp: function () {
      this.setUp = true;
      if (this.worker) this.worker.postMessage("go");
    },
    post: function (tool, request) {
      var id = this.nextId++;
      this.waiting[id] = tool;
      this.worker.postMessage({ id: id, request: request });
      return id;
    },
  };
  window.fssRuntime = runtime;
  // On a page with a tool, the head loads this script with data-fss-start-python.
  if (document.currentScript && document.currentScript.hasAttribute("data-fss-start-python")) {
    runtime.start();
    holdSearchIndex(runtime);
  }

  // On a page with a tool, Python starts first. The theme fetches its search index as it
  // starts and builds it in a search worker (about a fifth of a second of a core on a
  // two-core laptop, while Python is starting on the other). So the index waits until Python
  // is ready or has failed, or until the person goes to search, whichever comes first. Only
  // that one request waits, and nothing else about search changes. The theme asks for it
  // with XMLHttpRequest, whose open and send are wrapped until then, and put back after; if
  // a later theme asks for it some other way, nothing waits and search works as before.
  function holdSearchIndex(runtime) {
    if (runtime.state === "ready" || runtime.state === "failed") return;
    var index = new URL("../../search/search_index.json", script).href;
    var proto = XMLHttpRequest.prototype;
    var open = proto.open;
    var send = proto.send;
    var forIndex = new WeakSet();
    var held = [];
    var released = false;
    function isIndex(url) {
      try {
        return new URL(String(url), document.baseURI).href === index;
      } catch (error) {
        return false; // an address open itself will refuse
      }
    }
    function heldOpen(method, url) {
      if (isIndex(url)) forIndex.add(this);
      else forIndex.delete(this);
      return open.apply(this, arguments);
    }
    function heldSend() {
      if (!released && forIndex.has(this)) {
        held.push([this, arguments]);
        return undefined;
      }
      return send.apply(this, arguments);
    }
    proto.open = heldOpen;
    proto.send = heldSend;
    function release() {
      if (released) return;
      released = true;
      if (proto.open === heldOpen) proto.open = open;
      if (proto.send === heldSend) proto.send = send;
      document.removeEventListener("focusin", toSearch, true);
      document.removeEventListener("change", toSearch, true);
      held.forEach(function (call) { send.apply(call[0], call[1]); });
      held = [];
    }
    // The person goes to search: its field takes focus (a click, a Tab, or the theme's
    // keys "/", "s" and "f"), or its toggle changes (the search button on a narrow screen).
    function toSearch(event) {
      var target = event.target;
      if (!(target instanceof Element)) return;
      if (target.id === "__search" || target.closest("form[name=search]")) release();
    }
    document.addEventListener("focusin", toSearch, true);
    document.addEventListener("change", toSearch, true);
    // Told of Python's state as the tools are.
    runtime.tools.push({
      runtimeChanged: function (state) {
        if (state === "ready" || state === "failed") release();
      },
    });
    setTimeout(release, SEARCH_WAIT_MS); // in case neither ever comes
  }
})();
