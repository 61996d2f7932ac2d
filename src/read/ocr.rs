//! OCR of scans and photos: image-only PDFs (their page images, see `pdf_images`) and loose TIFF,
//! JPEG and PNG files are read with the `tesseract` program, so a legible scan goes through the same
//! zones, kinds, dates and facts as typed text and is marked as read by OCR.
//!
//! Tesseract is run as a program (no shell, no bindings that need libclang to build), once per
//! page, with its TSV output: every word with its confidence and its block, paragraph and line, from
//! which the page is rebuilt as lines (a wide gap between words becomes a tab, as in typed PDFs).
//! Page images go into a private temporary folder that is always removed; nothing is written into
//! the dossier and no text is kept on disk. A page that takes too long is stopped (the child is
//! killed). A page whose mean word confidence is below the checklist's threshold leaves the file
//! "needs a human look" (`ocr-unclear`); a file where OCR finds no words stays `image-only`.
//!
//! When the program is not installed (or `--ocr off`), scans are read exactly as before: `image-only`.
//! `DOSSIERCHECK_TESSERACT` names another program (tests use a path that does not exist to run
//! without OCR on a machine that has it).

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, OnceLock, PoisonError};
use std::time::{Duration, Instant};

use super::finish::finish_text;
use super::model::ReadDoc;
pub use super::model::{OcrInfo, OcrOptions};
use super::problem::{Problem, ProblemCode};

/// How to install OCR, as the notice says it.
pub const INSTALL_HINT: &str =
    "apt-get install tesseract-ocr tesseract-ocr-nld tesseract-ocr-eng tesseract-ocr-deu";
/// The environment variable naming the tesseract program (default: `tesseract` on the `PATH`).
pub const PROGRAM_VAR: &str = "DOSSIERCHECK_TESSERACT";

/// Images narrower than this (in pixels) are scaled up before OCR, to [`TARGET_WIDTH`]: an A4
/// page below about 120 dpi has letters too small for Tesseract. Wider images go as they are:
/// scaling a 150 dpi phone photo up made Tesseract lose the text in its shadows (measured with
/// benches/ocr.py), while it reads 150 dpi text well.
const MIN_WIDTH: u32 = 1000;
/// The width small images are scaled up to (an A4 page at about 200 dpi).
const TARGET_WIDTH: u32 = 1650;
/// Images with fewer pixels than this hold no legible letter at all: not sent to Tesseract.
const MIN_PIXELS: u64 = 100 * 100;
/// Decoding one image may allocate at most this much (a phone photo of 4000x3000 RGB is 36 MB).
const MAX_DECODE_BYTES: u64 = 256 << 20;
/// Largest side of an image that is decoded.
const MAX_SIDE: u32 = 20_000;
/// Pixels of an image sent to Tesseract at most: an A4 page at 600 dpi is 35 million, a phone
/// photo 12-50 million. Tesseract's own memory grows with the image and is not bounded by ours.
const MAX_PIXELS: u64 = 64_000_000;
/// A page whose words hold fewer letters than this is blank (a back side, a stray mark).
const MIN_PAGE_LETTERS: usize = 10;

/// The tesseract program found on this machine.
#[derive(Debug)]
pub struct Engine {
    program: PathBuf,
    /// `tesseract 5.3.0`.
    pub version: String,
    /// `nld+eng+deu`, or those of them installed (none: Tesseract's default).
    languages: Option<String>,
}

/// The tesseract program, looked for once per process.
pub fn engine() -> Option<&'static Engine> {
    static ENGINE: OnceLock<Option<Engine>> = OnceLock::new();
    ENGINE.get_or_init(find_engine).as_ref()
}

fn find_engine() -> Option<Engine> {
    let program = std::env::var_os(PROGRAM_VAR)
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("tesseract"));
    let version = Command::new(&program)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())?;
    // Tesseract 5 prints its version on stdout, older ones on stderr.
    let version = [&version.stdout, &version.stderr]
        .iter()
        .flat_map(|out| {
            String::from_utf8_lossy(out)
                .lines()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .find(|line| line.starts_with("tesseract"))
        .map(|line| line.trim().to_string())
        .unwrap_or_else(|| "tesseract".to_string());
    let langs = Command::new(&program)
        .arg("--list-langs")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let installed: Vec<&str> = langs.lines().map(str::trim).collect();
    let wanted: Vec<&str> = ["nld", "eng", "deu"]
        .into_iter()
        .filter(|l| installed.contains(l))
        .collect();
    Some(Engine {
        program,
        version,
        languages: (!wanted.is_empty()).then(|| wanted.join("+")),
    })
}

/// Set when a scan was left unread because Tesseract is not installed: the run says so once.
static MISSING: AtomicBool = AtomicBool::new(false);

/// True (once) when some scan was not read because Tesseract is missing.
pub fn take_missing_notice() -> bool {
    MISSING.swap(false, Ordering::Relaxed)
}

/// The notice printed once on stderr when scans were not read for want of Tesseract.
pub fn missing_notice() -> String {
    format!(
        "dossiercheck: note: scans and photos were not read: OCR (tesseract) is not installed; install it with `{INSTALL_HINT}`"
    )
}

/// The engine to read scans with, when OCR is on; records that scans went unread when it is
/// missing.
pub(super) fn engine_for(options: &super::model::ReadOptions) -> Option<&'static Engine> {
    if !options.ocr.enabled {
        return None;
    }
    let engine = engine();
    if engine.is_none() {
        MISSING.store(true, Ordering::Relaxed);
    }
    engine
}

/// Whether OCR was wanted but Tesseract is missing (for the report's notice).
pub fn missing(options: &super::model::ReadOptions) -> bool {
    options.ocr.enabled && engine().is_none()
}

// ------------------------------------------------------------------------------------------------
// Temporary folders, removed always (also when the run is stopped with Ctrl-C)
// ------------------------------------------------------------------------------------------------

/// A private temporary folder (mode 0700) for one file's page images; removed when dropped.
struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Result<Scratch, Problem> {
        let dir = tempfile::Builder::new()
            .prefix("dossiercheck-ocr-")
            .tempdir()
            .map_err(|e| {
                Problem::new(
                    ProblemCode::ImageOnly,
                    format!("a scan or photo: no temporary folder for OCR ({e})"),
                )
            })?;
        crate::interrupt::remove_on_interrupt(dir.path());
        Ok(Scratch { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        crate::interrupt::removed(self.dir.path());
    }
}

// ------------------------------------------------------------------------------------------------
// Pages in, text out
// ------------------------------------------------------------------------------------------------

/// One page to read: an encoded image (JPEG, PNG or TIFF bytes), or why it cannot be read.
pub enum PageImage {
    /// Encoded image bytes, with the file extension Tesseract knows them by.
    Encoded(Vec<u8>, &'static str),
    /// A photo or loose scan: its background is evened out first (shadows, uneven light).
    Photo(Vec<u8>, &'static str),
    /// The page's image is stored in a way the tool does not decode, or its decoder refused it.
    Unsupported(String),
    /// The page has no image.
    Empty,
}

/// The text of one page as Tesseract read it.
#[derive(Debug, Clone, PartialEq)]
pub struct PageText {
    /// Lines, top to bottom; a wide gap between words is a tab; an empty line between blocks.
    pub text: String,
    /// Words read.
    pub words: usize,
    /// Mean word confidence (0-100).
    pub confidence: f32,
    /// Letters in the words.
    pub letters: usize,
}

/// Reads a loose photo or scan (JPEG, PNG, TIFF) into `doc` by OCR. Without OCR the document is
/// `image-only`, as the tool has always reported it.
pub fn read_image(entry: &crate::open::Entry, options: &super::model::ReadOptions) -> ReadDoc {
    let mut doc = ReadDoc::new(&entry.rel, super::model::Format::Image);
    let Some(engine) = engine_for(options) else {
        doc.problems.push(Problem::new(
            ProblemCode::ImageOnly,
            "a photo or scan: the tool cannot read its text",
        ));
        return doc;
    };
    let Some(bytes) = super::file::read_document_bytes(entry, options.max_file_bytes, &mut doc)
    else {
        return doc;
    };
    let ext = if bytes.starts_with(b"\x89PNG") {
        "png"
    } else if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") {
        "tif"
    } else if bytes.starts_with(b"\xFF\xD8\xFF") {
        "jpg"
    } else {
        // HEIC, WebP, GIF, BMP: not decoded here.
        doc.problems.push(Problem::new(
            ProblemCode::ImageOnly,
            "a photo or scan in a format the tool's OCR does not read (only JPEG, PNG and TIFF)",
        ));
        return doc;
    };
    let photo = Mutex::new(Some(PageImage::Photo(bytes, ext)));
    let image_of = |_| {
        photo
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
            .unwrap_or(PageImage::Empty)
    };
    read_pages(&mut doc, engine, &[1], &image_of, 1, options);
    doc
}

/// Reads the pages of a scan by OCR and decides the document: readable text, `ocr-unclear`,
/// `image-only` (no words, or images the tool cannot decode), `too-slow` or `too-large` (more
/// pages than the limit). `numbers` are the pages to read (1-based), `image_of` gives a page's
/// image when it is read; `total_pages` counts pages beyond those given.
pub fn read_pages(
    doc: &mut ReadDoc,
    engine: &Engine,
    numbers: &[usize],
    image_of: &(dyn Fn(usize) -> PageImage + Sync),
    total_pages: usize,
    options: &super::model::ReadOptions,
) {
    doc.problems.retain(|p| p.code != ProblemCode::ImageOnly);
    // A scan's file date is the day it was scanned (or made into a PDF), not the letter's date.
    doc.meta_date = None;
    let reads = match ocr_pages(engine, numbers, image_of, options) {
        Ok(reads) => reads,
        Err(problem) => {
            doc.problems.push(problem);
            return;
        }
    };
    if let Some(problem) = stopped(&reads, numbers, options) {
        doc.problems.push(problem);
        return;
    }
    let mut read: Vec<PageText> = Vec::new();
    let mut unsupported: Vec<String> = Vec::new();
    for page in reads {
        match page {
            PageRead::Text(text) => read.push(text),
            PageRead::Unsupported(why) => unsupported.push(why),
            _ => {}
        }
    }
    let pages_with_text: Vec<&PageText> = read
        .iter()
        .filter(|p| p.letters >= MIN_PAGE_LETTERS)
        .collect();
    if pages_with_text.is_empty() {
        doc.problems.push(no_text(&unsupported));
        return;
    }
    let worst = pages_with_text
        .iter()
        .map(|p| p.confidence)
        .fold(f32::INFINITY, f32::min);
    let text = pages_with_text
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(&format!("\n{}", super::model::PAGE_BREAK));
    let mut info = OcrInfo {
        engine: engine.version.clone(),
        confidence: mean_confidence(pages_with_text.iter().copied()),
        pages: pages_with_text.len(),
        unclear_text: None,
    };
    if let Some(problem) = not_counted(worst, &unsupported, total_pages, options) {
        // Kept, though it does not count: a typed letter it is a copy of is still recognised.
        doc.problems.push(problem);
        info.unclear_text = Some(text);
        doc.ocr = Some(info);
        return;
    }
    finish_text(
        doc,
        text,
        ProblemCode::ImageOnly,
        "a scan or photo on which OCR found too little text; look at it by hand",
    );
    if doc.readable {
        doc.ocr = Some(info);
    }
}

/// The problem of a scan on which OCR found no page with text; `unsupported` says why pages could
/// not be decoded, if any could not.
fn no_text(unsupported: &[String]) -> Problem {
    let message = if unsupported.is_empty() {
        "a scan or photo on which OCR found no text (a blank or unreadable page); look at it by hand"
            .to_string()
    } else {
        format!(
            "a scan or photo whose images the tool's OCR cannot decode ({}); look at it by hand",
            unsupported.join(", ")
        )
    };
    Problem::new(ProblemCode::ImageOnly, message)
}

/// Why a scan's OCR text does not count, if it does not: its `worst` page too unclear, pages that
/// could not be decoded (`unsupported`), or more than the pages read of its `total_pages`.
fn not_counted(
    worst: f32,
    unsupported: &[String],
    total_pages: usize,
    options: &super::model::ReadOptions,
) -> Option<Problem> {
    if worst < f32::from(options.ocr.min_confidence) {
        return Some(Problem::new(
            ProblemCode::OcrUnclear,
            format!(
                "a scan too unclear to read reliably (OCR confidence {:.0}, below {}); look at it by hand",
                worst, options.ocr.min_confidence
            ),
        ));
    }
    if !unsupported.is_empty() {
        return Some(Problem::new(
            ProblemCode::ImageOnly,
            format!(
                "some pages of the scan cannot be decoded for OCR ({}); look at them by hand",
                unsupported.join(", ")
            ),
        ));
    }
    (total_pages > usize::from(options.ocr.max_pages)).then(|| {
        Problem::new(
            ProblemCode::TooLarge,
            format!(
                "only the first {} of {total_pages} pages were read by OCR (the limit); look at the rest by hand",
                options.ocr.max_pages
            ),
        )
    })
}

/// Reads the scanned pages of a PDF whose other pages have a text layer (a typed letter with a
/// scanned enclosure, a fax whose cover page is typed) and joins their text with the typed pages'
/// in page order. `typed[i]` is page `i + 1`'s own text (little or none on a scanned page),
/// `scans` the numbers (1-based) of the scanned pages, `image_of` gives a page's image.
///
/// A scanned page that is not read (OCR off or not installed, too unclear, an image the tool
/// cannot decode, too slow, past the page limit) is named, and the document is then not read, as
/// an image-only PDF with such a page is not: what it could meet needs a look, never counted on
/// the typed pages alone while a page of it went unread. A scanned page on which OCR finds no text
/// at all (a blank back side, a photo) is left out, as in an image-only PDF.
pub fn read_with_scans(
    doc: &mut ReadDoc,
    typed: Vec<String>,
    scans: &[usize],
    image_of: &(dyn Fn(usize) -> PageImage + Sync),
    options: &super::model::ReadOptions,
) {
    let Some(engine) = engine_for(options) else {
        doc.problems.push(no_engine(scans, options));
        return;
    };
    let max = usize::from(options.ocr.max_pages);
    let (now, past) = scans.split_at(scans.len().min(max));
    let reads = match ocr_pages(engine, now, image_of, options) {
        Ok(reads) => reads,
        Err(problem) => {
            doc.problems.push(problem);
            return;
        }
    };
    let stop = stopped(&reads, now, options);
    let pages = ScannedPages::sort(reads, now, f32::from(options.ocr.min_confidence));
    let mut problems = pages.problems(stop, past, scans.len(), options);
    let ocr_text = pages.text;
    let info = (!ocr_text.is_empty()).then(|| OcrInfo {
        engine: engine.version.clone(),
        confidence: mean_confidence(ocr_text.iter().map(|(_, p)| p)),
        pages: ocr_text.len(),
        // Not offered as a copy of a typed letter: its typed pages are typed, and a match on them
        // would hide the scanned page that was not read.
        unclear_text: None,
    });
    if !problems.is_empty() {
        problems.append(&mut doc.problems);
        doc.problems = problems;
        doc.ocr = info;
        return;
    }
    finish_text(
        doc,
        join_pages(&typed, ocr_text),
        ProblemCode::ImageOnly,
        "the PDF has too little text, typed or read by OCR; look at it by hand",
    );
    if doc.readable {
        doc.ocr = info;
    }
}

/// The problem of scanned pages left unread because OCR is off or not installed.
fn no_engine(scans: &[usize], options: &super::model::ReadOptions) -> Problem {
    let why = if options.ocr.enabled {
        "OCR (tesseract) is not installed"
    } else {
        "OCR is off"
    };
    Problem::new(
        ProblemCode::ImageOnly,
        format!(
            "{} a scan without text ({why}), so the PDF was not read in full; look at {} by hand",
            pages_are(scans),
            it_or_them(scans)
        ),
    )
}

/// The scanned pages of a PDF after OCR, by page number.
struct ScannedPages {
    /// Pages on which OCR found text.
    text: Vec<(usize, PageText)>,
    /// Pages among them read with less than the confidence asked, with their confidence.
    unclear: Vec<(usize, f32)>,
    /// Pages whose image could not be decoded, and why.
    undecodable: Vec<(usize, String)>,
}

impl ScannedPages {
    /// Sorts the `reads` of pages `numbers`; `min` is the confidence a page must reach.
    fn sort(reads: Vec<PageRead>, numbers: &[usize], min: f32) -> ScannedPages {
        let mut pages = ScannedPages {
            text: Vec::new(),
            unclear: Vec::new(),
            undecodable: Vec::new(),
        };
        for (read, &number) in reads.into_iter().zip(numbers) {
            match read {
                PageRead::Text(page) if page.letters >= MIN_PAGE_LETTERS => {
                    if page.confidence < min {
                        pages.unclear.push((number, page.confidence));
                    }
                    pages.text.push((number, page));
                }
                PageRead::Unsupported(why) => pages.undecodable.push((number, why)),
                _ => {}
            }
        }
        pages
    }

    /// What keeps the PDF from being read in full: unclear pages first, then why OCR `stopped`,
    /// pages that could not be decoded, and the pages `past` the limit of `scans` scanned pages.
    fn problems(
        &self,
        stopped: Option<Problem>,
        past: &[usize],
        scans: usize,
        options: &super::model::ReadOptions,
    ) -> Vec<Problem> {
        let mut problems = Vec::new();
        if !self.unclear.is_empty() {
            let numbers: Vec<usize> = self.unclear.iter().map(|u| u.0).collect();
            let worst = self
                .unclear
                .iter()
                .map(|u| u.1)
                .fold(f32::INFINITY, f32::min);
            problems.push(Problem::new(
                ProblemCode::OcrUnclear,
                format!(
                    "{} a scan too unclear to read reliably (OCR confidence {worst:.0}, below {}); look at {} by hand",
                    pages_are(&numbers),
                    options.ocr.min_confidence,
                    it_or_them(&numbers)
                ),
            ));
        }
        problems.extend(stopped);
        if !self.undecodable.is_empty() {
            let numbers: Vec<usize> = self.undecodable.iter().map(|u| u.0).collect();
            let mut whys: Vec<&str> = self.undecodable.iter().map(|u| u.1.as_str()).collect();
            whys.dedup();
            problems.push(Problem::new(
                ProblemCode::ImageOnly,
                format!(
                    "{} a scan whose image the tool's OCR cannot decode ({}); look at {} by hand",
                    pages_are(&numbers),
                    whys.join(", "),
                    it_or_them(&numbers)
                ),
            ));
        }
        if !past.is_empty() {
            problems.push(Problem::new(
                ProblemCode::TooLarge,
                format!(
                    "only the first {} of {scans} scanned pages were read by OCR (the limit); {} not read; look at the rest by hand",
                    scans - past.len(),
                    pages_are(past).replace(" is", " was").replace(" are", " were")
                ),
            ));
        }
        problems
    }
}

/// The typed pages' own text with the OCR text of each scanned page after it, in page order.
fn join_pages(typed: &[String], ocr_text: Vec<(usize, PageText)>) -> String {
    let mut text = String::new();
    let mut ocr_pages = ocr_text.into_iter().peekable();
    for (i, own) in typed.iter().enumerate() {
        if i > 0 {
            super::pdf_layout::push_capped(&mut text, super::model::PAGE_BREAK);
        }
        super::pdf_layout::push_capped(&mut text, own);
        if let Some((_, page)) = ocr_pages.next_if(|(n, _)| *n == i + 1) {
            if !own.is_empty() && !own.ends_with('\n') {
                super::pdf_layout::push_capped(&mut text, "\n");
            }
            super::pdf_layout::push_capped(&mut text, &page.text);
        }
    }
    text
}

/// The confidence of pages read by OCR: their words' mean, so a page with a few words weighs little.
fn mean_confidence<'p>(pages: impl Iterator<Item = &'p PageText> + Clone) -> u8 {
    let words: usize = pages.clone().map(|p| p.words).sum();
    let total: f32 = pages.map(|p| p.confidence * p.words as f32).sum();
    (total / words.max(1) as f32).round().clamp(0.0, 100.0) as u8
}

/// "it" for one page, "them" for several.
fn it_or_them(numbers: &[usize]) -> &'static str {
    if numbers.len() == 1 {
        "it"
    } else {
        "them"
    }
}

/// "page 2 is", "pages 2 and 3 are", "pages 2, 3 and 5 are".
fn pages_are(numbers: &[usize]) -> String {
    match numbers {
        [] => "no page is".to_string(),
        [one] => format!("page {one} is"),
        [rest @ .., last] => format!(
            "pages {} and {last} are",
            rest.iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// What OCR made of one page.
enum PageRead {
    /// Its words.
    Text(PageText),
    /// No image, or one too small to hold text.
    Nothing,
    /// An image the tool cannot decode, and why.
    Unsupported(String),
    /// Past its time.
    TooSlow,
    /// Tesseract failed, and why.
    Failed(String),
    /// Not read: another page was too slow or failed, and the file stops there.
    Skipped,
}

/// The problem that stopped reading a file: the first page, in page order, that was too slow or
/// on which Tesseract failed.
fn stopped(
    reads: &[PageRead],
    numbers: &[usize],
    options: &super::model::ReadOptions,
) -> Option<Problem> {
    reads
        .iter()
        .zip(numbers)
        .find_map(|(read, number)| match read {
            PageRead::TooSlow => Some(Problem::new(
                ProblemCode::TooSlow,
                format!(
                    "OCR of page {number} took longer than {} s; look at the scan by hand",
                    options.ocr.page_timeout.as_secs()
                ),
            )),
            PageRead::Failed(why) => Some(Problem::new(
                ProblemCode::ImageOnly,
                format!("a scan or photo: OCR failed on page {number} ({why})"),
            )),
            _ => None,
        })
}

/// Reads the pages `numbers` (1-based) of one file by OCR, in the file's private temporary
/// folder; the results in the order of `numbers`.
///
/// The pages of one file are read at once, by as many workers as the read's thread pool has
/// threads, each taking the next page not yet begun. Every page first takes one of the process's
/// OCR slots ([`Slots`], as many as the pool has threads), so no more Tesseract children (one
/// thread each) run than there are threads, however many files are read at once: a long scan
/// uses the threads whose files are done instead of leaving them idle. A page's image is taken
/// from the file only once its slot is held (`image_of`), so no more page images are decoded at
/// once than there are slots. The workers are plain scoped threads, not tasks on the pool: a pool
/// thread waiting for its pages would otherwise run another file's read meanwhile, and that read
/// can wait for the large-file budget this one holds. A page that is too slow or fails stops the
/// pages not yet begun, as the file is then left to a person.
fn ocr_pages(
    engine: &Engine,
    numbers: &[usize],
    image_of: &(dyn Fn(usize) -> PageImage + Sync),
    options: &super::model::ReadOptions,
) -> Result<Vec<PageRead>, Problem> {
    let scratch = Scratch::new()?;
    // The file's deadline lives on this thread; the pages run on others.
    let file_deadline = crate::limits::deadline();
    let threads = rayon::current_num_threads().max(1);
    let slots = Slots::global(threads);
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let reads: Vec<Mutex<PageRead>> = numbers
        .iter()
        .map(|_| Mutex::new(PageRead::Skipped))
        .collect();
    let work = || loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        let Some(&number) = numbers.get(i) else {
            break;
        };
        if stop.load(Ordering::Relaxed) {
            break;
        }
        // Waiting for a slot counts against the file's time only: a page's own time starts when
        // it is read.
        let read = match slots.acquire(file_deadline) {
            Some(_slot) => {
                let mut deadline = Instant::now() + options.ocr.page_timeout;
                if let Some(file_deadline) = file_deadline {
                    deadline = deadline.min(file_deadline);
                }
                ocr_page(engine, &scratch, number, image_of(number), deadline)
            }
            None => PageRead::TooSlow,
        };
        if matches!(read, PageRead::TooSlow | PageRead::Failed(_)) {
            stop.store(true, Ordering::Relaxed);
        }
        *reads[i].lock().unwrap_or_else(PoisonError::into_inner) = read;
    };
    let workers = threads.min(numbers.len());
    if workers <= 1 {
        work();
    } else {
        std::thread::scope(|scope| {
            for _ in 1..workers {
                // A worker the system will not start is one fewer: the others read its pages.
                let _ = std::thread::Builder::new()
                    .name("dossiercheck-ocr".into())
                    .spawn_scoped(scope, work);
            }
            work();
        });
    }
    drop(scratch);
    Ok(reads
        .into_iter()
        .map(|r| r.into_inner().unwrap_or_else(PoisonError::into_inner))
        .collect())
}

/// The process's OCR slots: how many pages are read by OCR at once, over all files.
struct Slots {
    free: Mutex<usize>,
    freed: Condvar,
}

/// One OCR slot, given back when dropped.
struct Slot<'a>(&'a Slots);

impl Slots {
    /// The slots every read shares; `threads` (the first reader's pool size) sets their number.
    fn global(threads: usize) -> &'static Slots {
        static SLOTS: OnceLock<Slots> = OnceLock::new();
        SLOTS.get_or_init(|| Slots {
            free: Mutex::new(threads),
            freed: Condvar::new(),
        })
    }

    /// A slot, or `None` when none came free before `deadline`. Every slot comes free: a page
    /// holds one no longer than its own time.
    fn acquire(&self, deadline: Option<Instant>) -> Option<Slot<'_>> {
        let mut free = self.free.lock().unwrap_or_else(PoisonError::into_inner);
        while *free == 0 {
            free = match deadline {
                Some(at) => {
                    let left = at.checked_duration_since(Instant::now())?;
                    self.freed
                        .wait_timeout(free, left)
                        .unwrap_or_else(PoisonError::into_inner)
                        .0
                }
                None => self
                    .freed
                    .wait(free)
                    .unwrap_or_else(PoisonError::into_inner),
            };
        }
        *free -= 1;
        Some(Slot(self))
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        *self.0.free.lock().unwrap_or_else(PoisonError::into_inner) += 1;
        self.0.freed.notify_one();
    }
}

/// Why one page could not be read.
enum PageError {
    /// Past the page's or the file's time.
    TooSlow,
    /// The image cannot be decoded.
    Undecodable(String),
    /// Tesseract failed.
    Failed(String),
}

/// Reads one page's image.
fn ocr_page(
    engine: &Engine,
    scratch: &Scratch,
    number: usize,
    image: PageImage,
    deadline: Instant,
) -> PageRead {
    let image = match image {
        PageImage::Encoded(bytes, ext) => (bytes, ext, false),
        PageImage::Photo(bytes, ext) => (bytes, ext, true),
        PageImage::Unsupported(why) => return PageRead::Unsupported(why),
        PageImage::Empty => return PageRead::Nothing,
    };
    match ocr_image(engine, scratch, number, image, deadline) {
        Ok(Some(text)) => PageRead::Text(text),
        Ok(None) => PageRead::Nothing,
        Err(PageError::TooSlow) => PageRead::TooSlow,
        Err(PageError::Undecodable(why)) => PageRead::Unsupported(why),
        Err(PageError::Failed(why)) => PageRead::Failed(why),
    }
}

/// Prepares one page image and reads it. `Ok(None)`: too small to hold text.
fn ocr_image(
    engine: &Engine,
    scratch: &Scratch,
    number: usize,
    (bytes, ext, photo): (Vec<u8>, &'static str, bool),
    deadline: Instant,
) -> Result<Option<PageText>, PageError> {
    let image = match prepare(bytes, ext, photo)? {
        Some(image) => image,
        None => return Ok(None),
    };
    let input = scratch.path().join(format!("page-{number:03}.{}", image.1));
    std::fs::write(&input, &image.0)
        .map_err(|e| PageError::Failed(format!("cannot write a temporary image: {e}")))?;
    drop(image);
    let base = scratch.path().join(format!("page-{number:03}"));
    let tsv = run_tesseract(engine, &input, &base, deadline)?;
    let _ = std::fs::remove_file(&input);
    Ok(Some(parse_tsv(&tsv)))
}

/// An image ready for Tesseract: as it came when it is large enough and needs no turning; else
/// decoded, turned upright (EXIF), made grey and scaled up, as PNG. `None`: too small for text.
fn prepare(
    bytes: Vec<u8>,
    ext: &'static str,
    photo: bool,
) -> Result<Option<(Vec<u8>, &'static str)>, PageError> {
    let undecodable = |e: image::ImageError| PageError::Undecodable(format!("{ext}: {e}"));
    let (width, height) = match image_reader(&bytes)
        .map_err(|e| undecodable(e.into()))?
        .into_dimensions()
    {
        Ok(d) => d,
        // A TIFF the decoder does not know (e.g. CCITT fax compression): Tesseract's own reader
        // (Leptonica) may; the page is sent as it is.
        Err(_) if ext == "tif" => return Ok(Some((bytes, ext))),
        Err(e) => return Err(undecodable(e)),
    };
    let pixels = u64::from(width) * u64::from(height);
    if pixels < MIN_PIXELS {
        return Ok(None);
    }
    if pixels > MAX_PIXELS {
        return Err(PageError::Undecodable(format!(
            "an image of {} million pixels, too large for OCR",
            pixels / 1_000_000
        )));
    }
    // TIFF goes as it is: Tesseract reads every page of a multi-page TIFF.
    if ext == "tif" {
        return Ok(Some((bytes, ext)));
    }
    let img = {
        let mut decoder = image_reader(&bytes)
            .map_err(|e| undecodable(e.into()))?
            .into_decoder()
            .map_err(undecodable)?;
        let orientation = image::ImageDecoder::orientation(&mut decoder)
            .unwrap_or(image::metadata::Orientation::NoTransforms);
        if !photo && width >= MIN_WIDTH && orientation == image::metadata::Orientation::NoTransforms
        {
            None
        } else {
            let mut img = image::DynamicImage::from_decoder(decoder).map_err(undecodable)?;
            img.apply_orientation(orientation);
            Some(img)
        }
    };
    let Some(img) = img else {
        return Ok(Some((bytes, ext)));
    };
    drop(bytes);
    let mut grey = img.into_luma8();
    if photo {
        even_out(&mut grey);
    }
    if grey.width() < MIN_WIDTH {
        let factor = TARGET_WIDTH.div_ceil(grey.width()).min(4);
        grey = image::imageops::resize(
            &grey,
            grey.width() * factor,
            grey.height() * factor,
            image::imageops::FilterType::Triangle,
        );
    }
    let mut png = Vec::new();
    grey.write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
        .map_err(undecodable)?;
    Ok(Some((png, "png")))
}

/// Evens out the paper of a photo: each pixel is divided by the brightness of the paper around it
/// (estimated at a sixteenth of the size, where the brightest of its neighbours is paper, not ink),
/// so a shadow over half the page no longer hides the text in it from Tesseract's threshold.
fn even_out(grey: &mut image::GrayImage) {
    use image::imageops::{resize, FilterType};
    let (w, h) = grey.dimensions();
    let mut paper = resize(grey, (w / 16).max(1), (h / 16).max(1), FilterType::Triangle);
    for _ in 0..2 {
        let before = paper.clone();
        let (sw, sh) = before.dimensions();
        for (x, y, p) in paper.enumerate_pixels_mut() {
            let mut brightest = 0;
            for ny in y.saturating_sub(1)..(y + 2).min(sh) {
                for nx in x.saturating_sub(1)..(x + 2).min(sw) {
                    brightest = brightest.max(before.get_pixel(nx, ny)[0]);
                }
            }
            p[0] = brightest;
        }
    }
    let paper = resize(&paper, w, h, FilterType::Triangle);
    for (p, b) in grey.pixels_mut().zip(paper.pixels()) {
        p[0] = (u32::from(p[0]) * 255 / u32::from(b[0].max(1))).min(255) as u8;
    }
}

/// A reader of encoded image bytes, with limits on what decoding may cost.
fn image_reader(bytes: &[u8]) -> std::io::Result<image::ImageReader<Cursor<&[u8]>>> {
    let mut reader = image::ImageReader::new(Cursor::new(bytes));
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    reader.with_guessed_format()
}

/// Runs `tesseract INPUT BASE -l nld+eng+deu tsv` (TSV into `BASE.tsv`), killing it at `deadline`.
fn run_tesseract(
    engine: &Engine,
    input: &Path,
    base: &Path,
    deadline: Instant,
) -> Result<String, PageError> {
    let mut cmd = Command::new(&engine.program);
    cmd.arg(input).arg(base);
    if let Some(langs) = &engine.languages {
        cmd.arg("-l").arg(langs);
    }
    cmd.arg("tsv")
        // One thread per page: pages of different files already run in parallel.
        .env("OMP_THREAD_LIMIT", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let mut child = cmd
        .spawn()
        .map_err(|e| PageError::Failed(format!("cannot start tesseract: {e}")))?;
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => break,
            Ok(Some(status)) => {
                return Err(PageError::Failed(format!("tesseract ended with {status}")));
            }
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(PageError::TooSlow);
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(PageError::Failed(e.to_string()));
            }
        }
    }
    let tsv = base.with_extension("tsv");
    let text = std::fs::read(&tsv)
        .map_err(|e| PageError::Failed(format!("no output from tesseract: {e}")))?;
    let _ = std::fs::remove_file(&tsv);
    Ok(String::from_utf8_lossy(&text).into_owned())
}

/// One word of Tesseract's TSV.
struct Word<'a> {
    page: u32,
    block: u32,
    par: u32,
    line: u32,
    left: f64,
    top: f64,
    width: f64,
    height: f64,
    conf: f32,
    text: &'a str,
}

fn parse_word(row: &str) -> Option<Word<'_>> {
    let cols: Vec<&str> = row.splitn(12, '\t').collect();
    if cols.len() < 12 || cols[0] != "5" {
        return None;
    }
    let n = |i: usize| cols[i].trim().parse::<i64>().ok();
    let text = cols[11].trim_end_matches(['\r', '\n']).trim();
    let conf: f32 = cols[10].trim().parse().ok()?;
    if text.is_empty() || conf < 0.0 {
        return None;
    }
    Some(Word {
        page: n(1)? as u32,
        block: n(2)? as u32,
        par: n(3)? as u32,
        line: n(4)? as u32,
        left: n(6)? as f64,
        top: n(7)? as f64,
        width: n(8)?.max(1) as f64,
        height: n(9)?.max(1) as f64,
        conf,
        text,
    })
}

/// A line as Tesseract found it (words of one block, paragraph and line), placed on the page with
/// the skew taken out.
struct Unit<'a> {
    words: Vec<&'a Word<'a>>,
    /// Vertical centre after deskewing.
    y: f64,
    /// Median word height.
    height: f64,
    left: f64,
}

/// Rebuilds the text of Tesseract's TSV as a person reads the page, the way typed PDFs are read:
/// text on one baseline is one line, even when Tesseract put a label and its value in separate
/// blocks (a form in two columns); lines top to bottom, words left to right; a gap wider than
/// three letters' height is a tab; a wide vertical gap is an empty line. The page's skew (a scan
/// turned a few degrees) is measured from Tesseract's own lines and taken out of the coordinates
/// first, so a turned page needs no image rotation. Pages of a multi-page TIFF are kept apart.
pub fn parse_tsv(tsv: &str) -> PageText {
    let words: Vec<Word> = tsv.lines().filter_map(parse_word).collect();
    let mut text = String::new();
    let mut pages: Vec<u32> = words.iter().map(|w| w.page).collect();
    pages.dedup();
    for (i, page) in pages.iter().enumerate() {
        if i > 0 {
            text.push('\n');
            text.push_str(super::model::PAGE_BREAK);
        }
        let on_page: Vec<&Word> = words.iter().filter(|w| w.page == *page).collect();
        page_lines(&on_page, &mut text);
    }
    let confidence = if words.is_empty() {
        0.0
    } else {
        words.iter().map(|w| w.conf).sum::<f32>() / words.len() as f32
    };
    PageText {
        letters: words
            .iter()
            .map(|w| w.text.chars().filter(|c| c.is_alphabetic()).count())
            .sum(),
        words: words.len(),
        confidence,
        text,
    }
}

fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    Some(values[values.len() / 2])
}

/// The slope of the text lines (dy per dx): the median over Tesseract's lines of three or more
/// words of the slope between their first and last word's bottom edge.
fn skew(units: &[Vec<&Word>]) -> f64 {
    let slopes: Vec<f64> = units
        .iter()
        .filter(|u| u.len() >= 3)
        .filter_map(|u| {
            let (first, last) = (u.first()?, u.last()?);
            let dx = (last.left + last.width / 2.0) - (first.left + first.width / 2.0);
            (dx > 0.0).then(|| ((last.top + last.height) - (first.top + first.height)) / dx)
        })
        .collect();
    median(slopes).unwrap_or(0.0).clamp(-0.15, 0.15)
}

fn page_lines(words: &[&Word], text: &mut String) {
    // Tesseract's lines, in its order.
    let mut groups: Vec<Vec<&Word>> = Vec::new();
    for w in words {
        match groups.last_mut() {
            Some(g) if (g[0].block, g[0].par, g[0].line) == (w.block, w.par, w.line) => g.push(w),
            _ => groups.push(vec![w]),
        }
    }
    let slope = skew(&groups);
    let mut units: Vec<Unit> = groups
        .into_iter()
        .map(|g| {
            let y = median(
                g.iter()
                    .map(|w| w.top + w.height / 2.0 - slope * (w.left + w.width / 2.0))
                    .collect(),
            )
            .unwrap_or(0.0);
            let height = median(g.iter().map(|w| w.height).collect()).unwrap_or(1.0);
            let left = g.iter().map(|w| w.left).fold(f64::INFINITY, f64::min);
            Unit {
                words: g,
                y,
                height,
                left,
            }
        })
        .collect();
    units.sort_by(|a, b| a.y.total_cmp(&b.y));
    // Rows: units whose centres lie within half a line of the row's.
    let mut rows: Vec<Vec<Unit>> = Vec::new();
    for unit in units {
        match rows.last_mut() {
            Some(row) if (unit.y - row_y(row)).abs() < 0.5 * unit.height.max(row_height(row)) => {
                row.push(unit)
            }
            _ => rows.push(vec![unit]),
        }
    }
    let line_height = median(rows.iter().map(|r| row_height(r)).collect()).unwrap_or(1.0);
    let mut previous_y: Option<f64> = None;
    for mut row in rows {
        let y = row_y(&row);
        if previous_y.is_some_and(|p| y - p > 2.5 * line_height) {
            text.push('\n');
        }
        previous_y = Some(y);
        row.sort_by(|a, b| a.left.total_cmp(&b.left));
        let mut last: Option<&Word> = None;
        for w in row.iter().flat_map(|u| u.words.iter()) {
            if let Some(p) = last {
                let gap = w.left - (p.left + p.width);
                if gap > 3.0 * p.height.max(w.height) {
                    text.push('\t');
                } else if !split_capital(p, w, gap) {
                    text.push(' ');
                }
            }
            text.push_str(w.text);
            last = Some(w);
        }
        text.push('\n');
    }
}

/// Tesseract sometimes splits a capital from the rest of its word ("J anuary", "P ond Street"),
/// which costs a month name and with it a date. A lone capital that is rarely a word of its own,
/// close to a word in lower case, is joined to it.
fn split_capital(first: &Word, next: &Word, gap: f64) -> bool {
    let mut chars = first.text.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return false;
    };
    c.is_uppercase()
        && !matches!(c, 'A' | 'E' | 'I' | 'O' | 'U')
        && next.text.chars().next().is_some_and(char::is_lowercase)
        && gap < 0.6 * first.height.max(next.height)
}

fn row_y(row: &[Unit]) -> f64 {
    row.iter().map(|u| u.y).sum::<f64>() / row.len() as f64
}

fn row_height(row: &[Unit]) -> f64 {
    row.iter().map(|u| u.height).fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TSV: &str = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t
2\t1\t1\t0\t0\t0\t200\t200\t800\t40\t-1\t
5\t1\t1\t1\t1\t1\t200\t200\t300\t40\t96.5\tVerwijsbrief
5\t1\t1\t1\t1\t2\t1200\t200\t200\t40\t90\tHaarlem
5\t1\t1\t1\t2\t1\t200\t260\t100\t40\t80\tDatum:
5\t1\t1\t1\t2\t2\t310\t260\t200\t40\t70\t1-10-2026
5\t1\t2\t1\t1\t1\t200\t400\t200\t40\t-1\t
5\t1\t2\t1\t1\t1\t200\t400\t200\t40\t91\tGeachte
";

    #[test]
    fn tsv_becomes_lines_with_tabs_across_columns_and_blank_lines_between_blocks() {
        let page = parse_tsv(TSV);
        assert_eq!(
            page.text,
            "Verwijsbrief\tHaarlem\nDatum: 1-10-2026\n\nGeachte\n"
        );
        assert_eq!(page.words, 5);
        assert!((page.confidence - 85.5).abs() < 0.01, "{}", page.confidence);
    }

    /// A form turned by about 2 degrees whose labels and values Tesseract put in separate blocks.
    const FORM: &str = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
5\t1\t1\t1\t1\t1\t100\t100\t120\t30\t95\tDate
5\t1\t1\t1\t1\t2\t230\t104\t40\t30\t95\tof
5\t1\t1\t1\t1\t3\t280\t106\t200\t30\t95\toperation
5\t1\t1\t1\t2\t1\t100\t160\t140\t30\t95\tSurgeon
5\t1\t2\t1\t1\t1\t800\t124\t220\t30\t90\t11/06/2026
5\t1\t2\t1\t2\t1\t800\t184\t100\t30\t90\tMiss
5\t1\t2\t1\t2\t2\t910\t186\t160\t30\t90\tAdeyemi
5\t1\t3\t1\t1\t1\t100\t220\t30\t30\t90\t19
5\t1\t3\t1\t1\t2\t140\t220\t10\t35\t75\tJ
5\t1\t3\t1\t1\t3\t156\t228\t78\t20\t93\tanuary
5\t1\t3\t1\t1\t4\t244\t222\t55\t21\t96\t2026
";

    #[test]
    fn labels_and_values_in_separate_blocks_share_their_line_on_a_turned_page() {
        assert_eq!(
            parse_tsv(FORM).text,
            "Date of operation\t11/06/2026\nSurgeon\tMiss Adeyemi\n19 January 2026\n"
        );
    }

    #[test]
    fn empty_output_is_a_blank_page() {
        let page = parse_tsv("level\tpage_num\n1\t1\t0\t0\t0\t0\t0\t0\t10\t10\t-1\t\n");
        assert_eq!((page.words, page.letters, page.text.as_str()), (0, 0, ""));
    }

    #[test]
    fn tiny_images_hold_no_text() {
        let mut png = Vec::new();
        image::GrayImage::new(8, 8)
            .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        assert!(matches!(prepare(png, "png", false), Ok(None)));
    }

    /// A PNG that claims `width` x `height` pixels and holds none.
    fn png_header(width: u32, height: u32) -> Vec<u8> {
        fn crc32(bytes: &[u8]) -> u32 {
            let mut crc = !0u32;
            for &b in bytes {
                crc ^= u32::from(b);
                for _ in 0..8 {
                    crc = if crc & 1 == 1 {
                        (crc >> 1) ^ 0xEDB8_8320
                    } else {
                        crc >> 1
                    };
                }
            }
            !crc
        }
        let mut ihdr = b"IHDR".to_vec();
        ihdr.extend(width.to_be_bytes());
        ihdr.extend(height.to_be_bytes());
        ihdr.extend([8, 0, 0, 0, 0]);
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        for chunk in [ihdr, b"IDAT".to_vec(), b"IEND".to_vec()] {
            png.extend((chunk.len() as u32 - 4).to_be_bytes());
            png.extend(&chunk);
            png.extend(crc32(&chunk).to_be_bytes());
        }
        png
    }

    #[test]
    fn images_too_large_for_ocr_are_not_sent() {
        let why = match prepare(png_header(12_000, 9_000), "png", true) {
            Err(PageError::Undecodable(why)) => why,
            Err(_) => panic!("another error"),
            Ok(_) => panic!("a 108 megapixel image must not go to Tesseract"),
        };
        assert!(why.contains("108 million pixels"), "{why}");
    }

    #[test]
    fn a_shadow_over_half_the_page_is_evened_out() {
        // Paper 110 in the shadow and 240 in the light, with a line of ink (30) across both.
        let mut img = image::GrayImage::from_fn(640, 320, |x, _| {
            image::Luma([if x < 320 { 110 } else { 240 }])
        });
        for x in 0..640 {
            for y in 150..154 {
                img.put_pixel(x, y, image::Luma([30]));
            }
        }
        even_out(&mut img);
        let at = |x, y| img.get_pixel(x, y)[0];
        assert!(
            at(100, 50) > 230 && at(540, 50) > 230,
            "paper is white on both sides"
        );
        assert!(at(100, 152) < 100 && at(540, 152) < 100, "ink stays dark");
    }

    #[test]
    fn small_images_are_scaled_up_and_made_grey() {
        let mut png = Vec::new();
        image::RgbImage::new(400, 300)
            .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        let (out, ext) = prepare(png, "png", false).ok().flatten().unwrap();
        assert_eq!(ext, "png");
        let img = image::load_from_memory(&out).unwrap();
        assert_eq!((img.width(), img.height()), (1600, 1200));
        let mut png = Vec::new();
        image::GrayImage::new(1240, 1754)
            .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        let (out, _) = prepare(png.clone(), "png", false).ok().flatten().unwrap();
        assert_eq!(out, png, "a 150 dpi page goes as it is");
        assert!(matches!(img, image::DynamicImage::ImageLuma8(_)));
    }
}
