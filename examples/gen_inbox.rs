//! Writes a synthetic intake inbox for benchmarks: N dossiers of 1–3 page letters (PDF and DOCX) and,
//! in some dossiers, a CD folder with M DICOM images and a DICOMDIR. Deterministic for a given seed.
//! Synthetic patients only.
//!
//! ```sh
//! cargo run --release --example gen_inbox -- /tmp/inbox --dossiers 50 --cds 20 --images 200
//! ```

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};

use clap::Parser;
use common::letters::{self, strs};

/// Options of the generator.
#[derive(Parser)]
struct Args {
    /// Folder to create the inbox in (must not exist yet).
    out: PathBuf,
    /// Number of dossiers.
    #[arg(long, default_value_t = 50)]
    dossiers: usize,
    /// How many of them carry a CD.
    #[arg(long, default_value_t = 20)]
    cds: usize,
    /// Images per CD.
    #[arg(long, default_value_t = 200)]
    images: u32,
    /// Bytes of pixel data per image (about 20 KB makes a 200-image CD about 4 MB).
    #[arg(long, default_value_t = 19_000)]
    pixel_bytes: usize,
    /// Seed for the choices made per dossier.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

/// A small deterministic generator (xorshift64*): enough to vary dossiers reproducibly.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn write(path: &Path, bytes: &[u8]) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create folder");
    }
    std::fs::write(path, bytes).expect("write file");
}

/// Pads a letter with filler paragraphs to `pages` pages.
fn padded(mut lines: Vec<String>, pages: usize) -> Vec<String> {
    let filler = "Anamnese: klachten van de pols bij belasting, geen nachtelijke pijn, geen tintelingen in de vingers.";
    while lines.len() < pages * 40 {
        lines.push(filler.to_string());
    }
    lines
}

/// A DICOM file with `pixel_bytes` of pixel data: the fixture's 4-byte PixelData element is the
/// last one in the file, so its length field and value are replaced.
fn big_dicom(spec: &common::DicomSpec, pixel_bytes: usize) -> Vec<u8> {
    let mut bytes = common::dicom_file(spec);
    let len = pixel_bytes.next_multiple_of(2);
    bytes.truncate(bytes.len() - 8);
    bytes.extend_from_slice(&(len as u32).to_le_bytes());
    bytes.resize(bytes.len() + len, 0x55);
    bytes
}

fn main() {
    let args = Args::parse();
    if args.out.exists() {
        eprintln!(
            "gen_inbox: {} exists already; give a new folder",
            args.out.display()
        );
        std::process::exit(2);
    }
    let mut rng = Rng(args.seed.max(1));
    let months = [
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
    ];
    for d in 0..args.dossiers {
        let dir = args.out.join(format!("dossier-{d:04}"));
        let date = |rng: &mut Rng| {
            format!(
                "{} {} 2026",
                1 + rng.below(28),
                months[rng.below(months.len() as u64) as usize]
            )
        };
        let pages = |rng: &mut Rng| 1 + rng.below(3) as usize;

        let p = pages(&mut rng);
        write(
            &dir.join("verwijsbrief.pdf"),
            &common::pdf_text(&strs(&padded(letters::referral(&date(&mut rng)), p))),
        );
        let p = pages(&mut rng);
        let history = padded(letters::history(&date(&mut rng)), p);
        if rng.below(2) == 0 {
            write(
                &dir.join("samenvatting.docx"),
                &common::docx_text(&strs(&history)),
            );
        } else {
            write(
                &dir.join("samenvatting.pdf"),
                &common::pdf_text(&strs(&history)),
            );
        }
        let p = pages(&mut rng);
        write(
            &dir.join("brieven/polikliniekbrief.pdf"),
            &common::pdf_text(&strs(&padded(
                letters::specialist_letter(&date(&mut rng)),
                p,
            ))),
        );
        write(
            &dir.join("brieven/verslag radiologie.pdf"),
            &common::pdf_text(&strs(&letters::radiology_report(&date(&mut rng)))),
        );
        if rng.below(2) == 0 {
            write(
                &dir.join("brieven/operatieverslag.docx"),
                &common::docx_text(&strs(&letters::operation_report("12-03-2024"))),
            );
        }
        if d < args.cds {
            let cd = dir.join("CD");
            let specs: Vec<common::DicomSpec> =
                (1..=args.images).map(common::DicomSpec::example).collect();
            common::write_cd(&cd, &specs);
            // Replace the tiny fixture images by realistic sizes, same headers.
            for (i, spec) in specs.iter().enumerate() {
                let path = cd.join(format!("DICOM/ST000001/SE000001/IM{:06}", i + 1));
                if path.exists() {
                    write(&path, &big_dicom(spec, args.pixel_bytes));
                }
            }
        }
    }
    println!("{}", args.out.display());
}
