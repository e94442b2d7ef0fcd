//! What the standard library (and the common lock crates) say about Send and Sync, by type name.

use crate::model::Trait;

/// When a known type is Send (or Sync).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Need {
    Always,
    /// Never, for the reason given.
    Never(&'static str),
    /// When every type argument has all of these traits.
    Args(&'static [Trait]),
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Known {
    pub(crate) send: Need,
    pub(crate) sync: Need,
}

impl Known {
    pub(crate) fn need(self, tr: Trait) -> Need {
        match tr {
            Trait::Send => self.send,
            Trait::Sync => self.sync,
        }
    }
}

const SEND: &[Trait] = &[Trait::Send];
const SYNC: &[Trait] = &[Trait::Sync];
const SEND_SYNC: &[Trait] = &[Trait::Send, Trait::Sync];

const NOT_ATOMIC_COUNT: &str = "its reference count is not atomic";
const RAW_POINTER: &str = "raw pointers are neither Send nor Sync";
const CELL: &str = "it allows mutation through a shared reference without synchronization";
const GUARD: &str = "a lock guard must be released on the thread that locked it";
const BORROW: &str = "it borrows a `RefCell`, whose borrow count is not atomic";
const CONTEXT: &str = "a task `Context` is tied to the thread polling the future";
const RECEIVER: &str = "a `Receiver` may only be used from one thread at a time";

/// Structural containers own their arguments: Send (Sync) when every argument is.
const PASS_THROUGH: Known = Known { send: Need::Args(SEND), sync: Need::Args(SYNC) };
const ALWAYS: Known = Known { send: Need::Always, sync: Need::Always };
const LIKE_ARC: Known = Known { send: Need::Args(SEND_SYNC), sync: Need::Args(SEND_SYNC) };
const LIKE_MUTEX: Known = Known { send: Need::Args(SEND), sync: Need::Args(SEND) };
const LIKE_RWLOCK: Known = Known { send: Need::Args(SEND), sync: Need::Args(SEND_SYNC) };
const LIKE_CELL: Known = Known { send: Need::Args(SEND), sync: Need::Never(CELL) };

/// `path` is as resolved: a full path when an import or the written path says where the type
/// comes from, else just the name. Unknown types pass their arguments through, as most generic
/// containers do; an unknown type without arguments is therefore thread-safe.
pub(crate) fn known(path: &[String]) -> Known {
    let Some(name) = path.last() else { return PASS_THROUGH };
    let root = path.first().map_or("", String::as_str);
    let from_std = matches!(root, "std" | "core" | "alloc");
    let has = |segment: &str| path.iter().any(|s| s == segment);
    let async_crate = matches!(root, "tokio" | "async_std" | "futures" | "async_lock" | "smol");
    match name.as_str() {
        "Rc" => never(NOT_ATOMIC_COUNT),
        "NonNull" => never(RAW_POINTER),
        "Arc" => LIKE_ARC,
        "Weak" if has("rc") => never(NOT_ATOMIC_COUNT),
        "Weak" if has("sync") => LIKE_ARC,
        "OnceCell" | "Lazy" if has("sync") => LIKE_RWLOCK,
        "Cell" | "RefCell" | "UnsafeCell" | "OnceCell" | "LazyCell" => LIKE_CELL,
        "Ref" | "RefMut" if from_std => never(BORROW),
        "Context" if from_std => never(CONTEXT),
        "Receiver" if from_std => Known { send: Need::Args(SEND), sync: Need::Never(RECEIVER) },
        "Receiver" | "Sender" | "SyncSender" | "Mutex" | "FairMutex" => LIKE_MUTEX,
        "RwLock" | "OnceLock" | "LazyLock" => LIKE_RWLOCK,
        "MutexGuard"
        | "RwLockReadGuard"
        | "RwLockWriteGuard"
        | "MappedMutexGuard"
        | "MappedRwLockReadGuard"
        | "MappedRwLockWriteGuard"
        | "ReentrantMutexGuard"
        | "ReentrantLockGuard"
            if !async_crate =>
        {
            Known { send: Need::Never(GUARD), sync: Need::Args(SYNC) }
        }
        "AtomicPtr" | "JoinHandle" | "PhantomPinned" | "Condvar" | "Barrier" | "fn" => ALWAYS,
        _ => PASS_THROUGH,
    }
}

fn never(reason: &'static str) -> Known {
    Known { send: Need::Never(reason), sync: Need::Never(reason) }
}

/// `Arc` and `sync::Weak`: the pointers whose inner type must be Send + Sync.
pub(crate) fn is_arc(path: &[String]) -> bool {
    match path.last().map(String::as_str) {
        Some("Arc") => true,
        Some("Weak") => path.iter().any(|s| s == "sync"),
        _ => false,
    }
}

/// Traits of std that have neither Send nor Sync as a supertrait: a `dyn` of one of them is
/// neither. A trait the audit cannot see (another crate's) may have them, so it is given the
/// benefit of the doubt.
pub(crate) fn is_std_trait_without_auto_traits(path: &[String]) -> bool {
    const NAMES: [&str; 24] = [
        "Fn",
        "FnMut",
        "FnOnce",
        "Any",
        "Error",
        "Debug",
        "Display",
        "Iterator",
        "DoubleEndedIterator",
        "ExactSizeIterator",
        "Future",
        "Read",
        "Write",
        "BufRead",
        "Seek",
        "Hasher",
        "AsRef",
        "AsMut",
        "Borrow",
        "Deref",
        "DerefMut",
        "ToString",
        "AsyncRead",
        "AsyncWrite",
    ];
    let root = path.first().map_or("", String::as_str);
    matches!(root, "std" | "core" | "alloc")
        || path.last().is_some_and(|name| NAMES.contains(&name.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(text: &str) -> Vec<String> {
        text.split("::").map(str::to_owned).collect()
    }

    #[test]
    fn locks_pass_different_traits() {
        assert_eq!(known(&path("std::sync::Mutex")).sync, Need::Args(SEND));
        assert_eq!(known(&path("parking_lot::RwLock")).sync, Need::Args(SEND_SYNC));
        assert_eq!(known(&path("std::cell::RefCell")).sync, Need::Never(CELL));
    }

    #[test]
    fn weak_and_once_cell_depend_on_their_module() {
        assert_eq!(known(&path("std::rc::Weak")).send, Need::Never(NOT_ATOMIC_COUNT));
        assert!(is_arc(&path("std::sync::Weak")));
        assert!(!is_arc(&path("Weak")));
        assert_eq!(known(&path("once_cell::sync::OnceCell")).sync, Need::Args(SEND_SYNC));
        assert_eq!(known(&path("std::cell::OnceCell")).sync, Need::Never(CELL));
    }

    #[test]
    fn guards_are_not_send_except_async_ones() {
        assert_eq!(known(&path("std::sync::MutexGuard")).send, Need::Never(GUARD));
        assert_eq!(known(&path("tokio::sync::MutexGuard")).send, Need::Args(SEND));
    }
}
