//! The span-free view of parsed files that the engine and rules work on: everything here is owned
//! data, so parsing can run in parallel and proc-macro2's per-thread span table can be dropped
//! after each file.

/// A position in a file: 1-based line and column, and the byte range the snippet underlines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Loc {
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// A module path from the crate root (`["batch", "queue"]`); the root is empty.
pub(crate) type ModPath = Vec<String>;

/// A type as written, reduced to what decides Send and Sync.
#[derive(Clone, Debug)]
pub(crate) struct Ty {
    pub(crate) kind: TyKind,
    /// The source text, whitespace collapsed.
    pub(crate) text: String,
    pub(crate) loc: Loc,
}

#[derive(Clone, Debug)]
pub(crate) enum TyKind {
    Path(TyPath),
    RawPtr,
    Ref {
        mutable: bool,
        inner: Box<Ty>,
    },
    /// Tuples, arrays and slices: thread-safe when every element type is.
    Elements(Vec<Ty>),
    TraitObject(Vec<TyPath>),
    /// Fn pointers, `impl Trait`, `!`, `_`, macros, qualified paths: nothing a value of this type
    /// holds can be seen, so the audit assumes it is thread-safe rather than guess.
    Opaque,
}

#[derive(Clone, Debug)]
pub(crate) struct TyPath {
    pub(crate) segments: Vec<String>,
    /// Written with a leading `::`, so it names an external crate.
    pub(crate) global: bool,
    /// Type arguments of the last segment, in order.
    pub(crate) args: Vec<Ty>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Trait {
    Send,
    Sync,
}

impl Trait {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Trait::Send => "Send",
            Trait::Sync => "Sync",
        }
    }
}

/// A struct, enum or union.
#[derive(Debug)]
pub(crate) struct TypeDecl {
    pub(crate) module: ModPath,
    pub(crate) name: String,
    pub(crate) params: Vec<String>,
    pub(crate) fields: Vec<FieldDecl>,
    pub(crate) attribute: Option<ThreadSafeUse>,
}

#[derive(Debug)]
pub(crate) struct FieldDecl {
    /// The field name, or its index for tuple fields; enum fields are `Variant.name`.
    pub(crate) name: String,
    pub(crate) ty: Ty,
}

#[derive(Debug)]
pub(crate) struct AliasDecl {
    pub(crate) module: ModPath,
    pub(crate) name: String,
    pub(crate) params: Vec<String>,
    pub(crate) target: Ty,
}

#[derive(Debug)]
pub(crate) struct TraitDecl {
    pub(crate) module: ModPath,
    pub(crate) name: String,
    pub(crate) supertraits: Vec<TyPath>,
}

/// One name a `use` brings into a module: `use a::b as c;` binds `c` to `a::b`.
#[derive(Debug)]
pub(crate) struct UseDecl {
    pub(crate) module: ModPath,
    pub(crate) binding: UseBinding,
    pub(crate) path: Vec<String>,
    pub(crate) global: bool,
}

#[derive(Debug)]
pub(crate) enum UseBinding {
    Name(String),
    Glob,
}

/// How `#[thread_safe]` treats one trait.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    Checked,
    Vouched(String),
}

/// A `#[thread_safe(...)]` on a type: part of the inventory, and what the audit believes about the
/// type (a named trait holds, whether checked by the compiler or vouched for).
#[derive(Clone, Debug)]
pub(crate) struct ThreadSafeUse {
    pub(crate) subject: String,
    pub(crate) loc: Loc,
    pub(crate) send: Option<Mode>,
    pub(crate) sync: Option<Mode>,
    pub(crate) unchecked_fields: Vec<String>,
}

impl ThreadSafeUse {
    pub(crate) fn mode(&self, tr: Trait) -> Option<&Mode> {
        match tr {
            Trait::Send => self.send.as_ref(),
            Trait::Sync => self.sync.as_ref(),
        }
    }
}

/// What the comments above a hand-written impl say about its safety.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum SafetyComment {
    Missing,
    Placeholder(String),
    Justified(String),
}

/// A generic type parameter of an impl with the trait bounds it gets (inline and in `where`).
#[derive(Debug)]
pub(crate) struct ImplParam {
    pub(crate) name: String,
    pub(crate) bounds: Vec<TyPath>,
    /// Named inside a `where` predicate on another type (`Inner<T>: Send`), which the audit trusts
    /// as a bound it cannot evaluate.
    pub(crate) bounded_indirectly: bool,
}

/// A hand-written `impl Send`/`impl Sync` (unsafe, or negative).
#[derive(Debug)]
pub(crate) struct ImplDecl {
    pub(crate) module: ModPath,
    pub(crate) tr: Trait,
    pub(crate) negative: bool,
    pub(crate) subject: String,
    pub(crate) loc: Loc,
    pub(crate) self_ty: Ty,
    pub(crate) params: Vec<ImplParam>,
    pub(crate) safety: SafetyComment,
}

/// Where a type occurs that may hold an `Arc`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SiteContext {
    Field,
    Signature,
    Alias,
}

/// A field type, fn signature type or alias target, with the scope it is written in.
#[derive(Debug)]
pub(crate) struct TypeSite {
    pub(crate) module: ModPath,
    pub(crate) params: Vec<String>,
    pub(crate) ty: Ty,
    pub(crate) context: SiteContext,
}

/// `Arc::new(StructLiteral { .. })`: `callee` is the path before `::new`.
#[derive(Debug)]
pub(crate) struct ArcNewSite {
    pub(crate) module: ModPath,
    pub(crate) params: Vec<String>,
    pub(crate) callee: TyPath,
    pub(crate) literal: Ty,
    pub(crate) loc: Loc,
}

/// Everything the audit needs from one file.
#[derive(Debug, Default)]
pub(crate) struct FileModel {
    pub(crate) types: Vec<TypeDecl>,
    pub(crate) aliases: Vec<AliasDecl>,
    pub(crate) traits: Vec<TraitDecl>,
    pub(crate) uses: Vec<UseDecl>,
    pub(crate) modules: Vec<ModPath>,
    pub(crate) impls: Vec<ImplDecl>,
    pub(crate) type_sites: Vec<TypeSite>,
    pub(crate) arc_news: Vec<ArcNewSite>,
    /// Mentions `Arc` anywhere (a type, an expression path, an import).
    pub(crate) mentions_arc: bool,
    /// Has an item other than `mod x;`, `use` and `extern crate`: a file that only declares
    /// modules is not counted among the audited files.
    pub(crate) has_code: bool,
}
