//! ISO images of a disc, read in place with isomage: no mounting, nothing extracted to disk. The
//! disc's `DICOMDIR` (or, without one, its DICOM files) is read from the image's bytes.

use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom};

use isomage::TreeNode;

use super::dicom::{parse_dicomdir, parse_header_from, summarise, MediumSummary};
use super::{guarded, io_problem, Format, Problem, ReadDoc};
use crate::walk::Entry;

const MAX_DICOMDIR_BYTES: u64 = 128 * 1024 * 1024;

/// Reads an ISO image as an imaging medium.
pub fn read(entry: &Entry) -> ReadDoc {
    let mut doc = ReadDoc::new(&entry.rel, Format::Iso);
    let mut summary = MediumSummary::default();
    match read_iso(entry, &mut summary) {
        Ok(problems) => doc.problems = problems,
        Err(p) => doc.problems.push(p),
    }
    doc.readable = doc.problems.is_empty() && summary.images_readable > 0;
    doc.medium = Some(summary);
    doc
}

fn read_iso(entry: &Entry, summary: &mut MediumSummary) -> Result<Vec<Problem>, Problem> {
    let mut file = std::fs::File::open(&entry.path).map_err(io_problem)?;
    if entry.size == 0 {
        return Err(Problem::new(
            "empty-file",
            "the ISO image is empty (0 bytes)",
        ));
    }
    let root = guarded("ISO", || {
        isomage::detect_and_parse_filesystem(&mut file, &entry.rel)
            .map_err(|e| Problem::new("damaged", format!("the disc image cannot be read ({e})")))
    })?;
    let mut files = Vec::new();
    collect_files(&root, String::new(), &mut files);
    let by_lower: HashMap<String, &TreeNode> = files
        .iter()
        .map(|(path, node)| (path.to_lowercase(), *node))
        .collect();

    let mut problems = Vec::new();
    let dicomdir = files
        .iter()
        .filter(|(path, _)| {
            path.rsplit('/')
                .next()
                .is_some_and(|n| n.eq_ignore_ascii_case("dicomdir"))
        })
        .min_by_key(|(path, _)| path.matches('/').count());
    let mut headers = Vec::new();
    match dicomdir {
        Some((dir_path, node)) => {
            if node.size > MAX_DICOMDIR_BYTES {
                return Err(Problem::new(
                    "dicomdir-damaged",
                    "the DICOMDIR on the disc is implausibly large",
                ));
            }
            let mut bytes = Vec::new();
            isomage::cat_node(&mut file, node, &mut bytes).map_err(|e| {
                Problem::new(
                    "damaged",
                    format!("the DICOMDIR cannot be read from the disc ({e})"),
                )
            })?;
            let index = parse_dicomdir(&bytes)?;
            summary.images_listed = Some(index.len());
            let base = dir_path
                .rsplit_once('/')
                .map(|(b, _)| format!("{b}/"))
                .unwrap_or_default();
            let mut missing = Vec::new();
            for image in &index {
                let key = format!("{base}{}", image.components.join("/")).to_lowercase();
                match by_lower.get(&key) {
                    None => missing.push(image.components.join("/")),
                    Some(node) => match header_at(&mut file, node) {
                        Ok(h) => headers.push(h),
                        Err(_) => summary.images_unreadable += 1,
                    },
                }
            }
            summary.images_missing = missing.len();
            if index.is_empty() {
                problems.push(Problem::new(
                    "no-images",
                    "the DICOMDIR index lists no images",
                ));
            }
            if !missing.is_empty() {
                problems.push(Problem::new(
                    "dicomdir-missing-file",
                    format!(
                        "{} of {} images listed in the DICOMDIR are not on the disc (first: {})",
                        missing.len(),
                        index.len(),
                        missing[0]
                    ),
                ));
            }
        }
        None => {
            for (_, node) in &files {
                if is_dicom(&mut file, node) {
                    match header_at(&mut file, node) {
                        Ok(h) => headers.push(h),
                        Err(_) => summary.images_unreadable += 1,
                    }
                }
            }
            if headers.is_empty() && summary.images_unreadable == 0 {
                problems.push(Problem::new(
                    "no-images",
                    "the disc image holds no DICOM images",
                ));
            }
        }
    }
    if summary.images_unreadable > 0 {
        problems.push(Problem::new(
            "image-damaged",
            format!(
                "{} images on the disc cannot be read as DICOM",
                summary.images_unreadable
            ),
        ));
    }
    summarise(summary, &headers);
    Ok(problems)
}

fn collect_files<'a>(node: &'a TreeNode, prefix: String, out: &mut Vec<(String, &'a TreeNode)>) {
    for child in &node.children {
        let path = if prefix.is_empty() {
            child.name.clone()
        } else {
            format!("{prefix}/{}", child.name)
        };
        if child.is_directory {
            collect_files(child, path, out);
        } else {
            out.push((path, child));
        }
    }
}

fn is_dicom(file: &mut std::fs::File, node: &TreeNode) -> bool {
    let Some(location) = node.file_location else {
        return false;
    };
    if node.size < 132 || file.seek(SeekFrom::Start(location + 128)).is_err() {
        return false;
    }
    let mut magic = [0u8; 4];
    file.read_exact(&mut magic).is_ok() && &magic == b"DICM"
}

fn header_at(
    file: &mut std::fs::File,
    node: &TreeNode,
) -> Result<super::dicom::DicomHeader, Problem> {
    let location = node
        .file_location
        .ok_or_else(|| Problem::new("damaged", "the disc does not say where this file is"))?;
    file.seek(SeekFrom::Start(location)).map_err(io_problem)?;
    parse_header_from(file.take(node.size))
}
