//! Walks a parsed file once and keeps what the rules need, as owned data.

use syn::spanned::Spanned;
use syn::visit::{self, Visit};

use super::{attr, comments, span, ty};
use crate::model::{
    AliasDecl, ArcNewSite, FieldDecl, FileModel, ImplDecl, ImplParam, Loc, ModPath, SiteContext,
    Trait, TraitDecl, Ty, TyKind, TyPath, TypeDecl, TypeSite, UseBinding, UseDecl,
};

pub(crate) fn collect(file: &syn::File, source: &str, module: ModPath) -> FileModel {
    let mut collector = Collector {
        lines: source.lines().collect(),
        module,
        params: Vec::new(),
        self_ty: None,
        model: FileModel { has_code: file.items.iter().any(is_code), ..FileModel::default() },
    };
    collector.visit_file(file);
    collector.model
}

fn is_code(item: &syn::Item) -> bool {
    match item {
        syn::Item::Use(_) | syn::Item::ExternCrate(_) => false,
        syn::Item::Mod(module) => module.content.is_some(),
        _ => true,
    }
}

struct Collector<'s> {
    lines: Vec<&'s str>,
    module: ModPath,
    /// Generic type parameters in scope: they count as thread-safe.
    params: Vec<String>,
    self_ty: Option<Ty>,
    model: FileModel,
}

impl Collector<'_> {
    fn with_generics(&mut self, generics: &syn::Generics, visit: impl FnOnce(&mut Self)) {
        let depth = self.params.len();
        self.params.extend(generics.type_params().map(|param| param.ident.to_string()));
        visit(self);
        self.params.truncate(depth);
    }

    fn with_self_ty(&mut self, self_ty: Option<Ty>, visit: impl FnOnce(&mut Self)) {
        let saved = std::mem::replace(&mut self.self_ty, self_ty);
        visit(self);
        self.self_ty = saved;
    }

    fn site(&mut self, ty: Ty, context: SiteContext) {
        self.model.type_sites.push(TypeSite {
            module: self.module.clone(),
            params: self.params.clone(),
            ty,
            context,
        });
    }

    /// A struct, enum or union: its fields, its own type (for `Self`) and its attribute.
    fn record_type(
        &mut self,
        attrs: &[syn::Attribute],
        ident: &syn::Ident,
        generics: &syn::Generics,
        fields: &[(String, &syn::Field)],
    ) {
        self.with_generics(generics, |this| {
            let own = own_type(ident, generics);
            let mut decls = Vec::with_capacity(fields.len());
            this.with_self_ty(Some(own), |this| {
                for (name, field) in fields {
                    let field_ty = ty::convert(&field.ty, this.self_ty.as_ref());
                    this.site(field_ty.clone(), SiteContext::Field);
                    decls.push(FieldDecl { name: name.clone(), ty: field_ty });
                }
            });
            let syn_fields: Vec<&syn::Field> = fields.iter().map(|(_, field)| *field).collect();
            let attribute = attr::thread_safe_use(
                attrs,
                ident.to_string(),
                span::loc(ident.span()),
                &syn_fields,
            );
            this.model.types.push(TypeDecl {
                module: this.module.clone(),
                name: ident.to_string(),
                params: generics.type_params().map(|param| param.ident.to_string()).collect(),
                fields: decls,
                attribute,
            });
        });
    }

    fn record_impl(&mut self, item: &syn::ItemImpl, self_ty: &Ty) {
        let Some((trait_path, _)) = &item.trait_ else { return };
        let tr = match trait_path.segments.last().map(|segment| segment.ident.to_string()) {
            Some(name) if name == "Send" => Trait::Send,
            Some(name) if name == "Sync" => Trait::Sync,
            _ => return,
        };
        let negative = item.modifiers.polarity.is_some();
        if item.unsafety.is_none() && !negative {
            return;
        }
        let start =
            span::loc(item.unsafety.as_ref().map_or(item.impl_token.span, |token| token.span));
        let loc = Loc { end: span::loc(item.self_ty.span()).end.max(start.start), ..start };
        let first_line =
            item.attrs.iter().map(|attr| span::loc(attr.span()).line).fold(start.line, usize::min);
        let last_line = span::loc(item.brace_token.span.close()).line;
        let polarity = if negative { "!" } else { "" };
        self.model.impls.push(ImplDecl {
            module: self.module.clone(),
            tr,
            negative,
            subject: format!("{polarity}{} for {}", span::text(trait_path.span()), self_ty.text),
            loc,
            self_ty: self_ty.clone(),
            params: impl_params(&item.generics),
            safety: comments::safety_comment(&self.lines, first_line, start.line, last_line),
        });
    }

    fn record_use(&mut self, tree: &syn::UseTree, prefix: &mut Vec<String>, global: bool) {
        let bind = |this: &mut Self, binding: UseBinding, path: Vec<String>| {
            this.model.uses.push(UseDecl { module: this.module.clone(), binding, path, global });
        };
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.to_string());
                self.record_use(&path.tree, prefix, global);
                prefix.pop();
            }
            syn::UseTree::Name(name) if name.ident == "self" => {
                if let Some(last) = prefix.last() {
                    bind(self, UseBinding::Name(last.clone()), prefix.clone());
                }
            }
            syn::UseTree::Name(name) => {
                let mut path = prefix.clone();
                path.push(name.ident.to_string());
                bind(self, UseBinding::Name(name.ident.to_string()), path);
            }
            syn::UseTree::Rename(rename) if rename.rename != "_" => {
                let mut path = prefix.clone();
                if rename.ident != "self" {
                    path.push(rename.ident.to_string());
                }
                bind(self, UseBinding::Name(rename.rename.to_string()), path);
            }
            syn::UseTree::Glob(_) => bind(self, UseBinding::Glob, prefix.clone()),
            // `use a::b as _;` binds no name.
            syn::UseTree::Rename(_) => {}
            syn::UseTree::Group(group) => {
                for tree in &group.items {
                    self.record_use(tree, prefix, global);
                }
            }
        }
    }

    fn record_arc_new(&mut self, call: &syn::ExprCall) {
        let syn::Expr::Path(func) = &*call.func else { return };
        let segments = &func.path.segments;
        if func.qself.is_some() || call.args.len() != 1 || segments.len() < 2 {
            return;
        }
        if segments.last().is_none_or(|segment| segment.ident != "new") {
            return;
        }
        let mut arg = &call.args[0];
        while let syn::Expr::Paren(inner) = arg {
            arg = &inner.expr;
        }
        let syn::Expr::Struct(literal) = arg else { return };
        if literal.qself.is_some() {
            return;
        }
        let callee = TyPath {
            segments: segments
                .iter()
                .take(segments.len() - 1)
                .map(|s| s.ident.to_string())
                .collect(),
            global: func.path.leading_colon.is_some(),
            args: Vec::new(),
        };
        let literal_ty = ty::literal_ty(&literal.path, self.self_ty.as_ref());
        let start = span::loc(call.span());
        let loc = Loc { end: span::loc(literal.path.span()).end.max(start.start), ..start };
        self.model.arc_news.push(ArcNewSite {
            module: self.module.clone(),
            params: self.params.clone(),
            callee,
            literal: literal_ty,
            loc,
        });
    }
}

/// `Name<T, U>`, the type `Self` stands for inside the item.
fn own_type(ident: &syn::Ident, generics: &syn::Generics) -> Ty {
    let loc = span::loc(ident.span());
    let args: Vec<Ty> = generics
        .type_params()
        .map(|param| Ty {
            kind: TyKind::Path(TyPath {
                segments: vec![param.ident.to_string()],
                global: false,
                args: Vec::new(),
            }),
            text: param.ident.to_string(),
            loc,
        })
        .collect();
    let names: Vec<&str> = args.iter().map(|arg| arg.text.as_str()).collect();
    let text =
        if names.is_empty() { ident.to_string() } else { format!("{ident}<{}>", names.join(", ")) };
    Ty {
        kind: TyKind::Path(TyPath { segments: vec![ident.to_string()], global: false, args }),
        text,
        loc,
    }
}

/// The impl's type parameters with their bounds from both the parameter list and `where`.
fn impl_params(generics: &syn::Generics) -> Vec<ImplParam> {
    let mut params: Vec<ImplParam> = generics
        .type_params()
        .map(|param| ImplParam {
            name: param.ident.to_string(),
            bounds: ty::trait_bounds(&param.bounds),
            bounded_indirectly: false,
        })
        .collect();
    let predicates = generics.where_clause.iter().flat_map(|clause| &clause.predicates);
    for predicate in predicates {
        let syn::WherePredicate::Type(predicate) = predicate else { continue };
        let bounds = ty::trait_bounds(&predicate.bounds);
        let bounded = span::text(predicate.bounded_ty.span());
        for param in &mut params {
            if bounded == param.name {
                param.bounds.extend(bounds.iter().cloned());
            } else if !bounds.is_empty() && mentions_ident(&bounded, &param.name) {
                param.bounded_indirectly = true;
            }
        }
    }
    params
}

fn mentions_ident(text: &str, ident: &str) -> bool {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|word| word == ident)
}

fn field_name(index: usize, field: &syn::Field) -> String {
    field.ident.as_ref().map_or_else(|| index.to_string(), ToString::to_string)
}

impl<'ast> Visit<'ast> for Collector<'_> {
    fn visit_item_struct(&mut self, item: &'ast syn::ItemStruct) {
        let fields: Vec<_> =
            item.fields.iter().enumerate().map(|(i, f)| (field_name(i, f), f)).collect();
        self.record_type(&item.attrs, &item.ident, &item.generics, &fields);
        visit::visit_item_struct(self, item);
    }

    fn visit_item_enum(&mut self, item: &'ast syn::ItemEnum) {
        let fields: Vec<_> = item
            .variants
            .iter()
            .flat_map(|variant| {
                variant.fields.iter().enumerate().map(move |(i, field)| {
                    (format!("{}.{}", variant.ident, field_name(i, field)), field)
                })
            })
            .collect();
        self.record_type(&item.attrs, &item.ident, &item.generics, &fields);
        visit::visit_item_enum(self, item);
    }

    fn visit_item_union(&mut self, item: &'ast syn::ItemUnion) {
        let fields: Vec<_> =
            item.fields.named.iter().enumerate().map(|(i, f)| (field_name(i, f), f)).collect();
        self.record_type(&item.attrs, &item.ident, &item.generics, &fields);
        visit::visit_item_union(self, item);
    }

    fn visit_item_type(&mut self, item: &'ast syn::ItemType) {
        self.with_generics(&item.generics, |this| {
            let target = ty::convert(&item.ty, None);
            this.site(target.clone(), SiteContext::Alias);
            this.model.aliases.push(AliasDecl {
                module: this.module.clone(),
                name: item.ident.to_string(),
                params: item.generics.type_params().map(|param| param.ident.to_string()).collect(),
                target,
            });
            visit::visit_item_type(this, item);
        });
    }

    fn visit_item_trait(&mut self, item: &'ast syn::ItemTrait) {
        self.model.traits.push(TraitDecl {
            module: self.module.clone(),
            name: item.ident.to_string(),
            supertraits: ty::trait_bounds(&item.supertraits),
        });
        self.with_generics(&item.generics, |this| {
            this.with_self_ty(None, |this| visit::visit_item_trait(this, item));
        });
    }

    fn visit_item_impl(&mut self, item: &'ast syn::ItemImpl) {
        self.with_generics(&item.generics, |this| {
            let self_ty = ty::convert(&item.self_ty, None);
            this.record_impl(item, &self_ty);
            this.with_self_ty(Some(self_ty), |this| visit::visit_item_impl(this, item));
        });
    }

    fn visit_signature(&mut self, sig: &'ast syn::Signature) {
        self.with_generics(&sig.generics, |this| {
            for input in &sig.inputs {
                match input {
                    syn::FnArg::Typed(typed) => {
                        let input_ty = ty::convert(&typed.ty, this.self_ty.as_ref());
                        this.site(input_ty, SiteContext::Signature);
                    }
                    syn::FnArg::Receiver(receiver) => {
                        if let syn::ReceiverKind::Typed(_, receiver_ty) = &receiver.kind {
                            let input_ty = ty::convert(receiver_ty, this.self_ty.as_ref());
                            this.site(input_ty, SiteContext::Signature);
                        }
                    }
                }
            }
            if let syn::ReturnType::Type(_, output) = &sig.output {
                let output_ty = ty::convert(output, this.self_ty.as_ref());
                this.site(output_ty, SiteContext::Signature);
            }
            visit::visit_signature(this, sig);
        });
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        self.record_use(&item.tree, &mut Vec::new(), item.leading_colon.is_some());
        visit::visit_item_use(self, item);
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        self.module.push(item.ident.to_string());
        self.model.modules.push(self.module.clone());
        if item.content.is_some() {
            visit::visit_item_mod(self, item);
        }
        self.module.pop();
    }

    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        self.record_arc_new(call);
        visit::visit_expr_call(self, call);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        if path.segments.iter().any(|segment| segment.ident == "Arc") {
            self.model.mentions_arc = true;
        }
        visit::visit_path(self, path);
    }

    fn visit_use_name(&mut self, name: &'ast syn::UseName) {
        self.model.mentions_arc |= name.ident == "Arc";
    }

    fn visit_use_rename(&mut self, rename: &'ast syn::UseRename) {
        self.model.mentions_arc |= rename.ident == "Arc";
    }
}
