#!/usr/bin/env python3
"""Benchmark: dossiercheck on a synthetic inbox, against a peer pipeline of `pdftotext` per PDF plus
batched `dcmdump` header dumps on the same files.

    python3 benches/inbox.py                      # 50 dossiers, 20 CDs of 200 images (about 4,300 files)
    python3 benches/inbox.py --dossiers 1000 --cds 0
    python3 benches/inbox.py --dossiers 1 --cds 1 --images 10000

Prints dossiers/s, files/s, MB/s and peak memory for dossiercheck and, when poppler-utils and dcmtk are
installed (the script offers to apt-get install them with --install-peers), the same for the peer and
the ratio between them. Timing is wall-clock on a warm page cache; each tool runs `--runs` times and the
fastest run counts.
"""

import argparse
import re
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Error types in the DICOM crates capture a backtrace when RUST_BACKTRACE is set, which costs more than
# reading the header itself; users and pipelines normally run without it, and so does the benchmark.
os.environ.pop("RUST_BACKTRACE", None)
os.environ.pop("RUST_LIB_BACKTRACE", None)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, cwd=ROOT, **kw)


def timed(cmd_list, runs):
    """Runs each command of the list in turn (one 'run'), `runs` times; returns (best wall s, peak RSS MB)."""
    best = None
    peak = 0.0
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        for cmd in cmd_list:
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        # ru_maxrss of children is the maximum over all waited-for children so far (KiB on Linux).
        peak = max(peak, after / 1024.0, before / 1024.0)
        best = wall if best is None else min(best, wall)
    return best, peak


def peak_rss_of(cmd):
    """Peak RSS (MB) of one command, measured in a fresh Python child so earlier runs don't mask it."""
    code = (
        "import resource,subprocess,sys;"
        "subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code] + cmd, capture_output=True, text=True, cwd=ROOT)
    return int(out.stdout.strip() or 0) / 1024.0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dossiers", type=int, default=50)
    ap.add_argument("--cds", type=int, default=20)
    ap.add_argument("--images", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=0, help="threads for dossiercheck (0: one per core)")
    ap.add_argument("--keep", action="store_true", help="keep the generated inbox")
    ap.add_argument("--install-peers", action="store_true", help="apt-get install poppler-utils dcmtk if missing")
    args = ap.parse_args()

    print("building (release)...", file=sys.stderr)
    run(["cargo", "build", "--release", "--quiet", "--bin", "dossiercheck", "--example", "gen_inbox"])
    binary = os.path.join(ROOT, "target", "release", "dossiercheck")
    gen = os.path.join(ROOT, "target", "release", "examples", "gen_inbox")

    work = tempfile.mkdtemp(prefix="dossiercheck-bench-")
    inbox = os.path.join(work, "inbox")
    try:
        run([gen, inbox, "--dossiers", str(args.dossiers), "--cds", str(args.cds),
             "--images", str(args.images), "--seed", str(args.seed)], stdout=subprocess.DEVNULL)
        files, size = [], 0
        for dirpath, _, names in os.walk(inbox):
            for n in names:
                p = os.path.join(dirpath, n)
                files.append(p)
                size += os.path.getsize(p)
        # Warm the page cache so both tools read from memory.
        for p in files:
            with open(p, "rb") as f:
                while f.read(1 << 20):
                    pass
        mb = size / 1e6
        pdfs = [p for p in files if p.endswith(".pdf")]
        dicoms = [p for p in files if os.path.basename(p).startswith("IM")]
        page_re = re.compile(rb"/Type\s*/Page(?![s\w])")
        pages_of = {}
        for p in pdfs:
            with open(p, "rb") as f:
                pages_of[p] = len(page_re.findall(f.read()))
        print(f"inbox: {args.dossiers} dossiers, {len(files)} files, {mb:.1f} MB "
              f"({len(pdfs)} PDFs, {len(dicoms)} DICOM images)")

        cmd = [binary, "check", "--each", inbox, "--as-of", "2026-11-23", "--format", "ndjson", "--quiet"]
        if args.jobs:
            cmd += ["--jobs", str(args.jobs)]
        wall, _ = timed([cmd], args.runs)
        rss = peak_rss_of(cmd)
        print(f"dossiercheck: {wall:.3f} s wall, {args.dossiers / wall:.0f} dossiers/s, "
              f"{len(files) / wall:.0f} files/s, {mb / wall:.0f} MB/s, peak memory {rss:.0f} MB")

        # Component rates: the dossiers without a CD (letters only) and the CD folders on their own.
        names = sorted(os.listdir(inbox))
        letter_dirs = [os.path.join(inbox, n) for n in names[args.cds:]]
        cd_dirs = [os.path.join(inbox, n, "CD") for n in names[:args.cds]]
        base = [binary, "check", "--as-of", "2026-11-23", "--format", "ndjson", "--quiet"]
        if letter_dirs:
            pages = sum(v for k, v in pages_of.items() if any(k.startswith(d + os.sep) for d in letter_dirs))
            t, _ = timed([base + letter_dirs], args.runs)
            print(f"  letters only: {len(letter_dirs)} dossiers, {pages} PDF pages (+ DOCX) in {t:.3f} s: "
                  f"{pages / t:.0f} PDF pages/s")
        if cd_dirs:
            images = len(cd_dirs) * args.images
            t, _ = timed([base + cd_dirs], args.runs)
            print(f"  CDs only: {images} DICOM images in {t:.3f} s: {images / t:.0f} headers/s")

        have = shutil.which("pdftotext") and shutil.which("dcmdump")
        if not have and args.install_peers:
            subprocess.run(["apt-get", "install", "-y", "-q", "poppler-utils", "dcmtk"],
                           stdout=subprocess.DEVNULL)
            have = shutil.which("pdftotext") and shutil.which("dcmdump")
        if not have:
            print("peer: skipped (pdftotext and dcmdump not installed; run with --install-peers as root, "
                  "or apt-get install poppler-utils dcmtk)")
            return
        jobs = str(os.cpu_count() or 2)
        pdf_list = "\n".join(pdfs).encode()
        dcm_list = "\n".join(dicoms).encode()

        def peer(parallel):
            # One pdftotext per PDF, and dcmdump on batches of 500 files, headers only (-M: long
            # values such as pixel data are not loaded). The sequential peer is what an intake
            # script does; the parallel one spreads the same processes over every core.
            p = f"-P {jobs}" if parallel else ""
            pdf_cmd = ["sh", "-c", f"xargs -d '\\n' {p} -I{{}} pdftotext -q {{}} - > /dev/null"]
            dcm_cmd = ["sh", "-c", f"xargs -d '\\n' {p} -n 500 dcmdump -M -q > /dev/null"]
            best = None
            for _ in range(args.runs):
                start = time.perf_counter()
                subprocess.run(pdf_cmd, input=pdf_list, cwd=ROOT)
                mid = time.perf_counter()
                subprocess.run(dcm_cmd, input=dcm_list, cwd=ROOT)
                end = time.perf_counter()
                if best is None or end - start < best[0]:
                    best = (end - start, mid - start, end - mid)
            return best

        for label, parallel in (("peer, one process at a time", False), ("peer on every core", True)):
            total, t_pdf, t_dcm = peer(parallel)
            print(f"{label} (pdftotext + dcmdump): {total:.3f} s wall ({len(pdfs) / t_pdf:.0f} PDFs/s, "
                  f"{len(dicoms) / max(t_dcm, 1e-9):.0f} DICOM headers/s): "
                  f"dossiercheck is {total / wall:.1f}x faster")
    finally:
        if args.keep:
            print(f"kept {inbox}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
