//! The item as the user wrote it, minus this macro's own helper attributes.

use crate::model::is_ours;
use syn::{Attribute, Data, DeriveInput, GenericParam};

/// Whether the item, its generic parameters, variants or fields carry one of our attributes.
pub(crate) fn has_helper_attrs(item: &DeriveInput) -> bool {
    let ours = |attrs: &[Attribute]| attrs.iter().any(is_ours);
    let in_params = item.generics.params.iter().any(|param| match param {
        GenericParam::Lifetime(p) => ours(&p.attrs),
        GenericParam::Type(p) => ours(&p.attrs),
        GenericParam::Const(p) => ours(&p.attrs),
    });
    let in_data = match &item.data {
        Data::Struct(data) => data.fields.iter().any(|f| ours(&f.attrs)),
        Data::Enum(data) => {
            data.variants.iter().any(|v| ours(&v.attrs) || v.fields.iter().any(|f| ours(&f.attrs)))
        }
        Data::Union(data) => data.fields.named.iter().any(|f| ours(&f.attrs)),
    };
    ours(&item.attrs) || in_params || in_data
}

pub(crate) fn without_helper_attrs(item: &DeriveInput) -> DeriveInput {
    let mut item = item.clone();
    strip(&mut item.attrs);
    for param in &mut item.generics.params {
        match param {
            GenericParam::Lifetime(p) => strip(&mut p.attrs),
            GenericParam::Type(p) => strip(&mut p.attrs),
            GenericParam::Const(p) => strip(&mut p.attrs),
        }
    }
    match &mut item.data {
        Data::Struct(data) => data.fields.iter_mut().for_each(|f| strip(&mut f.attrs)),
        Data::Enum(data) => {
            for variant in &mut data.variants {
                strip(&mut variant.attrs);
                variant.fields.iter_mut().for_each(|f| strip(&mut f.attrs));
            }
        }
        Data::Union(data) => data.fields.named.iter_mut().for_each(|f| strip(&mut f.attrs)),
    }
    item
}

fn strip(attrs: &mut Vec<Attribute>) {
    attrs.retain(|attr| !is_ours(attr));
}
