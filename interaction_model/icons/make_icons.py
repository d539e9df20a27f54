"""Draw the skill's icons: ``python interaction_model/icons/make_icons.py`` (needs Pillow).

A white spine of four vertebrae on a deep blue square, with a green tick: "check your
back". Drawn at 8x and scaled down, so edges stay smooth at 108 pixels. The PNGs are
committed; a test redraws them and compares.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZES = (108, 512)
BACKGROUND = (11, 61, 120)  # deep blue: white on it is 10.9:1
SPINE = (255, 255, 255)
TICK_DISC = (255, 255, 255)
TICK = (22, 128, 61)  # green on white: 5.2:1
SCALE = 8


def draw(size: int) -> Image.Image:
    """The icon at ``size`` x ``size`` pixels."""
    big = size * SCALE
    image = Image.new("RGB", (big, big), BACKGROUND)
    pen = ImageDraw.Draw(image)
    unit = big / 100  # draw in a 100 x 100 grid
    # Four vertebrae down a gentle curve, largest at the bottom (the lower back).
    for centre_x, top, width in ((40, 12, 22), (37, 31, 25), (37, 50, 28), (41, 69, 31)):
        height = 15
        box = [(centre_x - width / 2) * unit, top * unit, (centre_x + width / 2) * unit, (top + height) * unit]
        pen.rounded_rectangle(box, radius=5 * unit, fill=SPINE)
    # The tick, in a disc at the lower right.
    disc = [58 * unit, 52 * unit, 94 * unit, 88 * unit]
    pen.ellipse(disc, fill=TICK_DISC)
    tick = [(66 * unit, 70 * unit), (73.5 * unit, 78 * unit), (86 * unit, 61 * unit)]
    pen.line(tick, fill=TICK, width=round(6 * unit), joint="curve")
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    for size in SIZES:
        draw(size).save(HERE / f"icon-{size}.png", optimize=False)


if __name__ == "__main__":
    main()
