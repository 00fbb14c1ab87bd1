/* Zielmonitor Dortmund: the page script, run once per page run (dashboard.components.page_chrome).
   (No angle brackets in this file: the HTML sanitizer drops a script whose text looks like markup.)
   Reads its settings from the last .zm-page-script element: data-lang (the page language for
   the html element), data-skip (the skip link's text in that language), data-region (the name of a table's scroll box), data-print-width (the paper's
   content width in CSS px). Keeps them applied while Streamlit redraws, and gives each chart and
   data grid a --zm-print-zoom so that print scales it to the paper instead of cutting it. */
(function () {
  var marks = document.querySelectorAll(".zm-page-script");
  var mark = marks[marks.length - 1];
  if (!mark) { return; }
  var lang = mark.dataset.lang || "de";
  var skip = mark.dataset.skip || "";
  var paper = Number(mark.dataset.printWidth) || 700;
  var region = mark.dataset.region || "";

  function apply() {
    if (document.documentElement.lang !== lang) { document.documentElement.lang = lang; }
    var link = document.querySelector('[data-testid="stSkipToContent"]');
    if (link && skip && link.textContent !== skip) { link.textContent = skip; }
    // a table wider than a phone scrolls in its own box: that box takes focus and has a name
    document.querySelectorAll('[data-testid="stTable"] > div').forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1 && !box.hasAttribute("tabindex")) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", region);
      }
    });
    document.querySelectorAll('.stPlotlyChart, [data-testid="stDataFrame"]').forEach(function (box) {
      var width = box.scrollWidth;
      if (width > 0) { box.style.setProperty("--zm-print-zoom", Math.min(1, paper / width).toFixed(3)); }
    });
  }

  var pending = false;
  function later() {
    if (pending) { return; }
    pending = true;
    window.setTimeout(function () { pending = false; apply(); }, 250);
  }
  apply();
  if (window.zmPageObserver) { window.zmPageObserver.disconnect(); }
  window.zmPageObserver = new MutationObserver(later);
  window.zmPageObserver.observe(document.body, {childList: true, subtree: true});
  window.zmApplyPage = apply;
  if (!window.zmPrintHook) {
    window.zmPrintHook = true;
    window.addEventListener("beforeprint", function () { window.zmApplyPage(); });
    window.addEventListener("resize", function () { window.zmApplyPage(); });
  }
})();
