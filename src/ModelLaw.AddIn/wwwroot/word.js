// The pane inside Word: Office.js is loaded only when asked (?office=1 from the manifest) or when Office hosts the page.
// The open document is read with getFileAsync(Office.FileType.Compressed); results go back to the document (select a
// provision, insert comments, open a .docx as a new document).
"use strict";

(() => {
  const { pick, asArray, lower, pct } = window.ModelLawUtil;
  const { t } = window.ModelLawI18n;
  const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
  const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  function officeRequested() {
    const q = new URLSearchParams(window.location.search);
    return q.has("office") || q.has("_host_Info") || typeof window.Office !== "undefined";
  }

  // resolves to true inside Word, false elsewhere (a browser, or Office.js blocked: the page stays usable with the file picker)
  function load() {
    return new Promise((resolve) => {
      if (!officeRequested()) return resolve(false);
      const ready = () => window.Office.onReady((info) => resolve(!!info && info.host === window.Office.HostType.Word));
      if (window.Office) return ready();
      const s = document.createElement("script");
      s.src = OFFICE_JS;
      s.onload = ready;
      s.onerror = () => resolve(false);
      document.head.appendChild(s);
    });
  }

  // Office's display language ("fr-FR"), when the page runs inside Office
  const displayLanguage = () => (window.Office && Office.context && Office.context.displayLanguage) || null;

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

  function searchTextFor(text) {
    // Word's search takes at most 255 characters and treats ^ as special; a few leading words find the provision
    const words = String(text).replace(/\s+/g, " ").trim().split(" ").slice(0, 12).join(" ");
    return words.slice(0, 200).replace(/\^/g, "^^");
  }

  async function findRange(context, text) {
    const needle = searchTextFor(text);
    if (!needle) return null;
    const found = context.document.body.search(needle, { matchCase: false, ignorePunct: true, ignoreSpace: true });
    found.load("items");
    await context.sync();
    return found.items.length ? found.items[0] : null;
  }

  // selects the text of a link's national provision; false when it is not in the document
  async function select(text) {
    let hit = false;
    await Word.run(async (context) => {
      const range = await findRange(context, text);
      if (!range) return;
      range.select();
      await context.sync();
      hit = true;
    });
    return hit;
  }

  // the comments to add: one per omitted model provision whose parent was kept, one per adapted article, one per gap
  function commentsFor(index, coverage, nationalTextOf, runsOf) {
    const out = [];
    for (const link of index.links) {
      const relation = lower(pick(link, "relation"));
      const model = index.citations(pick(link, "model")).join(", ");
      if (relation === "omitted") {
        const parent = index.links.find((l) => pick(l, "id") === pick(link, "parent"));
        if (parent && lower(pick(parent, "relation")) === "omitted") continue;
        out.push({ anchor: parent ? nationalTextOf(parent) : null, text: t("commentOmitted", { model }) });
      } else if (["modified", "moved", "split", "merged"].includes(relation) && lower(pick(link, "level")) === "article") {
        const runs = [];
        const collect = (l) => { runs.push(...runsOf(l)); index.childrenOf(l).forEach(collect); };
        collect(link);
        const snippets = (op) => runs.filter((r) => r.op === op).map((r) => r.text.trim()).filter((x) => x.length > 1).slice(0, 3);
        const parts = [t("commentAdapted", { relation: relation === "modified" ? t("adapted") : t(`relation.${relation}`), model, similarity: pct(pick(link, "similarity")) })];
        const removed = snippets("delete");
        const added = snippets("insert");
        if (removed.length) parts.push(t("commentDropped", { words: `"${removed.join("\", \"")}"` }));
        if (added.length) parts.push(t("commentAdded", { words: `"${added.join("\", \"")}"` }));
        out.push({ anchor: nationalTextOf(link), text: parts.join(" ") });
      }
    }
    for (const p of asArray(pick(coverage, "principles", "Principles"))) {
      const principle = pick(p, "principle", "Principle") || p;
      const name = pick(principle, "name", "Name") || pick(principle, "id", "Id");
      const status = lower(pick(p, "status", "Status"));
      const evidence = asArray(pick(p, "evidence", "Evidence"));
      if (status === "absent") out.push({ anchor: null, text: t("commentAbsent", { name }) });
      else if (status === "partial") out.push({ anchor: evidence.length ? pick(evidence[0], "sentence", "Sentence") : null, text: t("commentPartial", { name }) });
    }
    return out;
  }

  async function insertComments(comments) {
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
    return placed;
  }

  // opens a .docx (redline, comparative table) as a new Word document
  async function open(blob) {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    await Word.run(async (context) => {
      context.application.createDocument(btoa(binary)).open();
      await context.sync();
    });
  }

  window.ModelLawWord = { load, displayLanguage, getOpenDocument, select, commentsFor, insertComments, open };
})();
