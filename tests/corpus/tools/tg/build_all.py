"""Render the whole tg- batch: python3 build_all.py (needs reportlab, python-docx, LibreOffice, poppler-utils)."""
import runpy, os
here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)
for m in ('docs_a.py', 'docs_b.py', 'docs_c.py', 'docs_d.py'):
    runpy.run_path(os.path.join(here, m), run_name='__main__')
runpy.run_path(os.path.join(here, 'check.py'), run_name='__main__')
