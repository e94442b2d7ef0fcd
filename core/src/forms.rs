//! The input forms shared by all assertion macros, and what each one expands to.
//!
//! A `macro_rules!` macro cannot tell whether it is invoked among items or inside a fn body, and an
//! item cannot name the generic parameters of the fn around it. So the plain and generic forms
//! expand to items (`const _` holding a fn that is never called), which work everywhere, and the forms that need the enclosing fn
//! (`in fn:` and `val:`) expand to a statement: a closure that is never called, so its body is
//! type-checked but never compiled into the binary and the value expression is never evaluated.

/// Dispatches on the form: `$check` is `send`, `sync`, `send_sync`, `not_send` or `not_sync`.
#[doc(hidden)]
#[macro_export]
macro_rules! __thread_safe_assert_forms {
    ($check:ident;) => {
        ::core::compile_error! {
            "expected at least one type, e.g. `assert_send!(MyType)`, `assert_send!(<T: Send> Wrapper<T>)` or `assert_send!(val: expr)`"
        }
    };
    (not_send; val: $($rest:tt)*) => {
        ::core::compile_error! {
            "`assert_not_send!` has no value form: name the type, e.g. `assert_not_send!(MyGuard<'static>)`"
        }
    };
    (not_sync; val: $($rest:tt)*) => {
        ::core::compile_error! {
            "`assert_not_sync!` has no value form: name the type, e.g. `assert_not_sync!(MyCell)`"
        }
    };
    ($check:ident; $($input:tt)+) => {
        $crate::__thread_safe_assert_list!($check; [] $($input)+);
    };
}

/// Walks the list of types. `[params]` holds the generic parameters in force: none at first, then
/// those of the latest `<...>` list, which applies to the types after it up to the next list.
#[doc(hidden)]
#[macro_export]
macro_rules! __thread_safe_assert_list {
    // A parameter list starts like generic parameters; anything else after `<` is a qualified
    // path type such as `<Vec<u8> as IntoIterator>::IntoIter`.
    ($check:ident; [$($params:tt)*] < $lifetime:lifetime $($rest:tt)*) => {
        $crate::__thread_safe_assert_generics!($check; [] [] $lifetime $($rest)*);
    };
    ($check:ident; [$($params:tt)*] < const $($rest:tt)*) => {
        $crate::__thread_safe_assert_generics!($check; [] [] const $($rest)*);
    };
    ($check:ident; [$($params:tt)*] < $param:ident : $($rest:tt)*) => {
        $crate::__thread_safe_assert_generics!($check; [] [] $param : $($rest)*);
    };
    ($check:ident; [$($params:tt)*] < $param:ident , $($rest:tt)*) => {
        $crate::__thread_safe_assert_generics!($check; [] [] $param , $($rest)*);
    };
    ($check:ident; [$($params:tt)*] < $param:ident > $($rest:tt)*) => {
        $crate::__thread_safe_assert_generics!($check; [] [] $param > $($rest)*);
    };
    ($check:ident; [$($params:tt)*]) => {
        ::core::compile_error! {
            "expected a type after the generic parameters, e.g. `<T: Send> Wrapper<T>`"
        }
    };
    ($check:ident; [$($params:tt)*] $ty:ty $(,)?) => {
        $crate::__thread_safe_assert_item!($check; [$($params)*] $ty);
    };
    ($check:ident; [$($params:tt)*] $ty:ty , $($rest:tt)+) => {
        $crate::__thread_safe_assert_item!($check; [$($params)*] $ty);
        $crate::__thread_safe_assert_list!($check; [$($params)*] $($rest)+);
    };
}

/// One type checked among items: inside a fn that is never called, so it is only type-checked,
/// under the generic parameters and bounds the user wrote (none for a plain type).
#[doc(hidden)]
#[macro_export]
macro_rules! __thread_safe_assert_item {
    ($check:ident; [$($params:tt)*] $ty:ty) => {
        const _: () = {
            // The fn exists to be type-checked; nothing calls it.
            #[allow(dead_code)]
            // The argument's type gives the fn the implied bounds of `$ty` (`T: 'a` for `&'a T`),
            // as the type's own definition has them.
            fn __thread_safe_assertion<$($params)*>(_: ::core::marker::PhantomData<$ty>) {
                $crate::__thread_safe_assert_type!($check; $ty);
            }
        };
    };
}

/// The statement forms, expanded inside the never-called closure that the public macro writes
/// itself (so that, used among items, rustc's error names the public macro).
#[doc(hidden)]
#[macro_export]
macro_rules! __thread_safe_assert_statement {
    ($check:ident; in fn: $($ty:ty),+ $(,)?) => {
        $($crate::__thread_safe_assert_type!($check; $ty);)+
    };
    ($check:ident; val: $value:expr $(,)?) => {
        // Borrowed once: the closure captures by reference, and it is never called.
        let value = &$value;
        $crate::__thread_safe_assert_value!($check; value);
    };
}

/// Splits `<generic parameters> types` at the `>` that closes the parameters.
///
/// State: `[depth]` holds one token per `<` still open inside the parameters (as in
/// `T: Into<Vec<u8>>`), `[params]` the parameter tokens so far.
#[doc(hidden)]
#[macro_export]
macro_rules! __thread_safe_assert_generics {
    ($check:ident; [] [$($params:tt)*] > $($rest:tt)*) => {
        $crate::__thread_safe_assert_list!($check; [$($params)*] $($rest)*);
    };
    ($check:ident; [$open:tt] [$($params:tt)*] >> $($rest:tt)*) => {
        $crate::__thread_safe_assert_list!($check; [$($params)* >] $($rest)*);
    };
    ($check:ident; [$a:tt $b:tt $($depth:tt)*] [$($params:tt)*] >> $($rest:tt)*) => {
        $crate::__thread_safe_assert_generics!($check; [$($depth)*] [$($params)* >>] $($rest)*);
    };
    ($check:ident; [$($depth:tt)*] [$($params:tt)*] < $($rest:tt)*) => {
        $crate::__thread_safe_assert_generics!($check; [< $($depth)*] [$($params)* <] $($rest)*);
    };
    ($check:ident; [$open:tt $($depth:tt)*] [$($params:tt)*] > $($rest:tt)*) => {
        $crate::__thread_safe_assert_generics!($check; [$($depth)*] [$($params)* >] $($rest)*);
    };
    ($check:ident; [$($depth:tt)*] [$($params:tt)*] $next:tt $($rest:tt)*) => {
        $crate::__thread_safe_assert_generics!($check; [$($depth)*] [$($params)* $next] $($rest)*);
    };
    ($check:ident; [$($depth:tt)*] [$($params:tt)*]) => {
        ::core::compile_error! {
            "expected `<generic parameters> Type`, e.g. `<T: Send> Wrapper<T>`: the `<` is never closed"
        }
    };
}

/// The checks for one named type: the verdict (whose error says what the macro expected), then
/// for the positive macros the plain bound (whose error names the part that lacks the trait).
#[doc(hidden)]
#[macro_export]
macro_rules! __thread_safe_assert_type {
    (send; $ty:ty) => {
        $crate::__thread_safe_assert_type!(@send expect_send; $ty);
        $crate::__private::assert_send::<$ty>();
    };
    (sync; $ty:ty) => {
        $crate::__thread_safe_assert_type!(@sync expect_sync; $ty);
        $crate::__private::assert_sync::<$ty>();
    };
    (send_sync; $ty:ty) => {
        $crate::__thread_safe_assert_type!(@send expect_send_sync_send; $ty);
        $crate::__private::assert_send::<$ty>();
        $crate::__thread_safe_assert_type!(@sync expect_send_sync_sync; $ty);
        $crate::__private::assert_sync::<$ty>();
    };
    (not_send; $ty:ty) => {
        $crate::__thread_safe_assert_type!(@send expect_not_send; $ty);
    };
    (not_sync; $ty:ty) => {
        $crate::__thread_safe_assert_type!(@sync expect_not_sync; $ty);
    };
    (@send $expect:ident; $ty:ty) => {{
        use $crate::__private::SendProbe as _;
        $crate::__private::$expect::<$ty, _>((&$crate::__private::Probe::<$ty>::NEW).send_verdict());
    }};
    (@sync $expect:ident; $ty:ty) => {{
        use $crate::__private::SyncProbe as _;
        $crate::__private::$expect::<$ty, _>((&$crate::__private::Probe::<$ty>::NEW).sync_verdict());
    }};
}

/// The checks for one value (`val:` form); `$value` is a reference to it.
///
/// The plain bound comes first: for a closure of the same fn the verdict is still undecided when
/// it is computed, and rustc then reports the deferred bound once, in the plain bound's words.
#[doc(hidden)]
#[macro_export]
macro_rules! __thread_safe_assert_value {
    (send; $value:ident) => {
        $crate::__private::assert_send_value($value);
        $crate::__thread_safe_assert_value!(@send expect_send_value; $value);
    };
    (sync; $value:ident) => {
        $crate::__private::assert_sync_value($value);
        $crate::__thread_safe_assert_value!(@sync expect_sync_value; $value);
    };
    (send_sync; $value:ident) => {
        $crate::__private::assert_send_value($value);
        $crate::__thread_safe_assert_value!(@send expect_send_sync_value_send; $value);
        $crate::__private::assert_sync_value($value);
        $crate::__thread_safe_assert_value!(@sync expect_send_sync_value_sync; $value);
    };
    (@send $expect:ident; $value:ident) => {{
        use $crate::__private::SendProbe as _;
        $crate::__private::$expect((&$crate::__private::Probe::of($value)).send_verdict(), $value);
    }};
    (@sync $expect:ident; $value:ident) => {{
        use $crate::__private::SyncProbe as _;
        $crate::__private::$expect((&$crate::__private::Probe::of($value)).sync_verdict(), $value);
    }};
}
