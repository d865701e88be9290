// ModelLaw task pane. Plain JavaScript, no framework, no build step, nothing from a CDN unless the page runs inside Office.
// Outside Office (a plain browser, the browser tests) the national text comes from a file picker; inside Word it is the open
// document, read with Office.context.document.getFileAsync(Office.FileType.Compressed), and results can be sent back to
// the document (select a provision, insert comments, open the redline).
"use strict";

(() => {
  const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
  const UPLOAD = "__upload";
  const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  const $ = (id) => document.getElementById(id);
  const state = { inWord: false, comparison: null, coverage: null, inFlight: null };

  // ---------- Office detection: load Office.js only when asked to (manifest URL has ?office=1) or when Office hosts us ----------
  function officeRequested() {
    const q = new URLSearchParams(window.location.search);
    return q.has("office") || q.has("_host_Info") || typeof window.Office !== "undefined";
  }

  function loadOffice() {
    return new Promise((resolve) => {
      if (!officeRequested()) return resolve(false);
      const ready = () => window.Office.onReady((info) => resolve(!!info && info.host === window.Office.HostType.Word));
      if (window.Office) return ready();
      const s = document.createElement("script");
      s.src = OFFICE_JS;
      s.onload = ready;
      s.onerror = () => resolve(false); // offline or blocked: the page stays usable with the file picker
      document.head.appendChild(s);
    });
  }

  // ---------- small helpers ----------
  const pick = (o, ...names) => { for (const n of names) if (o && o[n] !== undefined && o[n] !== null) return o[n]; return undefined; };
  const asArray = (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
  const lower = (v) => String(v ?? "").toLowerCase();
  const pct = (v) => (typeof v === "number" ? `${Math.round(v * 100)}%` : "");

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) if (c !== undefined && c !== null && c !== false) e.append(c instanceof Node ? c : String(c));
    return e;
  }

  function setStatus(text, isError) {
    const s = $("status");
    s.textContent = text || "";
    s.classList.toggle("error", !!isError);
  }

  async function problemText(response) {
    try {
      const p = await response.json();
      return [p.title, p.detail].filter(Boolean).join(": ") || `HTTP ${response.status}`;
    } catch {
      return `HTTP ${response.status} ${response.statusText}`;
    }
  }

  // ---------- shipped models and catalogues ----------
  async function loadShipped() {
    const select = $("model-select");
    const catalogs = $("catalog-select");
    try {
      const r = await fetch("api/models", { headers: { Accept: "application/json" } });
      if (!r.ok) throw new Error(await problemText(r));
      const listing = await r.json();
      select.replaceChildren();
      const models = asArray(pick(listing, "models", "Models"));
      const group = el("optgroup", { label: "Shipped model laws" });
      for (const m of models) group.append(el("option", { value: m.id, text: m.title || m.id, title: m.fileName }));
      if (models.length) select.append(group);
      select.append(el("option", { value: UPLOAD, text: "Upload a model law…" }));
      select.value = models.length ? preferredModel(models).id : UPLOAD;
      for (const c of asArray(pick(listing, "catalogs", "Catalogs"))) {
        catalogs.append(el("option", { value: c.id, text: c.version ? `${c.title} (v${c.version})` : c.title }));
      }
      if (catalogs.options.length > 1) catalogs.selectedIndex = 1;
    } catch (e) {
      select.replaceChildren(el("option", { value: UPLOAD, text: "Upload a model law…" }));
      select.value = UPLOAD;
      setStatus(`Could not list the shipped models (${e.message}); upload one instead.`, true);
    }
    onModelChoice();
  }

  // the model in the user's language when the corpus has one (ids carry the language: "ai-ct-model-law.fr"), else the first
  function preferredModel(models) {
    const lang = lower((window.Office && Office.context && Office.context.displayLanguage) || navigator.language || "").split("-")[0];
    const inLanguage = (m) => lang && m.id.split(/[.\-_]/).includes(lang);
    return models.find(inLanguage) || models.find((m) => m.id.split(/[.\-_]/).includes("en")) || models[0];
  }

  function onModelChoice() {
    $("model-upload").hidden = $("model-select").value !== UPLOAD;
  }

  // ---------- the national text: the open Word document, or a file ----------
  function getOpenDocument() {
    return new Promise((resolve, reject) => {
      Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 4 * 1024 * 1024 }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return reject(new Error(result.error.message));
        const file = result.value;
        const parts = [];
        const next = (i) => {
          if (i === file.sliceCount) {
            file.closeAsync();
            return resolve(new Blob(parts, { type: DOCX }));
          }
          file.getSliceAsync(i, (slice) => {
            if (slice.status !== Office.AsyncResultStatus.Succeeded) {
              file.closeAsync();
              return reject(new Error(slice.error.message));
            }
            parts.push(new Uint8Array(slice.value.data));
            next(i + 1);
          });
        };
        next(0);
      });
    });
  }

  // The forms of a run: `compare` (model + national) and, when a catalogue is chosen, `coverage` (national + catalogue;
  // the model is left out because the shipped models carry no principle tags, so it would only cost a second comparison).
  async function buildForms() {
    const compare = new FormData();
    const modelChoice = $("model-select").value;
    if (modelChoice === UPLOAD) {
      const f = $("model-file").files[0];
      if (!f) throw new Error("Choose the model law file.");
      compare.append("model", f, f.name);
    } else if (modelChoice) {
      compare.append("modelId", modelChoice);
    } else {
      throw new Error("Choose a model law.");
    }
    let national, name;
    if (state.inWord) {
      national = await getOpenDocument();
      name = "open-document.docx";
    } else {
      national = $("national-file").files[0];
      if (!national) throw new Error("Choose the national text file.");
      name = national.name;
    }
    compare.append("national", national, name);
    let coverage = null;
    const catalog = $("catalog-select").value;
    if (catalog) {
      coverage = new FormData();
      coverage.append("national", national, name);
      coverage.append("catalogId", catalog);
    }
    return { compare, coverage, catalog };
  }

  async function post(path, form, signal) {
    const r = await fetch(path, { method: "POST", body: form, signal });
    if (!r.ok) throw new Error(await problemText(r));
    return r;
  }

  // ---------- run ----------
  async function run(event) {
    event.preventDefault();
    if (state.inFlight) state.inFlight.abort();
    const abort = new AbortController();
    state.inFlight = abort;
    $("run").disabled = true;
    setStatus(state.inWord ? "Reading the open document…" : "Comparing…");
    try {
      const forms = await buildForms();
      setStatus("Comparing…");
      const [cmp, cov] = await Promise.all([
        post("api/compare", forms.compare, abort.signal).then((r) => r.json()),
        forms.coverage ? post("api/coverage", forms.coverage, abort.signal).then((r) => r.json()) : Promise.resolve(null),
      ]);
      state.comparison = cmp;
      state.coverage = cov;
      render();
      setStatus("Done.");
      $("redline").disabled = false;
      $("insert-comments").disabled = !state.inWord;
    } catch (e) {
      if (e.name !== "AbortError") setStatus(e.message, true);
    } finally {
      if (state.inFlight === abort) state.inFlight = null;
      $("run").disabled = false;
    }
  }

  // ---------- reading the comparison JSON (the shape of `modellaw compare --format json`: links flattened in reading
  // order, each with id, parent, depth, level, relation, similarity, model/national provisions {eId, citation, heading}, diff) ----------
  const docName = (d) => pick(d, "title", "source") || "";
  const citationsOf = (v) => asArray(v).map((p) => (typeof p === "string" ? p : pick(p, "citation", "eId") || "")).filter(Boolean);

  function indexLinks(cmp) {
    const links = asArray(pick(cmp, "links"));
    const children = new Map();
    for (const l of links) {
      const parent = pick(l, "parent");
      if (parent === undefined) continue;
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent).push(l);
    }
    return { links, childrenOf: (l) => children.get(pick(l, "id")) || [] };
  }

  function runsOf(link) {
    return asArray(pick(link, "diff")).map((r) => ({ op: lower(pick(r, "op")), text: pick(r, "text") || "" }));
  }

  const newText = (runs) => runs.filter((r) => r.op !== "delete").map((r) => r.text).join("");

  function findLink(row) {
    const model = citationsOf(pick(row, "model"))[0] || "";
    const national = citationsOf(pick(row, "national"));
    const hit = (l) => {
      const m = citationsOf(pick(l, "model"));
      const n = citationsOf(pick(l, "national"));
      return model ? m.includes(model) : national.length > 0 && n.includes(national[0]);
    };
    // the shallowest link naming the row's provision: the article-level link of the concordance row
    return state.index.links.filter(hit).sort((a, b) => (pick(a, "depth") || 0) - (pick(b, "depth") || 0))[0];
  }

  // ---------- rendering ----------
  function render() {
    const cmp = state.comparison;
    state.index = indexLinks(cmp);
    $("results").hidden = false;
    $("summary-docs").textContent = `${docName(pick(cmp, "model"))} → ${docName(pick(cmp, "national"))}`;

    const s = pick(cmp, "summary") || {};
    const tiles = [
      ["Model provisions", pick(s, "modelProvisions")],
      ["Verbatim", pick(s, "verbatim")],
      ["Modified", pick(s, "modified")],
      ["Moved", pick(s, "moved")],
      ["Split / merged", (pick(s, "split") || 0) + (pick(s, "merged") || 0)],
      ["Omitted", pick(s, "omitted")],
      ["Added", pick(s, "added")],
      ["Model text kept", pct(pick(s, "modelTextKept"))],
    ];
    $("summary").replaceChildren(...tiles.map(([k, v]) => el("div", {}, el("dt", { text: k }), el("dd", { text: v ?? "–" }))));

    const body = $("concordance").querySelector("tbody");
    body.replaceChildren();
    asArray(pick(cmp, "concordance")).forEach((row, i) => {
      const model = citationsOf(pick(row, "model"));
      const national = citationsOf(pick(row, "national"));
      const relation = lower(pick(row, "relation"));
      const tr = el("tr", { "data-index": i, "data-relation": relation, tabindex: 0, onclick: () => selectRow(tr, row), onkeydown: (e) => { if (e.key === "Enter") selectRow(tr, row); } },
        el("td", { class: "cite model", text: model.join(", ") || "—" }),
        el("td", { class: "cite national", text: national.join(", ") || "—" }),
        el("td", { class: "relation" }, el("span", { class: `rel rel-${relation}`, text: relation }),
          relation === "omitted" || relation === "added" ? null : el("span", { class: "sim", text: pct(pick(row, "similarity")), title: "similarity" })));
      body.append(tr);
    });
    $("concordance-hint").textContent = state.inWord
      ? "Click a row to see the word-level changes and select the provision in the document."
      : "Click a row to see the word-level changes.";
    $("diff-card").hidden = true;
    renderCoverage();
  }

  function selectRow(tr, row) {
    for (const r of tr.parentElement.children) r.classList.toggle("selected", r === tr);
    const link = findLink(row);
    renderDiff(row, link);
    if (state.inWord && link) selectInWord(link).catch((e) => setStatus(`Could not select the provision: ${e.message}`, true));
  }

  function renderDiff(row, link) {
    const card = $("diff-card");
    const box = $("diff");
    box.replaceChildren();
    const model = citationsOf(pick(row, "model")).join(", ");
    const national = citationsOf(pick(row, "national")).join(", ");
    $("diff-title").textContent = `Changes: ${model || "—"} → ${national || "—"}`;
    const blocks = [];
    const walk = (l) => {
      const runs = runsOf(l);
      const relation = lower(pick(l, "relation"));
      const from = citationsOf(pick(l, "model")).join(", ") || "—";
      const to = citationsOf(pick(l, "national")).join(", ") || "—";
      const head = el("div", { class: "diff-head" }, `${from} → ${to} `, el("span", { class: `rel rel-${relation}`, text: relation }));
      if (runs.some((r) => r.text.trim())) {
        blocks.push(el("div", { class: "diff-block" }, head,
          el("div", { class: "diff-text" }, runs.map((r) => (r.op === "insert" ? el("ins", { text: r.text }) : r.op === "delete" ? el("del", { text: r.text }) : r.text)))));
      } else if (relation === "omitted" || relation === "added") {
        blocks.push(el("div", { class: "diff-block" }, head,
          el("div", { class: "diff-only", text: relation === "omitted" ? "Not taken over in the national text." : "Not in the model." })));
      }
      for (const c of state.index.childrenOf(l)) walk(c);
    };
    if (link) walk(link);
    if (!blocks.length) blocks.push(el("p", { class: "diff-only", text: link ? "No change in the wording." : "No details for this row." }));
    box.append(...blocks);
    card.hidden = false;
  }

  function renderCoverage() {
    const cov = state.coverage;
    const card = $("coverage-card");
    card.hidden = !cov;
    if (!cov) return;
    const catalog = pick(cov, "catalog", "Catalog") || {};
    $("coverage-catalog").textContent = [pick(catalog, "title", "Title"), pick(catalog, "version", "Version") && `v${pick(catalog, "version", "Version")}`].filter(Boolean).join(" · ");
    const body = $("coverage").querySelector("tbody");
    body.replaceChildren();
    for (const p of asArray(pick(cov, "principles", "Principles"))) {
      const principle = pick(p, "principle", "Principle") || p;
      const id = pick(principle, "id", "Id") || pick(p, "principleId");
      const name = pick(principle, "name", "Name") || id;
      const status = lower(pick(p, "status", "Status"));
      const derived = lower(pick(p, "derivedStatus", "DerivedStatus"));
      const sources = asArray(pick(principle, "sources", "Sources")).map((s) => [pick(s, "instrument"), pick(s, "pinpoint")].filter(Boolean).join(", "));
      const evidence = asArray(pick(p, "evidence", "Evidence"));
      body.append(el("tr", { "data-principle": id, "data-status": status },
        el("td", { class: "principle", title: [pick(principle, "definition", "Definition"), ...sources].filter(Boolean).join("\n") }, name,
          sources.length ? el("span", { class: "principle-source", text: sources.length > 1 ? `${sources[0]} +${sources.length - 1}` : sources[0] }) : null),
        el("td", { class: `status-cell cov-${status}` }, status,
          derived && derived !== status ? el("span", { class: "cov-derived", text: `via model: ${derived}` }) : null),
        el("td", { class: "evidence-cell" }, evidenceCell(evidence))));
    }
  }

  function evidenceCell(evidence) {
    if (!evidence.length) return el("span", { class: "diff-only", text: "none found" });
    const quote = (e) => el("li", {},
      el("strong", { text: pick(e, "citation", "Citation") || pick(e, "eId") }), " ",
      highlight(pick(e, "sentence", "Sentence") || "", asArray(pick(e, "matchedPhrases", "MatchedPhrases"))));
    const first = el("ul", { class: "evidence" }, quote(evidence[0]));
    if (evidence.length === 1) return first;
    const more = el("details", { class: "more-evidence" },
      el("summary", { text: `${evidence.length - 1} more: ${evidence.slice(1, 5).map((e) => pick(e, "citation", "Citation")).join(", ")}${evidence.length > 5 ? ", …" : ""}` }),
      el("ul", { class: "evidence" }, evidence.slice(1).map(quote)));
    return el("div", {}, first, more);
  }

  function highlight(sentence, phrases) {
    const q = el("q");
    const short = sentence.length > 180 ? sentence.slice(0, 180) + "…" : sentence;
    const wanted = phrases.filter(Boolean).map((p) => p.toLowerCase());
    if (!wanted.length) { q.textContent = short; return q; }
    const lowerText = short.toLowerCase();
    let i = 0;
    while (i < short.length) {
      let best = null;
      for (const w of wanted) {
        const at = lowerText.indexOf(w, i);
        if (at >= 0 && (!best || at < best.at)) best = { at, len: w.length };
      }
      if (!best) { q.append(short.slice(i)); break; }
      q.append(short.slice(i, best.at), el("mark", { text: short.slice(best.at, best.at + best.len) }));
      i = best.at + best.len;
    }
    return q;
  }

  // ---------- redline ----------
  async function redline() {
    $("redline").disabled = true;
    setStatus("Writing the redline…");
    try {
      const forms = await buildForms();
      if (forms.catalog) forms.compare.append("catalogId", forms.catalog); // the redline's comments name covered and missing principles
      const r = await post("api/redline", forms.compare);
      const blob = await r.blob();
      const named = /filename\*=UTF-8''([^;]+)/i.exec(r.headers.get("Content-Disposition") || "");
      const fileName = named ? decodeURIComponent(named[1]) : "redline.docx";
      if (state.inWord) {
        await openInWord(blob);
        setStatus("The redline opened as a new document.");
      } else {
        const a = el("a", { href: URL.createObjectURL(blob), download: fileName });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(a.href), 10000);
        setStatus(`Redline downloaded: ${fileName}.`);
      }
    } catch (e) {
      setStatus(e.message, true);
    } finally {
      $("redline").disabled = false;
    }
  }

  // ---------- Word: select a provision, insert comments, open the redline ----------
  function searchTextFor(text) {
    // Word's search takes at most 255 characters and treats ^ as special; a few leading words find the provision
    const words = String(text).replace(/\s+/g, " ").trim().split(" ").slice(0, 12).join(" ");
    return words.slice(0, 200).replace(/\^/g, "^^");
  }

  function nationalTextOf(link) {
    const own = newText(runsOf(link)).trim();
    if (own) return own;
    for (const c of state.index.childrenOf(link)) {
      const t = nationalTextOf(c);
      if (t) return t;
    }
    return "";
  }

  async function findRange(context, text) {
    const needle = searchTextFor(text);
    if (!needle) return null;
    const found = context.document.body.search(needle, { matchCase: false, ignorePunct: true, ignoreSpace: true });
    found.load("items");
    await context.sync();
    return found.items.length ? found.items[0] : null;
  }

  async function selectInWord(link) {
    await Word.run(async (context) => {
      const range = await findRange(context, nationalTextOf(link));
      if (!range) { setStatus("This provision was not found in the open document."); return; }
      range.select();
      await context.sync();
    });
  }

  function commentsToInsert() {
    const out = [];
    for (const link of state.index.links) {
      const relation = lower(pick(link, "relation"));
      const model = citationsOf(pick(link, "model")).join(", ");
      if (relation === "omitted") {
        // one comment per omitted model provision whose parent was kept (an omitted article, not each of its paragraphs)
        const parent = state.index.links.find((l) => pick(l, "id") === pick(link, "parent"));
        if (parent && lower(pick(parent, "relation")) === "omitted") continue;
        out.push({ anchor: parent ? nationalTextOf(parent) : null, text: `ModelLaw: model ${model} has no counterpart in this text.` });
      } else if (["modified", "moved", "split", "merged"].includes(relation) && lower(pick(link, "level")) === "article") {
        // one comment per adapted article, with the first words it dropped and added (its own text and its paragraphs')
        const runs = [];
        const collect = (l) => { runs.push(...runsOf(l)); state.index.childrenOf(l).forEach(collect); };
        collect(link);
        const snippets = (op) => runs.filter((r) => r.op === op).map((r) => r.text.trim()).filter((t) => t.length > 1).slice(0, 3);
        const removed = snippets("delete");
        const added = snippets("insert");
        const parts = [`ModelLaw: ${relation === "modified" ? "adapted" : relation} from model ${model} (${pct(pick(link, "similarity"))} similar).`];
        if (removed.length) parts.push(`Model wording not kept: "${removed.join("\", \"")}".`);
        if (added.length) parts.push(`Added: "${added.join("\", \"")}".`);
        out.push({ anchor: nationalTextOf(link), text: parts.join(" ") });
      }
    }
    for (const p of asArray(pick(state.coverage, "principles", "Principles"))) {
      const principle = pick(p, "principle", "Principle") || p;
      const name = pick(principle, "name", "Name") || pick(principle, "id", "Id");
      const status = lower(pick(p, "status", "Status"));
      const evidence = asArray(pick(p, "evidence", "Evidence"));
      if (status === "absent") out.push({ anchor: null, text: `ModelLaw: the principle "${name}" is not addressed in this text.` });
      else if (status === "partial") out.push({ anchor: evidence.length ? pick(evidence[0], "sentence", "Sentence") : null, text: `ModelLaw: the principle "${name}" is mentioned here but not operationalised (no obligation, authority or procedure).` });
    }
    return out;
  }

  async function insertComments() {
    $("insert-comments").disabled = true;
    try {
      const comments = commentsToInsert();
      let placed = 0;
      await Word.run(async (context) => {
        const start = context.document.body.getRange("Start");
        for (const c of comments) {
          const range = (c.anchor && (await findRange(context, c.anchor))) || start;
          range.insertComment(c.text);
          placed++;
        }
        await context.sync();
      });
      setStatus(`${placed} comment(s) inserted.`);
    } catch (e) {
      setStatus(`Could not insert comments: ${e.message}`, true);
    } finally {
      $("insert-comments").disabled = false;
    }
  }

  async function openInWord(blob) {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    await Word.run(async (context) => {
      context.application.createDocument(btoa(binary)).open();
      await context.sync();
    });
  }

  // ---------- start ----------
  async function start() {
    $("inputs").addEventListener("submit", run);
    $("model-select").addEventListener("change", onModelChoice);
    $("redline").addEventListener("click", redline);
    $("insert-comments").addEventListener("click", insertComments);
    const shipped = loadShipped();
    state.inWord = await loadOffice();
    if (state.inWord) {
      $("host-badge").textContent = "Word";
      $("national-word").hidden = false;
      $("national-upload").hidden = true;
      $("insert-comments").hidden = false;
      $("redline").textContent = "Open redline";
    }
    await shipped;
    document.body.dataset.ready = "true";
  }

  document.addEventListener("DOMContentLoaded", start);
})();
