//! The pipeline: parse the arguments and the item, validate, emit. Never panics: a mistake
//! becomes `compile_error!` followed by the item (minus our helper attributes), so the user sees
//! that one error and not a cascade of "cannot find type" errors.

use crate::checks::Context;
use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

pub(crate) fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    let input = match syn::parse2::<DeriveInput>(item.clone()) {
        Ok(input) => input,
        Err(error) => {
            let error =
                crate::errors::to_compile_error(crate::target::not_a_type(&item).unwrap_or(error));
            let mut out = error;
            out.extend(item);
            return out;
        }
    };
    let result = generate(args, &input);
    let moves_expect =
        matches!(result, Ok((_, true))) && input.attrs.iter().any(crate::impls::is_moved_expect);
    // Most items carry no helper attribute (check mode): their tokens go back as written, with
    // no printing of the parsed item.
    let item = if crate::strip::has_helper_attrs(&input) || moves_expect {
        let mut stripped = crate::strip::without_helper_attrs(&input);
        if moves_expect {
            stripped.attrs.retain(|attr| !crate::impls::is_moved_expect(attr));
        }
        quote!(#stripped)
    } else {
        item
    };
    match result {
        Ok((generated, _)) => quote!(#item #generated),
        Err(error) => {
            let mut out = crate::errors::to_compile_error(error);
            out.extend(item);
            out
        }
    }
}

/// The check struct's type parameter that stands for a generic type in messages: a parameter
/// named like the type prints as `Queue`, costs less to check than `Queue<'a, T>` in every
/// assertion, and needs no where clause. Not when a field or a `bound` names the type itself
/// or its where clause (the parameter would shadow it). A type without generic parameters is
/// named as itself: the assertions then mention no parameter, so rustc proves each once.
fn owner_param(
    input: &DeriveInput,
    args: &crate::args::Args,
    field_idents: &[&crate::syntax::Idents],
) -> Option<proc_macro2::Ident> {
    if input.generics.params.is_empty() {
        return None;
    }
    let name = input.ident.to_string();
    let named = |idents: &crate::syntax::Idents| idents.contains(&name) || idents.contains("Self");
    let in_bound = [&args.send_bound, &args.sync_bound].into_iter().flatten().any(|bound| {
        let tokens = bound.predicates.iter().map(quote::ToTokens::to_token_stream).collect();
        crate::syntax::any_ident(tokens, &mut |ident| ident == name.as_str())
    });
    // The parameters with their bounds, and the where clause.
    let generics = quote::ToTokens::to_token_stream(&input.generics.params);
    let where_clause = quote::ToTokens::to_token_stream(&input.generics.where_clause);
    let in_generics = crate::syntax::any_ident(
        generics.into_iter().chain(where_clause).collect(),
        &mut |ident| ident == name.as_str(),
    );
    let shadows = field_idents.iter().copied().any(named) || in_bound || in_generics;
    // A copy of the type's own identifier: `r#S` is a valid identifier but not a valid
    // argument of `Ident::new`.
    (!shadows).then(|| {
        let mut ident = input.ident.clone();
        ident.set_span(proc_macro2::Span::call_site());
        ident
    })
}

/// The generated items, and whether any trait is vouched for (an impl is emitted).
fn generate(args: TokenStream, input: &DeriveInput) -> syn::Result<(TokenStream, bool)> {
    let (args, model) = match (crate::args::parse(args), crate::model::build(input)) {
        (Ok(args), Ok(model)) => (args, model),
        (Err(mut first), Err(second)) => {
            first.combine(second);
            return Err(first);
        }
        (Err(error), Ok(_)) | (Ok(_), Err(error)) => return Err(error),
    };
    crate::validate::validate(&args, &model)?;
    let params = crate::bounds::type_params(&input.generics);
    let claims = crate::plan::plan(&args, &model, &params);
    let name = &input.ident;
    let (_, type_generics, _) = input.generics.split_for_impl();
    let mut names = crate::names::Names::new(input, &model.fields);
    for bound in [&args.send_bound, &args.sync_bound].into_iter().flatten() {
        names.take(bound.predicates.iter().map(quote::ToTokens::to_token_stream).collect());
    }
    let field_idents: Vec<_> = model.fields.iter().map(|site| &site.idents).collect();
    let self_fields =
        (0..field_idents.len()).filter(|&index| field_idents[index].contains("Self")).collect();
    let owner_param = owner_param(input, &args, &field_idents);
    let mut cx = Context {
        args: &args,
        model: &model,
        owner: quote!(#name #type_generics),
        names,
        self_fields,
        owner_param,
    };
    let impls = crate::impls::emit(&cx, &claims, &params)?;
    let checks = crate::checks::emit(&mut cx, &claims);
    let vouched = args.send.reason().is_some() || args.sync.reason().is_some();
    Ok((quote!(#impls #checks), vouched))
}
