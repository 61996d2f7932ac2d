//! Imaging media: a CD copied as a folder with its `DICOMDIR`, loose DICOM files, ISO images and
//! zips from patient portals, each checked the same way and summarised for the report.
//!
//! The layers point one way: [`model`] (files, headers, summaries) at the bottom; [`guard`],
//! [`fast`], [`header`] and [`dicomdir`] read bytes into it; [`check`] checks one medium from any
//! [`model::Source`]; [`container`] splits an ISO or zip into media; [`folder`], [`iso`] and
//! [`zip`] are where the bytes live.

pub mod check;
pub mod container;
pub mod dicomdir;
pub mod fast;
pub mod folder;
pub mod guard;
pub mod header;
pub mod iso;
pub mod model;
pub mod zip;

pub use dicomdir::{parse_dicomdir, Index, IndexedImage};
pub use header::{header_both_ways, read_header};
pub use model::{DicomHeader, FaultKind, ImageFault, MediumSummary, Patient, Study};
