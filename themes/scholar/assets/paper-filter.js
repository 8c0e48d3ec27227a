// The publications' filter: narrows the list in place by year, topic and type. Each paper of the list carries
// data-paper-year, data-paper-tags (tag slugs) and data-paper-kind; a year heading, data-year-heading. Without
// JavaScript the form stays hidden and the year and topic pages are the way in.
(function () {
  "use strict";
  document.querySelectorAll("[data-paper-filter]").forEach(function (form) {
    var scope = form.parentElement;
    var papers = scope.querySelectorAll("[data-paper-year]");
    var headings = scope.querySelectorAll("[data-year-heading]");
    var status = form.querySelector(".filter-status");
    var reset = form.querySelector(".filter-reset");

    function value(name) {
      return form.elements[name] ? form.elements[name].value : "";
    }

    function apply() {
      var year = value("year"), tag = value("tag"), kind = value("type"), shown = 0;
      papers.forEach(function (paper) {
        var keep = (!year || paper.dataset.paperYear === year)
          && (!tag || (" " + paper.dataset.paperTags + " ").indexOf(" " + tag + " ") >= 0)
          && (!kind || paper.dataset.paperKind === kind);
        paper.hidden = !keep;
        shown += keep ? 1 : 0;
      });
      headings.forEach(function (heading) {
        heading.hidden = !scope.querySelector('[data-paper-year="' + heading.dataset.yearHeading + '"]:not([hidden])');
      });
      var narrowed = year || tag || kind;
      if (status) {
        status.textContent = !narrowed ? "" : shown === 0 ? "No paper matches." : shown + " of " + papers.length + " papers";
      }
      if (reset) {
        reset.hidden = !narrowed;
      }
    }

    form.hidden = false;
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    // The browser may bring back the choices when the reader returns to the page.
    window.addEventListener("pageshow", apply);
    apply();
  });
})();
