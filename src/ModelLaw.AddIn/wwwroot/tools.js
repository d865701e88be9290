// The drafting tools of the pane, each a host endpoint: the draft checks (POST /api/lint), the amending act
// (POST /api/amend, text to read and JSON to apply), the comparative table (POST /api/table, .docx) and the HTML
// report (POST /api/report); and the redline (POST /api/redline). Each clears what it showed before when it fails.
"use strict";

(() => {
  const { $, el, setStatus, post, fileNameOf, download, lower } = window.ModelLawUtil;
  const { t } = window.ModelLawI18n;
  let pane = null; // { forms(options) → { compare, national, catalog }, inWord() → bool }
  let act = null;  // the last amending act: { text, forms } for the JSON download

  async function busy(button, message, work) {
    button.disabled = true;
    setStatus(message);
    try {
      await work();
    } catch (e) {
      setStatus(e.message, true);
      return false;
    } finally {
      button.disabled = false;
    }
    return true;
  }

  function lint() {
    const card = $("lint-card");
    return busy($("lint"), t("linting"), async () => {
      card.hidden = true;
      const forms = await pane.forms({ model: false });
      const form = new FormData();
      form.append("national", forms.national.blob, forms.national.name);
      const report = await (await post("api/lint", form)).json();
      const findings = report.findings || [];
      const infos = findings.length - report.errors - report.warnings;
      $("lint-summary").textContent = findings.length ? t("lintSummary", { errors: report.errors, warnings: report.warnings, infos }) : t("lintClean");
      $("lint-findings").replaceChildren(...findings.map((f) => el("li", { "data-severity": lower(f.severity), "data-code": f.code },
        el("span", { class: `sev sev-${lower(f.severity)}`, text: t(`severity.${lower(f.severity)}`) }), " ",
        el("strong", { text: f.citation || "" }), " ", f.message,
        el("span", { class: "code", text: ` ${f.code}${f.line ? ` · ${f.line}` : ""}` }))));
      card.hidden = false;
      setStatus(findings.length ? $("lint-summary").textContent : t("done"));
    });
  }

  function amend() {
    const card = $("amend-card");
    return busy($("amend"), t("writingAct"), async () => {
      card.hidden = true;
      act = null;
      const forms = await pane.forms({ model: true });
      const text = await (await post("api/amend?format=text", forms.compare)).text();
      act = { text, forms };
      const count = (text.match(/^\d+\) /gm) || []).length;
      $("amend-summary").textContent = t("instructions", { n: count });
      $("amend-body").textContent = text;
      card.hidden = false;
      setStatus(t("done"));
    });
  }

  function baseName(forms) {
    return forms.national.name.replace(/\.[^.]+$/, "");
  }

  function amendDownload(format) {
    if (!act) return Promise.resolve();
    const button = $(format === "json" ? "amend-json" : "amend-text");
    return busy(button, t("writingAct"), async () => {
      if (format === "text") {
        const name = `${baseName(act.forms)}.amendments.txt`;
        download(new Blob([act.text], { type: "text/plain;charset=utf-8" }), name);
        setStatus(t("downloaded", { name }));
        return;
      }
      const r = await post("api/amend?format=json", act.forms.compare);
      const name = fileNameOf(r, `${baseName(act.forms)}.amendments.json`);
      download(await r.blob(), name);
      setStatus(t("downloaded", { name }));
    });
  }

  // a .docx opens as a new document in Word and downloads in a browser
  async function deliver(r, fallback) {
    const blob = await r.blob();
    const name = fileNameOf(r, fallback);
    if (pane.inWord() && /\.docx$/i.test(name)) {
      await window.ModelLawWord.open(blob);
      setStatus(t("openedInWord", { what: name }));
    } else {
      download(blob, name);
      setStatus(t("downloaded", { name }));
    }
  }

  function table() {
    return busy($("table"), t("writingTable"), async () => {
      const forms = await pane.forms({ model: true });
      await deliver(await post("api/table", forms.compare), `${baseName(forms)}.table.docx`);
    });
  }

  function redline() {
    return busy($("redline"), t("writingRedline"), async () => {
      const forms = await pane.forms({ model: true });
      if (forms.catalog) forms.compare.append("catalogId", forms.catalog); // the redline's comments name covered and missing principles
      await deliver(await post("api/redline", forms.compare), `${baseName(forms)}.redline.docx`);
    });
  }

  function report() {
    return busy($("report"), t("writingReport"), async () => {
      const forms = await pane.forms({ model: true });
      if (forms.catalog) forms.compare.append("catalogId", forms.catalog);
      await deliver(await post("api/report", forms.compare), `${baseName(forms)}.report.html`);
    });
  }

  // hides what the tools showed (a new run or an error makes it stale)
  function clear() {
    $("lint-card").hidden = true;
    $("amend-card").hidden = true;
    act = null;
  }

  function init(api) {
    pane = api;
    $("lint").addEventListener("click", lint);
    $("amend").addEventListener("click", amend);
    $("amend-text").addEventListener("click", () => amendDownload("text"));
    $("amend-json").addEventListener("click", () => amendDownload("json"));
    $("table").addEventListener("click", table);
    $("report").addEventListener("click", report);
    $("redline").addEventListener("click", redline);
  }

  window.ModelLawTools = { init, clear };
})();
