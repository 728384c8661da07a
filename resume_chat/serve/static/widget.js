"use strict";
// The embeddable chat. On any site:
//   <script src="https://chat.example.com/widget.js" defer></script>
// adds a button that opens a chat panel about the resume. The panel lives in a shadow root, so
// the host page's CSS cannot reach it, and loads its renderer and connection (the files the
// demo page uses) only when first opened. Options are data attributes on the script tag.
(() => {
  const script = document.currentScript;
  if (!script || window.ResumeChatWidget) return; // once per page
  const base = new URL(".", script.src); // behind a proxy's path prefix too
  const data = script.dataset;
  const title = data.title || "Ask about my resume";
  const starters = (data.questions || "").split("|").map((q) => q.trim()).filter(Boolean);

  const host = document.createElement("div");
  host.setAttribute("data-resume-chat", "");
  host.dataset.position = data.position === "left" ? "left" : "right";
  if (data.accent && CSS.supports("color", data.accent)) host.style.setProperty("--accent", data.accent);
  const root = host.attachShadow({ mode: "open" });
  root.innerHTML = `
    <section class="panel" id="panel" role="dialog" aria-labelledby="title" hidden>
      <header>
        <h2 id="title"></h2>
        <button type="button" class="close" aria-label="Close chat">×</button>
      </header>
      <p class="state" role="status"></p>
      <div class="log" role="log" aria-live="polite"><div class="turn greeting"></div></div>
      <div class="suggestions" role="group" aria-label="Suggested questions"></div>
      <form>
        <textarea rows="1" maxlength="4000" aria-label="Your question" placeholder="Ask a question…"></textarea>
        <button type="submit" class="send">Send</button>
        <button type="button" class="stop" hidden>Stop</button>
      </form>
      <p class="retention" hidden></p>
    </section>
    <button type="button" class="launcher" aria-controls="panel" aria-expanded="false">
      <svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>
    </button>`;
  const $ = (selector) => root.querySelector(selector);
  const [panel, launcher, log, state, input] = [".panel", ".launcher", ".log", ".state", "textarea"].map($);
  $("#title").textContent = title;
  launcher.setAttribute("aria-label", title);
  $(".greeting").textContent = data.greeting || "Hi! Ask me anything about this resume.";

  let chat = null;
  let answer = null;
  let stopping = false;

  function load(path) {
    return new Promise((resolve, reject) => {
      const tag = document.createElement("script");
      tag.src = new URL(path, base).href;
      tag.onload = resolve;
      tag.onerror = reject;
      document.head.append(tag);
    });
  }

  async function start() {
    const renderer = load("assets/markdown.js").catch(() => null); // plain text without it
    try {
      await load("assets/chat.js");
    } catch {
      setState("refused", "The chat could not be loaded from its server.");
      return;
    }
    chat = window.ResumeChatClient.connect({ base, token: data.token, onMessage, onState: setState });
    await renderer;
    if (answer && answer.dataset.raw) show(answer, answer.dataset.raw, true);
  }

  function toggle(open) {
    panel.hidden = !open;
    launcher.setAttribute("aria-expanded", String(open));
    if (open) {
      if (!chat) start();
      input.focus();
    } else {
      launcher.focus();
    }
  }

  function add(kind, text) {
    const node = document.createElement("div");
    node.className = `turn ${kind}`;
    node.textContent = text;
    log.append(node);
    log.scrollTop = log.scrollHeight;
    return node;
  }

  function show(node, markdown, streaming) {
    node.dataset.raw = markdown;
    const body = document.createElement("div");
    body.className = "body";
    if (window.ResumeChatMarkdown) window.ResumeChatMarkdown.render(body, markdown, streaming);
    else body.textContent = markdown;
    node.replaceChildren(body);
    log.scrollTop = log.scrollHeight;
  }

  function busy(on) {
    $(".send").hidden = on;
    $(".stop").hidden = !on;
  }

  function ask(text) {
    text = text.trim();
    if (!text || answer || !chat || !chat.send({ type: "question", content: text })) return;
    $(".suggestions").replaceChildren();
    add("question", text);
    answer = add("answer", "Thinking…");
    answer.setAttribute("aria-busy", "true");
    answer.dataset.state = "streaming";
    busy(true);
  }

  function finish(how, note) {
    if (!answer) return;
    answer.dataset.state = how;
    answer.setAttribute("aria-busy", "false");
    if (note) answer.append(add("note", note));
    answer = null;
    busy(false);
  }

  function suggest(questions) {
    $(".suggestions").replaceChildren(...questions.slice(0, 4).map((question) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = question;
      button.addEventListener("click", () => ask(question));
      return button;
    }));
  }

  function setState(kind, sentence) {
    state.textContent = sentence;
    state.dataset.kind = kind;
    if (kind !== "open" && kind !== "connecting") finish("failed", "The connection dropped before the answer finished.");
    if (kind === "refused") {
      input.disabled = true;
      $(".send").disabled = true;
      $(".suggestions").replaceChildren();
    }
  }

  function onMessage(message) {
    if (message.type === "session") {
      if (!data.greeting && message.candidate) {
        $(".greeting").textContent = `Hi! Ask me anything about ${message.candidate}'s resume.`;
      }
      if (!log.querySelector(".question")) suggest(starters.length ? starters : message.suggestions || []);
      const kept = $(".retention");
      kept.textContent = message.retention_days ? `Questions are kept for ${message.retention_days} days.` : "";
      kept.hidden = !message.retention_days;
    } else if (message.type === "status" && answer && !answer.dataset.raw) {
      answer.textContent = window.ResumeChatClient.statusText(message);
    } else if (message.type === "chunk" && answer) {
      show(answer, (answer.dataset.raw || "") + message.content, true);
    } else if (message.type === "answer" && answer) {
      show(answer, message.content, false);
      finish("done", message.finish_reason === "length" ? "(cut off: the answer reached its length limit)"
        : message.finish_reason === "content_filter" ? "(stopped by the provider's content filter)" : "");
    } else if (message.type === "cleared") {
      // Stop sends clear: the answer stops and the server forgets the conversation.
      if (stopping) finish("stopped", "Stopped. The next question starts a fresh conversation.");
      stopping = false;
    } else if (message.type === "error") {
      if (answer && !answer.dataset.raw) answer.remove();
      finish("failed", "");
      add("error", message.message).dataset.code = message.code;
    }
  }

  launcher.addEventListener("click", () => toggle(panel.hidden));
  $(".close").addEventListener("click", () => toggle(false));
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") toggle(false);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $("form").requestSubmit();
    }
  });
  $("form").addEventListener("submit", (event) => {
    event.preventDefault();
    ask(input.value);
    input.value = "";
  });
  $(".stop").addEventListener("click", () => {
    stopping = true;
    chat.send({ type: "clear" });
    input.focus();
  });

  const styles = `__WIDGET_CSS__`;
  if (root.adoptedStyleSheets !== undefined && window.CSSStyleSheet) {
    const sheet = new CSSStyleSheet(); // not subject to the host page's style-src
    sheet.replaceSync(styles);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement("style");
    style.textContent = styles;
    root.prepend(style);
  }
  const mount = () => document.body.append(host);
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
  window.ResumeChatWidget = { open: () => toggle(true), close: () => toggle(false) };
})();
