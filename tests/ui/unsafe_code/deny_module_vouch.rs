// A vouch inside a module under `#![deny(unsafe_code)]`: the module's lint level applies.
// Fix: check the trait instead, or put `#[allow(unsafe_code)]` on this type to opt in.
mod strict {
    #![deny(unsafe_code)]

    use thread_safe::thread_safe;

    #[thread_safe(reason = "`base` points into a static table that is never written")]
    pub struct Table {
        #[thread_safe(unchecked)]
        base: *const u8,
    }
}

fn main() {}
