//! Writes the bundled example dossiers under `examples/dossiers/` (synthetic patients only).
//!
//! Run with `cargo run --example make_example_dossiers`; the output is committed, so the README's
//! first command works on a fresh clone. Letters are dated in 2026; check them with
//! `--as-of 2026-11-23` for a stable result.

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::Path;

use common::letters::{self, strs};

fn write(root: &Path, rel: &str, bytes: Vec<u8>) {
    let path = root.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create folder");
    }
    std::fs::write(&path, bytes).expect("write file");
}

/// Copies a folder with everything in it.
fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("list folder").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::create_dir_all(to).expect("create folder");
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

fn main() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/dossiers");
    let _ = std::fs::remove_dir_all(&base);

    // A complete dossier: every applicable requirement met, file names that say nothing.
    let complete = base.join("complete");
    write(
        &complete,
        "verwijsbrief huisarts.pdf",
        common::pdf_text(&strs(&letters::referral("1 oktober 2026"))),
    );
    write(
        &complete,
        "document (3).pdf",
        common::pdf_text(&strs(&letters::history("28-09-2026"))),
    );
    write(
        &complete,
        "brieven/polikliniek orthopedie.docx",
        common::docx_text(&strs(&letters::specialist_letter("15 augustus 2026"))),
    );
    write(
        &complete,
        "brieven/scan0001.pdf",
        common::pdf_text(&strs(&letters::radiology_report("03-08-2026"))),
    );
    write(
        &complete,
        "brieven/ok-verslag 2024.pdf",
        common::pdf_text(&strs(&letters::operation_report("12-03-2024"))),
    );
    let specs: Vec<common::DicomSpec> = (1..=3).map(common::DicomSpec::example).collect();
    common::write_cd(&complete.join("CD MRI pols"), &specs);

    // A dossier that needs review: everything the readable letters call for is there, but a scan
    // without text might say the patient was treated abroad (then an MRSA screening is needed).
    let review = base.join("needs-review");
    copy_tree(&complete, &review);
    write(&review, "scan brief.pdf", common::pdf_image_only());

    // An incomplete dossier: no history letter, a scanned letter, a password-protected PDF, an
    // admission abroad without MRSA screening, and an imaging CD missing.
    let incomplete = base.join("incomplete");
    write(
        &incomplete,
        "Verwijzing.pdf",
        common::pdf_text(&strs(&letters::referral("1 oktober 2026"))),
    );
    write(
        &incomplete,
        "discharge letter.pdf",
        common::pdf_text(&strs(&letters::english_discharge_letter("14 July 2026"))),
    );
    write(&incomplete, "scan0001.pdf", common::pdf_image_only());
    write(&incomplete, "IMG_2041.jpg", common::jpeg_bytes());
    write(
        &incomplete,
        "uitslag beveiligd.pdf",
        common::pdf_encrypted(&strs(&letters::mrsa_result("01-11-2026"))),
    );

    println!("wrote {}", base.display());
}
