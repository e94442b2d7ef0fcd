//! Emits the assertions: `const _: () = { struct Checks<...>(AssertX<...>, ...); };`. Nothing
//! in it runs or reaches the binary: rustc checks that the struct's field types are well-formed,
//! and each is well-formed only when its assertion holds. Checking field types needs no function
//! body, which makes a struct the cheapest encoding.

use crate::args::Args;
use crate::model::Model;
use crate::names::Names;
use crate::plan::{Claim, Need, Place, Trait};
use proc_macro2::{Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{format_ident, quote, ToTokens};
use syn::{GenericParam, Type};

/// The assertions sharing one assumption about the type's parameters.
struct CheckStruct {
    assumption: Option<Trait>,
    fields: Vec<TokenStream>,
    under_cfg: bool,
}

pub(crate) struct Context<'a> {
    pub(crate) args: &'a Args,
    pub(crate) model: &'a Model<'a>,
    pub(crate) owner: TokenStream,
    pub(crate) names: Names,
    /// The parameter that stands for a generic type in messages, when it shadows nothing; a
    /// non-generic type is named as itself (`owner`).
    pub(crate) owner_param: Option<Ident>,
    /// Indexes of the fields whose type says `Self` (replaced by the type in the checks).
    pub(crate) self_fields: Vec<usize>,
}

fn site_index(cx: &Context<'_>, claim: &Claim<'_>) -> usize {
    let site = match claim {
        Claim::Field(site, _) | Claim::ArcInner(site, _) => *site,
    };
    cx.model.fields.iter().position(|other| std::ptr::eq(other, site)).unwrap_or_default()
}

/// `__private`, imported under a fresh name: the name and the helper after it can then be
/// spanned at the user's field type (so that errors point there) while the `use` path resolves at
/// the call site, in the macro's edition. One import per type, whatever the helpers it uses.
struct Private(Ident);

impl Private {
    /// `private::helper`, every token spanned at `span`.
    fn helper(&self, helper: &str, span: Span) -> TokenStream {
        let mut module = self.0.clone();
        module.set_span(span);
        let mut joint = Punct::new(':', Spacing::Joint);
        joint.set_span(span);
        let mut alone = Punct::new(':', Spacing::Alone);
        alone.set_span(span);
        let helper = Ident::new(helper, span);
        quote!(#module #joint #alone #helper)
    }
}

pub(crate) fn emit(cx: &mut Context<'_>, claims: &[(Claim<'_>, Place)]) -> TokenStream {
    let private = Private(cx.names.fresh("thread_safe"));
    let mut stand_in = syn::Path::from(private.0.clone());
    stand_in.segments.push(Ident::new("SendSync", Span::call_site()).into());
    let mut structs: Vec<CheckStruct> = Vec::new();
    for (claim, place) in claims {
        let Place::Assert(assumption) = place else { continue };
        let site = match claim {
            Claim::Field(site, _) | Claim::ArcInner(site, _) => *site,
        };
        let index = fitting_struct(cx.args, &mut structs, *assumption);
        let field = assertion(cx, &private, claim, &stand_in);
        let check = &mut structs[index];
        let cfgs = &site.cfgs;
        check.fields.push(quote!(#(#cfgs)* #field));
        check.under_cfg |= !cfgs.is_empty();
    }
    if structs.is_empty() {
        return TokenStream::new();
    }
    let krate = &cx.args.krate;
    let private = &private.0;
    let structs = structs.iter().enumerate().map(|(index, check)| check_struct(cx, check, index));
    quote! {
        const _: () = {
            use #krate::__private as #private;
            #(#structs)*
        };
    }
}

/// The struct for claims under `assumption`; a claim with no assumption holds under any.
/// Two traits' assumptions are the same when they come from the same `bound` (or none).
fn fitting_struct(args: &Args, structs: &mut Vec<CheckStruct>, assumption: Option<Trait>) -> usize {
    let written = |trait_: Trait| trait_.written_bound(args).map(|bound| bound.lit.value());
    let fits = |s: &CheckStruct| match (s.assumption, assumption) {
        (Some(theirs), Some(ours)) => written(theirs) == written(ours),
        (None, _) | (_, None) => true,
    };
    if let Some(index) = structs.iter().position(fits) {
        if structs[index].assumption.is_none() {
            structs[index].assumption = assumption;
        }
        return index;
    }
    structs.push(CheckStruct { assumption, fields: Vec::new(), under_cfg: false });
    structs.len() - 1
}

/// `private::Helper<Checked, Owner>` (`, Shown>` when it differs), spanned from the first to the
/// last token of the user's type.
fn assertion(
    cx: &Context<'_>,
    private: &Private,
    claim: &Claim<'_>,
    stand_in: &syn::Path,
) -> TokenStream {
    let (helper, shown) = match claim {
        Claim::Field(site, Need::One(Trait::Send)) => ("AssertFieldSend", &site.field.ty),
        Claim::Field(site, Need::One(Trait::Sync)) => ("AssertFieldSync", &site.field.ty),
        Claim::Field(site, Need::Both) => ("AssertFieldSendSync", &site.field.ty),
        Claim::ArcInner(_, inner) => ("AssertArcInner", *inner),
    };
    let says_self = cx.self_fields.contains(&site_index(cx, claim));
    let with_owner = |ty: &Type| {
        let ty = ty.to_token_stream();
        if says_self {
            crate::syntax::replace_self(ty, &cx.owner)
        } else {
            ty
        }
    };
    let replaced = crate::standin::with_stand_in(shown, stand_in);
    let mut checked: Vec<TokenTree> =
        with_owner(replaced.as_ref().unwrap_or(shown)).into_iter().collect();
    let wrapped = is_sized_param(cx, shown);
    if wrapped {
        checked = vec![one_tuple(checked)];
    }
    // `Shown` defaults to `Checked`: written only when the two differ, to keep the output short.
    let shown = (replaced.is_some() || wrapped).then(|| {
        let shown = with_owner(shown);
        quote!(, #shown)
    });
    let first = checked.first().map_or_else(Span::call_site, TokenTree::span);
    let last = checked.last().map_or(first, TokenTree::span);
    let path = private.helper(helper, first);
    let mut open = Punct::new('<', Spacing::Alone);
    open.set_span(first);
    let mut close = Punct::new('>', Spacing::Alone);
    close.set_span(last);
    let owner = cx.owner_param.as_ref().map_or_else(|| cx.owner.clone(), ToTokens::to_token_stream);
    quote!(#path #open #(#checked)*, #owner #shown #close)
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
fn one_tuple(mut ty: Vec<TokenTree>) -> TokenTree {
    let span = ty.first().map_or_else(Span::call_site, TokenTree::span);
    let mut comma = Punct::new(',', Spacing::Alone);
    comma.set_span(span);
    ty.push(TokenTree::Punct(comma));
    let mut group =
        proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, ty.into_iter().collect());
    group.set_span(span);
    TokenTree::Group(group)
}

fn check_struct(cx: &Context<'_>, check: &CheckStruct, index: usize) -> TokenStream {
    let generics = &cx.model.item.generics;
    let name = format_ident!("__ThreadSafeChecks{}", index);
    let params = generics.params.iter().map(param_without_default);
    // Parameters that only `#[cfg]`-ed fields use would be unused when the cfg is off.
    // The type's own parameters appear only in the field types that mention them, or nowhere.
    // Named by its parameters, not by the type's name, which `owner_param` may shadow.
    let lifetimes = generics.lifetimes().map(|param| &param.lifetime);
    let types = generics.type_params().map(|param| &param.ident);
    let keep_owner = (generics.lifetimes().next().is_some()
        || generics.type_params().next().is_some())
    .then(|| quote!(::core::marker::PhantomData<(#(&#lifetimes (),)* #(*const #types,)*)>,));
    let owner_param = cx.owner_param.as_ref();
    let keep_owner_param = owner_param
        .filter(|_| check.under_cfg)
        .map(|param| quote!(::core::marker::PhantomData<#param>,));
    let owner_param = owner_param.map(|param| quote!(#param,));
    let own_where = generics.where_clause.iter().flat_map(|w| w.predicates.iter());
    let assumption = check
        .assumption
        .map(|trait_| crate::bounds::assumption(generics, trait_.bound(cx.args)))
        .unwrap_or_default();
    let fields = &check.fields;
    quote! {
        // Never built: its field types are the assertions. Besides the type's own parameters, a
        // generic type gets one named like the type, so that the messages print its name.
        #[allow(
            dead_code,
            non_camel_case_types,
            clippy::type_complexity,
            clippy::multiple_bound_locations,
            clippy::type_repetition_in_bounds,
            clippy::trait_duplication_in_bounds
        )]
        struct #name<#(#params,)* #owner_param>(
            #(#fields,)*
            #keep_owner
            #keep_owner_param
        )
        where
            #(#own_where,)*
            #(#assumption,)*;
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
