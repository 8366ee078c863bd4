"""A high-contrast theme; the others are Textual's own."""

from __future__ import annotations

from rich.color import Color, ColorType
from rich.style import Style
from textual.theme import Theme

HIGH_CONTRAST = Theme(
    name="kzreader-high-contrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FFFFFF",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    success="#00FF00",
    warning="#FFFF00",
    error="#FF5555",
    dark=True,
)

THEMES = ("textual-dark", "textual-light", "kzreader-high-contrast", "ansi-dark")


# -- contrast (WCAG 2): entity colours readable on the article's background ---

MIN_CONTRAST = 4.5


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(style: Style, background: Color | None) -> Style:
    """``style`` with its colour moved toward white or black (whichever the
    background lets reach further) until it stands at MIN_CONTRAST against
    ``background``. Colours of the terminal's own palette (the ANSI themes)
    are left to the terminal: their values are not known here."""
    color = style.color
    exact = (ColorType.TRUECOLOR, ColorType.EIGHT_BIT)
    if color is None or background is None or color.type not in exact or background.type not in exact:
        return style
    fg, bg = color.get_truecolor(), background.get_truecolor()
    target = (255, 255, 255) if contrast((255, 255, 255), bg) >= contrast((0, 0, 0), bg) else (0, 0, 0)
    moved = (fg.red, fg.green, fg.blue)
    step = 0
    while contrast(moved, (bg.red, bg.green, bg.blue)) < MIN_CONTRAST and step < 20:
        step += 1
        r, g, b = (round(c + (t - c) * step / 20) for c, t in zip((fg.red, fg.green, fg.blue), target, strict=True))
        moved = (r, g, b)
    return style if step == 0 else style + Style(color=Color.from_rgb(*moved))
