// The CV's "Print or save as PDF" button: shown only where a script can print (without one the browser's own
// Print menu does the same, with the same print stylesheet).
for (const button of document.querySelectorAll("[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
