// The light/dark toggle: flips the colour scheme and remembers the choice in localStorage.
// The inline script in the page head applies the remembered choice before the first paint;
// without JavaScript the button stays hidden and the page follows the system's preference.
(function () {
  "use strict";
  var key = "scholarly-color-scheme";
  var root = document.documentElement;
  var buttons = document.querySelectorAll("[data-color-scheme-toggle]");

  function current() {
    var chosen = root.dataset.colorScheme;
    if (chosen === "light" || chosen === "dark") {
      return chosen;
    }
    return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  function describe(button) {
    var dark = current() === "dark";
    button.setAttribute("aria-pressed", dark ? "true" : "false");
    button.setAttribute("aria-label", dark ? "Switch to light mode" : "Switch to dark mode");
  }

  buttons.forEach(function (button) {
    button.hidden = false;
    describe(button);
    button.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      root.dataset.colorScheme = next;
      try {
        localStorage.setItem(key, next);
      } catch (e) {
        // Storage can be disabled; the toggle still works for this page.
      }
      buttons.forEach(describe);
    });
  });
})();
