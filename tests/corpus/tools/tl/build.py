"""Build all tl- documents and their sidecar labels into ../docs.
Usage: python3 build.py [N ...]   (no args: build all)"""
import sys, os, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import REG, write_label, DOCS
import docs_a, docs_b, docs_c, docs_d  # noqa: F401  (register documents)

def main(argv):
    nums = [int(a) for a in argv] if argv else sorted(REG)
    for n in nums:
        for old in glob.glob(os.path.join(DOCS, 'tl-%03d.*' % n)):
            os.remove(old)
        lab = REG[n]()
        write_label(os.path.join(DOCS, 'tl-%03d.toml' % n), lab)
        print('built tl-%03d' % n)

if __name__ == '__main__':
    main(sys.argv[1:])
