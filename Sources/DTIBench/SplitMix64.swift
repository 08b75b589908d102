import DTIKit
/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny, fast, deterministic
/// pseudo-random generator. The benchmark's synthetic data comes from it, so
/// that every run on every machine writes the very same bytes.
///
/// Not for anything secret: only for reproducible test data.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose whole sequence is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// A generator for one item among many (one table, one unit), independent
    /// of the order in which items are generated: its seed is `seed` mixed
    /// with every part of the item's key.
    public init(seed: UInt64, _ key: UInt64...) {
        var mixed = SplitMix64.mix(seed)
        for part in key { mixed = SplitMix64.mix(mixed ^ SplitMix64.mix(part &+ 0x632B_E59B_D9B4_E019)) }
        state = mixed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// A uniform value in `[0, 1)` with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// A uniform value in `[low, high)`.
    public mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * unit()
    }

    /// The SplitMix64 finalizer: a bijective scramble of 64 bits.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
