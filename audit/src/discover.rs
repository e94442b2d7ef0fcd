//! Finds the Rust files under a path (honouring `.gitignore`) and where each sits in its crate.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use crate::model::ModPath;

/// A file to audit.
#[derive(Debug)]
pub(crate) struct SourceFile {
    pub(crate) path: PathBuf,
    /// Relative to the audited root, with `/` separators: what every output shows.
    pub(crate) display: String,
    /// The module path, starting with the crate's root segment: the crate's name when another
    /// crate of the tree can name it (`other_crate::Type`), else a name no path can spell.
    pub(crate) module: ModPath,
}

pub(crate) fn discover(root: &Path) -> Result<Vec<SourceFile>, String> {
    if root.is_file() {
        let display =
            root.file_name().map_or_else(String::new, |name| name.to_string_lossy().into_owned());
        return Ok(vec![SourceFile {
            path: root.to_path_buf(),
            display,
            module: vec!["#".to_owned()],
        }]);
    }
    if !root.is_dir() {
        return Err(format!("`{}` is neither a directory nor a file", root.display()));
    }
    let walker = ignore::WalkBuilder::new(root)
        .require_git(false)
        .filter_entry(|entry| !entry.path().join("CACHEDIR.TAG").is_file())
        .build();
    let mut manifests = ManifestCache::default();
    let mut found = Vec::new();
    for entry in walker {
        let entry = entry.map_err(|error| error.to_string())?;
        let path = entry.path();
        if path.extension().is_none_or(|ext| ext != "rs")
            || !entry.file_type().is_some_and(|t| t.is_file())
        {
            continue;
        }
        let crate_dir = manifests.crate_dir(root, path);
        let (crate_key, module) = layout(crate_dir.as_deref().unwrap_or(root), path);
        found.push((path.to_path_buf(), crate_dir, crate_key, module));
    }
    let roots = crate_roots(&found);
    let mut files: Vec<SourceFile> = found
        .into_iter()
        .map(|(path, _, crate_key, module)| {
            let mut rooted = vec![roots[&crate_key].clone()];
            rooted.extend(module);
            SourceFile { display: display(root, &path), path, module: rooted }
        })
        .collect();
    files.sort_by(|a, b| a.display.cmp(&b.display));
    Ok(files)
}

type Found = (PathBuf, Option<PathBuf>, PathBuf, ModPath);

/// The root segment of each crate: a library or binary crate under `src/` is named by its
/// package (`my-crate` is `my_crate`), unless two crates of the tree have that name; tests,
/// examples and benches, and folders without a manifest, get a name no Rust path can spell.
fn crate_roots(found: &[Found]) -> HashMap<PathBuf, String> {
    let mut named: HashMap<PathBuf, Option<String>> = HashMap::new();
    for (_, crate_dir, key, _) in found {
        named.entry(key.clone()).or_insert_with(|| {
            let dir = crate_dir.as_ref()?;
            (key == &dir.join("src")).then(|| package_name(dir)).flatten()
        });
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for name in named.values().flatten() {
        *counts.entry(name).or_default() += 1;
    }
    named
        .iter()
        .map(|(key, name)| {
            let root = match name {
                Some(name) if counts[name.as_str()] == 1 => name.clone(),
                _ => format!("#{}", key.display()),
            };
            (key.clone(), root)
        })
        .collect()
}

/// `name` of the `[package]` table, with `-` as `_` the way Rust paths spell it.
fn package_name(dir: &Path) -> Option<String> {
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).ok()?;
    let mut in_package = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if in_package {
            if let Some(value) = line.strip_prefix("name").map(str::trim_start) {
                let value = value.strip_prefix('=')?.trim().trim_matches('"');
                return Some(value.replace('-', "_"));
            }
        }
    }
    None
}

fn display(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = relative
        .components()
        .filter(|component| !matches!(component, Component::CurDir))
        .map(|component| component.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

/// The crate a file belongs to and its module path, by Cargo's conventions: `src/` is the library
/// or binary crate (`src/a/b.rs` and `src/a/b/mod.rs` are module `a::b`); `src/bin/`, `tests/`,
/// `examples/` and `benches/` hold crates of their own.
fn layout(crate_dir: &Path, path: &Path) -> (PathBuf, ModPath) {
    let relative = path.strip_prefix(crate_dir).unwrap_or(path);
    let parts: Vec<String> = relative
        .components()
        .map(|component| component.as_os_str().to_string_lossy().into_owned())
        .collect();
    let (key_parts, module_parts) = match parts.first().map(String::as_str) {
        Some("src") if parts.get(1).is_some_and(|part| part == "bin") && parts.len() > 2 => {
            parts.split_at(3)
        }
        Some("src" | "tests" | "examples" | "benches") => parts.split_at(1),
        _ => parts.split_at(0),
    };
    let mut key = crate_dir.to_path_buf();
    key.extend(key_parts);
    (key, module_path(module_parts))
}

fn module_path(parts: &[String]) -> ModPath {
    let Some((file, dirs)) = parts.split_last() else { return Vec::new() };
    let mut module: ModPath = dirs.to_vec();
    let stem = file.strip_suffix(".rs").unwrap_or(file);
    let is_root = dirs.is_empty() && matches!(stem, "lib" | "main");
    if stem != "mod" && !is_root {
        module.push(stem.to_owned());
    }
    module
}

/// Remembers which directories hold a `Cargo.toml`, so each file looks up its crate once per level.
#[derive(Default)]
struct ManifestCache {
    known: HashMap<PathBuf, bool>,
}

impl ManifestCache {
    /// The nearest directory with a `Cargo.toml`, searched up to the audited root only: a folder
    /// audited on its own (a `src/`, a fixture) is a crate of its own.
    fn crate_dir(&mut self, root: &Path, file: &Path) -> Option<PathBuf> {
        let inside_root = file.ancestors().skip(1).take_while(|dir| dir.starts_with(root));
        let mut inside_root = inside_root;
        inside_root.find_map(|dir| {
            let has_manifest = *self
                .known
                .entry(dir.to_path_buf())
                .or_insert_with(|| dir.join("Cargo.toml").is_file());
            has_manifest.then(|| dir.to_path_buf())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module_of(relative: &str) -> (String, ModPath) {
        let (key, module) = layout(Path::new("/c"), &Path::new("/c").join(relative));
        (key.to_string_lossy().into_owned(), module)
    }

    #[test]
    fn cargo_layout_gives_module_paths() {
        assert_eq!(module_of("src/lib.rs"), ("/c/src".into(), vec![]));
        assert_eq!(module_of("src/batch/mod.rs"), ("/c/src".into(), vec!["batch".to_owned()]));
        assert_eq!(
            module_of("src/batch/queue.rs"),
            ("/c/src".into(), vec!["batch".to_owned(), "queue".to_owned()])
        );
        assert_eq!(module_of("src/bin/tool.rs").0, "/c/src/bin/tool.rs");
        assert_eq!(module_of("tests/it.rs"), ("/c/tests".into(), vec!["it".to_owned()]));
    }
}
