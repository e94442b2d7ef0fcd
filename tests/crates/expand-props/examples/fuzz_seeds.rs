//! Writes the fuzzer's seed corpus: one input file per `#[thread_safe]` item found in the `.rs`
//! files under the given paths (the UI cases, the test crates), in the fuzz input format.
//!
//! `cargo run -p expand-props --example fuzz_seeds -- <corpus dir> <path>...`

use std::path::{Path, PathBuf};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let Some(corpus) = args.next() else {
        eprintln!("usage: fuzz_seeds <corpus dir> <path>...");
        std::process::exit(2);
    };
    std::fs::create_dir_all(&corpus)?;
    let mut files = Vec::new();
    for root in args {
        rust_files(&root, &mut files)?;
    }
    let mut written = 0;
    for file in &files {
        let source = std::fs::read_to_string(file)?;
        // The parent directory keeps `pass/x.rs` and `x.rs` apart.
        let name: Vec<String> = file
            .iter()
            .rev()
            .take(2)
            .map(|part| part.to_string_lossy().replace(".rs", ""))
            .collect();
        let stem = format!("{}-{}", name.get(1).map_or("", String::as_str), name[0]);
        for (n, found) in expand_props::annotated_items(&source).iter().enumerate() {
            let input = expand_props::join_input(&found.args, &found.item);
            std::fs::write(corpus.join(format!("seed-{stem}-{n}")), input)?;
            written += 1;
        }
    }
    println!("{written} seeds from {} files in {}", files.len(), corpus.display());
    Ok(())
}

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> =
            std::fs::read_dir(path)?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?;
        entries.sort();
        for entry in entries {
            rust_files(&entry, out)?;
        }
    } else if path.extension().is_some_and(|ext| ext == "rs") {
        out.push(path.to_path_buf());
    }
    Ok(())
}
