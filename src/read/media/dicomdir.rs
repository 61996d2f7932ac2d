//! The DICOMDIR index of a medium: the files it lists and whether its records link into one tree.
//! The index goes through the guard like any header; lengths that overrun the file but leave every
//! record whole are fitted, so an index a viewer reads is read here too.

use std::collections::BTreeMap;

use dicom_dictionary_std::tags;
use dicom_object::{DefaultDicomObject, InMemDicomObject};

use super::guard::{self, Fault};
use super::header::{number, parse_object, text, where_cut};
use super::model::clean;
use crate::read::problem::{Problem, ProblemCode};

/// Media Storage Directory Storage: the SOP class of a DICOMDIR.
const DICOMDIR_SOP_CLASS: &str = "1.2.840.10008.1.3.10";

/// A DICOMDIR after reading: the files it lists, and damage that does not stop the check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Index {
    /// Every in-use record that references a file.
    pub images: Vec<IndexedImage>,
    /// Inconsistencies in the index's structure (record offsets), for people.
    pub damage: Vec<String>,
    /// Bytes by which the declared sequence or item lengths run past the end of the file, when the
    /// records are whole nevertheless (the index was read as if the lengths were right).
    pub overrun: Option<u64>,
}

/// An image record of a DICOMDIR.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexedImage {
    /// The referenced file id, one entry per path component.
    pub components: Vec<String>,
    /// The SOP instance UID the index expects in the file.
    pub sop_uid: String,
}

/// Reads a DICOMDIR held in memory: the files it lists, checked for structure. An error means the
/// index cannot be used at all.
pub fn parse_dicomdir(bytes: &[u8]) -> Result<Index, Problem> {
    let damaged = |message: String| Problem::new(ProblemCode::DicomdirDamaged, message);
    if bytes.is_empty() {
        return Err(damaged("the DICOMDIR index is empty (0 bytes)".into()));
    }
    let len = bytes.len() as u64;
    let (scan, overruns) = guard::scan_index(bytes).map_err(|f| {
        damaged(match f {
            Fault::NotDicom => "the DICOMDIR is not a DICOM file (no DICM marker)".into(),
            Fault::Truncated { at } => format!(
                "the DICOMDIR index is cut short ({len} bytes): {}",
                where_cut(at, len)
            ),
            Fault::Damaged { at, what } => {
                format!("the DICOMDIR index is damaged: {what} (at byte {at})")
            }
            Fault::Unsupported(what) => format!("the DICOMDIR index cannot be read: {what}"),
        })
    })?;
    let fitted;
    let bytes = if overruns.is_empty() {
        bytes
    } else {
        fitted = fit_lengths(bytes, &overruns);
        &fitted[..]
    };
    let obj = parse_object(&bytes[..scan.header_end])
        .map_err(|p| damaged(p.message.replace("DICOM header", "DICOMDIR index")))?;
    let sop_class = clean(obj.meta().media_storage_sop_class_uid());
    if !sop_class.is_empty() && sop_class != DICOMDIR_SOP_CLASS {
        return Err(damaged(format!(
            "the file called DICOMDIR is not an index (its SOP class is {sop_class})"
        )));
    }
    let records = obj
        .get(tags::DIRECTORY_RECORD_SEQUENCE)
        .and_then(|e| e.items().map(|items| items.to_vec()))
        .ok_or_else(|| damaged("the DICOMDIR has no directory record sequence".into()))?;

    let mut index = Index::default();
    for record in &records {
        // A record whose in-use flag is 0000H was deleted from the index: it lists nothing.
        if number(record, tags::RECORD_IN_USE_FLAG) == Some(0) {
            continue;
        }
        let Some(file_id) = record
            .get(tags::REFERENCED_FILE_ID)
            .and_then(|e| e.to_multi_str().ok().map(|v| v.to_vec()))
        else {
            continue;
        };
        let components: Vec<String> = file_id
            .iter()
            .flat_map(|c| c.split(['\\', '/']))
            .map(clean)
            .filter(|c| !c.is_empty())
            .collect();
        if components.is_empty() {
            continue;
        }
        index.images.push(IndexedImage {
            components,
            sop_uid: text(record, tags::REFERENCED_SOP_INSTANCE_UID_IN_FILE),
        });
    }
    // The guard saw each record item's byte offset; the records' links must point at them.
    if scan.record_items.len() == records.len() {
        index.damage = check_links(&obj, &records, &scan.record_items);
    }
    index.overrun = overruns.iter().map(|o| o.by).max();
    Ok(index)
}

/// A copy of `bytes` whose overrunning length fields end their sequence or item at the end of the
/// file, so the parser (which trusts declared lengths) reads the records the guard found whole. The
/// layout does not move, so the records' offsets stay right.
fn fit_lengths(bytes: &[u8], overruns: &[guard::Overrun]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for o in overruns {
        let value = if o.big {
            o.fitted.to_be_bytes()
        } else {
            o.fitted.to_le_bytes()
        };
        if let Some(field) = out.get_mut(o.field_at..o.field_at + 4) {
            field.copy_from_slice(&value);
        }
    }
    out
}

/// Checks the offsets that link DICOMDIR records into a tree (root → next / lower): each must point
/// at a record, and walking them must reach every record exactly once. Viewers that follow the
/// offsets rather than the sequence order fail on an index where this does not hold.
fn check_links(
    obj: &DefaultDicomObject,
    records: &[InMemDicomObject],
    item_offsets: &[u64],
) -> Vec<String> {
    let position: BTreeMap<u64, usize> = item_offsets
        .iter()
        .enumerate()
        .map(|(i, offset)| (*offset, i))
        .collect();
    let mut damage = Vec::new();
    let mut nowhere = 0usize;
    let mut resolve = |offset: Option<u64>| -> Option<usize> {
        match offset {
            None | Some(0) => None,
            Some(o) => {
                let found = position.get(&o).copied();
                if found.is_none() {
                    nowhere += 1;
                }
                found
            }
        }
    };
    let root = resolve(number(
        obj,
        tags::OFFSET_OF_THE_FIRST_DIRECTORY_RECORD_OF_THE_ROOT_DIRECTORY_ENTITY,
    ));
    resolve(number(
        obj,
        tags::OFFSET_OF_THE_LAST_DIRECTORY_RECORD_OF_THE_ROOT_DIRECTORY_ENTITY,
    ));
    let links: Vec<(Option<usize>, Option<usize>)> = records
        .iter()
        .map(|r| {
            (
                resolve(number(r, tags::OFFSET_OF_THE_NEXT_DIRECTORY_RECORD)),
                resolve(number(
                    r,
                    tags::OFFSET_OF_REFERENCED_LOWER_LEVEL_DIRECTORY_ENTITY,
                )),
            )
        })
        .collect();
    if nowhere > 0 {
        damage.push(format!(
            "{nowhere} record offsets in the DICOMDIR point at no record"
        ));
    }
    // Walk the tree with an explicit stack; a record met twice means a loop or shared records.
    let mut seen = vec![false; records.len()];
    let mut stack: Vec<usize> = root.into_iter().collect();
    let mut looped = false;
    while let Some(i) = stack.pop() {
        if std::mem::replace(&mut seen[i], true) {
            looped = true;
            continue;
        }
        let (next, lower) = links[i];
        stack.extend(next);
        stack.extend(lower);
    }
    if looped {
        damage.push("the records of the DICOMDIR link in a loop".into());
    }
    let unreached = seen.iter().filter(|s| !**s).count();
    if unreached > 0 && nowhere == 0 {
        damage.push(format!(
            "{unreached} of {} DICOMDIR records cannot be reached through the index's links",
            records.len()
        ));
    }
    damage
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dicomdir_garbage_is_damage() {
        for bytes in [&b""[..], b"DICM", b"not a dicomdir at all"] {
            let p = parse_dicomdir(bytes).unwrap_err();
            assert_eq!(p.code, "dicomdir-damaged");
        }
    }
}
