//! How many entries a zip declares, read from its end records before the zip reader parses the
//! whole central directory: a zip with hundreds of thousands of entries would cost hundreds of
//! megabytes before a single entry is looked at.

use std::io::{self, Read, Seek, SeekFrom};

use super::problem::{Problem, ProblemCode};
use crate::limits::MAX_ZIP_ENTRIES;

const END: &[u8] = b"PK\x05\x06";
const ZIP64_LOCATOR: &[u8] = b"PK\x06\x07";
const ZIP64_END: &[u8] = b"PK\x06\x06";
/// The end record is 22 bytes plus a comment of at most 65,535; a Zip64 locator precedes it.
const TAIL: u64 = 22 + 65_535 + 20;

/// The number of entries the zip declares, or None when its end records cannot be found (the zip
/// reader then says what is wrong). The position is back at the start afterwards.
pub fn declared_entries(file: &mut (impl Read + Seek)) -> io::Result<Option<u64>> {
    let count = find(file);
    file.seek(SeekFrom::Start(0))?;
    count
}

/// The `too-large` problem of a zip with more entries than [`MAX_ZIP_ENTRIES`], when it has.
pub fn too_many_zip_entries(file: &mut std::fs::File) -> Option<Problem> {
    let declared = declared_entries(file).ok()??;
    (declared > MAX_ZIP_ENTRIES).then(|| {
        Problem::new(
            ProblemCode::TooLarge,
            format!(
                "the zip holds {declared} entries, more than the {MAX_ZIP_ENTRIES} the tool reads"
            ),
        )
    })
}

fn find(file: &mut (impl Read + Seek)) -> io::Result<Option<u64>> {
    let len = file.seek(SeekFrom::End(0))?;
    let tail_len = len.min(TAIL);
    file.seek(SeekFrom::Start(len - tail_len))?;
    let mut tail = vec![0u8; tail_len as usize];
    file.read_exact(&mut tail)?;
    let Some(end) = tail.windows(4).rposition(|w| w == END) else {
        return Ok(None);
    };
    let Some(count) = tail.get(end + 10..end + 12) else {
        return Ok(None);
    };
    let count = u64::from(u16::from_le_bytes([count[0], count[1]]));
    if count != 0xFFFF {
        return Ok(Some(count));
    }
    // 0xFFFF means "see the Zip64 end record", which the locator before the end record points to.
    let Some(locator) = end.checked_sub(20).and_then(|l| tail.get(l..l + 20)) else {
        return Ok(Some(count));
    };
    if &locator[..4] != ZIP64_LOCATOR {
        return Ok(Some(count));
    }
    let offset = u64::from_le_bytes(le8(&locator[8..16]));
    file.seek(SeekFrom::Start(offset))?;
    let mut record = [0u8; 40];
    if super::file::read_up_to(file, &mut record)? < 40 || &record[..4] != ZIP64_END {
        return Ok(Some(count));
    }
    Ok(Some(u64::from_le_bytes(le8(&record[32..40]))))
}

fn le8(b: &[u8]) -> [u8; 8] {
    let mut out = [0u8; 8];
    out.copy_from_slice(&b[..8]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_with(entries: usize, zip64: bool) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut out);
            let options = zip::write::SimpleFileOptions::default().large_file(zip64);
            for i in 0..entries {
                zip.start_file(format!("f{i}"), options).unwrap();
                zip.write_all(b"x").unwrap();
            }
            zip.finish().unwrap();
        }
        out.into_inner()
    }

    #[test]
    fn counts_entries_of_plain_and_large_zips() {
        for (n, zip64) in [(0, false), (3, false), (70_000, false)] {
            let bytes = zip_with(n, zip64);
            let mut cursor = std::io::Cursor::new(bytes);
            assert_eq!(declared_entries(&mut cursor).unwrap(), Some(n as u64));
            assert_eq!(cursor.position(), 0);
        }
        let mut cursor = std::io::Cursor::new(b"not a zip".to_vec());
        assert_eq!(declared_entries(&mut cursor).unwrap(), None);
    }
}
