//! `Arc` and `Weak` fields at every depth.

use std::collections::HashMap;
use std::marker::PhantomData;
use std::sync::{Arc, Mutex, RwLock, Weak};
use thread_safe::thread_safe;

/// `Arc`s nested in generic arguments, tuples, arrays, slices, references and `PhantomData`.
#[derive(Debug)]
#[thread_safe]
pub struct Nested {
    /// In a `Vec`.
    pub list: Vec<Arc<u8>>,
    /// In an `Option`, around a `Mutex`.
    pub maybe: Option<Arc<Mutex<String>>>,
    /// As a map value.
    pub map: HashMap<u32, Arc<str>>,
    /// In a tuple.
    pub pair: (Arc<u8>, Weak<u16>),
    /// In an array.
    pub array: [Arc<u8>; 2],
    /// Behind a reference to a slice.
    pub slice: &'static [Arc<u8>],
    /// In `PhantomData`.
    pub marker: PhantomData<Arc<u64>>,
    /// Only under a `cfg`.
    #[cfg(target_has_atomic = "ptr")]
    pub conditional: Arc<RwLock<u8>>,
}

/// A generic type whose `Arc`s mention its parameter.
#[derive(Debug)]
#[thread_safe]
pub struct Graph<T> {
    /// Shared nodes.
    pub nodes: Vec<Arc<RwLock<T>>>,
    /// Back edges.
    pub parents: Vec<Weak<T>>,
}
