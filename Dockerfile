# resume-chat serve in a container: the widget's WebSocket server, behind the Caddy of
# compose.yaml. The resume is mounted read-only at /resume/resume.md; the conversation store
# and the readings cache live in the /data volume. See "Put it on your website" in README.md.

FROM python:3.12-slim-bookworm AS build
COPY --from=ghcr.io/astral-sh/uv:0.9.5 /uv /usr/local/bin/uv
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv
WORKDIR /src
# The dependencies first, in their own layer: it is rebuilt only when uv.lock changes.
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --locked --no-dev --no-install-project
COPY resume_chat ./resume_chat
RUN uv sync --locked --no-dev --no-editable

FROM python:3.12-slim-bookworm
RUN useradd --system --uid 10001 --user-group --home-dir /data --no-create-home chat \
    && mkdir -p /data /resume \
    && chown chat:chat /data
COPY --from=build /app/.venv /app/.venv
ENV PATH=/app/.venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    HOME=/data \
    XDG_DATA_HOME=/data \
    XDG_CACHE_HOME=/data/cache \
    XDG_CONFIG_HOME=/data/config \
    RESUME_CHAT_RESUME=/resume/resume.md \
    RESUME_CHAT_SERVE_PORT=8765
VOLUME ["/data"]
USER 10001:10001
WORKDIR /data
EXPOSE 8765
# /health checks Host like the page: 127.0.0.1 is one of the addresses serve listens on.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8765/health', timeout=4)"]
# More flags (--allow-origin, --trust-proxy) follow from `docker run … IMAGE --flag` or
# compose's `command:`; settings with an environment name come from the environment.
ENTRYPOINT ["resume-chat", "serve", "--host", "0.0.0.0"]
