//! Emits the assertions: `const _: () = { struct Checks<...>(AssertX<...>, ...); };`. Nothing
//! in it runs or reaches the binary: rustc checks that the struct's field types are well-formed,
//! and each is well-formed only when its assertion holds. Checking field types needs no function
//! body, which makes a struct the cheapest encoding.

use crate::args::Args;
use crate::model::{FieldSite, Model};
use crate::names::Names;
use crate::plan::{Claim, Need, Place, Trait};
use proc_macro2::{Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{format_ident, quote, ToTokens};
use syn::{GenericParam, Type};

/// The assertions sharing one assumption about the type's parameters.
struct CheckStruct {
    assumption: Option<Trait>,
    fields: Vec<TokenStream>,
    /// Each field's parameter, under the field's `#[cfg]`s (an unused parameter is an error).
    field_params: Vec<(Ident, TokenStream)>,
    uses_stand_in: bool,
    under_cfg: bool,
}

pub(crate) struct Context<'a> {
    pub(crate) args: &'a Args,
    pub(crate) model: &'a Model<'a>,
    pub(crate) owner: TokenStream,
    pub(crate) names: Names,
    /// The parameter that stands for the type in messages, when it shadows nothing.
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

/// The helper structs of `__private`, imported under fresh names: the imported name can then be
/// spanned at the user's field type (so that errors point there) while the `use` path resolves at
/// the call site, in the macro's edition.
#[derive(Default)]
struct Aliases(Vec<(&'static str, Ident)>);

impl Aliases {
    fn get(&mut self, names: &mut Names, helper: &'static str) -> Ident {
        if let Some((_, alias)) = self.0.iter().find(|(name, _)| *name == helper) {
            return alias.clone();
        }
        let alias = names.fresh(helper);
        self.0.push((helper, alias.clone()));
        alias
    }
}

pub(crate) fn emit(cx: &mut Context<'_>, claims: &[(Claim<'_>, Place)]) -> TokenStream {
    let stand_in = cx.names.fresh("SendSync");
    let mut aliases = Aliases::default();
    let mut structs: Vec<CheckStruct> = Vec::new();
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
        let index = fitting_struct(cx.args, &mut structs, *assumption);
        let (field, used_stand_in) = assertion(cx, &mut aliases, claim, &param, &stand_in);
        let check = &mut structs[index];
        let cfgs = &site.cfgs;
        check.fields.push(quote!(#(#cfgs)* #field));
        check.uses_stand_in |= used_stand_in;
        check.under_cfg |= !cfgs.is_empty();
        if !check.field_params.iter().any(|(seen, _)| *seen == param) {
            // Never instantiated, so the parameter needs no `?Sized`.
            let declared = quote!(#(#cfgs)* #param);
            check.field_params.push((param, declared));
        }
    }
    if structs.is_empty() {
        return TokenStream::new();
    }
    let krate = &cx.args.krate;
    let imports = aliases.0.iter().map(|(helper, alias)| {
        if alias == helper {
            return quote!(use #krate::__private::#alias;);
        }
        let helper = Ident::new(helper, Span::call_site());
        quote!(use #krate::__private::#helper as #alias;)
    });
    let structs =
        structs.iter().enumerate().map(|(index, check)| check_struct(cx, check, index, &stand_in));
    quote! {
        const _: () = {
            #(#imports)*
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
    structs.push(CheckStruct {
        assumption,
        fields: Vec::new(),
        field_params: Vec::new(),
        uses_stand_in: false,
        under_cfg: false,
    });
    structs.len() - 1
}

/// Whether no other field of the item (in another variant) has this field's name.
fn is_unique_name(cx: &Context<'_>, site: &FieldSite<'_>) -> bool {
    if site.variant.is_none() {
        return true;
    }
    site.field.ident.as_ref().is_some_and(|ident| {
        let same = |other: &&FieldSite<'_>| other.field.ident.as_ref() == Some(ident);
        cx.model.fields.iter().filter(same).count() == 1
    })
}

/// `Alias<Checked, Owner, field>` (`, Shown>` when it differs), spanned from the first to the last token of the user's
/// type, and whether it uses the stand-in.
fn assertion(
    cx: &mut Context<'_>,
    aliases: &mut Aliases,
    claim: &Claim<'_>,
    param: &Ident,
    stand_in: &Ident,
) -> (TokenStream, bool) {
    let (helper, shown) = match claim {
        Claim::Field(site, Need::One(Trait::Send)) => ("AssertFieldSend", &site.field.ty),
        Claim::Field(site, Need::One(Trait::Sync)) => ("AssertFieldSync", &site.field.ty),
        Claim::Field(site, Need::Both) => ("AssertFieldSendSync", &site.field.ty),
        Claim::ArcInner(_, inner) => ("AssertArcInner", *inner),
    };
    let owner = cx.owner.clone();
    let checked = crate::standin::with_stand_in(shown, stand_in);
    let used = checked.is_some();
    let checked: &Type = checked.as_ref().unwrap_or(shown);
    let says_self = cx.self_fields.contains(&site_index(cx, claim));
    let with_owner = |ty: TokenStream| {
        if says_self {
            crate::syntax::replace_self(ty, &owner)
        } else {
            ty
        }
    };
    let checked = with_owner(checked.to_token_stream());
    let wrapped = is_sized_param(cx, shown);
    let checked = if wrapped { one_tuple(checked) } else { checked };
    // `Shown` defaults to `Checked`: written only when the two differ, to keep the output short.
    let shown = (used || wrapped).then(|| {
        let shown = with_owner(shown.to_token_stream());
        quote!(, #shown)
    });
    let first = checked.clone().into_iter().next().map_or_else(Span::call_site, |t| t.span());
    let last = checked.clone().into_iter().last().map_or(first, |t| t.span());
    let mut alias = aliases.get(&mut cx.names, helper);
    alias.set_span(first);
    let mut open = Punct::new('<', Spacing::Alone);
    open.set_span(first);
    let mut close = Punct::new('>', Spacing::Alone);
    close.set_span(last);
    let (open, close) = (TokenTree::Punct(open), TokenTree::Punct(close));
    let named = cx.owner_param.as_ref().map_or(owner, ToTokens::to_token_stream);
    (quote!(#alias #open #checked, #named, #param #shown #close), used)
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

fn check_struct(
    cx: &Context<'_>,
    check: &CheckStruct,
    index: usize,
    stand_in: &Ident,
) -> TokenStream {
    let generics = &cx.model.item.generics;
    let name = format_ident!("__ThreadSafeChecks{}", index);
    let params = generics.params.iter().map(param_without_default);
    let stand_in_ident = stand_in;
    let stand_in = check
        .uses_stand_in
        .then(|| quote!(#stand_in: ::core::marker::Send + ::core::marker::Sync + 'static,));
    let field_params = check.field_params.iter().map(|(_, declared)| declared);
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
    let keep_stand_in = check.uses_stand_in.then(|| {
        let stand_in = &stand_in_ident;
        quote!(::core::marker::PhantomData<#stand_in>,)
    });
    let own_where = generics.where_clause.iter().flat_map(|w| w.predicates.iter());
    let assumption = check
        .assumption
        .map(|trait_| crate::bounds::assumption(generics, trait_.bound(cx.args)))
        .unwrap_or_default();
    let fields = &check.fields;
    quote! {
        // Never built: its field types are the assertions. Its type parameters are named after
        // the fields so that the messages can name them.
        #[allow(
            dead_code,
            non_camel_case_types,
            clippy::type_complexity,
            clippy::multiple_bound_locations,
            clippy::type_repetition_in_bounds,
            clippy::trait_duplication_in_bounds
        )]
        struct #name<#(#params,)* #stand_in #owner_param #(#field_params,)*>(
            #(#fields,)*
            #keep_owner
            #keep_owner_param
            #keep_stand_in
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
