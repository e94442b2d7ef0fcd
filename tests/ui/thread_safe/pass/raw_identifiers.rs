// Raw identifiers as the type's, a variant's, a field's and a parameter's name.
#![allow(non_camel_case_types)]
use thread_safe::thread_safe;

#[thread_safe]
pub struct r#struct<r#T> {
    r#type: Vec<r#T>,
}

#[thread_safe(reason = "the pointer is owned by the variant and freed only in Drop")]
pub enum r#enum {
    r#match {
        #[thread_safe(unchecked)]
        r#ref: *mut u8,
    },
    r#loop(u8),
}

fn main() {}
