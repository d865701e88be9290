namespace ModelLaw.Writing.Html;

/// <summary>The inline stylesheet and script of the report (kept here so the report needs no file or network).</summary>
internal static class ReportAssets
{
    // colours checked for WCAG AA contrast (4.5:1) of their text on their background
    public const string Css = """
:root { --fg:#1b1f24; --muted:#4a525c; --line:#c9d1d9; --bg:#ffffff; --soft:#f4f6f8; --accent:#0b5cad;
  --ins-bg:#dcf5dc; --ins-fg:#0a3d0a; --del-bg:#fde0df; --del-fg:#7a0c0c; }
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; color: var(--fg); background: var(--bg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, select:focus-visible, summary:focus-visible, main:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0; background: var(--fg); color: #fff; padding: .5em 1em; z-index: 10; }
.skip:focus { left: 1em; }
header.page, main, footer.page, nav { max-width: 1280px; margin: 0 auto; padding: 0 1.25rem; }
header.page { padding-top: 1.25rem; }
h1 { font-size: 1.6rem; margin: .2em 0 .3em; }
h2 { font-size: 1.3rem; margin: 1.6em 0 .5em; border-bottom: 2px solid var(--line); padding-bottom: .2em; }
h3 { font-size: 1.08rem; margin: 1.2em 0 .4em; }
nav ul { list-style: none; padding: 0; margin: .5em 0 0; display: flex; flex-wrap: wrap; gap: .4em 1.2em; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }
caption { text-align: left; color: var(--muted); font-size: .9em; padding: .2em 0; }
th, td { border: 1px solid var(--line); padding: .35em .55em; vertical-align: top; text-align: left; }
thead th { background: var(--soft); }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.none { color: var(--muted); }
.meta, .diag { color: var(--muted); margin: .2em 0; }
figure.chart { margin: .8em 0 1.2em; }
figcaption { color: var(--muted); font-size: .9em; }
svg text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif; fill: var(--fg); }
svg .grid { stroke: #d0d7de; stroke-width: 1; }
svg .axis { fill: var(--muted); font-size: 12px; }
svg .bar { fill: #0b5cad; }
svg .value { font-weight: 600; }
.cell.covered rect { fill: #1a6b34; } .cell.covered text { fill: #ffffff; }
.cell.partial rect { fill: #f2c14e; } .cell.partial text { fill: #1b1f24; }
.cell.absent rect { fill: #a61b1b; } .cell.absent text { fill: #ffffff; }
.cell.na rect { fill: #e6e9ed; } .cell.na text { fill: #4a525c; }
td.st.covered { background: #1a6b34; color: #fff; } td.st.partial { background: #f2c14e; } td.st.absent { background: #a61b1b; color: #fff; }
.filters { position: sticky; top: 0; background: var(--bg); z-index: 5; padding: .2em 0 .3em; border-bottom: 1px solid var(--line);
  display: flex; flex-wrap: wrap; align-items: center; gap: .1em 1.4em; }
.filters h2 { border: 0; margin: .3em 0; font-size: 1.05rem; }
h2[id], h3[id], section[id] { scroll-margin-top: 6.5rem; }
.group { display: flex; flex-wrap: wrap; align-items: center; gap: .35em; margin: .3em 0; }
.group-label { font-weight: 600; margin-right: .3em; }
button.rel, button.reset { font: inherit; font-size: .9em; padding: .2em .7em; border-radius: 999px; border: 2px solid var(--line); background: #fff; color: var(--fg); cursor: pointer; }
button.rel[aria-pressed="true"] { border-color: var(--fg); font-weight: 700; box-shadow: inset 0 0 0 1px var(--fg); }
button.rel:disabled { opacity: .55; cursor: default; }
select { font: inherit; padding: .15em .4em; }
#filter-status { margin: .2em 0; color: var(--muted); font-size: .9em; }
.badge { display: inline-block; padding: 0 .5em; border-radius: 3px; font-size: .82em; font-weight: 600; border: 1px solid transparent; }
.rel-identical, .rel-equivalent { background: #e6f0fa; color: #0b3d6b; }
.rel-modified { background: #fff1c2; color: #5a4300; }
.rel-renumbered { background: #ece2fb; color: #3d1a78; }
.rel-moved { background: #dff3f7; color: #0a4a57; }
.rel-split, .rel-merged { background: #fbe5d6; color: #6b2e06; }
.rel-omitted { background: var(--del-bg); color: var(--del-fg); }
.rel-added { background: var(--ins-bg); color: var(--ins-fg); }
table.sbs { table-layout: fixed; }
table.sbs col.half { width: 50%; }
table.sbs td p { margin: .15em 0; }
table.sbs p.h { font-weight: 700; }
table.sbs p.d1 { padding-left: 1.2em; } table.sbs p.d2 { padding-left: 2.4em; } table.sbs p.d3, table.sbs p.d4, table.sbs p.d5 { padding-left: 3.6em; }
table.sbs .num { font-weight: 600; }
table.sbs .sep { color: var(--muted); font-weight: 400; }
table.sbs tr.division td { background: var(--soft); text-align: center; text-transform: uppercase; letter-spacing: .03em; }
.rowhead { float: right; margin-left: .6em; }
[dir="rtl"] .rowhead { float: left; margin-left: 0; margin-right: .6em; }
[dir="rtl"] caption, [dir="rtl"] th, [dir="rtl"] td { text-align: right; }
[dir="rtl"] table.sbs p.d1 { padding-left: 0; padding-right: 1.2em; } [dir="rtl"] table.sbs p.d2 { padding-left: 0; padding-right: 2.4em; }
[dir="rtl"] table.sbs p.d3, [dir="rtl"] table.sbs p.d4, [dir="rtl"] table.sbs p.d5 { padding-left: 0; padding-right: 3.6em; }
.note { color: var(--muted); font-size: .85em; margin: .1em 0 .3em; }
.sim { color: var(--muted); font-size: .82em; }
ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: underline; text-decoration-thickness: 1px; }
del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; }
tr[hidden] { display: none; }
footer.page { color: var(--muted); font-size: .85em; margin-top: 2em; padding-bottom: 2em; }
@media print {
  body { font-size: 10pt; }
  nav, .filters, .skip { display: none; }
  header.page, main, footer.page { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr, figure { break-inside: avoid; }
  details > :not(summary) { display: block; }
  ins, del, .badge, .cell rect, td.st { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto; } }

""";

    public const string Script = """
(function () {
  'use strict';
  var buttons = Array.prototype.slice.call(document.querySelectorAll('button[data-filter-relation]'));
  var reset = document.querySelector('button[data-filter-reset]');
  var select = document.getElementById('filter-principle');
  var status = document.getElementById('filter-status');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-relation]'));
  function active() {
    var set = {};
    buttons.forEach(function (b) { if (b.getAttribute('aria-pressed') === 'true') set[b.getAttribute('data-filter-relation')] = true; });
    return set;
  }
  function apply() {
    var rel = active();
    var any = Object.keys(rel).length > 0;   // no relation pressed: every relation is shown
    var principle = select ? select.value : '';
    var shown = 0;
    rows.forEach(function (r) {
      var ok = (!any || rel[r.getAttribute('data-relation')] === true) &&
        (principle === '' || (' ' + (r.getAttribute('data-principles') || '') + ' ').indexOf(' ' + principle + ' ') >= 0);
      r.hidden = !ok;
      if (ok) shown++;
    });
    if (status) status.textContent = 'Showing ' + shown + ' of ' + rows.length + ' rows.';
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () {
      b.setAttribute('aria-pressed', b.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
      apply();
    });
  });
  if (reset) reset.addEventListener('click', function () {
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
    if (select) select.value = '';
    apply();
  });
  if (select) select.addEventListener('change', apply);
  apply();
})();

""";
}
