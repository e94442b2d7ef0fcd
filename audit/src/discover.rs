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
    /// Files with the same key form one crate, whose local types are inferred together.
    pub(crate) crate_key: PathBuf,
    pub(crate) module: ModPath,
}

pub(crate) fn discover(root: &Path) -> Result<Vec<SourceFile>, String> {
    if root.is_file() {
        let display =
            root.file_name().map_or_else(String::new, |name| name.to_string_lossy().into_owned());
        return Ok(vec![SourceFile {
            path: root.to_path_buf(),
            display,
            crate_key: root.to_path_buf(),
            module: Vec::new(),
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
    let mut files = Vec::new();
    for entry in walker {
        let entry = entry.map_err(|error| error.to_string())?;
        let path = entry.path();
        if path.extension().is_none_or(|ext| ext != "rs")
            || !entry.file_type().is_some_and(|t| t.is_file())
        {
            continue;
        }
        let crate_dir = manifests.crate_dir(root, path).unwrap_or_else(|| root.to_path_buf());
        let (crate_key, module) = layout(&crate_dir, path);
        files.push(SourceFile {
            path: path.to_path_buf(),
            display: display(root, path),
            crate_key,
            module,
        });
    }
    files.sort_by(|a, b| a.display.cmp(&b.display));
    Ok(files)
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
