//! Photos and scans (JPEG, PNG, TIFF by their first bytes; HEIC, BMP, GIF, WebP and the rest by
//! their extension): documents whose text only OCR can read ([`super::ocr`]).

use super::model::ReadOptions;
use super::ocr::read_image;
use super::reader::{letter, Look, Reader};
use crate::open::Entry;

/// Extensions of photos and scans.
const EXTENSIONS: &[&str] = &[
    "jpg", "jpeg", "png", "tif", "tiff", "heic", "heif", "bmp", "gif", "webp",
];

/// A photo or scan.
pub struct Image;

impl Reader for Image {
    fn name(&self) -> &'static str {
        "image"
    }

    fn claims_content(&self, head: &[u8], _name: &str) -> bool {
        head.starts_with(b"\xFF\xD8\xFF")
            || head.starts_with(b"\x89PNG")
            || head.starts_with(b"II*\0")
            || head.starts_with(b"MM\0*")
    }

    fn claims_extension(&self, ext: &str, _head: &[u8]) -> bool {
        EXTENSIONS.contains(&ext)
    }

    fn look<'a>(&self, entry: &'a Entry, options: &ReadOptions) -> Look<'a> {
        letter(entry, options, read_image)
    }
}
