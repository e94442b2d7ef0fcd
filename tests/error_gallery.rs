//! Generates docs/errors.md, the error gallery, from the UI fail cases under tests/ui, and fails
//! when the committed page is out of date.
//!
//! Regenerate with: `THREAD_SAFE_BLESS=1 cargo test --test error_gallery`
//!
//! A fail case is `tests/ui/<feature>/<case>.rs` with its `.stderr` beside it (cases under
//! `pass/` are not errors and are left out). Each one opens with a comment block whose first line
//! says what the case shows and whose `// Fix:` line says what the user should do.

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

const BLESS_VAR: &str = "THREAD_SAFE_BLESS";
const REGENERATE: &str = "THREAD_SAFE_BLESS=1 cargo test --test error_gallery";
const PAGE: &str = "docs/errors.md";
const UI_ROOT: &str = "tests/ui";

/// One fail case, read from its `.rs` and `.stderr` files.
struct FailCase {
    /// Path relative to the package root, with `/` separators, for stable output.
    path: String,
    name: String,
    shows: String,
    fix: String,
    /// The whole file, comment block included, so the line numbers of `stderr` match it.
    code: String,
    stderr: String,
}

/// The cases of one feature directory, e.g. `tests/ui/thread_safe`.
struct Topic {
    feature: String,
    cases: Vec<FailCase>,
}

/// The comment block a fail case opens with, split into its two parts.
#[derive(Debug, PartialEq)]
struct Header {
    shows: String,
    fix: String,
}

/// Reads the leading `//` comment block of `source`. Lines before `// Fix:` say what the case
/// shows; the `// Fix:` line and the comment lines after it are the fix, so a sentence that
/// rustfmt or an editor wrapped still reads as one.
fn parse_header(path: &str, source: &str) -> Result<Header, String> {
    let mut shows = Vec::new();
    let mut fix: Option<Vec<&str>> = None;
    for line in source.lines() {
        let Some(text) = line.trim_start().strip_prefix("//") else { break };
        if text.starts_with('/') || text.starts_with('!') {
            break;
        }
        let text = text.trim();
        match (&mut fix, text.strip_prefix("Fix:")) {
            (None, Some(first)) => fix = Some(vec![first.trim()]),
            (None, None) => shows.push(text),
            (Some(lines), _) => lines.push(text),
        }
    }
    let shows = join_sentence(&shows);
    if shows.is_empty() {
        return Err(format!(
            "{path}: a fail case must open with `// <what the case shows, one sentence>`"
        ));
    }
    let Some(fix) = fix.map(|lines| join_sentence(&lines)).filter(|fix| !fix.is_empty()) else {
        return Err(format!(
            "{path}: the opening comment block has no `// Fix: <what the user should do>` line \
             (TEAM.md requires one in every fail case; the error gallery shows it)"
        ));
    };
    Ok(Header { shows, fix })
}

fn join_sentence(lines: &[&str]) -> String {
    lines.iter().copied().filter(|line| !line.is_empty()).collect::<Vec<_>>().join(" ")
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let entries =
        fs::read_dir(dir).unwrap_or_else(|err| panic!("cannot read {}: {err}", dir.display()));
    let mut paths: Vec<PathBuf> = entries
        .map(|entry| {
            entry.unwrap_or_else(|err| panic!("cannot read {}: {err}", dir.display())).path()
        })
        .collect();
    paths.sort();
    paths
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()))
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Reads every fail case under `root/tests/ui`, topics and cases sorted by name. Every problem
/// found is collected, so one run names every case that needs fixing.
fn collect(root: &Path) -> Result<Vec<Topic>, Vec<String>> {
    let ui = root.join(UI_ROOT);
    let mut topics = Vec::new();
    let mut problems = Vec::new();
    if !ui.is_dir() {
        return Ok(topics);
    }
    for dir in sorted_entries(&ui).into_iter().filter(|path| path.is_dir()) {
        let mut cases = Vec::new();
        for file in sorted_entries(&dir) {
            if file.extension() != Some(OsStr::new("rs")) || !file.is_file() {
                continue;
            }
            let path = relative(root, &file);
            let stderr_file = file.with_extension("stderr");
            if !stderr_file.is_file() {
                problems.push(format!(
                    "{path}: a fail case needs its compiler output beside it in {}",
                    relative(root, &stderr_file)
                ));
                continue;
            }
            let code = read(&file);
            match parse_header(&path, &code) {
                Ok(header) => cases.push(FailCase {
                    name: file
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    path,
                    shows: header.shows,
                    fix: header.fix,
                    code,
                    stderr: read(&stderr_file),
                }),
                Err(problem) => problems.push(problem),
            }
        }
        if !cases.is_empty() {
            let feature =
                dir.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            topics.push(Topic { feature, cases });
        }
    }
    if problems.is_empty() {
        Ok(topics)
    } else {
        Err(problems)
    }
}

/// The heading of a feature directory; a directory not listed here is shown by its name.
fn topic_title(feature: &str) -> String {
    match feature {
        "thread_safe" => "The `#[thread_safe]` attribute".to_owned(),
        "assert" => "Assertion macros".to_owned(),
        "unsafe_code" => "Vouching under an unsafe_code lint".to_owned(),
        "soundness" => "Soundness: unsound patterns from RustSec advisories".to_owned(),
        other => other.to_owned(),
    }
}

/// The anchor GitHub derives from a heading: lowercase, spaces to `-`, punctuation dropped.
fn anchor(heading: &str) -> String {
    heading
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}

/// A code fence longer than any run of backticks in `text`, so the block cannot end early.
fn fence(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    "`".repeat((longest + 1).max(3))
}

fn code_block(out: &mut String, lang: &str, text: &str) {
    let fence = fence(text);
    let text = text.trim_end();
    writeln!(out, "{fence}{lang}\n{text}\n{fence}\n").unwrap();
}

fn render(topics: &[Topic]) -> String {
    let total: usize = topics.iter().map(|topic| topic.cases.len()).sum();
    let mut out = String::new();
    writeln!(
        out,
        "<!-- Generated by tests/error_gallery.rs from the fail cases under tests/ui. Do not edit: \
         regenerate with `{REGENERATE}`. -->\n\n\
         # Error gallery\n\n\
         Every compile error the thread-safe crates are tested to give ({total} cases), with the \
         code that triggers it, the exact compiler output, and what to do about it. Each entry is a \
         UI test case under `tests/ui/`; the output is what the toolchain pinned in \
         `rust-toolchain.toml` prints, as trybuild records it (paths relative to the package root, \
         line numbers of library sources left out).\n\n\
         Regenerate this page after adding or changing a case:\n\n\
         ```sh\n{REGENERATE}\n```\n"
    )
    .unwrap();
    for topic in topics {
        let title = topic_title(&topic.feature);
        writeln!(out, "- [{title}](#{}): {} cases", anchor(&title), topic.cases.len()).unwrap();
    }
    for topic in topics {
        render_topic(&mut out, topic);
    }
    out
}

/// Unique across the page, so that its anchor is too: case names repeat across features.
fn case_heading(feature: &str, case: &FailCase) -> String {
    format!("`{feature}/{}`", case.name)
}

fn render_topic(out: &mut String, topic: &Topic) {
    writeln!(out, "\n## {}\n", topic_title(&topic.feature)).unwrap();
    for case in &topic.cases {
        let heading = case_heading(&topic.feature, case);
        writeln!(out, "- [`{}`](#{}): {}", case.name, anchor(&heading), case.shows).unwrap();
    }
    for case in &topic.cases {
        let heading = case_heading(&topic.feature, case);
        writeln!(out, "\n### {heading}\n\n{}\n", case.shows).unwrap();
        code_block(out, "rust", &case.code);
        code_block(out, "text", &case.stderr);
        writeln!(out, "**Fix:** {}\n\nSource: [`{}`](../{})", case.fix, case.path, case.path)
            .unwrap();
    }
}

fn package_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn error_gallery_is_up_to_date() {
    let root = package_root();
    let topics = collect(&root).unwrap_or_else(|problems| {
        panic!("the error gallery cannot be generated:\n  {}", problems.join("\n  "))
    });
    let page = render(&topics);
    let path = root.join(PAGE);
    if std::env::var_os(BLESS_VAR).is_some_and(|value| value == "1") {
        fs::write(&path, &page).unwrap_or_else(|err| panic!("cannot write {PAGE}: {err}"));
        return;
    }
    let committed = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == page,
        "{PAGE} is out of date with the fail cases under {UI_ROOT}.\n\
         Regenerate it with:\n\n    {REGENERATE}\n\nand commit the result."
    );
}

#[test]
fn header_splits_what_the_case_shows_from_the_fix() {
    let source = "// A field holding `Rc<u8>` in a type checked\n// for Send.\n\
                  // Fix: use `Arc<u8>`, or vouch for the field\n// with a reason.\n\n\
                  use std::rc::Rc;\nfn main() {}\n";
    let header = parse_header("case.rs", source).unwrap();
    assert_eq!(
        header,
        Header {
            shows: "A field holding `Rc<u8>` in a type checked for Send.".to_owned(),
            fix: "use `Arc<u8>`, or vouch for the field with a reason.".to_owned(),
        }
    );
}

#[test]
fn a_case_without_a_fix_line_is_named_in_the_error() {
    let err =
        parse_header("tests/ui/x/no_fix.rs", "// Shows a thing.\nfn main() {}\n").unwrap_err();
    assert!(err.starts_with("tests/ui/x/no_fix.rs: "), "{err}");
    assert!(err.contains("// Fix:"), "{err}");
}

#[test]
fn a_case_without_any_header_is_named_in_the_error() {
    let err = parse_header("tests/ui/x/bare.rs", "fn main() {}\n").unwrap_err();
    assert!(err.starts_with("tests/ui/x/bare.rs: "), "{err}");
}

#[test]
fn fences_outgrow_backticks_in_the_text() {
    assert_eq!(fence("no ticks"), "```");
    assert_eq!(fence("a ```` run"), "`````");
}

/// A scratch package root under the system temp dir, removed when dropped.
struct ScratchRoot(PathBuf);

impl ScratchRoot {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("error-gallery-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        Self(dir)
    }

    fn write(&self, path: &str, text: &str) {
        let path = self.0.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
}

impl Drop for ScratchRoot {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

#[test]
fn cases_are_grouped_by_feature_in_name_order_and_pass_cases_are_left_out() {
    let root = ScratchRoot::new("order");
    root.write("tests/ui/b/z.rs", "// Z.\n// Fix: z.\nfn main() {}\n");
    root.write("tests/ui/b/z.stderr", "error: z\n");
    root.write("tests/ui/b/a.rs", "// A.\n// Fix: a.\nfn main() {}\n");
    root.write("tests/ui/b/a.stderr", "error: a\n");
    root.write("tests/ui/a/only.rs", "// Only.\n// Fix: only.\nfn main() {}\n");
    root.write("tests/ui/a/only.stderr", "error: only\n");
    root.write("tests/ui/a/pass/fine.rs", "fn main() {}\n");
    let topics = collect(&root.0).unwrap_or_else(|problems| panic!("{problems:?}"));
    let names: Vec<(String, Vec<String>)> = topics
        .iter()
        .map(|t| (t.feature.clone(), t.cases.iter().map(|c| c.path.clone()).collect()))
        .collect();
    assert_eq!(
        names,
        [
            ("a".to_owned(), vec!["tests/ui/a/only.rs".to_owned()]),
            ("b".to_owned(), vec!["tests/ui/b/a.rs".to_owned(), "tests/ui/b/z.rs".to_owned()]),
        ]
    );
    assert_eq!(render(&topics), render(&collect(&root.0).unwrap_or_default()));
}

#[test]
fn every_broken_case_is_named_at_once() {
    let root = ScratchRoot::new("broken");
    root.write("tests/ui/a/no_fix.rs", "// Shows.\nfn main() {}\n");
    root.write("tests/ui/a/no_fix.stderr", "error\n");
    root.write("tests/ui/a/no_stderr.rs", "// Shows.\n// Fix: f.\nfn main() {}\n");
    let Err(problems) = collect(&root.0) else { panic!("broken cases were accepted") };
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].starts_with("tests/ui/a/no_fix.rs: "), "{problems:?}");
    assert!(problems[1].starts_with("tests/ui/a/no_stderr.rs: "), "{problems:?}");
}
