//! Walks every type written inside a type, including the ones a value does not hold (fn pointer
//! signatures, `dyn` arguments, projection self types): what a generic bound must cover.

use proc_macro2::{TokenStream, TokenTree};
use syn::{GenericArgument, PathArguments, ReturnType, Type, TypeParamBound};

pub(crate) fn walk_all<'a>(ty: &'a Type, visit: &mut dyn FnMut(&'a Type)) {
    visit(ty);
    match ty {
        Type::Array(array) => walk_all(&array.elem, visit),
        Type::Slice(slice) => walk_all(&slice.elem, visit),
        Type::Reference(reference) => walk_all(&reference.elem, visit),
        Type::Ptr(ptr) => walk_all(&ptr.elem, visit),
        Type::Paren(paren) => walk_all(&paren.elem, visit),
        Type::Group(group) => walk_all(&group.elem, visit),
        Type::Tuple(tuple) => tuple.elems.iter().for_each(|elem| walk_all(elem, visit)),
        Type::Path(path) => {
            if let Some(qself) = &path.qself {
                walk_all(&qself.ty, visit);
            }
            walk_path(&path.path, visit);
        }
        Type::FnPtr(fn_ptr) => {
            fn_ptr.inputs.iter().for_each(|arg| walk_all(&arg.ty, visit));
            if let ReturnType::Type(_, output) = &fn_ptr.output {
                walk_all(output, visit);
            }
        }
        Type::TraitObject(object) => walk_bounds(object.bounds.iter(), visit),
        Type::ImplTrait(object) => walk_bounds(object.bounds.iter(), visit),
        _ => {}
    }
}

fn walk_bounds<'a>(
    bounds: impl Iterator<Item = &'a TypeParamBound>,
    visit: &mut dyn FnMut(&'a Type),
) {
    for bound in bounds {
        if let TypeParamBound::Trait(bound) = bound {
            walk_path(&bound.path, visit);
        }
    }
}

fn walk_path<'a>(path: &'a syn::Path, visit: &mut dyn FnMut(&'a Type)) {
    for segment in &path.segments {
        match &segment.arguments {
            PathArguments::AngleBracketed(args) => {
                for arg in &args.args {
                    match arg {
                        GenericArgument::Type(ty) => walk_all(ty, visit),
                        GenericArgument::AssocType(assoc) => walk_all(&assoc.ty, visit),
                        GenericArgument::Constraint(constraint) => {
                            walk_bounds(constraint.bounds.iter(), visit);
                        }
                        _ => {}
                    }
                }
            }
            PathArguments::Parenthesized(args) => {
                args.inputs.iter().for_each(|input| walk_all(&input.ty, visit));
                if let ReturnType::Type(_, output) = &args.output {
                    walk_all(output, visit);
                }
            }
            PathArguments::None => {}
        }
    }
}

/// A set of identifiers, stringified once. An item names a few dozen at most: a list searched in
/// order costs less, at run time and to compile, than a tree or a hash set.
#[derive(Default)]
pub(crate) struct Idents(Vec<String>);

impl Idents {
    pub(crate) fn insert(&mut self, ident: String) {
        if !self.contains(&ident) {
            self.0.push(ident);
        }
    }

    pub(crate) fn contains(&self, ident: &str) -> bool {
        self.0.iter().any(|known| known == ident)
    }

    pub(crate) fn extend(&mut self, other: &Self) {
        for ident in &other.0 {
            self.insert(ident.clone());
        }
    }
}

/// The identifiers a type names (path segments, trait names, and any token of a type macro).
pub(crate) fn type_idents(ty: &Type) -> Idents {
    let mut idents = Idents::default();
    walk_all(ty, &mut |inner| match inner {
        Type::Path(path) => insert_path(&path.path, &mut idents),
        Type::TraitObject(object) => insert_bounds(object.bounds.iter(), &mut idents),
        Type::ImplTrait(object) => insert_bounds(object.bounds.iter(), &mut idents),
        Type::Macro(mac) => insert_tokens(quote::ToTokens::to_token_stream(mac), &mut idents),
        Type::Verbatim(tokens) => insert_tokens(tokens.clone(), &mut idents),
        _ => {}
    });
    idents
}

fn insert_path(path: &syn::Path, idents: &mut Idents) {
    for segment in &path.segments {
        idents.insert(segment.ident.to_string());
    }
}

fn insert_bounds<'a>(bounds: impl Iterator<Item = &'a TypeParamBound>, idents: &mut Idents) {
    for bound in bounds {
        if let TypeParamBound::Trait(bound) = bound {
            insert_path(&bound.path, idents);
        }
    }
}

fn insert_tokens(tokens: TokenStream, idents: &mut Idents) {
    any_ident(tokens, &mut |ident| {
        idents.insert(ident.to_string());
        false
    });
}

/// Does any identifier token in `tokens` (at any depth) satisfy `wanted`?
pub(crate) fn any_ident(
    tokens: TokenStream,
    wanted: &mut dyn FnMut(&proc_macro2::Ident) -> bool,
) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => wanted(&ident),
        TokenTree::Group(group) => any_ident(group.stream(), wanted),
        TokenTree::Punct(_) | TokenTree::Literal(_) => false,
    })
}

/// Does `ty` say `Self<...>` (an error of the user's type)?
pub(crate) fn has_self_with_arguments(ty: &Type) -> bool {
    let mut found = false;
    walk_all(ty, &mut |inner| {
        if let Type::Path(path) = inner {
            let first = path.path.segments.first();
            found |= first.is_some_and(|s| !s.arguments.is_none() && s.ident == "Self");
        }
    });
    found
}

/// `tokens` with every `Self` replaced by `replacement` (field types may say `Box<Self>`, which
/// means nothing inside the generated check struct).
pub(crate) fn replace_self(tokens: TokenStream, replacement: &TokenStream) -> TokenStream {
    let mut out = TokenStream::new();
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            // `Self<T>` is already an error in the user's type; left alone, rustc reports it there
            // instead of a parse error in our output.
            TokenTree::Ident(ident)
                if ident == "Self"
                    && !matches!(tokens.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '<') =>
            {
                out.extend(replacement.clone());
            }
            TokenTree::Group(group) => {
                let mut new = proc_macro2::Group::new(
                    group.delimiter(),
                    replace_self(group.stream(), replacement),
                );
                new.set_span(group.span());
                out.extend([TokenTree::Group(new)]);
            }
            other => out.extend([other]),
        }
    }
    out
}

/// Tokens as a user would write them: `AtomicPtr<Node<T>>`, `&'a mut T`, `(u8, u16)`.
pub(crate) fn type_text(tokens: &impl quote::ToTokens) -> String {
    let mut out = String::new();
    write_text(tokens.to_token_stream(), &mut out);
    out
}

fn write_text(tokens: TokenStream, out: &mut String) {
    // A word before a word needs a space; so does `mut`/`const`/`dyn`/`impl` before a group.
    let mut previous_word: Option<String> = None;
    for token in tokens {
        let spaced = previous_word.is_some() || out.ends_with(',');
        match token {
            TokenTree::Ident(ident) => {
                if spaced {
                    out.push(' ');
                }
                let word = ident.to_string();
                out.push_str(&word);
                previous_word = Some(word);
            }
            TokenTree::Literal(literal) => {
                if spaced {
                    out.push(' ');
                }
                out.push_str(&literal.to_string());
                previous_word = Some(String::new());
            }
            TokenTree::Punct(punct) => {
                write_punct(&punct, spaced, out);
                previous_word = None;
            }
            TokenTree::Group(group) => {
                let keyword = previous_word
                    .as_deref()
                    .is_some_and(|w| matches!(w, "mut" | "const" | "dyn" | "impl"));
                if keyword || out.ends_with(',') {
                    out.push(' ');
                }
                let (open, close) = match group.delimiter() {
                    proc_macro2::Delimiter::Parenthesis => ("(", ")"),
                    proc_macro2::Delimiter::Bracket => ("[", "]"),
                    proc_macro2::Delimiter::Brace => ("{ ", " }"),
                    proc_macro2::Delimiter::None => ("", ""),
                };
                out.push_str(open);
                write_text(group.stream(), out);
                out.push_str(close);
                previous_word = None;
            }
        }
    }
}

fn write_punct(punct: &proc_macro2::Punct, spaced: bool, out: &mut String) {
    let ch = punct.as_char();
    match ch {
        '\'' => {
            if spaced {
                out.push(' ');
            }
            out.push(ch);
        }
        '+' | '=' => {
            if !out.ends_with(' ') {
                out.push(' ');
            }
            out.push(ch);
            out.push(' ');
        }
        '-' => out.push_str(" -"),
        '>' if out.ends_with('-') => out.push_str("> "),
        ';' => out.push_str("; "),
        ':' if punct.spacing() == proc_macro2::Spacing::Alone && !out.ends_with(':') => {
            out.push_str(": ");
        }
        _ => out.push(ch),
    }
}

#[cfg(test)]
mod tests {
    use super::type_text;

    fn text(source: &str) -> String {
        type_text(&source.parse::<proc_macro2::TokenStream>().unwrap())
    }

    #[test]
    fn types_read_as_written() {
        assert_eq!(text("AtomicPtr < Node < T > >"), "AtomicPtr<Node<T>>");
        assert_eq!(text("& 'a mut [T ; N]"), "&'a mut [T; N]");
        assert_eq!(text("(u8 , String)"), "(u8, String)");
        assert_eq!(text("T : Send + Sync"), "T: Send + Sync");
        assert_eq!(text("fn (u8) -> u16"), "fn(u8) -> u16");
        assert_eq!(text("::core::marker::Send"), "::core::marker::Send");
    }
}
