//! Zip archives (as patient portals hand out images), read in place: nothing is extracted to disk.
//!
//! The archive may hold a CD copied as a folder (with its `DICOMDIR`), loose DICOM files, or an ISO
//! image of the disc; each becomes a medium checked exactly like its counterpart in a folder. Image
//! headers are decompressed only as far as the header goes. An ISO stored uncompressed is read where
//! it lies in the zip; a compressed one has to be inflated into memory, so only up to a limit.
//!
//! A zip without any imaging stays what it was before: a format the tool cannot read.

use std::fs::File;
use std::io::{self, BufReader, Read};

use zip::{CompressionMethod, ZipArchive};

use super::container;
use super::iso::{self, Image};
use super::model::{Cursor, MediumFile, Source};
use crate::open::Entry;
use crate::read::model::ReadOptions;
use crate::read::model::{Format, ReadDoc};
use crate::read::problem::{Problem, ProblemCode};
use crate::read::reader::{timed, Look, Reader};

/// A disc image compressed inside a zip is inflated into memory up to this size.
const MAX_ISO_IN_MEMORY: u64 = 64 * 1024 * 1024;

type Archive = ZipArchive<BufReader<File>>;

fn open(entry: &Entry) -> io::Result<Archive> {
    ZipArchive::new(BufReader::new(crate::open::open_entry(entry)?)).map_err(io::Error::other)
}

/// Reads a zip in the dossier: the imaging media in it, or one document saying why there are none.
pub fn read(entry: &Entry) -> Vec<ReadDoc> {
    let only = |code: ProblemCode, message: String| {
        let mut doc = ReadDoc::new(&entry.rel, Format::Unsupported);
        doc.problems.push(Problem::new(code, message));
        vec![doc]
    };
    if entry.size == 0 {
        return only(
            ProblemCode::EmptyFile,
            "the zip file is empty (0 bytes)".into(),
        );
    }
    if let Some(problem) = crate::open::open_entry(entry)
        .ok()
        .and_then(|mut f| crate::read::zip_entries::too_many_zip_entries(&mut f))
    {
        let mut doc = ReadDoc::new(&entry.rel, Format::Unsupported);
        doc.problems.push(problem);
        return vec![doc];
    }
    let mut archive = match open(entry) {
        Ok(archive) => archive,
        Err(e) => {
            return only(
                ProblemCode::ArchiveDamaged,
                format!("the file is not a readable zip archive ({e})"),
            )
        }
    };

    let Listing {
        files,
        indices,
        isos,
    } = list(&mut archive);
    let source = ZipSource { entry, indices };
    let plans = container::plan_container(&files);
    let found = container::check_container(&source, &files, &plans, "in the archive", |plan| {
        if plan.dicomdir.is_some() {
            Format::Dicomdir
        } else {
            Format::Dicom
        }
    });
    let several = found.len() + isos.len() > 1;
    let mut docs = container::name_found(found, &entry.rel, several);
    for (i, name) in isos {
        let label = if several {
            format!("{}/{name}", entry.rel)
        } else {
            entry.rel.clone()
        };
        docs.extend(read_iso_entry(&mut archive, i, entry, &label));
    }
    if docs.is_empty() {
        return only(
            ProblemCode::UnsupportedFormat,
            "a zip archive without DICOM images or disc images; open it by hand".into(),
        );
    }
    docs
}

/// What a zip holds that may be imaging media.
struct Listing {
    /// Every file but folders, resource forks and disc images, as medium files.
    files: Vec<MediumFile>,
    /// The zip index of each of `files`.
    indices: Vec<usize>,
    /// Disc images: their zip index and name.
    isos: Vec<(usize, String)>,
}

/// Lists the entries of `archive` that may be (or hold) imaging media.
fn list(archive: &mut Archive) -> Listing {
    let mut listing = Listing {
        files: Vec::new(),
        indices: Vec::new(),
        isos: Vec::new(),
    };
    for i in 0..archive.len() {
        let Ok(data) = archive.by_index_data(i) else {
            continue;
        };
        if data.is_dir() {
            continue;
        }
        let raw = match data.name() {
            Ok(name) => name.into_owned(),
            Err(_) => String::from_utf8_lossy(data.name_raw()).into_owned(),
        };
        let name = normalise(&raw);
        let last = name.rsplit('/').next().unwrap_or(&name);
        // macOS adds resource forks (`__MACOSX/`, `._name`) that are never images.
        if name.is_empty() || name.starts_with("__MACOSX/") || last.starts_with("._") {
            continue;
        }
        if last.to_lowercase().ends_with(".iso") {
            listing.isos.push((i, name));
            continue;
        }
        listing
            .files
            .push(MediumFile::new(&name, data.size(), None));
        listing.indices.push(i);
    }
    listing
}

/// Reads a disc image inside the zip: in place when stored, from memory when compressed and small.
fn read_iso_entry(archive: &mut Archive, index: usize, zip: &Entry, label: &str) -> Vec<ReadDoc> {
    let failed = |code: ProblemCode, message: String| {
        let mut doc = ReadDoc::new(label, Format::Iso);
        doc.problems.push(Problem::new(code, message));
        doc.medium = Some(Default::default());
        vec![doc]
    };
    let (stored, size) = match archive.by_index_data(index) {
        Ok(data) => (
            data.compression() == CompressionMethod::Stored && !data.encrypted(),
            data.size(),
        ),
        Err(e) => {
            return failed(
                ProblemCode::ArchiveDamaged,
                format!("the disc image cannot be found in the zip ({e})"),
            )
        }
    };
    if stored {
        let base = archive
            .by_index_raw(index)
            .ok()
            .and_then(|f| f.data_start());
        return match base {
            Some(base) => iso::read_image(
                &Image::File {
                    file: zip.clone(),
                    base,
                    len: size,
                },
                label,
            ),
            None => failed(
                ProblemCode::ArchiveDamaged,
                "the disc image's data cannot be found in the zip".into(),
            ),
        };
    }
    if size > MAX_ISO_IN_MEMORY {
        return failed(
            ProblemCode::TooLarge,
            format!(
                "the disc image is compressed inside the zip and too large ({} MB) to read in place; unzip it",
                size >> 20
            ),
        );
    }
    let mut bytes = Vec::new();
    let read = archive
        .by_index(index)
        .map_err(io::Error::other)
        .and_then(|f| f.take(MAX_ISO_IN_MEMORY).read_to_end(&mut bytes));
    match read {
        Ok(_) => iso::read_image(&Image::Memory(bytes), label),
        Err(e) => failed(
            ProblemCode::ArchiveDamaged,
            format!("the disc image cannot be unpacked from the zip ({e})"),
        ),
    }
}

/// `\` to `/`, no leading `/` or `./`.
fn normalise(name: &str) -> String {
    let name = name.replace('\\', "/");
    let mut rest = name.as_str();
    loop {
        if let Some(r) = rest.strip_prefix('/') {
            rest = r;
        } else if let Some(r) = rest.strip_prefix("./") {
            rest = r;
        } else {
            return rest.to_string();
        }
    }
}

/// The files of a zip, each worker with its own handle on the archive.
struct ZipSource<'a> {
    entry: &'a Entry,
    /// The zip entry index of each medium file.
    indices: Vec<usize>,
}

struct ZipCursor<'a> {
    archive: Archive,
    indices: &'a [usize],
}

impl Source for ZipSource<'_> {
    fn cursor(&self) -> io::Result<Box<dyn Cursor + '_>> {
        Ok(Box::new(ZipCursor {
            archive: open(self.entry)?,
            indices: &self.indices,
        }))
    }
}

impl Cursor for ZipCursor<'_> {
    fn open(&mut self, index: usize) -> io::Result<Box<dyn Read + '_>> {
        let entry =
            self.indices.get(index).copied().ok_or_else(|| {
                io::Error::new(io::ErrorKind::NotFound, "no such file in the zip")
            })?;
        let file = self.archive.by_index(entry).map_err(io::Error::other)?;
        Ok(Box::new(file))
    }
}

/// Zips (from patient portals), by their extension (`.zip`): read for the media they hold.
pub struct Zip;

impl Reader for Zip {
    fn name(&self) -> &'static str {
        "zip"
    }

    fn claims_extension(&self, ext: &str, _head: &[u8]) -> bool {
        ext == "zip"
    }

    fn look<'a>(&self, entry: &'a Entry, options: &ReadOptions) -> Look<'a> {
        Look::Docs(timed(options, || read(entry)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_normalised() {
        assert_eq!(normalise("\\CD\\DICOMDIR"), "CD/DICOMDIR");
        assert_eq!(normalise(".//a/b"), "a/b");
        assert_eq!(normalise("a"), "a");
    }
}
