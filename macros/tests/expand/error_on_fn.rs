#[thread_safe]
fn not_a_type() {}
