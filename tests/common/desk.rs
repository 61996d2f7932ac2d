//! Dossiers as they arrive at the intake desk, for the snapshot and command-line tests: a complete
//! second-opinion dossier, an incomplete one with a scan, a password-protected PDF and no imaging
//! CD, and a mixed inbox of such folders. Every builder writes into a folder it is given, so a test
//! can name the folder (and run the binary from its parent, keeping temporary paths out of the
//! output). Only the synthetic patient of `letters.rs`.

use std::path::{Path, PathBuf};

use super::letters::{self, strs};
use super::{
    cd_files, docx_text, iso_image, jpeg_bytes, pdf_encrypted, pdf_image_only, pdf_text, write_cd,
    DicomSpec,
};

/// Writes `bytes` to `rel` ("/"-separated) below `dir`, creating folders, and returns the path.
pub fn put(dir: &Path, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let mut path = dir.to_path_buf();
    path.extend(rel.split('/'));
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create dossier folder");
    }
    std::fs::write(&path, bytes.as_ref()).expect("write dossier file");
    path
}

/// A text PDF of a synthetic letter.
pub fn pdf(lines: &[String]) -> Vec<u8> {
    pdf_text(&strs(lines))
}

/// A Word document of a synthetic letter.
pub fn docx(lines: &[String]) -> Vec<u8> {
    docx_text(&strs(lines))
}

/// `DicomSpec::example(1..=n)`: one MRI study of the synthetic patient.
pub fn images(n: u32) -> Vec<DicomSpec> {
    (1..=n).map(DicomSpec::example).collect()
}

/// A complete dossier: a GP referral with a question, a recent GP summary (Word), an orthopaedic
/// outpatient letter mentioning an MRI and an operation, the radiology report, the operation report
/// and the MRI on a CD copied as a folder (with its viewer and autorun noise). No treatment abroad,
/// so no MRSA screening is needed.
pub fn complete(dir: &Path) {
    put(
        dir,
        "verwijsbrief huisarts.pdf",
        pdf(&letters::referral("1 oktober 2026")),
    );
    put(
        dir,
        "huisartsensamenvatting.docx",
        docx(&letters::history("28-09-2026")),
    );
    put(
        dir,
        "brieven/polikliniek orthopedie.pdf",
        pdf(&letters::specialist_letter("15 augustus 2026")),
    );
    put(
        dir,
        "brieven/verslag radiologie.pdf",
        pdf(&letters::radiology_report("03-08-2026")),
    );
    put(
        dir,
        "brieven/operatieverslag.pdf",
        pdf(&letters::operation_report("12-03-2024")),
    );
    write_cd(&dir.join("CD MRI pols"), &images(3));
}

/// The same complete dossier with the CD as an ISO image instead of a folder.
pub fn complete_with_iso(dir: &Path) {
    put(
        dir,
        "verwijsbrief huisarts.pdf",
        pdf(&letters::referral("1 oktober 2026")),
    );
    put(
        dir,
        "huisartsensamenvatting.pdf",
        pdf(&letters::history("28-09-2026")),
    );
    put(
        dir,
        "polikliniek orthopedie.docx",
        docx(&letters::specialist_letter("15 augustus 2026")),
    );
    put(
        dir,
        "verslag radiologie.pdf",
        pdf(&letters::radiology_report("03-08-2026")),
    );
    put(
        dir,
        "operatieverslag.pdf",
        pdf(&letters::operation_report("12-03-2024")),
    );
    let files = cd_files(&images(2));
    let files: Vec<(&str, Vec<u8>)> = files.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    put(dir, "MRI pols.iso", iso_image(&files));
}

/// An incomplete dossier: referral, GP summary and an outpatient letter that mentions an MRI and an
/// operation are readable; the radiology report is missing, the operation report arrived
/// password-protected (`operatieverslag.pdf`), a scan without text (`scan0001.pdf`) could be anything,
/// and there is no imaging CD.
pub fn incomplete(dir: &Path) {
    put(
        dir,
        "Verwijzing.pdf",
        pdf(&letters::referral("1 oktober 2026")),
    );
    put(
        dir,
        "huisartsensamenvatting.pdf",
        pdf(&letters::history("28-09-2026")),
    );
    put(
        dir,
        "polikliniek orthopedie.pdf",
        pdf(&letters::specialist_letter("15 augustus 2026")),
    );
    put(dir, "scan0001.pdf", pdf_image_only());
    put(
        dir,
        "operatieverslag.pdf",
        pdf_encrypted(&strs(&letters::operation_report("12-03-2024"))),
    );
}

/// Only a referral: everything else is missing, nothing needs a human look.
pub fn only_referral(dir: &Path) {
    put(
        dir,
        "verwijsbrief.pdf",
        pdf(&letters::referral("1 oktober 2026")),
    );
}

/// Treated abroad (an English discharge letter from Spain) without an MRSA screening result, a photo
/// of a letter and no CD.
pub fn treated_abroad(dir: &Path) {
    put(
        dir,
        "verwijsbrief.pdf",
        pdf(&letters::referral_with_history("1 oktober 2026")),
    );
    put(
        dir,
        "discharge letter.pdf",
        pdf(&letters::english_discharge_letter("14 July 2026")),
    );
    put(dir, "IMG_2041.jpg", jpeg_bytes());
}

/// A referral more than a year old, and a GP summary older than six months.
pub fn outdated(dir: &Path) {
    put(
        dir,
        "verwijsbrief.pdf",
        pdf(&letters::referral("2 september 2025")),
    );
    put(
        dir,
        "huisartsensamenvatting.pdf",
        pdf(&letters::history("03-01-2026")),
    );
    put(
        dir,
        "polikliniek.pdf",
        pdf(&letters::specialist_letter_nothing_done("15 augustus 2026")),
    );
}

/// A folder with nothing in it yet.
pub fn empty(dir: &Path) {
    std::fs::create_dir_all(dir).expect("create empty dossier");
}

/// The dossiers of [`mixed_inbox`], by folder name, in the order `check --each` lists them.
pub const INBOX: [&str; 8] = [
    "01-compleet",
    "02-onvolledig",
    "03-alleen-verwijzing",
    "04-buitenland",
    "05-verouderd",
    "06-leeg",
    "07-compleet-iso",
    "08-onvolledig-kopie",
];

/// An inbox of eight dossiers of every sort (complete, incomplete, empty, outdated, treated abroad,
/// CD as ISO) in `root`, named as in [`INBOX`]. Returns the dossier folders in that order.
pub fn mixed_inbox(root: &Path) -> Vec<PathBuf> {
    let builders: [fn(&Path); 8] = [
        complete,
        incomplete,
        only_referral,
        treated_abroad,
        outdated,
        empty,
        complete_with_iso,
        incomplete,
    ];
    INBOX
        .iter()
        .zip(builders)
        .map(|(name, build)| {
            let dir = root.join(name);
            std::fs::create_dir_all(&dir).expect("create inbox dossier");
            build(&dir);
            dir
        })
        .collect()
}
