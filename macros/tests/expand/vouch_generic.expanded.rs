use std::marker::PhantomData;
use std::sync::Arc;
pub struct MyBox<T, U: Iterator>
where
    T: Default,
{
    ptr: *mut T,
    last: *const U::Item,
    children: Vec<Arc<Node<T>>>,
    marker: PhantomData<U>,
}
/**`Send` is vouched for by `#[thread_safe]`.

**Reason:** `ptr` is uniquely owned like a Box&lt;T&gt;; it is freed in Drop and never aliased

**Unchecked fields** (covered by the reason): `ptr`, `last` (cursor into the owned iterator).

**Checked fields** (each must be `Send`): `children`, `marker`.

**Bounds:** `Vec<Arc<Node<T>>>: Send`, `Node<T>: Send + Sync`, `PhantomData<U>: Send`, `T: Send + Sync`, `U: Send + Sync`, `U::Item: Send + Sync` (default: the generic parameters of the unchecked fields are `Send + Sync`).*/
#[allow(clippy::type_repetition_in_bounds, clippy::trait_duplication_in_bounds)]
unsafe impl<T, U: Iterator> ::core::marker::Send for MyBox<T, U>
where
    T: Default,
    Vec<Arc<Node<T>>>: ::core::marker::Send,
    Node<T>: ::core::marker::Send + ::core::marker::Sync,
    PhantomData<U>: ::core::marker::Send,
    T: ::core::marker::Send + ::core::marker::Sync,
    U: ::core::marker::Send + ::core::marker::Sync,
    U::Item: ::core::marker::Send + ::core::marker::Sync,
{}
/**`Sync` is vouched for by `#[thread_safe]`.

**Reason:** `ptr` is uniquely owned like a Box&lt;T&gt;; it is freed in Drop and never aliased

**Unchecked fields** (covered by the reason): `ptr`, `last` (cursor into the owned iterator).

**Checked fields** (each must be `Sync`): `children`, `marker`.

**Bounds:** `Vec<Arc<Node<T>>>: Sync`, `Node<T>: Send + Sync`, `PhantomData<U>: Sync`, `T: Send + Sync`, `U: Send + Sync`, `U::Item: Send + Sync` (default: the generic parameters of the unchecked fields are `Send + Sync`).*/
#[allow(clippy::type_repetition_in_bounds, clippy::trait_duplication_in_bounds)]
unsafe impl<T, U: Iterator> ::core::marker::Sync for MyBox<T, U>
where
    T: Default,
    Vec<Arc<Node<T>>>: ::core::marker::Sync,
    Node<T>: ::core::marker::Send + ::core::marker::Sync,
    PhantomData<U>: ::core::marker::Sync,
    T: ::core::marker::Send + ::core::marker::Sync,
    U: ::core::marker::Send + ::core::marker::Sync,
    U::Item: ::core::marker::Send + ::core::marker::Sync,
{}
