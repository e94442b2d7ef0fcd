//! Items as a user might annotate them: every item kind (types and the kinds the attribute must
//! refuse), generics with bounds and where clauses, fields of nested types holding `Arc`,
//! `AtomicPtr`, raw pointers, `dyn`, fn pointers and type macros, `#[cfg]`'d fields and variants,
//! and the helper attribute in right and odd places.

use crate::rng::Rng;

/// The generic parameters in scope, so that field types can use them.
struct Scope {
    types: Vec<&'static str>,
    lifetimes: Vec<&'static str>,
    consts: Vec<&'static str>,
}

pub(crate) fn item(rng: &mut Rng) -> String {
    let attrs = rng.list(0, 2, " ", |rng| (*rng.pick(ITEM_ATTRS)).to_owned());
    let vis = *rng.pick(&["", "", "pub ", "pub(crate) ", "pub(super) ", "pub(in crate::a) "]);
    let body = match rng.below(20) {
        0..=5 => named_struct(rng),
        6..=8 => tuple_struct(rng),
        9 => unit_struct(rng),
        10..=14 => enumeration(rng),
        15..=16 => union(rng),
        _ => (*rng.pick(OTHER_ITEMS)).to_owned(),
    };
    format!("{attrs} {vis}{body}")
}

const ITEM_ATTRS: &[&str] = &[
    "#[derive(Debug, Clone)]",
    "/// Docs.",
    "#[doc = \"docs\"]",
    "#[repr(C)]",
    "#[allow(dead_code)]",
    "#[cfg(any())]",
    "#[thread_safe]",
    "#[thread_safe::thread_safe(send)]",
    "#[thread_safe(unchecked)]",
    "#[expect(unsafe_code)]",
    "#[expect(unsafe_code, reason = \"the vouch below\")]",
    "#[allow(unsafe_code)]",
    "#[deny(unsafe_code)]",
];

const OTHER_ITEMS: &[&str] = &[
    "fn f() {}",
    "pub async fn f<T: Send>(t: T) -> T { t }",
    "impl S {}",
    "unsafe impl Send for S {}",
    "trait T { fn f(&self); }",
    "mod m { struct S; }",
    "static S: u8 = 0;",
    "const C: u8 = 0;",
    "const _: () = ();",
    "type A = Arc<u8>;",
    "use std::sync::Arc;",
    "extern crate alloc;",
    "macro_rules! m { () => {} }",
    "extern \"C\" { fn f(); }",
    "m! { struct S; }",
    "m!(struct S;);",
    "unsafe trait T {}",
    "auto trait A {}",
    "impl<T> Send for S<T> {}",
    "",
    "struct",
    "struct S",
    "enum E",
    "union U {",
    "struct S<T>(T)",
    "struct S { a: u8 } struct T;",
    "pub",
];

fn scope(rng: &mut Rng) -> (String, Scope) {
    let mut scope = Scope { types: Vec::new(), lifetimes: Vec::new(), consts: Vec::new() };
    let mut params = Vec::new();
    for _ in 0..rng.below(4) {
        let attr = if rng.percent(8) {
            *rng.pick(&["#[thread_safe] ", "#[cfg(any())] ", "#[thread_safe(unchecked)] "])
        } else {
            ""
        };
        let param = match rng.below(5) {
            0 => {
                let name = ["'a", "'b"][scope.lifetimes.len().min(1)];
                scope.lifetimes.push(name);
                format!("{name}{}", if rng.percent(20) { ": 'static" } else { "" })
            }
            1 => {
                let name = ["N", "M"][scope.consts.len().min(1)];
                scope.consts.push(name);
                format!("const {name}: usize{}", if rng.percent(20) { " = 3" } else { "" })
            }
            _ => {
                let name = ["T", "U", "V", "W"][scope.types.len().min(3)];
                scope.types.push(name);
                let bound = *rng.pick(&[
                    "",
                    "",
                    ": Send",
                    ": ?Sized",
                    ": Iterator",
                    ": Send + Sync + 'static",
                    " = u8",
                    ": Into<Arc<u8>>",
                ]);
                format!("{name}{bound}")
            }
        };
        params.push(format!("{attr}{param}"));
    }
    // Lifetimes first, as the grammar wants; the mutations take care of the other orders.
    params.sort_by_key(|param| !param.trim_start_matches(|c| c != '\'').starts_with('\''));
    let generics =
        if params.is_empty() { String::new() } else { format!("<{}>", params.join(", ")) };
    (generics, scope)
}

fn where_clause(rng: &mut Rng, scope: &Scope) -> String {
    if scope.types.is_empty() || rng.percent(70) {
        return String::new();
    }
    let t = *rng.pick(&scope.types);
    let predicates = [
        format!("{t}: Send"),
        format!("{t}::Item: Sync"),
        format!("for<'x> &'x {t}: Send"),
        format!("Vec<{t}>: Clone"),
        format!("Arc<{t}>: Send"),
        "u8: Copy".to_owned(),
    ];
    format!(" where {}", rng.list(1, 2, ", ", |rng| rng.pick(&predicates).clone()))
}

fn named_struct(rng: &mut Rng) -> String {
    let (generics, scope) = scope(rng);
    let wc = where_clause(rng, &scope);
    let fields = rng.list(0, 4, ", ", |rng| named_field(rng, &scope));
    format!("struct {}{generics}{wc} {{ {fields} }}", type_name(rng))
}

fn tuple_struct(rng: &mut Rng) -> String {
    let (generics, scope) = scope(rng);
    let fields = rng.list(0, 3, ", ", |rng| format!("{}{}", field_attrs(rng), ty(rng, &scope, 3)));
    format!("struct {}{generics}({fields}){};", type_name(rng), where_clause(rng, &scope))
}

fn unit_struct(rng: &mut Rng) -> String {
    let (generics, scope) = scope(rng);
    format!("struct {}{generics}{};", type_name(rng), where_clause(rng, &scope))
}

fn enumeration(rng: &mut Rng) -> String {
    let (generics, scope) = scope(rng);
    let wc = where_clause(rng, &scope);
    let variants = rng.list(0, 4, ", ", |rng| {
        let attrs = if rng.percent(15) {
            *rng.pick(&[
                "#[cfg(any())] ",
                "#[thread_safe(unchecked)] ",
                "/// V. ",
                "#[thread_safe] ",
            ])
        } else {
            ""
        };
        let name = rng.word(&["A", "B", "Busy", "Idle", "r#Busy", "r#enum"]);
        let shape = match rng.below(4) {
            0 => {
                if rng.percent(30) {
                    " = 1".to_owned()
                } else {
                    String::new()
                }
            }
            1 => format!(
                "({})",
                rng.list(1, 3, ", ", |rng| format!("{}{}", field_attrs(rng), ty(rng, &scope, 3)))
            ),
            _ => format!(" {{ {} }}", rng.list(0, 3, ", ", |rng| named_field(rng, &scope))),
        };
        format!("{attrs}{name}{shape}")
    });
    format!("enum {}{generics}{wc} {{ {variants} }}", type_name(rng))
}

fn union(rng: &mut Rng) -> String {
    let (generics, scope) = scope(rng);
    let fields = rng.list(0, 3, ", ", |rng| {
        let inner = ty(rng, &scope, 2);
        let ty = if rng.percent(60) { format!("ManuallyDrop<{inner}>") } else { inner };
        format!("{}{}: {ty}", field_attrs(rng), rng.pick(&["a", "b", "c"]))
    });
    format!("union {}{generics}{} {{ {fields} }}", type_name(rng), where_clause(rng, &scope))
}

/// Raw identifiers too: `Ident::new` panics on `r#S`, so a macro that rebuilds names must not.
fn type_name(rng: &mut Rng) -> &'static str {
    rng.word(&["S", "S", "Pool", "r#S", "r#type", "Node", "T"])
}

fn named_field(rng: &mut Rng, scope: &Scope) -> String {
    let name = *rng.pick(&["cache", "pools", "ptr", "inner", "r#type", "_0", "a"]);
    let vis = if rng.percent(20) { "pub " } else { "" };
    format!("{}{vis}{name}: {}", field_attrs(rng), ty(rng, scope, 3))
}

fn field_attrs(rng: &mut Rng) -> String {
    rng.list(0, 2, " ", |rng| {
        (*rng.pick(&[
            "#[thread_safe(unchecked)]",
            "#[thread_safe(unchecked)]",
            "#[thread_safe(unchecked = \"the pool's lock guards it\")]",
            "#[thread_safe(unchecked = 3)]",
            "#[thread_safe]",
            "#[thread_safe = \"x\"]",
            "#[thread_safe(checked)]",
            "#[thread_safe(unchecked, unchecked)]",
            "#[thread_safe(unchecked(x))]",
            "#[thread_safe::thread_safe(unchecked)]",
            "#[cfg(feature = \"x\")]",
            "#[cfg(not(test))]",
            "#[cfg_attr(test, allow(dead_code))]",
            "/// A field.",
            "#[allow(dead_code)]",
        ]))
        .to_owned()
    })
}

fn ty(rng: &mut Rng, scope: &Scope, depth: usize) -> String {
    let leaf = |rng: &mut Rng| -> String {
        let mut leaves: Vec<&str> = vec![
            "u8", "String", "()", "str", "*mut u8", "Cell<u8>", "Rc<u8>", "!", "_", "Self",
            "dyn Any",
        ];
        leaves.extend(&scope.types);
        (*rng.pick(&leaves)).to_owned()
    };
    if depth == 0 || rng.percent(25) {
        return leaf(rng);
    }
    let x = ty(rng, scope, depth - 1);
    let lifetime = scope.lifetimes.first().copied().unwrap_or("'static");
    let len = scope.consts.first().copied().unwrap_or("4");
    let t = scope.types.first().copied().unwrap_or("u8");
    let wrappers = [
        format!("Arc<{x}>"),
        format!("std::sync::Arc<{x}>"),
        format!("sync::Weak<{x}>"),
        format!("triomphe::Arc<{x}>"),
        format!("AtomicPtr<{x}>"),
        format!("PhantomData<{x}>"),
        format!("*const {x}"),
        format!("&{lifetime} {x}"),
        format!("&{lifetime} mut {x}"),
        format!("[{x}; {len}]"),
        format!("[{x}]"),
        format!("({x}, u8)"),
        format!("({x},)"),
        format!("Vec<{x}>"),
        format!("HashMap<u8, {x}>"),
        format!("Option<Arc<Mutex<{x}>>>"),
        format!("Mutex<{x}>"),
        format!("RefCell<{x}>"),
        format!("Box<dyn Fn({x}) -> u8 + Send>"),
        format!("fn({x}) -> u8"),
        format!("dyn Iterator<Item = {x}>"),
        "impl Send".to_owned(),
        format!("m!({x})"),
        format!("<{t} as Iterator>::Item"),
        format!("{t}::Item"),
        format!("Cow<{lifetime}, {x}>"),
        format!("extern \"C\" fn(*mut {x})"),
        format!("unsafe fn() -> {x}"),
        "Arc<dyn Any + Send + Sync>".to_owned(),
        format!("Node<{x}>"),
        format!("Arc<[{x}]>"),
        format!("for<'x> fn(&'x {x})"),
    ];
    rng.pick(&wrappers).clone()
}

/// Arguments and an item that fit together, as most real uses do: check mode with no unchecked
/// field, or a vouch with some unchecked fields.
pub(crate) fn coherent(rng: &mut Rng) -> (String, String) {
    let (generics, scope) = scope(rng);
    let vouch = rng.percent(60);
    let args = if vouch {
        rng.word(&[
            "reason = \"the raw pointers point into buffers this pool owns and frees only in Drop\"",
            "send = \"the handle is only dereferenced while the global registry lock is held\"",
            "sync = \"every access to the cell goes through the owner's mutex, see Pool::with\"",
            "send = \"the pointer is never dereferenced; it only identifies the owner\", sync",
            "send = \"the raw pointers point into buffers this pool owns\", sync = \"shared reads only, see Pool::get\"",
        ])
    } else {
        rng.word(&["", "send", "sync", "send, sync"])
    };
    let bound =
        if !scope.types.is_empty() && rng.percent(20) { ", bound = \"T: Send\"" } else { "" };
    let args = if args.is_empty() && !bound.is_empty() {
        "bound = \"T: Send\"".to_owned()
    } else {
        format!("{args}{bound}")
    };
    let unchecked = rng.below(3) + 1;
    let field = |rng: &mut Rng, n: usize| {
        let attr = if vouch && n < unchecked { "#[thread_safe(unchecked)] " } else { "" };
        format!("{attr}f{n}: {}", ty(rng, &scope, 3))
    };
    let fields =
        (0..unchecked + rng.below(3)).map(|n| field(rng, n)).collect::<Vec<_>>().join(", ");
    let wc = where_clause(rng, &scope);
    let attr = rng.word(&[
        "",
        "",
        "#[derive(Debug)] ",
        "/// Docs.\n",
        "#[expect(unsafe_code)] ",
        "#[allow(unsafe_code)] ",
    ]);
    let item = if rng.percent(70) {
        format!("{attr}pub struct S{generics}{wc} {{ {fields} }}")
    } else {
        format!("{attr}enum E{generics}{wc} {{ A {{ {fields} }}, B }}")
    };
    (args, item)
}
