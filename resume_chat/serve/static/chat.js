"use strict";
// The connection the demo page and the widget share: one WebSocket speaking serve's protocol,
// a refused handshake explained in words, and reconnection with backoff after a drop.
(() => {
  // Refusals that trying again cannot cure; anything else (a busy server, a dropped network)
  // is retried after 1, 2, 4 … 30 s, each wait shortened by up to half at random so that
  // visitors dropped together do not all come back in the same second.
  const FINAL = new Set(["origin_not_allowed", "token_invalid"]);
  const MAX_WAIT_SECONDS = 30;

  // What a `status` frame means, for the answer's place before its first chunk.
  function statusText(message) {
    if (message.state === "retrying") {
      return `The model's provider is busy (${message.reason}); trying again in ` +
        `${Math.max(1, Math.round(message.seconds))} s (${message.attempt} of ${message.of})…`;
    }
    return message.state === "reasoning" ? "Reasoning…" : "Thinking…";
  }

  // Browsers hide why a WebSocket handshake was refused (the close code is always 1006), so
  // after a failed handshake the client asks GET /check, which runs the same checks and
  // answers {ok, code, message} with a sentence for the visitor.
  async function whyRefused(checkUrl) {
    try {
      const response = await fetch(checkUrl, { cache: "no-store", credentials: "omit" });
      const verdict = await response.json();
      if (verdict.ok) return { final: false, sentence: "The connection failed." };
      return { final: FINAL.has(verdict.code), sentence: verdict.message, code: verdict.code };
    } catch {
      return { final: false, sentence: "The chat server cannot be reached." };
    }
  }

  // The conversation's reconnect token, kept for this tab only (sessionStorage), so that a
  // reconnection or a reload picks the conversation up again. Storage may be refused (a
  // sandboxed frame, privacy settings): then each connection starts afresh.
  function remembered(key, value) {
    try {
      if (value === undefined) return sessionStorage.getItem(key);
      if (value) sessionStorage.setItem(key, value);
      else sessionStorage.removeItem(key);
    } catch {
      return null;
    }
    return value;
  }

  // base: the URL serve's files live under ("https://chat.example.com/"); token: optional.
  // onMessage(message) gets every frame; onState(state, sentence) each change of connection:
  // "connecting", "open", "retrying", "idle" (the server closed a quiet chat; the next
  // question reconnects) or "refused" (final: the sentence says why).
  function connect({ base, token, onMessage, onState }) {
    const socketUrl = new URL("ws", base);
    socketUrl.protocol = socketUrl.protocol === "https:" ? "wss:" : "ws:";
    const checkUrl = new URL("check", base);
    // A same-origin GET carries no Origin header, so the page names its origin itself.
    checkUrl.searchParams.set("origin", location.origin);
    if (token) {
      socketUrl.searchParams.set("token", token);
      checkUrl.searchParams.set("token", token);
    }
    const resumeKey = `resume-chat:resume:${socketUrl.host}${socketUrl.pathname}`;
    let socket = null;
    let ready = false;
    let failures = 0;
    let timer = null;
    let finished = false;
    const waiting = [];

    function open() {
      clearTimeout(timer);
      timer = null;
      onState("connecting", "Connecting…");
      let opened = false;
      const resume = remembered(resumeKey);
      if (resume) socketUrl.searchParams.set("resume", resume);
      else socketUrl.searchParams.delete("resume");
      socket = new WebSocket(socketUrl);
      socket.addEventListener("open", () => { opened = true; });
      socket.addEventListener("message", (event) => {
        const message = JSON.parse(event.data);
        // A new token with each session (null: nothing is kept) and after a clear.
        if (message.type === "session" || (message.type === "cleared" && "resume" in message)) {
          remembered(resumeKey, message.resume || null);
        }
        if (message.type === "session") {
          ready = true;
          failures = 0;
          onState("open", "");
        }
        onMessage(message);
        if (message.type === "session") {
          while (waiting.length) socket.send(JSON.stringify(waiting.shift()));
        }
      });
      socket.addEventListener("close", async (event) => {
        socket = null;
        ready = false;
        if (finished) return;
        if (!opened) {
          const refusal = await whyRefused(checkUrl);
          if (refusal.final) {
            finished = true;
            onState("refused", refusal.sentence);
          } else {
            retry(refusal.sentence);
          }
        } else if (event.code === 1000) {
          onState("idle", "The chat was closed after a quiet spell; asking reconnects.");
        } else {
          retry(`The connection dropped (${event.code}).`);
        }
      });
    }

    function retry(sentence) {
      const seconds = Math.min(MAX_WAIT_SECONDS, 2 ** failures) * (0.5 + Math.random() / 2);
      failures += 1;
      onState("retrying", `${sentence} Trying again in ${Math.ceil(seconds)} s.`);
      timer = setTimeout(open, seconds * 1000);
    }

    open();
    return {
      // Send now, or as soon as a (re)connected session starts; false once refused for good.
      send(message) {
        if (finished) return false;
        if (ready) {
          socket.send(JSON.stringify(message));
        } else {
          waiting.push(message);
          if (!socket) open();
        }
        return true;
      },
      get ready() { return ready; },
      close() {
        finished = true;
        clearTimeout(timer);
        if (socket) socket.close(1000);
      },
    };
  }

  window.ResumeChatClient = { connect, statusText };
})();
