"use strict";
// Markdown for the demo page and the widget, one file for both: markdown-it renders (raw HTML
// off, images off, links only http/https/mailto) and DOMPurify sanitises what it made, so an
// answer can never inject markup or script. Served as /assets/markdown.js inside a wrapper that
// defines `markdownit` and `DOMPurify` without touching the host page's globals.
(() => {
  const SAFE_URL = /^(?:https?:|mailto:)/i;
  const md = markdownit({ html: false, linkify: true, breaks: true, typographer: false });
  md.disable(["image"]); // no remote image loads (a tracking pixel) from an answer
  md.validateLink = (url) => SAFE_URL.test(url.trim()); // anything else stays text

  const purify = DOMPurify(window);
  purify.addHook("afterSanitizeAttributes", (node) => {
    if (node.tagName === "A") {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    }
  });
  const PURIFY = {
    RETURN_DOM_FRAGMENT: true,
    ALLOWED_TAGS: [
      "p", "br", "hr", "strong", "em", "s", "code", "pre", "blockquote", "ul", "ol", "li", "a",
      "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
    ],
    ALLOWED_ATTR: ["href", "title", "start"],
    ALLOWED_URI_REGEXP: SAFE_URL,
  };

  const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
  const HALF_FENCE = /^ {0,3}(`{1,2}|~{1,2})$/;
  const TABLE_ROW = /^\s*\|/;

  // While an answer streams its end may be half-typed: close what is open and hold back what
  // cannot be shown yet, so a raw ``` or ** never flashes on screen before its partner arrives.
  function settle(text) {
    const lines = text.split("\n");
    let fence = null;
    for (const line of lines) {
      const match = line.match(FENCE);
      if (!match) continue;
      if (fence === null) fence = match[1];
      else if (match[1][0] === fence[0] && match[1].length >= fence.length && !match[2].trim()) {
        fence = null;
      }
    }
    let tail = lines.pop();
    if (HALF_FENCE.test(tail)) tail = ""; // the start of a fence, or of its closing line
    if (fence !== null) return [...lines, ...(tail ? [tail] : [])].join("\n") + "\n" + fence;
    if (TABLE_ROW.test(tail)) tail = ""; // a table row shows once its line is complete
    const last = lines.length ? lines[lines.length - 1] : "";
    const before = lines.length > 1 ? lines[lines.length - 2] : "";
    if (!tail && TABLE_ROW.test(last) && !TABLE_ROW.test(before)) lines.pop(); // header, no rule yet
    return [...lines, inline(tail)].join("\n");
  }

  // The unfinished line: links shown as their text until complete, open code and emphasis closed.
  function inline(line) {
    line = line
      .replace(/\[([^\]]*)\]\([^)]*$/, "$1")
      .replace(/\[([^\]]*)\]$/, "$1")
      .replace(/\[([^\]]*)$/, "$1");
    if ((line.match(/`/g) || []).length % 2) line += "`";
    const outside = line.replace(/`[^`]*`/g, "");
    for (const marker of ["**", "__", "~~", "*", "_"]) {
      const escaped = marker.replace(/[*]/g, "\\*");
      const others = marker.length === 1 ? outside.replace(/\*\*|__/g, "") : outside;
      const body = marker === "*" ? others.replace(/^\s*\*\s/, "") : others;
      const count = (body.match(new RegExp(escaped, "g")) || []).length;
      if (count % 2 === 0) continue;
      if (new RegExp(`${escaped}\\s*$`).test(line)) {
        line = line.replace(new RegExp(`${escaped}\\s*$`), ""); // an opener with nothing after
      } else if (new RegExp(`(^|[\\s(])${escaped}\\S[^]*$`).test(body)) {
        line += marker; // an opener followed by text: close it
      }
    }
    return line;
  }

  // Render `text` into `target`, replacing what was there; `streaming` hides half-typed syntax.
  function render(target, text, streaming = false) {
    const fragment = purify.sanitize(md.render(streaming ? settle(text) : text), PURIFY);
    target.replaceChildren(fragment);
  }

  window.ResumeChatMarkdown = { render, settle };
})();
