"""The user crate being benchmarked, as data: N types drawn from a fixed, seeded mix.

The three versions (annotated, hand-checked, hand-written floor) are rendered from this one
model by `render.py`, so they differ only in how thread safety is claimed and checked.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

BOTH = ("Send", "Sync")
SEND = ("Send",)


@dataclass(frozen=True)
class FieldType:
    ty: str
    ctor: str  # an expression of this type, so that `main` can build values
    arc_inners: tuple[str, ...] = ()


@dataclass
class Field:
    name: str | None  # None in a tuple variant
    ty: FieldType
    unchecked: bool = False


@dataclass
class Variant:
    name: str
    fields: list[Field]
    named: bool


@dataclass
class TypeDef:
    name: str
    generic: bool
    variants: list[Variant] | None  # None for a struct
    fields: list[Field]  # a struct's fields; empty for an enum
    checked: tuple[str, ...]  # traits checked (check mode)
    vouched: dict[str, str]  # trait -> reason (vouch mode)
    one_reason: bool = True  # `reason = ".."` rather than `send = "..", sync = ".."`
    all_fields: list[Field] = field(default_factory=list)

    @property
    def params(self) -> str:
        return "<T>" if self.generic else ""

    @property
    def traits(self) -> tuple[str, ...]:
        """The traits the type claims: `main` may only use these."""
        return tuple(t for t in BOTH if t in self.checked or t in self.vouched)


def _t(ty: str, ctor: str, *inners: str) -> FieldType:
    return FieldType(ty, ctor, inners)


# Send + Sync field types with no type parameter.
CONCRETE = [
    _t("u32", "0"),
    _t("u64", "0"),
    _t("String", "String::new()"),
    _t("Vec<u8>", "Vec::new()"),
    _t("Option<Box<str>>", "None"),
    _t("AtomicUsize", "AtomicUsize::new(0)"),
    _t("Arc<Mutex<Vec<u32>>>", "Arc::default()", "Mutex<Vec<u32>>"),
    _t("Arc<str>", 'Arc::from("")', "str"),
    _t("HashMap<u32, String>", "HashMap::new()"),
    _t("Vec<Arc<RwLock<String>>>", "Vec::new()", "RwLock<String>"),
    _t("Option<Arc<AtomicU64>>", "None", "AtomicU64"),
    _t("[u16; 4]", "[0; 4]"),
    _t("(u8, String)", "(0, String::new())"),
    _t("Box<dyn Fn() -> u32 + Send + Sync>", "Box::new(|| 0)"),
    _t("Mutex<Option<u64>>", "Mutex::new(None)"),
    _t("&'static str", '""'),
]

# Send but not Sync: only in types checked for Send alone.
SEND_ONLY = [
    _t("Cell<u32>", "Cell::new(0)"),
    _t("RefCell<Vec<u8>>", "RefCell::new(Vec::new())"),
]

# Field types of a generic type, naming its parameter `T`.
GENERIC = [
    _t("Vec<T>", "Vec::new()"),
    _t("Option<T>", "None"),
    _t("Arc<Mutex<Vec<T>>>", "Arc::default()", "Mutex<Vec<T>>"),
    _t("HashMap<u32, T>", "HashMap::new()"),
    _t("PhantomData<T>", "PhantomData"),
    _t("Option<Box<T>>", "None"),
    _t("Vec<Arc<T>>", "Vec::new()", "T"),
]

# Neither Send nor Sync: what a vouch covers, as an unchecked field.
RAW = [
    _t("*mut u8", "::core::ptr::null_mut()"),
    _t("NonNull<u64>", "NonNull::dangling()"),
    _t("*const [u32; 4]", "::core::ptr::null()"),
]
RAW_GENERIC = [
    _t("*const T", "::core::ptr::null()"),
    _t("NonNull<T>", "NonNull::dangling()"),
]

REASONS = [
    "the pointer is only dereferenced while the pool's mutex is held",
    "the buffer is owned by this value and freed only in its Drop impl",
    "the handle is read-only after construction and never aliased mutably",
    "the allocation is never shared: the pointer moves with its owner",
]

# One cycle of the mix: half check mode, half vouch mode; generic types and enums in both.
KINDS = [
    "struct_check",
    "struct_vouch",
    "generic_check",
    "enum_check",
    "struct_vouch_each",
    "generic_vouch",
    "enum_vouch",
    "struct_check_send",
]


def build(n: int) -> list[TypeDef]:
    """The N types of the user crate; the same N always gives the same crate."""
    rng = random.Random(n)
    types: list[TypeDef] = []
    shareable: list[str] = []  # earlier concrete Send + Sync types, for fields that nest them
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        t = _make(kind, i, rng, shareable)
        types.append(t)
        if not t.generic and t.traits == BOTH:
            shareable.append(t.name)
    return types


def _make(kind: str, i: int, rng: random.Random, shareable: list[str]) -> TypeDef:
    count = rng.randint(4, 8)
    generic = kind.startswith("generic")
    vouch = "vouch" in kind
    pool = CONCRETE + _nested(rng, shareable)
    if kind == "struct_check_send":
        pool = pool + SEND_ONLY
    tys = [rng.choice(pool) for _ in range(count)]
    if generic:
        for k in rng.sample(range(count), 2):
            tys[k] = rng.choice(GENERIC)
    if vouch:
        tys[rng.randrange(count)] = rng.choice(RAW_GENERIC if generic else RAW)
    raw = set(RAW + RAW_GENERIC)
    fields = [Field(f"f{k}", ty, unchecked=ty in raw) for k, ty in enumerate(tys)]
    reason = REASONS[i % len(REASONS)]
    checked = SEND if kind == "struct_check_send" else (() if vouch else BOTH)
    one_reason = kind != "struct_vouch_each"
    vouched = {t: reason if one_reason else f"{reason} ({t})" for t in BOTH} if vouch else {}
    prefix = "E" if kind.startswith("enum") else ("G" if generic else "S")
    t = TypeDef(
        name=f"{prefix}{i}",
        generic=generic,
        variants=None,
        fields=fields,
        checked=checked,
        vouched=vouched,
        one_reason=one_reason,
    )
    if kind.startswith("enum"):
        t.variants = _split_into_variants(fields, rng)
        t.fields = []
    t.all_fields = fields
    return t


def _nested(rng: random.Random, shareable: list[str]) -> list[FieldType]:
    """Fields that hold an earlier type of the crate, so checks meet real trait solving."""
    if not shareable:
        return []
    other = rng.choice(shareable[-40:])
    return [_t(f"Vec<{other}>", "Vec::new()"), _t(f"Option<Arc<{other}>>", "None", other)]


def _split_into_variants(fields: list[Field], rng: random.Random) -> list[Variant]:
    cut = rng.randint(1, len(fields) - 1)
    first = [Field(None, f.ty, f.unchecked) for f in fields[:cut]]
    return [
        Variant("V0", first, named=False),
        Variant("V1", fields[cut:], named=True),
        Variant("Empty", [], named=False),
    ]
