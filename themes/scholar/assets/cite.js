// "Copy BibTeX": copies the entry with the Clipboard API where the page may use it (https, localhost);
// elsewhere (file://, plain http) it selects the text and asks the browser to copy the selection, and if even
// that is refused, leaves the entry selected with a hint to press Ctrl+C.
(function () {
  "use strict";

  function selectContents(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return selection;
  }

  function copyBySelection(element) {
    var selection = selectContents(element);
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (e) {
      copied = false;
    }
    if (copied) {
      selection.removeAllRanges();
    }
    return copied;
  }

  document.querySelectorAll("[data-copy-target]").forEach(function (button) {
    var target = document.getElementById(button.getAttribute("data-copy-target"));
    if (!target) {
      return;
    }
    var label = button.textContent;
    button.hidden = false;

    function report(copied) {
      button.textContent = copied ? "Copied" : "Selected: press Ctrl+C";
      button.classList.toggle("copied", copied);
      window.setTimeout(function () {
        button.textContent = label;
        button.classList.remove("copied");
      }, 2000);
    }

    button.addEventListener("click", function () {
      var text = target.textContent;
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () {
          report(true);
        }, function () {
          report(copyBySelection(target));
        });
      } else {
        report(copyBySelection(target));
      }
    });
  });
})();
