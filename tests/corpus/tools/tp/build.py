"""Render every document of the corpus and write its label.

usage: python3 build.py [tp-001 tp-002 ...]
Needs reportlab, python-docx, pypdf (for merging) and LibreOffice (soffice) for a few PDFs.
"""
import sys

import lib
import docs_a  # noqa: F401  (registers tp-001..016)
import docs_b  # noqa: F401
import docs_c  # noqa: F401
import docs_d  # noqa: F401


def main(argv):
    lib.DOCS.mkdir(parents=True, exist_ok=True)
    lib.BUILD.mkdir(parents=True, exist_ok=True)
    stems = argv or sorted(lib.REGISTRY)
    for stem in stems:
        # remove older renderings of this stem in another format
        for old in lib.DOCS.glob(stem + ".*"):
            old.unlink()
        lab = lib.REGISTRY[stem]()
        lib.write_label(stem, lab)
        print(stem, "ok")


if __name__ == "__main__":
    main(sys.argv[1:])
