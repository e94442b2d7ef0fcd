//! A small seeded generator (SplitMix64): every case is reproducible from the run's seed and its
//! index, with no dependency to compile.

pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64, case: u64) -> Self {
        let mut rng = Self(seed ^ case.wrapping_mul(0xA076_1D64_78BD_642F));
        rng.next();
        rng
    }

    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }

    pub(crate) fn percent(&mut self, chance: usize) -> bool {
        self.below(100) < chance
    }

    pub(crate) fn pick<'a, T>(&mut self, choices: &'a [T]) -> &'a T {
        &choices[self.below(choices.len())]
    }

    pub(crate) fn word(&mut self, choices: &[&'static str]) -> &'static str {
        choices[self.below(choices.len())]
    }

    /// `lo..=hi` items produced by `make`, joined by `sep`.
    pub(crate) fn list(
        &mut self,
        lo: usize,
        hi: usize,
        sep: &str,
        mut make: impl FnMut(&mut Self) -> String,
    ) -> String {
        let n = lo + self.below(hi - lo + 1);
        (0..n).map(|_| make(self)).collect::<Vec<_>>().join(sep)
    }
}
