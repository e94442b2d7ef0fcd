//! A borrowed, typed view of the annotated item: its fields, which of them are unchecked, and
//! the `#[cfg]` each one lives under.

use crate::errors::Errors;
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Field, Fields, Ident, LitStr, Token};

pub(crate) struct Model<'a> {
    pub(crate) item: &'a DeriveInput,
    pub(crate) fields: Vec<FieldSite<'a>>,
}

pub(crate) struct FieldSite<'a> {
    pub(crate) field: &'a Field,
    pub(crate) variant: Option<&'a Ident>,
    pub(crate) index: usize,
    pub(crate) unchecked: Option<UncheckedField>,
    /// The field's own `#[cfg]`s and its variant's.
    pub(crate) cfgs: Vec<&'a Attribute>,
    /// The identifiers its type names, stringified once (see `syntax::type_idents`).
    pub(crate) idents: crate::syntax::Idents,
}

/// `#[thread_safe(unchecked)]` or `#[thread_safe(unchecked = "note")]` on a field.
pub(crate) struct UncheckedField {
    pub(crate) span: Span,
    pub(crate) note: Option<LitStr>,
}

impl FieldSite<'_> {
    /// The field as the user names it: `cache`, `0`, `Busy::cache`, `Busy::0`.
    pub(crate) fn display_name(&self) -> String {
        let own = self.field.ident.as_ref().map_or_else(
            || self.index.to_string(),
            |ident| syn::ext::IdentExt::unraw(ident).to_string(),
        );
        match self.variant {
            Some(variant) => format!("{variant}::{own}"),
            None => own,
        }
    }
}

/// Is this attribute one of ours (`#[thread_safe(...)]`, `#[thread_safe::thread_safe(...)]`)?
pub(crate) fn is_ours(attr: &Attribute) -> bool {
    attr.path().segments.last().is_some_and(|segment| segment.ident == "thread_safe")
}

pub(crate) fn build(item: &DeriveInput) -> syn::Result<Model<'_>> {
    let mut errors = Errors::default();
    for attr in item.attrs.iter().filter(|attr| is_ours(attr)) {
        errors.at(attr.path().span(), "`#[thread_safe]` is written twice on this type; merge the arguments into one attribute");
    }
    let mut fields = Vec::new();
    match &item.data {
        Data::Struct(data) => collect(&data.fields, None, &[], &mut fields, &mut errors),
        Data::Enum(data) => {
            for variant in &data.variants {
                for attr in variant.attrs.iter().filter(|attr| is_ours(attr)) {
                    errors.at(attr.path().span(), "`#[thread_safe]` on an enum variant has no meaning: put `#[thread_safe(unchecked)]` on the variant's fields");
                }
                let cfgs: Vec<&Attribute> =
                    variant.attrs.iter().filter(|a| a.path().is_ident("cfg")).collect();
                collect(&variant.fields, Some(&variant.ident), &cfgs, &mut fields, &mut errors);
            }
        }
        Data::Union(data) => {
            for (index, field) in data.fields.named.iter().enumerate() {
                fields.push(site(field, None, index, &[], &mut errors));
            }
        }
    }
    check_generic_attrs(item, &mut errors);
    errors.finish()?;
    Ok(Model { item, fields })
}

fn collect<'a>(
    fields: &'a Fields,
    variant: Option<&'a Ident>,
    variant_cfgs: &[&'a Attribute],
    out: &mut Vec<FieldSite<'a>>,
    errors: &mut Errors,
) {
    for (index, field) in fields.iter().enumerate() {
        out.push(site(field, variant, index, variant_cfgs, errors));
    }
}

fn site<'a>(
    field: &'a Field,
    variant: Option<&'a Ident>,
    index: usize,
    variant_cfgs: &[&'a Attribute],
    errors: &mut Errors,
) -> FieldSite<'a> {
    let mut unchecked = None;
    for attr in field.attrs.iter().filter(|attr| is_ours(attr)) {
        match parse_field_attr(attr) {
            Ok(parsed) if unchecked.is_some() => {
                errors.at(parsed.span, "duplicate `#[thread_safe(unchecked)]` on this field");
            }
            Ok(parsed) => unchecked = Some(parsed),
            Err(error) => errors.push(error),
        }
    }
    let mut cfgs = variant_cfgs.to_vec();
    cfgs.extend(field.attrs.iter().filter(|attr| attr.path().is_ident("cfg")));
    let idents = crate::syntax::type_idents(&field.ty);
    FieldSite { field, variant, index, unchecked, cfgs, idents }
}

fn parse_field_attr(attr: &Attribute) -> syn::Result<UncheckedField> {
    const USAGE: &str =
        "on a field, write `#[thread_safe(unchecked)]` or `#[thread_safe(unchecked = \"note\")]`";
    if !matches!(attr.meta, syn::Meta::List(_)) {
        return Err(syn::Error::new(attr.path().span(), USAGE));
    }
    let mut found: Option<UncheckedField> = None;
    attr.parse_nested_meta(|meta| {
        if !meta.path.is_ident("unchecked") {
            return Err(meta.error(format_args!("unknown key on a field; {USAGE}")));
        }
        if found.is_some() {
            return Err(meta.error("duplicate `unchecked`"));
        }
        let span = meta.path.span();
        let note = if meta.input.peek(Token![=]) {
            let value = meta.value()?;
            Some(value.parse::<LitStr>().map_err(|_| {
                syn::Error::new(
                    value.span(),
                    "the note of `unchecked` is a string literal: `unchecked = \"...\"`",
                )
            })?)
        } else {
            None
        };
        found = Some(UncheckedField { span, note });
        Ok(())
    })?;
    found.ok_or_else(|| syn::Error::new(attr.path().span(), USAGE))
}

fn check_generic_attrs(item: &DeriveInput, errors: &mut Errors) {
    for param in &item.generics.params {
        let attrs = match param {
            syn::GenericParam::Lifetime(p) => &p.attrs,
            syn::GenericParam::Type(p) => &p.attrs,
            syn::GenericParam::Const(p) => &p.attrs,
        };
        for attr in attrs.iter().filter(|attr| is_ours(attr)) {
            errors.at(attr.path().span(), "`#[thread_safe]` has no meaning on a generic parameter; use `bound = \"...\"` on the type");
        }
    }
}
