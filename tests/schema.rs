//! The JSON contract: `schema/report.schema.json` describes every field the tool writes. Real
//! output (the example dossiers, an inbox of mixed dossiers with CDs, warnings and unreadable files,
//! an error entry, NDJSON lines) is validated against it by a small structural validator that
//! knows the keywords the schema uses (`$ref`, `type`, `const`, `enum`, `pattern`, `oneOf`,
//! `properties`, `required`, `additionalProperties`, `items`, `minimum`). Every object in the schema
//! forbids unknown properties, so a field added to the report without the schema fails here.

mod common;

use common::run::{dossiercheck, AS_OF};
use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn schema() -> Value {
    let text = std::fs::read_to_string(format!("{ROOT}/schema/report.schema.json"))
        .expect("schema/report.schema.json");
    serde_json::from_str(&text).expect("the schema is JSON")
}

/// Whether `s` matches one of the few patterns the schema uses (no regex engine needed).
fn matches_pattern(pattern: &str, s: &str) -> bool {
    match pattern {
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" => {
            let b = s.as_bytes();
            b.len() == 10
                && b.iter().enumerate().all(|(i, c)| match i {
                    4 | 7 => *c == b'-',
                    _ => c.is_ascii_digit(),
                })
        }
        "^[a-z0-9-]+$" => {
            !s.is_empty()
                && s.bytes()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
        }
        other => panic!("the validator does not know the pattern {other}"),
    }
}

fn type_ok(ty: &str, v: &Value) -> bool {
    match ty {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        other => panic!("unknown type {other}"),
    }
}

/// Every way `v` breaks `schema`, with its JSON path.
fn validate(root: &Value, schema: &Value, v: &Value, path: &str, errors: &mut Vec<String>) {
    let Some(obj) = schema.as_object() else {
        return;
    };
    for key in obj.keys() {
        assert!(
            [
                "$schema",
                "$id",
                "$ref",
                "$defs",
                "title",
                "description",
                "type",
                "const",
                "enum",
                "pattern",
                "oneOf",
                "properties",
                "required",
                "additionalProperties",
                "items",
                "minimum"
            ]
            .contains(&key.as_str()),
            "the validator does not know the keyword {key}"
        );
    }
    if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
        let name = r.strip_prefix("#/$defs/").expect("local $ref");
        let target = &root["$defs"][name];
        assert!(!target.is_null(), "unknown $ref {r}");
        validate(root, target, v, path, errors);
    }
    match obj.get("type") {
        Some(Value::String(t)) if !type_ok(t, v) => {
            errors.push(format!("{path}: expected {t}, got {v}"));
            return;
        }
        Some(Value::Array(ts)) if !ts.iter().any(|t| type_ok(t.as_str().unwrap_or(""), v)) => {
            errors.push(format!("{path}: expected one of {ts:?}, got {v}"));
            return;
        }
        _ => {}
    }
    if let Some(c) = obj.get("const") {
        if c != v {
            errors.push(format!("{path}: expected {c}, got {v}"));
        }
    }
    if let Some(Value::Array(options)) = obj.get("enum") {
        if !options.contains(v) {
            errors.push(format!("{path}: {v} is not one of {options:?}"));
        }
    }
    if let (Some(p), Some(s)) = (obj.get("pattern").and_then(Value::as_str), v.as_str()) {
        if !matches_pattern(p, s) {
            errors.push(format!("{path}: {s:?} does not match {p}"));
        }
    }
    if let (Some(min), Some(n)) = (obj.get("minimum").and_then(Value::as_i64), v.as_i64()) {
        if n < min {
            errors.push(format!("{path}: {n} < {min}"));
        }
    }
    if let Some(Value::Array(options)) = obj.get("oneOf") {
        let passing = options
            .iter()
            .filter(|o| {
                let mut e = Vec::new();
                validate(root, o, v, path, &mut e);
                e.is_empty()
            })
            .count();
        if passing != 1 {
            errors.push(format!(
                "{path}: matches {passing} of the oneOf choices: {v}"
            ));
        }
    }
    if let Some(map) = v.as_object() {
        let props = obj.get("properties").and_then(Value::as_object);
        if let Some(Value::Array(required)) = obj.get("required") {
            for r in required {
                let r = r.as_str().unwrap_or("");
                if !map.contains_key(r) {
                    errors.push(format!("{path}: missing required {r}"));
                }
            }
        }
        for (k, child) in map {
            let child_path = format!("{path}.{k}");
            match props.and_then(|p| p.get(k)) {
                Some(s) => validate(root, s, child, &child_path, errors),
                None => match obj.get("additionalProperties") {
                    Some(Value::Bool(false)) => {
                        errors.push(format!("{child_path}: not in the schema"))
                    }
                    Some(s @ Value::Object(_)) => validate(root, s, child, &child_path, errors),
                    _ => {}
                },
            }
        }
    }
    if let (Some(items), Some(array)) = (obj.get("items"), v.as_array()) {
        for (i, item) in array.iter().enumerate() {
            validate(root, items, item, &format!("{path}[{i}]"), errors);
        }
    }
}

fn assert_valid(what: &str, v: &Value) {
    let schema = schema();
    let mut errors = Vec::new();
    validate(&schema, &schema, v, "$", &mut errors);
    assert!(
        errors.is_empty(),
        "{what} does not fit schema/report.schema.json:\n{}",
        errors.join("\n")
    );
}

fn run_json(dir: &std::path::Path, args: &[&str]) -> (i32, String) {
    let output = dossiercheck()
        .current_dir(dir)
        .args(args)
        .args(["--as-of", AS_OF])
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .expect("run dossiercheck");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).expect("UTF-8"),
    )
}

#[test]
fn example_reports_fit_the_schema() {
    for name in ["complete", "incomplete", "needs-review"] {
        let dir = format!("examples/dossiers/{name}");
        for lang in ["nl", "en"] {
            let (_, out) = run_json(
                ROOT.as_ref(),
                &["check", &dir, "--format", "json", "--lang", lang],
            );
            let report: Value = serde_json::from_str(&out).expect("JSON");
            assert_eq!(report["schema_version"], 2);
            assert_eq!(report["tool"]["version"], env!("CARGO_PKG_VERSION"));
            assert_valid(&dir, &report);
        }
    }
}

#[test]
fn an_inbox_fits_the_schema_as_json_and_ndjson() {
    let tmp = common::Dossier::new();
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).expect("inbox");
    common::desk::mixed_inbox(&inbox);
    let (code, out) = run_json(
        tmp.path(),
        &["check", "--each", "inbox", "--format", "json"],
    );
    assert_eq!(code, 1);
    let reports: Value = serde_json::from_str(&out).expect("JSON");
    assert!(reports.as_array().is_some_and(|a| a.len() > 2));
    assert_valid("the inbox", &reports);
    let (_, lines) = run_json(
        tmp.path(),
        &["check", "--each", "inbox", "--format", "ndjson"],
    );
    for line in lines.lines() {
        assert_valid("an NDJSON line", &serde_json::from_str(line).expect("JSON"));
    }
}

#[test]
fn an_error_entry_fits_the_schema() {
    let tmp = common::Dossier::new();
    std::fs::create_dir_all(tmp.path().join("a")).expect("a");
    let (code, out) = run_json(tmp.path(), &["check", "a", "missing", "--format", "json"]);
    assert_eq!(code, 2);
    let entries: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(entries[1]["status"], "error");
    assert_valid("an error entry", &entries);
}

#[test]
fn the_validator_rejects_what_the_schema_does_not_describe() {
    let (_, out) = run_json(
        ROOT.as_ref(),
        &["check", "examples/dossiers/complete", "--format", "json"],
    );
    let mut report: Value = serde_json::from_str(&out).expect("JSON");
    report["surprise"] = Value::Bool(true);
    report["requirements"][0]["status"] = Value::String("unverifiable".into());
    let schema = schema();
    let mut errors = Vec::new();
    validate(&schema, &schema, &report, "$", &mut errors);
    assert!(errors.iter().any(|e| e.contains("surprise")), "{errors:?}");
    assert!(
        errors.iter().any(|e| e.contains("unverifiable")),
        "{errors:?}"
    );
}
