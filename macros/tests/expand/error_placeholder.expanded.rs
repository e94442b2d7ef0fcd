compile_error! {
    "\"TODO\" is a placeholder, not a reason: say why `Send` and `Sync` is sound for the unchecked fields, e.g. \"`ptr` is only dereferenced while `lock` is held\""
}
pub struct Handle {
    raw: *mut u8,
}
