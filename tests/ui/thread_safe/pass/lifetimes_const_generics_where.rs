// Lifetimes, const generics, defaults and where clauses.
use thread_safe::thread_safe;

#[thread_safe]
pub struct Window<'a, T: Copy = u8, const N: usize = 4>
where
    T: Default,
{
    items: [T; N],
    source: &'a [T],
}

#[thread_safe(reason = "`cursor` points into `source`, which outlives the window and is never written")]
pub struct Cursor<'a, T: 'a, const N: usize>
where
    T: Sync,
{
    #[thread_safe(unchecked)]
    cursor: *const [T; N],
    source: &'a [T],
}

fn main() {}
