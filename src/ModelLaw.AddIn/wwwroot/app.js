// ModelLaw task pane. Plain JavaScript, no framework, no build step, nothing from a CDN unless the page runs inside Office.
// Outside Office (a plain browser, the browser tests) the national text comes from a file picker; inside Word it is the open
// document (word.js). The pane's words come from i18n.js in Office's display language, else the browser's.
"use strict";

(() => {
  const { $, pick, asArray, lower, pct, el, setStatus, post } = window.ModelLawUtil;
  const I18n = window.ModelLawI18n;
  const { t } = I18n;
  const Word = window.ModelLawWord;
  const Tools = window.ModelLawTools;
  const UPLOAD = "__upload";
  const state = { inWord: false, comparison: null, coverage: null, inFlight: null, models: [], userPickedModel: false, index: null };

  // ---------- shipped models and catalogues ----------
  async function loadShipped() {
    const select = $("model-select");
    const catalogs = $("catalog-select");
    try {
      const r = await fetch("api/models", { headers: { Accept: "application/json" } });
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const listing = await r.json();
      state.models = asArray(pick(listing, "models", "Models"));
      select.replaceChildren();
      const group = el("optgroup", { label: t("shippedModels"), "data-i18n-label": "shippedModels" });
      for (const m of state.models) group.append(el("option", { value: m.id, text: optionText(m), title: `${m.title || m.id} (${m.fileName})` }));
      if (state.models.length) select.append(group);
      select.append(el("option", { value: UPLOAD, text: t("uploadModel"), "data-i18n": "uploadModel" }));
      select.value = state.models.length ? (modelIn(I18n.lang) || modelIn("en") || state.models[0]).id : UPLOAD;
      for (const c of asArray(pick(listing, "catalogs", "Catalogs")))
        catalogs.append(el("option", { value: c.id, text: c.version ? `${c.title} (v${c.version})` : c.title }));
      if (catalogs.options.length > 1) catalogs.selectedIndex = 1;
    } catch (e) {
      select.replaceChildren(el("option", { value: UPLOAD, text: t("uploadModel"), "data-i18n": "uploadModel" }));
      select.value = UPLOAD;
      setStatus(t("modelsFailed", { error: e.message }), true);
    }
    onModelChoice();
  }

  // "French · MODÈLE DE LOI…": the language first, so a title cut by a narrow select still names the model
  function optionText(m) {
    const lang = I18n.languages.concat(["zh"]).find((l) => m.id.split(/[.\-_]/).includes(l));
    return lang ? `${t(`languages.${lang}`)} · ${m.title || m.id}` : m.title || m.id;
  }

  // the shipped model in a language (ids carry it: "ai-ct-model-law.fr"), or undefined
  const modelIn = (lang) => lang && state.models.find((m) => m.id.split(/[.\-_]/).includes(lang));

  function onModelChoice() {
    $("model-upload").hidden = $("model-select").value !== UPLOAD;
  }

  // ---------- the national text and the model in its language ----------
  async function nationalText() {
    if (state.inWord) {
      setStatus(t("reading"));
      return { blob: await Word.getOpenDocument(), name: "open-document.docx" };
    }
    const f = $("national-file").files[0];
    if (!f) throw new Error(t("chooseNational"));
    return { blob: f, name: f.name };
  }

  // unless the drafter chose a model, the shipped model in the text's language (as the host detects it)
  async function matchModelTo(national) {
    const select = $("model-select");
    if (state.userPickedModel || select.value === UPLOAD || !state.models.length) return;
    const form = new FormData();
    form.append("national", national.blob, national.name);
    const detected = await (await post("api/detect", form)).json();
    const model = modelIn(detected.language);
    const hint = $("detected");
    if (!model) { hint.hidden = true; return; }
    select.value = model.id;
    hint.textContent = t("detected", { language: t(`languages.${detected.language}`) });
    hint.hidden = false;
  }

  // the forms of a run: compare (model + national), coverage (national + catalogue) when a catalogue is chosen
  async function buildForms({ model = true } = {}) {
    const national = await nationalText();
    const compare = new FormData();
    if (model) {
      await matchModelTo(national);
      const choice = $("model-select").value;
      if (choice === UPLOAD) {
        const f = $("model-file").files[0];
        if (!f) throw new Error(t("chooseModelFile"));
        compare.append("model", f, f.name);
      } else if (choice) compare.append("modelId", choice);
      else throw new Error(t("chooseModel"));
    }
    compare.append("national", national.blob, national.name);
    for (const box of compareSwitches()) if (box.checked) compare.append(box.name, "true");
    const catalog = $("catalog-select").value;
    let coverage = null;
    if (catalog) {
      coverage = new FormData();
      coverage.append("national", national.blob, national.name);
      coverage.append("catalogId", catalog);
    }
    return { compare, coverage, catalog, national };
  }

  // the compare settings of Word and LibreOffice (ignore case, punctuation, label style, placeholder brackets)
  const compareSwitches = () => document.querySelectorAll("#compare-options input[type=checkbox]");

  // ---------- run ----------
  function clearResults() {
    state.comparison = null;
    state.coverage = null;
    $("results").hidden = true;
    $("redline").disabled = true;
    $("insert-comments").disabled = true;
    Tools.clear();
  }

  async function run(event) {
    event.preventDefault();
    if (state.inFlight) state.inFlight.abort();
    const abort = new AbortController();
    state.inFlight = abort;
    $("run").disabled = true;
    try {
      const forms = await buildForms();
      setStatus(t("comparing"));
      const [cmp, cov] = await Promise.all([
        post("api/compare", forms.compare, abort.signal).then((r) => r.json()),
        forms.coverage ? post("api/coverage", forms.coverage, abort.signal).then((r) => r.json()) : Promise.resolve(null),
      ]);
      state.comparison = cmp;
      state.coverage = cov;
      render();
      // a text in another language than the model is compared across languages (ML0303): the pane says so
      const across = asArray(pick(cmp, "diagnostics")).some((d) => pick(d, "code") === "ML0303");
      setStatus(across
        ? t("doneAcross", { model: pick(pick(cmp, "model"), "language") || "?", national: pick(pick(cmp, "national"), "language") || "?" })
        : t("done"));
      $("redline").disabled = false;
      $("insert-comments").disabled = !state.inWord;
    } catch (e) {
      if (e.name === "AbortError") return;
      clearResults(); // results of an earlier run must not stand under an error about this one
      setStatus(e.message, true);
    } finally {
      if (state.inFlight === abort) state.inFlight = null;
      $("run").disabled = false;
    }
  }

  // ---------- reading the comparison JSON (`modellaw compare --format json`: links in reading order with id, parent, depth) ----------
  const citations = (v) => asArray(v).map((p) => (typeof p === "string" ? p : pick(p, "citation", "eId") || "")).filter(Boolean);
  const runsOf = (link) => asArray(pick(link, "diff")).map((r) => ({ op: lower(pick(r, "op")), text: pick(r, "text") || "" }));
  const newText = (runs) => runs.filter((r) => r.op !== "delete").map((r) => r.text).join("");

  function indexLinks(cmp) {
    const links = asArray(pick(cmp, "links"));
    const children = new Map();
    for (const l of links) {
      const parent = pick(l, "parent");
      if (parent === undefined) continue;
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent).push(l);
    }
    return { links, citations, childrenOf: (l) => children.get(pick(l, "id")) || [] };
  }

  function nationalTextOf(link) {
    const own = newText(runsOf(link)).trim();
    if (own) return own;
    for (const c of state.index.childrenOf(link)) {
      const x = nationalTextOf(c);
      if (x) return x;
    }
    return "";
  }

  function findLink(row) {
    const model = citations(pick(row, "model"))[0] || "";
    const national = citations(pick(row, "national"));
    const hit = (l) => (model ? citations(pick(l, "model")).includes(model) : national.length > 0 && citations(pick(l, "national")).includes(national[0]));
    // the shallowest link naming the row's provision: the article-level link of the concordance row
    return state.index.links.filter(hit).sort((a, b) => (pick(a, "depth") || 0) - (pick(b, "depth") || 0))[0];
  }

  const badge = (relation) => el("span", { class: `rel rel-${relation}`, text: t(`relation.${relation}`), "data-relation": relation });

  // ---------- rendering ----------
  function render() {
    const cmp = state.comparison;
    state.index = indexLinks(cmp);
    $("results").hidden = false;
    $("summary-docs").textContent = `${pick(pick(cmp, "model"), "title") || ""} → ${pick(pick(cmp, "national"), "title") || ""}`;
    const s = pick(cmp, "summary") || {};
    const tiles = [
      ["modelUnits", pick(s, "modelUnits")], ["verbatim", pick(s, "verbatim")], ["modified", pick(s, "modified")],
      ["moved", pick(s, "moved")], ["splitMerged", (pick(s, "split") || 0) + (pick(s, "merged") || 0)], ["omitted", pick(s, "omitted")],
      ["added", pick(s, "added")], ["kept", pct(pick(s, "modelTextKept"))],
    ];
    $("summary").replaceChildren(...tiles.map(([k, v]) => el("div", {}, el("dt", { text: t(k) }), el("dd", { text: v ?? "–" }))));

    const body = $("concordance").querySelector("tbody");
    body.replaceChildren();
    asArray(pick(cmp, "concordance")).forEach((row, i) => {
      const relation = lower(pick(row, "relation"));
      const open = () => selectRow(tr, row);
      const tr = el("tr", { "data-index": i, "data-relation": relation, tabindex: 0, onclick: open, onkeydown: (e) => { if (e.key === "Enter") open(); } },
        el("td", { class: "relation" }, badge(relation),
          relation === "omitted" || relation === "added" ? null : el("span", { class: "sim", text: pct(pick(row, "similarity")), title: t("similarity") })),
        el("td", { class: "cite model", text: citations(pick(row, "model")).join(", ") || "—" }),
        el("td", { class: "cite national", text: citations(pick(row, "national")).join(", ") || "—" }));
      body.append(tr);
    });
    $("concordance-hint").textContent = t(state.inWord ? "concordanceHintWord" : "concordanceHint");
    $("diff-card").hidden = true;
    window.ModelLawCoverage.render(state.coverage);
  }

  function selectRow(tr, row) {
    for (const r of tr.parentElement.children) r.classList.toggle("selected", r === tr);
    const link = findLink(row);
    renderDiff(row, link);
    if (state.inWord && link)
      Word.select(nationalTextOf(link)).then((hit) => { if (!hit) setStatus(t("notFound")); })
        .catch((e) => setStatus(t("selectFailed", { error: e.message }), true));
  }

  function renderDiff(row, link) {
    const box = $("diff");
    box.replaceChildren();
    $("diff-title").textContent = `${t("changes")}: ${citations(pick(row, "model")).join(", ") || "—"} → ${citations(pick(row, "national")).join(", ") || "—"}`;
    const blocks = [];
    const walk = (l) => {
      const runs = runsOf(l);
      const relation = lower(pick(l, "relation"));
      const head = el("div", { class: "diff-head" },
        `${citations(pick(l, "model")).join(", ") || "—"} → ${citations(pick(l, "national")).join(", ") || "—"} `, badge(relation));
      if (runs.some((r) => r.text.trim())) {
        blocks.push(el("div", { class: "diff-block" }, head,
          el("div", { class: "diff-text" }, runs.map((r) => (r.op === "insert" ? el("ins", { text: r.text }) : r.op === "delete" ? el("del", { text: r.text }) : r.text)))));
      } else if (relation === "omitted" || relation === "added") {
        blocks.push(el("div", { class: "diff-block" }, head, el("div", { class: "diff-only", text: t(relation === "omitted" ? "notTaken" : "notInModel") })));
      }
      for (const c of state.index.childrenOf(l)) walk(c);
    };
    if (link) walk(link);
    if (!blocks.length) blocks.push(el("p", { class: "diff-only", text: t(link ? "noChange" : "noDetails") }));
    box.append(...blocks);
    $("diff-card").hidden = false;
  }

  // ---------- comments ----------
  async function insertComments() {
    $("insert-comments").disabled = true;
    try {
      const placed = await Word.insertComments(Word.commentsFor(state.index, state.coverage, nationalTextOf, runsOf));
      setStatus(t("commentsInserted", { n: placed }));
    } catch (e) {
      setStatus(t("commentsFailed", { error: e.message }), true);
    } finally {
      $("insert-comments").disabled = false;
    }
  }

  // ---------- start ----------
  async function start() {
    I18n.choose(navigator.language);
    $("inputs").addEventListener("submit", run);
    $("model-select").addEventListener("change", () => { state.userPickedModel = true; $("detected").hidden = true; onModelChoice(); clearResults(); });
    $("model-file").addEventListener("change", clearResults);
    for (const box of compareSwitches()) box.addEventListener("change", clearResults);
    $("national-file").addEventListener("change", async () => {
      clearResults();
      const f = $("national-file").files[0];
      if (!f) return;
      try { await matchModelTo({ blob: f, name: f.name }); } catch (e) { setStatus(e.message, true); }
    });
    $("insert-comments").addEventListener("click", insertComments);
    Tools.init({ forms: buildForms, inWord: () => state.inWord });
    state.inWord = await Word.load();
    if (Word.displayLanguage()) I18n.choose(Word.displayLanguage());
    await loadShipped();
    if (state.inWord) {
      $("host-badge").dataset.i18n = "word";
      $("national-word").hidden = false;
      $("national-upload").hidden = true;
      $("insert-comments").hidden = false;
      $("redline").dataset.i18n = "openRedline";
      I18n.apply(document);
    }
    document.body.dataset.ready = "true";
  }

  document.addEventListener("DOMContentLoaded", start);
})();
