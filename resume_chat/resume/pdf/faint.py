"""Text drawn nearly transparent: a page's backdrop, not its words.

A designer sets a block of code behind a CV at 8% opacity ("gs" naming an ExtGState whose
fill alpha "/ca" is 0.08, then "Do" drawing a form of text through it): a reader never sees
it, and read as text it buries the name and the jobs. The fill alpha in force is followed
through q/Q and through each form drawn, as the form's group takes the alpha it is drawn with.
Text at alpha 0 is read: Chrome draws that as the selectable copy of text painted otherwise.
"""

from __future__ import annotations

import math
from typing import Any

# Below this fill alpha text is a backdrop: a watermark's 10-20% is "faint", 30% is still read.
FAINT_ALPHA = 0.25
_MAX_STACK = 256  # q nested deeper than this is a broken or hostile stream: depth stops counting


class Faint:
    """The fill alpha a page's text is drawn with, followed operator by operator."""

    def __init__(self, page: Any) -> None:
        self._alphas = _fill_alphas(page)
        self._stack = [1.0]  # the graphics state's alpha, saved and restored by q/Q
        self._groups: list[tuple[float, list[float]]] = []  # forms drawn: alpha, saved stack

    @property
    def alpha(self) -> float:
        """The fill alpha text drawn now shows with: its own times its forms' groups'."""
        return (self._groups[-1][0] if self._groups else 1.0) * self._stack[-1]

    def faint(self) -> bool:
        """Drawn faint: not wholly transparent, as Chrome draws the selectable copy of text it
        paints by other means (a gradient clipped to the letters), which is the page's text."""
        return 0 < self.alpha < FAINT_ALPHA

    def drawing(self, op: bytes, args: Any) -> None:
        """Follow one operator before it runs."""
        if op == b"q" and len(self._stack) < _MAX_STACK:
            self._stack.append(self._stack[-1])
        elif op == b"Q" and len(self._stack) > 1:
            self._stack.pop()
        elif op == b"gs" and args:
            self._stack[-1] = self._alphas.get(str(args[0]), self._stack[-1])
        elif op == b"Do" and len(self._groups) < _MAX_STACK:
            self._groups.append((self.alpha, self._stack))
            self._stack = [1.0]

    def drawn(self, op: bytes) -> None:
        """Follow one operator after it ran: a form's drawing ends."""
        if op == b"Do" and self._groups:
            _, self._stack = self._groups.pop()


def _fill_alphas(page: Any) -> dict[str, float]:
    """The page's graphics states that set a fill alpha, by name."""
    try:
        states = page["/Resources"]["/ExtGState"]
        alphas = {}
        for name, state in states.items():
            value = state.get_object().get("/ca")
            if isinstance(value, (int, float)) and math.isfinite(float(value)):
                alphas[str(name)] = min(max(float(value), 0.0), 1.0)
        return alphas
    except Exception:  # no resources, a broken dictionary: every state counts as opaque
        return {}
