//! A small service for trying `cargo thread-safe audit audit/demo`: one unsound `Arc`, one
//! unjustified impl, one generic impl without its bound, and one type already migrated to
//! `#[thread_safe]`.
mod cache;
mod pool;
mod queue;
