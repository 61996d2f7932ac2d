//! The checklist: a TOML file that holds all domain knowledge (document kinds and their cues, facts,
//! negation and modality words, requirements and request texts). This module parses it, validates it
//! in one pass that collects every problem, and reports problems as `file:line:column: message`.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::ops::Range;
use std::path::Path;

use serde::{Deserialize, Serialize};
pub use toml::Spanned;

/// The checklist used when none is named.
pub const BUILTIN_NAME: &str = "second-opinion";
/// Source text of the built-in checklist.
pub const BUILTIN_SOURCE: &str = include_str!("../rules/second-opinion.toml");

/// A checklist shipped inside the binary, picked with `--checklist NAME`.
#[derive(Debug, Clone, Copy)]
pub struct Bundled {
    /// Name used on the command line.
    pub name: &'static str,
    /// Its TOML source.
    pub source: &'static str,
}

/// Every bundled checklist; the first is the default.
pub const BUNDLED: &[Bundled] = &[
    Bundled {
        name: BUILTIN_NAME,
        source: BUILTIN_SOURCE,
    },
    Bundled {
        name: "oncology-second-opinion",
        source: include_str!("../rules/oncology-second-opinion.toml"),
    },
    Bundled {
        name: "general-referral",
        source: include_str!("../rules/general-referral.toml"),
    },
];

/// The commented starter written by `dossiercheck checklist init`.
pub const STARTER_SOURCE: &str = include_str!("../rules/starter.toml");

/// A whole checklist file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    /// Name, version and language of the checklist.
    pub checklist: Meta,
    /// How letters speak: negations, plans and questions, clause breaks.
    #[serde(default)]
    pub language: LanguageRules,
    /// Where a letter's own date is found.
    #[serde(default)]
    pub dates: DateRules,
    /// How documents are classified into kinds.
    #[serde(default)]
    pub classify: ClassifyRules,
    /// Where letters name the patient.
    #[serde(default)]
    pub patient: PatientRules,
    /// How letters name imaging examinations, for cross-checks between media and radiology reports.
    #[serde(default)]
    pub imaging: Option<Spanned<ImagingRules>>,
    /// Who writes documents: roles recognised from letterheads and signatures.
    #[serde(default, rename = "author")]
    pub authors: Vec<Author>,
    /// Document kinds that the classifier can assign.
    #[serde(default, rename = "kind")]
    pub kinds: Vec<Kind>,
    /// ConText modifiers: trigger phrases that make a mention negated, hypothetical, historical or
    /// about someone else.
    #[serde(default, rename = "modifier")]
    pub modifiers: Vec<Modifier>,
    /// Terminators of modifier scopes, and places for facts that are relations.
    #[serde(default)]
    pub context: ContextRules,
    /// Facts about the patient that decide whether a requirement applies.
    #[serde(default, rename = "fact")]
    pub facts: Vec<Fact>,
    /// What must be in the dossier.
    #[serde(default, rename = "requirement")]
    pub requirements: Vec<Requirement>,
    /// How scans and photos are read with OCR.
    #[serde(default)]
    pub ocr: OcrRules,
}

/// The `[ocr]` table: how scans and photos are read by OCR (Tesseract).
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OcrRules {
    /// Mean word confidence (0-100) a page read by OCR must reach; below it the file needs a
    /// human look ("scan te onduidelijk").
    #[serde(default = "default_ocr_min_confidence")]
    pub min_confidence: u8,
    /// Pages of one file read by OCR at most; the pages after them are not read and say so.
    #[serde(default = "default_ocr_max_pages")]
    pub max_pages: u16,
    /// Seconds OCR of one page may take; a slower page is stopped and the file is too slow to read.
    #[serde(default = "default_ocr_page_timeout")]
    pub page_timeout: u16,
}

impl Default for OcrRules {
    fn default() -> Self {
        OcrRules {
            min_confidence: default_ocr_min_confidence(),
            max_pages: default_ocr_max_pages(),
            page_timeout: default_ocr_page_timeout(),
        }
    }
}

fn default_ocr_min_confidence() -> u8 {
    crate::limits::DEFAULT_MIN_CONFIDENCE
}

fn default_ocr_max_pages() -> u16 {
    crate::limits::DEFAULT_MAX_PAGES
}

fn default_ocr_page_timeout() -> u16 {
    crate::limits::DEFAULT_PAGE_TIMEOUT_SECS
}

/// The `[checklist]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Human name of the checklist, shown in reports.
    pub name: Localized,
    /// Version string, so a report says which edition of the checklist was used.
    pub version: String,
    /// Language of the reports: "nl" or "en".
    #[serde(default = "default_language")]
    pub language: Spanned<String>,
    /// Free text for the clinic's own notes.
    #[serde(default)]
    pub description: Option<Localized>,
}

fn default_language() -> Spanned<String> {
    Spanned::new(0..0, "nl".to_string())
}

/// A text in one language, or in several (`{ nl = "...", en = "..." }`).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Localized {
    /// The same text whatever the report language.
    One(String),
    /// One text per language code.
    Many(BTreeMap<String, String>),
}

impl Localized {
    /// The text for `lang`, falling back to Dutch, English, then any.
    pub fn get(&self, lang: &str) -> &str {
        match self {
            Localized::One(s) => s,
            Localized::Many(map) => map
                .get(lang)
                .or_else(|| map.get("nl"))
                .or_else(|| map.get("en"))
                .or_else(|| map.values().next())
                .map(String::as_str)
                .unwrap_or(""),
        }
    }
}

/// The `[language]` table: words that change what a cue means in its sentence.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct LanguageRules {
    /// Words that negate a cue that follows them in the same clause ("geen", "nooit", "no").
    #[serde(default)]
    pub negations: Vec<Spanned<String>>,
    /// Phrases that negate a cue that comes before them in the same clause ("niet verricht", "not performed").
    #[serde(default)]
    pub negations_after: Vec<Spanned<String>>,
    /// How many words may stand between a negation and its cue (filler words not counted).
    #[serde(default = "default_negation_window")]
    pub negation_window: usize,
    /// Words that do not count towards the negation window ("de", "een", "of", "any", "or").
    #[serde(default)]
    pub negation_fillers: Vec<Spanned<String>>,
    /// Words that make a clause a plan or a question, not an event ("geïndiceerd", "gepland", "considered").
    #[serde(default)]
    pub modality: Vec<Spanned<String>>,
    /// Words that start a new clause ("maar", "but", "wel").
    #[serde(default)]
    pub clause_breaks: Vec<Spanned<String>>,
    /// Phrases blanked out before facts are looked for, so a letterhead such as "Department of Hand
    /// Surgery" does not read as an operation.
    #[serde(default)]
    pub masks: Vec<Spanned<String>>,
}

/// The `[patient]` table.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct PatientRules {
    /// Labels at the start of a line before the patient's name ("Betreft:", "Patiënt:", "Re:").
    #[serde(default)]
    pub name_labels: Vec<Spanned<String>>,
}

/// The `[imaging]` table: what the cross-checks between the images on media and the radiology
/// reports need to know. Without it those cross-checks are skipped; with it but without
/// `modalities`, reports and studies are compared by date only.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImagingRules {
    /// Kinds of document that are radiology reports, e.g. `["imaging-report"]`.
    pub report_kinds: Vec<Spanned<String>>,
    /// Words letters use for each DICOM modality code: `MR = ["mri", "mri-scan"]`, `US = ["echo"]`.
    /// A word may stand under several codes (an X-ray is `CR` or `DX`).
    #[serde(default)]
    pub modalities: BTreeMap<Spanned<String>, Vec<Spanned<String>>>,
}

/// The `[classify]` table: zones, weights and thresholds of the kind scores.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassifyRules {
    /// Body cues within this many lines from the top weigh three times as much (letterhead and
    /// addressee lines never count).
    #[serde(default = "default_heading_lines")]
    pub heading_lines: usize,
    /// Lines starting with these labels name who the document is for or who asked for it ("Aan:",
    /// "t.a.v.", "Aanvrager:", "cc"): never evidence of its kind or its author.
    #[serde(default)]
    pub recipient_labels: Vec<Spanned<String>>,
    /// Those of the recipient labels that name the one who refers ("Verwijzer:"): on a document
    /// titled as a kind written to someone (a referral) that one is its author, while on a report
    /// it is the requester the report goes to.
    #[serde(default)]
    pub referrer_labels: Vec<Spanned<String>>,
    /// Labels of a field naming who sends the document ("Afzender:", "Van:", "From:"): the role
    /// named in its value wrote it, as a signature says.
    #[serde(default)]
    pub sender_labels: Vec<Spanned<String>>,
    /// Labels of a field naming another party of the patient's ("Verzekeraar:", "Apotheek:"): the
    /// role in its value is the patient's insurer or pharmacy, not who wrote the document.
    #[serde(default)]
    pub party_labels: Vec<Spanned<String>>,
    /// Labels of an attention line ("t.a.v.", "Attn"), which follows the name of the organisation
    /// addressed: that name is part of the address block.
    #[serde(default)]
    pub attention_labels: Vec<Spanned<String>>,
    /// Forms of address that open an address block in a letter's head ("Herrn Dr. med. ...",
    /// "De heer ..."): the line and the address below it are the addressee's.
    #[serde(default)]
    pub address_forms: Vec<Spanned<String>>,
    /// Words in a title that name what the document is for ("Samenvatting t.b.v. second
    /// opinion"): a kind's title after them, behind a title of the document's own, is its purpose.
    #[serde(default)]
    pub purpose_words: Vec<Spanned<String>>,
    /// Words in a title that name the document this one is attached to ("Bijlage bij
    /// verwijzing", "Attachment to referral"): a kind's title after them is never this one's.
    #[serde(default)]
    pub attachment_words: Vec<Spanned<String>>,
    /// Words in a form label that make it a request's field ("Examination requested:", "Gevraagd
    /// onderzoek:"): it names what is asked for, not what a report holds, so it is no kind's label.
    #[serde(default)]
    pub request_words: Vec<Spanned<String>>,
    /// Words before a role on a letterhead that name whom the sender serves ("Röntgen &
    /// echografie voor huisartsen"), not who it is.
    #[serde(default)]
    pub served_words: Vec<Spanned<String>>,
    /// Words that qualify a section heading without changing what it is ("Relevant medical
    /// history", "Recente episodes"): a heading is a kind's label with or without them.
    #[serde(default)]
    pub label_qualifiers: Vec<Spanned<String>>,
    /// Labels of the subject line ("Betreft", "Re"); a kind's title in it counts as a title.
    #[serde(default)]
    pub subject_labels: Vec<Spanned<String>>,
    /// Salutations ("Geachte collega", "Dear"): the letterhead ends before them.
    #[serde(default)]
    pub salutations: Vec<Spanned<String>>,
    /// Closings ("Met vriendelijke groet"): the lines after them are the signature.
    #[serde(default)]
    pub closings: Vec<Spanned<String>>,
    /// Labels of a form's signature ("Handtekening verzekerde", "Unterschrift"): the line holding
    /// one and the two after it say who signed.
    #[serde(default)]
    pub signature_labels: Vec<Spanned<String>>,
    /// Words that make a sentence speak of another document ("bijgevoegd", "enclosed", "zie"):
    /// kind cues in such a sentence never make this document that kind.
    #[serde(default)]
    pub enclosure_cues: Vec<Spanned<String>>,
    /// Words saying a result is still to come ("in behandeling", "uitslag volgt", "pending"): a
    /// text holding one meets no kind's required words unless it also holds one of that kind's
    /// cues (a result).
    #[serde(default)]
    pub pending: Vec<Spanned<String>>,
    /// Values that leave a field empty ("-", "blanco", "n.v.t."): "Recente behandelingen: -"
    /// names a section the document does not have, so its label counts for no kind.
    #[serde(default)]
    pub empty_values: Vec<Spanned<String>>,
    /// The letterhead is looked for in this many lines from the top.
    #[serde(default = "default_letterhead_lines")]
    pub letterhead_lines: usize,
    /// A title is looked for in this many lines from the top.
    #[serde(default = "default_title_lines")]
    pub title_lines: usize,
    /// What a kind's title in the title or subject line adds to its score.
    #[serde(default = "default_title_weight")]
    pub title_weight: i64,
    /// What each distinct form label or section heading of a kind adds.
    #[serde(default = "default_label_weight")]
    pub label_weight: i64,
    /// A kind is given when its score reaches this.
    #[serde(default = "default_decide_at")]
    pub decide_at: i64,
    /// A kind scoring at least this, but below `decide_at`, is uncertain: a requirement only such
    /// a document could meet needs a human look.
    #[serde(default = "default_decide_at")]
    pub uncertain_at: i64,
    /// Besides the best kind, another kind is given when it reaches this score too (a discharge
    /// letter with an operation report section). Without it a document has one kind.
    #[serde(default)]
    pub second_kind_at: Option<i64>,
}

impl Default for ClassifyRules {
    fn default() -> Self {
        ClassifyRules {
            heading_lines: default_heading_lines(),
            recipient_labels: Vec::new(),
            referrer_labels: Vec::new(),
            sender_labels: Vec::new(),
            party_labels: Vec::new(),
            attention_labels: Vec::new(),
            address_forms: Vec::new(),
            purpose_words: Vec::new(),
            attachment_words: Vec::new(),
            request_words: Vec::new(),
            served_words: Vec::new(),
            label_qualifiers: Vec::new(),
            subject_labels: Vec::new(),
            salutations: Vec::new(),
            closings: Vec::new(),
            signature_labels: Vec::new(),
            enclosure_cues: Vec::new(),
            pending: Vec::new(),
            empty_values: Vec::new(),
            letterhead_lines: default_letterhead_lines(),
            title_lines: default_title_lines(),
            title_weight: default_title_weight(),
            label_weight: default_label_weight(),
            decide_at: default_decide_at(),
            uncertain_at: default_decide_at(),
            second_kind_at: None,
        }
    }
}

fn default_heading_lines() -> usize {
    12
}

fn default_letterhead_lines() -> usize {
    15
}

fn default_title_lines() -> usize {
    30
}

fn default_title_weight() -> i64 {
    10
}

fn default_label_weight() -> i64 {
    4
}

fn default_decide_at() -> i64 {
    1
}

/// An `[[author]]`: a role that writes documents (GP, specialist, radiologist, lab, patient).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Author {
    /// Stable id, used by kinds and in JSON.
    pub id: Spanned<String>,
    /// Name shown to people.
    pub title: Localized,
    /// Words in the letterhead, signature or form that name this role ("huisartsenpraktijk",
    /// "radioloog", "medische microbiologie").
    #[serde(default)]
    pub cues: Vec<Spanned<String>>,
    /// Words in the body that only this role writes ("mijn hand" for a patient); they weigh less.
    #[serde(default)]
    pub body_cues: Vec<Spanned<String>>,
    /// Roles this one works inside (a radiology department inside a hospital): its letterhead names
    /// both, so this role wins over the one it is inside as soon as its own words are sure.
    #[serde(default)]
    pub inside: Vec<Spanned<String>>,
    /// The kind a letter by this role may be when no title, label or cue makes it anything: a
    /// hospital specialist's signed letter is perhaps their correspondence (uncertain).
    #[serde(default)]
    pub letters: Option<Spanned<String>>,
    /// This role is the person the documents are about: a document signed with the name its own
    /// patient field gives (an insurer's or consent form the patient filled in) is theirs.
    #[serde(default)]
    pub the_patient: bool,
}

fn default_negation_window() -> usize {
    2
}

/// The `[dates]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateRules {
    /// Labels before a letter's own date ("Datum", "Date", "Afnamedatum").
    #[serde(default)]
    pub letter_labels: Vec<Spanned<String>>,
    /// Labels before a birth date, which is never a letter date ("geb.", "geboortedatum", "DOB").
    #[serde(default)]
    pub birth_labels: Vec<Spanned<String>>,
    /// Labels before the date of an event the document reports ("Date of incident", "Datum
    /// ongeval"): never the document's own date.
    #[serde(default)]
    pub event_labels: Vec<Spanned<String>>,
    /// Labels of the letter's own date ("Datum", "Date"): before any other labelled date.
    #[serde(default)]
    pub primary_labels: Vec<Spanned<String>>,
    /// Phrases saying when the document was made or printed ("aangemaakt op", "generated",
    /// "erstellt am"): as the primary labels, but they date it wherever they stand in a line, in a
    /// footer's sentence too ("Dit overzicht is aangemaakt op 03-11-2026").
    #[serde(default)]
    pub stamp_labels: Vec<Spanned<String>>,
    /// Labels of the day a document was printed ("Afgedrukt op", "Printed"): its date only when it
    /// gives itself no other (a printout of a record), after every labelled date at its head.
    #[serde(default)]
    pub print_labels: Vec<Spanned<String>>,
    /// Marks right before a birth date ("*" in German, "°" in Belgian letters).
    #[serde(default)]
    pub birth_marks: Vec<Spanned<String>>,
    /// Postcode formats of countries that write dates month first, as `[context] home_postcode`
    /// writes them ("AA #####" for "Denver, CO 80203"): a sender's address with one reads the
    /// document's slash dates month first when no date itself tells ("09/12/2026").
    #[serde(default)]
    pub month_first_postcodes: Vec<Spanned<String>>,
    /// Words between a label and its date that join them ("d.d.": "Gedicteerd d.d. 09-10-2026").
    #[serde(default)]
    pub date_joiners: Vec<Spanned<String>>,
    /// How many lines from the top an unlabelled date may stand to count as the letter date.
    #[serde(default = "default_top_lines")]
    pub top_lines: usize,
}

impl Default for DateRules {
    fn default() -> Self {
        DateRules {
            primary_labels: Vec::new(),
            stamp_labels: Vec::new(),
            print_labels: Vec::new(),
            birth_marks: Vec::new(),
            month_first_postcodes: Vec::new(),
            date_joiners: Vec::new(),
            letter_labels: Vec::new(),
            birth_labels: Vec::new(),
            event_labels: Vec::new(),
            top_lines: default_top_lines(),
        }
    }
}

fn default_top_lines() -> usize {
    15
}

/// A `[[kind]]`: a type of document the classifier can recognise.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kind {
    /// Stable id, used by requirements and in JSON.
    pub id: Spanned<String>,
    /// Name shown to people.
    pub title: Localized,
    /// Words or phrases in the text that point to this kind; a cue ending in `*` matches word starts.
    #[serde(default)]
    pub cues: Vec<Spanned<String>>,
    /// Words or phrases that point away from this kind (a GP's letterhead is not a specialist's
    /// letter); they subtract from its score as much as a cue adds.
    #[serde(default)]
    pub anti_cues: Vec<Spanned<String>>,
    /// Words in file or folder names that point to this kind, used when the content says nothing.
    #[serde(default)]
    pub name_cues: Vec<Spanned<String>>,
    /// File formats that are this kind whatever they contain ("dicomdir", "dicom", "iso").
    #[serde(default)]
    pub formats: Vec<Spanned<String>>,
    /// Titles of this kind: in a short line near the top or in the subject line they weigh most.
    #[serde(default)]
    pub titles: Vec<Spanned<String>>,
    /// Form labels and section headings of this kind ("Operateur", "Onderzoek", "Vraagstelling").
    #[serde(default)]
    pub labels: Vec<Spanned<String>>,
    /// Phrases that perform what this kind of document does ("hierbij verwijs ik", "I am referring"):
    /// in the body they weigh as much as a form label.
    #[serde(default)]
    pub acts: Vec<Spanned<String>>,
    /// Author roles that write this kind; a document by another known author is at most uncertain.
    #[serde(default)]
    pub authors: Vec<Spanned<String>>,
    /// What an author of `authors` adds to the score.
    #[serde(default)]
    pub author_weight: i64,
    /// Author roles this kind is written to (a referral goes to a specialist).
    #[serde(default)]
    pub recipients: Vec<Spanned<String>>,
    /// What a document addressed to one of `recipients` adds to the score.
    #[serde(default)]
    pub recipient_weight: i64,
    /// Labels of lines that name who wrote a document titled as this kind: a request form is
    /// written by whoever "Aanvrager:" names, whatever its letterhead (the radiology department
    /// that printed it).
    #[serde(default)]
    pub author_labels: Vec<Spanned<String>>,
    /// This kind is given beside a stronger one from this score (default: `[classify]
    /// second_kind_at`).
    #[serde(default)]
    pub second_kind_at: Option<i64>,
    /// A kind whose labels are a letter's sections (a history's "Voorgeschiedenis"): without its
    /// title it is given after another kind that reaches `decide_at` (a referral carrying its
    /// history), never in its place.
    #[serde(default)]
    pub yields_untitled: bool,
    /// Kinds beside which this one is given at `decide_at` when one of its `authors` surely wrote
    /// the document: a specialist's referral is also their correspondence.
    #[serde(default)]
    pub second_beside: Vec<Spanned<String>>,
    /// Kinds beside which this one is given at `decide_at` when one of its `authors` surely wrote
    /// the document as a letter (it greets its reader): a discharge letter holding a full
    /// operation report is that letter too.
    #[serde(default)]
    pub second_in_letter: Vec<Spanned<String>>,
    /// Without one of these words in its content the document is never this kind (an MRSA result
    /// names MRSA; a lab form without it is another result).
    #[serde(default)]
    pub requires: Vec<Spanned<String>>,
    /// And one of these as well: an MRSA screening names MRSA and what makes it a screening (the
    /// swabbed sites, "screening"); a wound culture that says "geen MRSA" is no screening.
    #[serde(default)]
    pub requires_too: Vec<Spanned<String>>,
    /// A document that is this kind is nothing else, unless another kind's title stands in it too
    /// (an appointment letter for an MRI is no MRI report).
    #[serde(default)]
    pub exclusive: bool,
    /// No requirement asks for it: it is there to be told apart from kinds that are asked for (a
    /// cover letter is no referral).
    #[serde(default)]
    pub recognised_only: bool,
    /// Events named in a document of this kind are still to come (an appointment letter, a consent
    /// form): they are plans, never things that happened.
    #[serde(default)]
    pub announces: bool,
    /// Words for records ("verslagen", "beelden", "images"): in a document of this kind (a consent
    /// to request records), a mention of an event a few words from one is a record asked for, no
    /// event.
    #[serde(default)]
    pub record_words: Vec<Spanned<String>>,
    /// The author role of a document of this kind, whatever its letterhead says (an appointment
    /// letter comes from the hospital's office, not from a treating physician).
    #[serde(default)]
    pub written_by: Option<Spanned<String>>,
    /// A copy the patient signed is the patient's, whatever `written_by` says: a consent form
    /// printed by the hospital's office and filled in by the patient.
    #[serde(default)]
    pub patient_fills_in: bool,
    /// Labels of this kind's own date, before any other ("Operatiedatum:" on an operation report
    /// printed months later).
    #[serde(default)]
    pub date_labels: Vec<Spanned<String>>,
    /// Its date labels date the document even when it is other kinds too: a referral with its own
    /// history section is dated by its referral date.
    #[serde(default)]
    pub dates_every_reading: bool,
}

/// A `[[modifier]]`: a ConText rule. Its triggers qualify the fact cues within their scope.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Modifier {
    /// `negated`, `hypothetical`, `historical`, `repeated`, `other-experiencer`, `pseudo`
    /// (qualifies nothing: "geen verbetering" holds "geen" but negates no event) or
    /// `contradiction` (undoes a negation in its scope: "het is niet zo dat ... nooit").
    pub category: Category,
    /// `forward` (targets after the trigger, the default), `backward` or `both`.
    #[serde(default)]
    pub direction: Direction,
    /// The scope ends this many words from the trigger; without it, at the end of the sentence or
    /// at a terminator.
    #[serde(default)]
    pub max_words: Option<usize>,
    /// The trigger counts only where its clause ends right after it: ": geen" negates "Röntgen:
    /// geen." but not "MRI: geen afwijkingen", whose "geen" is about a finding.
    #[serde(default)]
    pub at_clause_end: bool,
    /// With `at_clause_end`: how many words may stand between the trigger and its clause's end.
    /// German "nicht" stands before a verb at the end ("hat nicht stattgefunden") but also before
    /// an adjective ("eine nicht dislozierte Fraktur"), which it alone denies.
    #[serde(default)]
    pub clause_end_within: usize,
    /// A backward trigger says something of the nearest target before it only, as a predicate
    /// says it of its clause's subject: in "Gezien de artrose op de CT is een operatie niet
    /// zinvol" the operation is judged, not the CT (a list of targets counts as one).
    #[serde(default)]
    pub nearest_only: bool,
    /// The trigger sets a condition ("if", "indien", "zo ja"): a report asked for under it ("the
    /// operation note if she had surgery") may not exist, so it does not say the event happened.
    #[serde(default)]
    pub condition: bool,
    /// The trigger counts only where it opens its sentence: a Dutch verb put first asks or sets
    /// a condition ("Bent u opgenomen geweest in het buitenland, dan ..."), while the same words
    /// after a time ("In 2024 bent u geopereerd") tell what happened.
    #[serde(default)]
    pub sentence_start: bool,
    /// The trigger dates an event relative to its clause ("na de operatie", "after the
    /// operation"): inside the scope of a plan, fear or question standing before it, it is part of
    /// what is planned or feared ("bang voor een stijve pols na de operatie"), so it qualifies the
    /// event as that trigger does.
    #[serde(default)]
    pub relative: bool,
    /// Words after which the trigger does nothing: "his wife reports that he was admitted" names
    /// who tells, not whom it happened to.
    #[serde(default)]
    pub not_before: Vec<Spanned<String>>,
    /// Words that, standing earlier in the trigger's clause, make it do nothing: Dutch "wil
    /// geopereerd worden" is still to come, German "ist operiert worden" happened.
    #[serde(default)]
    pub not_after: Vec<Spanned<String>>,
    /// Words that end this modifier's scope besides `[context] terminators`: a negation looking
    /// back stops at "en werd" ("In Izmir is een MRI gemaakt en werd een operatie afgeraden"),
    /// while the place of an event still reaches over it.
    #[serde(default)]
    pub terminated_by: Vec<Spanned<String>>,
    /// `[context] terminators` this modifier's scope passes: a plan section's options separated
    /// by semicolons ("opties: (1) brace; (2) injectie; (3) artroscopie") are all options.
    #[serde(default)]
    pub passes: Vec<Spanned<String>>,
    /// Words that say where a finding was looked for ("op de", "on", "im"): a negation's scope
    /// ends at one of them when a word of its own stands between ("geen afwijkingen op de foto",
    /// "kein Lockerungssaum im Röntgen": the finding is negated, the exam was made).
    #[serde(default)]
    pub finding_on: Vec<Spanned<String>>,
    /// Records of an event ("verslag", "notes", "Unterlagen"): the scope ends at one, so what is
    /// missing or still to come is the record, not the event it is of ("geen verslagen
    /// beschikbaar van de operatie", "X-ray taken today, formal report to follow").
    #[serde(default)]
    pub records: Vec<Spanned<String>>,
    /// The facts whose cues it qualifies (`id`s of `[[fact]]`); every fact when left out. "Pre-op"
    /// puts an operation ahead, not the radiographs taken before it.
    #[serde(default)]
    pub facts: Vec<Spanned<String>>,
    /// The trigger phrases.
    #[serde(default)]
    pub triggers: Vec<Spanned<String>>,
    /// Split verbs that trigger, written "vraagt … aan" as a fact's `split_cues`: the verb
    /// triggers only where its particle follows in its clause ("Wij vragen een MRI van de pols
    /// aan" orders one), so the verb alone ("vragen over de operatie") does nothing.
    #[serde(default)]
    pub split_triggers: Vec<Spanned<String>>,
}

impl Modifier {
    /// Its phrase lists, for validation.
    fn phrase_lists(&self) -> [&[Spanned<String>]; 7] {
        [
            &self.triggers,
            &self.terminated_by,
            &self.passes,
            &self.finding_on,
            &self.records,
            &self.not_before,
            &self.not_after,
        ]
    }
}

/// The `[context]` table.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ContextRules {
    /// Words that end every modifier's scope ("maar", "but", ";").
    #[serde(default)]
    pub terminators: Vec<Spanned<String>>,
    /// Words that join the items of a list ("of", "en", "and", "oder", articles): mentions of one
    /// fact joined by nothing else are one list, qualified as one ("Een röntgenfoto of echo is
    /// niet gemaakt").
    #[serde(default)]
    pub coordination: Vec<Spanned<String>>,
    /// Of those, the ones that join the last item of a list ("of", "and", "oder"; no articles): a
    /// comma followed by an item and one of these goes on with a list, so a negation before the
    /// comma reaches past it ("denies any injury, surgery or imaging").
    #[serde(default)]
    pub conjunctions: Vec<Spanned<String>>,
    /// Words that open a relative clause right after what it is about ("die", "that", "das").
    #[serde(default)]
    pub relative_pronouns: Vec<Spanned<String>>,
    /// Auxiliaries of a past event ("werd", "was", "wurde", "is"): a relative clause holding one
    /// says the event it is about happened, whatever condition or question the sentence puts
    /// around it ("Indien de MRI die in mei werd gemaakt een scheur toont, ...").
    #[serde(default)]
    pub past_auxiliaries: Vec<Spanned<String>>,
    /// Places outside the country of the clinic: countries, regions, cities, foreign hospital
    /// names ("AZ", "UZ", "Klinikum"), in every spelling letters use.
    #[serde(default)]
    pub abroad: Vec<Spanned<String>>,
    /// Adjectives of other countries ("Turks", "Spanish", "türkisch*"): a place abroad only before
    /// one of the `care_places` ("een Turks ziekenhuis", "einem spanischen Krankenhaus"); "a British
    /// engineer living in Leiden" is no care in Britain. A cue ending in `*` takes the endings of an
    /// inflected adjective.
    #[serde(default)]
    pub abroad_adjectives: Vec<Spanned<String>>,
    /// Places at home ("in Nederland", "hier"): nearer to the event than a foreign place, they say
    /// the care was at home.
    #[serde(default)]
    pub home: Vec<Spanned<String>>,
    /// Words for "here" ("hier", "bij ons"): at home in a letter written at home, abroad in a
    /// letter written abroad.
    #[serde(default)]
    pub here: Vec<Spanned<String>>,
    /// Words for "there" ("daar", "dort", "dortigen"): the place named last before them in the
    /// sentence, across a semicolon ("woonachtig in Dubai; de pols werd daar geopereerd").
    #[serde(default)]
    pub there: Vec<Spanned<String>>,
    /// Words that are part of a name when written with a capital after another capitalised word
    /// ("Mill Lane Surgery", "Hand Surgery Clinic"): no event then.
    #[serde(default)]
    pub name_words: Vec<Spanned<String>>,
    /// Words for a department ("afdeling", "department", "Abteilung"): the capitalised words right
    /// after one are its name ("afdeling Röntgen", "Abteilung Chirurgie"), no event.
    #[serde(default)]
    pub department_words: Vec<Spanned<String>>,
    /// Small words that join the capitalised words of a name ("&", "voor", "of"): in "Centrum voor
    /// Beeldvorming" and "Department of Imaging" the last word is part of the name as well.
    #[serde(default)]
    pub name_joiners: Vec<Spanned<String>>,
    /// Words for a hospital in another language than the home one, which name a hospital abroad
    /// when written as part of a capitalised name ("Royal Derby Hospital", "Hospital Costa
    /// Blanca"), unless the name holds a place at home ("Rijnstate Hospital").
    #[serde(default)]
    pub abroad_name_words: Vec<Spanned<String>>,
    /// Ends of compounds that name an institution or a street ("Röntgeninstitut", "Röntgenweg"):
    /// a cue at the start of such a word names a place, not an event.
    #[serde(default)]
    pub name_heads: Vec<Spanned<String>>,
    /// Telephone prefixes of other countries ("+32", "0049"); in a letterhead they make the
    /// document one written abroad.
    #[serde(default)]
    pub abroad_phone_prefixes: Vec<Spanned<String>>,
    /// The home country's postcode format, `#` a digit and `A` a capital letter ("#### AA"): a
    /// sender's address with a postcode of another format ("52062 Aachen", "8500 Kortrijk",
    /// "Aurora, CO 80045") makes the document one written abroad.
    #[serde(default)]
    pub home_postcode: Option<Spanned<String>>,
    /// Postcode formats of other countries that hold letters, as `home_postcode` writes them
    /// ("A## #AA" for "RG1 8XX"): a number alone does not show them, and a sender's address with
    /// one makes the document one written abroad.
    #[serde(default)]
    pub abroad_postcodes: Vec<Spanned<String>>,
    /// Words between a person's initials and surname ("van", "de", "von"): a place after them is a
    /// surname ("dr. S.M. van Aalst"), not where something happened.
    #[serde(default)]
    pub surname_particles: Vec<Spanned<String>>,
    /// Words for a hospital or its emergency department: in a letter written abroad by someone
    /// who is not a hospital (a GP there), an event in a sentence naming one happened abroad.
    #[serde(default)]
    pub care_places: Vec<Spanned<String>>,
    /// Common short words of the home language ("de", "het", "een"): a hospital's letter with
    /// almost none of them in its text is written in another language, so abroad, unless its
    /// letterhead gives an address of the home postcode format.
    #[serde(default)]
    pub home_language: Vec<Spanned<String>>,
    /// The clinic's country (ISO 3166 code, "NL"): every town of another country in the built-in
    /// gazetteer (`rules/language/places.tsv`) is then a place abroad too, after one of the
    /// `town_prepositions`, unless a place at home has the same name.
    #[serde(default)]
    pub home_country: Option<Spanned<String>>,
    /// Words that put something in a town ("in", "te", "aus"): a town of the gazetteer counts only
    /// right after one, so a surname that is also a town is no place.
    #[serde(default)]
    pub town_prepositions: Vec<Spanned<String>>,
    /// Words for a hospital that follow its town's name ("Eastbourne District General", "Leeds
    /// Teaching Hospitals"): a capitalised town of the gazetteer right before one is a place too.
    #[serde(default)]
    pub town_hospitals: Vec<Spanned<String>>,
    /// Towns abroad that are also words, so the gazetteer leaves them out ("Nice", "Essen",
    /// "Split"): a place only where written with a capital right after one of the
    /// `town_prepositions` ("in Nice geopereerd", "Klinikum Essen"), never "a nice hospital".
    #[serde(default)]
    pub towns_that_are_words: Vec<Spanned<String>>,
}

impl ContextRules {
    /// Every phrase list of the table, for the checks all cue lists get.
    fn cue_lists(&self) -> [&[Spanned<String>]; 22] {
        [
            &self.terminators,
            &self.coordination,
            &self.conjunctions,
            &self.relative_pronouns,
            &self.past_auxiliaries,
            &self.abroad,
            &self.abroad_adjectives,
            &self.home,
            &self.here,
            &self.there,
            &self.name_words,
            &self.department_words,
            &self.name_joiners,
            &self.abroad_name_words,
            &self.name_heads,
            &self.abroad_phone_prefixes,
            &self.surname_particles,
            &self.care_places,
            &self.home_language,
            &self.town_prepositions,
            &self.town_hospitals,
            &self.towns_that_are_words,
        ]
    }
}

/// A `[[fact]]`: something about the patient that letters state and requirements depend on.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Stable id, used by `when`, `--fact` and `dossier.toml`.
    pub id: Spanned<String>,
    /// Name shown to people.
    pub title: Localized,
    /// Phrases that state the fact as an event when not negated, planned or asked.
    #[serde(default)]
    pub cues: Vec<Spanned<String>>,
    /// Groups of phrases that must all occur in one clause (one phrase of each group).
    #[serde(default)]
    pub cue_groups: Vec<Vec<Spanned<String>>>,
    /// Kinds whose presence in the dossier makes the fact true (a CD proves imaging was done).
    #[serde(default)]
    pub kinds: Vec<Spanned<String>>,
    /// A fact that is a relation: an event (one of `cues`) at a place abroad (`[context] abroad`)
    /// within this many words in one sentence, the nearest place deciding; or an event in a
    /// document whose letterhead is abroad.
    #[serde(default)]
    pub abroad_within: Option<usize>,
    /// Other facts whose cues are events of this one too (an operation is a treatment).
    #[serde(default)]
    pub cues_of: Vec<Spanned<String>>,
    /// Author roles whose letter, written abroad (a foreign place or phone prefix in its
    /// letterhead), is itself evidence of care abroad.
    #[serde(default)]
    pub abroad_authors: Vec<Spanned<String>>,
    /// Words that keep the fact to the problem at hand: a sentence naming only `out_of_scope`
    /// words (knee, appendix) and none of these does not count.
    #[serde(default)]
    pub scope: Vec<Spanned<String>>,
    /// Body parts and problems outside the fact's scope. The nearest of `scope` and `out_of_scope`
    /// to a mention decides whether it is about the problem at hand.
    #[serde(default)]
    pub out_of_scope: Vec<Spanned<String>>,
    /// Cues that count only next to a `scope` word (a "-ectomie" is a hand operation only when the
    /// sentence names the hand).
    #[serde(default)]
    pub needs_scope: Vec<Spanned<String>>,
    /// Cues that count only with one of `objects` in their clause: what a surgeon repairs ("de
    /// pees werd hersteld", "peesletsel ... gehecht"), where a wound sutured or a wrist that has
    /// "hersteld" (recovered) is no operation.
    #[serde(default)]
    pub needs_object: Vec<Spanned<String>>,
    /// The objects `needs_object` cues need.
    #[serde(default)]
    pub objects: Vec<Spanned<String>>,
    /// Separable verbs, written "verb … particle" ("zette … vast", "haalde … weg"): they match
    /// when the particle follows the verb in its clause, a few words on.
    #[serde(default)]
    pub split_cues: Vec<Spanned<String>>,
    /// Words that name a record of the event rather than the event ("operatieverslag",
    /// "operation note"). They are cues, but where the same sentence says what happened to the
    /// event itself ("een operatieverslag is er niet: zij is niet geopereerd"), the event decides.
    #[serde(default)]
    pub record_cues: Vec<Spanned<String>>,
    /// Records that are documents or images ("operation notes", "the images"): a request for one
    /// says it exists, so the event happened ("we have requested the operation notes"); one not
    /// at hand says nothing. Also records.
    #[serde(default)]
    pub document_cues: Vec<Spanned<String>>,
    /// Places where the patient stays for the event ("ziekenhuis", "hospital"): naming one in a
    /// sentence ("a week in a hospital in Lyon") says the event happened, as a record does. Not
    /// when the place opens the sentence as a name ("Klinik für Unfallchirurgie, Chefarzt ..."):
    /// that is a letterhead or an address, not a stay.
    #[serde(default)]
    pub stay_cues: Vec<Spanned<String>>,
    /// Words that say the event happened before, whatever the sentence says of the word itself:
    /// a revision, planned or not, revises an earlier operation ("revisie van de CTS-release wordt
    /// overwogen"). Ranked as records: what the sentence says of the event itself decides.
    #[serde(default)]
    pub presupposing_cues: Vec<Spanned<String>>,
}

impl Fact {
    /// Its phrase lists (without `cue_groups`), for validation.
    fn phrase_lists(&self) -> [&[Spanned<String>]; 10] {
        [
            &self.cues,
            &self.scope,
            &self.out_of_scope,
            &self.needs_scope,
            &self.needs_object,
            &self.objects,
            &self.record_cues,
            &self.document_cues,
            &self.stay_cues,
            &self.presupposing_cues,
        ]
    }
}

/// A `[[requirement]]`: something the dossier must hold.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// Stable id; scripts key on it.
    pub id: Spanned<String>,
    /// What must be there, as shown to people.
    pub title: Localized,
    /// Kinds of document that can meet it.
    pub kinds: Vec<Spanned<String>>,
    /// Condition on facts: `"fact"`, `"not fact"`, `"a or b"`. Without it the requirement always applies.
    #[serde(default)]
    pub when: Option<Spanned<Condition>>,
    /// The document must contain at least one of these phrases (not negated).
    #[serde(default)]
    pub mention: Vec<Spanned<String>>,
    /// What `mention` means, for the reason shown when a document lacks it.
    #[serde(default)]
    pub mention_title: Option<Localized>,
    /// The document's own date must be at most this many days before the check date.
    #[serde(default)]
    pub max_age_days: Option<u32>,
    /// Other documents that can meet this requirement through a section of theirs.
    #[serde(default)]
    pub also_met_by: Vec<Section>,
    /// Met only by the report of the newest study on the imaging media: an older report alone
    /// leaves it missing, named as such (needs `[imaging]`).
    #[serde(default)]
    pub newest_study: bool,
    /// Text to ask the referrer or patient for the item.
    pub request: Localized,
}

/// A section of another document that can meet a requirement (a referral's "Voorgeschiedenis").
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Kinds of document that may carry the section.
    pub kinds: Vec<Spanned<String>>,
    /// Headings that start the section ("Voorgeschiedenis", "Medical history").
    pub headings: Vec<Spanned<String>>,
    /// The section must contain at least one of these phrases (e.g. recent treatments).
    #[serde(default)]
    pub mention: Vec<Spanned<String>>,
}

/// A problem in a checklist, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistError {
    /// File name as given (or `<built-in>`).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ChecklistError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Line 0: the problem is with the file as a whole (it does not exist), not a place in it.
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            )
        }
    }
}

/// Every problem found in a checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistErrors(pub Vec<ChecklistError>);

impl fmt::Display for ChecklistErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ChecklistErrors {}

/// The languages reports can be written in.
pub const LANGUAGES: &[&str] = &["nl", "en"];
/// The formats a kind can claim in `formats`.
pub const MEDIA_FORMATS: &[&str] = &["dicomdir", "dicom", "iso"];

/// What a modifier says of the targets in its scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// The event did not happen ("geen", "nooit", "not performed").
    Negated,
    /// A plan, offer, advice, request or question, not an event ("geïndiceerd", "offered", "?").
    Hypothetical,
    /// In the past: still an event that happened.
    Historical,
    /// About someone other than the patient ("moeder", "brother").
    OtherExperiencer,
    /// A repeat of the event ("opnieuw opereren", "erneute Operation", "no further imaging"): an
    /// earlier one happened, whatever the sentence says of the repeat.
    Repeated,
    /// A result of the event ("the MRI showed a tear", "die CT ergab"): it was done, whoever
    /// planned or asked for it.
    Result,
    /// Looks like a trigger but qualifies nothing ("geen verbetering", "no change").
    Pseudo,
    /// Denies the statement that follows ("het is niet zo dat", "it is not true that"): a
    /// negation inside that statement is undone ("... dat zij nooit geopereerd is" says she was).
    Contradiction,
}

/// Which way a trigger's scope runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// Targets after the trigger ("geen MRI").
    #[default]
    Forward,
    /// Targets before it ("MRI niet verricht").
    Backward,
    /// Both.
    Both,
}

/// A condition on facts, parsed from `when`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    /// Applies when any of these terms holds.
    pub any: Vec<Term>,
}

/// One term of a condition: a fact, possibly negated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The fact id.
    pub fact: String,
    /// True for `not fact`.
    pub negated: bool,
}

impl Condition {
    /// Parses `"a"`, `"not a"`, `"a or not b"`.
    pub fn parse(text: &str) -> Result<Condition, String> {
        let mut any = Vec::new();
        for part in text.split(" or ") {
            let words: Vec<&str> = part.split_whitespace().collect();
            let term = match words.as_slice() {
                [fact] => Term {
                    fact: fact.to_string(),
                    negated: false,
                },
                ["not", fact] => Term {
                    fact: fact.to_string(),
                    negated: true,
                },
                _ => {
                    return Err(format!(
                        "invalid value: cannot read condition `{text}`: write a fact id, `not FACT`, or terms joined by ` or `"
                    ))
                }
            };
            any.push(term);
        }
        Ok(Condition { any })
    }
}

/// A condition is read once, where the checklist is parsed: a wrong one is reported there, at its
/// line, like any other wrong value.
impl<'de> Deserialize<'de> for Condition {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Condition, D::Error> {
        let text = String::deserialize(deserializer)?;
        Condition::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl Checklist {
    /// Loads the built-in checklist (`rules/second-opinion.toml`).
    pub fn builtin() -> Result<Checklist, ChecklistErrors> {
        Checklist::parse(BUILTIN_SOURCE, "<built-in second-opinion.toml>")
    }

    /// The bundled checklist with this name.
    pub fn bundled(name: &str) -> Option<Bundled> {
        BUNDLED.iter().copied().find(|b| b.name == name)
    }

    /// Loads `--checklist ARG`: a file if one exists at that path, else a bundled checklist by name.
    pub fn resolve(arg: &Path) -> Result<Checklist, ChecklistErrors> {
        if arg.is_file() {
            return Checklist::load(arg);
        }
        let name = arg.to_string_lossy();
        match Checklist::bundled(&name) {
            Some(b) => Checklist::parse(b.source, &format!("<bundled {}.toml>", b.name)),
            None => Err(ChecklistErrors(vec![ChecklistError {
                file: name.to_string(),
                line: 0,
                column: 0,
                message: format!(
                    "no such checklist file, and no bundled checklist by that name{} (bundled: {})",
                    did_you_mean(&name)
                        .map(|n| format!("; did you mean `{n}`?"))
                        .unwrap_or_default(),
                    BUNDLED
                        .iter()
                        .map(|b| b.name)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            }])),
        }
    }

    /// Reads and validates a checklist file.
    pub fn load(path: &Path) -> Result<Checklist, ChecklistErrors> {
        let name = path.display().to_string();
        let source = std::fs::read_to_string(path).map_err(|e| {
            ChecklistErrors(vec![ChecklistError {
                file: name.clone(),
                line: 0,
                column: 0,
                message: format!("cannot read checklist: {e}"),
            }])
        })?;
        Checklist::parse(&source, &name)
    }

    /// Parses and validates checklist text; `file` names it in messages.
    ///
    /// Every problem is reported, in line order: a key the schema does not know or a value of the
    /// wrong type is noted and that entry set aside (commented out, so every line keeps its
    /// number), and parsing goes on; then the checks the types cannot make run on the rest.
    pub fn parse(source: &str, file: &str) -> Result<Checklist, ChecklistErrors> {
        let mut text = source.to_string();
        let mut errors = Vec::new();
        let mut set_aside_keys: Vec<String> = Vec::new();
        let checklist = loop {
            match toml::from_str::<Checklist>(&text) {
                Ok(checklist) => break Some(checklist),
                Err(e) => {
                    let span = e.span().unwrap_or(0..0);
                    let message = e.message().trim().to_string();
                    // A required key set aside for its wrong value is not missing: it was reported.
                    let missing = message
                        .strip_prefix("missing field `")
                        .and_then(|m| m.split('`').next());
                    if missing.is_some_and(|k| set_aside_keys.iter().any(|s| s == k)) {
                        break None;
                    }
                    errors.push(error_at(&text, file, span.clone(), &message));
                    let line_start = text[..span.start.min(text.len())]
                        .rfind('\n')
                        .map_or(0, |i| i + 1);
                    if let Some((key, _)) = text[line_start..].split_once('=') {
                        set_aside_keys.push(key.trim().trim_matches('"').to_string());
                    }
                    let recoverable = [
                        "unknown field",
                        "invalid type",
                        "invalid value",
                        "unknown variant",
                    ]
                    .iter()
                    .any(|m| message.starts_with(m));
                    if !recoverable || errors.len() >= 100 || !set_aside(&mut text, span.start) {
                        break None;
                    }
                }
            }
        };
        if let Some(checklist) = &checklist {
            errors.extend(
                checklist
                    .validate()
                    .into_iter()
                    .map(|(span, message)| error_at(&text, file, span, &message)),
            );
        }
        match checklist {
            Some(checklist) if errors.is_empty() => Ok(checklist),
            _ => {
                errors.sort_by_key(|e| (e.line, e.column));
                Err(ChecklistErrors(errors))
            }
        }
    }

    /// The report language.
    pub fn language(&self) -> &str {
        self.checklist.language.get_ref()
    }

    /// The kind with this id.
    pub fn kind(&self, id: &str) -> Option<&Kind> {
        self.kinds.iter().find(|k| k.id.get_ref() == id)
    }

    /// The `[imaging]` table, when the checklist has one.
    pub fn imaging(&self) -> Option<&ImagingRules> {
        self.imaging.as_ref().map(Spanned::get_ref)
    }

    /// The fact with this id.
    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id.get_ref() == id)
    }

    /// Checks everything the types cannot: ids, references, empty cues, conditions.
    fn validate(&self) -> Vec<(Range<usize>, String)> {
        let mut v = Validator::new(self);
        v.language();
        if self.requirements.is_empty() {
            v.problems
                .push((0..0, "the checklist has no [[requirement]]".to_string()));
        }
        for list in self.cue_lists() {
            non_empty_cues(list, &mut v.problems);
        }
        for m in &self.modifiers {
            if m.triggers.is_empty() && m.split_triggers.is_empty() {
                v.problems
                    .push((0..0, "a [[modifier]] has no triggers".to_string()));
            }
            for trigger in &m.split_triggers {
                v.split_verb("split trigger", trigger);
            }
            for fact in m
                .facts
                .iter()
                .filter(|f| !v.fact_ids.contains(f.get_ref().as_str()))
            {
                let message = format!("unknown fact `{}` in a [[modifier]]", fact.get_ref());
                v.problems.push((fact.span(), message));
            }
        }
        if let Some(second) = self.authors.iter().filter(|a| a.the_patient).nth(1) {
            let message = "more than one [[author]] is `the_patient`".to_string();
            v.problems.push((second.id.span(), message));
        }
        for a in &self.authors {
            v.kinds(a.letters.as_slice());
            v.authors(&a.inside);
        }
        v.imaging();
        if let Some(country) = &self.context.home_country {
            if !crate::gazetteer::knows_country(country.get_ref()) {
                let message = format!(
                    "unknown home_country `{}`: give a country's two-letter ISO code, such as \"NL\"",
                    country.get_ref()
                );
                v.problems.push((country.span(), message));
            }
        }
        self.kinds.iter().for_each(|k| v.kind(k));
        self.facts.iter().for_each(|f| v.fact(f));
        self.requirements.iter().for_each(|r| v.requirement(r));
        v.problems
    }

    /// Every cue list of the checklist, for the checks every list gets.
    pub(crate) fn cue_lists(&self) -> Vec<&[Spanned<String>]> {
        let (l, d, c, ctx) = (&self.language, &self.dates, &self.classify, &self.context);
        let mut lists: Vec<&[Spanned<String>]> = vec![
            &l.negations,
            &l.negations_after,
            &l.negation_fillers,
            &l.modality,
            &l.clause_breaks,
            &l.masks,
            &d.letter_labels,
            &d.primary_labels,
            &d.stamp_labels,
            &d.print_labels,
            &d.date_joiners,
            &d.birth_labels,
            &d.event_labels,
            &c.recipient_labels,
            &c.referrer_labels,
            &c.sender_labels,
            &c.party_labels,
            &c.attention_labels,
            &c.address_forms,
            &c.purpose_words,
            &c.attachment_words,
            &c.request_words,
            &c.served_words,
            &c.label_qualifiers,
            &c.subject_labels,
            &c.salutations,
            &c.closings,
            &c.signature_labels,
            &c.enclosure_cues,
            &c.pending,
            &c.empty_values,
            &self.patient.name_labels,
        ];
        lists.extend(ctx.cue_lists());
        for k in &self.kinds {
            lists.extend([
                &k.cues[..],
                &k.anti_cues[..],
                &k.name_cues[..],
                &k.titles[..],
                &k.labels[..],
                &k.acts[..],
                &k.requires[..],
                &k.requires_too[..],
                &k.date_labels[..],
                &k.author_labels[..],
            ]);
        }
        for a in &self.authors {
            lists.extend([&a.cues[..], &a.body_cues[..]]);
        }
        lists.extend(self.modifiers.iter().flat_map(Modifier::phrase_lists));
        if let Some(imaging) = self.imaging() {
            lists.extend(imaging.modalities.values().map(Vec::as_slice));
        }
        for f in &self.facts {
            lists.extend(f.phrase_lists());
            lists.extend(f.cue_groups.iter().map(Vec::as_slice));
        }
        for r in &self.requirements {
            lists.push(&r.mention);
            for sec in &r.also_met_by {
                lists.extend([&sec.headings[..], &sec.mention[..]]);
            }
        }
        lists
    }
}

/// The checks of [`Checklist::validate`] that need the declared ids: every reference to a kind,
/// fact or author must name one.
struct Validator<'c> {
    checklist: &'c Checklist,
    kind_ids: HashSet<&'c str>,
    fact_ids: HashSet<&'c str>,
    author_ids: HashSet<&'c str>,
    problems: Vec<(Range<usize>, String)>,
}

impl<'c> Validator<'c> {
    fn new(checklist: &'c Checklist) -> Validator<'c> {
        let mut problems = Vec::new();
        let c = checklist;
        let kind_ids = unique_ids(c.kinds.iter().map(|k| &k.id), "kind", &mut problems);
        let fact_ids = unique_ids(c.facts.iter().map(|f| &f.id), "fact", &mut problems);
        let requirements = c.requirements.iter().map(|r| &r.id);
        unique_ids(requirements, "requirement", &mut problems);
        let author_ids = unique_ids(c.authors.iter().map(|a| &a.id), "author", &mut problems);
        Validator {
            checklist,
            kind_ids,
            fact_ids,
            author_ids,
            problems,
        }
    }

    fn language(&mut self) {
        let language = &self.checklist.checklist.language;
        let lang = language.get_ref();
        if !LANGUAGES.contains(&lang.as_str()) {
            let message = format!(
                "unknown language `{lang}`; expected one of: {}",
                LANGUAGES.join(", ")
            );
            self.problems.push((language.span(), message));
        }
    }

    /// Each reference must name a declared kind.
    fn kinds(&mut self, refs: &[Spanned<String>]) {
        for r in refs
            .iter()
            .filter(|r| !self.kind_ids.contains(r.get_ref().as_str()))
        {
            let message = format!(
                "unknown kind `{}`; declared kinds: {}",
                r.get_ref(),
                list(&self.kind_ids)
            );
            self.problems.push((r.span(), message));
        }
    }

    /// Each reference must name a declared author role.
    fn authors(&mut self, refs: &[Spanned<String>]) {
        for a in refs
            .iter()
            .filter(|a| !self.author_ids.contains(a.get_ref().as_str()))
        {
            let message = format!(
                "unknown author `{}`; declared authors: {}",
                a.get_ref(),
                list(&self.author_ids)
            );
            self.problems.push((a.span(), message));
        }
    }

    fn imaging(&mut self) {
        let Some(imaging) = &self.checklist.imaging else {
            return;
        };
        if imaging.get_ref().report_kinds.is_empty() {
            self.problems.push((
                imaging.span(),
                "[imaging] report_kinds is empty: name the kinds that are radiology reports"
                    .to_string(),
            ));
        }
        self.kinds(&imaging.get_ref().report_kinds);
        for (code, words) in &imaging.get_ref().modalities {
            if let Some(message) = modality_code_problem(code.get_ref()) {
                self.problems.push((code.span(), message));
            }
            if words.is_empty() {
                let message = format!("modality `{}` lists no words", code.get_ref());
                self.problems.push((code.span(), message));
            }
        }
    }

    fn kind(&mut self, kind: &Kind) {
        self.kinds(&kind.second_beside);
        self.kinds(&kind.second_in_letter);
        self.authors(&kind.authors);
        self.authors(&kind.recipients);
        self.authors(kind.written_by.as_slice());
        for f in &kind.formats {
            if !MEDIA_FORMATS.contains(&f.get_ref().as_str()) {
                let message = format!(
                    "unknown format `{}`; expected one of: {}",
                    f.get_ref(),
                    MEDIA_FORMATS.join(", ")
                );
                self.problems.push((f.span(), message));
            }
        }
        let recognisable = [
            &kind.cues,
            &kind.titles,
            &kind.labels,
            &kind.acts,
            &kind.name_cues,
            &kind.formats,
        ];
        if recognisable.iter().all(|list| list.is_empty()) {
            let message = format!(
                "kind `{}` has no titles, labels, acts, cues, name_cues or formats, so no document can ever be this kind",
                kind.id.get_ref()
            );
            self.problems.push((kind.id.span(), message));
        }
    }

    fn fact(&mut self, fact: &Fact) {
        for other in &fact.cues_of {
            if !self.fact_ids.contains(other.get_ref().as_str()) {
                let message = format!("unknown fact `{}` in cues_of", other.get_ref());
                self.problems.push((other.span(), message));
            }
        }
        self.authors(&fact.abroad_authors);
        for _ in fact.cue_groups.iter().filter(|g| g.is_empty()) {
            let message = format!("fact `{}` has an empty cue group", fact.id.get_ref());
            self.problems.push((fact.id.span(), message));
        }
        self.kinds(&fact.kinds);
        for cue in &fact.split_cues {
            self.split_verb("split cue", cue);
        }
    }

    /// A split verb must be one verb, the gap and one particle.
    fn split_verb(&mut self, what: &str, written: &Spanned<String>) {
        if crate::separable::parts(written.get_ref()).is_none() {
            let message = format!(
                "{what} `{}` must be one verb, \"{}\" and one particle (\"zette {} vast\")",
                written.get_ref(),
                crate::separable::GAP,
                crate::separable::GAP
            );
            self.problems.push((written.span(), message));
        }
    }

    fn requirement(&mut self, req: &Requirement) {
        let id = req.id.get_ref();
        if req.kinds.is_empty() {
            let message = format!("requirement `{id}` names no kinds");
            self.problems.push((req.id.span(), message));
        }
        self.kinds(&req.kinds);
        for section in &req.also_met_by {
            self.kinds(&section.kinds);
            if section.headings.is_empty() {
                let message = format!("requirement `{id}`: also_met_by needs at least one heading");
                self.problems.push((req.id.span(), message));
            }
        }
        let Some(when) = &req.when else {
            return;
        };
        for term in &when.get_ref().any {
            if !self.fact_ids.contains(term.fact.as_str()) {
                let message = format!(
                    "unknown fact `{}`; declared facts: {}",
                    term.fact,
                    list(&self.fact_ids)
                );
                self.problems.push((when.span(), message));
            }
        }
    }
}

impl Checklist {
    /// Things that are allowed but probably wrong: cues that can never match or match everything,
    /// duplicate cues, kinds and facts that nothing uses. Same form as errors.
    pub fn warnings(&self, source: &str, file: &str) -> Vec<ChecklistError> {
        let mut found: Vec<(Range<usize>, String)> = Vec::new();
        for list in self.cue_lists() {
            cue_warnings(list, &mut found);
        }
        self.unused_warnings(&mut found);
        // A bound on the words before the clause's end means something only where the trigger
        // must stand at that end.
        for m in self
            .modifiers
            .iter()
            .filter(|m| m.clause_end_within > 0 && !m.at_clause_end)
        {
            if let Some(first) = m.triggers.first() {
                found.push((
                    first.span(),
                    "`clause_end_within` does nothing without `at_clause_end = true`".to_string(),
                ));
            }
        }
        found.sort_by_key(|(span, _)| span.start);
        found
            .into_iter()
            .map(|(span, message)| error_at(source, file, span, &message))
            .collect()
    }
}

impl Checklist {
    /// Kinds no requirement or fact asks for, facts no requirement hangs on, facts nothing can set.
    fn unused_warnings(&self, found: &mut Vec<(Range<usize>, String)>) {
        let mut used_kinds = HashSet::new();
        let mut used_facts = HashSet::new();
        if let Some(imaging) = self.imaging() {
            used_kinds.extend(imaging.report_kinds.iter().map(|k| k.get_ref().as_str()));
        }
        for r in &self.requirements {
            used_kinds.extend(r.kinds.iter().map(|k| k.get_ref().as_str()));
            for sec in &r.also_met_by {
                used_kinds.extend(sec.kinds.iter().map(|k| k.get_ref().as_str()));
            }
            if let Some(when) = &r.when {
                used_facts.extend(when.get_ref().any.iter().map(|t| t.fact.as_str()));
            }
        }
        for f in &self.facts {
            used_kinds.extend(f.kinds.iter().map(|k| k.get_ref().as_str()));
            if !used_facts.contains(f.id.get_ref().as_str()) {
                found.push((
                    f.id.span(),
                    format!(
                        "fact `{}` is not used by any requirement's `when`",
                        f.id.get_ref()
                    ),
                ));
            }
            if f.cues.is_empty() && f.cue_groups.is_empty() && f.kinds.is_empty() {
                found.push((
                    f.id.span(),
                    format!(
                        "fact `{}` has no cues or kinds: only dossier.toml or --fact can set it",
                        f.id.get_ref()
                    ),
                ));
            }
        }
        for k in &self.kinds {
            // A kind no requirement asks for may still be there to be recognised (an
            // appointment letter that must not pass as a report).
            let recognised_only =
                k.recognised_only || k.exclusive || k.announces || k.written_by.is_some();
            if !recognised_only && !used_kinds.contains(k.id.get_ref().as_str()) {
                found.push((
                    k.id.span(),
                    format!(
                        "kind `{}` is not used by any requirement or fact",
                        k.id.get_ref()
                    ),
                ));
            }
        }
    }
}

/// Cues that can never match, match almost everything, or are there twice.
fn cue_warnings(list: &[Spanned<String>], found: &mut Vec<(Range<usize>, String)>) {
    let mut seen = HashSet::new();
    for cue in list {
        let text = cue.get_ref();
        let folded = crate::text::fold(text);
        if !seen.insert(folded.clone()) {
            found.push((cue.span(), format!("duplicate cue `{text}` in this list")));
        }
        if text.trim() != text || text.contains("  ") || text.contains('\n') {
            found.push((
                cue.span(),
                format!("cue `{text}` has extra white space; letters are matched with single spaces, so it can never match"),
            ));
        }
        if text.trim_matches('*').contains('*') {
            found.push((
                cue.span(),
                format!("cue `{text}`: `*` only works at the start or the end of a cue; elsewhere it can never match"),
            ));
        }
        if text.starts_with('*') && folded.trim_matches('*').chars().count() <= 3 {
            found.push((
                cue.span(),
                format!("cue `{text}` matches almost every word that ends with those letters"),
            ));
        }
        if text.ends_with('*') && folded.trim_end_matches('*').chars().count() <= 2 {
            found.push((
                cue.span(),
                format!("cue `{text}` matches almost every word that starts with those letters"),
            ));
        }
    }
}

fn unique_ids<'a>(
    ids: impl Iterator<Item = &'a Spanned<String>>,
    what: &str,
    problems: &mut Vec<(Range<usize>, String)>,
) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for id in ids {
        let text = id.get_ref().as_str();
        if text.trim().is_empty() {
            problems.push((id.span(), format!("{what} id is empty")));
        } else if !seen.insert(text) {
            problems.push((id.span(), format!("duplicate {what} id `{text}`")));
        }
    }
    seen
}

fn non_empty_cues(cues: &[Spanned<String>], problems: &mut Vec<(Range<usize>, String)>) {
    for cue in cues {
        if crate::text::fold(cue.get_ref().trim_matches('*'))
            .trim()
            .is_empty()
        {
            problems.push((
                cue.span(),
                "empty cue: it would match everything or nothing".to_string(),
            ));
        }
    }
}

/// Why a modality code is not a DICOM code (upper-case letters, digits and `_`, at most 16), if it
/// is not one: images name their modality that way, so any other key could never match.
fn modality_code_problem(code: &str) -> Option<String> {
    let valid = !code.is_empty()
        && code.len() <= 16
        && code
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    (!valid).then(|| {
        format!(
            "modality `{code}` is not a DICOM modality code (upper-case, e.g. MR, CT, US, CR, DX), so no image can match it"
        )
    })
}

fn list(ids: &HashSet<&str>) -> String {
    let mut v: Vec<&str> = ids.iter().copied().collect();
    v.sort_unstable();
    if v.is_empty() {
        "(none)".to_string()
    } else {
        v.join(", ")
    }
}

/// Comments out the `key = value` entry on the line holding `offset` and the lines its value
/// continues on, keeping every line's number. False when that is not a key line (a table header,
/// or nothing to set aside), so parsing cannot go on.
fn set_aside(text: &mut String, offset: usize) -> bool {
    let start = text[..offset.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let is_key_line = |line: &str| {
        let t = line.trim_start();
        match t.find('=') {
            Some(eq) => {
                let key = t[..eq].trim_end();
                !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_alphanumeric() || "_-.\"' ".contains(c))
            }
            None => false,
        }
    };
    let first = text[start..].lines().next().unwrap_or("");
    if first.trim_start().starts_with('#') || !is_key_line(first) {
        return false;
    }
    let mut end = start + first.len();
    if text[end..].starts_with('\n') {
        end += 1;
    }
    for line in text[end..].split_inclusive('\n') {
        let t = line.trim_start();
        if t.is_empty() || t.starts_with('[') || t.starts_with('#') || is_key_line(line) {
            break;
        }
        end += line.len();
    }
    let block: String = text[start..end]
        .split_inclusive('\n')
        .map(|l| format!("#{l}"))
        .collect();
    text.replace_range(start..end, &block);
    true
}

fn error_at(source: &str, file: &str, span: Range<usize>, message: &str) -> ChecklistError {
    let (line, column) = line_column(source, span.start);
    ChecklistError {
        file: file.to_string(),
        line,
        column,
        message: message.to_string(),
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
[checklist]
name = "Test"
version = "1"

[[kind]]
id = "referral"
title = "Referral"
cues = ["verwijsbrief"]

[[requirement]]
id = "referral"
title = "Referral"
kinds = ["referral"]
request = "Send a referral"
"#;

    #[test]
    fn builtin_checklist_is_valid() {
        let c = Checklist::builtin().expect("built-in checklist must validate");
        let ids: Vec<&str> = c
            .requirements
            .iter()
            .map(|r| r.id.get_ref().as_str())
            .collect();
        assert_eq!(
            ids,
            [
                "referral",
                "history",
                "correspondence",
                "imaging-cd",
                "imaging-report",
                "operation-report",
                "mrsa"
            ]
        );
    }

    #[test]
    fn minimal_checklist_parses() {
        let c = Checklist::parse(MINIMAL, "t.toml").unwrap();
        assert_eq!(c.language(), "nl");
        assert_eq!(c.dates.top_lines, 15);
    }

    #[test]
    fn unknown_key_reports_line_and_column() {
        let src = MINIMAL.replace("cues = [", "colour = \"red\"\ncues = [");
        let err = Checklist::parse(&src, "t.toml").unwrap_err();
        assert_eq!(err.0.len(), 1);
        assert_eq!(err.0[0].line, 9);
        assert_eq!(err.0[0].column, 1);
        assert!(err.0[0].message.contains("colour"), "{}", err.0[0].message);
        assert!(err.to_string().starts_with("t.toml:9:1: "));
    }

    #[test]
    fn wrong_type_is_reported() {
        let src = MINIMAL.replace("version = \"1\"", "version = 1");
        let err = Checklist::parse(&src, "t.toml").unwrap_err();
        assert_eq!(err.0[0].line, 4);
    }

    #[test]
    fn an_unknown_home_country_is_named_with_its_line() {
        let src = format!("{MINIMAL}\n[context]\nhome_country = \"Nederland\"\n");
        let err = Checklist::parse(&src, "t.toml").unwrap_err();
        let problem = &err.0[0];
        assert!(
            problem.message.contains("unknown home_country `Nederland`"),
            "{}",
            problem.message
        );
        assert_eq!(problem.line, src.lines().count());
    }

    #[test]
    fn only_one_author_can_be_the_patient() {
        let src = format!(
            "{MINIMAL}\n[[author]]\nid = \"patient\"\ntitle = \"Patient\"\nthe_patient = true\n\n[[author]]\nid = \"relative\"\ntitle = \"Relative\"\nthe_patient = true\n"
        );
        let err = Checklist::parse(&src, "t.toml").unwrap_err();
        let messages: Vec<&str> = err.0.iter().map(|e| e.message.as_str()).collect();
        assert!(
            messages
                .iter()
                .any(|m| m.contains("more than one [[author]] is `the_patient`")),
            "{messages:?}"
        );
    }

    #[test]
    fn a_modifier_may_touch_only_facts_the_checklist_declares() {
        let src = format!(
            "{MINIMAL}\n[[modifier]]\ncategory = \"hypothetical\"\nfacts = [\"opereted\"]\ntriggers = [\"pre-op\"]\n"
        );
        let err = Checklist::parse(&src, "t.toml").unwrap_err();
        let messages: Vec<&str> = err.0.iter().map(|e| e.message.as_str()).collect();
        assert!(
            messages
                .iter()
                .any(|m| m.contains("unknown fact `opereted` in a [[modifier]]")),
            "{messages:?}"
        );
    }

    #[test]
    fn validation_collects_every_problem() {
        let src = format!(
            "{MINIMAL}\n[[requirement]]\nid = \"referral\"\ntitle = \"x\"\nkinds = [\"nope\"]\nwhen = \"abroad\"\nrequest = \"x\"\n"
        );
        let err = Checklist::parse(&src, "t.toml").unwrap_err();
        let messages: Vec<&str> = err.0.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(messages[0].contains("duplicate requirement id `referral`"));
        assert!(messages[1].contains("unknown kind `nope`"));
        assert!(messages[2].contains("unknown fact `abroad`"));
        assert_eq!(err.0[1].line, 20);
    }

    #[test]
    fn bundled_checklists_are_valid_and_quiet() {
        for b in BUNDLED {
            let c = Checklist::parse(b.source, b.name)
                .unwrap_or_else(|e| panic!("{} does not validate: {e}", b.name));
            let warnings = c.warnings(b.source, b.name);
            assert!(warnings.is_empty(), "{}: {warnings:?}", b.name);
        }
        let starter = Checklist::parse(STARTER_SOURCE, "starter").unwrap();
        assert!(starter.warnings(STARTER_SOURCE, "starter").is_empty());
    }

    #[test]
    fn warnings_point_at_cues_that_cannot_match_and_unused_kinds() {
        let src = MINIMAL.replace(
            "cues = [\"verwijsbrief\"]",
            "cues = [\"verwijsbrief\", \"graag  verwijs\", \"VERWIJSBRIEF\"]\n\n[[kind]]\nid = \"spare\"\ntitle = \"x\"\ncues = [\"x\"]",
        );
        let c = Checklist::parse(&src, "t.toml").unwrap();
        let w: Vec<String> = c
            .warnings(&src, "t.toml")
            .iter()
            .map(|e| e.to_string())
            .collect();
        assert_eq!(w.len(), 3, "{w:?}");
        assert!(
            w[0].starts_with("t.toml:9:25: ") && w[0].contains("extra white space"),
            "{w:?}"
        );
        assert!(w[1].contains("duplicate cue `VERWIJSBRIEF`"), "{w:?}");
        assert!(w[2].contains("kind `spare` is not used"), "{w:?}");
    }

    #[test]
    fn a_bound_to_the_clause_end_without_at_clause_end_is_named() {
        let src = format!(
            "{MINIMAL}\n[[modifier]]\ncategory = \"negated\"\ndirection = \"backward\"\nclause_end_within = 1\ntriggers = [\"niet\"]\n"
        );
        let c = Checklist::parse(&src, "t.toml").unwrap();
        let w: Vec<String> = c
            .warnings(&src, "t.toml")
            .iter()
            .map(|e| e.to_string())
            .collect();
        assert!(
            w.iter()
                .any(|w| w.contains("`clause_end_within` does nothing")),
            "{w:?}"
        );
        let fixed = src.replace(
            "clause_end_within = 1",
            "at_clause_end = true\nclause_end_within = 1",
        );
        let c = Checklist::parse(&fixed, "t.toml").unwrap();
        assert!(c.warnings(&fixed, "t.toml").is_empty());
    }

    #[test]
    fn imaging_table_is_validated() {
        let ok = format!(
            "{MINIMAL}\n[imaging]\nreport_kinds = [\"referral\"]\n[imaging.modalities]\nMR = [\"mri\"]\nCR = [\"x-ray\"]\nDX = [\"x-ray\"]\n"
        );
        let c = Checklist::parse(&ok, "t.toml").unwrap();
        let imaging = c.imaging().expect("[imaging] parsed");
        assert_eq!(imaging.modalities.len(), 3);
        assert!(c.warnings(&ok, "t.toml").is_empty());
        assert!(Checklist::parse(MINIMAL, "t.toml")
            .unwrap()
            .imaging()
            .is_none());

        let bad = format!(
            "{MINIMAL}\n[imaging]\nreport_kinds = [\"nope\"]\n[imaging.modalities]\nmr = [\"mri\"]\nCT = []\n"
        );
        let err = Checklist::parse(&bad, "t.toml").unwrap_err();
        let messages: Vec<&str> = err.0.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("unknown kind `nope`")));
        assert!(messages
            .iter()
            .any(|m| m.contains("`mr` is not a DICOM modality code")));
        assert!(messages.iter().any(|m| m.contains("`CT` lists no words")));

        let unknown = format!("{MINIMAL}\n[imaging]\nreport_kinds = [\"referral\"]\ncolour = 1\n");
        let err = Checklist::parse(&unknown, "t.toml").unwrap_err();
        assert!(err.0[0].message.contains("colour"), "{err}");
        let empty = format!("{MINIMAL}\n[imaging]\nreport_kinds = []\n");
        let err = Checklist::parse(&empty, "t.toml").unwrap_err();
        assert!(err.0[0].message.contains("report_kinds is empty"), "{err}");
    }

    #[test]
    fn conditions_parse() {
        let c = Condition::parse("a or not b").unwrap();
        assert_eq!(c.any.len(), 2);
        assert!(c.any[1].negated);
        assert!(Condition::parse("a and b").is_err());
    }

    #[test]
    fn a_wrong_condition_is_named_at_its_line_and_later_errors_still_reported() {
        let source = format!(
            "{MINIMAL}\n[[requirement]]\nid = \"second\"\ntitle = \"x\"\nkinds = [\"referral\"]\nwhen = \"a and b\"\nrequest = \"x\"\ncolour = 1\n"
        );
        let err = Checklist::parse(&source, "t.toml").unwrap_err();
        let when_line = source.lines().position(|l| l.starts_with("when")).unwrap() + 1;
        assert!(
            err.0
                .iter()
                .any(|e| e.line == when_line
                    && e.message.contains("cannot read condition `a and b`")),
            "{err}"
        );
        assert!(err.0.iter().any(|e| e.message.contains("colour")), "{err}");
    }
}

/// The bundled checklist whose name is closest to `name` (a typo, a missing `.toml`, other case),
/// when one is close enough to be meant.
pub fn did_you_mean(name: &str) -> Option<&'static str> {
    let wanted = name.trim_end_matches(".toml").to_lowercase();
    BUNDLED
        .iter()
        .map(|b| (edit_distance(&wanted, b.name), b.name))
        .filter(|(d, n)| *d <= 3.max(n.len() / 4))
        .min()
        .map(|(_, n)| n)
}

/// Levenshtein distance in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod did_you_mean_tests {
    use super::did_you_mean;

    #[test]
    fn near_names_are_suggested() {
        assert_eq!(did_you_mean("second-opinon"), Some("second-opinion"));
        assert_eq!(did_you_mean("Second-Opinion.toml"), Some("second-opinion"));
        assert_eq!(did_you_mean("oncology"), None);
        assert_eq!(did_you_mean("completely-different"), None);
    }
}
