//! Emits the assertions: `const _: () = { const fn check<...>() { assert...(); } };`. Nothing in
//! it runs or reaches the binary; the function exists to be type-checked.

use crate::args::Args;
use crate::model::Model;
use crate::names::Names;
use crate::plan::{Claim, Need, Place, Trait};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote, ToTokens};
use syn::{GenericParam, Type};

/// The assertions sharing one assumption about the type's parameters.
struct CheckFn {
    assumption: Option<Trait>,
    statements: Vec<TokenStream>,
    field_params: Vec<Ident>,
    uses_stand_in: bool,
}

pub(crate) struct Context<'a> {
    pub(crate) args: &'a Args,
    pub(crate) model: &'a Model<'a>,
    pub(crate) owner: TokenStream,
    pub(crate) names: Names,
}

pub(crate) fn emit(cx: &mut Context<'_>, claims: &[(Claim<'_>, Place)]) -> TokenStream {
    let stand_in = cx.names.fresh("SendSync");
    let mut fns: Vec<CheckFn> = Vec::new();
    let mut field_params: Vec<(usize, Ident)> = Vec::new();
    for (claim, place) in claims {
        let Place::Assert(assumption) = place else { continue };
        let site = match claim {
            Claim::Field(site, _) | Claim::ArcInner(site, _) => *site,
        };
        let key =
            cx.model.fields.iter().position(|other| std::ptr::eq(other, site)).unwrap_or_default();
        let param = if let Some((_, param)) = field_params.iter().find(|(k, _)| *k == key) {
            param.clone()
        } else {
            let param = cx.names.field(site, is_unique_name(cx, site));
            field_params.push((key, param.clone()));
            param
        };
        // A claim with no assumption holds under any, so it joins any function.
        let fits = |f: &CheckFn| {
            f.assumption == *assumption || assumption.is_none() || f.assumption.is_none()
        };
        let index = if let Some(index) = fns.iter().position(fits) {
            if fns[index].assumption.is_none() {
                fns[index].assumption = *assumption;
            }
            index
        } else {
            fns.push(CheckFn {
                assumption: *assumption,
                statements: Vec::new(),
                field_params: Vec::new(),
                uses_stand_in: false,
            });
            fns.len() - 1
        };
        let check_fn = &mut fns[index];
        let (statement, used_stand_in) = statement(cx, claim, &param, &stand_in);
        let cfgs = &site.cfgs;
        check_fn.statements.push(quote!(#(#cfgs)* #statement));
        check_fn.uses_stand_in |= used_stand_in;
        if !check_fn.field_params.contains(&param) {
            check_fn.field_params.push(param);
        }
    }
    if fns.is_empty() {
        return TokenStream::new();
    }
    let fns =
        fns.iter().enumerate().map(|(index, check_fn)| function(cx, check_fn, index, &stand_in));
    quote! {
        const _: () = {
            #(#fns)*
        };
    }
}

/// Whether no other field of the item (in another variant) has this field's name.
fn is_unique_name(cx: &Context<'_>, site: &crate::model::FieldSite<'_>) -> bool {
    site.field.ident.as_ref().is_some_and(|ident| {
        let same = |other: &&crate::model::FieldSite<'_>| other.field.ident.as_ref() == Some(ident);
        cx.model.fields.iter().filter(same).count() == 1
    })
}

fn statement(
    cx: &Context<'_>,
    claim: &Claim<'_>,
    param: &Ident,
    stand_in: &Ident,
) -> (TokenStream, bool) {
    let krate = &cx.args.krate;
    let owner = &cx.owner;
    let (assert, shown) = match claim {
        Claim::Field(site, Need::One(Trait::Send)) => (quote!(assert_field_send), &site.field.ty),
        Claim::Field(site, Need::One(Trait::Sync)) => (quote!(assert_field_sync), &site.field.ty),
        Claim::Field(site, Need::Both) => (quote!(assert_field_send_sync), &site.field.ty),
        Claim::ArcInner(_, inner) => (quote!(assert_arc_inner), *inner),
    };
    let checked = crate::standin::with_stand_in(shown, stand_in);
    let used = checked.is_some();
    let checked: &Type = checked.as_ref().unwrap_or(shown);
    let checked = crate::syntax::replace_self(checked.to_token_stream(), owner);
    let checked = if is_sized_param(cx, shown) { one_tuple(checked) } else { checked };
    let shown = crate::syntax::replace_self(shown.to_token_stream(), owner);
    (quote!(#krate::__private::#assert::<#checked, #shown, #owner, #param>();), used)
}

/// Is `ty` a type parameter (not `?Sized`)? Asserted bare, a failing `T: Trait` makes rustc
/// suggest adding our hidden helper trait to the user's `bound` string; asserted as the
/// equivalent `(T,)` it does not.
fn is_sized_param(cx: &Context<'_>, ty: &Type) -> bool {
    let Type::Path(path) = ty else { return false };
    let Some(ident) = path.path.get_ident() else { return false };
    cx.model.item.generics.type_params().any(|param| {
        param.ident == *ident
            && !param
                .bounds
                .iter()
                .any(|bound| matches!(bound, syn::TypeParamBound::Trait(t) if t.maybe.is_some()))
    })
}

/// `(ty,)`, with the parentheses spanned at `ty` so that an error still points at the field.
fn one_tuple(ty: TokenStream) -> TokenStream {
    let span =
        ty.clone().into_iter().next().map_or_else(proc_macro2::Span::call_site, |t| t.span());
    let mut comma = proc_macro2::Punct::new(',', proc_macro2::Spacing::Alone);
    comma.set_span(span);
    let mut inner = ty;
    inner.extend([proc_macro2::TokenTree::Punct(comma)]);
    let mut group = proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, inner);
    group.set_span(span);
    proc_macro2::TokenTree::Group(group).into()
}

fn function(cx: &Context<'_>, check_fn: &CheckFn, index: usize, stand_in: &Ident) -> TokenStream {
    let generics = &cx.model.item.generics;
    let name = format_ident!("__thread_safe_checks_{}", index);
    let params = generics.params.iter().map(param_without_default);
    let stand_in = check_fn
        .uses_stand_in
        .then(|| quote!(#stand_in: ::core::marker::Send + ::core::marker::Sync + 'static,));
    let field_params = &check_fn.field_params;
    let own_where = generics.where_clause.iter().flat_map(|w| w.predicates.iter());
    let assumption = check_fn
        .assumption
        .map(|trait_| crate::bounds::assumption(generics, trait_.bound(cx.args)))
        .unwrap_or_default();
    let statements = &check_fn.statements;
    // Gives the function the implied bounds of the type (`T: 'a` for a `&'a [T]` field).
    let owner = &cx.owner;
    let implied =
        (!generics.params.is_empty()).then(|| quote!(_: ::core::marker::PhantomData<#owner>));
    quote! {
        // Never called: type-checking its body is the assertion. Its type parameters are named
        // after the fields so that the messages can name them.
        #[allow(
            dead_code,
            non_camel_case_types,
            clippy::extra_unused_type_parameters,
            clippy::extra_unused_lifetimes,
            clippy::multiple_bound_locations,
            clippy::type_repetition_in_bounds,
            clippy::trait_duplication_in_bounds
        )]
        const fn #name<#(#params,)* #stand_in #(#field_params: ?::core::marker::Sized,)*>(#implied)
        where
            #(#own_where,)*
            #(#assumption,)*
        {
            #(#statements)*
        }
    }
}

fn param_without_default(param: &GenericParam) -> TokenStream {
    match param {
        GenericParam::Lifetime(lifetime) => {
            let (ident, colon, bounds) =
                (&lifetime.lifetime, &lifetime.colon_token, &lifetime.bounds);
            quote!(#ident #colon #bounds)
        }
        GenericParam::Type(ty) => {
            let (ident, colon, bounds) = (&ty.ident, &ty.colon_token, &ty.bounds);
            quote!(#ident #colon #bounds)
        }
        GenericParam::Const(constant) => {
            let (ident, ty) = (&constant.ident, &constant.ty);
            quote!(const #ident: #ty)
        }
    }
}
