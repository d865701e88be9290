// Small helpers shared by the pane's scripts: DOM building, the status line, the host's API (problem details read as
// plain sentences), downloads.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
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

  async function post(path, form, signal) {
    const r = await fetch(path, { method: "POST", body: form, signal });
    if (!r.ok) throw new Error(await problemText(r));
    return r;
  }

  // the file name the host gave in Content-Disposition (filename*=UTF-8''...), else the fallback
  function fileNameOf(response, fallback) {
    const named = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get("Content-Disposition") || "");
    return named ? decodeURIComponent(named[1]) : fallback;
  }

  function download(blob, fileName) {
    const a = el("a", { href: URL.createObjectURL(blob), download: fileName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  window.ModelLawUtil = { $, pick, asArray, lower, pct, el, setStatus, post, fileNameOf, download };
})();
