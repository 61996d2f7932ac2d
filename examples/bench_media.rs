//! Times `dossiercheck check` on a dossier holding one large imaging CD copied as a folder.
//!
//! Generates (in a temporary folder, removed afterwards) a referral letter that mentions an MRI and
//! a CD of N synthetic images in 10 series, each image padded with `PIXEL_KB` of pixel data so the
//! files are realistically larger than their headers, plus the DICOMDIR listing them all. Then it
//! runs the release binary a few times and prints the time and images per second.
//!
//! ```text
//! cargo build --release
//! cargo run --release --example bench_media -- [IMAGES=5000] [PIXEL_KB=128] [RUNS=5] [folder|iso|zip]
//! ```
//!
//! `iso` and `zip` put the same CD into one disc image or one deflated zip (built in memory, so keep
//! `PIXEL_KB` small for those).

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::media::{cd_layout, write_files, zip_bytes};
use common::{dicom_file, dicomdir, iso_image, pdf_text, DicomSpec};

/// The bytes of the fixture's trailing pixel data element: (7FE0,0010) OB, length 4.
const PIXEL_HEADER: [u8; 12] = [0xE0, 0x7F, 0x10, 0x00, b'O', b'B', 0, 0, 4, 0, 0, 0];

/// A fixture image with `pixel_bytes` of pixel data instead of four.
fn padded_image(spec: &DicomSpec, pixel_bytes: usize) -> Vec<u8> {
    let mut file = dicom_file(spec);
    let at = file.len() - 16;
    assert_eq!(
        file[at..at + 12],
        PIXEL_HEADER,
        "pixel data is the last element"
    );
    file.truncate(at + 8);
    let len = u32::try_from(pixel_bytes).expect("pixel data below 4 GiB");
    file.extend_from_slice(&len.to_le_bytes());
    file.resize(file.len() + pixel_bytes, 0x55);
    file
}

/// A path as `&'static str`, as the ISO builder wants borrowed names (the benchmark is one-shot).
fn leak(path: String) -> &'static str {
    Box::leak(path.into_boxed_str())
}

fn arg(n: usize, default: usize) -> usize {
    std::env::args()
        .nth(n)
        .map(|a| a.parse().expect("a whole number"))
        .unwrap_or(default)
}

fn binary() -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/dossiercheck");
    if !path.exists() {
        eprintln!("build the release binary first: cargo build --release");
        std::process::exit(2);
    }
    path
}

fn main() {
    let images = arg(1, 5000);
    let pixel_kb = arg(2, 128);
    let runs = arg(3, 5).max(1);
    let container = std::env::args().nth(4).unwrap_or_else(|| "folder".into());
    let exe = binary();

    let dir = tempfile::Builder::new()
        .prefix("bench-media-")
        .tempdir()
        .expect("temporary folder");
    let letter = common::letters::specialist_letter("15 augustus 2026");
    let lines: Vec<&str> = letter.iter().map(String::as_str).collect();
    std::fs::write(dir.path().join("polikliniekbrief.pdf"), pdf_text(&lines)).expect("letter");

    let started = Instant::now();
    let specs: Vec<DicomSpec> = (1..=images as u32)
        .map(|n| {
            let mut spec = DicomSpec::example(n);
            spec.series_uid = format!("{}.{}", spec.study_uid, 1 + (n - 1) * 10 / images as u32);
            spec
        })
        .collect();
    let layout = cd_layout(&specs);
    let cd = dir.path().join("CD");
    let index = ("DICOMDIR".to_string(), dicomdir(&layout));
    let medium_path = match container.as_str() {
        "folder" => {
            write_files(&cd, std::slice::from_ref(&index));
            for chunk in layout.chunks(500) {
                let files: Vec<(String, Vec<u8>)> = chunk
                    .iter()
                    .map(|(components, spec)| {
                        (components.join("/"), padded_image(spec, pixel_kb * 1024))
                    })
                    .collect();
                write_files(&cd, &files);
            }
            "CD/DICOMDIR"
        }
        "iso" | "zip" => {
            let mut files = vec![index];
            files.extend(layout.iter().map(|(components, spec)| {
                (components.join("/"), padded_image(spec, pixel_kb * 1024))
            }));
            if container == "iso" {
                let refs: Vec<(&str, Vec<u8>)> =
                    files.into_iter().map(|(p, b)| (leak(p), b)).collect();
                std::fs::write(dir.path().join("CD.iso"), iso_image(&refs)).expect("write ISO");
                "CD.iso"
            } else {
                std::fs::write(dir.path().join("CD.zip"), zip_bytes(&files, true))
                    .expect("write zip");
                "CD.zip"
            }
        }
        other => panic!("unknown container {other:?}: folder, iso or zip"),
    };
    eprintln!(
        "generated {images} images of {} KB in {:.1?}",
        pixel_kb + 1,
        started.elapsed()
    );

    let mut times: Vec<Duration> = Vec::new();
    for _ in 0..runs {
        let started = Instant::now();
        let out = Command::new(&exe)
            .arg("check")
            .arg(dir.path())
            .args(["--as-of", "2026-11-23", "--format", "json"])
            .output()
            .expect("run dossiercheck");
        times.push(started.elapsed());
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
        let medium = report["documents"]
            .as_array()
            .and_then(|ds| ds.iter().find(|d| d["path"] == medium_path))
            .expect("the CD in the report");
        assert_eq!(medium["readable"], true, "{medium:#}");
        assert_eq!(medium["medium"]["images_readable"], images, "{medium:#}");
    }
    times.sort();
    let median = times[times.len() / 2];
    let best = times[0];
    println!(
        "{images} images ({container}): median {:.3} s ({:.0} images/s), best {:.3} s ({:.0} images/s) over {runs} runs",
        median.as_secs_f64(),
        images as f64 / median.as_secs_f64(),
        best.as_secs_f64(),
        images as f64 / best.as_secs_f64(),
    );
}
