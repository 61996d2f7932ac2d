//! Measures the two places where dossiercheck walks bytes a library could walk for it, to decide
//! (issue 15) whether the library should do it instead:
//!
//! - DICOM headers: today's path (the length guard, then the fast reader in `read::media::fast`)
//!   against the guard followed by dicom-parser's lazy data set reader, which reads the same ten
//!   fields and skips every other value. Printed as headers per second on one thread.
//! - ISO images: the pre-check (`read::media::iso::precheck`) against isomage's own parse of the
//!   same image, both per image per second.
//!
//! Everything is synthetic (made-up patients from `tests/common`), built in memory.
//!
//! ```text
//! cargo bench --bench dicom_headers -- [IMAGES=2000] [SECONDS=3]
//! ```

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;
use std::io::Cursor;
use std::time::{Duration, Instant};

use common::{dicom_file, iso_image, DicomSpec};
use dicom_object::FileMetaTable;
use dicom_parser::dataset::lazy_read::LazyDataSetReader;
use dicom_parser::dataset::LazyDataToken;
use dicom_transfer_syntax_registry::{TransferSyntaxIndex, TransferSyntaxRegistry};
use dossiercheck::read::media::{guard, iso, read_header};

/// The ten fields the checks want, in `DicomHeader` order.
const WANTED: [(u16, u16); 10] = [
    (0x0010, 0x0010),
    (0x0010, 0x0020),
    (0x0010, 0x0030),
    (0x0008, 0x0020),
    (0x0008, 0x0060),
    (0x0018, 0x0015),
    (0x0008, 0x1030),
    (0x0020, 0x000D),
    (0x0020, 0x000E),
    (0x0008, 0x0018),
];
const PIXEL_DATA: (u16, u16) = (0x7FE0, 0x0010);

fn arg(n: usize, default: usize) -> usize {
    std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .nth(n)
        .and_then(|a| a.parse().ok())
        .unwrap_or(default)
}

/// The guard, then dicom-parser's lazy reader over the header bytes it passed: the ten fields, or
/// `None` when either gives up.
fn lazy_header(bytes: &[u8]) -> Option<[String; 10]> {
    let scan = guard::scan(bytes, bytes.len() as u64).ok()?;
    let header = &bytes[..scan.header_end];
    let start = if header.get(128..132) == Some(b"DICM") {
        128
    } else {
        0
    };
    let mut cursor = Cursor::new(&header[start..]);
    let meta = FileMetaTable::from_reader(&mut cursor).ok()?;
    let ts = TransferSyntaxRegistry.get(meta.transfer_syntax())?;
    let mut reader = LazyDataSetReader::new_with_ts(cursor, ts).ok()?;
    let mut out: [String; 10] = Default::default();
    let mut depth = 0usize;
    while let Some(token) = reader.advance() {
        match token.ok()? {
            LazyDataToken::SequenceStart { .. } | LazyDataToken::PixelSequenceStart => depth += 1,
            LazyDataToken::SequenceEnd => depth = depth.saturating_sub(1),
            LazyDataToken::ElementHeader(h) if depth == 0 && (h.tag.0, h.tag.1) >= PIXEL_DATA => {
                break
            }
            token @ LazyDataToken::LazyValue { .. } => {
                let LazyDataToken::LazyValue { header, .. } = &token else {
                    unreachable!()
                };
                let wanted = WANTED
                    .iter()
                    .position(|t| depth == 0 && *t == (header.tag.0, header.tag.1));
                match wanted {
                    Some(i) => {
                        let value = token.into_value().ok()?;
                        out[i] = value
                            .to_str()
                            .trim_end_matches(['\0', ' '])
                            .trim()
                            .to_string();
                    }
                    None => token.skip().ok()?,
                }
            }
            _ => {}
        }
    }
    Some(out)
}

/// Runs `f` over `inputs` again and again for `seconds`; returns items per second.
fn rate<T>(inputs: &[T], seconds: u64, mut f: impl FnMut(&T)) -> f64 {
    let until = Duration::from_secs(seconds);
    let started = Instant::now();
    let mut done = 0usize;
    while started.elapsed() < until {
        for input in inputs {
            f(input);
        }
        done += inputs.len();
    }
    done as f64 / started.elapsed().as_secs_f64()
}

fn main() {
    let images = arg(0, 2000);
    let seconds = arg(1, 3) as u64;
    let files: Vec<Vec<u8>> = (1..=images as u32)
        .map(|n| dicom_file(&DicomSpec::example(n)))
        .collect();

    // Both ways must read the same fields before their speed means anything.
    for file in &files {
        let today = read_header(&mut &file[..], file.len() as u64).expect("today's reader");
        let lazy = lazy_header(file).expect("the lazy reader");
        assert_eq!(lazy[0], today.patient_name.replace(' ', "^"));
        assert_eq!(lazy[9], today.sop_uid);
    }

    let today = rate(&files, seconds, |f| {
        black_box(read_header(&mut &f[..], f.len() as u64).ok());
    });
    let lazy = rate(&files, seconds, |f| {
        black_box(lazy_header(f));
    });
    println!(
        "DICOM headers ({images} synthetic images, one thread): guard + fast reader {today:.0}/s; guard + dicom-parser lazy reader {lazy:.0}/s ({:.0} % of today)",
        100.0 * lazy / today
    );

    // A disc of 200 images in 10 folders, as a burner writes it.
    let names: Vec<String> = (0..200)
        .map(|i| format!("DICOM/S{:02}/IM{i:05}", i / 20))
        .collect();
    let entries: Vec<(&str, Vec<u8>)> = names
        .iter()
        .zip(&files)
        .map(|(name, file)| (name.as_str(), file.clone()))
        .collect();
    let image = iso_image(&entries);
    let len = image.len() as u64;
    let images = [image];
    let precheck = rate(&images, seconds, |img| {
        black_box(iso::precheck(&mut Cursor::new(&img[..]), len).ok());
    });
    let isomage = rate(&images, seconds, |img| {
        black_box(isomage::iso9660::parse_iso9660(&mut Cursor::new(&img[..])).ok());
    });
    println!(
        "ISO folders (200 files in 10 folders): precheck {precheck:.0} images/s; isomage parse {isomage:.0} images/s; precheck + isomage {:.0} images/s",
        1.0 / (1.0 / precheck + 1.0 / isomage)
    );
}
