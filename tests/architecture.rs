//! The shape ARCHITECTURE.md promises, checked. The modules of `src/` import one way: no module
//! reaches, through any chain of imports, back to itself. Checked on every file (`read::ocr` and `read` are two modules) and on the top-level
//! modules as wholes (everything under `report/` is `report`), so a new import that closes a circle
//! fails here with the circle named, instead of slowing the next engineer down. And no function is
//! longer than a screenful or two (80 lines), so each reads as the one thing it does.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every module of the crate (by path, `read::ocr`; the crate root is ``) and its source, with
/// comments and test modules left out: a doc link or a test may name any module.
fn modules() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&root) {
        let entry = entry.expect("src/ is listable");
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let rel = path.strip_prefix(&root).expect("under src/");
        let mut parts: Vec<String> = rel
            .with_extension("")
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if matches!(
            parts.last().map(String::as_str),
            Some("mod" | "lib" | "main")
        ) {
            parts.pop();
        }
        let source = std::fs::read_to_string(path).expect("source is UTF-8");
        out.insert(parts.join("::"), code_only(&source));
    }
    out
}

/// The source without comments and without its `#[cfg(test)]` module.
fn code_only(source: &str) -> String {
    let mut out = String::new();
    let mut lines = source.lines().peekable();
    while let Some(line) = lines.next() {
        if line.starts_with("#[cfg(test)]") && lines.peek().is_some_and(|l| l.starts_with("mod ")) {
            break;
        }
        let code = line.split("//").next().unwrap_or("");
        out.push_str(code);
        out.push('\n');
    }
    out
}

/// Functions longer than `max` lines (from the `fn` line to its closing brace), by file and name.
fn long_functions(source: &str, max: usize) -> Vec<(usize, String)> {
    let lines: Vec<&str> = source.lines().collect();
    let mut long = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let code = line.trim_start();
        let after_fn = [
            "fn ",
            "pub fn ",
            "pub(crate) fn ",
            "pub(super) fn ",
            "const fn ",
        ]
        .iter()
        .find_map(|p| code.strip_prefix(p));
        let Some(rest) = after_fn else { continue };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let (mut depth, mut opened) = (0i64, false);
        for (j, body) in lines.iter().enumerate().skip(i) {
            for c in body.chars() {
                match c {
                    '{' => (depth, opened) = (depth + 1, true),
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            if !opened && body.trim_end().ends_with(';') {
                break;
            }
            if opened && depth <= 0 {
                if j + 1 - i > max {
                    long.push((j + 1 - i, name.clone()));
                }
                break;
            }
        }
    }
    long
}

/// The longest prefix of `path` that names a module.
fn module_of(path: &[&str], names: &BTreeSet<String>) -> Option<String> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].join("::"))
        .find(|m| names.contains(m))
}

/// Paths written after `prefix` (`crate::`, `super::`), as words: `crate::read::ocr::X` gives
/// `[read, ocr, X]`. A grouped `use crate::{a, b::c}` gives each of its paths.
fn paths_after<'a>(source: &'a str, prefix: &str) -> Vec<Vec<&'a str>> {
    let mut out = Vec::new();
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == ':';
    for (at, _) in source.match_indices(prefix) {
        if source[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let rest = &source[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inner = &group[..group.find('}').unwrap_or(group.len())];
            for item in inner.split(',') {
                let item = item.trim();
                let item = &item[..item.find(|c: char| !word(c)).unwrap_or(item.len())];
                out.push(item.split("::").filter(|s| !s.is_empty()).collect());
            }
        } else {
            let path = &rest[..rest.find(|c: char| !word(c)).unwrap_or(rest.len())];
            out.push(path.split("::").filter(|s| !s.is_empty()).collect());
        }
    }
    out
}

/// Which modules each module imports: through `crate::`, `super::`, or a child module by name.
fn imports(modules: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let names: BTreeSet<String> = modules.keys().cloned().collect();
    let mut graph = BTreeMap::new();
    for (name, source) in modules {
        let own: Vec<&str> = name.split("::").filter(|s| !s.is_empty()).collect();
        let mut to = BTreeSet::new();
        for path in paths_after(source, "crate::") {
            to.extend(module_of(&path, &names));
        }
        if !own.is_empty() {
            for mut path in paths_after(source, "super::") {
                let mut parent = &own[..own.len() - 1];
                while path.first() == Some(&"super") {
                    path.remove(0);
                    parent = &parent[..parent.len().saturating_sub(1)];
                }
                let full: Vec<&str> = parent.iter().copied().chain(path).collect();
                to.extend(module_of(&full, &names));
            }
        }
        // A module uses its children by their own names (`ocr::read_image`).
        for child in names.iter().filter(|c| {
            let prefix = if name.is_empty() {
                String::new()
            } else {
                format!("{name}::")
            };
            c.strip_prefix(&prefix)
                .is_some_and(|rest| !rest.is_empty() && !rest.contains("::"))
        }) {
            let short = child.rsplit("::").next().unwrap_or(child);
            if !paths_after(source, &format!("{short}::")).is_empty() {
                to.insert(child.clone());
            }
        }
        to.remove(name);
        // The crate root declares and runs everything: it sits on top, and nothing imports it.
        to.remove("");
        graph.insert(name.clone(), to);
    }
    graph
}

/// The same graph with every module taken as its top-level module (`report::text` is `report`).
fn top_level(graph: &BTreeMap<String, BTreeSet<String>>) -> BTreeMap<String, BTreeSet<String>> {
    let top = |m: &str| m.split("::").next().unwrap_or("").to_string();
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, tos) in graph {
        let entry = out.entry(top(from)).or_default();
        entry.extend(tos.iter().map(|t| top(t)).filter(|t| *t != top(from)));
    }
    out
}

/// A circle of imports, if there is one: the modules on it, the first repeated at the end.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        marks: &mut BTreeMap<String, Mark>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match marks.get(node) {
            Some(Mark::Done) => return None,
            Some(Mark::Open) => {
                let start = stack.iter().position(|m| m == node).unwrap_or(0);
                let mut cycle = stack[start..].to_vec();
                cycle.push(node.to_string());
                return Some(cycle);
            }
            None => {}
        }
        marks.insert(node.to_string(), Mark::Open);
        stack.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, marks, stack) {
                return Some(cycle);
            }
        }
        stack.pop();
        marks.insert(node.to_string(), Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut marks, &mut Vec::new()))
}

#[test]
fn no_module_imports_itself_through_others() {
    let graph = imports(&modules());
    assert!(graph.len() > 20, "the modules of src/ were found");
    if let Some(cycle) = find_cycle(&graph) {
        panic!(
            "modules import each other in a circle: {}",
            cycle.join(" → ")
        );
    }
}

#[test]
fn no_top_level_module_imports_itself_through_others() {
    let graph = top_level(&imports(&modules()));
    if let Some(cycle) = find_cycle(&graph) {
        panic!(
            "top-level modules import each other in a circle: {}",
            cycle.join(" → ")
        );
    }
}

#[test]
fn the_check_finds_a_circle_it_is_shown() {
    // The checker itself must see a circle written the ways the crate writes imports.
    let mut modules = BTreeMap::new();
    modules.insert("a".to_string(), "use crate::b::Thing;".to_string());
    modules.insert("b".to_string(), "fn f() { c::g() }".to_string());
    modules.insert("b::c".to_string(), "use super::super::a;".to_string());
    modules.insert("d".to_string(), "use crate::{a, b::c};".to_string());
    let graph = imports(&modules);
    assert_eq!(
        graph["d"],
        BTreeSet::from(["a".to_string(), "b::c".to_string()])
    );
    let cycle = find_cycle(&graph).expect("a → b → b::c → a");
    assert_eq!(cycle.first(), cycle.last());
    assert!(cycle.len() == 4, "{cycle:?}");
}

#[test]
fn no_function_is_longer_than_80_lines() {
    let long: Vec<String> = modules()
        .iter()
        .flat_map(|(module, source)| {
            long_functions(source, 80)
                .into_iter()
                .map(move |(n, name)| format!("{module}::{name} ({n} lines)"))
        })
        .collect();
    assert!(long.is_empty(), "functions over 80 lines: {long:?}");
}

#[test]
fn a_long_function_is_found() {
    let body = "    x();\n".repeat(81);
    let source = format!("fn short() {{\n}}\n\npub fn long() {{\n{body}}}\n");
    assert_eq!(long_functions(&source, 80), vec![(83, "long".to_string())]);
}

#[test]
fn every_problem_code_is_documented_in_the_readme() {
    // Scripts branch on these codes: a new one must be in the README's list of JSON fields.
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let missing: Vec<&str> = dossiercheck::read::ProblemCode::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|code| !readme.contains(&format!("`{code}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "problem codes missing from README.md: {missing:?}"
    );
}
