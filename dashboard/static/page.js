/* Zielmonitor Dortmund: the page script, run once per page run (dashboard.components.page_chrome).
   (No angle brackets in this file: the HTML sanitizer drops a script whose text looks like markup.)
   Reads its settings from the last .zm-page-script element: data-lang (the page language for
   the html element), data-skip (the skip link's text in that language), data-region (the name of a table's scroll box), data-print-width (the paper's
   content width in CSS px), data-labels (JSON: Streamlit's own English strings and their text in
   the page language, a {label} standing for any text; dashboard.components.framework_labels).
   Keeps them applied while Streamlit redraws: puts Streamlit's button names, tooltips and
   placeholders into the page language (never touching the app's own text: Markdown, HTML, tables),
   gives each chart and data grid a --zm-print-zoom so that print scales it to the paper
   instead of cutting it, and marks a container keyed zm-lang-en-… as written in English (lang). */
(function () {
  var marks = document.querySelectorAll(".zm-page-script");
  var mark = marks[marks.length - 1];
  if (!mark) { return; }
  var lang = mark.dataset.lang || "de";
  var skip = mark.dataset.skip || "";
  var paper = Number(mark.dataset.printWidth) || 700;
  var region = mark.dataset.region || "";
  var exact = {};
  var patterns = [];
  var HOLE = /\{\w+\}/;
  var OWN_TEXT = '[data-testid="stMarkdownContainer"], [data-testid="stHtml"], [data-testid="stText"], ' +
    '[data-testid="stCode"], [data-testid="stTable"], .zm-page-script, svg, script, style';
  var TOOLTIP = '[data-testid="stTooltipContent"]';  // Streamlit writes its own tooltips as Markdown too
  var ATTRIBUTES = ["aria-label", "title", "placeholder"];

  function own(el) { return !!el.closest(OWN_TEXT) && !el.closest(TOOLTIP); }
  // a {date} hole holds an English date ("November 30, 2026"), a {month} hole a month
  // ("November 2026"): written in the page language by the browser's own names (Intl)
  var HOLE_FORMATS = {"{date}": {day: "numeric", month: "long", year: "numeric"},
                      "{month}": {month: "long", year: "numeric"}};
  function filled(pattern, text) {
    var format = HOLE_FORMATS[pattern.hole];
    if (!format || isNaN(Date.parse(text))) { return text; }
    return new Date(Date.parse(text)).toLocaleDateString(lang, format);
  }

  // Streamlit's calendar (react-aria, always English): weekday letters, day names for screen
  // readers and month names in the page language, from the dates the calendar itself gives
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"];
  var DAY = /([A-Z][a-z]+day, )?([A-Z][a-z]+ \d{1,2}, \d{4})/;
  function dayOf(label) {
    var found = DAY.exec(label || "");
    return found && !isNaN(Date.parse(found[2])) ? {found: found, day: new Date(Date.parse(found[2]))} : null;
  }
  function localDayLabel(el) {
    var parsed = dayOf(el.getAttribute("aria-label"));
    if (!parsed) { return; }
    var format = {day: "numeric", month: "long", year: "numeric"};
    if (parsed.found[1]) { format.weekday = "long"; }
    el.setAttribute("aria-label", el.getAttribute("aria-label").replace(
      parsed.found[0], parsed.day.toLocaleDateString(lang, format)));
  }
  function localMonthNames(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var month = MONTHS.indexOf(node.nodeValue.trim());
      var name = month === -1 ? null : new Date(2026, month, 1).toLocaleDateString(lang, {month: "long"});
      if (name && node.nodeValue !== name) { node.nodeValue = name; }  // unchanged: no new mutation
    }
  }
  function localiseCalendar() {
    var calendar = document.querySelector('[data-testid="stDateInputCalendar"]');
    if (lang === "en" || !calendar) { return; }
    var weeks = Array.prototype.slice.call(calendar.querySelectorAll("tbody tr"));
    calendar.querySelectorAll("thead th").forEach(function (cell, column) {
      var parsed = null;  // the weekday of this column: from any day of it the calendar labels
      weeks.some(function (week) {
        var day = week.children[column] && week.children[column].querySelector("[aria-label]");
        parsed = day && dayOf(day.getAttribute("aria-label"));
        return !!parsed;
      });
      var name = parsed && parsed.day.toLocaleDateString(lang, {weekday: "narrow"});
      if (name && cell.textContent !== name) { cell.textContent = name; }
    });
    calendar.querySelectorAll('[role="gridcell"] [aria-label]').forEach(localDayLabel);
    localMonthNames(calendar);
    document.querySelectorAll('[role="listbox"]').forEach(localMonthNames);
  }

  function quote(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }
  try {
    var labels = JSON.parse(mark.dataset.labels || "{}");
    Object.keys(labels).forEach(function (english) {
      var parts = english.split(HOLE);
      if (parts.length === 1) { exact[english] = labels[english]; return; }
      patterns.push({match: new RegExp("^" + quote(parts[0]) + "(.+)" + quote(parts[1]) + "$"),
                     hole: english.match(HOLE)[0], text: labels[english]});
    });
  } catch (err) { exact = {}; patterns = []; }

  // the page language's text for one of Streamlit's English strings, or null
  function translated(text) {
    var key = text.trim();
    if (!key) { return null; }
    var result = null;
    if (Object.prototype.hasOwnProperty.call(exact, key)) { result = exact[key]; }
    patterns.forEach(function (pattern) {
      var found = result === null ? pattern.match.exec(key) : null;
      if (found) { result = pattern.text.split(HOLE).join(filled(pattern, found[1])); }
    });
    return result === null ? null : text.split(key).join(result);
  }

  function translateFramework() {
    if (!patterns.length && !Object.keys(exact).length) { return; }
    ATTRIBUTES.forEach(function (name) {
      document.querySelectorAll("[" + name + "]").forEach(function (el) {
        var text = translated(el.getAttribute(name));
        if (text !== null && !own(el)) { el.setAttribute(name, text); }
      });
    });
    var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var text = translated(node.nodeValue);
      if (text !== null && node.parentElement && !own(node.parentElement)) { node.nodeValue = text; }
    }
  }

  function apply() {
    if (document.documentElement.lang !== lang) { document.documentElement.lang = lang; }
    // a part written in English on a page in another language says so (WCAG 3.1.2)
    document.querySelectorAll('[class*="st-key-zm-lang-en"]').forEach(function (box) {
      if (box.lang !== "en") { box.lang = "en"; }
    });
    var link = document.querySelector('[data-testid="stSkipToContent"]');
    if (link && skip && link.textContent !== skip) { link.textContent = skip; }
    localiseCalendar();
    translateFramework();
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
  window.zmPageObserver.observe(document.body, {childList: true, subtree: true, characterData: true,
                                                attributes: true, attributeFilter: ATTRIBUTES});
  window.zmApplyPage = apply;
  if (!window.zmPrintHook) {
    window.zmPrintHook = true;
    window.addEventListener("beforeprint", function () { window.zmApplyPage(); });
    window.addEventListener("resize", function () { window.zmApplyPage(); });
  }
})();
