#!/usr/bin/env python3
"""OCR benchmark: speed, peak memory and accuracy of reading scans, against the typed originals.

    cargo build --release
    python3 benches/ocr.py [--limit 30] [--binary target/release/dossiercheck] [--keep DIR]

Needs tesseract (with nld, eng, deu), pdftoppm (poppler-utils) and Pillow. Nothing in `cargo test`
needs this script.

What it does: takes the first LIMIT single-document PDFs of the accuracy corpus (tests/corpus/docs,
letters written by others), renders every page with pdftoppm and makes four folders of the same
letters:

    typed/   the PDFs as they are (the reference: what the tool reads from the text layer)
    clear/   image-only PDFs of JPEG pages: 200 dpi, turned up to 2 degrees, grain, JPEG quality 50
    poor/    image-only PDFs: 100 dpi, blurred (radius 1.5), turned up to 3 degrees, JPEG quality 35
    photo/   the first page as a phone photo (JPEG): 150 dpi, colour, perspective, a shadow

Each folder is checked with `dossiercheck inventory DIR --format json` under /usr/bin/time -v
(elapsed time and peak memory; the peak is of the largest single process: dossiercheck or one
tesseract child). Per letter, a scan is "same" when it is readable and every part has the typed
original's kinds and date; "needs look" when it is not readable (too unclear, no text, too slow);
"misread" when it is readable but differs (the dangerous case). Pages/s counts pages sent to OCR.
"""

import argparse
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

from PIL import Image, ImageDraw, ImageFilter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "tests", "corpus", "docs")


def single_document_pdfs(limit):
    out = []
    for name in sorted(os.listdir(DOCS)):
        if not name.endswith(".pdf"):
            continue
        label = os.path.join(DOCS, name[:-4] + ".toml")
        if os.path.exists(label) and "[[part]]" in open(label, encoding="utf-8").read():
            continue
        out.append(os.path.join(DOCS, name))
    return out[:limit]


def render(pdf, dpi, tmp):
    prefix = os.path.join(tmp, "page")
    for f in os.listdir(tmp):
        os.remove(os.path.join(tmp, f))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, prefix], check=True)
    pages = sorted(f for f in os.listdir(tmp) if f.startswith("page"))
    return [Image.open(os.path.join(tmp, p)).convert("L") for p in pages]


def grain(img, amount, rnd):
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 80):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-amount, amount)))
    return img


def jpeg_page(img, quality):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf)


def clear_scan(pages, rnd):
    return [
        jpeg_page(grain(p.rotate(rnd.uniform(-2, 2), resample=Image.BICUBIC, fillcolor=255), 40, rnd), 50)
        for p in pages
    ]


def poor_scan(pages, rnd):
    return [
        jpeg_page(
            grain(
                p.filter(ImageFilter.GaussianBlur(1.5)).rotate(
                    rnd.uniform(-3, 3), resample=Image.BICUBIC, fillcolor=255
                ),
                30,
                rnd,
            ),
            35,
        )
        for p in pages
    ]


def phone_photo(page, rnd):
    """A colour photo of the page on a desk: perspective, a shadow over one side."""
    w, h = page.size
    rgb = Image.merge("RGB", (page, page, page))
    d = int(0.04 * w)
    # Corners of the page as the camera sees them (a slight keystone).
    coeffs = perspective_coeffs(
        [(rnd.randint(0, d), rnd.randint(0, d)), (w - rnd.randint(0, d), rnd.randint(0, d)),
         (w - rnd.randint(d, 2 * d), h - rnd.randint(0, d)), (rnd.randint(d, 2 * d), h - rnd.randint(0, d))],
        [(0, 0), (w, 0), (w, h), (0, h)],
    )
    photo = rgb.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(90, 80, 70))
    shadow = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(shadow)
    for x in range(w):
        draw.line([(x, 0), (x, h)], fill=int(70 * max(0.0, 1 - x / (0.6 * w))))
    dark = Image.new("RGB", (w, h), (0, 0, 0))
    photo = Image.composite(dark, photo, shadow)
    buf = io.BytesIO()
    photo.save(buf, "JPEG", quality=70)
    return buf.getvalue()


def perspective_coeffs(src, dst):
    """PIL's 8 coefficients mapping output points `dst` back to input points `src`."""
    import numpy  # only for this; Pillow has no solver
    rows = []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = numpy.array(rows, dtype=float)
    b = numpy.array([c for p in src for c in p], dtype=float)
    return numpy.linalg.solve(a, b).tolist()


def save_pdf(pages, path, dpi):
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=dpi)


def inventory(binary, folder):
    cmd = ["/usr/bin/time", "-v", binary, "inventory", folder, "--format", "json", "--as-of", "2026-11-23"]
    env = dict(os.environ, DOSSIERCHECK_OCR="auto")
    run = subprocess.run(cmd, capture_output=True, text=True, env=env)
    elapsed = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", run.stderr)
    secs = int(elapsed.group(1) or 0) * 3600 + int(elapsed.group(2)) * 60 + float(elapsed.group(3))
    peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1))
    return json.loads(run.stdout), secs, peak_kb


def by_stem(report):
    docs = {}
    for d in report["documents"]:
        stem = os.path.splitext(d["path"])[0]
        docs.setdefault(stem, []).append(d)
    return docs


def reading(parts):
    return [(tuple(sorted(p["kinds"])), p["date"]) for p in parts]


def score(typed, scanned):
    same = look = misread = 0
    kinds_same = dates_same = 0
    misreads = []
    for stem, parts in typed.items():
        scan = scanned.get(stem, [])
        if not scan or not all(p["readable"] for p in scan):
            look += 1
            continue
        want, got = reading(parts), reading(scan)
        kinds_same += [k for k, _ in want] == [k for k, _ in got]
        dates_same += [d for _, d in want] == [d for _, d in got]
        if want == got:
            same += 1
        else:
            misread += 1
            misreads.append((stem, want, got))
    return same, look, misread, kinds_same, dates_same, misreads


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=30)
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "dossiercheck"))
    ap.add_argument("--keep", help="make the folders here and keep them")
    ap.add_argument("--no-photo", action="store_true", help="skip the phone-photo variant (needs numpy)")
    ap.add_argument("--reuse", action="store_true", help="with --keep: use the folders made before")
    ap.add_argument("--only", help="check only this variant (clear, poor or photo)")
    args = ap.parse_args()
    for tool in ("tesseract", "pdftoppm", "/usr/bin/time"):
        if not shutil.which(tool):
            sys.exit(f"{tool} not found")
    if not os.path.exists(args.binary):
        sys.exit(f"{args.binary} not found; run `cargo build --release` first")

    base = args.keep or tempfile.mkdtemp(prefix="ocr-bench-")
    variants = ["typed", "clear", "poor"] + ([] if args.no_photo else ["photo"])
    for v in variants:
        os.makedirs(os.path.join(base, v), exist_ok=True)
    rnd = random.Random(14)
    pages_total = photo_pages = 0
    reuse = args.reuse and args.keep and os.listdir(os.path.join(base, "typed"))
    with tempfile.TemporaryDirectory() as tmp:
        for pdf in [] if reuse else single_document_pdfs(args.limit):
            stem = os.path.splitext(os.path.basename(pdf))[0]
            shutil.copy(pdf, os.path.join(base, "typed", stem + ".pdf"))
            pages = render(pdf, 200, tmp)
            pages_total += len(pages)
            save_pdf(clear_scan(pages, rnd), os.path.join(base, "clear", stem + ".pdf"), 200)
            low = render(pdf, 100, tmp)
            save_pdf(poor_scan(low, rnd), os.path.join(base, "poor", stem + ".pdf"), 100)
            if "photo" in variants:
                first = render(pdf, 150, tmp)[0]
                with open(os.path.join(base, "photo", stem + ".jpg"), "wb") as f:
                    f.write(phone_photo(first, rnd))
                photo_pages += 1

    if reuse:
        for name in os.listdir(os.path.join(base, "typed")):
            info = subprocess.run(["pdfinfo", os.path.join(base, "typed", name)], capture_output=True, text=True)
            pages_total += int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))
        photo_pages = len(os.listdir(os.path.join(base, "photo"))) if "photo" in variants else 0
    typed, t_secs, t_kb = inventory(args.binary, os.path.join(base, "typed"))
    typed = by_stem(typed)
    n = len(typed)
    print(f"{n} letters, {pages_total} pages ({base})")
    print(f"{'variant':8} {'same':>10} {'needs look':>11} {'misread':>8} {'kinds':>6} {'dates':>6} {'time s':>7} {'pages/s':>8} {'peak MB':>8}")
    print(f"{'typed':8} {'':>10} {'':>11} {'':>8} {'':>6} {'':>6} {t_secs:7.1f} {'':>8} {t_kb / 1024:8.0f}")
    for v in variants[1:]:
        if args.only and v != args.only:
            continue
        report, secs, kb = inventory(args.binary, os.path.join(base, v))
        same, look, misread, kinds, dates, misreads = score(typed, by_stem(report))
        pages = photo_pages if v == "photo" else pages_total
        pct = lambda k: f"{k} ({100 * k / n:.0f}%)"
        print(f"{v:8} {pct(same):>10} {pct(look):>11} {misread:>8} {kinds:>6} {dates:>6} {secs:7.1f} {pages / secs:8.2f} {kb / 1024:8.0f}")
        for stem, want, got in misreads:
            print(f"    misread {v}/{stem}: typed {want} scan {got}")
    if not args.keep:
        shutil.rmtree(base)


if __name__ == "__main__":
    main()
