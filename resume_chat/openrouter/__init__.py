"""The OpenRouter client (any OpenAI-compatible endpoint): streaming, errors and retries."""

from resume_chat.openrouter.client import OpenRouterClient
from resume_chat.openrouter.failures import error_for_status, transport_error

__all__ = ["OpenRouterClient", "error_for_status", "transport_error"]
