//! Scanned copies of typed letters. Patients send a letter twice: the PDF from the hospital and a
//! scan or phone photo of the printout. A scan read by OCR whose text matches a typed (not OCR)
//! document of the dossier, of the same kind and the same date, is a copy of it: reported as such,
//! and left out of the verdicts, so an unclear copy no longer asks for a human look.
//!
//! Text similarity is the Jaccard index of word pairs (2-shingles) after folding case and
//! diacritics: OCR's slips cost the pairs around one word, while a different letter of the same
//! kind and day (a referral for the other hand) shares far fewer pairs.

use std::collections::{BTreeMap, HashSet};

use crate::classify::{Classifier, Document};
use crate::read::ocr::OcrInfo;
use crate::read::ReadDoc;

/// Word-pair Jaccard similarity from which a scan is a copy.
pub const MIN_SIMILARITY: f64 = 0.6;

/// Scans that are copies of typed documents: scan path → the typed document's path.
pub fn find(
    classifier: &Classifier,
    docs: &[Document],
    ocr: &BTreeMap<String, OcrInfo>,
) -> BTreeMap<String, String> {
    let typed: Vec<(&Document, HashSet<u64>)> = docs
        .iter()
        .filter(|d| d.readable && !ocr.contains_key(&d.path) && d.date.is_some())
        .filter_map(|d| d.text.as_deref().map(|t| (d, shingles(t))))
        .collect();
    let mut copies = BTreeMap::new();
    if typed.is_empty() {
        return copies;
    }
    for (path, info) in ocr {
        let mut parts = docs.iter().filter(|d| &d.path == path);
        let (Some(scan), None) = (parts.next(), parts.next()) else {
            continue;
        };
        // A scan too unclear to count was not classified: its OCR text is, here, only to compare.
        let unclear;
        let (scan, text) = match (&info.unclear_text, scan.text.as_deref()) {
            (Some(text), _) => {
                unclear = classifier.classify(ReadDoc::from_text(path, text));
                (&unclear, text.as_str())
            }
            (None, Some(text)) if scan.readable => (scan, text),
            _ => continue,
        };
        if scan.date.is_none() || scan.kinds.is_empty() {
            continue;
        }
        let words = shingles(text);
        let best = typed
            .iter()
            .filter(|(d, _)| d.date == scan.date && d.kinds.iter().any(|k| scan.kinds.contains(k)))
            .map(|(d, s)| (jaccard(&words, s), d))
            .filter(|(j, _)| *j >= MIN_SIMILARITY)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, original)) = best {
            copies.insert(path.clone(), original.path.clone());
        }
    }
    copies
}

/// Hashes of consecutive word pairs, words folded to lower-case ASCII letters and digits.
fn shingles(text: &str) -> HashSet<u64> {
    use std::hash::{Hash, Hasher};
    let folded = crate::text::fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .map(|pair| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            pair.hash(&mut h);
            h.finish()
        })
        .collect()
}

fn jaccard(a: &HashSet<u64>, b: &HashSet<u64>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ocr_slips_keep_a_copy_similar_and_another_letter_is_not() {
        let typed = "Geachte collega, hierbij verwijs ik mevrouw Testpersoon naar u voor een second opinion \
                     over haar rechterpols. Zij heeft sinds maart pijn bij het steunen.";
        let scan = "Geachte collega, hierbij verwijs ik mevrouw Testpersoon naar u voor een second opinlon \
                    over haar rechterpols. Zij heeft sinds maart pijn bij het steunen.";
        let other =
            "Geachte collega, hierbij verwijs ik meneer Voorbeeld naar u voor een operatie \
                     aan zijn linkerknie. Hij heeft sinds mei last bij het traplopen.";
        let t = shingles(typed);
        assert!(jaccard(&t, &shingles(scan)) >= MIN_SIMILARITY);
        assert!(jaccard(&t, &shingles(other)) < MIN_SIMILARITY);
    }
}
