//! Layout-aware PDF text: reads each page as positioned lines, the way a person sees it.
//!
//! lopdf's `extract_text` ends a line at every `ET` and glues runs together at font switches, so a
//! label drawn apart from its value, a bold word in its own run, or one `BT` block holding a whole
//! paragraph positioned with `Td` come out as a soup. This module interprets the content stream
//! instead (graphics and text state, text matrices, real glyph widths, Form XObjects), collects runs
//! of text with their baseline in device space, and then builds lines: runs whose baselines agree,
//! top to bottom, left to right, joined by nothing, a space or a tab depending on the gap between
//! them. Everything is bounded: operations per page, nesting of forms, text bytes per document.

use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use super::pdf_fonts::{FontCache, Spacing};

/// Decompressed page content is bounded as lopdf's own `extract_text` bounds it.
const CONTENT_LIMIT: usize = crate::limits::MAX_PDF_CONTENT_BYTES;
/// Form XObjects' content, all together, per page: letterheads and stamps are kilobytes.
const FORM_BYTES_PER_PAGE: usize = crate::limits::MAX_PDF_STREAM_BYTES;
/// Operations interpreted per page, forms included; past it the page keeps what it has.
const MAX_OPS_PER_PAGE: usize = 2_000_000;
/// Operations interpreted per document: a dense 500-page report needs a few million. Past it the
/// remaining pages are skipped (read, but empty), so many pages sharing one huge content stream cannot
/// multiply the work.
const MAX_OPS_PER_DOCUMENT: usize = 20_000_000;
/// Forms drawing forms: deeper than any generator nests, shallow enough to stop a cycle at once.
const MAX_FORM_DEPTH: usize = 8;
/// `q` nesting kept; deeper saves are counted but not stored.
const MAX_STATE_STACK: usize = 256;
/// Runs kept per page (100k is a dense table; past this the page is not a letter).
const MAX_RUNS_PER_PAGE: usize = 500_000;
/// Text per document: far beyond any dossier letter, small enough that a hostile PDF cannot fill memory.
pub use crate::limits::MAX_TEXT_BYTES;

/// Gaps, in ems of the larger font, that separate words. Kerning and tracking stay under 0.1 em; the
/// narrowest word space of justified text is still about 0.2 em (a space is 0.25–0.28 em).
const WORD_GAP_EM: f32 = 0.15;
/// Gaps that separate columns or table cells. Lower than the 1.5–2 em one might expect: in reportlab
/// letters the most frequent cell gap is 1.2 em (its Table puts 6 pt of padding on each side of a
/// cell, at a 10 pt default size), and label/value tables in real letters often sit closer still (not
/// caught; they join with a space, still on one line). Justified letter text stretches a word space to
/// well under 1 em. A false tab between two words costs nothing later (a tab is white space); a missed
/// one runs a label into the next cell or the next column.
const TAB_GAP_EM: f32 = 1.1;
/// Baselines closer than this, in ems, are one line: subscripts and sloppy generators stay on their
/// line, the next line (1.15 em or more away) does not join it.
const LINE_TOLERANCE_EM: f32 = 0.3;
/// The same for a run set much smaller than the other: a superscript or subscript, raised or lowered
/// by about a third of the text's size (LibreOffice and Word draw them on their own baseline).
const SCRIPT_TOLERANCE_EM: f32 = 0.45;
/// Sizes further apart than this ratio make the smaller run a superscript or subscript candidate.
const SCRIPT_SIZE_RATIO: f32 = 0.85;
/// Runs drawn one after the other join while interpreting when their baselines agree this closely.
const SAME_BASELINE_EM: f32 = 0.05;
/// Overlap still taken as touching (widths guessed for a font without them can run long).
const OVERLAP_EM: f32 = 0.3;
/// Sizes below this are treated as this many points when measuring gaps.
const MIN_EM: f32 = 1.0;

/// Reads pages of one document, sharing fonts and the text budget between them.
pub struct Extractor<'a> {
    doc: &'a Document,
    fonts: FontCache<'a>,
    ops_left: usize,
    forms_cut: bool,
    /// The area (in square points) of the largest image drawn on the page read last.
    image_area: f32,
}

impl<'a> Extractor<'a> {
    /// An extractor for `doc`.
    pub fn new(doc: &'a Document) -> Extractor<'a> {
        Extractor {
            doc,
            fonts: FontCache::default(),
            ops_left: MAX_OPS_PER_DOCUMENT,
            forms_cut: false,
            image_area: 0.0,
        }
    }

    /// The area in square points of the largest image the last page read draws (0 when it draws
    /// none, or could not be read): a page that is all image and no text is a scanned page.
    pub fn image_area(&self) -> f32 {
        self.image_area
    }

    /// True when a form drawn on some page was skipped because its content did not fit the
    /// page's budget for forms: its text is missing, and the file must say so.
    pub fn forms_cut(&self) -> bool {
        self.forms_cut
    }

    /// Appends the lines of a page to `out`, each ending with a newline, without letting `out` grow
    /// past [`MAX_TEXT_BYTES`]. On an error `out` is left as it was.
    pub fn page_text(&mut self, page_id: ObjectId, out: &mut String) -> lopdf::Result<()> {
        self.image_area = 0.0;
        let text_left = MAX_TEXT_BYTES.saturating_sub(out.len());
        if text_left == 0 || self.ops_left == 0 {
            return Ok(());
        }
        let data = self
            .doc
            .get_page_content_with_limit(page_id, CONTENT_LIMIT)?;
        let scope = Scope::page(self.doc, page_id)?;
        let ops = self.ops_left.min(MAX_OPS_PER_PAGE);
        let mut page = Interpreter::new(self.doc, &mut self.fonts, ops, text_left);
        let result = page.run(&data, &scope, 0);
        self.ops_left -= ops - page.ops_left;
        self.forms_cut |= page.forms_cut;
        self.image_area = page.image_area;
        result?;
        let mut runs = page.runs;
        write_lines(&mut runs, out);
        Ok(())
    }
}

/// Appends `text` to `out` without letting `out` grow past [`MAX_TEXT_BYTES`].
pub fn push_capped(out: &mut String, text: &str) {
    let room = MAX_TEXT_BYTES.saturating_sub(out.len());
    out.push_str(prefix(text, room));
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
fn prefix(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or_default()
}

/// An affine matrix `[a b c d e f]`, applied to row vectors as PDF does.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix {
    a: f32,
    b: f32,
    c: f32,
    d: f32,
    e: f32,
    f: f32,
}

impl Matrix {
    const IDENTITY: Matrix = Matrix {
        a: 1.0,
        b: 0.0,
        c: 0.0,
        d: 1.0,
        e: 0.0,
        f: 0.0,
    };

    fn translate(x: f32, y: f32) -> Matrix {
        Matrix {
            e: x,
            f: y,
            ..Matrix::IDENTITY
        }
    }

    /// `self` then `then`.
    fn then(&self, then: &Matrix) -> Matrix {
        Matrix {
            a: self.a * then.a + self.b * then.c,
            b: self.a * then.b + self.b * then.d,
            c: self.c * then.a + self.d * then.c,
            d: self.c * then.b + self.d * then.d,
            e: self.e * then.a + self.f * then.c + then.e,
            f: self.e * then.b + self.f * then.d + then.f,
        }
    }

    fn apply(&self, x: f32, y: f32) -> (f32, f32) {
        (
            self.a * x + self.c * y + self.e,
            self.b * x + self.d * y + self.f,
        )
    }

    /// Six numbers, as `cm`, `Tm` and a form's `/Matrix` give them.
    fn from_operands(operands: &[Object]) -> Option<Matrix> {
        let n: Vec<f32> = operands
            .iter()
            .take(6)
            .map(|o| o.as_float().ok().filter(|v| v.is_finite()))
            .collect::<Option<_>>()?;
        match n[..] {
            [a, b, c, d, e, f] => Some(Matrix { a, b, c, d, e, f }),
            _ => None,
        }
    }
}

/// Text state parameters, saved and restored with the graphics state.
#[derive(Debug, Clone, Copy)]
struct TextState {
    font: Option<usize>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    /// `Tz` / 100.
    scale: f32,
    leading: f32,
}

#[derive(Debug, Clone, Copy)]
struct GraphicsState {
    ctm: Matrix,
    text: TextState,
}

impl Default for GraphicsState {
    fn default() -> Self {
        GraphicsState {
            ctm: Matrix::IDENTITY,
            text: TextState {
                font: None,
                size: 0.0,
                char_spacing: 0.0,
                word_spacing: 0.0,
                scale: 1.0,
                leading: 0.0,
            },
        }
    }
}

/// A run of text on one baseline, in the frame of its reading direction (see [`frame`]).
#[derive(Debug, Clone)]
struct Run {
    /// 0 upright, 1 turned left (reads upwards), 2 upside down, 3 turned right.
    dir: u8,
    x: f32,
    y: f32,
    end_x: f32,
    /// Font size on the page, in points.
    size: f32,
    /// Order drawn, to keep ties stable.
    seq: u32,
    text: String,
}

/// The resource dictionaries names are looked up in, nearest first.
struct Scope<'a> {
    resources: Vec<&'a Dictionary>,
}

impl<'a> Scope<'a> {
    /// A page's resources, inherited ones included.
    fn page(doc: &'a Document, page_id: ObjectId) -> lopdf::Result<Scope<'a>> {
        let (direct, ids) = doc.get_page_resources(page_id)?;
        let resources = direct
            .into_iter()
            .chain(ids.into_iter().filter_map(|id| doc.get_dictionary(id).ok()))
            .collect();
        Ok(Scope { resources })
    }

    /// A form's resources first; a form without its own uses the page's (an old but common habit).
    fn form(&self, doc: &'a Document, form: &'a Dictionary) -> Scope<'a> {
        let own = deref_get(doc, form, b"Resources").and_then(|r| r.as_dict().ok());
        Scope {
            resources: own
                .into_iter()
                .chain(self.resources.iter().copied())
                .collect(),
        }
    }

    /// A named resource of a category (`Font`, `XObject`).
    fn lookup(&self, doc: &'a Document, category: &[u8], name: &[u8]) -> Option<&'a Object> {
        self.resources.iter().find_map(|r| {
            let names = deref_get(doc, r, category)?.as_dict().ok()?;
            deref_get(doc, names, name)
        })
    }
}

/// A dictionary entry, references followed, without building an error for a missing key.
fn deref_get<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let value = dict.as_hashmap().get(key)?;
    doc.dereference(value).ok().map(|(_, o)| o)
}

/// Interprets the content of one page.
struct Interpreter<'a, 'f> {
    doc: &'a Document,
    fonts: &'f mut FontCache<'a>,
    gs: GraphicsState,
    stack: Vec<GraphicsState>,
    /// `q`s past `MAX_STATE_STACK` not yet matched by a `Q`.
    unsaved: usize,
    tm: Matrix,
    tlm: Matrix,
    runs: Vec<Run>,
    ops_left: usize,
    form_bytes_left: usize,
    /// A form was skipped for the budget above.
    forms_cut: bool,
    text_left: usize,
    scratch: String,
    /// The largest area (square points) an image XObject was drawn over.
    image_area: f32,
}

impl<'a, 'f> Interpreter<'a, 'f> {
    fn new(
        doc: &'a Document,
        fonts: &'f mut FontCache<'a>,
        ops_left: usize,
        text_left: usize,
    ) -> Self {
        Interpreter {
            doc,
            fonts,
            gs: GraphicsState::default(),
            stack: Vec::new(),
            unsaved: 0,
            tm: Matrix::IDENTITY,
            tlm: Matrix::IDENTITY,
            runs: Vec::new(),
            ops_left,
            form_bytes_left: FORM_BYTES_PER_PAGE,
            forms_cut: false,
            text_left,
            scratch: String::new(),
            image_area: 0.0,
        }
    }

    /// Runs a content stream. A stream that does not parse is an error; past the operation cap the
    /// page keeps what it has.
    fn run(&mut self, data: &[u8], scope: &Scope<'a>, depth: usize) -> lopdf::Result<()> {
        for op in Content::decode_iter(data) {
            let op = op?;
            // The clock is read now and then: a page that would run past the file's time stops
            // like one past the operation cap.
            if self.ops_left == 0
                || (self.ops_left.is_multiple_of(4096) && crate::limits::out_of_time())
            {
                break;
            }
            self.ops_left -= 1;
            self.apply(&op, scope, depth)?;
        }
        Ok(())
    }

    fn apply(&mut self, op: &Operation, scope: &Scope<'a>, depth: usize) -> lopdf::Result<()> {
        let args = &op.operands;
        let num = |i: usize| {
            args.get(i)
                .and_then(|o| o.as_float().ok())
                .filter(|v| v.is_finite())
        };
        let ts = &mut self.gs.text;
        match op.operator.as_str() {
            "q" => self.save(),
            "Q" => self.restore(),
            "cm" => {
                if let Some(m) = Matrix::from_operands(args) {
                    self.gs.ctm = m.then(&self.gs.ctm);
                }
            }
            "BT" => {
                self.tm = Matrix::IDENTITY;
                self.tlm = Matrix::IDENTITY;
            }
            "Tm" => {
                if let Some(m) = Matrix::from_operands(args) {
                    self.tm = m;
                    self.tlm = m;
                }
            }
            "Td" => self.next_line(num(0), num(1)),
            "TD" => {
                if let Some(ty) = num(1) {
                    self.gs.text.leading = -ty;
                }
                self.next_line(num(0), num(1));
            }
            "T*" => self.next_line(Some(0.0), Some(-self.gs.text.leading)),
            "TL" => ts.leading = num(0).unwrap_or(ts.leading),
            "Tc" => ts.char_spacing = num(0).unwrap_or(ts.char_spacing),
            "Tw" => ts.word_spacing = num(0).unwrap_or(ts.word_spacing),
            "Tz" => ts.scale = num(0).map_or(ts.scale, |z| z / 100.0),
            // `Ts` (rise) is deliberately not applied: a superscript or footnote mark belongs to the
            // line it sits on.
            "Tf" => self.set_font(args, scope)?,
            "Tj" => self.show_operand(args.first()),
            "TJ" => self.show_array(args.first()),
            "'" => {
                self.next_line(Some(0.0), Some(-self.gs.text.leading));
                self.show_operand(args.first());
            }
            "\"" => {
                let ts = &mut self.gs.text;
                ts.word_spacing = num(0).unwrap_or(ts.word_spacing);
                ts.char_spacing = num(1).unwrap_or(ts.char_spacing);
                self.next_line(Some(0.0), Some(-self.gs.text.leading));
                self.show_operand(args.get(2));
            }
            "Do" => {
                if let Some(name) = args.first().and_then(|o| o.as_name().ok()) {
                    self.draw_form(name, scope, depth);
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn save(&mut self) {
        if self.stack.len() < MAX_STATE_STACK {
            self.stack.push(self.gs);
        } else {
            self.unsaved += 1;
        }
    }

    fn restore(&mut self) {
        if self.unsaved > 0 {
            self.unsaved -= 1;
        } else if let Some(gs) = self.stack.pop() {
            self.gs = gs;
        }
    }

    /// `Td`: the start of the next line, offset from the start of the current one.
    fn next_line(&mut self, tx: Option<f32>, ty: Option<f32>) {
        if let (Some(tx), Some(ty)) = (tx, ty) {
            self.tlm = Matrix::translate(tx, ty).then(&self.tlm);
            self.tm = self.tlm;
        }
    }

    /// `Tf`: a font from the resources, or none (its text cannot be decoded, as with lopdf).
    fn set_font(&mut self, args: &[Object], scope: &Scope<'a>) -> lopdf::Result<()> {
        let dict = args
            .first()
            .and_then(|o| o.as_name().ok())
            .and_then(|name| scope.lookup(self.doc, b"Font", name))
            .and_then(|o| o.as_dict().ok());
        self.gs.text.font = match dict {
            Some(dict) => Some(self.fonts.index_of(self.doc, dict, CONTENT_LIMIT)?),
            None => None,
        };
        if let Some(size) = args.get(1).and_then(|o| o.as_float().ok()) {
            self.gs.text.size = if size.is_finite() { size } else { 0.0 };
        }
        Ok(())
    }

    fn show_operand(&mut self, operand: Option<&Object>) {
        if let Some(Object::String(bytes, _)) = operand {
            self.show(bytes);
        }
    }

    /// `TJ`: strings, and numbers that move the pen left (positive) or right (negative) by
    /// thousandths of an em; a large move right becomes a word gap when the lines are built.
    fn show_array(&mut self, operand: Option<&Object>) {
        let Some(Object::Array(items)) = operand else {
            return;
        };
        for item in items {
            match item {
                Object::String(bytes, _) => self.show(bytes),
                other => {
                    if let Some(n) = other.as_float().ok().filter(|n| n.is_finite()) {
                        let ts = &self.gs.text;
                        let tx = -n / 1000.0 * ts.size * ts.scale;
                        self.tm = Matrix::translate(tx, 0.0).then(&self.tm);
                    }
                }
            }
        }
    }

    /// Shows a string: decodes it, measures it, moves the pen past it and records the run.
    fn show(&mut self, bytes: &[u8]) {
        let ts = self.gs.text;
        let Some(font) = ts.font.and_then(|i| self.fonts.get(i)) else {
            return;
        };
        let spacing = Spacing {
            size: ts.size,
            char: ts.char_spacing,
            word: ts.word_spacing,
            scale: ts.scale,
        };
        let advance = font.advance(bytes, &spacing);
        let mut text = std::mem::take(&mut self.scratch);
        text.clear();
        font.decode(bytes, &mut text);
        let trm = self.tm.then(&self.gs.ctm);
        if advance.is_finite() {
            self.tm = Matrix::translate(advance, 0.0).then(&self.tm);
        }
        self.record(&trm, advance, ts.size, &text);
        self.scratch = text;
    }

    /// Adds a shown string to the page's runs: joined to the run drawn just before when it continues
    /// it on the same baseline (most strings do), else as a new run.
    fn record(&mut self, trm: &Matrix, advance: f32, font_size: f32, text: &str) {
        if text.is_empty() || self.text_left == 0 || self.runs.len() >= MAX_RUNS_PER_PAGE {
            return;
        }
        let dir = direction(trm);
        let (sx, sy) = trm.apply(0.0, 0.0);
        let (ex, ey) = trm.apply(advance, 0.0);
        let (x, y) = frame(dir, sx, sy);
        let (end_x, _) = frame(dir, ex, ey);
        let size = (font_size * trm.c.hypot(trm.d)).abs();
        if !(x.is_finite() && y.is_finite() && end_x.is_finite() && size.is_finite()) {
            return;
        }
        let end_x = end_x.max(x);
        self.text_left = self.text_left.saturating_sub(text.len());
        if let Some(last) = self.runs.last_mut() {
            let em = last.size.max(size).max(MIN_EM);
            if last.dir == dir && (last.y - y).abs() <= SAME_BASELINE_EM * em && x >= last.x {
                if let Some(join) = Join::between(last.end_x, x, em) {
                    if join != Join::Tab {
                        join.append(&mut last.text, text);
                        last.end_x = last.end_x.max(end_x);
                        return;
                    }
                }
            }
        }
        // White space on its own only matters as a gap, which the positions already give.
        if text.trim().is_empty() {
            return;
        }
        let seq = u32::try_from(self.runs.len()).unwrap_or(u32::MAX);
        self.runs.push(Run {
            dir,
            x,
            y,
            end_x,
            size,
            seq,
            text: text.to_string(),
        });
    }

    /// `Do` of a Form XObject: its content under its matrix, in its own resources. A broken form
    /// costs its own text, not the page's. `Do` of an image only notes the area it covers.
    fn draw_form(&mut self, name: &[u8], scope: &Scope<'a>, depth: usize) {
        if depth >= MAX_FORM_DEPTH {
            return;
        }
        let Some(Object::Stream(form)) = scope.lookup(self.doc, b"XObject", name) else {
            return;
        };
        if deref_get(self.doc, &form.dict, b"Subtype").and_then(|s| s.as_name().ok())
            == Some(b"Image".as_slice())
        {
            // An image fills the unit square under the current matrix: its area on the page is
            // the matrix's determinant.
            let m = &self.gs.ctm;
            let area = (m.a * m.d - m.b * m.c).abs();
            if area.is_finite() {
                self.image_area = self.image_area.max(area);
            }
            return;
        }
        let Some(data) = self.form_content(form) else {
            return;
        };
        let matrix = deref_get(self.doc, &form.dict, b"Matrix")
            .and_then(|m| m.as_array().ok())
            .and_then(|m| Matrix::from_operands(m))
            .unwrap_or(Matrix::IDENTITY);
        let saved = (self.gs, self.tm, self.tlm, self.unsaved);
        let outer_stack = std::mem::take(&mut self.stack);
        self.unsaved = 0;
        self.gs.ctm = matrix.then(&self.gs.ctm);
        let inner = scope.form(self.doc, &form.dict);
        let _ = self.run(&data, &inner, depth + 1);
        (self.gs, self.tm, self.tlm, self.unsaved) = saved;
        self.stack = outer_stack;
    }

    /// A form's decoded content, charged to the page's budget for forms. A form past what is
    /// left of the budget is skipped, and the page remembers it.
    fn form_content(&mut self, form: &Stream) -> Option<Vec<u8>> {
        let subtype = form.dict.as_hashmap().get(b"Subtype".as_slice())?;
        if subtype.as_name().ok()? != b"Form" {
            return None;
        }
        let data = match form.get_plain_content_with_limit(self.form_bytes_left) {
            Ok(data) => data,
            Err(e) => {
                self.forms_cut |= super::pdf_load::stream_too_large(&e).is_some();
                return None;
            }
        };
        self.form_bytes_left = self.form_bytes_left.saturating_sub(data.len());
        Some(data)
    }
}

/// The reading direction of text drawn with `trm`, to the nearest quarter turn.
fn direction(trm: &Matrix) -> u8 {
    if trm.a.abs() >= trm.b.abs() {
        if trm.a >= 0.0 {
            0
        } else {
            2
        }
    } else if trm.b > 0.0 {
        1
    } else {
        3
    }
}

/// A device point in the frame of a reading direction: x along the text, y up the glyphs.
fn frame(dir: u8, x: f32, y: f32) -> (f32, f32) {
    match dir {
        0 => (x, y),
        1 => (y, -x),
        2 => (-x, -y),
        _ => (-y, x),
    }
}

/// How two runs on one line are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Join {
    /// Touching: one word, perhaps split at a font switch.
    Touch,
    Space,
    /// A column or table-cell gap.
    Tab,
}

impl Join {
    /// The join for a run starting at `x` after one ending at `end`; None when the second starts
    /// well before the first ends (drawn over it, or out of order).
    fn between(end: f32, x: f32, em: f32) -> Option<Join> {
        let gap = x - end;
        if gap >= TAB_GAP_EM * em {
            Some(Join::Tab)
        } else if gap >= WORD_GAP_EM * em {
            Some(Join::Space)
        } else if gap >= -OVERLAP_EM * em {
            Some(Join::Touch)
        } else {
            None
        }
    }

    /// Appends `text` to `line` with this join; no space is doubled, a tab takes the spaces around it.
    fn append(self, line: &mut String, text: &str) {
        match self {
            Join::Touch => line.push_str(text),
            Join::Space => {
                let spaced =
                    line.ends_with(char::is_whitespace) || text.starts_with(char::is_whitespace);
                if !spaced {
                    line.push(' ');
                }
                line.push_str(text);
            }
            Join::Tab => {
                line.truncate(line.trim_end_matches(' ').len());
                line.push('\t');
                line.push_str(text.trim_start_matches(' '));
            }
        }
    }
}

/// Builds lines from a page's runs and appends them to `out`: sorted by direction, then top to
/// bottom, then left to right, a line being the runs whose baselines lie within the tolerance of its
/// first (highest) run. Sorting first keeps this O(n log n) for pages of many runs.
fn write_lines(runs: &mut [Run], out: &mut String) {
    runs.sort_unstable_by(|a, b| {
        a.dir
            .cmp(&b.dir)
            .then(b.y.total_cmp(&a.y))
            .then(a.x.total_cmp(&b.x))
            .then(a.seq.cmp(&b.seq))
    });
    // The page's left margin: a line that starts far right of it continues a column to the
    // right (a form's value wrapped under its first line), and starts with a tab to say so.
    let margin = runs
        .iter()
        .filter(|r| r.dir == 0)
        .map(|r| r.x)
        .fold(f32::INFINITY, f32::min);
    let mut start = 0;
    let mut line = String::new();
    let mut cells = Vec::new();
    // The last line, held back until the next shows whether it finishes one of its label cells.
    let mut pending: Option<(String, Vec<Cell>, f32)> = None;
    while start < runs.len() {
        let end = line_end(runs, start);
        let Some(group) = runs.get_mut(start..end) else {
            break;
        };
        group.sort_unstable_by(|a, b| a.x.total_cmp(&b.x).then(a.seq.cmp(&b.seq)));
        join_line(group, &mut line, &mut cells);
        start = end;
        if line.is_empty() {
            continue;
        }
        let first = &group[0];
        if let Some((text, above, y)) = pending.as_mut() {
            if finishes_label_cell(text, above, *y, first, &line, &cells) {
                // The next line of the cell is measured from this one.
                *y = first.y;
                continue;
            }
        }
        flush(&mut pending, out);
        let mut text = String::new();
        if first.dir == 0 && first.x - margin >= INDENT_EM * first.size.max(MIN_EM) {
            text.push('\t');
            cells.iter_mut().for_each(|c| c.start += 1);
        }
        text.push_str(&line);
        pending = Some((text, std::mem::take(&mut cells), first.y));
    }
    flush(&mut pending, out);
}

/// Appends a held-back line to `out`.
fn flush(pending: &mut Option<(String, Vec<Cell>, f32)>, out: &mut String) {
    if let Some((text, _, _)) = pending.take() {
        push_capped(out, &text);
        push_capped(out, "\n");
    }
}

/// A cell of a line: where it starts on the page and in the line's text.
#[derive(Debug, Clone, Copy)]
struct Cell {
    x: f32,
    start: usize,
}

/// Whether `line` (starting at `first`) finishes a label cell of the line `above` that stops at a
/// linking word or a slash ("Date of" / "birth", "Né le /" / "Geboren"), each of its cells
/// standing under a cell of `above`; if so each is added to the cell it stands under.
fn finishes_label_cell(
    above: &mut String,
    cells: &mut [Cell],
    above_y: f32,
    first: &Run,
    line: &str,
    line_cells: &[Cell],
) -> bool {
    let em = first.size.max(MIN_EM);
    if cells.len() < 2
        || line_cells.is_empty()
        || first.dir != 0
        || above_y - first.y > WRAPPED_CELL_EM * em
    {
        return false;
    }
    let text_of = |text: &str, all: &[Cell], i: usize| -> String {
        text.get(all[i].start..cell_end(text, all, i))
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    // Each cell of the line under the cell of `above` it stands beneath.
    let mut under = Vec::with_capacity(line_cells.len());
    for (j, c) in line_cells.iter().enumerate() {
        let Some(i) = cells.iter().position(|a| (a.x - c.x).abs() < em) else {
            return false;
        };
        under.push((i, text_of(line, line_cells, j)));
    }
    // A label cut after a linking word goes on in a word or three; beside it, a neighbour's
    // label may go on in lower case ("Attending" / "physician"). A line of other cells is a row of
    // its own. (Any cell going on in lower case alone was tried: a value's wrapped line then
    // swallows the label cell under it.)
    let short = |rest: &str| rest.split_whitespace().count() <= 3;
    let linked = |i: usize| {
        let folded = crate::text::fold(&text_of(above, cells, i));
        folded.ends_with('/')
            || folded
                .split_whitespace()
                .next_back()
                .is_some_and(crate::words::is_linking)
    };
    let finishing = |(i, rest): &(usize, String)| {
        short(rest) && rest.starts_with(char::is_alphabetic) && linked(*i)
    };
    let lower = |(_, rest): &(usize, String)| short(rest) && rest.starts_with(char::is_lowercase);
    if !under.iter().any(finishing) || !under.iter().all(|u| finishing(u) || lower(u)) {
        return false;
    }
    for (i, rest) in under.iter().rev() {
        let end = cell_end(above, cells, *i);
        let insert = format!(" {rest}");
        above.insert_str(end, &insert);
        for c in cells.iter_mut().skip(i + 1) {
            c.start += insert.len();
        }
    }
    true
}

/// Where cell `i` of a line's `text` ends: before the tab of the next cell, or at the line's end.
fn cell_end(text: &str, cells: &[Cell], i: usize) -> usize {
    cells
        .get(i + 1)
        .map_or(text.len(), |next| next.start.saturating_sub(1))
}

/// A cell's next line lies at most this many ems below it.
const WRAPPED_CELL_EM: f32 = 1.6;

/// A line starting this many ems right of the left margin stands in a column of its own.
const INDENT_EM: f32 = 8.0;

/// The end of the line that starts at `runs[start]`.
fn line_end(runs: &[Run], start: usize) -> usize {
    let Some(first) = runs.get(start) else {
        return start;
    };
    let rest = runs.get(start + 1..).unwrap_or_default();
    let len = rest
        .iter()
        .position(|r| r.dir != first.dir || first.y - r.y > line_tolerance(first, r))
        .unwrap_or(rest.len());
    start + 1 + len
}

/// How far below `first` the baseline of `run` may lie and still be on its line.
fn line_tolerance(first: &Run, run: &Run) -> f32 {
    let big = first.size.max(run.size).max(MIN_EM);
    let small = first.size.min(run.size);
    let em = if small < SCRIPT_SIZE_RATIO * big {
        SCRIPT_TOLERANCE_EM
    } else {
        LINE_TOLERANCE_EM
    };
    em * big
}

/// The text of one line of runs sorted left to right, trimmed, and where its cells start.
fn join_line(group: &[Run], line: &mut String, cells: &mut Vec<Cell>) {
    line.clear();
    cells.clear();
    let mut prev: Option<&Run> = None;
    let mut end = f32::NEG_INFINITY;
    for run in group {
        let join = match prev {
            None => Join::Touch,
            // The same text drawn again just beside itself is a faked bold or a shadow.
            Some(p) if p.text == run.text && (run.x - p.x).abs() < WORD_GAP_EM * p.size => continue,
            // Text drawn well over the text before it is another text colliding with it.
            Some(p) => {
                Join::between(end, run.x, p.size.max(run.size).max(MIN_EM)).unwrap_or(Join::Space)
            }
        };
        join.append(line, &run.text);
        if matches!(join, Join::Touch | Join::Tab) && (prev.is_none() || join == Join::Tab) {
            let start = line.len() - run.text.trim_start_matches(' ').len();
            cells.push(Cell { x: run.x, start });
        }
        end = end.max(run.end_x);
        prev = Some(run);
    }
    line.truncate(line.trim_end().len());
    let lead = line.len() - line.trim_start().len();
    line.drain(..lead);
    for c in cells.iter_mut() {
        c.start = c.start.saturating_sub(lead).min(line.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::pdf_metrics;
    use lopdf::{dictionary, StringFormat};

    fn op(name: &str, operands: Vec<Object>) -> Operation {
        Operation::new(name, operands)
    }

    /// A Latin-1 string (the tests use no WinAnsi-only characters).
    fn s(text: &str) -> Object {
        Object::String(
            text.chars().map(|c| c as u8).collect(),
            StringFormat::Literal,
        )
    }

    fn tm(x: f32, y: f32) -> Operation {
        op(
            "Tm",
            vec![1.into(), 0.into(), 0.into(), 1.into(), x.into(), y.into()],
        )
    }

    /// One `BT` block drawing `text` at (x, y) in font F1 (Helvetica) or F2 (Helvetica-Bold).
    fn text_at(font: &str, size: f32, x: f32, y: f32, text: &str) -> Vec<Operation> {
        vec![
            op("BT", vec![]),
            op(
                "Tf",
                vec![Object::Name(font.as_bytes().to_vec()), size.into()],
            ),
            tm(x, y),
            op("Tj", vec![s(text)]),
            op("ET", vec![]),
        ]
    }

    fn stream(ops: Vec<Operation>, dict: lopdf::Dictionary) -> Stream {
        Stream::new(dict, Content { operations: ops }.encode().unwrap())
    }

    /// A document of one page per entry of `pages`, with Helvetica as F1, Helvetica-Bold as F2 (both
    /// without widths, as reportlab writes them) and the Form XObject `forms[i]` as `/Xi`.
    fn document(pages: Vec<Vec<Operation>>, forms: Vec<(Vec<Operation>, Vec<Object>)>) -> Document {
        let mut doc = Document::with_version("1.5");
        let font = |name: &str| {
            dictionary! {
                "Type" => "Font", "Subtype" => "Type1", "BaseFont" => name,
                "Encoding" => "WinAnsiEncoding",
            }
        };
        let f1 = doc.add_object(font("Helvetica"));
        let f2 = doc.add_object(font("Helvetica-Bold"));
        let mut xobjects = lopdf::Dictionary::new();
        for (i, (ops, matrix)) in forms.into_iter().enumerate() {
            let dict = dictionary! {
                "Type" => "XObject", "Subtype" => "Form", "Matrix" => matrix,
                "BBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            };
            let id = doc.add_object(stream(ops, dict));
            xobjects.set(format!("X{}", i + 1), id);
        }
        let resources = doc.add_object(dictionary! {
            "Font" => dictionary! { "F1" => f1, "F2" => f2 },
            "XObject" => xobjects,
        });
        let pages_id = doc.new_object_id();
        let kids: Vec<Object> = pages
            .into_iter()
            .map(|ops| {
                let content = doc.add_object(stream(ops, lopdf::Dictionary::new()));
                doc.add_object(dictionary! {
                    "Type" => "Page", "Parent" => pages_id, "Contents" => content,
                    "Resources" => resources,
                })
                .into()
            })
            .collect();
        let count = kids.len() as i64;
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => kids, "Count" => count,
                "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        doc
    }

    fn text_of(doc: &Document) -> String {
        let mut extractor = Extractor::new(doc);
        let mut out = String::new();
        for id in doc.get_pages().into_values() {
            extractor.page_text(id, &mut out).unwrap();
        }
        out
    }

    fn page_text(ops: Vec<Operation>) -> String {
        text_of(&document(vec![ops], Vec::new()))
    }

    /// The width of ASCII `text` at `size` in a font of the metrics the reader uses.
    fn width(metrics: &[u16; 224], text: &str, size: f32) -> f32 {
        text.bytes()
            .map(|b| f32::from(metrics[usize::from(b - 32)]))
            .sum::<f32>()
            * size
            / 1000.0
    }

    fn bold_width(text: &str, size: f32) -> f32 {
        width(&pdf_metrics::HELVETICA_BOLD, text, size)
    }

    #[test]
    fn runs_far_apart_on_one_baseline_are_one_line_with_a_tab() {
        let mut ops = text_at("F2", 10.0, 72.0, 700.0, "Naam:");
        ops.extend(text_at("F1", 10.0, 180.0, 700.0, "Jansen, P."));
        assert_eq!(page_text(ops), "Naam:\tJansen, P.\n");
    }

    #[test]
    fn bold_label_and_value_close_by_are_one_line_with_a_space() {
        let label_end = 72.0 + bold_width("Geboortedatum:", 10.0);
        let mut ops = text_at("F2", 10.0, 72.0, 700.0, "Geboortedatum:");
        ops.extend(text_at("F1", 10.0, label_end + 3.0, 700.0, "01-02-1980"));
        // A word split at a font switch, drawn touching, stays one word.
        let split_end = 72.0 + bold_width("Geboorte", 10.0);
        ops.extend(text_at("F2", 10.0, 72.0, 680.0, "Geboorte"));
        ops.extend(text_at("F1", 10.0, split_end, 680.0, "datum"));
        assert_eq!(page_text(ops), "Geboortedatum: 01-02-1980\nGeboortedatum\n");
    }

    #[test]
    fn td_lines_in_one_block_come_out_top_to_bottom() {
        let ops = vec![
            op("BT", vec![]),
            op("Tf", vec!["F1".into(), 11.into()]),
            // The second line first, then the first above it, then the third below both.
            op("Td", vec![72.into(), 686.into()]),
            op("Tj", vec![s("Tweede regel van de brief")]),
            op("Td", vec![0.into(), 14.into()]),
            op("Tj", vec![s("Eerste regel")]),
            op("TL", vec![14.into()]),
            op("TD", vec![0.into(), (-28).into()]),
            op("Tj", vec![s("Derde regel")]),
            op("T*", vec![]),
            op("'", vec![s("Vierde regel")]),
            op("\"", vec![0.into(), 0.into(), s("Vijfde regel")]),
            op("ET", vec![]),
        ];
        assert_eq!(
            page_text(ops),
            "Eerste regel\nTweede regel van de brief\nDerde regel\nVierde regel\nVijfde regel\n"
        );
    }

    #[test]
    fn tj_numbers_move_the_pen_and_a_large_move_is_a_word_gap() {
        let ops = vec![
            op("BT", vec![]),
            op("Tf", vec!["F1".into(), 10.into()]),
            tm(72.0, 700.0),
            op(
                "TJ",
                vec![vec![
                    s("P"),
                    40.into(),
                    s("ijn"),
                    (-300).into(),
                    s("in"),
                    (-250).into(),
                    s("de"),
                    (-2000).into(),
                    s("pols"),
                ]
                .into()],
            ),
            op("ET", vec![]),
        ];
        assert_eq!(page_text(ops), "Pijn in de\tpols\n");
    }

    #[test]
    fn form_xobject_text_is_found_under_its_matrix() {
        let letterhead = text_at("F2", 12.0, 72.0, 650.0, "Ziekenhuis Briefhoofd");
        let shifted: Vec<Object> = [1, 0, 0, 1, 0, 100].iter().map(|&n| n.into()).collect();
        let mut ops = text_at("F1", 10.0, 72.0, 700.0, "Geachte collega,");
        ops.extend([
            op("q", vec![]),
            op("Do", vec!["X1".into()]),
            op("Q", vec![]),
        ]);
        let doc = document(vec![ops], vec![(letterhead, shifted)]);
        assert_eq!(text_of(&doc), "Ziekenhuis Briefhoofd\nGeachte collega,\n");
    }

    #[test]
    fn a_form_drawing_itself_stops_at_the_depth_limit() {
        let mut form = text_at("F1", 10.0, 72.0, 700.0, "Stempel");
        form.push(op("Do", vec!["X1".into()]));
        let identity: Vec<Object> = [1, 0, 0, 1, 0, 0].iter().map(|&n| n.into()).collect();
        let doc = document(
            vec![vec![op("Do", vec!["X1".into()])]],
            vec![(form, identity)],
        );
        // Each level draws the stamp at the same place: one line, the copies taken for a faked bold.
        assert_eq!(text_of(&doc), "Stempel\n");
    }

    #[test]
    fn two_columns_keep_their_cells_apart_on_each_line() {
        let column = |x: f32, lines: &[&str]| {
            let mut ops = vec![
                op("BT", vec![]),
                op("Tf", vec!["F1".into(), 10.into()]),
                op("TL", vec![12.into()]),
                tm(x, 700.0),
            ];
            for line in lines {
                ops.push(op("Tj", vec![s(line)]));
                ops.push(op("T*", vec![]));
            }
            ops.push(op("ET", vec![]));
            ops
        };
        // The whole left column is drawn before the right one.
        let mut ops = column(
            72.0,
            &["Wij zagen uw patiente", "op de polikliniek", "na een val."],
        );
        ops.extend(column(
            320.0,
            &["Beleid: gips", "voor zes weken", "en controle."],
        ));
        assert_eq!(
            page_text(ops),
            "Wij zagen uw patiente\tBeleid: gips\n\
             op de polikliniek\tvoor zes weken\n\
             na een val.\ten controle.\n"
        );
    }

    #[test]
    fn a_raised_smaller_superscript_stays_on_its_line() {
        let unit_end = 72.0 + width(&pdf_metrics::HELVETICA, "Wond van 3 cm", 11.0);
        let mut ops = text_at("F1", 11.0, 72.0, 700.0, "Wond van 3 cm");
        // Raised by a third of the text size, at 58 %, as LibreOffice draws it.
        ops.extend(text_at("F1", 6.4, unit_end, 703.7, "2"));
        ops.extend(text_at("F1", 11.0, unit_end + 7.0, 700.0, "gehecht."));
        ops.extend(text_at("F1", 11.0, 72.0, 687.0, "Volgende regel."));
        assert_eq!(page_text(ops), "Wond van 3 cm2 gehecht.\nVolgende regel.\n");
    }

    #[test]
    fn rotated_text_is_kept_on_its_own_line() {
        let mut ops = text_at("F1", 10.0, 72.0, 700.0, "Geachte collega,");
        ops.extend([
            op("BT", vec![]),
            op("Tf", vec!["F1".into(), 8.into()]),
            // Turned a quarter left, running up the margin across the body text.
            op(
                "Tm",
                vec![
                    0.into(),
                    1.into(),
                    (-1).into(),
                    0.into(),
                    30.into(),
                    650.into(),
                ],
            ),
            op("Tj", vec![s("Vertrouwelijk")]),
            op("ET", vec![]),
        ]);
        ops.extend(text_at("F1", 10.0, 72.0, 686.0, "hierbij de uitslag."));
        assert_eq!(
            page_text(ops),
            "Geachte collega,\nhierbij de uitslag.\nVertrouwelijk\n"
        );
    }

    #[test]
    fn cm_scales_the_font_and_positions() {
        let ops = vec![
            op(
                "cm",
                vec![2.into(), 0.into(), 0.into(), 2.into(), 0.into(), 0.into()],
            ),
            op("BT", vec![]),
            op("Tf", vec!["F1".into(), 5.into()]),
            tm(36.0, 350.0),
            op("Tj", vec![s("Naam:")]),
            tm(90.0, 350.0),
            op("Tj", vec![s("Jansen")]),
            tm(36.0, 343.0),
            op("Tj", vec![s("Datum:")]),
            op("ET", vec![]),
        ];
        assert_eq!(page_text(ops), "Naam:\tJansen\nDatum:\n");
    }

    #[test]
    fn pages_keep_their_order_and_end_with_a_newline() {
        let doc = document(
            vec![
                text_at("F1", 10.0, 72.0, 700.0, "Pagina een"),
                Vec::new(),
                text_at("F1", 10.0, 72.0, 700.0, "Pagina drie"),
            ],
            Vec::new(),
        );
        assert_eq!(text_of(&doc), "Pagina een\nPagina drie\n");
    }

    #[test]
    fn pages_past_the_document_budget_are_read_empty() {
        let page = text_at("F1", 10.0, 72.0, 700.0, "Pagina");
        let doc = document(vec![page.clone(), page], Vec::new());
        let mut extractor = Extractor::new(&doc);
        // Enough for the first page's five operations and two of the second's.
        extractor.ops_left = 7;
        let mut out = String::new();
        for id in doc.get_pages().into_values() {
            extractor.page_text(id, &mut out).unwrap();
        }
        assert_eq!(out, "Pagina\n");
        assert_eq!(extractor.ops_left, 0);
    }

    #[test]
    fn nonsense_operands_do_not_panic() {
        let ops = vec![
            op("Tf", vec![]),
            op("Tj", vec![s("zonder font")]),
            op("BT", vec![]),
            op("Tf", vec!["Onbekend".into(), 10.into()]),
            op("Tj", vec![s("onbekend font")]),
            op("Tf", vec!["F1".into(), "tien".into()]),
            op("Tm", vec![s("x")]),
            op("Td", vec![f32::INFINITY.into(), 1.into()]),
            op(
                "cm",
                vec![
                    1e30.into(),
                    0.into(),
                    0.into(),
                    1e30.into(),
                    0.into(),
                    0.into(),
                ],
            ),
            op("TJ", vec![s("geen array")]),
            op("TJ", vec![vec![Object::Null, 1e38.into()].into()]),
            op("'", vec![]),
            op("\"", vec![1.into()]),
            op("Tz", vec![0.into()]),
            op("Tj", vec![s("x")]),
            op("Q", vec![]),
            op("Q", vec![]),
            op("Do", vec!["X9".into()]),
            op("ET", vec![]),
        ];
        let _ = page_text(ops);
    }

    #[test]
    fn a_page_of_many_runs_drawn_bottom_up_reads_top_down() {
        // 10,000 runs on 200 lines, drawn bottom line first, each word in its own block. Its speed
        // is measured by benches/inbox.py, not here: a timed test fails on a busy machine.
        let mut ops = Vec::new();
        for line in 0..200 {
            for word in 0..50 {
                let w = if line == 0 { "zz" } else { "ab" };
                ops.extend(text_at("F1", 1.0, word as f32 * 1.5, line as f32 * 2.0, w));
            }
        }
        let text = page_text(ops);
        assert_eq!(text.lines().count(), 200);
        assert!(text.starts_with("ab ab ab"));
        // The line drawn first, at the bottom of the page, is read last.
        assert!(text.trim_end().ends_with("zz zz zz"), "{text}");
    }

    #[test]
    fn text_is_capped_on_a_character_boundary() {
        assert_eq!(prefix("één", 3), "é");
        assert_eq!(prefix("één", 0), "");
        assert_eq!(prefix("ab", 10), "ab");
        let mut out = "x".repeat(MAX_TEXT_BYTES - 1);
        push_capped(&mut out, "éa");
        assert_eq!(out.len(), MAX_TEXT_BYTES - 1);
        push_capped(&mut out, "ab");
        assert_eq!(out.len(), MAX_TEXT_BYTES);
    }
}
