"use strict";
// The demo page at /: one conversation over /ws, answers rendered as Markdown while they stream.
(() => {
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  let answer = null;
  let asked = false;
  let chat = null;

  // Markdown through the shared renderer (/assets/markdown.js); plain text if it did not load.
  function show(node, markdown, streaming) {
    node.dataset.raw = markdown;
    let body = node.querySelector(".body");
    if (!body) {
      body = document.createElement("div");
      body.className = "body";
      node.replaceChildren(body);
    }
    if (window.ResumeChatMarkdown) window.ResumeChatMarkdown.render(body, markdown, streaming);
    else body.textContent = markdown;
  }

  function add(kind, text) {
    const node = document.createElement("div");
    node.className = `turn ${kind}`;
    node.textContent = text;
    $("log").append(node);
    node.scrollIntoView({ block: "end" });
    return node;
  }

  function busy(on) {
    const ready = Boolean(chat && chat.ready);
    $("ask").disabled = on || !ready;
    $("clear").disabled = !ready;
    $("clear").textContent = on ? "Stop" : "Clear";
  }

  function ask(text) {
    text = text.trim();
    if (!text || answer) return;
    if (!chat.send({ type: "question", content: text })) return;
    asked = true;
    $("suggestions").replaceChildren();
    add("question", text);
    answer = add("answer", "Thinking…");
    answer.dataset.state = "streaming";
    answer.dataset.chunks = "0";
    answer.setAttribute("aria-busy", "true");
    busy(true);
  }

  function finish(state) {
    answer.dataset.state = state;
    answer.setAttribute("aria-busy", "false");
    const done = answer;
    answer = null;
    busy(false);
    return done;
  }

  function suggest(questions) {
    $("suggestions").replaceChildren(...questions.map((question) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "suggestion";
      button.textContent = question;
      button.addEventListener("click", () => ask(question));
      return button;
    }));
  }

  function onState(state, sentence) {
    document.body.dataset.state = state;
    if (state !== "open") $("status").textContent = sentence;
    if (state !== "open" && state !== "connecting" && answer) {
      finish("failed").append(add("note", "(the connection dropped before the answer finished)"));
    }
    busy(Boolean(answer));
  }

  function onMessage(message) {
    if (message.type === "session") {
      const whose = message.candidate ? `${message.candidate}'s resume` : "the resume";
      $("status").textContent = `Connected · asking about ${whose} · model ${message.model}`;
      document.body.dataset.session = message.session_id;
      $("retention").textContent = message.retention_days
        ? `Questions are kept for ${message.retention_days} days.` : "";
      if (!asked) suggest(message.suggestions || []);
      busy(Boolean(answer));
      if (params.get("q") && !asked) ask(params.get("q"));
    } else if (message.type === "status" && answer) {
      // Before the first chunk: say what the wait is, so a silent reasoning model reads as busy.
      answer.dataset.status = message.state;
      if (!answer.dataset.raw) answer.textContent = window.ResumeChatClient.statusText(message);
    } else if (message.type === "chunk" && answer) {
      show(answer, (answer.dataset.raw || "") + message.content, true);
      answer.dataset.chunks = String(Number(answer.dataset.chunks) + 1);
    } else if (message.type === "answer" && answer) {
      show(answer, message.content, false);
      const done = finish("done");
      if (message.finish_reason === "length" || message.finish_reason === "content_filter") {
        done.append(add("note", message.finish_reason === "length"
          ? "(cut off: the answer reached the token limit)"
          : "(stopped by the provider's content filter)"));
      }
      if (message.usage) {
        const cost = typeof message.usage.cost === "number" ? ` · $${message.usage.cost.toFixed(6).replace(/0+$/, "").replace(/\.$/, "")}` : "";
        done.append(add("usage", `${message.usage.prompt_tokens ?? "?"} tokens in · ${message.usage.completion_tokens ?? "?"} out${cost}`));
      }
    } else if (message.type === "cleared") {
      $("log").replaceChildren();
      if (answer) finish("stopped");
    } else if (message.type === "error") {
      if (answer && !answer.dataset.raw) answer.remove();
      if (answer) finish("failed");
      add("error", message.message).dataset.code = message.code;
    }
  }

  chat = window.ResumeChatClient.connect({
    base: new URL(".", location.href),
    token: params.get("token"),
    onMessage,
    onState,
  });

  $("form").addEventListener("submit", (event) => {
    event.preventDefault();
    ask($("question").value);
    $("question").value = "";
  });
  $("clear").addEventListener("click", () => chat.send({ type: "clear" }));
})();
