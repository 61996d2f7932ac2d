//! Media inside a container (an ISO image, a zip): how its files split into media, checking each,
//! and naming what was found after the container.

use std::collections::HashSet;

use super::check::{check, Checked};
use super::model::{is_dicomdir_name, MediumFile, Plan, Source};
use crate::read::model::{Format, ReadDoc};

/// Splits the files of a container (an ISO image, a zip) into media: one per `DICOMDIR` (the files
/// below its folder; a file below two indexes belongs to the deeper one), and one of the remaining
/// files, whose DICOM-ness is sniffed when checked.
pub fn plan_container(files: &[MediumFile]) -> Vec<Plan> {
    let mut plans: Vec<Plan> = files
        .iter()
        .enumerate()
        .filter(|(_, f)| is_dicomdir_name(&f.path))
        .map(|(i, f)| Plan {
            dicomdir: Some(i),
            root: f
                .path
                .rsplit_once('/')
                .map(|(folder, _)| format!("{folder}/"))
                .unwrap_or_default(),
            members: Vec::new(),
            owned: Vec::new(),
        })
        .collect();
    let indexes: HashSet<usize> = plans.iter().filter_map(|p| p.dicomdir).collect();
    let mut rest = Vec::new();
    for (i, f) in files.iter().enumerate() {
        if indexes.contains(&i) {
            continue;
        }
        // The deepest root wins: roots that hold the same file are prefixes of one another.
        let mut owner: Option<(usize, usize)> = None;
        for (p, plan) in plans.iter_mut().enumerate() {
            if f.path.starts_with(plan.root.as_str()) {
                plan.members.push(i);
                if owner.is_none_or(|(_, depth)| plan.root.len() > depth) {
                    owner = Some((p, plan.root.len()));
                }
            }
        }
        match owner {
            Some((p, _)) => plans[p].owned.push(i),
            None => rest.push(i),
        }
    }
    if !rest.is_empty() {
        plans.push(Plan {
            dicomdir: None,
            root: String::new(),
            members: rest.clone(),
            owned: rest,
        });
    }
    plans
}

/// A medium found in a container, checked, not yet named.
#[derive(Debug)]
pub struct Found {
    /// The plan it was checked by (an index into the plans given to [`check_container`]).
    pub plan: usize,
    /// The path of its `DICOMDIR` inside the container, if it has one.
    pub inner: Option<String>,
    /// The outcome of the checks.
    pub checked: Checked,
    /// How to report it.
    pub format: Format,
}

/// Checks each planned medium of a container. Files without any DICOM form no medium, so the result
/// may be empty; the caller then says the container holds no images.
pub fn check_container(
    source: &dyn Source,
    files: &[MediumFile],
    plans: &[Plan],
    place: &str,
    format_of: impl Fn(&Plan) -> Format,
) -> Vec<Found> {
    plans
        .iter()
        .enumerate()
        .map(|(p, plan)| (p, plan, check(source, files, plan, place)))
        .filter(|(_, plan, c)| plan.dicomdir.is_some() || c.dicom_files > 0)
        .map(|(p, plan, checked)| Found {
            plan: p,
            inner: plan.dicomdir.map(|d| files[d].path.clone()),
            checked,
            format: format_of(plan),
        })
        .collect()
}

/// Names media found in the container `label`: the container's own path when it holds one medium,
/// `label/inner path of the DICOMDIR` when it holds `several` (any other stays `label`).
pub fn name_found(found: Vec<Found>, label: &str, several: bool) -> Vec<ReadDoc> {
    found
        .into_iter()
        .map(|f| {
            let path = match f.inner {
                Some(inner) if several => format!("{label}/{inner}"),
                _ => label.to_string(),
            };
            f.checked.into_doc(&path, f.format)
        })
        .collect()
}
