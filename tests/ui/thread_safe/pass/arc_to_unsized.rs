// Arcs of unsized values (`Arc<str>`, `Arc<[T]>`, `Arc<dyn Trait + Send + Sync>`).
use std::sync::Arc;
use thread_safe::thread_safe;

pub trait Job {}

#[thread_safe]
pub struct Registry<T> {
    name: Arc<str>,
    items: Arc<[T]>,
    job: Arc<dyn Job + Send + Sync>,
    jobs: &'static [Arc<dyn Job + Send + Sync>],
}

fn main() {}
