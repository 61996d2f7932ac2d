//! Classifying documents into the checklist's kinds and finding each document's own date. Content
//! decides; file and folder names only when the content says nothing (or cannot be read), because
//! names like "scan0001.pdf" lie or say nothing.

use chrono::NaiveDate;
use serde::Serialize;

use crate::checklist::Checklist;
use crate::dates::DateOrder;
use crate::read::{media::MediumSummary, Format, Problem, ReadDoc};
use crate::rules::Rules;
use crate::text::{fold, CueMatch, CueSet, Sentence};
use crate::zones::{Layout, Line, Zone};

/// A document after classification.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path relative to the dossier.
    pub path: String,
    /// Format.
    pub format: Format,
    /// The kind, if any cue decided one (the strongest of `kinds`).
    pub kind: Option<String>,
    /// Every kind the document is, confidently (a discharge letter with an operation section is
    /// correspondence and an operation report).
    pub kinds: Vec<String>,
    /// Kinds the document may be, but too weakly or too closely to another reading to say.
    pub uncertain_kinds: Vec<String>,
    /// Who wrote it (an author role of the checklist), when the letterhead, signature or form say.
    pub author: Option<String>,
    /// The lines that say who sent it: letterhead, running header and signature.
    pub sender_lines: Vec<String>,
    /// For a file holding several documents: which one this is (1, 2, ...).
    pub part: Option<usize>,
    /// What decided the kind.
    pub kind_basis: Option<KindBasis>,
    /// The document's own date.
    pub date: Option<NaiveDate>,
    /// Where the date came from.
    pub date_source: Option<DateSource>,
    /// Whether the content could be verified.
    pub readable: bool,
    /// Problems met while reading.
    pub problems: Vec<Problem>,
    /// The text's sentences (empty when unreadable).
    pub sentences: Vec<Sentence>,
    /// The text as extracted, for section look-ups.
    pub text: Option<String>,
    /// For media: what is on it.
    pub medium: Option<MediumSummary>,
}

/// Why a document has its kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "by", rename_all = "kebab-case")]
pub enum KindBasis {
    /// A cue in the text, with the sentence it stood in.
    Content {
        /// The cue as written in the checklist.
        cue: String,
        /// The sentence, trimmed.
        quote: String,
    },
    /// A cue in the file or folder name.
    Name {
        /// The cue as written in the checklist.
        cue: String,
    },
    /// The file format alone (imaging media).
    Format,
}

/// Where a document's date was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "from", rename_all = "kebab-case")]
pub enum DateSource {
    /// After a label such as "Datum:".
    Label {
        /// The line, trimmed.
        quote: String,
    },
    /// A "Place, date" line ("Haarlem, 4 november 2026").
    Dateline {
        /// The line, trimmed.
        quote: String,
    },
    /// The first date near the top that is not a birth date.
    Top {
        /// The line, trimmed.
        quote: String,
    },
    /// A running footer or header that numbers its page ("Huisartsenpraktijk Wyck - 30-11-2026 -
    /// pagina 1 van 2"): the date a letter was typed or printed, when it gives no other.
    Footer {
        /// The line, trimmed.
        quote: String,
    },
    /// The file's metadata (PDF creation date): a last resort.
    FileMetadata,
}

/// Per kind: each distinct piece of evidence (a title, a label, a cue) with its weight and the line
/// or sentence where it weighs most; and the weight of the kind's anti-cues.
struct Scores {
    hits: Vec<Vec<Hit>>,
    anti: Vec<i64>,
    /// Per kind: whether one of its `requires` words and one of its `requires_too` words are in
    /// the content (each true when the kind names none).
    required: Vec<[bool; 2]>,
}

struct Hit {
    cue: String,
    weight: i64,
    quote: String,
}

impl Scores {
    fn add(&mut self, kind: usize, cue: &str, weight: i64, quote: &str) {
        let hits = &mut self.hits[kind];
        match hits.iter_mut().find(|h| h.cue == cue) {
            Some(hit) if hit.weight < weight => {
                hit.weight = weight;
                hit.quote = crate::text::quote(quote);
            }
            Some(_) => {}
            None => hits.push(Hit {
                cue: cue.to_string(),
                weight,
                quote: crate::text::quote(quote),
            }),
        }
    }

    /// Whether the content holds what the kind requires (both of its word lists).
    fn has_required(&self, kind: usize) -> bool {
        self.required[kind] == [true, true]
    }

    /// The length of the longest title cue of a kind found (0 when none): of two papers a title
    /// names, the longer name is the more exact ("Toestemmingsformulier opvragen medische
    /// gegevens" is a consent to request records before it is a consent form).
    fn longest_title(&self, kind: usize, at: i64) -> usize {
        self.title_hits(kind, at)
            .map(|h| h.cue.len())
            .max()
            .unwrap_or(0)
    }

    /// The lines that gave `kind` a title's weight (`at` and up).
    fn title_lines(&self, kind: usize, at: i64) -> impl Iterator<Item = &str> {
        self.title_hits(kind, at).map(|h| h.quote.as_str())
    }

    /// The hits that gave `kind` a title's weight (`at` and up) from a line of the content.
    fn title_hits(&self, kind: usize, at: i64) -> impl Iterator<Item = &Hit> {
        self.hits[kind]
            .iter()
            .filter(move |h| h.weight >= at && !h.quote.is_empty())
    }

    /// Whether anything in the content speaks for the kind: a title, label or cue, not only who
    /// wrote it and to whom.
    fn has_content(&self, kind: usize) -> bool {
        self.hits[kind].iter().any(|h| !h.quote.is_empty())
    }

    fn total(&self, kind: usize) -> i64 {
        self.hits[kind].iter().map(|h| h.weight).sum::<i64>() - self.anti[kind]
    }
}

/// Who wrote a document and whom it is written to, as indexes of the checklist's `[[author]]`s.
#[derive(Debug, Default, Clone, Copy)]
struct Roles {
    author: Option<usize>,
    /// The author's words weigh enough to let the author raise or lower kinds (one word in a
    /// form field is a hint, not a letterhead).
    author_sure: bool,
    recipient: Option<usize>,
    /// The one role the signature names.
    signer: Option<usize>,
    /// It greets its reader ("Geachte collega", "Sehr geehrter Herr Kollege"): a letter.
    greets: bool,
}

/// What an addressee-block line says of the author: a form's author label or a referrer line
/// ("Verwijzer: A. Klaver, huisarts") on a document titled as a kind written to someone.
#[derive(Clone, Copy)]
struct Referrer<'a> {
    /// The weight of the roles it names (0: the line names no author).
    weight: i64,
    /// On a referrer line, the roles that write the titled kind: named there, they wrote it.
    writers: &'a [usize],
}

impl Referrer<'_> {
    const NONE: Referrer<'static> = Referrer {
        weight: 0,
        writers: &[],
    };

    fn weight_of(&self, role: usize) -> i64 {
        if self.writers.contains(&role) {
            FORM_WRITER_WEIGHT
        } else {
            self.weight
        }
    }
}

/// The weight of a role named on a referrer line, and of one the form names as its writer.
const REFERRER_WEIGHT: i64 = 3;
const FORM_WRITER_WEIGHT: i64 = 10;
/// The weight of a role that signs, as a signature line naming it weighs.
const SIGNER_WEIGHT: i64 = 5;

/// However far down a salutation stands, lines below this many are not a letter's head.
const MAX_HEAD_LINES: usize = 40;
/// How many dated entries with fields of their own make a record (a journal), not a report
/// with a dated exam line.
const ENTRIES_OF_A_RECORD: usize = 2;

/// A date with more words than this both before and after it on its line stands in a sentence.
const PROSE_WORDS: usize = 5;

/// An author is sure from this weight on: a letterhead line, or a signature.
const SURE_AUTHOR: i64 = 3;

/// How much older than the newest date at a document's top a date must be to be taken for a birth
/// date whose label stands apart (ten years: a letter does not quote its own date from then).
const BIRTH_GAP_DAYS: i64 = 3650;

/// The roles named in a document's zones, while they are tallied.
struct RolesNamed {
    /// For the author: letterhead, signature, header fields, referrer line, body.
    sender: RoleTally,
    /// Named in the letterhead region.
    letterhead: RoleTally,
    /// Named in the addressee block.
    addressee: RoleTally,
    /// Where each role is first named in the letterhead region: an address block follows the
    /// sender's own lines.
    first_named: Vec<Option<usize>>,
    /// Roles already given their one hint from a field below the header.
    hinted: Vec<bool>,
    /// Named in the signature, one signer's own title (not a team's list).
    signed: RoleTally,
}

impl RolesNamed {
    /// Without an addressee block, a second role named in the letterhead region after the
    /// author's own lines (an unlabelled address block of a hospital under a GP's letterhead).
    fn recipient_in_letterhead(&mut self, author: usize, inside: &[Vec<usize>]) -> Option<usize> {
        let sender_line = self.first_named[author]?;
        for (role, total) in self.letterhead.totals.iter_mut().enumerate() {
            if role == author || self.first_named[role].is_none_or(|l| l < sender_line) {
                *total = 0;
            }
        }
        self.letterhead.winner(inside)
    }
}

/// The weight of each role's words, each distinct cue counted once at its highest weight.
struct RoleTally {
    hits: Vec<Vec<(String, i64)>>,
    totals: Vec<i64>,
}

impl RoleTally {
    fn new(roles: usize) -> RoleTally {
        RoleTally {
            hits: vec![Vec::new(); roles],
            totals: vec![0; roles],
        }
    }

    fn note(&mut self, role: usize, cue: &str, weight: i64) {
        let hits = &mut self.hits[role];
        match hits.iter_mut().find(|(c, _)| c == cue) {
            Some(hit) if hit.1 < weight => {
                self.totals[role] += weight - hit.1;
                hit.1 = weight;
            }
            Some(_) => {}
            None => {
                hits.push((cue.to_string(), weight));
                self.totals[role] += weight;
            }
        }
    }

    /// The one role named, when only one is.
    fn sole(&self) -> Option<usize> {
        let mut named = (0..self.totals.len()).filter(|&r| self.totals[r] > 0);
        let role = named.next()?;
        named.next().is_none().then_some(role)
    }

    /// The role that weighs most (the first on a tie). A radiology department or a lab lies inside
    /// a hospital, so its letter names both the department and hospital words shared by every
    /// department (the hospital, "Oberarzt", "AIOS"): a role inside the best one wins as soon as
    /// its own words are sure.
    fn winner(&self, inside: &[Vec<usize>]) -> Option<usize> {
        let top = self.totals.iter().copied().max().unwrap_or(0);
        if top == 0 {
            return None;
        }
        let best = self.totals.iter().position(|t| *t == top)?;
        let within = (0..self.totals.len()).find(|&r| {
            inside.get(r).is_some_and(|of| of.contains(&best)) && self.totals[r] >= SURE_AUTHOR
        });
        Some(within.unwrap_or(best))
    }
}

/// What the content says a document is: confident kinds (the strongest first) and uncertain ones.
struct Reading {
    kinds: Vec<(usize, KindBasis)>,
    uncertain: Vec<usize>,
}

/// The classification rules of a compiled checklist.
pub struct Classifier<'a> {
    checklist: &'a Checklist,
    rules: &'a Rules,
}

impl Document {
    /// Whether the document is, confidently, one of `kinds`.
    pub fn is_any(&self, kinds: &[&str]) -> bool {
        self.kinds.iter().any(|k| kinds.contains(&k.as_str()))
    }

    /// Whether the document may be one of `kinds`, but too weakly to say.
    pub fn may_be_any(&self, kinds: &[&str]) -> bool {
        self.uncertain_kinds
            .iter()
            .any(|k| kinds.contains(&k.as_str()))
    }
}

impl<'a> Classifier<'a> {
    /// The classifier of a checklist.
    pub fn new(rules: &'a Rules) -> Classifier<'a> {
        Classifier {
            checklist: &rules.checklist,
            rules,
        }
    }

    /// Classifies every document read. A bug met on one document costs that document only: it
    /// is kept unread, with an `internal-error` problem, so a person looks at it.
    pub fn classify_all(&self, docs: Vec<ReadDoc>) -> Vec<Document> {
        docs.into_iter()
            .flat_map(|d| {
                let fallback = d.unread_copy();
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.classify_parts(d)))
                    .unwrap_or_else(|panic| {
                        let mut doc = self.classify(fallback);
                        doc.problems.push(crate::read::internal_error(&*panic));
                        vec![doc]
                    })
            })
            .collect()
    }

    /// Classifies a file that may hold several documents ("bijlagen": a letter with the reports
    /// it encloses, a fax with its cover sheet): it is split where a page opens with a title of
    /// its own, and each part is read on its own. A file of one document gives one part.
    pub fn classify_parts(&self, doc: ReadDoc) -> Vec<Document> {
        let parts = doc
            .text
            .as_deref()
            .map(|t| self.split_parts(t))
            .unwrap_or_default();
        if parts.len() < 2 {
            return vec![self.classify(doc)];
        }
        parts
            .into_iter()
            .enumerate()
            .map(|(i, text)| {
                let mut part = self.classify(ReadDoc {
                    text: Some(text),
                    ..doc.unread_copy()
                });
                part.readable = doc.readable;
                part.part = Some(i + 1);
                part
            })
            .collect()
    }

    /// How many lines at the top and the bottom of a page a running header or footer takes.
    const RUNNING_LINES: usize = 4;

    /// The texts of the documents in a paged text: a page starts a new document when its first
    /// lines (running headers and footers left out) hold a new title, another sender's letterhead
    /// or a salutation.
    fn split_parts(&self, text: &str) -> Vec<String> {
        let pages: Vec<&str> = text.split(crate::read::PAGE_BREAK).collect();
        if pages.len() < 2 {
            return Vec::new();
        }
        let seen = Self::page_edges(&pages);
        // The running letterhead names the sender of every part that names none of its own: a
        // radiology report on the hospital's letterhead after its operation report is another
        // document.
        let running_roles: Vec<usize> = pages
            .first()
            .into_iter()
            .flat_map(|p| p.lines().map(str::trim).filter(|l| !l.is_empty()))
            .take(Self::RUNNING_LINES)
            .filter(|l| seen.runs(l))
            .flat_map(|l| self.senders_named(&fold(l)))
            .collect();
        let mut parts: Vec<String> = Vec::new();
        let mut part_title: Option<String> = None;
        let mut part_roles: Vec<usize> = Vec::new();
        let mut last_page_ended = false;
        for (i, page) in pages.iter().enumerate() {
            let PageOpening {
                title,
                roles,
                greets,
            } = self.page_opening(page, &seen);
            let sender = if part_roles.is_empty() {
                &running_roles
            } else {
                &part_roles
            };
            // A titled part that named no sender ("ZorgDomein – Verwijzing") ends where a page
            // opens with a sender's letterhead ("Martini Ziekenhuis / Afdeling Radiologie").
            let other_sender = !roles.is_empty()
                && (sender.is_empty() && part_title.is_some()
                    || !sender.is_empty() && roles.iter().all(|r| !sender.contains(r)));
            // A page that repeats its document's title ("Episodelijst (vervolg)") continues it.
            // One after a page numbered as its document's last ("Page 1 of 1") starts another.
            let new_document = (title.is_some() && title != part_title)
                || other_sender
                || (greets && i > 0)
                || last_page_ended;
            last_page_ended = Self::ends_its_document(page);
            // A part whose first page named no sender (a form headed by its title) takes the
            // first one a page of it names.
            if new_document || i == 0 || part_roles.is_empty() {
                part_roles = roles;
            }
            // A page without text (a letterhead as an image, a blank cover) starts nothing.
            let blank_so_far = parts.last().is_some_and(|p| p.trim().is_empty());
            match parts.last_mut() {
                Some(last) if i > 0 && (!new_document || blank_so_far) => {
                    if blank_so_far {
                        part_title = title;
                    }
                    last.push_str(crate::read::PAGE_BREAK);
                    last.push_str(page);
                }
                _ => {
                    parts.push(page.to_string());
                    part_title = title;
                }
            }
        }
        parts
    }

    /// What the first lines of a page (running headers and footers left out) say: its title, the
    /// senders its letterhead names, and whether it greets a reader.
    fn page_opening(&self, page: &str, seen: &RunningLines) -> PageOpening {
        let opening: Vec<(&str, String)> = page
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !seen.runs(l))
            .take(12)
            .map(|l| (l, fold(l)))
            .collect();
        let title = opening
            .iter()
            .find(|(l, _)| self.is_title_line(l))
            .map(|(_, folded)| folded.clone());
        // A page that opens with another sender's letterhead ("Medisch Centrum Leeuwarden /
        // Radiologie" after a GP's printout) starts another document, titled or not. The
        // letterhead ends where the address block begins: "Aan: A. de Gier, huisarts" under a
        // hospital's letterhead names the recipient, not a sender.
        let zones = &self.rules.zones;
        let roles: Vec<usize> = opening
            .iter()
            .take(3)
            .take_while(|(l, folded)| {
                !l.starts_with(char::is_lowercase)
                    && !zones.addressee_labels.matches_at_start(folded)
            })
            .flat_map(|(_, folded)| self.senders_named(folded))
            .collect();
        // A letter greets its reader once, on its first page: a page opening with a salutation
        // ("Geachte collega,") is the first page of another letter.
        let greets = opening
            .iter()
            .any(|(_, folded)| zones.salutations.matches_at_start(folded));
        PageOpening {
            title,
            roles,
            greets,
        }
    }

    /// Whether a page's footer numbers it as its document's last page ("Page 2 of 2").
    fn ends_its_document(page: &str) -> bool {
        page.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .rev()
            .take(Self::RUNNING_LINES)
            .any(crate::words::numbers_a_last_page)
    }

    /// Running headers and footers: the lines standing at the top or the bottom of two pages or
    /// more. A practice's name in one page's letterhead and the next page's address block is no
    /// running header.
    fn page_edges(pages: &[&str]) -> RunningLines {
        let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for page in pages {
            let lines: Vec<&str> = page
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            let edges: std::collections::HashSet<String> = lines
                .iter()
                .take(Self::RUNNING_LINES)
                .chain(lines.iter().rev().take(Self::RUNNING_LINES))
                .map(|l| RunningLines::key(l))
                .collect();
            for l in edges {
                *seen.entry(l).or_default() += 1;
            }
        }
        RunningLines { seen }
    }

    /// The author roles a letterhead line names, leaving out those in the title of a kind written
    /// to someone.
    fn senders_named(&self, folded: &str) -> Vec<usize> {
        let cues = self.rules.author_cues.find_all(folded);
        let named: Vec<usize> = self
            .outside_addressed_titles(folded, &cues)
            .into_iter()
            .map(|m| m.group)
            .collect();
        // The radiology department of a hospital is radiology: a role inside another named
        // beside it is the one that sends.
        let inside = &self.rules.author_inside;
        named
            .iter()
            .copied()
            .filter(|r| !named.iter().any(|s| inside[*s].contains(r)))
            .collect()
    }

    /// The author cues of a line that stand outside the title of a kind written to someone: that
    /// title names where the document goes, not who wrote it ("Verwijzing — Second opinion
    /// Handchirurgie"); a report's title names the department that wrote it ("RADIOLOGIE VERSLAG").
    fn outside_addressed_titles<'c>(
        &self,
        folded: &str,
        cues: &'c [crate::text::CueMatch],
    ) -> Vec<&'c crate::text::CueMatch> {
        let titles = self.rules.kind_titles.find_all(folded);
        cues.iter()
            .filter(|m| {
                !titles
                    .iter()
                    .any(|t| t.start <= m.start && m.end <= t.end && self.to_someone(t))
            })
            .collect()
    }

    /// A line that names a document: short, no label, and holding a kind's title.
    fn is_title_line(&self, line: &str) -> bool {
        line.split_whitespace().count() <= 8
            && crate::text::label_prefix(line).is_none()
            && !line.starts_with(char::is_lowercase)
            && !crate::dates::opens_with_date(line)
            && self.rules.has_title(&fold(line))
    }

    /// Classifies one document, finds its author and its date.
    pub fn classify(&self, doc: ReadDoc) -> Document {
        let layout = doc
            .text
            .as_deref()
            .map(|t| Layout::of(t, self.rules))
            .unwrap_or_default();
        let sentences = layout.content_sentences();
        let roles = self.roles(&layout, &sentences);
        let reading = self.reading(&doc, &layout, &sentences, roles);
        let author = self.author(&reading, roles);
        let id = |k: usize| self.rules.kinds[k].id.clone();
        // A document that is one kind only is dated as that kind says (an operation report by its
        // operation); a discharge letter with an operation section keeps the letter's date, but a
        // referral with its own history section is dated by its referral date.
        let own_date = match reading.kinds.as_slice() {
            [(k, _)] => self.kind_date_in(&layout, *k),
            kinds => kinds
                .iter()
                .find(|(k, _)| self.checklist.kinds[*k].dates_every_reading)
                .and_then(|(k, _)| self.kind_date_in(&layout, *k)),
        };
        let (date, date_source) = match own_date.or_else(|| self.letter_date_in(&layout)) {
            Some((date, source)) => (Some(date), Some(source)),
            None => match doc.meta_date {
                Some(date) => (Some(date), Some(DateSource::FileMetadata)),
                None => (None, None),
            },
        };
        let text = doc.text.as_ref().map(|_| layout.text());
        Document {
            path: doc.path,
            format: doc.format,
            kind: reading.kinds.first().map(|(k, _)| id(*k)),
            kind_basis: reading.kinds.first().map(|(_, b)| b.clone()),
            kinds: reading.kinds.iter().map(|(k, _)| id(*k)).collect(),
            uncertain_kinds: reading.uncertain.iter().map(|k| id(*k)).collect(),
            author: author.map(|a| self.checklist.authors[a].id.get_ref().clone()),
            part: None,
            sender_lines: layout
                .lines
                .iter()
                .filter(|l| matches!(l.zone, Zone::Letterhead | Zone::Repeated | Zone::Signature))
                .map(|l| l.text.clone())
                .collect(),
            date,
            date_source,
            readable: doc.readable,
            problems: doc.problems,
            sentences,
            text,
            medium: doc.medium,
        }
    }

    /// The document's kinds: by its format (imaging media), else by its content, else as the
    /// letter its author's role writes (uncertain), else by its file name.
    fn reading(
        &self,
        doc: &ReadDoc,
        layout: &Layout,
        sentences: &[Sentence],
        roles: Roles,
    ) -> Reading {
        if let Some(kind) = self.by_format(doc.format) {
            return Reading {
                kinds: vec![(kind, KindBasis::Format)],
                uncertain: Vec::new(),
            };
        }
        let scores = self.score(layout, sentences, roles);
        let mut reading = self.by_content(&scores, roles);
        if reading.kinds.is_empty() && reading.uncertain.is_empty() {
            reading
                .uncertain
                .extend(self.as_letter(layout, roles).map(|(k, _)| k));
        }
        if reading.kinds.is_empty() && reading.uncertain.is_empty() {
            reading
                .kinds
                .extend(self.by_name(&doc.path, doc.readable, &scores, roles.author));
        }
        reading
    }

    /// The author's role: the one a kind read from the content is written by (a file name says
    /// nothing of that), else the one the zones name.
    fn author(&self, reading: &Reading, roles: Roles) -> Option<usize> {
        let by_content = || {
            reading
                .kinds
                .iter()
                .filter(|(_, basis)| matches!(basis, KindBasis::Content { .. }))
        };
        let signed_by_the_patient =
            roles.signer.is_some() && roles.signer == self.rules.patient_author;
        let forced = by_content().find_map(|(k, _)| {
            let kind = &self.checklist.kinds[*k];
            if kind.patient_fills_in && signed_by_the_patient {
                return roles.signer;
            }
            let role = kind.written_by.as_ref()?;
            self.checklist
                .authors
                .iter()
                .position(|a| a.id.get_ref() == role.get_ref())
        });
        // Without a sure sender, a kind only one role writes names its author (a GP's record
        // printout that one body word ties to a radiology department).
        let only_writer = || {
            by_content().find_map(|(k, _)| match self.rules.kinds[*k].authors.as_slice() {
                [only] => Some(*only),
                _ => None,
            })
        };
        forced
            .or(roles.author.filter(|_| roles.author_sure))
            .or_else(only_writer)
            .or(roles.author)
    }

    /// How a document is read, for people tuning a checklist: every line with its zone, every
    /// kind's evidence and score, the author and the date.
    pub fn explain(&self, doc: ReadDoc) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        let layout = doc
            .text
            .as_deref()
            .map(|t| Layout::of(t, self.rules))
            .unwrap_or_default();
        for line in &layout.lines {
            let zone = serde_json::to_value(line.zone)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let _ = writeln!(out, "{zone:>10} | {}", crate::text::quote(&line.text));
        }
        let sentences = layout.content_sentences();
        let (roles, words) = self.roles_and_words(&layout, &sentences);
        let scores = self.score(&layout, &sentences, roles);
        let _ = writeln!(out, "\nauthor words:");
        for (role, hits) in words.hits.iter().enumerate() {
            if hits.is_empty() {
                continue;
            }
            let hits: Vec<String> = hits.iter().map(|(c, w)| format!("{c} +{w}")).collect();
            let _ = writeln!(
                out,
                "  {:<18} {:>4}: {}",
                self.checklist.authors[role].id.get_ref(),
                words.totals[role],
                hits.join(", ")
            );
        }
        let _ = writeln!(out, "\nkinds:");
        for (k, kind) in self.rules.kinds.iter().enumerate() {
            if scores.hits[k].is_empty() {
                continue;
            }
            let hits: Vec<String> = scores.hits[k]
                .iter()
                .map(|h| format!("{} +{}", h.cue, h.weight))
                .collect();
            let required = if scores.has_required(k) {
                ""
            } else {
                " (required word missing)"
            };
            let _ = writeln!(
                out,
                "  {:<18} {:>4}{required}: {}{}",
                kind.id,
                scores.total(k),
                hits.join(", "),
                if scores.anti[k] > 0 {
                    format!(", -{}", scores.anti[k])
                } else {
                    String::new()
                }
            );
        }
        let doc = self.classify(doc);
        let _ = writeln!(
            out,
            "\nkinds given: {:?}; uncertain: {:?}\nauthor: {}; written to: {}\ndate: {} ({:?})",
            doc.kinds,
            doc.uncertain_kinds,
            doc.author.as_deref().unwrap_or("-"),
            roles
                .recipient
                .map(|r| self.checklist.authors[r].id.get_ref().as_str())
                .unwrap_or("-"),
            doc.date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "-".into()),
            doc.date_source
        );
        out
    }

    fn by_format(&self, format: Format) -> Option<usize> {
        self.checklist
            .kinds
            .iter()
            .position(|k| k.formats.iter().any(|f| f.get_ref() == format.name()))
    }

    /// Who wrote the document and to whom. The author is the role whose words weigh most in the
    /// letterhead, the signature and the form (less in the body); addressee lines never count for
    /// the author. The recipient is the role named in the addressee block, or else a second role in
    /// the letterhead region (an unlabelled address block of a hospital under a GP's letterhead).
    fn roles(&self, layout: &Layout, sentences: &[Sentence]) -> Roles {
        self.roles_and_words(layout, sentences).0
    }

    /// [`Self::roles`], with the words that weighed for each role as the author.
    fn roles_and_words(&self, layout: &Layout, sentences: &[Sentence]) -> (Roles, RoleTally) {
        let roles = self.checklist.authors.len();
        if roles == 0 {
            return (Roles::default(), RoleTally::new(0));
        }
        let mut named = RolesNamed {
            sender: RoleTally::new(roles),
            letterhead: RoleTally::new(roles),
            addressee: RoleTally::new(roles),
            first_named: vec![None; roles],
            hinted: vec![false; roles],
            signed: RoleTally::new(roles),
        };
        let (titled, titled_to_someone, writers) = self.titled_kinds(layout);
        let mut letterhead_rank = 0;
        for (i, line) in layout.lines.iter().enumerate() {
            if line.zone == Zone::Letterhead {
                letterhead_rank += 1;
            }
            // "Verzekeraar : Zorgverzekeraar Dijkhof": the patient's insurer, not the sender.
            if line.zone == Zone::Field
                && self.rules.zones.party_labels.matches_at_start(&line.folded)
            {
                continue;
            }
            let referrer = self.referrer(line, &titled, titled_to_someone, &writers);
            self.note_roles(layout, i, letterhead_rank, referrer, &mut named);
        }
        let language = &self.rules.language;
        for s in sentences {
            for m in language.unnegated(&s.folded, &self.rules.author_body_cues) {
                named.sender.note(m.group, &m.cue, 1);
            }
        }
        self.note_the_patients_signature(layout, &mut named);
        let inside = &self.rules.author_inside;
        // Whoever signs with one role wrote it, on whatever letterhead: a hand therapist's
        // report on the hospital's paper is the therapist's. A hospital grade under a radiology
        // department's letterhead ("Oberarzt") is the department's doctor.
        let winner = named.sender.winner(inside);
        let author = match (named.signed.sole(), winner) {
            (Some(signer), Some(w)) if inside.get(w).is_some_and(|of| of.contains(&signer)) => {
                Some(w)
            }
            (Some(signer), _) => Some(signer),
            (None, w) => w,
        };
        let recipient = named
            .addressee
            .winner(inside)
            .or_else(|| named.recipient_in_letterhead(author?, inside));
        let author_sure = author.is_some_and(|a| named.sender.totals[a] >= SURE_AUTHOR);
        let roles = Roles {
            author,
            author_sure,
            recipient,
            signer: named.signed.sole(),
            greets: self.greets(layout),
        };
        (roles, named.sender)
    }

    /// What an addressee line says of the author: a form's own author label names who wrote it;
    /// a referrer line on a document titled as a kind written to someone names its writer.
    fn referrer<'w>(
        &self,
        line: &Line,
        titled: &[usize],
        titled_to_someone: bool,
        writers: &'w [usize],
    ) -> Referrer<'w> {
        let names_author = |k: &usize| {
            self.rules.kinds[*k]
                .author_labels
                .matches_at_start(&line.folded)
        };
        if line.zone != Zone::Addressee {
            Referrer::NONE
        } else if titled.iter().any(names_author) {
            // The form says who wrote it: that outweighs the department that printed it.
            Referrer {
                weight: FORM_WRITER_WEIGHT,
                writers: &[],
            }
        } else if titled_to_someone
            && self
                .rules
                .zones
                .referrer_labels
                .matches_at_start(&line.folded)
        {
            Referrer {
                weight: REFERRER_WEIGHT,
                writers,
            }
        } else {
            Referrer::NONE
        }
    }

    /// Whether a line of the document greets its reader ("Geachte collega", "Dear Dr Test").
    fn greets(&self, layout: &Layout) -> bool {
        layout
            .lines
            .iter()
            .any(|l| self.rules.zones.salutations.matches_at_start(&l.folded))
    }

    /// A form signed by no role but with the name its patient field gives is the patient's.
    fn note_the_patients_signature(&self, layout: &Layout, named: &mut RolesNamed) {
        if let Some(patient) = self.rules.patient_author {
            if named.signed.sole().is_none() && self.signed_by_the_patient(layout) {
                named
                    .signed
                    .note(patient, "signed by the patient", SIGNER_WEIGHT);
                named
                    .sender
                    .note(patient, "signed by the patient", SIGNER_WEIGHT);
            }
        }
    }

    /// Whether a signature names the patient the document's own patient field names: an insurer's
    /// or a consent form the patient filled in and signed ("Handtekening verzekerde" / "C.J.
    /// Wassink"), whatever office printed it. A copy line ("cc: mevr. Wassink") is no signature.
    fn signed_by_the_patient(&self, layout: &Layout) -> bool {
        let zones = &self.rules.zones;
        // The lines that say who signed: the signature block and a form's signature label with
        // the two lines after it, less copy lines and running footers ("Ontslagbrief M.E.
        // Dobbelaar - pagina 1 van 1").
        let mut reach = 0usize;
        let signing: Vec<bool> = layout
            .lines
            .iter()
            .map(|line| {
                let labelled = zones.signature_labels.matches_at_start(&line.folded);
                if labelled {
                    reach = 3;
                }
                let signs = line.zone == Zone::Signature || reach > 0;
                reach = reach.saturating_sub(1);
                // A name with a date and no signature label is the patient's sticker or footer
                // ("Bakker J. 03-08-1963").
                let sticker = !labelled && !crate::dates::find_dates(&line.text).is_empty();
                signs
                    && !sticker
                    && !zones.addressee_labels.matches_at_start(&line.folded)
                    && !crate::words::numbers_a_page(&line.folded)
            })
            .collect();
        if !signing.contains(&true) {
            return false;
        }
        // The patient is named outside the signature: "Name:" under a signature is the signer's.
        let named = layout
            .lines
            .iter()
            .zip(&signing)
            .filter(|(_, &s)| !s)
            .map(|(l, _)| (l.text.as_str(), l.folded.as_str()));
        let surnames = crate::names::surnames_named(self.rules, named);
        !surnames.is_empty()
            && layout.lines.iter().zip(&signing).any(|(line, &signs)| {
                signs
                    && line
                        .folded
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| surnames.iter().any(|s| s == w))
            })
    }

    /// The kinds a document's title names, whether one of them is written to someone, and the
    /// roles that write those. A document titled as a kind written to someone is written by whom
    /// its referrer line names; one titled as a kind with author labels (a request form) by whom
    /// those name.
    fn titled_kinds(&self, layout: &Layout) -> (Vec<usize>, bool, Vec<usize>) {
        let titled: Vec<usize> = layout
            .lines
            .iter()
            .filter(|l| l.zone == Zone::Title)
            .flat_map(|l| self.rules.kind_titles.find_all(&l.folded))
            .map(|t| t.group)
            .collect();
        let addressed: Vec<usize> = titled
            .iter()
            .copied()
            .filter(|&k| !self.rules.kinds[k].recipients.is_empty())
            .collect();
        // On a referral printout the referrer line names its writer outright, whatever hospital
        // heads the page (the form prints where it goes): when the role it names writes the
        // titled kind. A specialist's letter naming the referring GP keeps its own letterhead.
        let writers: Vec<usize> = addressed
            .iter()
            .flat_map(|&k| self.rules.kinds[k].authors.iter().copied())
            .collect();
        (titled, !addressed.is_empty(), writers)
    }

    /// Whether a title names a kind written to someone (a referral's "ZorgDomein | Consult
    /// handchirurgie"): it names where the document goes, not who wrote it.
    fn to_someone(&self, title: &crate::text::CueMatch) -> bool {
        !self.rules.kinds[title.group].recipients.is_empty()
    }

    /// How much a role named on a line weighs for the author, by the line's zone.
    fn role_weight(layout: &Layout, i: usize, letterhead_rank: usize) -> i64 {
        match layout.lines[i].zone {
            Zone::Letterhead if letterhead_rank <= 3 => 3,
            Zone::Letterhead => 2,
            Zone::Signature => 5,
            Zone::Repeated | Zone::Heading => 2,
            // A form's header block ("Praktijk: Huisartsenpraktijk Zuiderpark") says who sends it,
            // as a letterhead does; a field further down is about the patient.
            Zone::Field if i < layout.content_start => 2,
            Zone::Title | Zone::Field => 1,
            _ => 0,
        }
    }

    /// Notes the roles named on line `i` for the sender, the letterhead or the addressee.
    fn note_roles(
        &self,
        layout: &Layout,
        i: usize,
        letterhead_rank: usize,
        referrer: Referrer,
        named: &mut RolesNamed,
    ) {
        let line = &layout.lines[i];
        let cues = heads_of_titles(
            &line.folded,
            self.rules.author_cues.find_outermost(&line.folded),
        );
        // A signature line listing several roles is a team or department ("team revalidatiearts,
        // handtherapie, ergotherapie"), not the signer's own title, which names one or two
        // ("Fachärztin für Radiologie").
        let team = line.zone == Zone::Signature
            && cues.len() >= 3
            && cues.iter().any(|m| m.group != cues[0].group);
        let weight = if team {
            2
        } else {
            Self::role_weight(layout, i, letterhead_rank)
        };
        for m in self.outside_addressed_titles(&line.folded, &cues) {
            match line.zone {
                Zone::Addressee if referrer.weight > 0 => {
                    named
                        .sender
                        .note(m.group, &m.cue, referrer.weight_of(m.group));
                }
                Zone::Addressee => named.addressee.note(m.group, &m.cue, 1),
                // "Röntgen & echografie voor huisartsen": whom the sender serves, not who it is.
                Zone::Letterhead if self.serves(&line.folded, m) => {}
                Zone::Letterhead => {
                    named.letterhead.note(m.group, &m.cue, 1);
                    named.sender.note(m.group, &m.cue, weight);
                    named.first_named[m.group].get_or_insert(i);
                }
                // "Afzender : Huisartsenpraktijk 't Haantje", "Stempel / Unterschrift: Dr. med. K.
                // Test, Facharzt für Allgemeinmedizin": the form says who sent it, however far down.
                Zone::Field
                    if self
                        .rules
                        .zones
                        .sender_labels
                        .matches_at_start(&line.folded) =>
                {
                    named.sender.note(m.group, &m.cue, SIGNER_WEIGHT);
                }
                // Below the header, fields and headings speak of the patient's care ("E:
                // verwijzing reumatoloog"): each role gets one hint from them, however often it
                // is named.
                Zone::Field | Zone::Heading | Zone::Title
                    if i >= layout.content_start && !named.hinted[m.group] =>
                {
                    named.hinted[m.group] = true;
                    named.sender.note(m.group, &m.cue, weight);
                }
                Zone::Field | Zone::Heading | Zone::Title if i >= layout.content_start => {}
                // "Appointments office, Radiology": the role named first signs; the one after
                // the comma is where the signer works ("Facharzt für Radiologie" is one title).
                Zone::Signature
                    if !team
                        && m.group != cues[0].group
                        && line.folded[cues[0].end..m.start.max(cues[0].end)].contains(',') =>
                {
                    named.sender.note(m.group, &m.cue, weight / 2);
                }
                Zone::Signature if !team => {
                    named.signed.note(m.group, &m.cue, weight);
                    named.sender.note(m.group, &m.cue, weight);
                }
                _ if weight > 0 => named.sender.note(m.group, &m.cue, weight),
                _ => {}
            }
        }
    }

    /// Whether a role named on a letterhead line follows one of the checklist's `served_words`
    /// ("voor huisartsen", "for GPs"): the people the sender works for.
    fn serves(&self, folded: &str, m: &crate::text::CueMatch) -> bool {
        self.rules
            .zones
            .served_words
            .find_all(folded)
            .iter()
            .any(|p| p.end <= m.start && folded[p.end..m.start].trim().is_empty())
    }

    /// Weighs every kind by zone: titles in the title or subject line, form labels and section
    /// headings, then cues in the body. Letterhead, addressee and signature lines say nothing about
    /// the kind; a sentence that speaks of another document ("het operatieverslag is bijgevoegd")
    /// or negates a cue does not count either. The author's role then raises the kinds it writes and
    /// lowers the kinds it never writes.
    fn score(&self, layout: &Layout, sentences: &[Sentence], roles: Roles) -> Scores {
        let mut scores = Scores {
            hits: (0..self.rules.kinds.len()).map(|_| Vec::new()).collect(),
            anti: vec![0; self.rules.kinds.len()],
            required: self
                .rules
                .kinds
                .iter()
                .map(|k| [k.requires.is_empty(), k.requires_too.is_empty()])
                .collect(),
        };
        let pending: Vec<bool> = layout
            .lines
            .iter()
            .map(|l| self.is_pending(&l.folded))
            .collect();
        let enclosed = self.enclosed_kinds(sentences);
        let announcing = self.announcing_fields(layout);
        let entries = entry_fields(layout);
        let mut titled = false;
        for (i, line) in layout.lines.iter().enumerate() {
            if announcing[i] || entries[i] {
                continue;
            }
            // A field's value wrapped onto the next line may say its result is still to come;
            // another field is another test.
            let next_pending = layout
                .lines
                .get(i + 1)
                .is_some_and(|l| l.zone == Zone::Body && pending[i + 1]);
            let pending = pending[i] || next_pending;
            titled |= self.score_line(line, pending, titled, &enclosed, &mut scores);
        }
        self.score_anti_cues(layout, &mut scores);
        self.score_sentences(sentences, &mut scores);
        self.score_recipient(roles, &mut scores);
        self.score_author(roles, &mut scores);
        scores
    }

    /// Per line: whether it belongs to a block of fields announcing an event after the
    /// document's own date ("Datum: woensdag 18 november 2026 / Tijd: 14:10 / Onderzoek: echo
    /// hand" in a message sent on 3 November). A report is written after its event, so such a
    /// block names an appointment, and its labels ("Onderzoek:", "Surgeon:") are no report's.
    fn announcing_fields(&self, layout: &Layout) -> Vec<bool> {
        let mut announcing = vec![false; layout.lines.len()];
        // Blocks of fields that give an hour, with their dates: an appointment gives its hour; a
        // report block dated after a misread letter date (an admission date) rarely does.
        let mut timed = Vec::new();
        let mut start = 0;
        while start < layout.lines.len() {
            let len = layout.lines[start..]
                .iter()
                .take_while(|l| l.zone == Zone::Field)
                .count();
            let block = &layout.lines[start..start + len];
            if block
                .iter()
                .any(|l| crate::dates::has_time_of_day(l.value()))
            {
                let dates: Vec<NaiveDate> = block
                    .iter()
                    .flat_map(|l| crate::dates::find_dates_in(l.value(), layout.date_order))
                    .map(|d| d.date)
                    .collect();
                if !dates.is_empty() {
                    timed.push((start..start + len, dates));
                }
            }
            start += len.max(1);
        }
        if timed.is_empty() {
            return announcing;
        }
        // The latest date of the letter's head: a discharge letter is dated by its admission
        // ("Admission Date: 18.08.2025") but written at discharge, after the operation it holds.
        let texts: Vec<&str> = layout.lines.iter().map(|l| l.text.as_str()).collect();
        let head = self.head_lines(&texts).min(texts.len());
        let Some(own) = texts[..head]
            .iter()
            .flat_map(|t| crate::dates::find_dates_in(t, layout.date_order))
            .map(|d| d.date)
            .chain(self.letter_date_in(layout).map(|(d, _)| d))
            .max()
        else {
            return announcing;
        };
        for (block, dates) in timed {
            if dates.iter().all(|d| *d > own) {
                announcing[block].fill(true);
            }
        }
        announcing
    }

    /// Per kind: whether a sentence of the text names it as another document, enclosed or
    /// attached ("please find attached your operative note").
    fn enclosed_kinds(&self, sentences: &[Sentence]) -> Vec<bool> {
        let mut enclosed = vec![false; self.rules.kinds.len()];
        for s in sentences
            .iter()
            .filter(|s| self.speaks_of_another_document(&s.folded))
        {
            let folded = self.rules.language.masked(&s.folded);
            for m in self.rules.kind_titles.find_all(&folded) {
                enclosed[m.group] = true;
            }
        }
        enclosed
    }

    /// Titles in the title or subject line; form labels and section headings. Returns whether
    /// the line titled the document.
    /// `pending`: the line, or its value's wrapped next line, speaks of a result still to come.
    /// `titled`: a line above has titled the document.
    /// `enclosed`: kinds the text names as enclosed; a subject line naming one names what is
    /// sent with the message ("Subject: Fwd: operative note" over "the operative note is
    /// attached"), not the message.
    fn score_line(
        &self,
        line: &Line,
        pending: bool,
        titled: bool,
        enclosed: &[bool],
        scores: &mut Scores,
    ) -> bool {
        let weights = &self.checklist.classify;
        let language = &self.rules.language;
        // A required word in the title or a form's field counts as in the body: "MRSA screening
        // PCR neus negatief" as a result line, "Röntgenbefund" as the title.
        // A field whose value speaks of another document ("Opmerking: MRSA-screening is apart
        // aangevraagd en volgt") names that document, as a body sentence would.
        // So does a line under the title that the layout took for letterhead ("Medische
        // Beeldvorming" / "Echografie pols links"): the sender's name stands above the title.
        let under_title = titled && line.zone == Zone::Letterhead;
        if (under_title
            || matches!(
                line.zone,
                Zone::Title | Zone::Subject | Zone::Field | Zone::Heading
            ))
            && !self.speaks_of_another_document(&fold(line.value()))
        {
            self.note_required(&line.folded, pending, scores);
        }
        match line.zone {
            Zone::Title | Zone::Subject => {
                let folded = language.masked(&line.folded);
                let titles = language.unnegated(&folded, &self.rules.kind_titles);
                let mut named = false;
                for m in self
                    .own_titles(&folded, &titles, titled)
                    .filter(|m| !(line.zone == Zone::Subject && enclosed[m.group]))
                {
                    scores.add(m.group, &m.cue, weights.title_weight, &line.text);
                    named = true;
                }
                return named;
            }
            // "Recente behandelingen: -": a field left empty names a section the document
            // does not have; so does one pointing elsewhere ("Relevante voorgeschiedenis: zie
            // episodelijst (niet meegestuurd)").
            Zone::Field
                if self.rules.is_empty_value(line.value())
                    || self.speaks_of_another_document(&fold(line.value())) => {}
            Zone::Field | Zone::Heading => {
                // Forms put several fields on one line ("Datum: ... · Operateur: ... · Assistent:
                // ..."): every label counts.
                for label in labels_in(&line.folded) {
                    for m in self.rules.kind_labels_of(label) {
                        scores.add(m.group, &m.cue, weights.label_weight, &line.text);
                    }
                }
                // A section headed by another kind's title ("Operation note" in a discharge
                // summary) holds that document: it counts as one of its labels.
                if line.zone == Zone::Heading {
                    let heading = line.folded.trim_end_matches(':').trim();
                    for m in self.rules.kind_titles.find_all(heading) {
                        if m.start == 0 {
                            scores.add(m.group, &m.cue, weights.label_weight, &line.text);
                        }
                    }
                }
            }
            _ => {}
        }
        false
    }

    /// The kind titles in a title line (`titles`, found in `folded`) that name this document.
    /// `titled`: a line above has titled the document.
    fn own_titles<'t>(
        &self,
        folded: &str,
        titles: &'t [CueMatch],
        titled: bool,
    ) -> impl Iterator<Item = &'t CueMatch> {
        let zones = &self.rules.zones;
        let first = |words: &CueSet| words.find_all(folded).first().map(|p| p.start);
        // "SAMENVATTING ... t.b.v. second opinion": what follows the purpose word is what the
        // document is for, once the document has named itself, in this line or above
        // ("Operatieverslag" / ... / "Afdruk d.d. 30-03-2026 t.b.v. verwijzing").
        let purpose =
            first(&zones.purpose_words).filter(|&p| titled || titles.iter().any(|m| m.end <= p));
        // "Bijlage bij verwijzing": what follows names the document this one belongs to,
        // wherever the line stands, and this one is not of that kind whatever the line names
        // before ("ZorgDomein - Bijlage bij verwijzing").
        let attached = first(&zones.attachment_words);
        let cut = purpose.into_iter().chain(attached).min();
        let attached_to: Vec<usize> = titles
            .iter()
            .filter(|m| attached.is_some_and(|a| m.start >= a))
            .map(|m| m.group)
            .collect();
        titles
            .iter()
            .filter(move |m| cut.is_none_or(|p| m.start < p) && !attached_to.contains(&m.group))
    }

    /// Whether `folded` speaks of another document ("het operatieverslag is bijgevoegd"): its
    /// kind words name that document, not this one.
    fn speaks_of_another_document(&self, folded: &str) -> bool {
        !self.rules.zones.enclosures.find_all(folded).is_empty()
    }

    /// Whether `folded` speaks of a result still to come: "MRSA-screening neus/keel/perineum: in
    /// behandeling, uitslag volgt".
    fn is_pending(&self, folded: &str) -> bool {
        !self.rules.zones.pending.find_all(folded).is_empty()
    }

    /// Marks the kinds whose required words `folded` holds, unless it speaks of a result still
    /// to come (`pending`) and names none. Negation does not matter here: "MRSA niet aangetoond"
    /// is still an MRSA result.
    fn note_required(&self, folded: &str, pending: bool, scores: &mut Scores) {
        let results: Vec<usize> = if pending {
            self.rules
                .kind_cues
                .find_all(folded)
                .iter()
                .map(|m| m.group)
                .collect()
        } else {
            Vec::new()
        };
        for (k, kind) in self.rules.kinds.iter().enumerate() {
            if pending && !results.contains(&k) {
                continue;
            }
            for (met, words) in scores.required[k]
                .iter_mut()
                .zip([&kind.requires, &kind.requires_too])
            {
                *met = *met || !words.find_all(folded).is_empty();
            }
        }
    }

    /// Each distinct anti-cue outside the addressee block counts once against its kind.
    fn score_anti_cues(&self, layout: &Layout, scores: &mut Scores) {
        let language = &self.rules.language;
        let mut anti_seen: Vec<(usize, String)> = Vec::new();
        for line in layout.lines.iter().filter(|l| l.zone != Zone::Addressee) {
            for m in language.unnegated(&line.folded, &self.rules.kind_anti_cues) {
                if !anti_seen.iter().any(|(g, c)| *g == m.group && *c == m.cue) {
                    scores.anti[m.group] += 1;
                    anti_seen.push((m.group, m.cue));
                }
            }
        }
    }

    /// Cues and acts in the body, more near the top; not in a sentence about another document.
    fn score_sentences(&self, sentences: &[Sentence], scores: &mut Scores) {
        let weights = &self.checklist.classify;
        let language = &self.rules.language;
        let pending: Vec<bool> = sentences
            .iter()
            .map(|s| self.is_pending(&s.folded))
            .collect();
        for (i, s) in sentences.iter().enumerate() {
            if self.speaks_of_another_document(&s.folded) {
                continue;
            }
            let weight = if s.line < weights.heading_lines { 3 } else { 1 };
            for m in language.unnegated(&s.folded, &self.rules.kind_cues) {
                scores.add(m.group, &m.cue, weight, &s.original);
            }
            for m in language.unnegated(&s.folded, &self.rules.kind_acts) {
                scores.add(m.group, &m.cue, weights.label_weight, &s.original);
            }
            // A result still to come may be said of the test named just before: "Tevens
            // ontvangen: MRSA-screening (neus/keel). Deze wordt verwerkt; de uitslag volgt."
            let said_next = (i + 1..sentences.len().min(i + 3))
                .any(|j| sentences[j].line <= s.line + 1 && pending[j]);
            self.note_required(&s.folded, said_next || pending[i], scores);
        }
    }

    /// A letter to the role a kind is written to counts for that kind.
    fn score_recipient(&self, roles: Roles, scores: &mut Scores) {
        let Some(recipient) = roles.recipient else {
            return;
        };
        for (k, kind) in self.checklist.kinds.iter().enumerate() {
            if kind.recipient_weight > 0 && self.rules.kinds[k].recipients.contains(&recipient) {
                let role = self.checklist.authors[recipient].id.get_ref();
                scores.hits[k].push(Hit {
                    cue: format!("to:{role}"),
                    weight: kind.recipient_weight,
                    quote: String::new(),
                });
            }
        }
    }

    /// A sure author raises the kinds its role writes and lowers those it never writes.
    fn score_author(&self, roles: Roles, scores: &mut Scores) {
        let Some(author) = roles.author.filter(|_| roles.author_sure) else {
            return;
        };
        for (k, kind) in self.checklist.kinds.iter().enumerate() {
            let writes = &self.rules.kinds[k].authors;
            if writes.is_empty() || scores.hits[k].is_empty() {
                continue;
            }
            if writes.contains(&author) {
                if kind.author_weight > 0 {
                    let role = self.checklist.authors[author].id.get_ref();
                    scores.hits[k].push(Hit {
                        cue: format!("author:{role}"),
                        weight: kind.author_weight,
                        quote: String::new(),
                    });
                }
            } else {
                // Not written by whom this kind is written: a third of the evidence remains,
                // enough for "uncertain" when the title is clear, never for a verdict.
                let total = scores.total(k);
                scores.anti[k] += total - total / 3;
            }
        }
    }

    /// A signed letter (salutation or closing) by a sure author whose role names the kind its
    /// letters may be (`letters`): a specialist's letter that nothing marks as anything. Only
    /// uncertain: patients' and appointment letters come on the hospital's letterhead too.
    fn as_letter(&self, layout: &Layout, roles: Roles) -> Option<(usize, KindBasis)> {
        let author = roles.author.filter(|_| roles.author_sure)?;
        let role = &self.checklist.authors[author];
        let kind = role.letters.as_ref()?;
        let k = self
            .checklist
            .kinds
            .iter()
            .position(|c| c.id.get_ref() == kind.get_ref())?;
        let signature = layout.lines.iter().rfind(|l| l.zone == Zone::Signature);
        if !roles.greets && signature.is_none() {
            return None;
        }
        let quote = signature
            .map(|l| crate::text::quote(&l.text))
            .unwrap_or_default();
        Some((
            k,
            KindBasis::Content {
                cue: format!("letter by {}", role.id.get_ref()),
                quote,
            },
        ))
    }

    /// The kinds the scores give: the best one when it reaches `decide_at`, others when they reach
    /// `second_kind_at`; kinds that come close without reaching it are uncertain.
    fn by_content(&self, scores: &Scores, roles: Roles) -> Reading {
        let rules = &self.checklist.classify;
        let totals: Vec<i64> = (0..scores.hits.len())
            .map(|k| {
                if scores.has_required(k) {
                    scores.total(k)
                } else {
                    0
                }
            })
            .collect();
        let titled = |k: usize| scores.title_lines(k, rules.title_weight).next().is_some();
        // A paper about care that says so in its title ("Aanvraagformulier beeldvormend
        // onderzoek") is that paper, however many words of the exam it asks for its fields hold.
        let leads = |k: usize| {
            self.checklist.kinds[k].exclusive && titled(k) && totals[k] >= rules.decide_at
        };
        // A kind made of sections ("Voorgeschiedenis", "Recent treatments") without its title is
        // part of a letter that is something else when another kind reaches `decide_at`.
        let decided = |k: usize| (0..totals.len()).any(|j| j != k && totals[j] >= rules.decide_at);
        let yields = |k: usize| self.checklist.kinds[k].yields_untitled && !titled(k) && decided(k);
        let mut order: Vec<usize> = (0..totals.len()).filter(|k| totals[*k] > 0).collect();
        order.sort_by_key(|&k| {
            (
                std::cmp::Reverse(leads(k)),
                yields(k),
                std::cmp::Reverse(totals[k]),
                std::cmp::Reverse(scores.longest_title(k, rules.title_weight)),
            )
        });
        let mut reading = Reading {
            kinds: Vec::new(),
            uncertain: Vec::new(),
        };
        let Some(&best) = order.first() else {
            return reading;
        };
        let top = totals[best];
        for &k in &order {
            let score = totals[k];
            let first = reading.kinds.is_empty() && k == best;
            let second_at = self.second_at(k, best, roles, titled(k));
            // A kind its sure author never writes is at most uncertain, however many of its
            // labels the content holds (a hand therapist's report has a "Befund" and a "Verlauf"
            // too), unless the document's title names it: then the author may be misread.
            // A title naming a kind written to someone ("Aanvraag second opinion") says where
            // it goes, not who wrote it: an author who never writes it leaves it uncertain.
            let addressed = titled(k) && !self.rules.kinds[k].recipients.is_empty();
            // Nor does a letter whose writer is not known at all: a health insurer's "Betreft:
            // second opinion handchirurgie" is about a referral it asks for.
            let writers = &self.rules.kinds[k].authors;
            let by_another = roles.author.is_some_and(|a| !writers.contains(&a));
            let foreign = !writers.is_empty()
                && ((!titled(k) && roles.author_sure || addressed) && by_another
                    || addressed && roles.author.is_none());
            // Letterhead and addressee are a prior about the author, never the kind: a hospital
            // department's appointment letter with a copy to the GP is no specialist's letter.
            // (Beside another kind it may be: a specialist's referral is their letter too.)
            let confident = !foreign
                && (!first || scores.has_content(k))
                && score >= rules.decide_at
                && (first || second_at.is_some_and(|at| score >= at));
            if confident {
                reading.kinds.push((k, self.basis(scores, k)));
            } else if score >= rules.uncertain_at
                && (score < rules.decide_at || score * 4 >= top * 3)
            {
                reading.uncertain.push(k);
            }
        }
        self.keep_beside_exclusive(scores, &mut reading);
        reading
    }

    /// An exclusive kind (an appointment letter) leaves only kinds whose own title it carries on a
    /// line of its own: another kind's title on its title line is another name for the same paper
    /// ("Anforderungsschein Radiologie / Überweisung Bildgebung"), and a department in the
    /// sender's name ("Meerzicht Ziekenhuis - Medische Beeldvorming") says who wrote, not what.
    fn keep_beside_exclusive(&self, scores: &Scores, reading: &mut Reading) {
        let rules = &self.checklist.classify;
        if let Some(&(first, _)) = reading.kinds.first() {
            if self.checklist.kinds[first].exclusive {
                let own: Vec<&str> = scores.title_lines(first, rules.title_weight).collect();
                let titled_apart = |k: usize| {
                    scores.title_lines(k, rules.title_weight).any(|line| {
                        !own.contains(&line) && !crate::zones::names_sender(&fold(line), self.rules)
                    })
                };
                reading
                    .kinds
                    .retain(|(k, _)| *k == first || titled_apart(*k));
                reading.uncertain.retain(|k| titled_apart(*k));
            }
        }
    }

    /// The score from which kind `k` is given beside the best kind `best`: `decide_at` when its
    /// sure author writes it beside that kind, or when the document's title names it (a
    /// "DISCHARGE REPORT (Informe de alta)" holding a full operation section is a letter as
    /// well), else its `second_kind_at`. A paper about care (an exclusive kind) is not raised by
    /// its title: a consent to request records titled "Toestemmingsformulier / Machtiging" is no
    /// appointment.
    fn second_at(&self, k: usize, best: usize, roles: Roles, titled: bool) -> Option<i64> {
        let rules = &self.checklist.classify;
        let titled = titled && !self.checklist.kinds[k].exclusive;
        if titled || self.written_beside(k, best, roles) {
            Some(rules.decide_at)
        } else {
            self.checklist.kinds[k]
                .second_kind_at
                .or(rules.second_kind_at)
        }
    }

    /// Whether kind `k` is one its sure author writes beside the best kind (`second_beside`): a
    /// specialist's referral is their correspondence too.
    fn written_beside(&self, k: usize, best: usize, roles: Roles) -> bool {
        let best_id = self.checklist.kinds[best].id.get_ref();
        let kind = &self.checklist.kinds[k];
        let beside = |kinds: &[crate::checklist::Spanned<String>]| {
            kinds.iter().any(|b| b.get_ref() == best_id)
        };
        roles.author_sure
            && roles
                .author
                .is_some_and(|a| self.rules.kinds[k].authors.contains(&a))
            && (beside(&kind.second_beside) || (roles.greets && beside(&kind.second_in_letter)))
    }

    /// The strongest evidence of a kind, quoted.
    fn basis(&self, scores: &Scores, kind: usize) -> KindBasis {
        let hit = scores.hits[kind]
            .iter()
            .filter(|h| !h.quote.is_empty())
            .max_by_key(|h| (h.weight, h.cue.len()));
        match hit {
            Some(h) => KindBasis::Content {
                cue: h.cue.clone(),
                quote: h.quote.clone(),
            },
            None => KindBasis::Content {
                cue: String::new(),
                quote: String::new(),
            },
        }
    }

    /// The kind a name points to, when the content says nothing. A readable document is judged by
    /// its own file name only: the folder it lies in (a CD named "CD MRI pols") says nothing about a
    /// readme beside the images. A kind whose anti-cues the text carries, or that the document's
    /// known author never writes, is never given by name.
    fn by_name(
        &self,
        path: &str,
        readable: bool,
        scores: &Scores,
        author: Option<usize>,
    ) -> Option<(usize, KindBasis)> {
        let name = if readable {
            path.rsplit('/').next().unwrap_or(path)
        } else {
            path
        };
        let name = fold(name).replace(['_', '-', '.', '/', '\\', '(', ')'], " ");
        self.rules
            .kinds
            .iter()
            .enumerate()
            .find_map(|(index, kind)| {
                let m = kind.name_cues.find(&name)?;
                let other_author =
                    author.is_some_and(|a| !kind.authors.is_empty() && !kind.authors.contains(&a));
                // A readable text that lacks what the kind must say is not that kind, whatever
                // its name ("kweek.pdf" holding a wound culture).
                let lacks_required = readable && !scores.has_required(index);
                if scores.anti[index] > 0 || other_author || lacks_required {
                    return None;
                }
                Some((index, KindBasis::Name { cue: m.cue }))
            })
    }

    /// The letter's own date, read from the layout: a labelled date first, else the first date near
    /// the top that is not a birth date, not in an address block or running header, and does not
    /// start a list item.
    fn letter_date_in(&self, layout: &Layout) -> Option<(NaiveDate, DateSource)> {
        let text: String = layout
            .lines
            .iter()
            .map(|l| match l.zone {
                Zone::Addressee => "\n",
                _ => l.text.as_str(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        self.letter_date(&text, layout.date_order)
    }

    /// The date after one of a kind's own date labels ("Operatiedatum:" on an operation report).
    fn kind_date_in(&self, layout: &Layout, kind: usize) -> Option<(NaiveDate, DateSource)> {
        let labels = &self.rules.kinds[kind].date_labels;
        layout
            .lines
            .iter()
            .filter(|l| l.zone != Zone::Addressee)
            .find_map(|l| {
                self.date_after(&l.text, labels.find_all(&fold(&l.text)), layout.date_order)
            })
    }

    /// How many lines of a letter are its head: down to the salutation, however long the
    /// letterhead and the block of fields above it ("Admitted: ...", "Discharged: ...", "Date of
    /// letter: ..."), and no further: below it a "Datum:" dates a section ("Operationsbericht /
    /// Datum: 2.10.2026" in a discharge letter). Without a salutation, the checklist's
    /// `top_lines`.
    fn head_lines(&self, lines: &[&str]) -> usize {
        lines
            .iter()
            .take(MAX_HEAD_LINES)
            .position(|l| self.rules.zones.salutations.matches_at_start(&fold(l)))
            .unwrap_or(self.checklist.dates.top_lines)
    }

    /// The letter's own date: a labelled date first, else the first date near the top that is not a
    /// birth date and does not start a list item, else one in a running footer. `order` is how the
    /// document writes its slash dates, found once by its layout.
    pub fn letter_date(&self, text: &str, order: DateOrder) -> Option<(NaiveDate, DateSource)> {
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        // First the date a letter gives itself at its head ("Datum: ...", then "Haarlem, 4
        // november 2026"), then any other labelled date at its head (exam, sampling, discharge);
        // only then labels further down, where a "Datum:" may date a section (the operation in a
        // discharge letter) rather than the letter.
        let head = self.head_lines(&lines);
        let tiers = [
            (DateTier::Primary, head),
            (DateTier::Place, usize::MAX),
            (DateTier::Lone, head),
            (DateTier::Other, head),
            (DateTier::Print, usize::MAX),
            (DateTier::Primary, usize::MAX),
            (DateTier::Other, usize::MAX),
        ];
        for (tier, within) in tiers {
            for (i, line) in lines.iter().enumerate().take(within) {
                // A lone date under a label cell ("Registered" / "03-Sep-2017") or a table's
                // header row ("Date: Problem" / "12-Aug-2025") is its value.
                let under_label = || {
                    i > 0
                        && lines[i - 1].split_whitespace().count() <= 3
                        && lines[i - 1]
                            .chars()
                            .all(|c| c.is_alphabetic() || c.is_whitespace() || c == '.' || c == ':')
                };
                if tier == DateTier::Lone && under_label() {
                    continue;
                }
                if let Some(found) = self.labelled_date(line, tier, order) {
                    return Some(found);
                }
                // A table's label cell above its value ("Discharged" / "15/07/2026") is the
                // value's label.
                if tier.labelled() && under_label() {
                    let joined = format!("{}: {line}", lines[i - 1]);
                    if let Some(found) = self.labelled_date(&joined, tier, order) {
                        return Some(found);
                    }
                }
            }
        }
        self.first_date_at_top(&lines, order)
            .or_else(|| self.page_footer_date(&lines, order))
    }

    /// The first date on a line that numbers its page, not a birth date nor a period's bound.
    fn page_footer_date(
        &self,
        lines: &[&str],
        order: DateOrder,
    ) -> Option<(NaiveDate, DateSource)> {
        lines
            .iter()
            .filter(|l| crate::words::numbers_a_page(l))
            .find_map(|line| {
                let dates = crate::dates::find_dates_in(line, order);
                let at = (0..dates.len()).find(|&at| !self.dates_no_letter(line, &dates, at))?;
                let quote = crate::text::quote(line);
                Some((dates[at].date, DateSource::Footer { quote }))
            })
    }

    /// Without a label: the first date near the top that is not a birth date, a list item's or a
    /// journal entry's.
    fn first_date_at_top(
        &self,
        lines: &[&str],
        order: DateOrder,
    ) -> Option<(NaiveDate, DateSource)> {
        let top = &lines[..lines.len().min(self.checklist.dates.top_lines)];
        let birth_label: Vec<bool> = top
            .iter()
            .map(|l| !self.rules.birth_labels.find_all(&fold(l)).is_empty())
            .collect();
        // A birth label with no date beside it: its value stands elsewhere (a table's next row).
        let mut birth_label_apart = false;
        let mut candidates = Vec::new();
        for (i, line) in top.iter().enumerate() {
            // A form's label cell above its value: "Geb." / "21-11-1995".
            let under_birth_label = i > 0 && birth_label[i - 1];
            let dates = crate::dates::find_dates_in(line, order);
            birth_label_apart |= birth_label[i] && dates.is_empty();
            for (at, d) in dates.iter().enumerate() {
                if self.dates_no_letter(line, &dates, at) || (d.start == 0 && under_birth_label) {
                    continue;
                }
                // "Patiënt: HUPPERTZ, G.J. V 12-12-1957": a date on the patient's line is a
                // birth date even without its label.
                if self.rules.patient_labels.matches_at_start(&fold(line)) {
                    continue;
                }
                if stands_as_a_letter_date(line, d) {
                    candidates.push((d.date, *line));
                }
            }
        }
        // A table's header row holds "Geboortedatum" and its value stands in the row below, apart
        // from it: a date decades before another one at the top is that birth date.
        let newest = candidates.iter().map(|(d, _)| *d).max();
        candidates
            .into_iter()
            .find(|(d, _)| {
                !birth_label_apart || newest.is_none_or(|n| (n - *d).num_days() < BIRTH_GAP_DAYS)
            })
            .map(|(date, line)| {
                (
                    date,
                    DateSource::Top {
                        quote: crate::text::quote(line),
                    },
                )
            })
    }

    /// A date in `line` of the given tier: after a label of the letter's own date, in a "Place,
    /// date" line, or after any other letter label.
    fn labelled_date(
        &self,
        line: &str,
        tier: DateTier,
        order: DateOrder,
    ) -> Option<(NaiveDate, DateSource)> {
        let folded = fold(line);
        let labels = match tier {
            DateTier::Primary => self.rules.primary_date_labels.find_all(&folded),
            DateTier::Place | DateTier::Lone => Vec::new(),
            DateTier::Other => self.rules.letter_labels.find_all(&folded),
            DateTier::Print => self.rules.print_labels.find_all(&folded),
        };
        if tier.labelled() {
            return self.date_after(line, labels, order);
        }
        // "Plaats en datum: Zeist, 20 november 2026": a label ending in a date word before the
        // place.
        let place_from = line
            .find(':')
            .filter(|&colon| {
                let label = fold(&line[..colon]);
                let last = label.rsplit([' ', ',', '/']).next().unwrap_or("");
                self.rules
                    .primary_date_labels
                    .find(last)
                    .is_some_and(|m| m.start == 0 && m.end == last.len())
            })
            .map_or(0, |colon| colon + 1);
        // "Chur, 03.12.26": a place before it says a compact date is a date, as a label does.
        let compact = match tier {
            DateTier::Place => crate::dates::compact_dates(line),
            _ => Vec::new(),
        };
        for d in crate::dates::find_dates_in(line, order)
            .into_iter()
            .chain(compact)
        {
            let dates_itself = match tier {
                DateTier::Lone => is_lone_date(line, d.start, d.end),
                _ if d.start < place_from => false,
                _ => is_place_date(
                    &line[place_from..],
                    d.start - place_from,
                    d.end - place_from,
                ),
            };
            if !self.is_birth_or_event_date(line, d.start) && dates_itself {
                let quote = crate::text::quote(line);
                return Some((d.date, DateSource::Dateline { quote }));
            }
        }
        None
    }

    /// A date standing right after one of `labels` found in `line` ("Datum: 12-03-2026", "Date
    /// 12 March"), never a birth date.
    fn date_after(
        &self,
        line: &str,
        labels: Vec<CueMatch>,
        order: DateOrder,
    ) -> Option<(NaiveDate, DateSource)> {
        if labels.is_empty() {
            return None;
        }
        // A label says what follows is a date, so a compact one counts there too.
        let dates = crate::dates::find_dates_in(line, order)
            .into_iter()
            .chain(crate::dates::compact_dates(line));
        for d in dates {
            if self.is_birth_or_event_date(line, d.start) {
                continue;
            }
            let before = fold(&line[..d.start]);
            let before = before.trim_end_matches([' ', ':', '\t', '-']);
            // "Gedicteerd d.d. 09-10-2026": a joiner ("de dato") stands between label and date.
            let before = self
                .rules
                .date_joiners
                .iter()
                .find_map(|j| {
                    before
                        .strip_suffix(j.as_str())
                        .filter(|rest| rest.ends_with([' ', ':']))
                })
                .map_or(before, |rest| rest.trim_end_matches([' ', ':']));
            // A stamp ("aangemaakt op") dates the document wherever it stands in the line.
            let labelled = labels.iter().any(|m| {
                m.end == before.len()
                    && (m.group == crate::rules::STAMP_LABELS
                        || starts_label(line, before, m.start))
            });
            if labelled {
                let quote = crate::text::quote(line);
                return Some((d.date, DateSource::Label { quote }));
            }
        }
        None
    }

    /// Whether date `at` of `dates` (all dates of `line`) is a birth or event date, or bounds a
    /// period: never a letter's own date, wherever on the page it stands.
    fn dates_no_letter(&self, line: &str, dates: &[crate::dates::FoundDate], at: usize) -> bool {
        self.is_birth_or_event_date(line, dates[at].start)
            || crate::dates::bounds_a_period(line, dates, at)
    }

    /// A date after a birth label ("geb.") or a birth mark ("* 19.11.1996", "° 3/2/1961"), or
    /// after the label of an event the document reports ("Date of incident"): never its own.
    fn is_birth_or_event_date(&self, line: &str, date_start: usize) -> bool {
        let before = line[..date_start].trim_end();
        // A label before an earlier number is that number's: in "Geb.: 14-09-1949 Afdrukdatum:
        // 01-12-2026" the birth label dates the birth only.
        let own = before
            .rfind(|c: char| c.is_ascii_digit())
            .map_or(0, |i| i + 1);
        let folded = fold(&line[own..date_start]);
        self.checklist
            .dates
            .birth_marks
            .iter()
            .any(|mark| before.ends_with(mark.get_ref().as_str()))
            || !self.rules.birth_labels.find_all(&folded).is_empty()
            || !self.rules.event_date_labels.find_all(&folded).is_empty()
    }
}

/// Whether a date stands where a letter's own date can: not opening a journal entry or a list item,
/// not in brackets beside a name, not deep in a sentence, not in a running header or footer.
fn stands_as_a_letter_date(line: &str, d: &crate::dates::FoundDate) -> bool {
    // "12-03-2026 S: ..." opens a journal entry; "28/07/2026 23:51 VAN: ..." is a fax header's
    // timestamp.
    let timestamp = line[d.end..]
        .split_whitespace()
        .next()
        .is_some_and(|w| w.len() == 5 && w.as_bytes()[2] == b':');
    let starts_list_item = d.start == 0
        && !timestamp
        && line[d.end..].chars().filter(|c| c.is_alphabetic()).count() > 3;
    // "Verhoeven, A.C. (14-02-1979)": a date in brackets beside a name is a birth date or an
    // event, never the letter's own date.
    let in_brackets = line[..d.start].trim_end().ends_with('(');
    // A date deep in a sentence dates what the sentence tells ("echografie pols rechts
    // (aangevraagd door u, 12-08-2026)"), not the letter.
    let words = |t: &str| {
        t.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
    };
    let in_prose = words(&line[..d.start]) > PROSE_WORDS && words(&line[d.end..]) > PROSE_WORDS;
    // A running header or footer dates the typing or printing: a last resort.
    let running = crate::words::numbers_a_page(line);
    !(starts_list_item || in_brackets || in_prose || running || line.starts_with(['-', '•', '*']))
}

/// Per line: whether it is a field of a dated entry in a record ("18-Feb-2026 Dr S Pemberton
/// Surgery consultation" / "History: ..." / "Plan: ..."), where a letter's labels name a
/// consultation the record lists, not what the document is.
fn entry_fields(layout: &Layout) -> Vec<bool> {
    // A journal dates its entries in figures ("18-Feb-2026", "03-09-2026"): a line that does not
    // open with one is not scanned for a date, which costs a scan per line.
    let opens_with_date = |l: &Line| {
        l.folded
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
            && crate::dates::opens_with_date(&l.folded)
    };
    let mut fields = vec![false; layout.lines.len()];
    let mut entries = 0;
    let mut i = 0;
    while i < layout.lines.len() {
        if !opens_with_date(&layout.lines[i]) {
            i += 1;
            continue;
        }
        let len = layout.lines[i + 1..]
            .iter()
            .take_while(|l| l.zone == Zone::Field && !opens_with_date(l))
            .count();
        if len > 0 {
            entries += 1;
            fields[i + 1..=i + len].fill(true);
        }
        i += len + 1;
    }
    if entries < ENTRIES_OF_A_RECORD {
        fields.fill(false);
    }
    fields
}

/// The roles a line names, without a role word that only qualifies the next one: in "Highly
/// Specialist Occupational Therapist" or "Hospital Pharmacist" the title is the last word's.
fn heads_of_titles(folded: &str, cues: Vec<crate::text::CueMatch>) -> Vec<crate::text::CueMatch> {
    let qualifies = |m: &crate::text::CueMatch| {
        cues.iter().any(|next| {
            next.group != m.group
                && next.start >= m.end
                && folded[m.end..next.start].chars().all(|c| c == ' ')
        })
    };
    let keep: Vec<bool> = cues.iter().map(|m| !qualifies(m)).collect();
    cues.into_iter()
        .zip(keep)
        .filter_map(|(m, k)| k.then_some(m))
        .collect()
}

/// Whether a label found at `at` of the folded line is the whole label, not the end of a longer
/// one ("Admission date" is not "date"): it starts the line, follows punctuation or a wide gap, or
/// starts with a capital after a word that does not ("PATIENT SUMMARY Printed: ...").
fn starts_label(line: &str, folded: &str, at: usize) -> bool {
    let before = &folded[..at];
    if before.ends_with("  ") || before.ends_with('\t') {
        return true;
    }
    // "OP-Datum:", "MRI-datum:": the label is a compound naming another date.
    if before
        .strip_suffix('-')
        .is_some_and(|b| b.ends_with(char::is_alphanumeric))
    {
        return false;
    }
    let after_word = before
        .trim_end_matches(' ')
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    if !after_word {
        return true;
    }
    let k = before.split_whitespace().count();
    let mut words = line.split_whitespace().skip(k - 1);
    let (Some(previous), Some(first)) = (words.next(), words.next()) else {
        return false;
    };
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let all_caps = |w: &str| w.chars().all(|c| !c.is_lowercase());
    capital(first) && !(all_caps(first) && all_caps(previous))
}

/// The labels of a folded line: the one it starts with, or the heading it is, and those after a
/// separator inside it (". Operateur:", " · Assistent:", " | Anesthesie:").
fn labels_in<'a>(folded: &'a str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = folded;
    // A label of two ("Anamnese / voorgeschiedenis") is both.
    let both = |label: &'a str| label.split(" / ").map(str::trim);
    loop {
        match crate::text::label_prefix(rest) {
            Some(colon) => out.extend(both(&rest[..colon])),
            None if out.is_empty() => out.extend(both(rest.trim_end_matches(':'))),
            None => {}
        }
        // A middle dot folds to "*".
        let next = [". ", " · ", " * ", " | ", "; "]
            .iter()
            .filter_map(|sep| rest.find(sep).map(|i| i + sep.len()))
            .min();
        match next {
            Some(i) if i < rest.len() && out.len() < 12 => rest = &rest[i..],
            _ => return out,
        }
    }
}

/// Where a labelled date stands, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateTier {
    /// After a label of the letter's own date ("Datum:").
    Primary,
    /// In a "Place, date" line.
    Place,
    /// A line that is a date and nothing else ("2nd November 2026" under a UK letter's address).
    Lone,
    /// After any other letter label (exam, sampling, discharge).
    Other,
    /// After a label of the day it was printed.
    Print,
}

impl DateTier {
    /// Whether the tier's dates stand after a label (not in a "Place, date" line or alone).
    fn labelled(self) -> bool {
        !matches!(self, DateTier::Place | DateTier::Lone)
    }
}

/// A line holding a date written out ("2nd November 2026") and nothing else but a weekday: how a
/// UK letter dates itself. A bare "21/11/1979" is a table's cell, often a birth date.
fn is_lone_date(line: &str, start: usize, end: usize) -> bool {
    let before = line[..start].trim().trim_end_matches(',');
    line[start..end].chars().any(char::is_alphabetic)
        && line[end..].trim().trim_end_matches('.').is_empty()
        && before.split_whitespace().count() <= 1
        && before.chars().all(char::is_alphabetic)
}

/// "Haarlem, 4 november 2026", "München, den 02.11.2026": a place, a comma and the date ending the
/// line is how a letter dates itself.
fn is_place_date(line: &str, start: usize, end: usize) -> bool {
    if !line[end..].trim().trim_end_matches('.').is_empty() {
        return false;
    }
    let Some((place, between)) = line[..start].rsplit_once(',') else {
        return false;
    };
    let words = place.split_whitespace().count();
    (1..=3).contains(&words)
        && between.split_whitespace().count() <= 1
        && place.trim().chars().next().is_some_and(char::is_uppercase)
        && place
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '-' | '\'' | '.'))
        && !place.trim_end().ends_with('.')
        // "J.M. Verbeek-Stolk, 14-06-1971" is a person and her birth date, not a place ("A
        // Coruña" is one: a lone letter without its full stop is no initial here).
        && !place
            .split_whitespace()
            .any(|w| w.contains('.') && crate::names::is_initials(w))
}

/// The lines a paged text repeats at the top or the bottom of its pages, each known by its
/// letters: a fax header's page counter ("P.1/3", "P.2/3") and its time differ from page to page.
struct RunningLines {
    seen: std::collections::HashMap<String, usize>,
}

impl RunningLines {
    /// A line known by its letters: its digits (page counter, time) left out.
    fn key(line: &str) -> String {
        line.chars().filter(|c| !c.is_ascii_digit()).collect()
    }

    /// Whether `line` stands at the edge of two pages or more.
    fn runs(&self, line: &str) -> bool {
        self.seen.get(&Self::key(line)).is_some_and(|n| *n >= 2)
    }
}

/// What the first lines of a page say about where a document starts.
struct PageOpening {
    /// The page's title line, folded.
    title: Option<String>,
    /// The sender roles its letterhead names.
    roles: Vec<usize>,
    /// Whether it greets a reader ("Geachte collega,").
    greets: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classify(path: &str, text: &str) -> Document {
        let c = Checklist::builtin().unwrap().compile();
        Classifier::new(&c).classify(ReadDoc::pdf_with_text(path, text))
    }

    #[test]
    fn a_specialists_signed_letter_that_nothing_marks_is_perhaps_correspondence() {
        let d = classify(
            "brief.pdf",
            "Hospital Universitario Test\nOrthopedic Center, Calle Mayor 1, Madrid\nTo whom it may concern,\nMr. Test was admitted to our hospital after a fall and his wrist was splinted for three weeks without complications.\nSincerely yours,\nDr. P. Test\nOrthopedic Surgeon\n",
        );
        assert!(d.kinds.is_empty(), "{:?}", d.kinds);
        assert_eq!(d.uncertain_kinds, ["correspondence"]);
        // Without salutation or closing it is a sheet, not a letter.
        let sheet = classify(
            "blad.pdf",
            "Hospital Universitario Test\nOrthopedic Center, Calle Mayor 1, Madrid\nWound care: keep the dressing dry for the first days after the splint is removed.\n",
        );
        assert!(
            sheet.uncertain_kinds.is_empty(),
            "{:?}",
            sheet.uncertain_kinds
        );
    }

    #[test]
    fn a_uk_letter_dates_itself_on_a_line_of_its_own_but_a_table_cell_does_not() {
        let letter = classify(
            "brief.pdf",
            "Test Teaching Hospitals NHS Trust\nClinic date: 30/10/2026\nDr R. Test\nMeanwood Practice\nLeeds LS6 4JN\n2nd November 2026\nDear Dr Test,\nI saw Mr Test in clinic.\n",
        );
        assert_eq!(
            letter.date.map(|d| d.to_string()).as_deref(),
            Some("2026-11-02")
        );
        let summary = classify(
            "summary.pdf",
            "Test Surgery\nPatient Summary\nUsual GP\nDr E Test\nRegistered\n03-Sep-2017\nPrinted: 26-Nov-2026\n",
        );
        assert_eq!(
            summary.date.map(|d| d.to_string()).as_deref(),
            Some("2026-11-26")
        );
    }

    #[test]
    fn a_message_whose_subject_names_what_it_sends_is_not_that_document() {
        let mail = classify(
            "mail.pdf",
            "Van: Anouk Test <anouk@voorbeeld.example>\nAan: secretariaat@handcentrum.example\nDatum: 2 december 2026 09:12\nOnderwerp: FW: Operatieverslag en ontslagbrief Klinik Test\nBeste secretaresse,\nIn de bijlage stuur ik het operatieverslag en de ontslagbrief van de kliniek in Oostenrijk door, zoals gevraagd.\nGroetjes,\nAnouk Test\n",
        );
        assert!(
            !mail.kinds.contains(&"operation-report".to_string()),
            "{:?}",
            mail.kinds
        );
        assert!(!mail
            .uncertain_kinds
            .contains(&"operation-report".to_string()));
        // A report named in its own subject line is still that report.
        let report = classify(
            "verslag.pdf",
            "Ziekenhuis Test\nOnderwerp: Operatieverslag\nOperateur: dr. Test\nIngreep: carpaletunnelrelease rechts\nVerloop: ongecompliceerd.\n",
        );
        assert!(
            report.kinds.contains(&"operation-report".to_string()),
            "{:?}",
            report.kinds
        );
    }

    #[test]
    fn a_letter_dates_itself_by_a_short_dateline_not_by_a_compound_date_label() {
        let swiss = classify(
            "bericht.pdf",
            "Spital Test\nKlinik für Handchirurgie\nBern, 04.11.26\nSehr geehrte Frau Kollegin\nWir berichten über Ihren Patienten, Herrn Test, der am 28.10.26 bei uns war.\nFreundliche Grüsse\n",
        );
        assert_eq!(
            swiss.date.map(|d| d.to_string()).as_deref(),
            Some("2026-11-04")
        );
        let apostrophe = classify(
            "samenvatting.pdf",
            "Huisartsenpraktijk Test\nDatum: 12-10-'26\nBetreft: dhr. Test\nGeachte collega,\nHierbij de samenvatting.\n",
        );
        assert_eq!(
            apostrophe.date.map(|d| d.to_string()).as_deref(),
            Some("2026-10-12")
        );
        let discharge = classify(
            "entlassung.pdf",
            "Klinikum Test\nUnfallchirurgie\nTeststadt, den 09.09.2026\nSehr geehrter Herr Kollege,\nwir berichten über Ihren Patienten, der vom 01.09.2026 bis 03.09.2026 bei uns stationär war.\nOP-Datum: 01.09.2026\nEingriff: Plattenosteosynthese distaler Radius links\nOperateur: Dr. Test\nAnästhesie: Plexus\nVerlauf: komplikationslos.\nMit freundlichen Grüßen\nDr. Test, Oberarzt\n",
        );
        assert_eq!(
            discharge.date.map(|d| d.to_string()).as_deref(),
            Some("2026-09-09")
        );
    }

    #[test]
    fn a_letter_holding_a_full_operation_report_is_both() {
        let letter = classify(
            "ontslag.pdf",
            "Ziekenhuis Test\nAfdeling Plastische Chirurgie\nGeachte collega,\nUw patiënt werd van 2 tot 4 juni opgenomen voor een artrodese van het PIP-gewricht.\nDatum operatie: 2 juni 2026\nOperateur: dr. Test, plastisch chirurg\nAnesthesie: plexus\nIngreep: PIP-artrodese dig III rechts\nVerloop: ongestoord.\nBeleid: controle op onze polikliniek over twee weken.\nMet vriendelijke groet,\ndr. Test, plastisch chirurg\n",
        );
        assert!(
            letter.kinds.contains(&"operation-report".to_string()),
            "{:?}",
            letter.kinds
        );
        assert!(
            letter.kinds.contains(&"correspondence".to_string()),
            "{:?}",
            letter.kinds
        );
    }

    #[test]
    fn an_appointment_letter_for_an_mri_is_no_mri_report() {
        let d = classify(
            "brief.pdf",
            "Ziekenhuis Gelderse Vallei\nAfdeling Radiologie - Afsprakenbureau\nEde, 26-11-2026\nOnderwerp: Uw afspraak\nGeachte mevrouw Test,\nUw behandelend arts heeft een onderzoek voor u aangevraagd. Hierbij bevestigen wij uw afspraak.\nOnderzoek: MRI pols rechts\nDatum: 8 december 2026\n",
        );
        assert_eq!(d.kinds, ["appointment"]);
        assert!(d.uncertain_kinds.is_empty(), "{:?}", d.uncertain_kinds);
        assert_eq!(d.author.as_deref(), Some("other"));
    }

    #[test]
    fn a_request_form_is_what_its_title_says_and_written_by_whom_it_names() {
        let d = classify(
            "formulier.pdf",
            "Aanvraagformulier röntgenonderzoek\nStreekziekenhuis Midden, afdeling Radiologie\nPatiënt: mw. T. Test\nAanvrager: P. de Wit, huisarts, Zeist\nOnderzoek: X-pols links\nKlinische gegevens: val op de hand, pijn tabatière\nBevindingen: in te vullen door de radioloog\nDatum: 02-12-2026\n",
        );
        assert_eq!(d.kinds, ["request-form"]);
        assert_eq!(d.author.as_deref(), Some("gp"));
    }

    #[test]
    fn a_wound_culture_that_finds_no_mrsa_is_no_mrsa_screening() {
        let wound = classify(
            "kweek.pdf",
            "Laboratorium Medische Microbiologie Oost\nUitslag bacteriologisch onderzoek\nMateriaal: pus, wond duim links\nKweek: Staphylococcus aureus, gevoelig voor flucloxacilline (geen MRSA).\nDatum: 01-12-2026\n",
        );
        assert!(wound.kinds.is_empty(), "{:?}", wound.kinds);
        let screening = classify(
            "kweek.pdf",
            "Laboratorium Medische Microbiologie Oost\nUitslag bacteriologisch onderzoek\nMateriaal: neus, keel, perineum\nKweek: MRSA niet aangetoond.\nDatum: 01-12-2026\n",
        );
        assert_eq!(screening.kinds, ["mrsa-screening"]);
    }

    #[test]
    fn clinical_section_labels_do_not_make_a_gp_printout_a_specialist_letter() {
        let d = classify(
            "uitdraai.txt",
            "PATIENT SUMMARY Printed: 24-Nov-2026\nMill Lane Surgery, Camborne\nUsual GP: Dr S Test\nACTIVE PROBLEMS\n14-Feb-2025 Osteoarthritis of thumb CMC joint\nCONSULTATIONS\nHistory: pain base of thumb for months.\nExamination: tender CMC joint, grind test positive.\nInvestigations: X-ray requested.\nPlan: splint, review in six weeks.\n",
        );
        assert_eq!(d.kinds, ["history"]);
    }

    #[test]
    fn a_title_that_holds_another_roles_word_names_one_role() {
        // "Fachärztin für Allgemeinmedizin" is a GP's title; the "Fachärztin" inside it does not
        // also name a hospital specialist.
        let d = classify(
            "ueberweisung.txt",
            "Gemeinschaftspraxis am Markt\nDr. med. U. Test, Fachärztin für Allgemeinmedizin\nMarkt 4, 46509 Xanten\nXanten, 02.11.2026\nKlinik für Handchirurgie\nSehr geehrte Kolleginnen und Kollegen,\nich überweise Frau Test wegen einer Tendovaginitis stenosans am rechten Ringfinger.\nMit freundlichen Grüßen\nDr. med. U. Test\nFachärztin für Allgemeinmedizin\nFachärztin für Sportmedizin\n",
        );
        assert_eq!(d.author.as_deref(), Some("gp"));
        assert_eq!(d.kinds, ["referral"]);
    }

    #[test]
    fn a_role_word_before_another_only_qualifies_it() {
        // A "Clinical Specialist Physiotherapist" is a physiotherapist, on a hospital's paper too:
        // the letter is no specialist's correspondence.
        let d = classify(
            "physio.txt",
            "Royal Test Hospital NHS Trust\nPhysiotherapy Outpatients\n12 November 2026\nDear Dr Test,\nRe: Mrs T Test\nI reviewed Mrs Test for wrist stiffness after her distal radius fracture.\nPlan: continue the home exercises for six weeks.\nYours sincerely\nA. Test\nClinical Specialist Physiotherapist\n",
        );
        assert_eq!(d.author.as_deref(), Some("other"));
        assert!(
            !d.kinds.contains(&"correspondence".to_string()),
            "{:?}",
            d.kinds
        );
    }

    #[test]
    fn a_subject_naming_a_referral_in_a_letter_by_no_known_writer_leaves_it_uncertain() {
        let d = classify(
            "brief.txt",
            "Ziekenfonds De Schelde\nDienst Vergoedingen\nKerkstraat 40, 9000 Gent\n\nMevrouw L. de Boer\nDorpsstraat 3\n9901 AB Appingedam\n\nDatum: 02-11-2026\nBetreft: second opinion handchirurgie\n\nGeachte mevrouw De Boer,\n\nU vroeg of wij een tweede mening bij een andere kliniek vergoeden. Wij beoordelen uw aanvraag binnen dertig dagen.\n\nMet vriendelijke groet,\n\nJ. Smit\nTeam Vergoedingen\n",
        );
        assert!(d.kinds.is_empty(), "{:?}", d.kinds);
        assert_eq!(d.uncertain_kinds, ["referral"]);
    }

    #[test]
    fn an_anaesthesia_record_naming_the_operation_is_no_operation_report() {
        let d = classify(
            "anesthesie.txt",
            "Isala Zwolle, afdeling Anesthesiologie\nAnesthesieverslag\nDatum: 03-11-2026\nIngreep: Trapeziectomie links\nOperateur: dr. K. Visser, plastisch chirurg\nAnesthesioloog: dr. B. Mol\nTechniek: plexusblokkade, echogeleid\nStart ingreep: 10:12\nEinde ingreep: 11:05\nBijzonderheden: geen.\n",
        );
        assert_eq!(d.kinds, ["anaesthesia-record"]);
    }

    #[test]
    fn a_referral_title_names_where_it_goes_not_who_wrote_it() {
        let d = classify(
            "zd.pdf",
            "ZorgDomein | Test, J. | 16-03-2001 | Consult handchirurgie\nHuisartsenpraktijk Brinkhorst\nA.M. de Groot, huisarts\nConsult handchirurgie\nOntvangende afdeling Meander Medisch Centrum, Plastische chirurgie\nDatum: 12-11-2026\nVraagstelling: Pseudartrose os scaphoideum rechts? Graag uw advies.\n",
        );
        assert_eq!(d.author.as_deref(), Some("gp"));
        assert_eq!(d.kinds, ["referral"]);
    }

    #[test]
    fn an_operation_report_is_dated_by_its_operation_not_its_print() {
        let d = classify(
            "export.txt",
            "HiX - Operatieverslag (export) | Ziekenhuis Test | Afgedrukt 19-11-2026\nOPERATIEVERSLAG\nOperatiedatum: 18-05-2026\nOperateur: dr. A. Test, plastisch chirurg\nIngreep: carpaletunnelrelease rechts\n",
        );
        assert_eq!(d.kinds, ["operation-report"]);
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2026-05-18"));
        let d = classify(
            "kort.txt",
            "Praktijk Sterrenwijk - E. Test, huisarts\nVerwijzing handchirurgie\nPt: dhr. N. Test, 14-05-1985\nVraagstelling: zwelling MCP-2 rechts. Graag beoordeling.\n",
        );
        assert_eq!(d.date, None);
    }

    #[test]
    fn a_radiology_report_is_dated_by_its_authorisation_not_its_print() {
        let d = classify(
            "rx.pdf",
            "Ziekenhuis Test\nRADIOLOGISCH ONDERZOEK\nAfdeling Radiologie\nAfdruk: 30-11-2026 10:02\nOnderzoek: X-pols links\nVerslag: geen fractuur.\nConclusie: geen afwijkingen.\nVerslag geautoriseerd\n24-11-2026 15:10\n",
        );
        assert_eq!(d.kinds, ["imaging-report"]);
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2026-11-24"));
    }

    #[test]
    fn a_page_opening_with_another_senders_letterhead_starts_another_document() {
        let c = Checklist::builtin().unwrap().compile();
        let text = format!(
            "HIS-uittreksel    Datum uitdraai 27-11-2026\nHuisartsenpraktijk De Test, huisarts\nEpisodelijst\nL94 Scaphoidfractuur rechts 2024\n{}Medisch Centrum Leeuwarden\nRadiologie\nOnderzoek: X-pols rechts\nDatum: 02-10-2026\nVerslag: oude pseudartrose van de scaphoidtaille.\nConclusie: pseudartrose scaphoid.\n",
            crate::read::PAGE_BREAK
        );
        let parts = Classifier::new(&c).classify_parts(ReadDoc::pdf_with_text("bundel.pdf", &text));
        let kinds: Vec<Vec<String>> = parts.iter().map(|p| p.kinds.clone()).collect();
        assert_eq!(
            kinds,
            [
                vec!["history".to_string()],
                vec!["imaging-report".to_string()]
            ]
        );
    }

    #[test]
    fn a_hospitals_letter_and_its_radiology_report_after_a_referral_are_documents_of_their_own() {
        let c = Checklist::builtin().unwrap().compile();
        // The practice's name opens the referral and stands again in the letter's address block:
        // no running header. The radiology department is inside the hospital, yet another sender.
        let text = format!(
            "ZorgDomein\nHuisartsenpraktijk Het Anker\nVerwijzing second opinion handchirurgie\nVraagstelling: is een artrodese nodig? Graag uw advies.\n{brk}Ziekenhuis Rivierenland\nPolikliniek Plastische chirurgie\nPostbus 6024, 4000 HA Tiel\nDatum: 3 november 2026\nOns kenmerk: PCH/2231\nHuisartsenpraktijk Het Anker\nDorpsstraat 4, 4001 AB Tiel\nGeachte collega,\nIk zag uw patiënt op de polikliniek. Conclusie: artrose STT.\nMet vriendelijke groet,\ndr. T. Test, plastisch chirurg\n{brk}Ziekenhuis Rivierenland\nAfdeling Radiologie\nOnderzoek: X-pols rechts\nDatum onderzoek: 20-10-2026\nVerslag: artrose van het STT-gewricht.\nConclusie: STT-artrose.\n",
            brk = crate::read::PAGE_BREAK
        );
        let parts = Classifier::new(&c).classify_parts(ReadDoc::pdf_with_text("bundel.pdf", &text));
        let kinds: Vec<Vec<String>> = parts.iter().map(|p| p.kinds.clone()).collect();
        assert_eq!(
            kinds,
            [
                vec!["referral".to_string()],
                vec!["correspondence".to_string()],
                vec!["imaging-report".to_string()]
            ]
        );
    }

    #[test]
    fn a_date_label_down_in_a_section_does_not_date_the_letter() {
        let mut text = String::from("Klinikum Test\nKlinik für Unfallchirurgie\nMünchen, den 18.09.2026\nArztbrief\nSehr geehrte Kollegen,\n");
        for i in 0..16 {
            text.push_str(&format!(
                "Verlauf am Tag {i}: die Patientin erholte sich gut und ohne Fieber.\n"
            ));
        }
        text.push_str("Operationsbericht\nDatum: 13.09.2026 · Operateur: Dr. Test\n");
        let d = classify("arztbrief.pdf", &text);
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2026-09-18"));
    }

    #[test]
    fn the_letters_own_date_above_the_salutation_counts_however_long_the_head() {
        let mut text = String::from("Test University Medical Center\n");
        for line in [
            "Street 2",
            "2333 ZA Leiden",
            "The Netherlands",
            "Department of Surgery",
        ] {
            text.push_str(line);
            text.push('\n');
        }
        for i in 0..8 {
            text.push_str(&format!("Ward note {i}: x\n"));
        }
        text.push_str("Admitted: 19/07/2026\nDischarged: 23/07/2026\nDate of letter: 24/07/2026\n");
        text.push_str("Dear Dr. Test,\nYour patient was admitted to our ward.\n");
        let d = classify("summary.pdf", &text);
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2026-07-24"));
    }

    #[test]
    fn a_german_laboratory_is_dated_by_its_result_not_by_the_day_the_sample_came_in() {
        let d = classify(
            "befund.pdf",
            "MVZ Labor Test\nAuftrags-Nr.: 2611-1\nEingang: 09.11.2026\nMikrobiologie\nBefund: 11.11.2026\nPatient: Test, Anna, geb. 17.10.1971\nEntnahme: 08.11.2026\nBeurteilung: Kein Nachweis von MRSA.\n",
        );
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2026-11-11"));
    }

    #[test]
    fn a_date_label_is_read_whole_not_by_its_last_word() {
        let d = classify(
            "epikriz.pdf",
            "Private Alanya Hospital\nDISCHARGE SUMMARY\nPatient name: Y. Kaya\nAdmission date: 19.08.2026\nThe patient was treated for a fracture of the right wrist.\nAlanya, 03.09.2026\n",
        );
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2026-09-03"));
        let d = classify(
            "summary.pdf",
            "PATIENT SUMMARY Printed: 24-Nov-2026 10:41 by SFenwick\nPolwithen Surgery\nName: Mr J. Test DOB: 03-Jan-1949\n",
        );
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2026-11-24"));
    }

    #[test]
    fn content_wins_over_a_misleading_name() {
        let d = classify(
            "verwijsbrief.pdf",
            "Ziekenhuis Rijnstad\nAfdeling Radiologie\n\nVerslag radiologie\nMRI rechterpols: geen afwijkingen.",
        );
        assert_eq!(d.kind.as_deref(), Some("imaging-report"));
        assert!(matches!(d.kind_basis, Some(KindBasis::Content { .. })));
    }

    #[test]
    fn name_decides_when_content_says_nothing() {
        let d = classify(
            "operatieverslag 2024.pdf",
            "Een tekst zonder enige aanwijzing over wat dit is.",
        );
        assert_eq!(d.kind.as_deref(), Some("operation-report"));
        let d = classify(
            "scan0001.pdf",
            "Een tekst zonder enige aanwijzing over wat dit is.",
        );
        assert_eq!(d.kind, None);
    }

    #[test]
    fn folder_names_do_not_classify_a_readable_file() {
        let d = classify(
            "CD MRI pols/README.TXT",
            "Viewer for this CD. Start viewer.exe to view the images.",
        );
        assert_eq!(d.kind, None);
    }

    #[test]
    fn an_outpatient_letter_saying_uw_patiente_is_correspondence() {
        let d = classify(
            "Scan_20261102_0001.pdf",
            "Medisch Centrum Oostland\nAfdeling Plastische, Reconstructieve en Handchirurgie\n\nAan de heer R. de Vries, huisarts\n\nAmice,\nOp 14 oktober zagen wij uw patiënte op het spreekuur.\nPatiënte wil eerst een second opinion.",
        );
        assert_eq!(d.kind.as_deref(), Some("correspondence"));
    }

    #[test]
    fn a_gp_letter_is_not_correspondence_by_its_name() {
        let d = classify(
            "polibrief huisarts.pdf",
            "Huisartsenpraktijk De Linde\nGeachte collega, patiënte heeft pijn aan de pols sinds maanden.",
        );
        assert_eq!(d.kind, None);
    }

    #[test]
    fn referral_with_history_section_stays_a_referral() {
        let d = classify(
            "document (3).pdf",
            "Huisartsenpraktijk De Linde\nVerwijsbrief\nDatum: 1 oktober 2026\n\nGeachte collega,\nGraag verwijs ik patiënte voor een second opinion.\n\nVoorgeschiedenis:\n2024 carpaletunnelsyndroom rechts, behandeld met spalk.\n",
        );
        assert_eq!(d.kind.as_deref(), Some("referral"));
    }

    #[test]
    fn a_birth_label_dates_only_the_birth_on_a_line_of_several_fields() {
        // The print date after the birth date on one line is the document's own.
        let d = classify(
            "x.txt",
            "MEDICATIEOVERZICHT\nNaam: dhr. P. Visser Geb.datum: 03-05-1955 Datum uitdraai: 24-11-2026 \
             Apotheek: De Brug\nOmeprazol 20 mg 1dd1\n",
        );
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2026, 11, 24));
        let d = classify(
            "x.txt",
            "MEDICATIEOVERZICHT\nNaam: dhr. P. Visser Geb.datum: 03-05-1955\nOmeprazol 20 mg 1dd1\n",
        );
        assert_eq!(d.date, None);
    }

    #[test]
    fn a_footer_dates_the_letter_by_its_dictation_or_its_sending() {
        // Dates below a letter's head count only after a label.
        let lines: String = (1..=20)
            .map(|i| format!("Bevinding {i}: de pols is rustig.\n"))
            .collect();
        let body = format!("Polikliniek Plastische Chirurgie\nGeachte collega,\n{lines}Met vriendelijke groet,\ndr. M. Post\n");
        let d = classify(
            "x.pdf",
            &format!("{body}Gedicteerd d.d. 21-09-2026, uitgewerkt d.d. 24-09-2026 / MP/ab\n"),
        );
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2026, 9, 21));
        let d = classify(
            "x.pdf",
            &format!("{body}Verstuurd via ZorgDomein op 02-10-2026 om 09:14\n"),
        );
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2026, 10, 2));
    }

    #[test]
    fn letter_date_skips_birth_dates_and_prefers_labels() {
        let d = classify(
            "x.pdf",
            "Patiënt: A. Testpersoon, geb. 03-02-1980\nAmsterdam, 12 maart 2026\nDatum: 14-03-2026\n",
        );
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2026, 3, 14));
        assert!(matches!(d.date_source, Some(DateSource::Label { .. })));

        let d = classify(
            "x.pdf",
            "Geboortedatum: 03-02-1980\nAmsterdam, 12 maart 2026\n",
        );
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2026, 3, 12));
        assert!(matches!(d.date_source, Some(DateSource::Dateline { .. })));

        let d = classify(
            "x.pdf",
            "Date of birth: 3 February 1980\nSummary of medical history\n",
        );
        assert_eq!(d.date, None);

        // A form's label cell above its value.
        let d = classify(
            "x.pdf",
            "Radiologie Oost\nNaam: Testpersoon, A.\nGeb.\n03-02-1980\nUitslag echo pols\n",
        );
        assert_eq!(d.date, None);

        // An event the form reports is not its date; the date it was signed or dictated is.
        let d = classify(
            "x.pdf",
            "CLAIM FORM\nDate of incident: 16/06/2026\nTreatment: plaster cast\nDate of claim: 02/07/2026\n",
        );
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2026, 7, 2));
        let d = classify(
            "x.pdf",
            "Clinic date: 29 September 2026\nDate dictated: 2 October 2026\nDear Dr Jones,\n",
        );
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2026, 10, 2));
    }

    #[test]
    fn history_list_dates_are_not_the_letter_date() {
        let d = classify(
            "x.pdf",
            "Huisartsensamenvatting\nEpisodelijst\n12-03-2019 Carpaletunnelsyndroom rechts\n04-05-2021 Distorsie pols\n",
        );
        assert_eq!(d.date, None);
    }
}
