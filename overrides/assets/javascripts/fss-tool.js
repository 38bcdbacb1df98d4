// fss-tool: the page controller of the decision tools. It shows the HTML that Python
// returns, sends what the person does to Python (the runtime of fss-python.js, in a module
// Web Worker, which the head starts first) and holds no rules of its own. State lives in memory only: never in storage, cookies or the URL.
//
// One truth about what the person has chosen, however fast they click or type:
// - one event at a time. While Python answers it (or, before Python has loaded, while it
//   waits), the tool is aria-busy and its controls are disabled, so nothing can be chosen
//   or typed on a step that is about to be replaced, and a second press does nothing;
// - every event names the step it was made on (data-fss-step), and Python ignores an
//   event for a step that is no longer shown; a reply to anything but the event in flight
//   is dropped;
// - the second click of a double click is not a second press of a button;
// - a reply that changes nothing (a file that could not be opened, a stale event) leaves
//   the step on screen exactly as it is, typing included; a record file replaces answers
//   or typing that have not been saved only once the person says so.
// The tool's container shows data-fss-step, data-fss-revision (replies shown so far),
// aria-busy and data-fss-runtime (loading, ready, failed) for assistive technology and
// tests to wait on.
(function () {
  "use strict";

  var SLOW_START_MS = 45000;
  var CONTROLS = "button, input, select, textarea";
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

  // A form's values by name, as lists; disabled controls count too (unlike FormData), so
  // that what the person chose reads the same while the tool is busy.
  function formValues(form) {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (control) {
      if (!control.name || control.type === "file" || control.type === "submit" ||
          control.type === "button") return;
      if ((control.type === "radio" || control.type === "checkbox") && !control.checked) return;
      (values[control.name] = values[control.name] || []).push(control.value);
    });
    return values;
  }

  // A record form field asked only on a condition of another (data-fss-when names it,
  // data-fss-when-values the values) shows only while it holds; a group with nothing shown
  // hides too. Python draws them hidden or shown to start with: this follows changes.
  function showConditions(form) {
    var values = formValues(form);
    Array.prototype.forEach.call(form.querySelectorAll("[data-fss-when]"), function (field) {
      var wanted = field.dataset.fssWhenValues.split(" ");
      var chosen = values[field.dataset.fssWhen] || [];
      field.hidden = !chosen.some(function (value) { return wanted.indexOf(value) >= 0; });
    });
    Array.prototype.forEach.call(form.querySelectorAll(".fss-form-group"), function (group) {
      group.hidden = !group.querySelector(".fss-field:not([hidden])");
    });
  }

  // While a record is shown, the page prints the record alone, and every printed page
  // carries its protective marking, reference and page number (fss-record.css reads the
  // values Python worked out: download.print). Set through the CSSOM, which the site's
  // Content-Security-Policy allows, and cleared when no record is shown.
  // A file offered with no print marks (a trainee's attempt) is not a record: the page
  // prints as it is.
  var PRINT_MARKS = ["--fss-print-marking", "--fss-print-reference"];
  function showsRecord(download) {
    var root = document.documentElement;
    var print = download && download.print;
    document.body.classList.toggle("fss-has-record", Boolean(print));
    root.classList.toggle("fss-printing-record", Boolean(print));
    PRINT_MARKS.forEach(function (name) {
      if (print && print[name]) root.style.setProperty(name, print[name]);
      else root.style.removeProperty(name);
    });
  }

  function Tool(root, script) {
    this.root = root;
    // The words this script shows, from fss_logic/words.py (the script has none of its own).
    this.words = JSON.parse(root.dataset.fssWords);
    this.script = script;
    this.flow = root.dataset.fssTool;
    this.base = root.dataset.fssBase || "";
    this.view = root.querySelector("[data-fss-view]");
    this.notice = root.querySelector("[data-fss-notice]");
    this.status = root.querySelector("[data-fss-status]");
    this.paper = root.dataset.fssPaper;
    // On a training page, the exercise the trainee works (Python puts the tool in trainee
    // mode: fss_logic/training/page.py).
    this.training = root.dataset.fssTraining || null;
    // The largest record file Python accepts; bigger files are refused unread.
    this.maxRecordBytes = Number(root.dataset.fssMaxRecordBytes);
    this.step = root.dataset.fssStep;
    this.state = null;
    this.unsaved = false;
    this.download = null;
    this.runtime = "loading";
    this.busy = false;
    this.held = null; // the one event waiting for Python to load
    this.inFlight = 0; // the id of the event Python is answering
    this.revision = 0;
    this.disabled = [];
    this.opening = null; // a record file's text, until it is opened or the person says no
    this.shown = this.snapshot();
    this.listen();
    this.start();
  }

  // Answers, or typing, that would be lost if the tab were closed.
  Tool.prototype.unsavedWork = function () {
    return Boolean(this.unsaved || this.held || this.dirty());
  };

  Tool.prototype.say = function (text) {
    this.status.textContent = text;
  };

  Tool.prototype.sayWithPaper = function (text) {
    this.status.textContent = "";
    var message = document.createElement("span");
    message.textContent = text + " ";
    var link = document.createElement("a");
    link.href = this.paper;
    link.textContent = this.words.paper;
    this.status.append(message, link);
  };

  Tool.prototype.setRuntime = function (runtime) {
    this.runtime = runtime;
    this.root.dataset.fssRuntime = runtime;
  };

  // What the forms on the step hold now, to tell typing not yet sent (see dirty).
  Tool.prototype.snapshot = function () {
    return JSON.stringify(Array.from(this.view.querySelectorAll("form"), formValues));
  };

  Tool.prototype.dirty = function () {
    return this.snapshot() !== this.shown;
  };

  Tool.prototype.setBusy = function (busy) {
    this.busy = busy;
    this.root.setAttribute("aria-busy", String(busy));
    if (busy) {
      this.focused = document.activeElement;
      this.disabled = Array.prototype.filter.call(
        this.root.querySelectorAll(CONTROLS), function (control) { return !control.disabled; });
      this.disabled.forEach(function (control) { control.disabled = true; });
      return;
    }
    this.disabled.forEach(function (control) { control.disabled = false; });
    this.disabled = [];
    // A step left as it was keeps the focus where the person had it.
    var active = document.activeElement;
    if ((!active || active === document.body) && this.focused && this.focused.isConnected) {
      this.focused.focus();
    }
    this.focused = null;
  };

  Tool.prototype.fail = function (reason) {
    clearTimeout(this.slow);
    this.setRuntime("failed");
    this.held = null;
    this.inFlight = 0;
    if (this.busy) this.setBusy(false);
    this.root.classList.add("fss-tool--failed");
    this.sayWithPaper(this.words.couldNotStart + " " + reason + " " + this.words.nothingSent);
  };

  Tool.prototype.start = function () {
    var self = this;
    this.slow = setTimeout(function () {
      if (self.runtime === "loading") self.sayWithPaper(self.words.slow);
    }, SLOW_START_MS);
    runtime.subscribe(this);
  };

  // What the tab's one Python runtime says: it is ready, or it could not start.
  Tool.prototype.runtimeChanged = function (state, detail) {
    if (state === "ready") {
      clearTimeout(this.slow);
      this.setRuntime("ready");
      var held = this.held;
      this.held = null;
      this.say(held ? this.words.checking : this.words.ready);
      if (held) this.post(held);
    } else if (state === "failed") {
      if (detail.reason === "noWasm") this.fail(this.words.noWasm);
      else if (detail.reason === "noModuleWorker") this.fail(this.words.noModuleWorker);
      else this.fail(this.words.noPython + (detail.error ? " (" + detail.error + ")." : "."));
    }
  };

  // Python's answer to an event this tool sent (runtime.post).
  Tool.prototype.answered = function (data) {
    if (data.id !== this.inFlight) return;
    this.inFlight = 0;
    var response = data.ok ? JSON.parse(data.response) : null;
    if (response) {
      this.show(response);
      if (this.status.textContent === this.words.checking) this.say(this.words.ready);
    } else {
      this.say(this.words.wentWrong + " " + data.error);
    }
    this.setBusy(false);
    // A file Python says to save at once (a trainee's attempt), as Download would.
    if (response && response.save) this.saveRecord(true);
  };

  // Send an event made on the step shown; while another is being answered, do nothing.
  Tool.prototype.send = function (event) {
    if (this.busy || this.runtime === "failed") return;
    this.setBusy(true);
    this.dispatch(event);
  };

  Tool.prototype.dispatch = function (event) {
    event.step = this.step;
    // How long each step takes, from the press to the reply shown, is in the page's own
    // performance timeline ("fss-step", in memory only), for make bench to read.
    if (performance.mark) performance.mark("fss-event");
    if (this.runtime === "ready") {
      this.post(event);
      return;
    }
    this.held = event;
    this.say(event.type === "open_record" ? this.words.keptFile : this.words.kept);
  };

  Tool.prototype.post = function (event) {
    var request = { flow: this.flow, base: this.base, state: this.state, event: event };
    if (this.training) request.training = this.training;
    this.inFlight = runtime.post(this, JSON.stringify(request));
  };

  Tool.prototype.show = function (response) {
    this.state = response.state;
    this.unsaved = response.unsaved;
    this.download = response.download;
    this.notice.innerHTML = response.notice;
    var target = this.notice.querySelector("[data-fss-autofocus]");
    if (response.html !== null) {
      this.opening = null;
      this.view.innerHTML = response.html;
      this.step = response.step;
      this.shown = this.snapshot();
      target = target || this.view.querySelector("[data-fss-autofocus]");
    }
    this.revision += 1;
    if (performance.measure && performance.getEntriesByName("fss-event").length) {
      performance.measure("fss-step", "fss-event");
      performance.clearMarks("fss-event");
    }
    this.root.dataset.fssStep = this.step;
    this.root.dataset.fssRevision = String(this.revision);
    if (this.root.isConnected) showsRecord(response.download);
    this.announceIndication();
    if (target) target.focus();
  };

  // The indication shown above the questions, said once when it first appears (or
  // changes): focus goes to the question, so a screen reader would not read it otherwise.
  Tool.prototype.announceIndication = function () {
    var banner = this.view.querySelector(".fss-outcome--so-far");
    var text = banner ? banner.querySelector(".fss-outcome__heading").textContent : "";
    if (text && text !== this.indicated) {
      var caption = banner.querySelector(".fss-outcome__caption").textContent;
      this.say(caption + ": " + text + ".");
    }
    this.indicated = text;
  };

  // Save the file offered; Python is told it was kept, unless it offered the file to be
  // saved at once (told: it knows).
  Tool.prototype.saveRecord = function (told) {
    if (!this.download || this.busy) return;
    var blob = new Blob([this.download.text], { type: "application/json" });
    var url = URL.createObjectURL(blob);
    var link = document.createElement("a");
    link.href = url;
    link.download = this.download.filename;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 0);
    this.say((this.download.said || this.words.saved) + " " + this.download.filename);
    if (!told) this.send({ type: "downloaded" });
  };

  // The record's summary for case notes, to the clipboard; where the browser refuses, the
  // person is told where to select it by hand.
  Tool.prototype.copyNotes = function () {
    var self = this;
    if (!this.download) return;
    var copied = navigator.clipboard && navigator.clipboard.writeText(this.download.case_notes);
    if (!copied) {
      this.say(this.words.notCopied);
      return;
    }
    copied.then(
      function () { self.say(self.words.copied); },
      function () { self.say(self.words.notCopied); },
    );
  };

  Tool.prototype.open = function (input) {
    var self = this;
    if (input.multiple) return this.openMany(input);
    var file = input.files && input.files[0];
    input.value = "";
    if (!file || this.busy || this.runtime === "failed") return;
    var dirty = this.dirty();
    this.setBusy(true);
    function check(event) {
      event.dirty = dirty;
      self.opening = typeof event.text === "string" ? event.text : null;
      self.dispatch(event);
    }
    if (file.size > this.maxRecordBytes) {
      check({ type: "open_record", too_large: true });
      return;
    }
    file.text().then(
      function (text) { check({ type: "open_record", text: text }); },
      function () { check({ type: "open_record" }); },
    );
  };

  // Several files at once (a trainer's group of attempts): each read, or said to be too
  // large or unreadable, and all sent as one event for Python to check one by one.
  Tool.prototype.openMany = function (input) {
    var self = this;
    var files = Array.prototype.slice.call(input.files || []);
    input.value = "";
    if (!files.length || this.busy || this.runtime === "failed") return;
    this.setBusy(true);
    Promise.all(files.map(function (file) {
      if (file.size > self.maxRecordBytes) return { name: file.name, too_large: true };
      return file.text().then(
        function (text) { return { name: file.name, text: text }; },
        function () { return { name: file.name }; },
      );
    })).then(function (read) { self.dispatch({ type: "open_attempts", files: read }); });
  };

  Tool.prototype.listen = function () {
    var self = this;
    this.root.addEventListener("submit", function (event) {
      var form = event.target.closest("form[data-fss-event]");
      if (!form) return;
      event.preventDefault();
      var message = { type: form.dataset.fssEvent, values: formValues(form) };
      if (form.dataset.fssQuestion) message.question = form.dataset.fssQuestion;
      if (message.type === "make_attempt") message.now = timestamp(new Date());
      if (message.type === "submit_record") {
        message.now = timestamp(new Date());
        message.random = randomHex();
        message.built = self.root.dataset.fssBuilt;
      }
      self.send(message);
    });
    this.root.addEventListener("click", function (event) {
      // The second click of a double click is not a second press of the button.
      if (event.detail > 1 && event.target.closest("button")) {
        event.preventDefault();
        return;
      }
      var focus = event.target.closest("a[data-fss-focus]");
      if (focus) {
        event.preventDefault();
        var field = document.getElementById(focus.dataset.fssFocus);
        if (field) field.focus();
        return;
      }
      var button = event.target.closest("button[data-fss-event]");
      if (!button) return;
      var action = button.dataset.fssEvent;
      if (action === "print") window.print();
      else if (action === "download") self.saveRecord();
      else if (action === "copy_notes") self.copyNotes();
      else if (action === "open_confirmed") {
        if (self.opening) self.send({ type: "open_record", text: self.opening, replace: true });
      } else if (action === "open_cancelled") {
        self.opening = null;
        self.notice.textContent = "";
        var summary = self.view.querySelector(".fss-open summary");
        if (summary) summary.focus();
      } else if (action === "start_again") {
        self.send({ type: "start_again", dirty: self.dirty() });
      } else if (action === "start_again_confirmed") {
        self.send({ type: "start_again", confirmed: true });
      } else if (action === "start_again_cancelled") {
        self.notice.textContent = "";
        var again = self.view.querySelector('button[data-fss-event="start_again"]');
        if (again) again.focus();
      } else self.send({ type: action, question: button.dataset.fssQuestion });
    });
    this.root.addEventListener("change", function (event) {
      if (event.target.matches("input[data-fss-open]")) self.open(event.target);
      var form = event.target.closest("form[data-fss-event]");
      if (form) showConditions(form);
    });
  };

  // The tab's one Python runtime (fss-python.js, which the head runs first).
  var script = document.currentScript && document.currentScript.src;
  var runtime = window.fssRuntime;

  // A tool left for another page of the site is kept, as it was, in this tab's memory (never
  // in storage), and shown again on coming back to its page, by a link or the Back button.
  // Closing or reloading the tab still warns about answers that are not saved.
  var kept = {};
  // After a page is swapped in, focus moves to its heading (or the section the link named),
  // as a page load would start reading there; the first page load is left to the browser.
  var loads = 0;
  function focusPage() {
    if (loads++ === 0) return;
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target = target || document.querySelector(".md-content h1");
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.setAttribute("data-fss-page-focus", ""); // no focus ring: it is not a control
    target.focus({ preventScroll: Boolean(location.hash) });
  }

  function attach() {
    // The page now shown, for people's tools and tests to wait on after a swap.
    document.documentElement.dataset.fssPath = location.pathname;
    focusPage();
    showsRecord(null);
    document.querySelectorAll("[data-fss-tool]").forEach(function (root) {
      if (root.fssTool) return;
      var key = location.pathname + " " + root.dataset.fssTool;
      var tool = kept[key];
      if (tool) {
        root.replaceWith(tool.root);
      } else {
        root.fssTool = tool = kept[key] = new Tool(root, script);
      }
      showsRecord(tool.download);
    });
  }
  window.addEventListener("beforeunload", function (event) {
    var unsaved = Object.keys(kept).some(function (key) { return kept[key].unsavedWork(); });
    if (!unsaved) return;
    event.preventDefault();
    event.returnValue = "";
  });

  // Instant navigation: a link to another page of this site is fetched and swapped in by
  // Material (its location$, with navigation.instant on), so this script, and the runtime,
  // stay. Material finds its own pages through an absolute sitemap; this site names no host,
  // so the same test is made here: a page of this site is a same-origin address under the
  // site's root that ends in "/". Anything else is left to the browser.
  var root = script && new URL("../../", script);
  function instantTarget(event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey ||
        event.shiftKey || event.altKey || !(event.target instanceof Element)) return null;
    var link = event.target.closest("a[href]");
    if (!link || link.target || link.hasAttribute("download")) return null;
    var url = new URL(link.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(root.pathname) ||
        !url.pathname.endsWith("/") || url.search) return null;
    if (url.pathname === location.pathname) return null; // the browser scrolls to the anchor
    return url;
  }
  function wire() {
    if (typeof window.location$ === "undefined" || location.protocol === "file:") return;
    document.body.addEventListener("click", function (event) {
      var url = instantTarget(event);
      if (!url) return;
      event.preventDefault();
      history.replaceState({ x: window.scrollX, y: window.scrollY }, "");
      history.pushState(null, "", url);
      window.location$.next(url);
    });
  }

  // Once the theme's deferred bundle has run (it defines document$ and location$). An async
  // run of this script can come after the page is parsed but before deferred scripts have
  // run, so "parsed" is not enough: wait for DOMContentLoaded, which follows them (or load,
  // should the theme be missing).
  function whenParsed(then) {
    var done = false;
    function once() {
      if (done) return;
      done = true;
      then();
    }
    if (typeof window.document$ !== "undefined" || document.readyState === "complete") once();
    else {
      document.addEventListener("DOMContentLoaded", once);
      window.addEventListener("load", once);
    }
  }
  whenParsed(function () {
    if (typeof window.document$ !== "undefined") {
      wire();
      window.document$.subscribe(attach);
    } else {
      attach();
    }
    runtime.pageSetUp();
  });
})();
