// The coverage card of the pane: each key principle, its status in the text (and through the model), and the sentences
// that count as evidence, the matched phrases marked.
"use strict";

(() => {
  const { $, pick, asArray, lower, el } = window.ModelLawUtil;
  const { t } = window.ModelLawI18n;

  function render(cov) {
    const card = $("coverage-card");
    card.hidden = !cov;
    if (!cov) return;
    const catalog = pick(cov, "catalog", "Catalog") || {};
    const version = pick(catalog, "version", "Version");
    $("coverage-catalog").textContent = [pick(catalog, "title", "Title"), version && `v${version}`].filter(Boolean).join(" · ");
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
        el("td", { class: `status-cell cov-${status}` }, t(`status.${status}`),
          derived && derived !== status ? el("span", { class: "cov-derived", text: t("viaModel", { status: t(`status.${derived}`) }) }) : null),
        el("td", { class: "evidence-cell" }, evidenceCell(evidence))));
    }
  }

  function evidenceCell(evidence) {
    if (!evidence.length) return el("span", { class: "diff-only", text: t("noneFound") });
    const quote = (e) => el("li", {},
      el("strong", { text: pick(e, "citation", "Citation") || pick(e, "eId") }), " ",
      highlight(pick(e, "sentence", "Sentence") || "", asArray(pick(e, "matchedPhrases", "MatchedPhrases"))));
    const first = el("ul", { class: "evidence" }, quote(evidence[0]));
    if (evidence.length === 1) return first;
    const names = evidence.slice(1, 5).map((e) => pick(e, "citation", "Citation")).join(", ");
    const more = el("details", { class: "more-evidence" },
      el("summary", { text: `${t("more", { n: evidence.length - 1 })}: ${names}${evidence.length > 5 ? ", …" : ""}` }),
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

  window.ModelLawCoverage = { render };
})();
