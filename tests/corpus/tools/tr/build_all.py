"""Render every tr- document and label, then the README. Run from anywhere: python3 build_all.py"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = ["gen_pdf_1.py", "gen_pdf_2.py", "gen_pdf_3.py", "gen_pdf_4.py", "gen_merged.py",
           "gen_docx_1.py", "gen_docx_2.py", "gen_txt_1.py", "gen_txt_2.py", "make_readme.py"]

if __name__ == "__main__":
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    for s in SCRIPTS:
        subprocess.run([sys.executable, os.path.join(HERE, s)], cwd=HERE, check=True, env=env)
    print("all done")
