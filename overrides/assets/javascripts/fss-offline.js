// fss-offline: keep a copy of this site's own files for use without a network, through
// the service worker tools/offline.py writes at build time, and say when a new version of
// the guide is ready. The copy holds the site's own files only: nothing typed into a page
// is ever sent in a request, so none of it can be in the copy.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !document.currentScript) return;
  var root = new URL("../../", document.currentScript.src); // assets/javascripts/ -> root

  // The new version waiting, if any; offered again on every page the person moves to
  // (instant navigation swaps the banner with the rest of the page).
  var waiting = null;
  function offerUpdate(worker) {
    waiting = worker || waiting;
    var banner = document.querySelector("[data-fss-update]");
    if (!waiting || !banner || !banner.hidden) return;
    banner.hidden = false;
    banner.querySelector("button").addEventListener("click", function () {
      waiting.postMessage("update");
    });
  }

  // The runtime is kept for offline use once a page with a tool has been shown.
  var active = null;
  var runtimeAsked = false;
  function keepRuntime() {
    if (runtimeAsked || !active || !document.querySelector("[data-fss-tool]")) return;
    runtimeAsked = true;
    active.postMessage("keep-runtime");
  }
  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(function () {
      offerUpdate(null);
      keepRuntime();
    });
  }

  // Registered once the page has loaded and the browser is idle, so that copying the site
  // never competes with the page itself (or with Python starting) for the network or the
  // processor.
  function register() {
    navigator.serviceWorker.register(new URL("fss-offline-worker.js", root), {
      scope: root.pathname,
    }).then(function (registration) {
      // A new version waits while this page uses the old one: offer to reload.
      if (registration.waiting && navigator.serviceWorker.controller) {
        offerUpdate(registration.waiting);
      }
      registration.addEventListener("updatefound", function () {
        var installing = registration.installing;
        installing.addEventListener("statechange", function () {
          if (installing.state === "installed" && navigator.serviceWorker.controller) {
            offerUpdate(installing);
          }
        });
      });
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      // The page shows how far the offline copy has got (data-fss-offline on <html>: "site",
      // then "ready" once a tool page's runtime is kept too), for people and tests to see.
      document.documentElement.dataset.fssOffline = "site";
      active = registration.active;
      keepRuntime();
    }, function () { /* no copy for offline use: the site works online as before */ });
  }
  // On a page with a tool, Python starts first (fss-tool.js shows how it went on <html
  // data-fss-python>); copying the site waits for it.
  function afterPython(then) {
    var html = document.documentElement;
    function settled() { return /^(ready|failed)$/.test(html.dataset.fssPython || ""); }
    if (!document.querySelector("[data-fss-tool]") || settled()) {
      then();
      return;
    }
    var watch = new MutationObserver(function () {
      if (!settled()) return;
      watch.disconnect();
      then();
    });
    watch.observe(html, { attributes: true, attributeFilter: ["data-fss-python"] });
  }
  function whenIdle() {
    afterPython(function () {
      if (window.requestIdleCallback) window.requestIdleCallback(register, { timeout: 3000 });
      else setTimeout(register, 0);
    });
  }
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle);

  navigator.serviceWorker.addEventListener("message", function (event) {
    if (event.data === "runtime-kept") document.documentElement.dataset.fssOffline = "ready";
  });

  var reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (reloading || !document.querySelector("[data-fss-update]:not([hidden])")) return;
    reloading = true;
    window.location.reload();
  });
})();
