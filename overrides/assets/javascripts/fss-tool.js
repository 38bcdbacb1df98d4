// fss-tool: the page side of the decision tools. It shows the HTML that Python returns,
// sends what the person does to Python (in a module Web Worker) and holds no rules of its
// own. State lives in memory only: never in storage, cookies or the URL.
(function () {
  "use strict";

  var SLOW_START_MS = 45000;

  function timestamp(date) {
    function pad(n) { return String(n).padStart(2, "0"); }
    var offset = -date.getTimezoneOffset();
    var sign = offset >= 0 ? "+" : "-";
    offset = Math.abs(offset);
    return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate()) +
      "T" + pad(date.getHours()) + ":" + pad(date.getMinutes()) + ":" + pad(date.getSeconds()) +
      sign + pad(Math.floor(offset / 60)) + ":" + pad(offset % 60);
  }

  function randomHex() {
    var bytes = crypto.getRandomValues(new Uint8Array(4));
    return Array.from(bytes, function (b) { return b.toString(16).padStart(2, "0"); }).join("");
  }

  function formValues(form) {
    var values = {};
    new FormData(form).forEach(function (value, name) {
      if (typeof value !== "string") return;
      (values[name] = values[name] || []).push(value);
    });
    return values;
  }

  function Tool(root, script) {
    this.root = root;
    this.script = script;
    this.flow = root.dataset.fssTool;
    this.base = root.dataset.fssBase || "";
    this.view = root.querySelector("[data-fss-view]");
    this.status = root.querySelector("[data-fss-status]");
    this.paper = root.dataset.fssPaper;
    // The largest record file Python accepts; bigger files are refused unread.
    this.maxRecordBytes = Number(root.dataset.fssMaxRecordBytes);
    this.state = null;
    this.unsaved = false;
    this.download = null;
    this.ready = false;
    this.failed = false;
    this.queue = [];
    this.pending = {};
    this.nextId = 1;
    this.busy = Promise.resolve();
    this.listen();
    this.start();
  }

  Tool.prototype.say = function (text) {
    this.status.textContent = text;
  };

  Tool.prototype.sayWithPaper = function (text) {
    this.status.textContent = "";
    var message = document.createElement("span");
    message.textContent = text + " ";
    var link = document.createElement("a");
    link.href = this.paper;
    link.textContent = "Use the paper version of the questions instead.";
    this.status.append(message, link);
  };

  Tool.prototype.fail = function (reason) {
    this.failed = true;
    clearTimeout(this.slow);
    this.root.classList.add("fss-tool--failed");
    this.sayWithPaper("The decision tool could not start: " + reason +
      " Nothing you entered has been sent anywhere.");
  };

  Tool.prototype.start = function () {
    if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
      this.fail("this browser cannot run it (it needs WebAssembly and Web Workers).");
      return;
    }
    var self = this;
    var worker;
    var module = false; // a browser without module workers never reads the type
    try {
      worker = new Worker(new URL("fss-worker.mjs", this.script), {
        get type() { module = true; return "module"; },
      });
    } catch (error) {
      module = false;
    }
    if (!module) {
      if (worker) worker.terminate();
      this.fail("this browser cannot run it (it needs module Web Workers).");
      return;
    }
    this.worker = worker;
    this.slow = setTimeout(function () {
      if (!self.ready && !self.failed) {
        self.sayWithPaper("The decision tool is taking a long time to start. You can keep " +
          "waiting: your answers are kept.");
      }
    }, SLOW_START_MS);
    worker.onerror = function (event) {
      event.preventDefault();
      self.fail("its Python runtime did not load.");
    };
    worker.onmessage = function (event) {
      var data = event.data;
      if (data.type === "ready") {
        clearTimeout(self.slow);
        self.ready = true;
        self.say(self.queue.length ? "The decision tool is ready. Checking your answer." :
          "The decision tool is ready.");
        var queued = self.queue.splice(0);
        queued.forEach(function (item) { self.send(item); });
        if (queued.length) {
          self.busy = self.busy.then(function () { self.say("The decision tool is ready."); });
        }
      } else if (data.type === "failed") {
        self.fail("its Python runtime did not load (" + data.error + ").");
      } else if (data.type === "response") {
        var done = self.pending[data.id];
        delete self.pending[data.id];
        if (done) done(data);
      }
    };
  };

  Tool.prototype.send = function (event) {
    var self = this;
    if (this.failed) return;
    if (!this.ready) {
      this.queue.push(event);
      this.unsaved = true;
      this.say("Your answer is kept. It will be checked as soon as the decision tool has loaded.");
      return;
    }
    this.busy = this.busy.then(function () {
      return new Promise(function (resolve) {
        var id = self.nextId++;
        self.pending[id] = function (data) {
          if (data.ok) self.show(JSON.parse(data.response));
          else self.say("Something went wrong, and nothing has changed: " + data.error);
          resolve();
        };
        self.worker.postMessage({
          id: id,
          request: JSON.stringify({ flow: self.flow, base: self.base, state: self.state, event: event }),
        });
      });
    });
  };

  Tool.prototype.show = function (response) {
    this.state = response.state;
    this.unsaved = response.unsaved;
    this.download = response.download;
    this.view.innerHTML = response.html;
    document.body.classList.toggle("fss-has-record", Boolean(response.download));
    var target = this.view.querySelector("[data-fss-autofocus]");
    if (target) target.focus();
  };

  Tool.prototype.saveRecord = function () {
    if (!this.download) return;
    var blob = new Blob([this.download.text], { type: "application/json" });
    var url = URL.createObjectURL(blob);
    var link = document.createElement("a");
    link.href = url;
    link.download = this.download.filename;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 0);
    this.send({ type: "downloaded" });
  };

  Tool.prototype.open = function (input) {
    var self = this;
    var file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    if (file.size > this.maxRecordBytes) {
      this.send({ type: "open_record", too_large: true });
      return;
    }
    file.text().then(
      function (text) { self.send({ type: "open_record", text: text }); },
      function () { self.send({ type: "open_record" }); },
    );
  };

  Tool.prototype.listen = function () {
    var self = this;
    this.root.addEventListener("submit", function (event) {
      var form = event.target.closest("form[data-fss-event]");
      if (!form) return;
      event.preventDefault();
      var message = { type: form.dataset.fssEvent, values: formValues(form) };
      if (form.dataset.fssQuestion) message.question = form.dataset.fssQuestion;
      if (message.type === "submit_record") {
        message.now = timestamp(new Date());
        message.random = randomHex();
      }
      self.send(message);
    });
    this.root.addEventListener("click", function (event) {
      var focus = event.target.closest("a[data-fss-focus]");
      if (focus) {
        event.preventDefault();
        var field = document.getElementById(focus.dataset.fssFocus);
        if (field) field.focus();
        return;
      }
      var button = event.target.closest("button[data-fss-event]");
      if (!button) return;
      var type = button.dataset.fssEvent;
      if (type === "print") window.print();
      else if (type === "download") self.saveRecord();
      else self.send({ type: type, question: button.dataset.fssQuestion });
    });
    this.root.addEventListener("change", function (event) {
      if (event.target.matches("input[data-fss-open]")) self.open(event.target);
    });
    window.addEventListener("beforeunload", function (event) {
      if (!self.unsaved) return;
      event.preventDefault();
      event.returnValue = "";
    });
  };

  var script = document.currentScript && document.currentScript.src;
  function attach() {
    document.querySelectorAll("[data-fss-tool]").forEach(function (root) {
      if (root.fssTool) return;
      root.fssTool = new Tool(root, script);
    });
  }
  if (typeof document$ !== "undefined") document$.subscribe(attach);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", attach);
  else attach();
})();
