// fss-offline: keep a copy of this site's own files for use without a network, through
// the service worker tools/offline.py writes at build time, and say when a new version of
// the guide is ready. The copy holds the site's own files only: nothing typed into a page
// is ever sent in a request, so none of it can be in the copy.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !document.currentScript) return;
  var root = new URL("../../", document.currentScript.src); // assets/javascripts/ -> root

  function offerUpdate(worker) {
    var banner = document.querySelector("[data-fss-update]");
    if (!banner) return;
    banner.hidden = false;
    banner.querySelector("button").addEventListener("click", function () {
      worker.postMessage("update");
    });
  }

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
    if (document.querySelector("[data-fss-tool]")) registration.active.postMessage("keep-runtime");
  }, function () { /* no copy for offline use: the site works online as before */ });

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
