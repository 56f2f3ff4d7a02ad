#!/usr/bin/env python3
"""Stores the app's PNG icons with a palette of at most 64 colours (issue 10: size).

The icons are two flat colours with smoothed edges, so 64 colours look the same as the
full-colour screenshots from scripts/make-icons.mjs, at about a third of the bytes
(15.6 KB -> 5.7 KB with brotli for the four files). Transparency is kept. Run after
make-icons.mjs (it needs Pillow: `pip install pillow`):
    python3 scripts/shrink-icons.py
"""
import os
from PIL import Image

FOLDER = "assets/icons"
for name in sorted(os.listdir(FOLDER)):
    if not name.endswith(".png"):
        continue
    path = os.path.join(FOLDER, name)
    before = os.path.getsize(path)
    image = Image.open(path)
    if image.mode == "P":
        print(f"{path}: already a palette image, {before} bytes")
        continue
    method = Image.Quantize.FASTOCTREE if image.mode == "RGBA" else Image.Quantize.MEDIANCUT
    image.quantize(colors=64, method=method, dither=Image.Dither.NONE).save(path, optimize=True)
    print(f"{path}: {before} -> {os.path.getsize(path)} bytes")
