compile_error! {
    "\"TODO\" is a placeholder, not a reason: say why the unchecked fields are safe for `Send` and `Sync`, e.g. \"`ptr` is only dereferenced while `lock` is held\""
}
pub struct Handle {
    raw: *mut u8,
}
