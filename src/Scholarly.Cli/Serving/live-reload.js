// Injected by `scholarly serve` only (never written to the site): reloads the page after every successful rebuild
// (the page of an edited paper as soon as the rebuild has made it),
// and shows a build's errors over the page until the files are fixed.
(function () {
  "use strict";
  var overlayId = "scholarly-build-errors";

  function showErrors(text) {
    var overlay = document.getElementById(overlayId);
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = overlayId;
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(20,0,0,.88);color:#fff;" +
        "font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:32px;overflow:auto;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "The site could not be rebuilt; the page shows the last good build.\n\n" + text +
      "\n\nFix the file and save: the page reloads by itself.";
  }

  // Whether this page is one of the addresses given, one per line ("/papers/p/"; a folder is its index.html).
  function isHere(addresses) {
    var here = window.location.pathname.replace(/index\.html$/, "");
    return addresses.split("\n").indexOf(here) >= 0;
  }

  var events = new EventSource("/__scholarly/events");
  // An edited paper's page comes ahead of the rest of the rebuild; the pages that show it already reload with it.
  events.addEventListener("page", function (event) {
    if (isHere(event.data)) {
      window.location.reload();
    }
  });
  events.addEventListener("reload", function (event) {
    if (event.data === "" || !isHere(event.data)) {
      window.location.reload();
    }
  });
  events.addEventListener("failed", function (event) {
    showErrors(event.data);
  });
})();
