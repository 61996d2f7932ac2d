//! Imaging media on disk: a CD copied as a folder with its `DICOMDIR`, and loose DICOM files,
//! read from the dossier's own files.

use std::collections::{BTreeMap, HashSet};
use std::io::{self, Read};

use super::check;
use super::model::is_dicomdir_name;
use super::model::{prefix_of, Cursor, MediumFile, Plan, Source};
use crate::open::{self, Entry};
use crate::read::model::ReadOptions;
use crate::read::model::{Format, ReadDoc};
use crate::read::reader::{Look, Reader};

/// Files of the dossier, one walked entry per medium file.
pub struct DiskSource<'a> {
    entries: Vec<&'a Entry>,
}

impl<'a> DiskSource<'a> {
    /// A source over these files, in the order of the medium's file list.
    pub fn new(entries: Vec<&'a Entry>) -> DiskSource<'a> {
        DiskSource { entries }
    }
}

struct DiskCursor<'a> {
    entries: &'a [&'a Entry],
}

impl Cursor for DiskCursor<'_> {
    fn open(&mut self, index: usize) -> io::Result<Box<dyn Read + '_>> {
        let entry = self
            .entries
            .get(index)
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no such file on the medium"))?;
        Ok(Box::new(open::open_entry(entry)?))
    }
}

impl Source for DiskSource<'_> {
    fn cursor(&self) -> io::Result<Box<dyn Cursor + '_>> {
        Ok(Box::new(DiskCursor {
            entries: &self.entries,
        }))
    }
}

/// Reads a CD copied as a folder: its index, the files it lists, and the DICOM files it does not.
/// `files` are the dossier's files below `root`, each marked when it was sniffed as DICOM and
/// belongs to this medium (not to a deeper one). Returns the medium and the paths it read, so the
/// caller does not also list a listed image without a DICOM marker as "not a document".
pub fn read_dicomdir(
    dicomdir: &Entry,
    root: &str,
    files: &[(&Entry, bool)],
) -> (ReadDoc, Vec<String>) {
    let mut medium_files = Vec::with_capacity(files.len() + 1);
    let mut entries = Vec::with_capacity(files.len() + 1);
    let mut owned = Vec::new();
    medium_files.push(MediumFile::new(&dicomdir.rel, dicomdir.size, Some(false)));
    entries.push(dicomdir);
    for (entry, owned_dicom) in files {
        if entry.rel == dicomdir.rel {
            continue;
        }
        if *owned_dicom {
            owned.push(medium_files.len());
        }
        medium_files.push(MediumFile::new(&entry.rel, entry.size, Some(*owned_dicom)));
        entries.push(*entry);
    }
    let plan = Plan {
        dicomdir: Some(0),
        root: prefix_of(root),
        members: (1..medium_files.len()).collect(),
        owned,
    };
    let source = DiskSource::new(entries);
    let checked = check::check(&source, &medium_files, &plan, "on the medium");
    let claimed = checked
        .claimed
        .iter()
        .map(|&i| medium_files[i].path.clone())
        .collect();
    let doc = checked.into_doc(&dicomdir.rel, Format::Dicomdir);
    (doc, claimed)
}

/// Reads loose DICOM files of one folder as one medium.
pub fn read_loose(folder: &str, files: &[&Entry]) -> ReadDoc {
    let path = if folder.is_empty() {
        ".".to_string()
    } else {
        folder.to_string()
    };
    let medium_files: Vec<MediumFile> = files
        .iter()
        .map(|e| MediumFile::new(&e.rel, e.size, Some(true)))
        .collect();
    let source = DiskSource::new(files.to_vec());
    let plan = Plan {
        dicomdir: None,
        root: String::new(),
        members: (0..files.len()).collect(),
        owned: (0..files.len()).collect(),
    };
    check::check(&source, &medium_files, &plan, "in the folder").into_doc(&path, Format::Dicom)
}

/// Reads the media among a dossier's `files`: a medium per `DICOMDIR` (its folder and everything
/// below it), and one per folder of the `dicom_files` no index owns. Returns the media and the paths
/// they read, so a listed image the sniffing took for "not a document" is not also listed as such.
pub fn read_media(
    files: &[Entry],
    dicomdirs: &[&Entry],
    dicom_files: &[&Entry],
) -> (Vec<ReadDoc>, HashSet<String>) {
    // Each DICOMDIR makes its folder a medium. Any file below it may be named by its index (so a
    // listed image without a DICOM marker, empty or cut short, is still found and reported); DICOM
    // files belong to the deepest index above them, the others form loose media per folder.
    let prefixes: Vec<String> = dicomdirs
        .iter()
        .map(|e| prefix_of(&parent(&e.rel)))
        .collect();
    let owner_of = |rel: &str| {
        prefixes
            .iter()
            .enumerate()
            .filter(|(_, prefix)| rel.starts_with(prefix.as_str()))
            .max_by_key(|(_, prefix)| prefix.len())
            .map(|(i, _)| i)
    };
    let dicom_set: HashSet<&str> = dicom_files.iter().map(|e| e.rel.as_str()).collect();
    let mut loose: BTreeMap<String, Vec<&Entry>> = BTreeMap::new();
    for f in dicom_files {
        if owner_of(&f.rel).is_none() {
            loose.entry(parent(&f.rel)).or_default().push(f);
        }
    }
    let mut docs = Vec::new();
    let mut claimed = HashSet::new();
    for (i, dicomdir) in dicomdirs.iter().enumerate() {
        let under: Vec<(&Entry, bool)> = files
            .iter()
            .filter(|e| e.rel.starts_with(prefixes[i].as_str()))
            .map(|e| {
                (
                    e,
                    dicom_set.contains(e.rel.as_str()) && owner_of(&e.rel) == Some(i),
                )
            })
            .collect();
        let (doc, read) = read_dicomdir(dicomdir, &parent(&dicomdir.rel), &under);
        docs.push(doc);
        claimed.extend(read);
    }
    for (folder, files) in loose {
        docs.push(read_loose(&folder, &files));
    }
    (docs, claimed)
}

/// The folder part of a relative path (`""` at the dossier's root).
pub fn parent(rel: &str) -> String {
    rel.rsplit_once('/')
        .map(|(p, _)| p.to_string())
        .unwrap_or_default()
}

/// The `DICOMDIR` index of a CD copied as a folder, by its name: set aside until every file was
/// looked at, then read with its folder ([`read_media`]).
pub struct Dicomdir;

impl Reader for Dicomdir {
    fn name(&self) -> &'static str {
        "dicomdir"
    }

    fn claims_content(&self, _head: &[u8], name: &str) -> bool {
        is_dicomdir_name(name)
    }

    fn look<'a>(&self, entry: &'a Entry, _options: &ReadOptions) -> Look<'a> {
        Look::Dicomdir(entry)
    }
}

/// A DICOM file: `DICM` at byte 128 after the preamble, or at byte 0 when a writer left the
/// preamble out (which dicom-object accepts too), or the `.dcm` and `.dicom` extensions. Set aside
/// for the medium it belongs to.
pub struct Dicom;

impl Reader for Dicom {
    fn name(&self) -> &'static str {
        "dicom"
    }

    fn claims_content(&self, head: &[u8], _name: &str) -> bool {
        (head.len() >= 132 && &head[128..132] == b"DICM") || head.starts_with(b"DICM")
    }

    fn claims_extension(&self, ext: &str, _head: &[u8]) -> bool {
        matches!(ext, "dcm" | "dicom")
    }

    fn look<'a>(&self, entry: &'a Entry, _options: &ReadOptions) -> Look<'a> {
        Look::Dicom(entry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parent_of_paths() {
        assert_eq!(parent("a/b/c.dcm"), "a/b");
        assert_eq!(parent("c.dcm"), "");
    }
}
