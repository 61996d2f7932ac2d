//! Writing reports to files (`-o FILE`, `--output-dir DIR`): each file whole or not at all
//! (written to a temporary file beside it, then renamed into place), and never into a dossier or
//! the inbox being checked.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a reader
/// (or a crash) never sees a half-written file. An existing file is replaced.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| anyhow::anyhow!("{}: not a file name", path.display()))?;
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let written = std::fs::File::create(&tmp)
        .and_then(|mut f| {
            f.write_all(bytes)?;
            f.sync_all()
        })
        .and_then(|()| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written.with_context(|| format!("{}: cannot write", path.display()))
}

/// The path made absolute and free of links as far as it exists (the rest appended as given).
fn resolved(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = absolute.clone();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            return rest.iter().rev().fold(real, |p: PathBuf, c| p.join(c));
        }
        match (
            existing.file_name().map(|n| n.to_os_string()),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => return absolute,
        }
    }
}

/// Refuses an output path inside (or equal to) the inbox or any dossier: the tool never writes
/// into what it checks, and a report written into the inbox would be read as a dossier next time.
pub fn refuse_inside(
    output: &Path,
    inbox: Option<&Path>,
    dossiers: &[PathBuf],
) -> anyhow::Result<()> {
    let out = resolved(output);
    if let Some(inbox) = inbox {
        if out.starts_with(resolved(inbox)) {
            anyhow::bail!(
                "{}: is inside the inbox {}; write reports outside it",
                output.display(),
                inbox.display()
            );
        }
    }
    for d in dossiers {
        if out.starts_with(resolved(d)) {
            anyhow::bail!(
                "{}: is inside the dossier {}; the tool never writes into a dossier",
                output.display(),
                d.display()
            );
        }
    }
    Ok(())
}

/// A file name for a dossier's report: its short name with folder separators as `_` and
/// characters that are awkward in file names replaced, plus `ext`; unique among `taken`.
pub fn file_name(short_name: &str, ext: &str, taken: &mut Vec<String>) -> String {
    let base: String = short_name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    let base = base.trim_start_matches('.').to_string();
    let base = if base.is_empty() {
        "dossier".to_string()
    } else {
        base
    };
    let mut name = format!("{base}.{ext}");
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{base}-{n}.{ext}");
        n += 1;
    }
    taken.push(name.clone());
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_flat() {
        let mut taken = Vec::new();
        assert_eq!(file_name("a/intake", "txt", &mut taken), "a_intake.txt");
        assert_eq!(file_name("a_intake", "txt", &mut taken), "a_intake-2.txt");
        assert_eq!(file_name("..", "txt", &mut taken), "dossier.txt");
    }

    #[test]
    fn refuses_a_folder_inside_a_dossier() {
        let tmp = std::env::temp_dir().join(format!("dc-out-{}", std::process::id()));
        std::fs::create_dir_all(tmp.join("d")).unwrap();
        assert!(refuse_inside(&tmp.join("d/new/x"), None, &[tmp.join("d")]).is_err());
        assert!(refuse_inside(&tmp.join("reports"), None, &[tmp.join("d")]).is_ok());
        assert!(refuse_inside(&tmp.join("reports"), Some(&tmp), &[]).is_err());
        let _ = std::fs::remove_dir_all(&tmp);
    }
}
