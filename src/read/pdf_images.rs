//! The page images of an image-only PDF (a scan), for OCR, taken from the embedded image XObjects
//! without rendering the page: a scanner or fax puts one image per page. The largest image of each
//! page is the page. JPEG (`DCTDecode`) bytes are passed on as they are; raw pixels (`FlateDecode`,
//! `LZWDecode` or none; grey, RGB, CMYK or ICC-based; 1 or 8 bits) are encoded as PNG; CCITT fax
//! pages are wrapped, bytes unchanged, in a TIFF that Tesseract reads. JPEG 2000 (`JPXDecode`: a
//! JP2 file or a bare codestream) and JBIG2 (`JBIG2Decode`, embedded organisation, with its
//! `JBIG2Globals`) pages are decoded with the pure-Rust `hayro-jpeg2000` and `hayro-jbig2` (the
//! reason this crate needs Rust 1.92) to 8-bit grey and encoded as PNG, as raw pixels are:
//! Tesseract's own image library reads neither from a PDF stream. Their size is checked against the
//! pixel caps before any pixel is decoded, and a decoder error, or a panic inside a decoder, names the page
//! as an image that cannot be decoded, so the file keeps needing a human look with that reason. No
//! PDF renderer is needed (none is installed on a desk PC by default, and rendering would cost more
//! time and memory than taking the image that is already there).

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use super::ocr::PageImage;

/// Decoded pixels of one page image at most (a 600 dpi A4 page in RGB is about 100 MB).
const MAX_PIXEL_BYTES: usize = 128 << 20;
/// Pixels of one page image at most, as for loose images (see `ocr`).
const MAX_PIXELS: usize = 64_000_000;
/// The JPEG 2000 decoder's working memory at most (a float per sample): as much as a loose image's
/// decoder may take (see `ocr`), so a 600 dpi grey or 300 dpi colour A4 page passes.
const MAX_JPX_WORK_BYTES: usize = 256 << 20;

/// The largest image drawn on a page, encoded for OCR. Called for one page at a time, as the page
/// is read, so that only the pages being read hold their (possibly decoded) image.
pub fn page_image(pdf: &Document, page_id: ObjectId) -> PageImage {
    let mut found: Vec<&Stream> = Vec::new();
    if let Ok(page) = pdf.get_dictionary(page_id) {
        if let Some(resources) = resources_of(pdf, page) {
            collect_images(pdf, resources, 0, &mut found);
        }
    }
    let Some(largest) = found.into_iter().max_by_key(|s| {
        let n = |key: &[u8]| s.dict.get(key).and_then(Object::as_i64).unwrap_or(0);
        n(b"Width").saturating_mul(n(b"Height"))
    }) else {
        return PageImage::Empty;
    };
    encode(pdf, largest)
}

/// A page's resources, inherited from its parents when the page has none of its own.
fn resources_of<'a>(pdf: &'a Document, page: &'a Dictionary) -> Option<&'a Dictionary> {
    let mut node = page;
    for _ in 0..32 {
        if let Ok(res) = node.get(b"Resources") {
            return deref_dict(pdf, res);
        }
        node = deref_dict(pdf, node.get(b"Parent").ok()?)?;
    }
    None
}

fn deref_dict<'a>(pdf: &'a Document, obj: &'a Object) -> Option<&'a Dictionary> {
    match obj {
        Object::Reference(id) => pdf.get_dictionary(*id).ok(),
        Object::Dictionary(d) => Some(d),
        _ => None,
    }
}

/// Image XObjects in `resources`, and in the form XObjects they hold (two levels deep: a scanner
/// sometimes wraps the page image in a form).
fn collect_images<'a>(
    pdf: &'a Document,
    resources: &'a Dictionary,
    depth: usize,
    found: &mut Vec<&'a Stream>,
) {
    let Some(xobjects) = resources
        .get(b"XObject")
        .ok()
        .and_then(|x| deref_dict(pdf, x))
    else {
        return;
    };
    for (_, value) in xobjects.iter() {
        let stream = match value {
            Object::Reference(id) => match pdf.get_object(*id) {
                Ok(Object::Stream(s)) => s,
                _ => continue,
            },
            Object::Stream(s) => s,
            _ => continue,
        };
        match stream.dict.get(b"Subtype").and_then(Object::as_name) {
            Ok(b"Image") => found.push(stream),
            Ok(b"Form") if depth < 2 => {
                if let Some(res) = stream
                    .dict
                    .get(b"Resources")
                    .ok()
                    .and_then(|r| deref_dict(pdf, r))
                {
                    collect_images(pdf, res, depth + 1, found);
                }
            }
            _ => {}
        }
    }
}

/// One image XObject as JPEG bytes (as stored) or PNG (from its pixels).
fn encode(pdf: &Document, image: &Stream) -> PageImage {
    let filters: Vec<Vec<u8>> = image
        .filters()
        .map(|f| f.into_iter().map(<[u8]>::to_vec).collect())
        .unwrap_or_default();
    let last = filters.last().map(Vec::as_slice);
    match last {
        Some(b"DCTDecode") | Some(b"DCT") if filters.len() == 1 => {
            return PageImage::Encoded(image.content.clone(), "jpg");
        }
        Some(b"CCITTFaxDecode") | Some(b"CCF") if filters.len() == 1 => {
            return match ccitt_tiff(pdf, image) {
                Ok(tiff) => PageImage::Encoded(tiff, "tif"),
                Err(why) => PageImage::Unsupported(why),
            };
        }
        Some(b"CCITTFaxDecode") | Some(b"CCF") => {
            return PageImage::Unsupported("CCITT fax inside another filter".into())
        }
        Some(b"JBIG2Decode") => {
            return match jbig2_to_png(pdf, image, &filters) {
                Ok(png) => PageImage::Encoded(png, "png"),
                Err(why) => PageImage::Unsupported(why),
            };
        }
        Some(b"JPXDecode") => {
            return match jpx_to_png(image, &filters) {
                Ok(png) => PageImage::Encoded(png, "png"),
                Err(why) => PageImage::Unsupported(why),
            };
        }
        Some(b"DCTDecode") | Some(b"DCT") => return jpeg_behind_filters(image, &filters),
        _ => {}
    }
    match raw_to_png(pdf, image) {
        Ok(png) => PageImage::Encoded(png, "png"),
        Err(why) => PageImage::Unsupported(why),
    }
}

/// A fax page (CCITT group 3 or 4) as a one-strip TIFF around the very same bytes: Tesseract's
/// image library reads fax TIFFs, so the page needs no decoder of ours.
fn ccitt_tiff(pdf: &Document, image: &Stream) -> Result<Vec<u8>, String> {
    let params = match image.dict.get(b"DecodeParms") {
        Ok(Object::Array(a)) => a.first().and_then(|p| deref_dict(pdf, p)),
        Ok(p) => deref_dict(pdf, p),
        Err(_) => None,
    };
    let int = |key: &[u8]| params.and_then(|p| p.get(key).and_then(Object::as_i64).ok());
    let flag = |key: &[u8]| params.is_some_and(|p| matches!(p.get(key), Ok(Object::Boolean(true))));
    let height = image
        .dict
        .get(b"Height")
        .and_then(Object::as_i64)
        .unwrap_or(0);
    let columns = int(b"Columns").unwrap_or(1728);
    let rows = int(b"Rows").filter(|r| *r > 0).unwrap_or(height);
    if !(1..=20_000).contains(&columns) || !(1..=20_000).contains(&rows) {
        return Err("a CCITT fax image without a usable size".into());
    }
    if image.content.len() > MAX_PIXEL_BYTES {
        return Err("a CCITT fax image too large".into());
    }
    let k = int(b"K").unwrap_or(0);
    // The codes say which runs are black; BlackIs1 only says how PDF stores them as bits. A
    // Decode array [1 0] turns the page negative.
    let negative = image
        .dict
        .get(b"Decode")
        .and_then(Object::as_array)
        .is_ok_and(|d| {
            d.first()
                .and_then(|o| o.as_float().ok())
                .is_some_and(|v| v > 0.5)
        });
    let (compression, t_options): (u16, Option<(u16, u32)>) = if k < 0 {
        (4, None)
    } else {
        (3, Some((292, u32::from(k > 0))))
    };
    let data = &image.content;
    let mut entries: Vec<(u16, u16, u32)> = vec![
        (256, 4, columns as u32),
        (257, 4, rows as u32),
        (258, 3, 1),
        (259, 3, u32::from(compression)),
        (262, 3, u32::from(negative)),
        (273, 4, 0), // strip offset, filled in below
        (277, 3, 1),
        (278, 4, rows as u32),
        (279, 4, data.len() as u32),
    ];
    if let Some((tag, value)) = t_options {
        entries.push((tag, 4, value));
    }
    if flag(b"EncodedByteAlign") {
        // Rows start on byte boundaries: TIFF says so with T4Options bit 2 (group 3) only.
        if let Some(e) = entries.iter_mut().find(|e| e.0 == 292) {
            e.2 |= 4;
        }
    }
    Ok(one_strip_tiff(entries, data))
}

/// A little-endian TIFF of one IFD (`entries` as tag, type, value; the strip offset, tag 273,
/// filled in here) followed by the one strip `data`.
fn one_strip_tiff(mut entries: Vec<(u16, u16, u32)>, data: &[u8]) -> Vec<u8> {
    entries.sort_by_key(|e| e.0);
    let ifd_len = 2 + entries.len() * 12 + 4;
    let data_offset = (8 + ifd_len) as u32;
    let mut tiff = Vec::with_capacity(data_offset as usize + data.len());
    tiff.extend_from_slice(b"II*\0");
    tiff.extend_from_slice(&8u32.to_le_bytes());
    tiff.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    for (tag, kind, value) in entries {
        let value = if tag == 273 { data_offset } else { value };
        tiff.extend_from_slice(&tag.to_le_bytes());
        tiff.extend_from_slice(&kind.to_le_bytes());
        tiff.extend_from_slice(&1u32.to_le_bytes());
        if kind == 3 {
            tiff.extend_from_slice(&(value as u16).to_le_bytes());
            tiff.extend_from_slice(&[0, 0]);
        } else {
            tiff.extend_from_slice(&value.to_le_bytes());
        }
    }
    tiff.extend_from_slice(&0u32.to_le_bytes());
    tiff.extend_from_slice(data);
    tiff
}

/// JPEG bytes wrapped in other filters (ReportLab writes `[/ASCII85Decode /DCTDecode]`): the
/// filters before the JPEG are undone, the JPEG is passed on as it is.
fn jpeg_behind_filters(image: &Stream, filters: &[Vec<u8>]) -> PageImage {
    match behind_filters(image, filters) {
        Ok(jpeg) if jpeg.starts_with(b"\xFF\xD8") => PageImage::Encoded(jpeg, "jpg"),
        _ => PageImage::Unsupported("a JPEG inside filters the tool cannot undo".into()),
    }
}

/// The bytes of the last filter (JPEG, JPEG 2000, JBIG2): the filters before it undone, if any.
fn behind_filters(image: &Stream, filters: &[Vec<u8>]) -> Result<Vec<u8>, String> {
    if filters.len() <= 1 {
        return Ok(image.content.clone());
    }
    let outer = &filters[..filters.len() - 1];
    let mut unwrapped = Stream::new(image.dict.clone(), image.content.clone());
    unwrapped.dict.set(
        "Filter",
        Object::Array(outer.iter().map(|f| Object::Name(f.clone())).collect()),
    );
    unwrapped.dict.remove(b"DecodeParms");
    unwrapped
        .decompressed_content_with_limit(MAX_PIXEL_BYTES)
        .map_err(|e| format!("an image inside filters the tool cannot undo ({e})"))
}

/// Refuses a decoded size that the other paths refuse too (and a zero one).
fn check_size(width: u32, height: u32, what: &str) -> Result<(), String> {
    if width == 0 || height == 0 || width > 20_000 || height > 20_000 {
        return Err(format!("a {what} image without a usable size"));
    }
    if width as usize * height as usize > MAX_PIXELS {
        return Err("an image too large for OCR".into());
    }
    Ok(())
}

/// A grey image as PNG bytes, the way Tesseract is handed raw pixels.
fn grey_png(grey: &image::GrayImage) -> Result<Vec<u8>, String> {
    let mut png = Vec::new();
    grey.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .map_err(|e| e.to_string())?;
    Ok(png)
}

/// Whether the image's Decode array swaps dark and light (`[1 0]`); `None` without one.
fn decode_swaps(image: &Stream) -> Option<bool> {
    let decode = image.dict.get(b"Decode").and_then(Object::as_array).ok()?;
    Some(
        decode
            .first()
            .and_then(|o| o.as_float().ok())
            .is_some_and(|v| v > 0.5),
    )
}

/// One pixel's grey value from its colour components: grey as it is, RGB by luma, CMYK with
/// each ink darkening (any further component, such as alpha, ignored).
fn grey_of(px: &[u8], colour: usize, cmyk: bool) -> u8 {
    match (colour, cmyk) {
        (4, true) => {
            let k = u32::from(px[3]);
            let c = |v: u8| (255 - (u32::from(v) + k).min(255)) as u8;
            luma(c(px[0]), c(px[1]), c(px[2]))
        }
        (3.., _) => luma(px[0], px[1], px[2]),
        _ => px[0],
    }
}

/// A JPEG 2000 page image (a JP2 file or a bare codestream, as PDF allows) decoded with
/// `hayro-jpeg2000` to 8-bit grey, as PNG. The declared size is checked before any pixel is
/// decoded; a decoder error (or a panic inside it) names the image as undecodable.
fn jpx_to_png(image: &Stream, filters: &[Vec<u8>]) -> Result<Vec<u8>, String> {
    use hayro_jpeg2000::{ColorSpace, DecodeSettings, DecoderContext, Image};
    const UNDECODABLE: &str = "a JPEG 2000 image that cannot be decoded";
    let data = behind_filters(image, filters)?;
    let decoded = std::panic::catch_unwind(|| -> Result<image::GrayImage, String> {
        let jpx = Image::new(&data, &DecodeSettings::default())
            .map_err(|e| format!("{UNDECODABLE} ({e})"))?;
        let (width, height) = (jpx.width(), jpx.height());
        check_size(width, height, "JPEG 2000")?;
        let colour = jpx.color_space().num_channels() as usize;
        let channels = colour + usize::from(jpx.has_alpha());
        let cmyk = matches!(jpx.color_space(), ColorSpace::CMYK);
        // The decoder works on 32-bit floats, one per sample.
        if (width as usize * height as usize).saturating_mul(channels * 4) > MAX_JPX_WORK_BYTES {
            return Err("an image too large to decode".into());
        }
        let mut ctx = DecoderContext::default();
        let decoded = jpx
            .decode(&mut ctx)
            .map_err(|e| format!("{UNDECODABLE} ({e})"))?;
        let pixels = width as usize * height as usize;
        let components = decoded.components();
        if components.len() != channels
            || components.iter().any(|c| c.samples().len() != pixels)
            || pixels
                .checked_mul(channels)
                .is_none_or(|n| n > MAX_PIXEL_BYTES)
        {
            return Err(format!("{UNDECODABLE} (unexpected components)"));
        }
        let data = decoded.data_u8();
        drop(ctx);
        if data.len() != pixels * channels {
            return Err(format!("{UNDECODABLE} (pixels cut short)"));
        }
        let mut grey = Vec::with_capacity(pixels);
        for px in data.chunks_exact(channels) {
            grey.push(grey_of(px, colour, cmyk));
        }
        image::GrayImage::from_raw(width, height, grey).ok_or_else(|| UNDECODABLE.to_string())
    })
    .map_err(|_| UNDECODABLE.to_string())??;
    drop(data);
    decoded_png(decoded, image)
}

/// A decoded image as a grey PNG, inverted when its `/Decode` swaps black and white.
fn decoded_png(mut grey: image::GrayImage, image: &Stream) -> Result<Vec<u8>, String> {
    if decode_swaps(image) == Some(true) {
        image::imageops::invert(&mut grey);
    }
    grey_png(&grey)
}

/// A JBIG2 page image (the embedded organisation PDF uses, with its `JBIG2Globals` if any)
/// decoded with `hayro-jbig2` to black and white, as a grey PNG. The size is checked before any
/// pixel is decoded; a decoder error (or a panic inside it) names the image as undecodable.
fn jbig2_to_png(pdf: &Document, image: &Stream, filters: &[Vec<u8>]) -> Result<Vec<u8>, String> {
    use hayro_jbig2::{DecodeSettings, Globals, Page};
    const UNDECODABLE: &str = "a JBIG2 image that cannot be decoded";
    let data = behind_filters(image, filters)?;
    let params = match image.dict.get(b"DecodeParms") {
        Ok(Object::Array(a)) => a.last().and_then(|p| deref_dict(pdf, p)),
        Ok(p) => deref_dict(pdf, p),
        Err(_) => None,
    };
    let globals_bytes = match params.and_then(|p| p.get(b"JBIG2Globals").ok()) {
        Some(Object::Reference(id)) => match pdf.get_object(*id).and_then(Object::as_stream) {
            Ok(s) if s.dict.get(b"Filter").is_err() => Some(s.content.clone()),
            Ok(s) => Some(
                s.decompressed_content_with_limit(MAX_PIXEL_BYTES)
                    .map_err(|e| format!("{UNDECODABLE} (its globals cannot be read: {e})"))?,
            ),
            Err(_) => return Err(format!("{UNDECODABLE} (its globals are missing)")),
        },
        Some(Object::Stream(s)) => Some(s.content.clone()),
        _ => None,
    };
    let settings = DecodeSettings::default();
    let decoded = std::panic::catch_unwind(|| -> Result<image::GrayImage, String> {
        let globals = match &globals_bytes {
            Some(bytes) => {
                Some(Globals::new(bytes, &settings).map_err(|e| format!("{UNDECODABLE} ({e})"))?)
            }
            None => None,
        };
        let page = Page::new_embedded(&data, globals.as_ref(), &settings)
            .map_err(|e| format!("{UNDECODABLE} ({e})"))?;
        let (width, height) = (page.width(), page.height());
        check_size(width, height, "JBIG2")?;
        let mut sink = Bilevel {
            width: width as usize,
            pixels: Vec::with_capacity(width as usize * height as usize),
            limit: width as usize * height as usize,
        };
        page.decode(&mut sink)
            .map_err(|e| format!("{UNDECODABLE} ({e})"))?;
        let mut pixels = sink.pixels;
        pixels.resize(width as usize * height as usize, 255);
        image::GrayImage::from_raw(width, height, pixels).ok_or_else(|| UNDECODABLE.to_string())
    })
    .map_err(|_| UNDECODABLE.to_string())??;
    drop(data);
    decoded_png(decoded, image)
}

/// Collects a JBIG2 page's pixels as grey bytes (black 0, white 255), row by row; pixels past the
/// declared size are dropped, so a bad stream cannot grow the buffer.
struct Bilevel {
    width: usize,
    pixels: Vec<u8>,
    limit: usize,
}

impl hayro_jbig2::Decoder for Bilevel {
    fn push_pixel(&mut self, black: bool) {
        if self.pixels.len() < self.limit {
            self.pixels.push(if black { 0 } else { 255 });
        }
    }

    fn push_pixel_chunk(&mut self, black: bool, chunk_count: u32) {
        let n = (chunk_count as usize * 8).min(self.limit - self.pixels.len());
        self.pixels
            .extend(std::iter::repeat_n(if black { 0 } else { 255 }, n));
    }

    fn next_line(&mut self) {
        // A row is `width` pixels; the decoder may pad the last chunk past it.
        let row = self.pixels.len().div_ceil(self.width.max(1)) * self.width;
        let row = row.min(self.limit);
        if self.pixels.len() < row {
            self.pixels.resize(row, 255);
        } else {
            self.pixels.truncate(row);
        }
    }
}

/// Raw pixels (after Flate or LZW) as a grey PNG.
fn raw_to_png(pdf: &Document, image: &Stream) -> Result<Vec<u8>, String> {
    let n = |key: &[u8]| image.dict.get(key).and_then(Object::as_i64).ok();
    let (width, height) = match (n(b"Width"), n(b"Height")) {
        (Some(w), Some(h)) if w > 0 && h > 0 && w <= 20_000 && h <= 20_000 => {
            (w as usize, h as usize)
        }
        _ => return Err("an image without a usable size".into()),
    };
    let is_mask = matches!(image.dict.get(b"ImageMask"), Ok(Object::Boolean(true)));
    let bits = if is_mask {
        1
    } else {
        n(b"BitsPerComponent").unwrap_or(8) as usize
    };
    let components = if is_mask { 1 } else { components(pdf, image)? };
    if bits != 1 && bits != 8 {
        return Err(format!("{bits}-bit pixels"));
    }
    if width * height > MAX_PIXELS {
        return Err("an image too large for OCR".into());
    }
    let row = (width * components * bits).div_ceil(8);
    let needed = row.checked_mul(height).ok_or("an image too large")?;
    if needed > MAX_PIXEL_BYTES {
        return Err("an image too large to decode".into());
    }
    let data = image
        .decompressed_content_with_limit(needed + row)
        .map_err(|e| format!("pixels that cannot be decompressed ({e})"))?;
    if data.len() < needed {
        return Err("pixels cut short".into());
    }
    // A Decode array [1 0] (or, without one, an image mask) swaps dark and light.
    let inverted = decode_swaps(image).unwrap_or(is_mask);
    let mut grey = image::GrayImage::new(width as u32, height as u32);
    for y in 0..height {
        let src = &data[y * row..(y + 1) * row];
        for x in 0..width {
            let v = if bits == 1 {
                if src[x / 8] & (0x80 >> (x % 8)) != 0 {
                    255
                } else {
                    0
                }
            } else {
                let px = &src[x * components..(x + 1) * components];
                grey_of(px, components, components == 4)
            };
            grey.put_pixel(
                x as u32,
                y as u32,
                image::Luma([if inverted { 255 - v } else { v }]),
            );
        }
    }
    drop(data);
    grey_png(&grey)
}

fn luma(r: u8, g: u8, b: u8) -> u8 {
    ((u32::from(r) * 299 + u32::from(g) * 587 + u32::from(b) * 114) / 1000) as u8
}

/// Colour components per pixel: grey 1, RGB 3, CMYK 4, ICC-based as its `N` says.
fn components(pdf: &Document, image: &Stream) -> Result<usize, String> {
    let cs = match image.dict.get(b"ColorSpace") {
        Ok(Object::Reference(id)) => pdf.get_object(*id).map_err(|e| e.to_string())?,
        Ok(o) => o,
        Err(_) => return Ok(1),
    };
    let (name, arg) = match cs {
        Object::Name(n) => (n.as_slice(), None),
        Object::Array(a) => (
            a.first().and_then(|o| o.as_name().ok()).unwrap_or(b""),
            a.get(1),
        ),
        _ => return Err("an unknown colour space".into()),
    };
    match name {
        b"DeviceGray" | b"CalGray" | b"G" => Ok(1),
        b"DeviceRGB" | b"CalRGB" | b"RGB" => Ok(3),
        b"DeviceCMYK" | b"CMYK" => Ok(4),
        b"ICCBased" => {
            let stream = match arg {
                Some(Object::Reference(id)) => {
                    pdf.get_object(*id).ok().and_then(|o| o.as_stream().ok())
                }
                Some(Object::Stream(s)) => Some(s),
                _ => None,
            };
            match stream.and_then(|s| s.dict.get(b"N").and_then(Object::as_i64).ok()) {
                Some(n @ (1 | 3 | 4)) => Ok(n as usize),
                _ => Err("an ICC colour space without a usable size".into()),
            }
        }
        other => Err(format!(
            "the colour space {}",
            String::from_utf8_lossy(other)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    fn image(filter: &str, width: i64, height: i64, content: Vec<u8>) -> Stream {
        Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Image",
                "Width" => width, "Height" => height,
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1,
                "Filter" => filter,
            },
            content,
        )
    }

    /// One JBIG2 segment header (embedded organisation, page 1) and its data.
    fn segment(number: u32, kind: u8, data: &[u8]) -> Vec<u8> {
        let mut out = number.to_be_bytes().to_vec();
        out.extend([kind, 0, 1]);
        out.extend((data.len() as u32).to_be_bytes());
        out.extend(data);
        out
    }

    /// A white 64 × 16 page as JBIG2: a page information segment and an immediate generic region
    /// coded with MMR (each row a single "vertical 0" code, bit 1, against the white row above).
    fn white_jbig2() -> Vec<u8> {
        let (w, h) = (64u32, 16u32);
        let mut page = Vec::new();
        page.extend(w.to_be_bytes());
        page.extend(h.to_be_bytes());
        page.extend([0; 8]); // resolution unknown
        page.extend([0, 0, 0]); // flags, no striping
        let mut region = Vec::new();
        region.extend(w.to_be_bytes());
        region.extend(h.to_be_bytes());
        region.extend([0; 8]); // at 0, 0
        region.push(0); // combination operator OR
        region.push(1); // MMR
        region.extend([0xFF, 0xFF]); // 16 rows of V0
        let mut out = segment(0, 48, &page);
        out.extend(segment(1, 38, &region));
        out
    }

    fn png_size(page: PageImage) -> (u32, u32) {
        match page {
            PageImage::Encoded(png, "png") => image::load_from_memory(&png)
                .map(|i| (i.width(), i.height()))
                .unwrap(),
            PageImage::Unsupported(why) => panic!("not decoded: {why}"),
            _ => panic!("not a PNG"),
        }
    }

    #[test]
    fn a_jbig2_page_image_is_decoded_to_its_size() {
        let pdf = Document::new();
        let page = encode(&pdf, &image("JBIG2Decode", 64, 16, white_jbig2()));
        assert_eq!(png_size(page), (64, 16));
    }

    #[test]
    fn corrupt_jbig2_and_jpeg_2000_images_are_named_undecodable_not_a_panic() {
        let pdf = Document::new();
        let mut cut = white_jbig2();
        cut.truncate(20); // inside the page information
        let region_only = white_jbig2().split_off(30);
        for (filter, bytes, says) in [
            ("JBIG2Decode", cut, "a JBIG2 image that cannot be decoded"),
            (
                "JBIG2Decode",
                region_only,
                "a JBIG2 image that cannot be decoded",
            ),
            (
                "JPXDecode",
                b"\xFF\x4F\xFF\x51".to_vec(),
                "a JPEG 2000 image that cannot be decoded",
            ),
            (
                "JPXDecode",
                vec![0; 64],
                "a JPEG 2000 image that cannot be decoded",
            ),
        ] {
            match encode(&pdf, &image(filter, 64, 16, bytes)) {
                PageImage::Unsupported(why) => assert!(why.starts_with(says), "{why}"),
                _ => panic!("{filter}: decoded"),
            }
        }
    }

    #[test]
    fn a_jbig2_page_larger_than_the_pixel_cap_is_refused_before_decoding() {
        let mut big = white_jbig2();
        // The page information says 20,000 × 20,000 pixels (400 million).
        big[11..15].copy_from_slice(&20_000u32.to_be_bytes());
        big[15..19].copy_from_slice(&20_000u32.to_be_bytes());
        match encode(&Document::new(), &image("JBIG2Decode", 64, 16, big)) {
            PageImage::Unsupported(why) => assert_eq!(why, "an image too large for OCR"),
            _ => panic!("decoded"),
        }
    }
}
