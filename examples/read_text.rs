//! Prints the text dossiercheck reads from PDF and Word files, one file after the other, with tabs shown
//! as ` | ` so columns are visible: for checking the readers against real files by hand.
//!
//! ```text
//! cargo run --example read_text -- FILE...
//! ```

use std::path::PathBuf;

use dossiercheck::read::{docx, pdf, ReadOptions};
use dossiercheck::walk::Entry;

fn main() {
    let options = ReadOptions::default();
    for arg in std::env::args().skip(1) {
        let path = PathBuf::from(&arg);
        let mut entry = Entry::standalone(&path);
        entry.rel = arg.clone();
        let doc = if arg.to_lowercase().ends_with(".docx") {
            docx::read(&entry, &options)
        } else {
            pdf::read(&entry, &options)
        };
        println!("==> {arg}");
        for problem in &doc.problems {
            println!("[{}] {}", problem.code, problem.message);
        }
        if let Some(text) = doc.text {
            print!("{}", text.replace('\t', " | "));
        }
    }
}
