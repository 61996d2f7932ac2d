//! Seeded mutation fuzzing of every reader, in CI: small valid inputs built in code (a PDF and a
//! Word letter, a text note, a DICOM image, a DICOMDIR, an ISO image and a zip of a CD, a
//! `dossier.toml`) are damaged with bit flips, truncations, length-field bombs (huge values where a
//! length or a number stands), insertions of bytes and of awkward Unicode, deletions and duplicated
//! runs, and each result is read through the library's entry points. No input may panic (each read
//! runs under `catch_unwind` here, so the input's seed and number are reported), none may carry the
//! `internal-error` problem (a panic the readers caught themselves), and none may take more than
//! [`SLOW`] (a hang or a blow-up; the test harness bounds the whole run).
//!
//! Inputs per run (fixed seeds, so every run reads the same inputs): DICOM 20,000, DICOMDIR 10,000,
//! text 3,000, ISO 3,000, PDF 2,000, DOCX 2,000, `dossier.toml` 2,000, zip 1,500, and 200 whole
//! dossiers through `check_dossier` with eight or nine mutated files each: about 45,000 in all. Measured
//! in a debug build on two shared cores: 6 to 19 s for the file (more when other builds run), each
//! test on its own thread; PDF and text are the slowest. `--nocapture` prints how many inputs of
//! each kind still read; at least one in fifty must, or the mutations would test only each reader's
//! first check.
//! Set `FUZZ_SCALE=10` for a longer run by hand, `FUZZ_SEED=N` for other inputs.

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::time::{Duration, Instant};

use common::media::{specs, zip_bytes};
use common::{cd_files, dicom_file, docx_text, iso_image, pdf_text, DicomSpec};
use dossiercheck::checklist::Checklist;
use dossiercheck::read::{ReadDoc, ReadOptions};

// Inputs per format (see the module documentation for the time they take).
const PDFS: usize = 2_000;
const WORD_FILES: usize = 2_000;
const TEXT_FILES: usize = 3_000;
const DICOM_IMAGES: usize = 20_000;
const DICOMDIRS: usize = 10_000;
const ISO_IMAGES: usize = 3_000;
const ZIPS: usize = 1_500;
const DOSSIER_TOMLS: usize = 2_000;
/// Whole dossiers, each with nine mutated files.
const DOSSIERS: usize = 200;

/// No single input may take longer than this (debug build, shared cores). At ten times the counts
/// no input took even a quarter of it; the DICOM desync the fuzzer found took five seconds.
const SLOW: Duration = Duration::from_secs(2);

/// A small deterministic generator (xorshift64*), so damage is random but every run the same.
struct Rng(u64);

impl Rng {
    /// A generator for `seed`, moved by `FUZZ_SEED` when set (other inputs for a run by hand).
    fn new(seed: u64) -> Rng {
        let offset = std::env::var("FUZZ_SEED")
            .ok()
            .and_then(|s| s.parse::<u64>().ok())
            .unwrap_or(0);
        Rng((seed ^ offset.wrapping_mul(0x9E37_79B9_7F4A_7C15)) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Text that changes length when folded or cased, reorders, or breaks lines: what trips offset
/// arithmetic between folded and original text.
const AWKWARD: &[&str] = &[
    "ｍｗ. ",
    "İ",
    "ß",
    "ﬁ",
    "\u{202e}",
    "\u{0301}",
    "\r",
    "\n\n",
    "\0",
    "\u{feff}",
    "🩻",
    "ǅ",
    "Ⅻ",
    "Datum: 31-02-2026",
    "Betreft: ",
    "niet ",
    "MRI ",
    "\t",
    "\u{c}\n",
    "é",
];

/// Length values that make naive readers reserve or skip gigabytes.
const BOMBS: &[u32] = &[
    0xFFFF_FFFF,
    0xFFFF_FFF0,
    0x7FFF_FFFF,
    0x8000_0000,
    0x0001_0000,
    0,
];

/// Applies one to three mutations to `seed`.
fn mutate(seed: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..1 + rng.below(3) {
        match rng.below(8) {
            0 => flip_bits(&mut bytes, rng),
            1 => bytes.truncate(rng.below(bytes.len() + 1)),
            2 => length_bomb(&mut bytes, rng),
            3 => number_bomb(&mut bytes, rng),
            4 => insert(&mut bytes, rng),
            5 => insert_awkward(&mut bytes, rng),
            6 => delete_run(&mut bytes, rng),
            _ => duplicate_run(&mut bytes, rng),
        }
    }
    bytes
}

fn flip_bits(bytes: &mut [u8], rng: &mut Rng) {
    if bytes.is_empty() {
        return;
    }
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(bytes.len());
        bytes[at] ^= 1 << rng.below(8);
    }
}

/// A huge value in a binary length field: after a DICOM VR when one is near, else anywhere.
fn length_bomb(bytes: &mut [u8], rng: &mut Rng) {
    if bytes.len() < 8 {
        return;
    }
    let start = rng.below(bytes.len() - 4);
    let vr = (start..bytes.len().saturating_sub(8).min(start + 256))
        .find(|&i| bytes[i].is_ascii_uppercase() && bytes[i + 1].is_ascii_uppercase());
    let bomb = BOMBS[rng.below(BOMBS.len())].to_le_bytes();
    match vr {
        // Both forms of explicit VR: a 2-byte length right after the VR, a 4-byte one after two
        // reserved bytes.
        Some(i) if rng.below(2) == 0 => bytes[i + 2..i + 4].copy_from_slice(&bomb[..2]),
        Some(i) => bytes[i + 4..i + 8].copy_from_slice(&bomb),
        None => bytes[start..start + 4].copy_from_slice(&bomb),
    }
}

/// A huge or negative number where a run of ASCII digits stands (PDF lengths and offsets, zip
/// sizes as text, TOML values, XML attributes).
fn number_bomb(bytes: &mut Vec<u8>, rng: &mut Rng) {
    let start = rng.below(bytes.len() + 1);
    let Some(at) = (start..bytes.len()).find(|&i| bytes[i].is_ascii_digit()) else {
        return;
    };
    let end = (at..bytes.len())
        .find(|&i| !bytes[i].is_ascii_digit())
        .unwrap_or(bytes.len());
    let bomb: &[u8] = match rng.below(4) {
        0 => b"4294967295",
        1 => b"99999999999999999999999",
        2 => b"-1",
        _ => b"0",
    };
    bytes.splice(at..end, bomb.iter().copied());
}

fn insert(bytes: &mut Vec<u8>, rng: &mut Rng) {
    let at = rng.below(bytes.len() + 1);
    let n = 1 + rng.below(64);
    let junk: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
    bytes.splice(at..at, junk);
}

fn insert_awkward(bytes: &mut Vec<u8>, rng: &mut Rng) {
    let at = rng.below(bytes.len() + 1);
    let text = AWKWARD[rng.below(AWKWARD.len())].repeat(1 + rng.below(4));
    bytes.splice(at..at, text.into_bytes());
}

fn delete_run(bytes: &mut Vec<u8>, rng: &mut Rng) {
    let at = rng.below(bytes.len() + 1);
    let end = (at + 1 + rng.below(256)).min(bytes.len());
    bytes.drain(at..end);
}

fn duplicate_run(bytes: &mut Vec<u8>, rng: &mut Rng) {
    if bytes.is_empty() {
        return;
    }
    let at = rng.below(bytes.len());
    let end = (at + 1 + rng.below(512)).min(bytes.len());
    let run = bytes[at..end].repeat(1 + rng.below(4));
    bytes.splice(at..at, run);
}

/// How many inputs of a kind to try: `base` times `FUZZ_SCALE` (default 1).
fn count(base: usize) -> usize {
    let scale = std::env::var("FUZZ_SCALE")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
        .unwrap_or(1);
    base * scale.max(1)
}

/// Runs `read` on input `i` of `kind`, failing with the input's identity on a panic, an
/// `internal-error` problem or a read slower than [`SLOW`]. Returns the documents read.
fn guarded_read(kind: &str, i: usize, read: impl FnOnce() -> Vec<ReadDoc>) -> Vec<ReadDoc> {
    let started = Instant::now();
    let docs = catch_unwind(AssertUnwindSafe(read)).unwrap_or_else(|panic| {
        let message = dossiercheck::read::panic_message(&*panic);
        panic!("{kind} input {i} panicked: {message}")
    });
    let took = started.elapsed();
    assert!(took < SLOW, "{kind} input {i} took {took:?}");
    if took > SLOW / 4 {
        eprintln!("{kind} input {i} took {took:?}");
    }
    for doc in &docs {
        assert_no_internal_error(kind, i, &doc.path, &doc.problems);
    }
    docs
}

fn assert_no_internal_error(
    kind: &str,
    i: usize,
    path: &str,
    problems: &[dossiercheck::read::Problem],
) {
    let internal = problems.iter().find(|p| p.code == "internal-error");
    assert!(
        internal.is_none(),
        "{kind} input {i} ({path}): {}",
        internal.map(|p| p.message.as_str()).unwrap_or_default()
    );
}

/// The lines of a referral letter, the seed of the letter formats.
fn letter() -> Vec<String> {
    let mut lines = common::letters::referral("1 oktober 2026");
    lines.push("Betreft: mw. A. Testpersoon, geb. 01-01-1980".into());
    lines.push("MRI pols rechts verricht op 15-09-2026; niet geopereerd.".into());
    lines
}

fn refs(lines: &[String]) -> Vec<&str> {
    lines.iter().map(String::as_str).collect()
}

/// Mutates `seeds` (taken in turn) `n` times and reads each result from a file named `name`.
fn fuzz_files(kind: &str, seeds: &[Vec<u8>], n: usize, seed: u64, name: &str) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let options = ReadOptions::default();
    let mut rng = Rng::new(seed);
    let mut readable = 0;
    for i in 0..n {
        let bytes = mutate(&seeds[i % seeds.len()], &mut rng);
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).expect("write input");
        let docs = guarded_read(kind, i, || {
            dossiercheck::read::read_document(&path, &options)
        });
        readable += usize::from(docs.iter().any(|d| d.readable));
    }
    reached(kind, readable, n);
}

/// Reports how many inputs still read, and fails when too few do: mutations that only ever make
/// junk would test the first check of each reader and nothing behind it.
fn reached(kind: &str, readable: usize, n: usize) {
    eprintln!("{kind}: {readable} of {n} mutated inputs still read");
    assert!(
        readable * 50 >= n,
        "{kind}: only {readable} of {n} inputs read"
    );
}

#[test]
fn mutated_pdfs() {
    let lines = letter();
    let seeds = vec![
        pdf_text(&refs(&lines)),
        common::pdf_encrypted(&refs(&lines)),
        common::pdf_image_only(),
    ];
    fuzz_files("PDF", &seeds, count(PDFS), 0x5EED_0001, "brief.pdf");
}

#[test]
fn mutated_word_files() {
    let lines = letter();
    fuzz_files(
        "DOCX",
        &[docx_text(&refs(&lines))],
        count(WORD_FILES),
        0x5EED_0002,
        "brief.docx",
    );
}

#[test]
fn mutated_text_files() {
    let text = letter().join("\n").into_bytes();
    fuzz_files(
        "text",
        &[text],
        count(TEXT_FILES),
        0x5EED_0003,
        "notitie.txt",
    );
}

#[test]
fn mutated_dicom_images() {
    use dossiercheck::read::media::read_header;
    let seeds = [
        dicom_file(&DicomSpec::example(1)),
        common::media::without_preamble(&dicom_file(&DicomSpec::example(2))),
    ];
    let mut rng = Rng::new(0x5EED_0004);
    let n = count(DICOM_IMAGES);
    let mut readable = 0;
    for i in 0..n {
        let bytes = mutate(&seeds[i % seeds.len()], &mut rng);
        // The declared size is sometimes a lie, as an ISO or zip directory can tell one.
        let declared = match rng.below(4) {
            0 => rng.next() % (1 << 20),
            _ => bytes.len() as u64,
        };
        guarded_read("DICOM", i, || {
            readable += usize::from(read_header(&mut bytes.as_slice(), declared).is_ok());
            Vec::new()
        });
    }
    reached("DICOM", readable, n);
}

#[test]
fn mutated_dicomdirs() {
    use dossiercheck::read::media::parse_dicomdir;
    let seed = cd_files(&specs(3)).remove(0).1;
    let mut rng = Rng::new(0x5EED_0005);
    let n = count(DICOMDIRS);
    let mut readable = 0;
    for i in 0..n {
        let bytes = mutate(&seed, &mut rng);
        guarded_read("DICOMDIR", i, || {
            readable += usize::from(parse_dicomdir(&bytes).is_ok());
            Vec::new()
        });
    }
    reached("DICOMDIR", readable, n);
}

#[test]
fn mutated_iso_images() {
    use dossiercheck::read::media::iso::{read_image, Image};
    let files = cd_files(&specs(2));
    let iso = iso_image(
        &files
            .iter()
            .map(|(p, b)| (p.as_str(), b.clone()))
            .collect::<Vec<_>>(),
    );
    let mut rng = Rng::new(0x5EED_0006);
    let n = count(ISO_IMAGES);
    let mut readable = 0;
    for i in 0..n {
        let bytes = mutate(&iso, &mut rng);
        let docs = guarded_read("ISO", i, || read_image(&Image::Memory(bytes), "cd.iso"));
        assert!(!docs.is_empty(), "ISO input {i} yields a document");
        readable += usize::from(docs.iter().any(|d| d.readable));
    }
    reached("ISO", readable, n);
}

#[test]
fn mutated_zips() {
    let files = cd_files(&specs(2));
    let seeds = [zip_bytes(&files, true), zip_bytes(&files, false)];
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut rng = Rng::new(0x5EED_0007);
    let n = count(ZIPS);
    let mut readable = 0;
    for i in 0..n {
        let bytes = mutate(&seeds[i % 2], &mut rng);
        let path = dir.path().join("portal.zip");
        std::fs::write(&path, &bytes).expect("write input");
        let entry = dossiercheck::walk::Entry::standalone(&path);
        let docs = guarded_read("zip", i, || dossiercheck::read::media::zip::read(&entry));
        assert!(!docs.is_empty(), "zip input {i} yields a document");
        readable += usize::from(docs.iter().any(|d| d.readable));
    }
    reached("zip", readable, n);
}

#[test]
fn mutated_dossier_tomls() {
    let checklist = Checklist::builtin().expect("built-in checklist");
    let seed = b"# facts staff know\n[facts]\ntreated_abroad = true\noperated = false\nimaging_done = true\n";
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("dossier.toml");
    let mut rng = Rng::new(0x5EED_0008);
    let n = count(DOSSIER_TOMLS);
    let mut readable = 0;
    for i in 0..n {
        let bytes = mutate(seed, &mut rng);
        std::fs::write(&path, &bytes).expect("write input");
        guarded_read("dossier.toml", i, || {
            let facts = dossiercheck::facts::read_dossier_facts(&path, &checklist);
            readable += usize::from(facts.is_ok());
            Vec::new()
        });
    }
    reached("dossier.toml", readable, n);
}

/// Writes a dossier of nine mutated files (eight, when `dossier.toml` is left whole) into `dir`: letters in three formats, facts, a CD folder
/// (mutated index and image), a loose image, an ISO and a zip.
fn write_mutated_dossier(dir: &Path, seeds: &DossierSeeds, rng: &mut Rng) {
    let write = |rel: &str, bytes: Vec<u8>| {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("folder");
        }
        std::fs::write(path, bytes).expect("write input");
    };
    write("brief.pdf", mutate(&seeds.pdf, rng));
    write("brief.docx", mutate(&seeds.docx, rng));
    write("notitie.txt", mutate(&seeds.text, rng));
    // A dossier.toml that no longer parses stops the whole check (by design), so it is damaged in
    // one dossier of four only: the other files must be read too.
    let toml = if rng.below(4) == 0 {
        mutate(&seeds.toml, rng)
    } else {
        seeds.toml.clone()
    };
    write("dossier.toml", toml);
    for (rel, bytes) in &seeds.cd {
        write(&format!("CD/{rel}"), bytes.clone());
    }
    write("CD/DICOMDIR", mutate(&seeds.cd[0].1, rng));
    write(
        "CD/DICOM/ST000001/SE000001/IM000001",
        mutate(&seeds.cd[1].1, rng),
    );
    write("los/IM1.dcm", mutate(&seeds.cd[2].1, rng));
    write("cd.iso", mutate(&seeds.iso, rng));
    write("portal.zip", mutate(&seeds.zip, rng));
}

struct DossierSeeds {
    pdf: Vec<u8>,
    docx: Vec<u8>,
    text: Vec<u8>,
    toml: Vec<u8>,
    cd: Vec<(String, Vec<u8>)>,
    iso: Vec<u8>,
    zip: Vec<u8>,
}

#[test]
fn mutated_whole_dossiers() {
    use dossiercheck::check::{check_dossier, CheckError, CheckOptions};
    let lines = letter();
    let cd = cd_files(&specs(2));
    let seeds = DossierSeeds {
        pdf: pdf_text(&refs(&lines)),
        docx: docx_text(&refs(&lines)),
        text: lines.join("\n").into_bytes(),
        toml: b"[facts]\ntreated_abroad = false\n".to_vec(),
        iso: iso_image(
            &cd.iter()
                .map(|(p, b)| (p.as_str(), b.clone()))
                .collect::<Vec<_>>(),
        ),
        zip: zip_bytes(&cd, true),
        cd,
    };
    let checklist = Checklist::builtin().expect("built-in checklist").compile();
    let options = CheckOptions {
        as_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date"),
        cli_facts: Default::default(),
        lang: None,
        read: ReadOptions::default(),
    };
    let mut rng = Rng::new(0x5EED_0009);
    let n = count(DOSSIERS);
    let mut checked = 0;
    for i in 0..n {
        let dir = tempfile::tempdir().expect("temporary dossier");
        write_mutated_dossier(dir.path(), &seeds, &mut rng);
        let started = Instant::now();
        let result = catch_unwind(AssertUnwindSafe(|| {
            check_dossier(dir.path(), &checklist, &options)
        }))
        .unwrap_or_else(|panic| {
            let message = dossiercheck::read::panic_message(&*panic);
            panic!("dossier {i} panicked: {message}")
        });
        let took = started.elapsed();
        assert!(took < SLOW * 3, "dossier {i} took {took:?}");
        match result {
            Ok(report) => {
                for doc in &report.documents {
                    assert_no_internal_error("dossier", i, &doc.path, &doc.problems);
                }
                render_all(&report, i);
                checked += 1;
            }
            Err(CheckError::Internal(message)) => panic!("dossier {i}: internal error {message}"),
            // A dossier.toml that no longer parses stops the check of this dossier: by design.
            Err(_) => {}
        }
    }
    reached("whole dossier", checked, n);
}

/// Writes the report in the desk's formats: damaged files put odd names, fields and quotes in
/// every one of them.
fn render_all(report: &dossiercheck::report::Report, i: usize) {
    use dossiercheck::report::{json, letter, text};
    catch_unwind(AssertUnwindSafe(|| {
        let style = text::Style {
            color: false,
            ascii: i.is_multiple_of(2),
            width: i.is_multiple_of(5).then_some(40),
        };
        let _ = text::render(report, true, style);
        let _ = letter::render(report, i.is_multiple_of(3));
        let _ = json::render(report);
    }))
    .unwrap_or_else(|panic| {
        let message = dossiercheck::read::panic_message(&*panic);
        panic!("the report of dossier {i} panicked: {message}")
    });
}
