// The presenter view of a training scenario (overrides/presenter.html): one slide at a time.
// The page holds every slide in order and reads as one page without this script. With it,
// all but the current slide are hidden, the model answer waits for its key or button, and
// the slide number is announced in a polite live region. Keys: Right, Page Down or Space
// next; Left, Page Up or Shift+Space back; Home and End; A shows (or hides) the model
// answer. Nothing is written to storage or to the address: reloading starts again.
(function () {
  "use strict";

  function Presenter(root) {
    this.root = root;
    this.slides = Array.prototype.slice.call(root.querySelectorAll("[data-fss-slide]"));
    this.status = root.querySelector("[data-fss-present-status]");
    this.current = 0;
    var self = this;
    root.querySelector("[data-fss-present-controls]").hidden = false;
    root.querySelectorAll("[data-fss-present-go]").forEach(function (button) {
      button.addEventListener("click", function () {
        self.go(self.current + (button.dataset.fssPresentGo === "next" ? 1 : -1));
      });
    });
    this.slides.forEach(function (slide) {
      var button = slide.querySelector("[data-fss-reveal]");
      if (!button) return;
      button.hidden = false;
      button.addEventListener("click", function () { self.reveal(slide); });
      self.showAnswer(slide, false);
    });
    root.dataset.fssPresent = "live";
    this.go(0, false);
    document.addEventListener("keydown", function (event) { self.key(event); });
  }

  Presenter.prototype.showAnswer = function (slide, shown) {
    var button = slide.querySelector("[data-fss-reveal]");
    var answer = slide.querySelector("[data-fss-answer]");
    if (!button || !answer) return;
    answer.hidden = !shown;
    button.setAttribute("aria-expanded", shown ? "true" : "false");
    button.firstChild.textContent = shown ? "Hide the model answer " : "Show the model answer ";
  };

  Presenter.prototype.reveal = function (slide) {
    var answer = slide.querySelector("[data-fss-answer]");
    if (!answer) return;
    var shown = answer.hidden;
    this.showAnswer(slide, shown);
    this.announce("Slide " + (this.current + 1) + " of " + this.slides.length + ": " +
                  (shown ? "model answer shown." : "model answer hidden."));
  };

  Presenter.prototype.announce = function (words) {
    this.status.textContent = words;
  };

  Presenter.prototype.go = function (index, focus) {
    if (index < 0 || index >= this.slides.length) return;
    this.current = index;
    this.slides.forEach(function (slide, n) { slide.hidden = n !== index; });
    var slide = this.slides[index];
    this.root.dataset.fssPresentSlide = String(index + 1); // for tests to wait on
    var heading = slide.querySelector("h2");
    this.announce("Slide " + (index + 1) + " of " + this.slides.length +
                  (heading ? ": " + heading.textContent : ""));
    if (focus !== false) slide.focus();
  };

  Presenter.prototype.key = function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    var control = target instanceof Element && target.closest("a, button, input, select, textarea, summary");
    var key = event.key;
    var step = 0;
    if (key === "ArrowRight" || key === "PageDown" || (key === " " && !event.shiftKey)) step = 1;
    else if (key === "ArrowLeft" || key === "PageUp" || (key === " " && event.shiftKey)) step = -1;
    if (key === " " && control) return; // Space presses the button or link that has focus
    if (step) {
      event.preventDefault();
      this.go(this.current + step);
    } else if (key === "Home" || key === "End") {
      event.preventDefault();
      this.go(key === "Home" ? 0 : this.slides.length - 1);
    } else if (key === "a" || key === "A") {
      event.preventDefault();
      this.reveal(this.slides[this.current]);
    }
  };

  function start() {
    document.querySelectorAll("[data-fss-present]").forEach(function (root) {
      if (!root.fssPresenter) root.fssPresenter = new Presenter(root);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
