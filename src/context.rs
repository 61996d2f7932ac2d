//! What a mention of an event means in its sentence, by the ConText algorithm (Chapman et al.;
//! for Dutch, ContextD, Afzal et al. 2014): trigger phrases from the checklist's `[[modifier]]`s
//! qualify the targets within their scope as negated ("nooit geopereerd"), hypothetical (a plan,
//! offer, advice or question: "stelt een release voor"), historical, or about someone else ("haar
//! moeder is geopereerd"). A scope runs forward, backward or both from the trigger, to the end of
//! the sentence or a number of words, and stops at a terminator ("maar", "but", ";"). Pseudo-
//! triggers ("geen verbetering", "geen afwijkingen") contain a trigger word but qualify nothing,
//! so "MRI: geen afwijkingen" still says the MRI was made.

pub use crate::checklist::{Category, Direction};
use crate::checklist::{Modifier, Spanned};
use crate::text::{CueMatch, CueSet};

/// One trigger whose scope reaches a target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    /// The trigger as the checklist writes it (folded).
    pub trigger: String,
    /// Words between trigger and target.
    pub distance: usize,
    /// Whether the trigger stands before the target.
    pub before: bool,
    /// Whether its scope is the whole sentence (a question mark, a plan section's label).
    pub whole_sentence: bool,
}

/// How one target is qualified: per category, the nearest trigger whose scope reaches it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Qualifiers {
    /// The negating trigger, if any.
    pub negated: Option<Reach>,
    /// The hypothetical trigger, if any.
    pub hypothetical: Option<Reach>,
    /// The other-experiencer trigger, if any.
    pub other: Option<Reach>,
    /// The historical trigger, if any.
    pub historical: Option<Reach>,
    /// The repeated-event trigger, if any.
    pub repeated: Option<Reach>,
    /// The trigger naming the event's result ("showed"), if any.
    pub result: Option<Reach>,
    /// The trigger denying the statement the target is in ("it is not true that"), if any.
    pub contradicted: Option<Reach>,
    /// Whether a condition ("if", "zo ja") reaches the target, nearest or not.
    pub conditioned: bool,
}

impl Qualifiers {
    /// The qualifier that decides what the mention means, and its trigger. Someone else's event
    /// says nothing about the patient; a repeated one ("opnieuw opereren", "no further imaging")
    /// says an earlier one happened, whatever is said of the new one. Otherwise the nearest
    /// trigger decides ("Na de operatie in 2024 is fysiotherapie geadviseerd": "na de" is nearer
    /// to the operation than "geadviseerd"); on a tie a negation beats a plan, and a plan beats
    /// the past. The past also beats a plan on the other side of the mention: the plan is about
    /// the whole phrase the past is part of ("Results of yesterday's ultrasound are pending").
    /// A question or plan section that spans the whole sentence asks or plans all of it ("Heeft
    /// u metaal na een operatie?").
    pub fn deciding(&self) -> Option<(Category, &str)> {
        if let Some(r) = &self.other {
            return Some((Category::OtherExperiencer, &r.trigger));
        }
        if let Some(r) = &self.repeated {
            return Some((Category::Repeated, &r.trigger));
        }
        if let Some(r) = &self.result {
            return Some((Category::Result, &r.trigger));
        }
        let hypothetical = self.hypothetical.as_ref().filter(|h| {
            h.whole_sentence
                || self
                    .historical
                    .as_ref()
                    .is_none_or(|past| past.before == h.before)
        });
        [
            (Category::Negated, self.negated.as_ref()),
            (Category::Hypothetical, hypothetical),
            (Category::Historical, self.historical.as_ref()),
        ]
        .into_iter()
        .filter_map(|(c, r)| r.map(|r| (c, r)))
        .min_by_key(|(_, r)| r.distance)
        .map(|(c, r)| (c, r.trigger.as_str()))
    }

    /// A negation inside a denied statement is undone: "Het is niet zo dat zij nooit geopereerd
    /// is" says she was. The negation is inside when it is nearer to the target than the denial,
    /// or after the target; a denial with no negation of its own to undo leaves the word it holds
    /// ("niet" in "het is niet zo dat") to negate, as before.
    fn undo_double_negation(&mut self) {
        if let (Some(denial), Some(negation)) = (&self.contradicted, &self.negated) {
            if denial.before && (!negation.before || negation.distance < denial.distance) {
                self.negated = None;
            }
        }
    }

    /// Whether the deciding qualifier is a condition ("if she had surgery"): a record asked for
    /// under it may not exist, so it says nothing happened.
    pub fn conditional(&self) -> bool {
        matches!(self.deciding(), Some((Category::Hypothetical, _))) && self.conditioned
    }
}

/// One rules modifier rule.
#[derive(Debug, Clone)]
struct Rule {
    category: Category,
    direction: Direction,
    max_words: Option<usize>,
    at_clause_end: bool,
    clause_end_within: usize,
    nearest_only: bool,
    condition: bool,
    sentence_start: bool,
    relative: bool,
    /// Folded terminators the scope passes.
    passes: Vec<String>,
    /// Folded words after which the trigger does nothing.
    not_before: Vec<String>,
    /// Folded words that, earlier in its clause, make the trigger do nothing.
    not_after: Vec<String>,
    /// Folded words after which an exam is where a finding was looked for.
    finding_on: Vec<String>,
    /// Records whose absence the trigger says, ending its scope.
    records: CueSet,
    /// The facts (by index, the targets' group) it qualifies; None for every fact.
    facts: Option<Vec<usize>>,
}

/// The rules `[[modifier]]` rules and `[context] terminators` of a checklist.
#[derive(Debug, Default)]
pub struct Context {
    triggers: CueSet,
    /// Split verbs that trigger ("vraagt … aan"), grouped by modifier.
    split_triggers: crate::separable::SplitCues,
    rules: Vec<Rule>,
    terminators: CueSet,
    /// Each modifier's own terminators, grouped by modifier.
    own_terminators: CueSet,
    /// Words that do not make a negation's scope hold a finding ("geen eerdere", "nooit eerder").
    fillers: Vec<String>,
    /// Words that join the items of a list ("of", "and", articles).
    coordination: Vec<String>,
    /// Words that join a list's last item ("of", "and"; no articles).
    conjunctions: Vec<String>,
    /// Words that open a relative clause ("die", "that", "das").
    relative_pronouns: Vec<String>,
    /// Auxiliaries of a past event ("werd", "was", "wurde").
    past_auxiliaries: Vec<String>,
    /// Targets that name where care took place (the facts' `stay_cues`, as written): nothing is
    /// looked for in a hospital, so "keine Vorstellung im Krankenhaus" denies the stay itself.
    stays: std::collections::HashSet<String>,
}

impl Context {
    /// Compiles the checklist's modifiers.
    /// `fact_ids` in the checklist's order: a target's group is its fact's index.
    pub fn new(
        modifiers: &[Modifier],
        terminators: &[Spanned<String>],
        coordination: &[Spanned<String>],
        fillers: &[Spanned<String>],
        fact_ids: &[&str],
        stays: &[&Spanned<String>],
    ) -> Context {
        let facts_of = |m: &Modifier| {
            (!m.facts.is_empty()).then(|| {
                m.facts
                    .iter()
                    .filter_map(|f| fact_ids.iter().position(|id| id == f.get_ref()))
                    .collect()
            })
        };
        Context {
            fillers: fold_all(fillers),
            coordination: fold_all(coordination),
            conjunctions: Vec::new(),
            relative_pronouns: Vec::new(),
            past_auxiliaries: Vec::new(),
            stays: stays.iter().map(|s| s.get_ref().clone()).collect(),
            triggers: CueSet::grouped(modifiers.iter().map(|m| m.triggers.as_slice())),
            split_triggers: crate::separable::SplitCues::new(
                modifiers.iter().enumerate().flat_map(|(i, m)| {
                    m.split_triggers
                        .iter()
                        .map(move |t| (i, t.get_ref().as_str()))
                }),
            ),
            rules: modifiers
                .iter()
                .map(|m| Rule {
                    category: m.category,
                    direction: m.direction,
                    max_words: m.max_words,
                    at_clause_end: m.at_clause_end,
                    clause_end_within: m.clause_end_within,
                    nearest_only: m.nearest_only,
                    condition: m.condition,
                    sentence_start: m.sentence_start,
                    relative: m.relative,
                    passes: fold_all(&m.passes),
                    finding_on: fold_all(&m.finding_on),
                    records: CueSet::new(&m.records),
                    not_before: fold_all(&m.not_before),
                    not_after: fold_all(&m.not_after),
                    facts: facts_of(m),
                })
                .collect(),
            terminators: CueSet::new(terminators),
            own_terminators: CueSet::grouped(modifiers.iter().map(|m| m.terminated_by.as_slice())),
        }
    }

    /// True when the checklist declares no modifiers (the older negation lists apply then).
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Sets the words that find a relative clause saying an event happened.
    pub fn with_relative_clauses(
        mut self,
        pronouns: &[Spanned<String>],
        auxiliaries: &[Spanned<String>],
    ) -> Context {
        self.relative_pronouns = fold_all(pronouns);
        self.past_auxiliaries = fold_all(auxiliaries);
        self
    }

    /// The words that join a list's last item.
    pub fn with_conjunctions(mut self, conjunctions: &[Spanned<String>]) -> Context {
        self.conjunctions = fold_all(conjunctions);
        self
    }

    /// Whether a relative clause right after `target` says it happened: "de MRI die in mei in het
    /// UZ Antwerpen werd gemaakt", "the MRI that was done in May", "das MRT, das im Mai angefertigt
    /// wurde". A condition or question before the target asks about something else then (what the
    /// MRI shows, whether the operation explains the pain), not whether the event took place.
    /// A clause that qualifies its own event ("an ultrasound, which has not yet been performed")
    /// says nothing plainly: `triggers` found in the sentence are looked for inside it.
    fn asserted_by_relative_clause(
        &self,
        folded: &str,
        target: &CueMatch,
        triggers: &[CueMatch],
    ) -> bool {
        const CLAUSE_WORDS: usize = 12;
        let after = folded[target.end..].trim_start();
        let rest = after.strip_prefix(',').map_or(after, str::trim_start);
        let start = folded.len() - rest.len();
        let pronoun_len = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        if !self
            .relative_pronouns
            .iter()
            .any(|p| *p == rest[..pronoun_len])
        {
            return false;
        }
        // The clause ends at its comma: "..., das im Mai angefertigt wurde, eine Läsion zeigt".
        let clause_end = rest
            .find([',', ';', '.', ':'])
            .map_or(folded.len(), |e| start + e);
        let clause = &folded[start + pronoun_len..clause_end];
        let past = clause
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(CLAUSE_WORDS)
            .any(|w| self.past_auxiliaries.iter().any(|a| a == w));
        let qualified = triggers
            .iter()
            .any(|t| t.start >= start + pronoun_len && t.end <= clause_end);
        past && !qualified
    }

    /// Where terminators start in a folded sentence.
    pub fn terminators(&self, folded: &str) -> Vec<usize> {
        self.terminators
            .find_all(folded)
            .iter()
            .map(|t| t.start)
            .collect()
    }

    /// The triggers of a folded sentence, sorted by start. A split verb triggers from the verb:
    /// its object stands between it and the particle. Where its clause must end is looked for
    /// after the particle ("Wij vragen een MRI aan."), which tells it from a preposition ("vragen
    /// over de operatie aan de pols").
    fn find_triggers(&self, folded: &str) -> Vec<CueMatch> {
        let mut found = self.triggers.find_all(folded);
        let split = self.split_triggers.find_all(folded);
        if split.is_empty() {
            return found;
        }
        found.extend(split.into_iter().filter_map(|mut m| {
            let rule = &self.rules[m.group];
            // "Wij vragen een MRI aan en zien haar terug": a conjunction after the particle
            // opens the next clause.
            let rest = &folded[m.end..];
            let next_clause = rest
                .split_whitespace()
                .next()
                .is_some_and(|w| w != "/" && self.conjunctions.iter().any(|c| c == w));
            if rule.at_clause_end
                && !next_clause
                && !ends_clause_within(rest, rule.clause_end_within)
            {
                return None;
            }
            m.end = folded[m.start..m.end]
                .find(char::is_whitespace)
                .map_or(m.end, |i| m.start + i);
            Some(m)
        }));
        found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        found
    }

    /// Whether a trigger stands where its rule lets it count: at its clause's end when it must,
    /// opening its sentence when it must, not before its `not_before` words, nor with its
    /// `not_after` words earlier in its clause.
    fn stands_where_it_counts(&self, folded: &str, t: &CueMatch, index: &SentenceIndex) -> bool {
        let rule = &self.rules[t.group];
        let at_end = !rule.at_clause_end
            || is_split(t)
            || ends_clause_within(&folded[t.end..], rule.clause_end_within);
        // A verb put first is a condition only where no question mark makes it a question, which
        // "?" judges with its answer ("Bent u opgenomen geweest? Ja").
        let first = !rule.sentence_start
            || (!folded[..t.start].chars().any(char::is_alphanumeric) && !folded.contains('?'));
        at_end
            && first
            && !starts_with_any(&folded[t.end..], &rule.not_before)
            && !clause_before_holds(folded, t.start, index, &rule.not_after)
    }

    /// Qualifies each target (a match in the folded sentence) by the triggers whose scope reaches it.
    /// Linear in the sentence: each target looks only at the triggers within the longest scope
    /// around it, and terminators are found by binary search, so a long text dense with cues
    /// costs no more than its length.
    pub fn qualify(&self, folded: &str, targets: &[CueMatch]) -> Vec<Qualifiers> {
        let found = self.find_triggers(folded);
        let is_pseudo = |t: &CueMatch| self.rules[t.group].category == Category::Pseudo;
        // A pseudo-trigger inside a longer trigger is that trigger's: "? ja" in "? ja / nee".
        let pseudo: Vec<(usize, usize)> = found
            .iter()
            .filter(|t| is_pseudo(t))
            .filter(|t| !found.iter().any(|o| !is_pseudo(o) && holds(o, t)))
            .map(|t| (t.start, t.end))
            .collect();
        let pseudo = Spans::new(pseudo);
        let index = SentenceIndex::new(folded, self.terminators(folded));
        let own_stops = self.own_terminators.find_all(folded);
        let (lists, gaps) = self.lists(folded, targets);
        // A trigger inside a pseudo-trigger ("geen" in "geen afwijkingen") does nothing; nor does
        // one that is part of a target ("operatie" in "operatie-indicatie" is the target's own).
        let active: Vec<(usize, &CueMatch)> = found
            .iter()
            .filter(|t| self.rules[t.group].category != Category::Pseudo)
            .filter(|t| !pseudo.overlaps(t.start, t.end))
            .filter(|t| self.stands_where_it_counts(folded, t, &index))
            // Between the items of a list, "of een" is "or a", not "whether a".
            .filter(|t| {
                self.rules[t.group].category != Category::Hypothetical
                    || !gaps.iter().any(|&(a, b)| a <= t.start && t.end <= b)
            })
            .map(|t| (index.word_at(t.start), t))
            .collect();
        let frames = self.frames(folded, &active, &index, &own_stops);
        let mut qualified: Vec<Qualifiers> = targets
            .iter()
            .map(|target| {
                let at = index.word_at(target.start);
                let lo = active.partition_point(|(w, _)| w + MAX_SCOPE < at);
                let hi = active.partition_point(|(w, _)| *w <= at + MAX_SCOPE + 1);
                let mut q = Qualifiers::default();
                // Depends on the target only: asked once, when a condition before it needs it.
                let mut asserted = None;
                for (i, (_, t)) in active.iter().enumerate().take(hi.max(lo)).skip(lo) {
                    let asked_around = self.rules[t.group].category == Category::Hypothetical
                        && t.end <= target.start
                        && *asserted.get_or_insert_with(|| {
                            self.asserted_by_relative_clause(folded, target, &found)
                        });
                    if asked_around
                        || self.beyond_the_nearest(folded, t, target, targets)
                        || self.reaches_another_clause(folded, t, target, targets)
                        || self.crosses_finished_clause(folded, t, target, targets, &index)
                        || stopped_on_its_own(&own_stops, t, target)
                    {
                        continue;
                    }
                    self.apply(folded, t, frames[i], target, &index, &mut q);
                }
                q.undo_double_negation();
                q
            })
            .collect();
        share_with_brackets(folded, targets, &index, &mut qualified);
        // What is said of a list is said of each item: an item no trigger reached (a backward
        // scope counts its words from the trigger and stops short of the first items) is what
        // the nearest reached item is.
        for list in &lists {
            share_in_list(list, &mut qualified);
        }
        qualified
    }

    /// Whether only coordination words and commas stand between `from` and `to` ("of een",
    /// "and", ", ").
    fn coordinated(&self, folded: &str, from: usize, to: usize) -> bool {
        folded.get(from..to).is_some_and(|between| {
            between
                .split(|c: char| c.is_whitespace() || c == ',')
                .all(|w| w.is_empty() || self.coordination.iter().any(|c| c == w))
        })
    }

    /// Whether a backward trigger that judges its clause's subject only (`nearest_only`) stands
    /// past another target nearer to it than `target`. Overlapping cues ("röntgen",
    /// "röntgenfoto") are one, and targets joined only by coordination ("operatie en
    /// beeldvorming zijn niet nodig") are one subject.
    fn beyond_the_nearest(
        &self,
        folded: &str,
        t: &CueMatch,
        target: &CueMatch,
        targets: &[CueMatch],
    ) -> bool {
        let rule = &self.rules[t.group];
        rule.nearest_only
            && rule.direction == Direction::Backward
            && target.end <= t.start
            && targets.iter().any(|u| {
                u.start >= target.end
                    && u.end <= t.start
                    && !self.coordinated(folded, target.end, u.start)
            })
    }

    /// Mentions of one fact joined only by coordination words and commas ("Een röntgenfoto of
    /// echo van de pols is niet gemaakt") are the items of one list: each list as the indices of
    /// its items, and the gaps between them. Overlapping cues ("röntgen", "röntgenfoto") are one
    /// item. Lists of one item are left out.
    fn lists(&self, folded: &str, targets: &[CueMatch]) -> (Vec<Vec<usize>>, Vec<(usize, usize)>) {
        let (mut lists, mut gaps) = (Vec::new(), Vec::new());
        if self.coordination.is_empty() {
            return (lists, gaps);
        }
        let joined = |from: usize, to: usize| from >= to || self.coordinated(folded, from, to);
        let groups: std::collections::BTreeSet<usize> = targets.iter().map(|t| t.group).collect();
        for group in groups {
            let items: Vec<usize> = (0..targets.len())
                .filter(|&i| targets[i].group == group)
                .collect();
            let mut first = 0;
            while first < items.len() {
                let mut last = first;
                let mut reach = targets[items[first]].end;
                while last + 1 < items.len() && joined(reach, targets[items[last + 1]].start) {
                    last += 1;
                    gaps.push((reach, targets[items[last]].start));
                    reach = reach.max(targets[items[last]].end);
                }
                if last > first {
                    lists.push(items[first..=last].to_vec());
                }
                first = last + 1;
            }
        }
        (lists, gaps)
    }

    /// Whether the words after a comma are the next items of a short list: an item of a word or
    /// two (more commas allowed), then a conjunction and one more item ("surgery or imaging",
    /// "operations or hospital admissions"), not a clause of their own ("de echo is in januari
    /// gemaakt").
    fn list_goes_on_after(&self, rest: &str) -> bool {
        const ITEM_WORDS: usize = 3;
        let mut words = rest
            .split_inclusive(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            .map(str::trim)
            .filter(|w| !w.is_empty());
        for i in 0..ITEM_WORDS {
            let Some(word) = words.next() else {
                return false;
            };
            let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
            if i > 0 && self.conjunctions.iter().any(|c| c == bare) {
                return words.next().is_some();
            }
            if word.ends_with([';', '.', ':', '(', ')']) {
                return false;
            }
        }
        false
    }

    /// Whether `between` (from a comma to a target) is the rest of a short list ending right
    /// before the target: a few words, joined by a coordination word ("pols of elleboog").
    fn lists_up_to(&self, between: &str) -> bool {
        const LIST_WORDS: usize = 4;
        let words: Vec<&str> = between
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        // The joining word stands between two items: not first ("de pols werd"), not last.
        words.len() <= LIST_WORDS
            && between.chars().all(|c| c != ',' && c != ';')
            && words.len() >= 3
            && words[1..words.len() - 1]
                .iter()
                .any(|w| self.coordination.iter().any(|c| c == w))
    }

    /// Whether a trigger looking back a few words at `target` passes a comma after which another
    /// target stands: that one is what it is about ("Er is een echo verricht, een operatie heeft niet
    /// plaatsgevonden": the operation did not take place, the ultrasound did). `targets` are
    /// sorted by start, so this is a binary search.
    fn reaches_another_clause(
        &self,
        folded: &str,
        t: &CueMatch,
        target: &CueMatch,
        targets: &[CueMatch],
    ) -> bool {
        // A trigger whose scope is the whole sentence ("?") qualifies every clause of it.
        let rule = &self.rules[t.group];
        if rule.direction == Direction::Forward || rule.max_words.is_none() || target.end > t.start
        {
            return false;
        }
        let Some(comma) = folded
            .get(target.end..t.start)
            .and_then(|between| between.rfind(','))
        else {
            return false;
        };
        // Past a comma, a trigger with a target of its own right after it in its clause is about
        // that one: "wel een MRI, en ook nooit in het buitenland behandeld".
        let next = targets.partition_point(|u| u.start < t.end);
        if rule.category == Category::Negated
            && targets.get(next).is_some_and(|u| {
                folded
                    .get(t.end..u.start)
                    .is_some_and(|between| !between.contains([',', ';', '.']))
            })
        {
            return true;
        }
        // A list ("Röntgen, Sonographie, CT ... nicht durchgeführt") is one clause: the last
        // target before the comma must have words of its own after it ("echo verricht,").
        let after_comma = target.end + comma;
        let last_before = targets[..targets.partition_point(|u| u.end <= after_comma)]
            .last()
            .map_or(target.end, |u| u.end.max(target.end));
        if !folded[last_before..after_comma]
            .chars()
            .any(char::is_alphabetic)
        {
            return false;
        }
        let i = targets.partition_point(|u| u.start <= after_comma);
        targets.get(i).is_some_and(|u| u.end <= t.start)
    }

    /// Whether a negation's scope would pass a comma that ends the clause it stands in. Looking
    /// back, a trigger that opens its clause after a comma is about that clause ("Geopereerd in
    /// Nederland, nooit in het buitenland behandeld"). Looking forward, a clause that has said what
    /// it negates before the comma ("het echoverslag zit niet bij de stukken, de echo is in januari
    /// gemaakt") is done; a list goes on past it ("geen koorts, zwelling of echo", "geen foto's
    /// (röntgen, echo)"), and so does an aside right after the trigger ("never, as far as we know, ...").
    fn crosses_finished_clause(
        &self,
        folded: &str,
        t: &CueMatch,
        target: &CueMatch,
        targets: &[CueMatch],
        index: &SentenceIndex,
    ) -> bool {
        let rule = &self.rules[t.group];
        if rule.category != Category::Negated || rule.max_words.is_none() {
            return false;
        }
        if target.end <= t.start {
            let Some(between) = folded.get(target.end..t.start) else {
                return false;
            };
            let before_trigger = between.trim_end();
            let Some(clause) = before_trigger.strip_suffix(',') else {
                return false;
            };
            // An aside between two commas leaves the clause open when the trigger is its
            // predicate: "the operation has, to date, not taken place", "hat, wie besprochen,
            // nicht stattgefunden" (but "Geopereerd in Gent, in 2021, nooit in Nederland
            // behandeld" opens a clause of its own).
            let predicate = folded.get(t.end..).is_some_and(ends_clause);
            if let Some(open) = clause.rfind(',').filter(|_| predicate) {
                let aside = &clause[open + 1..];
                let words = aside.split_whitespace().count();
                if (1..=ASIDE_WORDS).contains(&words)
                    && clause[..open].chars().any(char::is_alphabetic)
                {
                    return false;
                }
            }
            return clause.chars().any(char::is_alphabetic);
        }
        let Some(comma) = folded
            .get(t.end..target.start)
            .and_then(|between| between.find(','))
            .map(|c| t.end + c)
        else {
            return false;
        };
        // A comma inside brackets separates the items of what the bracket explains.
        let clause = &folded[t.end..comma];
        if clause.rfind('(') > clause.rfind(')') {
            return false;
        }
        // A comma in a short list before the target goes on with the list: "niet eerder aan
        // hand, pols of elleboog geopereerd", "denies any injury, surgery or imaging".
        if self.lists_up_to(&folded[comma + 1..target.start.max(comma + 1)])
            || self.list_goes_on_after(&folded[comma + 1..])
        {
            return false;
        }
        // `targets` are sorted by start: the ones between the trigger and the comma, by binary search.
        let lo = targets.partition_point(|u| u.start < t.end);
        let hi = targets.partition_point(|u| u.start < comma);
        let last_target = targets[lo..hi.max(lo)]
            .iter()
            .filter(|u| u.end <= comma)
            .map(|u| u.end)
            .max();
        match last_target {
            Some(end) => folded[end..comma].chars().any(char::is_alphabetic),
            None => index.words_between(t.end, comma) >= 2,
        }
    }

    /// For each active trigger that dates an event relative to its clause (`relative`), the
    /// nearest plan, fear or question before it whose scope reaches it: "bang voor een stijve pols
    /// na de operatie" fears what comes after an operation that has not happened.
    fn frames<'a>(
        &self,
        folded: &str,
        active: &[(usize, &'a CueMatch)],
        index: &SentenceIndex,
        own_stops: &[CueMatch],
    ) -> Vec<Option<&'a CueMatch>> {
        active
            .iter()
            .enumerate()
            .map(|(i, (_, r))| {
                // "na" in "status na" is that trigger's own word.
                if !self.rules[r.group].relative || active.iter().any(|(_, o)| holds(o, r)) {
                    return None;
                }
                active[..i].iter().rev().map(|(_, h)| *h).find(|h| {
                    let rule = &self.rules[h.group];
                    rule.category == Category::Hypothetical
                        && !rule.relative
                        && rule.direction != Direction::Backward
                        && h.end <= r.start
                        // A label's value is said in its own right: "Reden aanvraag: recidief na operatie".
                        && !folded[h.end..r.start].contains(':')
                        && !index.stopped(h.end, r.start)
                        && !stopped_on_its_own(own_stops, h, r)
                        && index.words_between(h.end, r.start) <= rule.max_words.unwrap_or(MAX_SCOPE)
                })
            })
            .collect()
    }

    /// Qualifies `target` by trigger `t` when its scope reaches the target; a relative trigger
    /// inside a plan's scope (`frame`) qualifies it as that plan does.
    fn apply(
        &self,
        folded: &str,
        t: &CueMatch,
        frame: Option<&CueMatch>,
        target: &CueMatch,
        index: &SentenceIndex,
        q: &mut Qualifiers,
    ) {
        let rule = &self.rules[t.group];
        if rule
            .facts
            .as_ref()
            .is_some_and(|f| !f.contains(&target.group))
        {
            return;
        }
        if t.start < target.end && target.start < t.end {
            // A trigger that holds the whole target qualifies it: "pre-operative" is before an
            // operation ("Pre-operative Assessment Clinic").
            if holds(t, target) {
                self.fill(rule, t, 0, true, q);
            }
            return;
        }
        let (from, to) = if t.end <= target.start {
            if rule.direction == Direction::Backward {
                return;
            }
            (t.end, target.start)
        } else {
            if rule.direction == Direction::Forward {
                return;
            }
            (target.end, t.start)
        };
        // "Echo: pees niet gescheurd": after a label's colon a negation is about the value's
        // finding, unless it is the whole value ("Röntgen: niet verricht").
        if rule.category == Category::Negated && to == t.start {
            if let Some(colon) = folded.get(from..to).and_then(|between| between.rfind(':')) {
                let value = &folded[from + colon + 1..to];
                if value.chars().any(char::is_alphanumeric) {
                    return;
                }
            }
        }
        // A record between trigger and event takes the trigger, either way: "geen verslag van de
        // operatie", "X-ray taken today, formal report to follow".
        if (to == target.start
            && !self.stays.contains(&target.cue)
            && self.finding_between(&folded[from..to], rule))
            || rule.records.find(&folded[from..to]).is_some()
        {
            return;
        }
        // A clause finished before a colon ends there when a statement of what happened follows:
        // "Please arrange MRSA screening: she was an inpatient in Paris", "Het is niet zo dat er
        // geen foto's zijn gemaakt: in maart is een echo gedaan". A trigger that is the label
        // itself ("Plan: release") reaches its value, and so does one before a list of what is
        // asked ("Gevraagd onderzoek: X-hand links").
        if t.end <= target.start && self.told_after_colon(folded, from, to) {
            return;
        }
        let passed = |stop: usize| {
            rule.passes
                .iter()
                .any(|p| folded[stop..].starts_with(p.as_str()))
        };
        if index.stops_between(from, to).iter().any(|&s| !passed(s)) {
            return;
        }
        let distance = index.words_between(from, to);
        if distance > rule.max_words.unwrap_or(MAX_SCOPE) {
            return;
        }
        match frame {
            Some(plan) => self.fill(&self.rules[plan.group], plan, distance, true, q),
            None => self.fill(rule, t, distance, t.end <= target.start, q),
        }
    }

    /// Records trigger `t` of `rule` in the qualifier slot of its category, when it is nearer to
    /// the target than one already there.
    fn fill(&self, rule: &Rule, t: &CueMatch, distance: usize, before: bool, q: &mut Qualifiers) {
        let slot = match rule.category {
            Category::Negated => &mut q.negated,
            Category::Hypothetical => &mut q.hypothetical,
            Category::OtherExperiencer => &mut q.other,
            Category::Historical => &mut q.historical,
            Category::Repeated => &mut q.repeated,
            Category::Result => &mut q.result,
            Category::Contradiction => &mut q.contradicted,
            Category::Pseudo => return,
        };
        q.conditioned |= rule.condition;
        if slot.as_ref().is_none_or(|r| distance < r.distance) {
            *slot = Some(Reach {
                trigger: t.cue.clone(),
                distance,
                before,
                whole_sentence: rule.max_words.is_none(),
            });
        }
    }

    /// Whether `from..to` (a trigger to its target) holds a colon after two words or more, the
    /// trigger's clause with its object, and the clause after the colon tells with an auxiliary
    /// of the past what happened.
    fn told_after_colon(&self, folded: &str, from: usize, to: usize) -> bool {
        // As far as a relative clause is looked into for its auxiliary.
        const CLAUSE_WORDS: usize = 12;
        fn words(s: &str) -> impl Iterator<Item = &str> {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
        }
        let Some(colon) = folded[from..to].find(':').map(|c| from + c) else {
            return false;
        };
        let after = &folded[colon + 1..];
        let clause = &after[..after.find([';', '.', ':']).unwrap_or(after.len())];
        words(&folded[from..colon]).count() >= 2
            && words(clause)
                .take(CLAUSE_WORDS)
                .any(|w| self.past_auxiliaries.iter().any(|a| a == w))
    }

    /// Whether the words between a trigger and the target after it hold a finding and then where
    /// it was looked for: "geen afwijkingen op de" before "foto".
    fn finding_between(&self, between: &str, rule: &Rule) -> bool {
        let between = between.trim_end();
        let Some(place) = rule.finding_on.iter().find(|p| {
            between.strip_suffix(p.as_str()).is_some_and(|rest| {
                rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric())
            })
        }) else {
            return false;
        };
        between[..between.len() - place.len()]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .any(|w| !self.fillers.iter().any(|f| f == w))
    }
}

/// Gives each unqualified item of a list (indices into `qualified`) the qualifiers of the
/// nearest qualified item.
fn share_in_list(list: &[usize], qualified: &mut [Qualifiers]) {
    let reached: Vec<usize> = list
        .iter()
        .copied()
        .filter(|&i| qualified[i] != Qualifiers::default())
        .collect();
    for &i in list {
        if qualified[i] != Qualifiers::default() {
            continue;
        }
        if let Some(&j) = reached.iter().min_by_key(|&&j| j.abs_diff(i)) {
            qualified[i] = qualified[j].clone();
        }
    }
}

/// Where the bracket opens that `at` stands in, if it stands in one.
fn enclosing_bracket(folded: &str, at: usize) -> Option<usize> {
    let before = &folded[..at];
    let open = before.rfind('(')?;
    (!before[open..].contains(')')).then_some(open)
}

/// Whether one of the trigger's own terminators (`terminated_by`) stands between it and the target.
fn stopped_on_its_own(own_stops: &[CueMatch], t: &CueMatch, target: &CueMatch) -> bool {
    let (from, to) = (t.end.min(target.end), t.start.max(target.start));
    own_stops
        .iter()
        .any(|s| s.group == t.group && from <= s.start && s.start < to)
}

/// Whether match `outer` holds all of the shorter match `inner`.
fn holds(outer: &CueMatch, inner: &CueMatch) -> bool {
    outer.start <= inner.start
        && inner.end <= outer.end
        && outer.end - outer.start > inner.end - inner.start
}

/// Whether `rest` opens with one of `words` (after white space), as whole words.
fn starts_with_any(rest: &str, words: &[String]) -> bool {
    let rest = rest.trim_start();
    words.iter().any(|w| {
        rest.strip_prefix(w.as_str())
            .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
    })
}

/// Whether one of `words` (single words) stands in the clause before byte `at`: since the last
/// terminator or comma, colon or semicolon.
fn clause_before_holds(folded: &str, at: usize, index: &SentenceIndex, words: &[String]) -> bool {
    if words.is_empty() {
        return false;
    }
    let stop = index.stops_between(0, at).last().copied().unwrap_or(0);
    let mark = folded[..at].rfind([',', ';', ':']).map_or(0, |i| i + 1);
    folded[stop.max(mark)..at]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| words.iter().any(|x| x == w))
}

/// Words in brackets explain what stands just before them ("verwijzen voor een operatieve
/// behandeling (carpaal tunnel release)"): unqualified, they are what their antecedent is.
fn share_with_brackets(
    folded: &str,
    targets: &[CueMatch],
    index: &SentenceIndex,
    qualified: &mut [Qualifiers],
) {
    for i in 0..targets.len() {
        let Some(open) = enclosing_bracket(folded, targets[i].start) else {
            continue;
        };
        let antecedent = targets[..i]
            .iter()
            .rposition(|a| a.end <= open && index.words_between(a.end, open) <= 2);
        if let Some(j) = antecedent.filter(|_| qualified[i] == Qualifiers::default()) {
            qualified[i] = qualified[j].clone();
        }
    }
}

/// The phrases of a checklist list, folded.
fn fold_all(list: &[Spanned<String>]) -> Vec<String> {
    list.iter()
        .map(|p| crate::text::fold(p.get_ref()))
        .collect()
}

/// Whether at most `words` words stand between a trigger and the end of its clause.
fn ends_clause_within(mut rest: &str, words: usize) -> bool {
    for _ in 0..words {
        if ends_clause(rest) {
            return true;
        }
        let trimmed = rest.trim_start();
        let word_end = trimmed
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(trimmed.len());
        if word_end == 0 {
            return false;
        }
        rest = &trimmed[word_end..];
    }
    ends_clause(rest)
}

/// Whether a trigger is a split verb's, its clause's end checked at its particle already.
fn is_split(t: &CueMatch) -> bool {
    t.cue.contains(crate::separable::GAP)
}

/// Whether nothing but punctuation stands between a trigger and the end of its clause.
fn ends_clause(rest: &str) -> bool {
    // A hyphen glued to the trigger joins a compound ("niet-comprimeerbare"); a dash stands apart.
    let compound = rest
        .strip_prefix('-')
        .is_some_and(|after| after.starts_with(char::is_alphanumeric));
    if compound {
        return false;
    }
    // A dot leader leads to an answer ("Where were you treated? ...... Lindos Bay"); a closing
    // quote ends the clause it closes.
    let rest = rest.trim_start();
    let answer = rest.trim_start_matches(['.', ' ']);
    if rest.starts_with("..") && !answer.is_empty() {
        return false;
    }
    rest.is_empty()
        || rest.starts_with([
            ',', ';', '.', ')', '(', '!', '/', '-', '\'', '"', '’', '”', '—', '–',
        ])
}

/// A scope without `max_words` runs to the end of the sentence, but never further than this many
/// words: a run-on "sentence" of a whole page is not one thought.
pub const MAX_SCOPE: usize = 50;

/// The most words a comma-delimited aside ("to date", "wie besprochen", "voor zover bekend") has:
/// longer, it is a clause of its own.
const ASIDE_WORDS: usize = 4;

/// Where words and terminators stand in a folded sentence, for distances and scope ends in
/// logarithmic time.
#[derive(Debug, Clone)]
pub struct SentenceIndex {
    words: Vec<usize>,
    stops: Vec<usize>,
    /// Commas: a comma between two words puts them further apart than the words alone say.
    commas: Vec<usize>,
}

impl SentenceIndex {
    /// Indexes a folded sentence and the starts of its terminators (sorted).
    pub fn new(folded: &str, stops: Vec<usize>) -> SentenceIndex {
        SentenceIndex {
            words: word_starts(folded),
            stops,
            commas: folded.match_indices(',').map(|(i, _)| i).collect(),
        }
    }

    /// How many commas stand in `from..to`.
    pub fn commas_between(&self, from: usize, to: usize) -> usize {
        let lo = self.commas.partition_point(|&s| s < from);
        let hi = self.commas.partition_point(|&s| s < to);
        hi.saturating_sub(lo)
    }

    /// How many words start in `from..to`.
    pub fn words_between(&self, from: usize, to: usize) -> usize {
        let lo = self.words.partition_point(|&s| s < from);
        let hi = self.words.partition_point(|&s| s < to);
        hi.saturating_sub(lo)
    }

    /// The index of the word at or before byte `at`.
    pub fn word_at(&self, at: usize) -> usize {
        self.words.partition_point(|&s| s <= at).saturating_sub(1)
    }

    /// Whether a terminator starts in `from..to`.
    pub fn stopped(&self, from: usize, to: usize) -> bool {
        !self.stops_between(from, to).is_empty()
    }

    /// Where the terminators in `from..to` start.
    pub fn stops_between(&self, from: usize, to: usize) -> &[usize] {
        let lo = self.stops.partition_point(|&s| s < from);
        let hi = self.stops.partition_point(|&s| s < to);
        &self.stops[lo..hi.max(lo)]
    }
}

/// Byte ranges sorted by start, for overlap tests in logarithmic time.
struct Spans {
    spans: Vec<(usize, usize)>,
    /// The largest end among the spans up to each index.
    max_end: Vec<usize>,
}

impl Spans {
    fn new(mut spans: Vec<(usize, usize)>) -> Spans {
        spans.sort_unstable();
        let mut max_end = Vec::with_capacity(spans.len());
        let mut m = 0;
        for &(_, e) in &spans {
            m = m.max(e);
            max_end.push(m);
        }
        Spans { spans, max_end }
    }

    /// Whether any span overlaps `start..end`.
    fn overlaps(&self, start: usize, end: usize) -> bool {
        let n = self.spans.partition_point(|&(s, _)| s < end);
        n > 0 && self.max_end[n - 1] > start
    }
}

/// Byte offsets where words start in a folded sentence.
fn word_starts(folded: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut in_word = false;
    for (i, c) in folded.char_indices() {
        let w = c.is_alphanumeric();
        if w && !in_word {
            out.push(i);
        }
        in_word = w;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::Checklist;
    use crate::text::fold;

    fn deciding(sentence: &str, target: &str) -> Option<Category> {
        let c = Checklist::builtin().expect("built-in checklist").compile();
        let ctx = &c.context;
        let folded = fold(sentence);
        let targets = CueSet::from_strs([target]).find_all(&folded);
        let q = ctx.qualify(&folded, &targets);
        q.first()?.deciding().map(|(c, _)| c)
    }

    #[test]
    fn scope_terminators_and_pseudo_triggers() {
        use Category::*;
        let cases: &[(&str, &str, Option<Category>)] = &[
            (
                "Er zijn geen foto's (röntgen, echo of CT) gemaakt.",
                "ct",
                Some(Negated),
            ),
            (
                "Is nimmer geopereerd; opereren werd hem telkens ontraden.",
                "geopereerd",
                Some(Negated),
            ),
            ("MRI: geen afwijkingen.", "mri", None),
            (
                "Foto's zijn gemaakt; geopereerd is zij niet.",
                "geopereerd",
                Some(Negated),
            ),
            ("Echo: niet-comprimeerbare appendix.", "echo", None),
            ("X-ray: no fracture.", "x-ray", None),
            (
                "Geen verbetering na de operatie.",
                "operatie",
                Some(Historical),
            ),
            (
                "De chirurg stelt een release voor.",
                "release",
                Some(Hypothetical),
            ),
            (
                "Een operatie werd aangeboden maar afgewezen.",
                "operatie",
                Some(Hypothetical),
            ),
            (
                "Na de operatie in 2024 is fysiotherapie geadviseerd.",
                "operatie",
                Some(Historical),
            ),
            (
                "Haar moeder is geopereerd aan beide handen.",
                "geopereerd",
                Some(OtherExperiencer),
            ),
            ("Is operatie zinvol?", "operatie", Some(Hypothetical)),
            ("Geen koorts, maar wel een MRI gemaakt.", "mri", None),
            // After a label's colon a negation is about the value's finding...
            ("Echo pols: pees niet gescheurd.", "echo", None),
            ("CT scan: no displacement, no extension.", "ct", None),
            // ...unless it is the whole value.
            ("Röntgen: niet verricht.", "rontgen", Some(Negated)),
            ("Imaging: none to date.", "imaging", Some(Negated)),
            ("Surgery: No", "surgery", Some(Negated)),
            // A concession opens a clause of its own.
            (
                "Nog niet pijnvrij, hoewel de controlefoto goed is.",
                "controlefoto",
                None,
            ),
            (
                "In view of the MRI findings, I have recommended surgery.",
                "mri",
                Some(Historical),
            ),
            (
                "Indien patiënt in het buitenland in een ziekenhuis behandeld is, graag een screening.",
                "behandeld",
                Some(Hypothetical),
            ),
            (
                "Not happy with the outcome of her wrist operation.",
                "operation",
                Some(Historical),
            ),
            // A repeat says an earlier one happened, whatever is said of the repeat.
            ("Een nieuwe MRI achten wij niet nodig.", "mri", Some(Repeated)),
            ("Eine erneute Operation lehnt er ab.", "operation", Some(Repeated)),
            // A plan or question on the other side of the past is about the whole phrase.
            (
                "Results of last week's CT are awaited.",
                "ct",
                Some(Historical),
            ),
            // A negation looking back stops at a clause of its own...
            (
                "In Gent is een echo gemaakt en werd een operatie ontraden.",
                "echo",
                None,
            ),
            (
                "In Gent is een echo gemaakt en werd een operatie ontraden.",
                "operatie",
                Some(Negated),
            ),
            // ...but a question is the whole sentence.
            (
                "Is een artrodese zinvol, of komt een prothese in aanmerking?",
                "artrodese",
                Some(Hypothetical),
            ),
            // A question spans the whole sentence, the past in it too.
            (
                "Heeft u metaal in uw lichaam, zoals een plaat na een operatie?",
                "operatie",
                Some(Hypothetical),
            ),
            // A form's question answered.
            ("Eerder geopereerd aan de hand? Ja, 2021.", "geopereerd", None),
            ("Eerder geopereerd aan de hand? Nee.", "geopereerd", Some(Negated)),
            // A plan section names what is still to come.
            ("P: echo hand li over 2 wk.", "echo", Some(Hypothetical)),
            // A time adverb dates the plan, it does not make it an event.
            (
                "De chirurg stelde destijds een artrodese voor.",
                "artrodese",
                Some(Hypothetical),
            ),
        ];
        for (sentence, target, want) in cases {
            assert_eq!(deciding(sentence, target), *want, "{sentence}");
        }
    }
}
