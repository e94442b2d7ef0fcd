//! Fuzzes `#[thread_safe]`: the input's first line is the attribute's arguments, the rest the item
//! (see `expand_props::split_input`). Inputs that do not lex are skipped: the compiler never passes
//! such tokens to a macro. Every broken promise (see `expand_props::check`) is a crash.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some(input) = expand_props::split_input(data) else { return };
    let parses_as_items =
        |output: &proc_macro2::TokenStream| syn::parse2::<syn::File>(output.clone()).is_ok();
    if let Err(violation) = expand_props::check_with(&input.args, &input.item, parses_as_items) {
        panic!("{violation}\nargs: {}\nitem: {}", input.args, input.item);
    }
});
