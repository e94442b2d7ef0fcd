//! Expansion snapshots: each `tests/expand/<name>.rs` holds items under `#[thread_safe(...)]`;
//! their expansion, pretty-printed, must equal `tests/expand/<name>.expanded.rs`.
//! `THREAD_SAFE_BLESS=1 cargo test -p thread-safe-macros` rewrites the snapshots; review the diff.

use quote::ToTokens;
use std::fs;
use std::path::Path;

fn expand_file(source: &str) -> String {
    let file: syn::File = match syn::parse_str(source) {
        Ok(file) => file,
        Err(error) => return format!("// input does not parse: {error}\n"),
    };
    let mut out = proc_macro2::TokenStream::new();
    for mut item in file.items {
        let attrs = match &mut item {
            syn::Item::Struct(item) => &mut item.attrs,
            syn::Item::Enum(item) => &mut item.attrs,
            syn::Item::Union(item) => &mut item.attrs,
            syn::Item::Fn(item) => &mut item.attrs,
            syn::Item::Impl(item) => &mut item.attrs,
            _ => {
                item.to_tokens(&mut out);
                continue;
            }
        };
        let Some(position) = attrs.iter().position(|attr| attr.path().is_ident("thread_safe"))
        else {
            item.to_tokens(&mut out);
            continue;
        };
        let attr = attrs.remove(position);
        let args = match attr.meta {
            syn::Meta::List(list) => list.tokens,
            _ => proc_macro2::TokenStream::new(),
        };
        out.extend(crate::expand::expand(args, item.into_token_stream()));
    }
    match syn::parse2::<syn::File>(out.clone()) {
        Ok(file) => prettyplease::unparse(&file),
        Err(_) => format!("{out}\n"),
    }
}

#[test]
fn expansions_match_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    let bless = std::env::var_os("THREAD_SAFE_BLESS").is_some();
    let mut inputs: Vec<_> = fs::read_dir(&dir)
        .expect("tests/expand exists")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension().is_some_and(|e| e == "rs")
                && !path.to_string_lossy().ends_with(".expanded.rs")
        })
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 6, "expected at least 6 snapshot inputs");
    let mut mismatched = Vec::new();
    for input in inputs {
        let source = fs::read_to_string(&input).expect("readable input");
        let expanded = expand_file(&source);
        let snapshot = input.with_extension("expanded.rs");
        if bless {
            fs::write(&snapshot, &expanded).expect("writable snapshot");
        } else if fs::read_to_string(&snapshot).ok().as_deref() != Some(expanded.as_str()) {
            mismatched.push(format!("{}:\n{expanded}", snapshot.display()));
        }
    }
    assert!(
        mismatched.is_empty(),
        "expansions differ (THREAD_SAFE_BLESS=1 rewrites them):\n{}",
        mismatched.join("\n")
    );
}

#[test]
fn raw_identifiers_never_panic() {
    let inputs = [
        "struct r#S { a: u8 }",
        "#[thread_safe(reason = \"the pointer is owned and freed in Drop only\")] enum r#E { r#V { #[thread_safe(unchecked)] r#type: *mut u8 }, r#W(u8) }",
        "struct r#S<r#T> { r#type: r#T, r#x: Vec<r#S<r#T>> }",
    ];
    for input in inputs {
        let item: proc_macro2::TokenStream = input.parse().expect("test input lexes");
        let _ = crate::expand::expand(proc_macro2::TokenStream::new(), item);
    }
}
