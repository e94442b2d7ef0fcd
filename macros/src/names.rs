//! Fresh names for what the generated code declares (helper imports, the stand-in parameter):
//! a name must not shadow any name the item's types use.

use crate::syntax::any_ident;
use crate::syntax::Idents;
use proc_macro2::{Ident, Span};
use quote::ToTokens;
use syn::DeriveInput;

/// Rust's keywords, strict and reserved, all editions: checked by hand because asking the
/// compiler's lexer (`syn::parse_str`) costs a proc-macro bridge round trip per name.
const KEYWORDS: &[&str] = &[
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

pub(crate) struct Names {
    taken: Idents,
}

impl Names {
    /// Every identifier written in the item's generics and field types is taken.
    pub(crate) fn new(item: &DeriveInput, fields: &[crate::model::FieldSite<'_>]) -> Self {
        let mut taken = Idents::default();
        let mut take = |ident: &Ident| {
            taken.insert(ident.to_string());
            false
        };
        any_ident(item.generics.to_token_stream(), &mut take);
        if let Some(where_clause) = &item.generics.where_clause {
            any_ident(where_clause.to_token_stream(), &mut take);
        }
        for site in fields {
            taken.extend(&site.idents);
        }
        taken.insert(item.ident.to_string());
        Self { taken }
    }

    /// Also takes every identifier in `tokens` (a user's `bound`, which the check struct names).
    pub(crate) fn take(&mut self, tokens: proc_macro2::TokenStream) {
        any_ident(tokens, &mut |ident| {
            self.taken.insert(ident.to_string());
            false
        });
    }

    /// A fresh identifier based on `wanted` (`wanted`, `wanted_`, `wanted__`, ...).
    pub(crate) fn fresh(&mut self, wanted: &str) -> Ident {
        // Only plain identifiers: `Ident::new` panics on anything else (`r#x` included), and a
        // name that cannot become one by appending `_` would never end the loop below.
        let wanted = wanted.strip_prefix("r#").unwrap_or(wanted);
        let mut name: String = wanted
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' })
            .collect();
        if !name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
            name.insert(0, '_');
        }
        while self.taken.contains(&name) || name == "_" || KEYWORDS.contains(&name.as_str()) {
            name.push('_');
        }
        self.taken.insert(name.clone());
        Ident::new(&name, Span::call_site())
    }
}

#[cfg(test)]
mod tests {
    use super::Names;

    #[test]
    fn fresh_names_avoid_every_name_the_item_uses() {
        let item: syn::DeriveInput =
            syn::parse_str("struct S<SendSync, T> where T: Trait { a: SendSync_, b: Vec<T> }")
                .expect("test item parses");
        let model = crate::model::build(&item).expect("test item builds");
        let mut names = Names::new(&item, &model.fields);
        assert_eq!(names.fresh("SendSync"), "SendSync__");
        assert_eq!(names.fresh("Trait"), "Trait_");
        assert_eq!(names.fresh("S"), "S_");
        assert_eq!(names.fresh("Fresh"), "Fresh");
        assert_eq!(names.fresh("Fresh"), "Fresh_");
        assert_eq!(names.fresh("type"), "type_");
        assert_eq!(names.fresh("r#x"), "x");
        assert_eq!(names.fresh("0 a"), "_0_a");
        assert_eq!(names.fresh("größe"), "gr__e");
    }
}
