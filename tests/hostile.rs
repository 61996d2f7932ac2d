//! Hostile and careless input in an unattended inbox run: one bad dossier must cost only itself.

mod common;

use common::run::AS_OF;

/// An inbox with a good dossier on each side of `bad`, checked with `--each` as JSON.
fn inbox_around(case: &str, bad: impl FnOnce(&std::path::Path)) -> (serde_json::Value, i32) {
    let inbox = tempfile::tempdir().expect("temporary inbox");
    for name in ["a-goed", "c-goed"] {
        let dir = inbox.path().join(name);
        std::fs::create_dir_all(&dir).expect("dossier folder");
        std::fs::write(
            dir.join("brief.txt"),
            "Huisartsenpraktijk De Linde\nDatum: 01-11-2026\nGeachte collega,\n",
        )
        .expect("letter");
    }
    let bad_dir = inbox.path().join("b-slecht");
    std::fs::create_dir_all(&bad_dir).expect("dossier folder");
    bad(&bad_dir);
    let args: Vec<&std::ffi::OsStr> = ["check", "--as-of", AS_OF, "--format", "json", "--each"]
        .iter()
        .map(std::ffi::OsStr::new)
        .chain([inbox.path().as_os_str()])
        .collect();
    let run = run_measured(case, &args);
    let reports = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", run.stdout, run.stderr));
    (reports, run.code)
}

#[test]
fn a_letter_with_full_width_letters_does_not_take_the_inbox_down() {
    let (reports, code) = inbox_around("full-width letters, --each", |dir| {
        std::fs::write(
            dir.join("verwijzing.txt"),
            "Betreft: ｍｗ. A. Testpersoon, geb. 01-02-1980\nGeachte collega,\n",
        )
        .expect("letter");
    });
    let reports = reports.as_array().expect("one report per dossier");
    assert_eq!(reports.len(), 3);
    for r in reports {
        assert_eq!(r["status"], "incomplete", "{r}");
    }
    assert_eq!(code, 1);
}

#[test]
fn a_huge_sparse_dossier_toml_is_refused_for_that_dossier_only() {
    let (reports, code) = inbox_around("sparse 4 GB dossier.toml, --each", |dir| {
        let file = std::fs::File::create(dir.join("dossier.toml")).expect("dossier.toml");
        // 4 GB of nothing: a sparse file costs no disk, but reading it whole would.
        file.set_len(4 << 30).expect("sparse file");
    });
    let reports = reports.as_array().expect("one report per dossier");
    assert_eq!(reports.len(), 3);
    assert_eq!(reports[0]["status"], "incomplete");
    assert_eq!(reports[1]["status"], "error");
    let error = reports[1]["error"].as_str().expect("an error message");
    assert!(
        error.contains("dossier.toml") && error.contains("too large"),
        "{error}"
    );
    assert_eq!(reports[2]["status"], "incomplete");
    assert_eq!(
        code, 2,
        "a dossier that could not be checked makes the run exit 2"
    );
}

#[test]
fn a_long_letter_dense_with_checklist_words_is_read_in_linear_time() {
    // Half a megabyte of cue words, negations and plans without a full stop: every match used to
    // rescan the whole text for its negation (minutes); the run must now end well within the
    // harness's time limit.
    let words = [
        "geen",
        "operatie",
        "MRI",
        "niet",
        "geopereerd",
        "echo",
        "opgenomen",
        "Spanje",
        "voorgesteld",
        "moeder",
        "verwijzing",
        "operatieverslag",
        "röntgen",
        "nooit",
        "de",
    ];
    let mut text = String::from("Geachte collega,\n\n");
    let mut i: usize = 7;
    while text.len() < 512 * 1024 {
        i = i.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        text.push_str(words[(i >> 8) % words.len()]);
        text.push(' ');
    }
    let dossier = common::Dossier::new();
    dossier.write("brief.txt", &text);
    let (report, run) =
        check_json_measured("512 KB dense with checklist words", dossier.path(), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(report["status"], "incomplete");
    assert!(run.took < hang_guard(10), "{:?}", run.took);
}

#[test]
fn a_folder_that_cannot_be_opened_needs_a_look_instead_of_missing() {
    use dossiercheck::check::{check_walked, CheckOptions};
    use dossiercheck::checklist::Checklist;
    use dossiercheck::evaluate::Status;
    // As root (CI) a folder cannot be made unreadable, so the walk's finding is given directly:
    // what matters is that it reaches the verdict.
    let dossier = common::Dossier::new();
    dossier.write(
        "brief.txt",
        "Huisartsenpraktijk De Linde\nDatum: 01-11-2026\nGeachte collega,\n",
    );
    let mut walked = dossiercheck::walk::walk(dossier.path()).expect("walk");
    walked.ignored.push(dossiercheck::walk::Ignored {
        path: "scans van de patiënt".to_string(),
        reason: "unreadable-folder".to_string(),
    });
    let checklist = Checklist::builtin().expect("built-in checklist").compile();
    let options = CheckOptions {
        as_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date"),
        cli_facts: Default::default(),
        lang: None,
        read: Default::default(),
    };
    let report = check_walked(dossier.path(), walked, &checklist, &options).expect("checked");
    let referral = report
        .requirements
        .iter()
        .find(|r| r.id == "referral")
        .expect("referral requirement");
    assert_eq!(referral.status, Status::NeedsReview, "{}", referral.reason);
    assert!(
        referral.reason.contains("scans van de patiënt"),
        "{}",
        referral.reason
    );
    assert!(report
        .documents
        .iter()
        .any(|d| d.path == "scans van de patiënt" && !d.readable));
}

#[test]
fn twenty_thousand_unreadable_files_are_named_in_linear_time() {
    // Every reason names every unreadable file; each name used to be looked up by a linear search
    // over all documents (40,000 files took seconds, 200,000 minutes). The harness's time limit is
    // the guard; the verdict must still send a person to look.
    let dossier = common::Dossier::new();
    for i in 0..20_000 {
        std::fs::write(dossier.path().join(format!("scan{i:05}.pdf")), b"").expect("empty scan");
    }
    let (report, run) = check_json_measured("20,000 unreadable files", dossier.path(), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.took < hang_guard(10), "{:?}", run.took);
    assert_eq!(report["status"], "needs-review");
    assert_eq!(common::run::status(&report, "referral"), "needs-review");
    let documents = report["documents"].as_array().expect("documents");
    assert_eq!(documents.len(), 20_000);
    // A person reads twenty names and a count; a script has every file in the evidence.
    let referral = common::run::req(&report, "referral");
    let reason = referral["reason"].as_str().unwrap_or("");
    assert!(reason.ends_with("en 19980 andere"), "{reason}");
    assert_eq!(referral["evidence"].as_array().map(Vec::len), Some(20_000));
}

/// The peak resident memory of a child process in kB, read from `/proc/<pid>/status` while it runs
/// (`VmHWM` is the high-water mark, so polling now and then still sees the peak). None where there
/// is no `/proc`.
fn peak_rss_kb(mut child: std::process::Child) -> Option<(u64, std::process::ExitStatus)> {
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = None;
    loop {
        if let Ok(status) = std::fs::read_to_string(&status_file) {
            let hwm = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok());
            if hwm.is_some() {
                peak = peak.max(hwm);
            }
        }
        if let Some(exit) = child.try_wait().expect("child status") {
            return peak.map(|p| (p, exit));
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

#[test]
fn a_200_mb_text_file_is_read_within_the_memory_budget() {
    let dossier = common::Dossier::new();
    dossier.write(
        "brief.txt",
        "Huisartsenpraktijk De Linde\nDatum: 01-11-2026\nGeachte collega,\n",
    );
    // 200 MB of text: a line of words repeated, written in chunks so the test itself stays small.
    write_repeated(
        &dossier.path().join("uitdraai.txt"),
        "Patiënt bekend met klachten van de pols, geen operatie, echo gepland.\n",
        200 << 20,
    );
    assert_text_cut_within_budget("200 MB text file", dossier.path());
}

/// Writes `piece` over and over into `path` until `bytes` are written, in chunks.
fn write_repeated(path: &std::path::Path, piece: &str, bytes: usize) {
    use std::io::Write;
    let file = std::fs::File::create(path).expect("text file");
    let mut out = std::io::BufWriter::new(file);
    let mut written = 0;
    while written < bytes {
        out.write_all(piece.as_bytes()).expect("write");
        written += piece.len();
    }
    out.flush().expect("flush");
}

/// Checks the dossier: `uitdraai.txt` is `too-large`, within the memory budget and in time.
fn assert_text_cut_within_budget(case: &str, dossier: &std::path::Path) {
    let (report, run) = check_json_measured(case, dossier, &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        common::run::problem_codes(&report, "uitdraai.txt").contains(&"too-large".to_string()),
        "{:#}",
        common::run::doc(&report, "uitdraai.txt")
    );
    assert_within_budget_and_time(&run, 20);
}

#[test]
fn a_dossier_past_its_time_limit_is_an_error_for_that_dossier() {
    use dossiercheck::check::{check_walked, CheckError, CheckOptions};
    use dossiercheck::checklist::Checklist;
    let dossier = common::Dossier::new();
    dossier.write(
        "brief.txt",
        "Huisartsenpraktijk De Linde\nDatum: 01-11-2026\nGeachte collega,\n",
    );
    let walked = dossiercheck::walk::walk(dossier.path()).expect("walk");
    let checklist = Checklist::builtin().expect("built-in checklist").compile();
    // No time at all: the limit is passed before the first file, whatever the machine's speed.
    let options = CheckOptions {
        as_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date"),
        cli_facts: Default::default(),
        lang: None,
        read: dossiercheck::read::ReadOptions {
            dossier_timeout: std::time::Duration::ZERO,
            ..Default::default()
        },
    };
    let error =
        check_walked(dossier.path(), walked, &checklist, &options).expect_err("out of time");
    assert!(matches!(error, CheckError::TimedOut(_)), "{error}");
    assert!(error.to_string().contains("took longer"), "{error}");
}

#[test]
fn a_zip_with_too_many_entries_is_too_large_without_being_parsed() {
    use std::io::Write;
    // Every entry of the central directory costs memory in the zip reader (300,000 entries took
    // 300 MB), so the count is read from the end record first.
    let dossier = common::Dossier::new();
    let file = std::fs::File::create(dossier.path().join("beelden.zip")).expect("zip");
    let mut zip = zip::ZipWriter::new(file);
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..12_000 {
        zip.start_file(format!("f{i}"), options).expect("entry");
        zip.write_all(b"").expect("entry data");
    }
    zip.finish().expect("finish zip");
    let (report, run) = check_json_measured("zip with 12,000 entries", dossier.path(), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        common::run::problem_codes(&report, "beelden.zip"),
        vec!["too-large".to_string()]
    );
}

/// The time a run may take before a test calls it hung: `seconds` on a quick machine, three times
/// that on any. These guards catch a hang or a quadratic blow-up, not slowness (benches/ measure
/// speed): a debug build on one 2-core machine took 10.5 s for the dense letter, over the 10 s
/// guard that the same code had passed on another machine of that kind.
fn hang_guard(seconds: u64) -> std::time::Duration {
    std::time::Duration::from_secs(seconds * 3)
}

/// Asserts a measured peak is within the 150 MB budget.
/// The run stayed within the memory budget and took less than `seconds`.
fn assert_within_budget_and_time(run: &Measured, seconds: u64) {
    assert_within_budget(run.peak_kb);
    assert!(run.took < hang_guard(seconds), "{:?}", run.took);
}

fn assert_within_budget(peak_kb: Option<u64>) {
    match peak_kb {
        Some(kb) => assert!(
            kb < 150 * 1024,
            "peak resident memory {} MB, budget 150 MB",
            kb / 1024
        ),
        None => eprintln!("note: no /proc on this system; peak memory not measured"),
    }
}

/// A PDF of one page with `content` as its content stream (`content_filter` its `/Filter`, if any)
/// and `extra` objects from number 6 on, with a cross-reference table.
fn pdf_file(path: &std::path::Path, content: &[u8], content_filter: &str, extra: &[Vec<u8>]) {
    pdf_file_with(path, "", content, content_filter, extra);
}

/// [`pdf_file`] with `resources` (such as `/XObject << /Im1 6 0 R >>`) added to the page's.
fn pdf_file_with(
    path: &std::path::Path,
    resources: &str,
    content: &[u8],
    content_filter: &str,
    extra: &[Vec<u8>],
) {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).expect("PDF"));
    let mut offsets = Vec::new();
    let mut at = 0usize;
    let mut put = |bytes: &[u8], out: &mut std::io::BufWriter<std::fs::File>| {
        out.write_all(bytes).expect("write PDF");
        at += bytes.len();
        at
    };
    put(b"%PDF-1.5\n", &mut out);
    let mut stream =
        format!("<< /Length {} {content_filter} >>\nstream\n", content.len()).into_bytes();
    stream.extend_from_slice(content);
    stream.extend_from_slice(b"\nendstream");
    let page = format!(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> {resources} >> >>"
    );
    let objects: Vec<&[u8]> = [
        b"<< /Type /Catalog /Pages 2 0 R >>".as_slice(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        page.as_bytes(),
        &stream,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    .into_iter()
    .chain(extra.iter().map(Vec::as_slice))
    .collect();
    let mut start = 9;
    for (i, body) in objects.iter().enumerate() {
        offsets.push(start);
        put(format!("{} 0 obj\n", i + 1).as_bytes(), &mut out);
        put(body, &mut out);
        start = put(b"\nendobj\n", &mut out);
    }
    let size = objects.len() + 1;
    put(
        format!("xref\n0 {size}\n0000000000 65535 f \n").as_bytes(),
        &mut out,
    );
    for offset in offsets {
        put(format!("{offset:010} 00000 n \n").as_bytes(), &mut out);
    }
    put(
        format!("trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{start}\n%%EOF\n").as_bytes(),
        &mut out,
    );
    out.flush().expect("flush PDF");
}

/// A zlib stream of `mib` MiB of spaces, 2 MB for 2 GiB: one deflate block of 1 MiB of spaces
/// (made by zlib at level 9 and ended with a full flush, so it depends on nothing before it)
/// repeated, then an empty final block and the checksum.
fn flate_bomb(mib: u64) -> Vec<u8> {
    const HEAD: [u8; 17] = [
        0xec, 0xc1, 0x31, 0x01, 0, 0, 0, 0xc2, 0xa0, 0x2a, 0xeb, 0x9f, 0xd2, 0x10, 0xbe, 0x40, 0x01,
    ];
    const TAIL: [u8; 6] = [0x7c, 0x06, 0, 0, 0xff, 0xff];
    let mut block = HEAD.to_vec();
    block.resize(HEAD.len() + 1015, 0);
    block.extend_from_slice(&TAIL);
    let mut data = vec![0x78, 0xda];
    for _ in 0..mib {
        data.extend_from_slice(&block);
    }
    data.extend_from_slice(&[0x03, 0x00]);
    // Adler-32 of n spaces: a = 1 + 32n, b = n + 32·n(n+1)/2, both mod 65521.
    let n = u128::from(mib) << 20;
    let a = (1 + 32 * n) % 65_521;
    let b = (n + 32 * (n * (n + 1) / 2)) % 65_521;
    let adler = u32::try_from((b << 16) | a).expect("two 16-bit halves");
    data.extend_from_slice(&adler.to_be_bytes());
    data
}

const PAGE_TEXT: &[u8] = b"BT /F1 12 Tf 72 770 Td (Geachte collega,) Tj ET";

#[test]
fn a_pdf_with_a_million_objects_is_too_large_without_being_loaded() {
    // lopdf holds every object in memory at once: 1.4 million tiny objects (a 63 MB file) took
    // 495 MB, and as many packed in one object stream 537 MB from a file of 3 MB.
    let dossier = common::Dossier::new();
    let written: Vec<Vec<u8>> = (6..1_400_000).map(|i| i.to_string().into_bytes()).collect();
    pdf_file(&dossier.path().join("los.pdf"), PAGE_TEXT, "", &written);
    // One object stream (left uncompressed, under the 8 MB a stream may hold) whose index lists
    // 600,000 objects, all at one offset.
    let mut index = String::new();
    for i in 10..600_010 {
        index.push_str(&format!("{i} 0 "));
    }
    let packed = format!(
        "<< /Type /ObjStm /N 600000 /First {} /Length {} >>\nstream\n{index}0\nendstream",
        index.len(),
        index.len() + 1
    );
    pdf_file(
        &dossier.path().join("gepakt.pdf"),
        PAGE_TEXT,
        "",
        &[packed.into_bytes()],
    );
    let (report, run) = check_json_measured(
        "PDFs with 1.4 million / 600,000 packed objects",
        dossier.path(),
        &[],
    );
    let (code, peak, took) = (run.code, run.peak_kb, run.took);
    assert_eq!(code, 1);
    for file in ["los.pdf", "gepakt.pdf"] {
        assert_eq!(
            common::run::problem_codes(&report, file),
            vec!["too-large".to_string()],
            "{file}"
        );
        let detail = common::run::doc(&report, file)["problems"][0]["detail"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(detail.contains("objects"), "{detail}");
    }
    assert_within_budget(peak);
    assert!(took < hang_guard(20), "{took:?}");
}

#[test]
fn a_flate_stream_that_inflates_to_gigabytes_is_too_large() {
    // 2 MB of Flate that inflate to 2 GiB, as a page's content and as an object stream (which lopdf
    // decompresses while loading): each used to inflate to lopdf's own cap of 256 MB.
    let dossier = common::Dossier::new();
    let bomb = flate_bomb(2 << 10);
    pdf_file(
        &dossier.path().join("pagina.pdf"),
        &bomb,
        "/Filter /FlateDecode",
        &[],
    );
    let mut packed = b"<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ".to_vec();
    packed.extend_from_slice(format!("{} >>\nstream\n", bomb.len()).as_bytes());
    packed.extend_from_slice(&bomb);
    packed.extend_from_slice(b"\nendstream");
    pdf_file(
        &dossier.path().join("objecten.pdf"),
        PAGE_TEXT,
        "",
        &[packed],
    );
    let (report, run) = check_json_measured("Flate bombs of 2 GiB in a PDF", dossier.path(), &[]);
    let (code, peak) = (run.code, run.peak_kb);
    assert_eq!(code, 1);
    for file in ["pagina.pdf", "objecten.pdf"] {
        assert_eq!(
            common::run::problem_codes(&report, file),
            vec!["too-large".to_string()],
            "{file}"
        );
    }
    assert_within_budget(peak);
}

#[test]
fn a_hundred_thousand_files_are_cut_at_the_cap_within_the_memory_budget() {
    // Every file costs memory until the report is written (200,000 empty scans took 580 MB): the
    // walk stops at 20,000 names, and the first name not taken stands for the rest.
    let dossier = common::Dossier::new();
    for i in 0..100_000 {
        std::fs::write(dossier.path().join(format!("scan{i:06}.pdf")), b"").expect("empty scan");
    }
    let (report, run) = check_json_measured("100,000 unreadable files", dossier.path(), &[]);
    assert_eq!(run.code, 1);
    assert_eq!(report["status"], "needs-review");
    let documents = report["documents"].as_array().expect("documents");
    assert_eq!(documents.len(), 20_001);
    let cut: Vec<&serde_json::Value> = documents
        .iter()
        .filter(|d| d["problems"][0]["code"] == "too-many-files")
        .collect();
    assert_eq!(cut.len(), 1, "one name stands for the files not taken");
    let named = cut[0]["path"].as_str().expect("a path");
    for r in report["requirements"].as_array().expect("requirements") {
        assert_eq!(r["status"], "needs-review", "{}", r["id"]);
        assert!(r["evidence"]
            .as_array()
            .expect("evidence")
            .iter()
            .any(|e| e["path"] == named));
    }
    assert_within_budget(run.peak_kb);
    assert!(run.took < hang_guard(20), "{:?}", run.took);
}

/// A dossier of `files` text files of 2 MB (the cap per file) of words: ordinary text, or
/// nothing but checklist words without a full stop.
fn dossier_of_long_texts(files: usize, dense: bool) -> common::Dossier {
    let words: &[&str] = if dense {
        &[
            "geen",
            "operatie",
            "MRI",
            "niet",
            "geopereerd",
            "echo",
            "Spanje",
            "nooit",
            "de",
        ]
    } else {
        &[
            "de",
            "patiënt",
            "werd",
            "gezien",
            "op",
            "het",
            "spreekuur",
            "met",
            "klachten",
            "van",
            "pols.",
        ]
    };
    let mut text = String::from("Geachte collega,\n\n");
    let mut i: usize = 7;
    // Just under the cap per file, so each file is read whole.
    while text.len() < (2 << 20) - 64 {
        i = i.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        text.push_str(words[(i >> 8) % words.len()]);
        text.push(' ');
    }
    let dossier = common::Dossier::new();
    for f in 0..files {
        dossier.write(&format!("journaal{f:02}.txt"), &text);
    }
    dossier
}

#[test]
fn forty_long_texts_stay_within_the_memory_budget_and_the_same_files_are_read_each_run() {
    // Memory followed the text of all files together: 40 files at the 2 MB cap took 346 MB.
    // Past the dossier's 16 MB, files lose their text in path order, whichever thread is first.
    let dossier = dossier_of_long_texts(40, false);
    let mut cut_in_runs = Vec::new();
    for run_no in 0..2 {
        // What is cut is under test, not how fast 16 MB of text is read: a debug build on a busy
        // machine took 313 s, past the default 300 s for a dossier.
        let (report, run) = check_json_measured(
            "40 texts of 2 MB",
            dossier.path(),
            &["--dossier-timeout", "3600"],
        );
        assert_eq!(run.code, 1);
        assert_within_budget(run.peak_kb);
        let cut: Vec<String> = report["documents"]
            .as_array()
            .expect("documents")
            .iter()
            .filter(|d| d["readable"] == false)
            .map(|d| {
                let detail = d["problems"][0]["detail"].as_str().unwrap_or_default();
                assert!(detail.contains("16 MB"), "{detail}");
                d["path"].as_str().unwrap_or_default().to_string()
            })
            .collect();
        assert!(!cut.is_empty() && cut.len() < 40, "run {run_no}: {cut:?}");
        // The first files in path order keep their text; every later one is cut.
        assert_eq!(
            cut.first().map(String::as_str),
            Some("journaal07.txt"),
            "{cut:?}"
        );
        cut_in_runs.push(cut);
    }
    assert_eq!(cut_in_runs[0], cut_in_runs[1]);
}

#[test]
fn long_texts_in_a_batch_share_the_text_budget() {
    // Each dossier had the whole text budget, and a batch checks one dossier per thread: three
    // dossiers of long texts took 224 MB with the default --jobs and 336 MB with --jobs 4.
    let inbox = tempfile::tempdir().expect("inbox");
    let one = dossier_of_long_texts(1, false);
    let text = one.path().join("journaal00.txt");
    for d in 0..6 {
        let dir = inbox.path().join(format!("dossier{d}"));
        std::fs::create_dir(&dir).expect("dossier");
        for f in 0..10 {
            // Links to one file: the same text, without writing 120 MB.
            std::fs::hard_link(&text, dir.join(format!("journaal{f:02}.txt"))).expect("link");
        }
    }
    for jobs in ["2", "4"] {
        let words = [
            "check", "--as-of", AS_OF, "--format", "ndjson", "--quiet", "--jobs", jobs, "--each",
        ];
        let args: Vec<&std::ffi::OsStr> = words
            .iter()
            .map(std::ffi::OsStr::new)
            .chain([inbox.path().as_os_str()])
            .collect();
        let run = run_measured(
            &format!("6 dossiers of 10 long texts, --jobs {jobs}"),
            &args,
        );
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert_eq!(run.stdout.lines().count(), 6);
        assert_within_budget(run.peak_kb);
    }
}

#[test]
fn two_texts_dense_with_checklist_words_stay_within_the_memory_budget() {
    // 2 MB of checklist words without a full stop was one sentence, and the fact stages cost some
    // 70 bytes per byte of it: two such files at once took 159 MB. Sentences are cut at 2 KB.
    let dossier = dossier_of_long_texts(2, true);
    let (report, run) = check_json_measured("two dense 2 MB texts", dossier.path(), &[]);
    assert_eq!(run.code, 1);
    assert_eq!(report["documents"][0]["readable"], true);
    assert_within_budget(run.peak_kb);
}

#[cfg(target_os = "linux")]
#[test]
fn a_folder_swapped_for_a_link_during_the_walk_is_not_listed() {
    use std::sync::atomic::{AtomicBool, Ordering};
    // A thread keeps exchanging a dossier's subfolder with a link to a folder outside it. Opening
    // folders by path (walkdir) listed the outside folder whenever the swap fell between seeing
    // the folder and opening it; opened beneath its parent without following links, it is refused.
    let outside = tempfile::tempdir().expect("outside folder");
    std::fs::write(outside.path().join("geheim.pdf"), b"%PDF-1.4").expect("outside file");
    let dossier = common::Dossier::new();
    // Files listed before the subfolder widen the window between seeing it and opening it.
    for i in 0..200 {
        std::fs::write(dossier.path().join(format!("a{i:03}.pdf")), b"").expect("file");
    }
    std::fs::create_dir(dossier.path().join("scans")).expect("subfolder");
    std::fs::write(dossier.path().join("scans/brief.pdf"), b"").expect("inside file");
    std::os::unix::fs::symlink(outside.path(), dossier.path().join(".wissel")).expect("link");
    let stop = AtomicBool::new(false);
    let (a, b) = (dossier.path().join("scans"), dossier.path().join(".wissel"));
    let mut walks = 0;
    std::thread::scope(|s| {
        s.spawn(|| {
            while !stop.load(Ordering::Relaxed) {
                let flags = rustix::fs::RenameFlags::EXCHANGE;
                rustix::fs::renameat_with(rustix::fs::CWD, &a, rustix::fs::CWD, &b, flags)
                    .expect("exchange");
            }
        });
        let started = std::time::Instant::now();
        while started.elapsed() < std::time::Duration::from_secs(2) {
            let walked = dossiercheck::walk::walk(dossier.path()).expect("walk");
            walks += 1;
            let seen = walked
                .files
                .iter()
                .map(|f| f.rel.as_str())
                .chain(walked.ignored.iter().map(|i| i.path.as_str()));
            for rel in seen {
                assert!(!rel.contains("geheim"), "listed outside the dossier: {rel}");
            }
        }
        stop.store(true, Ordering::Relaxed);
    });
    assert!(walks > 100, "only {walks} walks");
}

/// What one measured run of the binary gave.
struct Measured {
    code: i32,
    stdout: String,
    stderr: String,
    /// Peak resident memory in kB; None where there is no `/proc`.
    peak_kb: Option<u64>,
    took: std::time::Duration,
}

/// Runs the binary with `args` (OCR off, no clinic defaults), measuring its peak resident memory
/// and wall time, and prints one line for the table in `tests/HOSTILE.md` (`--nocapture`).
fn run_measured(case: &str, args: &[&std::ffi::OsStr]) -> Measured {
    let out = tempfile::NamedTempFile::new().expect("stdout file");
    let err = tempfile::NamedTempFile::new().expect("stderr file");
    let started = std::time::Instant::now();
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("dossiercheck"))
        .args(args)
        .env("DOSSIERCHECK_OCR", "off")
        .env_remove("DOSSIERCHECK_CHECKLIST")
        .env("XDG_CONFIG_HOME", "/nonexistent/dossiercheck-tests")
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .stdout(out.reopen().expect("stdout file"))
        .stderr(err.reopen().expect("stderr file"))
        .spawn()
        .expect("start dossiercheck");
    let (peak_kb, code) = match peak_rss_kb(child) {
        Some((peak, exit)) => (Some(peak), exit.code().unwrap_or(-1)),
        None => (None, -1),
    };
    let took = started.elapsed();
    eprintln!(
        "measured: {case}: exit {code}, {:.2} s, peak {} MB",
        took.as_secs_f64(),
        peak_kb.map_or("?".to_string(), |kb| (kb / 1024).to_string())
    );
    Measured {
        code,
        stdout: std::fs::read_to_string(out.path()).expect("stdout"),
        stderr: std::fs::read_to_string(err.path()).expect("stderr"),
        peak_kb,
        took,
    }
}

/// `check DIR --as-of … --format json --quiet EXTRA…`, measured; the report is parsed.
fn check_json_measured(
    case: &str,
    dir: &std::path::Path,
    extra: &[&str],
) -> (serde_json::Value, Measured) {
    let mut args: Vec<&std::ffi::OsStr> =
        ["check", "--as-of", AS_OF, "--format", "json", "--quiet"]
            .iter()
            .map(std::ffi::OsStr::new)
            .collect();
    args.extend(extra.iter().map(std::ffi::OsStr::new));
    args.push(dir.as_os_str());
    let run = run_measured(case, &args);
    let report = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", run.stdout, run.stderr));
    (report, run)
}

/// `len` bytes that look like compressed image data (and do not compress).
fn noise(len: usize) -> Vec<u8> {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x.to_le_bytes()[3]
        })
        .collect()
}

const LETTER: &str = "Huisartsenpraktijk De Linde\nDatum: 01-11-2026\nGeachte collega,\n";

#[test]
fn four_60_mb_scans_stay_within_the_memory_budget_whatever_the_jobs() {
    // A scanned PDF is one large image per page; lopdf holds the file and its parsed copy at
    // once. Four read together took 236 MB with the default --jobs on 2 cores, 353–428 MB with
    // --jobs 4: large files now share one budget across threads.
    let dossier = common::Dossier::new();
    dossier.write("brief.txt", LETTER);
    let data = noise(60 << 20);
    let mut image = format!(
        "<< /Type /XObject /Subtype /Image /Width 4960 /Height 7016 /ColorSpace /DeviceGray \
         /BitsPerComponent 8 /Filter /DCTDecode /Length {} >>\nstream\n",
        data.len()
    )
    .into_bytes();
    image.extend_from_slice(&data);
    image.extend_from_slice(b"\nendstream");
    drop(data);
    for i in 1..=4 {
        pdf_file_with(
            &dossier.path().join(format!("scan{i}.pdf")),
            "/XObject << /Im1 6 0 R >>",
            b"q 595 0 0 842 0 0 cm /Im1 Do Q",
            "",
            std::slice::from_ref(&image),
        );
    }
    drop(image);
    for (case, extra) in [
        ("four 60 MB scans, default --jobs", &[][..]),
        ("four 60 MB scans, --jobs 4", &["--jobs", "4"][..]),
    ] {
        let (report, run) = check_json_measured(case, dossier.path(), extra);
        assert_eq!(run.code, 1, "{}", run.stderr);
        for i in 1..=4 {
            let file = format!("scan{i}.pdf");
            assert_eq!(
                common::run::problem_codes(&report, &file),
                vec!["image-only".to_string()],
                "{case}: {file}"
            );
        }
        assert_within_budget(run.peak_kb);
        assert!(run.took < hang_guard(30), "{case}");
    }
}

#[test]
fn a_64_mb_text_file_on_one_line_is_cut_within_the_memory_budget() {
    // One line of 64 MB: every stage that works per line used to hold copies of it (1.1 GB). Only
    // the text cap is read, broken into lines of at most 16 KB.
    let dossier = common::Dossier::new();
    dossier.write("brief.txt", LETTER);
    write_repeated(
        &dossier.path().join("uitdraai.txt"),
        "Patiënt bekend met klachten van de pols, geen operatie, echo gepland. ",
        64 << 20,
    );
    assert_text_cut_within_budget("64 MB text on one line", dossier.path());
}

#[test]
fn a_120_mb_dicomdir_stays_within_the_memory_budget() {
    // A CD index of 120 MB (here a valid index followed by one large private element): read whole
    // it took 248 MB.
    let dossier = common::Dossier::new();
    dossier.write("brief.txt", LETTER);
    let cd = dossier.path().join("CD");
    let mut files = common::cd_files(&[common::DicomSpec::example(1)]);
    let index = &mut files[0].1;
    // (0009,0010) LO private creator, then (0009,1000) OB: after (0004,1220), in tag order.
    index.extend_from_slice(&[0x09, 0, 0x10, 0, b'L', b'O', 2, 0, b'X', b' ']);
    index.extend_from_slice(&[0x09, 0, 0x00, 0x10, b'O', b'B', 0, 0]);
    let big = 120 << 20;
    index.extend_from_slice(&u32::try_from(big).expect("fits").to_le_bytes());
    index.extend_from_slice(&noise(big));
    common::media::write_files(&cd, &files);
    drop(files);
    let (report, run) = check_json_measured("120 MB DICOMDIR", dossier.path(), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let medium = common::run::doc(&report, "CD/DICOMDIR");
    assert_eq!(
        common::run::problem_codes(&report, "CD/DICOMDIR"),
        vec!["too-large".to_string()],
        "{medium:#}"
    );
    assert_eq!(common::run::status(&report, "imaging-cd"), "needs-review");
    assert_within_budget_and_time(&run, 20);
}

#[test]
fn a_zip_with_300_000_entries_is_refused_within_the_memory_budget() {
    // The zip reader holds its whole central directory: 300,000 entries took 308 MB.
    use std::io::Write;
    let dossier = common::Dossier::new();
    dossier.write("brief.txt", LETTER);
    {
        let file = std::fs::File::create(dossier.path().join("beelden.zip")).expect("zip");
        let mut zip = zip::ZipWriter::new(std::io::BufWriter::new(file));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for i in 0..300_000 {
            zip.start_file(format!("IM{i:06}"), options).expect("entry");
            zip.write_all(b"").expect("entry data");
        }
        zip.finish().expect("finish zip");
    }
    let (report, run) = check_json_measured("zip with 300,000 entries", dossier.path(), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        common::run::problem_codes(&report, "beelden.zip"),
        vec!["too-large".to_string()]
    );
    let detail = common::run::doc(&report, "beelden.zip")["problems"][0]["detail"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(detail.contains("300000 entries"), "{detail}");
    assert_within_budget_and_time(&run, 10);
}

#[test]
fn a_100_mb_value_in_dossier_toml_is_refused_within_the_memory_budget() {
    // A 100 MB string in dossier.toml: parsed whole it took 406 MB.
    let dossier = common::Dossier::new();
    dossier.write("brief.txt", LETTER);
    let mut toml = b"[facts]\nopmerking = \"".to_vec();
    toml.resize(toml.len() + (100 << 20), b'a');
    toml.extend_from_slice(b"\"\n");
    dossier.write("dossier.toml", &toml);
    drop(toml);
    let args: Vec<&std::ffi::OsStr> = ["check", "--as-of", AS_OF, "--quiet"]
        .iter()
        .map(std::ffi::OsStr::new)
        .chain([dossier.path().as_os_str()])
        .collect();
    let run = run_measured("100 MB value in dossier.toml", &args);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("dossier.toml") && run.stderr.contains("too large"),
        "{}",
        run.stderr
    );
    assert_within_budget_and_time(&run, 5);
}

/// The CRC-32 of `data` (bit by bit: only small parts are summed here).
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// The CRC-32 of `a` followed by `b`, from their CRCs and `b`'s length (zlib's `crc32_combine`):
/// the CRC of 2 GiB of spaces without summing them.
fn crc32_combine(mut crc1: u32, crc2: u32, mut len2: u64) -> u32 {
    fn times(mat: &[u32; 32], mut vec: u32) -> u32 {
        let (mut sum, mut i) = (0, 0);
        while vec != 0 {
            if vec & 1 != 0 {
                sum ^= mat[i];
            }
            vec >>= 1;
            i += 1;
        }
        sum
    }
    fn square(mat: &[u32; 32]) -> [u32; 32] {
        std::array::from_fn(|n| times(mat, mat[n]))
    }
    if len2 == 0 {
        return crc1;
    }
    // The operator for one zero bit, then squared to two and to four.
    let mut odd = [0u32; 32];
    odd[0] = 0xedb8_8320;
    for (n, row) in odd.iter_mut().enumerate().skip(1) {
        *row = 1 << (n - 1);
    }
    let mut even = square(&odd);
    odd = square(&even);
    loop {
        even = square(&odd);
        if len2 & 1 != 0 {
            crc1 = times(&even, crc1);
        }
        len2 >>= 1;
        if len2 == 0 {
            break;
        }
        odd = square(&even);
        if len2 & 1 != 0 {
            crc1 = times(&odd, crc1);
        }
        len2 >>= 1;
        if len2 == 0 {
            break;
        }
    }
    crc1 ^ crc2
}

/// A Word file whose `word/document.xml` holds one text node of `mib` MiB of spaces, written as a
/// zip by hand: the raw deflate data are a stored block with the XML before the node, the 1 MiB
/// blocks of [`flate_bomb`] repeated, and a final stored block with the XML after it.
fn docx_with_one_huge_text_node(mib: u64) -> Vec<u8> {
    let head = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">Verwijsbrief. Datum: 01-11-2026. Geachte collega, "#;
    let tail = b"</w:t></w:r></w:p></w:body></w:document>";
    let stored = |last: bool, data: &[u8]| {
        let len = u16::try_from(data.len()).expect("a short stored block");
        let mut block = vec![u8::from(last)];
        block.extend_from_slice(&len.to_le_bytes());
        block.extend_from_slice(&(!len).to_le_bytes());
        block.extend_from_slice(data);
        block
    };
    let zlib = flate_bomb(1);
    let one_mib = &zlib[2..zlib.len() - 6];
    let mut deflated = stored(false, head);
    for _ in 0..mib {
        deflated.extend_from_slice(one_mib);
    }
    deflated.extend_from_slice(&stored(true, tail));
    // CRC of the node: 1 MiB of spaces, doubled up to `mib` MiB (a power of two).
    assert!(mib.is_power_of_two());
    let mut spaces = crc32(&vec![b' '; 1 << 20]);
    let mut len: u64 = 1 << 20;
    while len < mib << 20 {
        spaces = crc32_combine(spaces, spaces, len);
        len *= 2;
    }
    let crc = crc32_combine(
        crc32_combine(crc32(head), spaces, len),
        crc32(tail),
        tail.len() as u64,
    );
    let size = head.len() as u64 + len + tail.len() as u64;
    let content_types = br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
    let parts: [(&str, u16, u32, &[u8], u64); 2] = [
        (
            "[Content_Types].xml",
            0,
            crc32(content_types),
            content_types,
            content_types.len() as u64,
        ),
        ("word/document.xml", 8, crc, &deflated, size),
    ];
    let mut zip = Vec::new();
    let mut central = Vec::new();
    for (name, method, crc, data, size) in parts {
        let offset = u32::try_from(zip.len()).expect("small offset");
        let fields = |out: &mut Vec<u8>| {
            out.extend_from_slice(&20u16.to_le_bytes()); // version needed
            out.extend_from_slice(&0u16.to_le_bytes()); // flags
            out.extend_from_slice(&method.to_le_bytes());
            out.extend_from_slice(&[0, 0, 0x21, 0]); // 1980-01-01 00:00
            out.extend_from_slice(&crc.to_le_bytes());
            out.extend_from_slice(&u32::try_from(data.len()).expect("small").to_le_bytes());
            out.extend_from_slice(&u32::try_from(size).expect("under 4 GiB").to_le_bytes());
            out.extend_from_slice(&u16::try_from(name.len()).expect("short").to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes()); // extra field
        };
        zip.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        fields(&mut zip);
        zip.extend_from_slice(name.as_bytes());
        zip.extend_from_slice(data);
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes()); // made by
        fields(&mut central);
        central.extend_from_slice(&[0; 6]); // comment, disk, internal attributes
        central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let central_at = u32::try_from(zip.len()).expect("small offset");
    let central_len = u32::try_from(central.len()).expect("small");
    zip.extend_from_slice(&central);
    zip.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    zip.extend_from_slice(&[0, 0, 0, 0, 2, 0, 2, 0]);
    zip.extend_from_slice(&central_len.to_le_bytes());
    zip.extend_from_slice(&central_at.to_le_bytes());
    zip.extend_from_slice(&0u16.to_le_bytes());
    zip
}

#[test]
fn crc32_combine_matches_the_crc_of_the_whole() {
    let (a, b) = (
        b"Geachte collega,".as_slice(),
        b" hierbij de brief.".as_slice(),
    );
    assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    assert_eq!(
        crc32_combine(crc32(a), crc32(b), b.len() as u64),
        crc32(&[a, b].concat())
    );
}

#[test]
fn a_word_file_with_one_text_node_of_gigabytes_is_cut_within_the_memory_budget() {
    // document.xml is a single 2 GiB text node, 2 MB compressed: it ran for minutes.
    let dossier = common::Dossier::new();
    dossier.write("brief.txt", LETTER);
    dossier.write("verslag.docx", docx_with_one_huge_text_node(2 << 10));
    let (report, run) = check_json_measured("DOCX with a 2 GiB text node", dossier.path(), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        common::run::problem_codes(&report, "verslag.docx"),
        vec!["too-large".to_string()],
        "{:#}",
        common::run::doc(&report, "verslag.docx")
    );
    assert_within_budget_and_time(&run, 20);
}

#[test]
fn folders_nested_deeper_than_the_cap_are_named_and_need_a_look() {
    // The walk holds one handle per level: a tree deeper than the open-file limit showed as an
    // unreadable folder somewhere down. Past the cap the folder is named instead, and not opened.
    let dossier = common::Dossier::new();
    dossier.write("brief.txt", LETTER);
    let depth = dossiercheck::limits::MAX_FOLDER_DEPTH + 1;
    let deep: Vec<&str> = vec!["d"; depth];
    dossier.write(
        &format!("{}/verwijzing.txt", deep.join("/")),
        "Verwijsbrief\nDatum: 01-11-2026\nGeachte collega,\n",
    );
    let (report, run) = check_json_measured("folders 33 deep", dossier.path(), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let too_deep = deep.join("/");
    assert_eq!(
        common::run::problem_codes(&report, &too_deep),
        vec!["too-deep".to_string()]
    );
    assert_eq!(common::run::status(&report, "referral"), "needs-review");
    let reason = common::run::req(&report, "referral")["reason"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(reason.contains("d/d/d"), "{reason}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_path_longer_than_the_system_allows_needs_a_look() {
    use rustix::fs::{mkdirat, openat, Mode, OFlags, CWD};
    // 25 folders of 200 letters: over 5,000 bytes, past PATH_MAX (4,096), so the path as a whole
    // cannot be opened; made one folder at a time, beneath the one before.
    let dossier = common::Dossier::new();
    dossier.write("brief.txt", LETTER);
    let name = "m".repeat(200);
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
    let mut dir = openat(CWD, dossier.path(), flags, Mode::empty()).expect("dossier");
    for _ in 0..25 {
        mkdirat(&dir, name.as_str(), Mode::from_raw_mode(0o755)).expect("folder");
        dir = openat(&dir, name.as_str(), flags, Mode::empty()).expect("folder");
    }
    let file = openat(
        &dir,
        "verwijzing.txt",
        OFlags::WRONLY | OFlags::CREATE | OFlags::CLOEXEC,
        Mode::from_raw_mode(0o644),
    )
    .expect("letter");
    rustix::io::write(
        &file,
        b"Verwijsbrief\nDatum: 01-11-2026\nGeachte collega,\n",
    )
    .expect("write letter");
    let (report, run) = check_json_measured("path over PATH_MAX", dossier.path(), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let deep = report["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .find(|d| d["path"].as_str().is_some_and(|p| p.len() > 4096))
        .unwrap_or_else(|| panic!("the deep file is listed: {report:#}"))
        .clone();
    assert_eq!(deep["readable"], false, "{deep:#}");
    assert!(!deep["problems"].as_array().expect("problems").is_empty());
    assert_eq!(common::run::status(&report, "referral"), "needs-review");
}

#[test]
fn a_form_larger_than_the_page_budget_makes_the_pdf_too_large() {
    // The page's text is read; the form it draws inflates past the budget for a page's forms and
    // is skipped: the file must say that part of it was not read.
    let dossier = common::Dossier::new();
    let bomb = flate_bomb(16);
    let mut form = format!(
        "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Filter /FlateDecode /Length {} >>\nstream\n",
        bomb.len()
    )
    .into_bytes();
    form.extend_from_slice(&bomb);
    form.extend_from_slice(b"\nendstream");
    let content = b"BT /F1 12 Tf 72 770 Td (Verwijsbrief) Tj 0 -16 Td (Datum: 01-11-2026) Tj \
        0 -16 Td (Geachte collega, hierbij verwijs ik patiente naar u voor een second opinion.) Tj \
        ET /Fm1 Do";
    pdf_file_with(
        &dossier.path().join("brief.pdf"),
        "/XObject << /Fm1 6 0 R >>",
        content,
        "",
        &[form],
    );
    let (report, run) = check_json_measured("PDF with a 16 MB form", dossier.path(), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let doc = common::run::doc(&report, "brief.pdf");
    assert_eq!(
        common::run::problem_codes(&report, "brief.pdf"),
        vec!["too-large".to_string()],
        "{doc:#}"
    );
    let detail = doc["problems"][0]["detail"].as_str().unwrap_or_default();
    assert!(detail.contains("forms"), "{detail}");
    assert_within_budget(run.peak_kb);
}

#[cfg(unix)]
#[test]
fn a_slow_dossier_in_a_batch_is_an_error_and_the_others_are_reported() {
    use std::os::unix::fs::PermissionsExt;
    // A stand-in for tesseract that never finishes a page makes one dossier slow: past
    // --dossier-timeout it is an error entry, and the dossiers around it are still reported (an
    // outer `timeout` used to throw every result away).
    let bin = tempfile::tempdir().expect("program folder");
    let program = bin.path().join("tesseract");
    std::fs::write(
        &program,
        "#!/bin/sh\ncase \"$1\" in\n  --version) echo 'tesseract 0.0-hanging'; exit 0;;\n  --list-langs) printf 'langs:\\nnld\\neng\\n'; exit 0;;\nesac\nexec sleep 60\n",
    )
    .expect("program");
    std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let scan = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/scans/referral-clear.jpg"),
    )
    .expect("scan fixture");
    let inbox = tempfile::tempdir().expect("inbox");
    for name in ["a-goed", "b-traag", "c-goed"] {
        let dir = inbox.path().join(name);
        std::fs::create_dir(&dir).expect("dossier");
        std::fs::write(dir.join("brief.txt"), LETTER).expect("letter");
    }
    std::fs::write(inbox.path().join("b-traag/scan0001.jpg"), scan).expect("scan");
    let started = std::time::Instant::now();
    let output = std::process::Command::new(assert_cmd::cargo::cargo_bin("dossiercheck"))
        .args(["check", "--as-of", AS_OF, "--format", "ndjson", "--quiet"])
        .args(["--file-timeout", "3", "--dossier-timeout", "1", "--each"])
        .arg(inbox.path())
        .env("DOSSIERCHECK_OCR", "auto")
        .env("DOSSIERCHECK_TESSERACT", &program)
        .env_remove("DOSSIERCHECK_CHECKLIST")
        .env("XDG_CONFIG_HOME", "/nonexistent/dossiercheck-tests")
        .output()
        .expect("run dossiercheck");
    let took = started.elapsed();
    eprintln!(
        "measured: slow dossier in a batch: exit {:?}, {:.2} s",
        output.status.code(),
        took.as_secs_f64()
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let reports: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(reports.len(), 3, "{stdout}");
    assert_eq!(reports[0]["status"], "incomplete");
    assert_eq!(reports[1]["status"], "error", "{}", reports[1]);
    let error = reports[1]["error"].as_str().unwrap_or_default();
    assert!(error.contains("took longer than 1 s"), "{error}");
    assert_eq!(reports[2]["status"], "incomplete");
    assert_eq!(output.status.code(), Some(2));
    assert!(took < hang_guard(20), "{took:?}");
}
