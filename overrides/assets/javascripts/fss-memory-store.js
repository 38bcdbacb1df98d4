// fss-memory-store: Material for MkDocs keeps small preferences (colour scheme, open
// tabs) through the globals __md_get and __md_set, which normally write localStorage or
// sessionStorage. This site writes nothing to browser storage: the same globals keep
// values in memory for the life of the page. Loaded before the theme's bundle.
(function () {
  "use strict";
  var memory = new Map();
  var scope = new URL(".", document.currentScript.src);
  scope = new URL("../..", scope); // assets/javascripts/ -> the site's root
  window.__md_scope = scope;
  window.__md_hash = function (text) {
    return Array.from(text).reduce(function (hash, ch) {
      return ((hash << 5) - hash + ch.charCodeAt(0)) | 0;
    }, 0);
  };
  window.__md_get = function (key) {
    return memory.has(key) ? JSON.parse(memory.get(key)) : null;
  };
  window.__md_set = function (key, value) {
    memory.set(key, JSON.stringify(value));
  };
})();
