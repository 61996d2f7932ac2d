//! Times the PDF reader alone (text extraction, no checklist) on the PDFs of some folders, one thread,
//! and prints PDF pages per second. Pages are counted the way `benches/inbox.py` counts them.
//!
//! ```text
//! cargo run --release --example bench_pdf_text -- [RUNS=20] FOLDER...
//! ```

use std::path::PathBuf;
use std::time::Instant;

use dossiercheck::read::{pdf, ReadOptions};
use dossiercheck::walk::Entry;

/// `/Type /Page` not followed by `s`: one per page object.
fn count_pages(bytes: &[u8]) -> usize {
    let mut pages = 0;
    let mut at = 0;
    while let Some(i) = find(&bytes[at..], b"/Type") {
        let mut j = at + i + 5;
        while bytes.get(j).is_some_and(|b| b.is_ascii_whitespace()) {
            j += 1;
        }
        let rest = &bytes[j..];
        if rest.starts_with(b"/Page")
            && !rest
                .get(5)
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
        {
            pages += 1;
        }
        at = j;
    }
    pages
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let runs = match args.first().and_then(|a| a.parse::<usize>().ok()) {
        Some(n) => {
            args.remove(0);
            n
        }
        None => 20,
    };
    let mut entries = Vec::new();
    let mut pages = 0;
    for folder in &args {
        for e in walkdir::WalkDir::new(folder).sort_by_file_name() {
            let e = e.expect("walk the folder");
            let path: PathBuf = e.path().to_path_buf();
            if path
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("pdf"))
            {
                let bytes = std::fs::read(&path).expect("read a PDF");
                pages += count_pages(&bytes);
                let mut entry = Entry::standalone(&path);
                entry.rel = path.display().to_string();
                entries.push(entry);
            }
        }
    }
    let options = ReadOptions::default();
    let mut chars = 0;
    let start = Instant::now();
    for _ in 0..runs {
        for entry in &entries {
            let doc = pdf::read(entry, &options);
            chars += doc.text.map_or(0, |t| t.len());
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} PDFs, {pages} pages, {runs} runs: {secs:.3} s, {:.0} pages/s ({chars} text bytes)",
        entries.len(),
        (pages * runs) as f64 / secs
    );
}
