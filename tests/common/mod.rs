//! Synthetic test fixtures for `dossiercheck`: PDFs, Word documents, images,
//! DICOM files, DICOMDIRs, burned-CD folders and ISO images.
//!
//! Everything here is generated from made-up data ("Testpersoon^Anna",
//! "TEST0001", ...). Never put real patient data in fixtures.
//!
//! Used by the integration tests (`mod common;`) and by the example
//! generator (`#[path = "../tests/common/mod.rs"] mod common;`), so this
//! module must not rely on test-only attributes. Only [`Dossier`] needs the
//! `tempfile` dev-dependency.
#![allow(dead_code, unused_imports)]

pub mod desk;
mod dicom;
mod docx;
mod images;
mod iso;
pub mod letters;
pub mod media;
mod pdf;
pub mod run;

pub use dicom::{cd_files, dicom_file, dicomdir, write_cd, DicomSpec};
pub use docx::{docx_text, docx_with_table};
pub use images::{jpeg_bytes, png_bytes};
pub use iso::iso_image;
pub use pdf::{pdf_cells, pdf_encrypted, pdf_image_only, pdf_text};

use std::path::{Path, PathBuf};

/// A dossier folder in a fresh temporary directory, deleted on drop.
pub struct Dossier {
    pub dir: tempfile::TempDir,
}

impl Default for Dossier {
    fn default() -> Self {
        Self::new()
    }
}

impl Dossier {
    pub fn new() -> Self {
        let dir = tempfile::Builder::new()
            .prefix("dossier-")
            .tempdir()
            .expect("create temporary dossier folder");
        Dossier { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `bytes` to `rel` (a "/"-separated path relative to the dossier),
    /// creating parent folders, and returns the full path.
    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create dossier sub-folder");
        }
        std::fs::write(&path, bytes.as_ref()).expect("write dossier file");
        path
    }
}
