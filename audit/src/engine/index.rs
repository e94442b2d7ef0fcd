//! One crate's items and scopes, and resolution of the paths written in them.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};

use crate::model::{
    AliasDecl, FileModel, ImplDecl, ModPath, Trait, TraitDecl, TyKind, TyPath, TypeDecl, UseBinding,
};

/// What a path names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Resolved {
    Type(usize),
    Alias(usize),
    Trait(usize),
    Module(ModPath),
    /// A path outside the crate (std, another crate, the prelude), as far as it is known.
    External(Vec<String>),
    /// An associated type or something else the audit cannot see into.
    Opaque,
}

#[derive(Clone, Copy, Debug)]
enum Item {
    Type(usize),
    Alias(usize),
    Trait(usize),
    Module,
}

#[derive(Default)]
struct Scope<'m> {
    items: HashMap<&'m str, Item>,
    uses: HashMap<&'m str, (&'m [String], bool)>,
    globs: Vec<(&'m [String], bool)>,
}

/// One resolution gives up after this many scope lookups: re-export cycles and crates that
/// glob-import modules into each other (`pub use self::x::*;` in bindings) would otherwise make
/// it exponential.
const MAX_LOOKUPS: usize = 64;

type MemoKey = (Vec<String>, Vec<String>, bool);

pub(crate) struct CrateIndex<'m> {
    pub(crate) types: Vec<&'m TypeDecl>,
    pub(crate) aliases: Vec<&'m AliasDecl>,
    pub(crate) traits: Vec<&'m TraitDecl>,
    modules: HashMap<&'m [String], Scope<'m>>,
    /// The first segment of every module path: one per crate of the audited tree.
    roots: HashSet<&'m str>,
    /// Items by name, with the crate root they belong to.
    by_name: HashMap<&'m str, Vec<(Item, &'m str)>>,
    impls: HashMap<(usize, Trait), Vec<&'m ImplDecl>>,
    /// The same paths are resolved in the same modules again and again (`String`, `Vec`).
    memo: RefCell<HashMap<MemoKey, Resolved>>,
}

impl<'m> CrateIndex<'m> {
    /// `files` are the crate's files, each with its module path.
    pub(crate) fn build(files: &[(&'m ModPath, &'m FileModel)]) -> Self {
        let mut index = CrateIndex {
            types: Vec::new(),
            aliases: Vec::new(),
            traits: Vec::new(),
            modules: HashMap::new(),
            roots: HashSet::new(),
            by_name: HashMap::new(),
            impls: HashMap::new(),
            memo: RefCell::new(HashMap::new()),
        };
        for (module, file) in files {
            index.roots.extend(module.first().map(String::as_str));
            index.declare_module(module);
            for declared in &file.modules {
                index.declare_module(declared);
            }
            for decl in &file.types {
                index.add_item(&decl.module, &decl.name, Item::Type(index.types.len()));
                index.types.push(decl);
            }
            for decl in &file.aliases {
                index.add_item(&decl.module, &decl.name, Item::Alias(index.aliases.len()));
                index.aliases.push(decl);
            }
            for decl in &file.traits {
                index.add_item(&decl.module, &decl.name, Item::Trait(index.traits.len()));
                index.traits.push(decl);
            }
            for decl in &file.uses {
                let scope = index.modules.entry(&decl.module).or_default();
                match &decl.binding {
                    UseBinding::Name(name) => {
                        scope.uses.insert(name, (&decl.path, decl.global));
                    }
                    UseBinding::Glob => scope.globs.push((&decl.path, decl.global)),
                }
            }
        }
        for (_, file) in files {
            for decl in &file.impls {
                if let TyKind::Path(path) = &decl.self_ty.kind {
                    if let Resolved::Type(id) = index.resolve(&decl.module, path) {
                        index.impls.entry((id, decl.tr)).or_default().push(decl);
                    }
                }
            }
        }
        index
    }

    fn declare_module(&mut self, module: &'m [String]) {
        self.modules.entry(module).or_default();
        for depth in 1..=module.len() {
            let parent = &module[..depth - 1];
            let name = &module[depth - 1];
            self.modules.entry(parent).or_default().items.entry(name).or_insert(Item::Module);
            self.modules.entry(&module[..depth]).or_default();
        }
    }

    fn add_item(&mut self, module: &'m [String], name: &'m str, item: Item) {
        self.modules.entry(module).or_default().items.insert(name, item);
        let root = module.first().map_or("", String::as_str);
        self.by_name.entry(name).or_default().push((item, root));
    }

    /// The hand-written impls of `tr` for local type `id` (negative ones included).
    pub(crate) fn impls(&self, id: usize, tr: Trait) -> &[&'m ImplDecl] {
        self.impls.get(&(id, tr)).map_or(&[], Vec::as_slice)
    }

    /// Resolves `path` as written in `module` (generic parameters are the caller's business).
    pub(crate) fn resolve(&self, module: &[String], path: &TyPath) -> Resolved {
        let key = (module.to_vec(), path.segments.clone(), path.global);
        if let Some(known) = self.memo.borrow().get(&key) {
            return known.clone();
        }
        let budget = Cell::new(MAX_LOOKUPS);
        let resolved = self.resolve_segments(module, &path.segments, path.global, &budget);
        self.memo.borrow_mut().insert(key, resolved.clone());
        resolved
    }

    fn resolve_segments(
        &self,
        module: &[String],
        segments: &[String],
        global: bool,
        budget: &Cell<usize>,
    ) -> Resolved {
        let Some((first, rest)) = segments.split_first() else { return Resolved::Opaque };
        let other_crate = self.roots.contains(first.as_str());
        if global && !other_crate {
            return Resolved::External(segments.to_vec());
        }
        if budget.get() == 0 {
            return Resolved::Opaque;
        }
        let start = match first.as_str() {
            _ if global => Some(Resolved::Module(vec![first.clone()])),
            "crate" => Some(Resolved::Module(module.iter().take(1).cloned().collect())),
            "self" => Some(Resolved::Module(module.to_vec())),
            "super" => Some(Resolved::Module(parent(module))),
            _ => self.lookup(module, first, budget),
        };
        let start = start.or_else(|| other_crate.then(|| Resolved::Module(vec![first.clone()])));
        let Some(mut current) = start else {
            // An unknown first segment of a longer path is most likely another crate's name.
            let local = if rest.is_empty() { self.by_unique_name(module, segments) } else { None };
            return local.unwrap_or_else(|| Resolved::External(segments.to_vec()));
        };
        for segment in rest {
            current = match current {
                Resolved::Module(inner) if segment == "super" => Resolved::Module(parent(&inner)),
                Resolved::Module(inner) => match self.lookup(&inner, segment, budget) {
                    Some(found) => found,
                    None => {
                        return self.by_unique_name(module, segments).unwrap_or(Resolved::Opaque)
                    }
                },
                Resolved::External(mut path) => {
                    path.push(segment.clone());
                    Resolved::External(path)
                }
                Resolved::Type(_) | Resolved::Alias(_) | Resolved::Trait(_) | Resolved::Opaque => {
                    return Resolved::Opaque
                }
            };
        }
        current
    }

    /// `name` in the scope of `module`: its items, its imports, then its glob imports.
    fn lookup(&self, module: &[String], name: &str, budget: &Cell<usize>) -> Option<Resolved> {
        budget.set(budget.get().checked_sub(1)?);
        let scope = self.modules.get(module)?;
        if let Some(item) = scope.items.get(name) {
            return Some(match *item {
                Item::Type(id) => Resolved::Type(id),
                Item::Alias(id) => Resolved::Alias(id),
                Item::Trait(id) => Resolved::Trait(id),
                Item::Module => {
                    let mut path = module.to_vec();
                    path.push(name.to_owned());
                    Resolved::Module(path)
                }
            });
        }
        if let Some((path, global)) = scope.uses.get(name) {
            return Some(self.resolve_segments(module, path, *global, budget));
        }
        scope.globs.iter().find_map(|(path, global)| {
            match self.resolve_segments(module, path, *global, budget) {
                Resolved::Module(inner) if inner.as_slice() != module => {
                    self.lookup(&inner, name, budget)
                }
                _ => None,
            }
        })
    }

    /// When a path cannot be followed (a module file outside the tree, an item declared in a fn
    /// body), a crate-wide unique type, alias or trait of the same last name is taken.
    fn by_unique_name(&self, module: &[String], segments: &[String]) -> Option<Resolved> {
        let first = segments.first()?;
        if matches!(first.as_str(), "std" | "core" | "alloc") {
            return None;
        }
        let root = module.first().map_or("", String::as_str);
        let mut same_crate =
            self.by_name.get(segments.last()?.as_str())?.iter().filter(|(_, r)| *r == root);
        let found = match (same_crate.next(), same_crate.next()) {
            (Some((item, _)), None) => *item,
            _ => return None,
        };
        match found {
            Item::Type(id) => Some(Resolved::Type(id)),
            Item::Alias(id) => Some(Resolved::Alias(id)),
            Item::Trait(id) => Some(Resolved::Trait(id)),
            Item::Module => None,
        }
    }
}

/// The parent module; the crate root (the first segment) is its own parent.
fn parent(module: &[String]) -> ModPath {
    module[..module.len().saturating_sub(1).max(1).min(module.len())].to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax;

    fn parse(source: &str, module: &[&str]) -> (ModPath, FileModel) {
        let module: ModPath = module.iter().map(|s| (*s).to_owned()).collect();
        let model = syntax::parse(source, module.clone()).unwrap();
        (module, model)
    }

    fn path(text: &str) -> TyPath {
        TyPath {
            segments: text.split("::").map(str::to_owned).collect(),
            global: false,
            args: Vec::new(),
        }
    }

    #[test]
    fn follows_modules_renames_and_globs() {
        let root = parse("mod a; use a::Inner as Renamed; use b::*; mod b;", &["c"]);
        let a = parse("pub struct Inner;", &["c", "a"]);
        let b = parse("pub struct FromGlob; pub type Alias = u8;", &["c", "b"]);
        let files = [(&root.0, &root.1), (&a.0, &a.1), (&b.0, &b.1)];
        let index = CrateIndex::build(&files);
        assert_eq!(index.resolve(&root.0, &path("Renamed")), Resolved::Type(0));
        assert_eq!(index.resolve(&root.0, &path("a::Inner")), Resolved::Type(0));
        assert_eq!(index.resolve(&b.0, &path("super::a::Inner")), Resolved::Type(0));
        assert_eq!(index.resolve(&root.0, &path("FromGlob")), Resolved::Type(1));
        assert_eq!(index.resolve(&a.0, &path("crate::b::Alias")), Resolved::Alias(0));
        assert_eq!(
            index.resolve(&root.0, &path("std::rc::Rc")),
            Resolved::External(vec!["std".into(), "rc".into(), "Rc".into()])
        );
    }

    #[test]
    fn a_use_cycle_does_not_loop() {
        let root = parse("use a::X; mod a { pub use super::X; }", &["c"]);
        let files = [(&root.0, &root.1)];
        let index = CrateIndex::build(&files);
        assert_eq!(index.resolve(&root.0, &path("X")), Resolved::Opaque);
    }

    #[test]
    fn another_crate_of_the_tree_is_named_by_its_root() {
        let app = parse("use lib_crate::Shared; pub struct App;", &["app"]);
        let lib = parse("pub struct Shared; pub mod inner { pub struct Deep; }", &["lib_crate"]);
        let files = [(&app.0, &app.1), (&lib.0, &lib.1)];
        let index = CrateIndex::build(&files);
        assert_eq!(index.resolve(&app.0, &path("Shared")), Resolved::Type(1));
        assert_eq!(index.resolve(&app.0, &path("lib_crate::inner::Deep")), Resolved::Type(2));
        assert_eq!(index.resolve(&lib.0, &path("crate::Shared")), Resolved::Type(1));
        // A name of another crate that is not imported is not guessed.
        assert_eq!(index.resolve(&app.0, &path("Deep")), Resolved::External(vec!["Deep".into()]));
    }
}
