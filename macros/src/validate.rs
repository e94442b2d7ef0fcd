//! Checks of the whole attribute against the item: pure, each mistake one spanned error.

use crate::args::{Args, Mode};
use crate::bounds::{is_generic, type_macro, type_params};
use crate::errors::Errors;
use crate::model::{FieldSite, Model};
use syn::spanned::Spanned;

pub(crate) fn validate(args: &Args, model: &Model<'_>) -> syn::Result<()> {
    let mut errors = Errors::default();
    check_vouch_needs_unchecked(args, model, &mut errors);
    let params = type_params(&model.item.generics);
    for site in &model.fields {
        check_unchecked_field(args, site, &mut errors);
        check_atomic_ptr(args, site, &params, &mut errors);
    }
    errors.finish()
}

fn check_vouch_needs_unchecked(args: &Args, model: &Model<'_>, errors: &mut Errors) {
    if model.fields.iter().any(|site| site.unchecked.is_some()) {
        return;
    }
    let Some(reason) = args.send.reason().or_else(|| args.sync.reason()) else { return };
    let what = match (&args.send, &args.sync) {
        (Mode::Vouched(_), Mode::Vouched(_)) => "`Send` and `Sync`",
        (Mode::Vouched(_), _) => "`Send`",
        _ => "`Sync`",
    };
    errors.at(
        reason.lit.span(),
        format_args!(
            "this reason vouches for {what}, but no field is marked `#[thread_safe(unchecked)]`: every field is checked, so the compiler derives the trait by itself and an `unsafe impl` would only hide fields added later; drop the reason (write `send`/`sync` to check), or mark the field it covers `#[thread_safe(unchecked)]`"
        ),
    );
}

fn check_unchecked_field(args: &Args, site: &FieldSite<'_>, errors: &mut Errors) {
    let Some(unchecked) = &site.unchecked else { return };
    let vouched = args.send.reason().is_some() || args.sync.reason().is_some();
    if !vouched {
        errors.at(
            unchecked.span,
            format_args!(
                "field `{}` is marked unchecked, but `#[thread_safe]` vouches for nothing: with no reason every field is checked; add `send = \"...\"`/`sync = \"...\"` (or `reason = \"...\"`) that justifies this field, or drop `unchecked`",
                site.display_name()
            ),
        );
        return;
    }
    let explicit = |mode: &Mode, bound: bool| mode.reason().is_none() || bound;
    let covered = explicit(&args.send, args.send_bound.is_some())
        && explicit(&args.sync, args.sync_bound.is_some());
    if let (false, Some(mac)) = (covered, type_macro(&site.field.ty)) {
        errors.at(
            mac.span(),
            format_args!(
                "cannot see which generic parameters the type macro in unchecked field `{}` uses, so no sound default bound exists; write the bounds yourself: `bound = \"T: Send + Sync\"`",
                site.display_name()
            ),
        );
    }
}

/// The `AtomicPtr` rule: auto traits ignore `X` in `AtomicPtr<X>`, so a checked field that owns
/// `T`s through one would make the type `Send + Sync` for any `T`.
fn check_atomic_ptr(
    args: &Args,
    site: &FieldSite<'_>,
    params: &[&syn::Ident],
    errors: &mut Errors,
) {
    let checked_for = |mode: &Mode| match mode {
        Mode::Checked => true,
        Mode::Vouched(_) => site.unchecked.is_none(),
        Mode::Untouched => false,
    };
    if !checked_for(&args.send) && !checked_for(&args.sync) {
        return;
    }
    for (path, inner) in crate::arc::atomic_ptr_sites(&site.field.ty) {
        if is_generic(inner, params) {
            errors.at(
                path.span(),
                format_args!(
                    "field `{}` holds `{}`, and the compiler ignores what an `AtomicPtr` points to: the type would be `Send + Sync` even for a `T` that is not; mark the field `#[thread_safe(unchecked)]` and vouch with a reason, which bounds `T: Send + Sync`",
                    site.display_name(),
                    crate::syntax::type_text(path)
                ),
            );
        }
    }
}
