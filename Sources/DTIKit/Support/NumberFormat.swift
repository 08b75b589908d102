/// Hand-written number formatting for every number the site prints.
///
/// `String(format:)` and `NumberFormatter` are slow on Linux and locale
/// dependent; here every number is rounded in integer arithmetic, so
/// `0.30000000000000004` can never reach a page or an SVG coordinate.
public enum NumberFormat {
    /// The decimal separator used for Vietnamese display (`233,06`).
    public static let comma: UInt8 = UInt8(ascii: ",")
    /// The decimal separator used in open data and SVG (`233.06`).
    public static let dot: UInt8 = UInt8(ascii: ".")


    /// Appends `value` in decimal.
    public static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        withScratch { scratch in
            let n = writeInteger(value, to: scratch)
            bytes.append(contentsOf: UnsafeBufferPointer(start: scratch, count: n))
        }
    }

    /// Appends `value` rounded half away from zero to `decimals` places.
    ///
    /// - Parameters:
    ///   - fixed: when true, trailing zeros are kept (`0,7200`); when false
    ///     they are dropped together with a bare separator (`12.5`, `12`).
    ///   - separator: `comma` for display, `dot` for data and SVG.
    public static func append(_ value: Double, decimals: Int, fixed: Bool,
                              separator: UInt8, to bytes: inout [UInt8]) {
        withScratch { scratch in
            let n = write(value, decimals: decimals, fixed: fixed, separator: separator, to: scratch)
            bytes.append(contentsOf: UnsafeBufferPointer(start: scratch, count: n))
        }
    }

    /// The most bytes `write` or `writeInteger` produce for one number.
    static let longest = 48

    /// Runs `body` with `longest` (48) bytes of stack scratch space: enough for any Int64
    /// or any number this formatter writes.
    @inline(__always)
    static func withScratch<T>(_ body: (UnsafeMutablePointer<UInt8>) -> T) -> T {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longest) { body($0.baseAddress!) }
    }

    /// Writes `value` in decimal at `out`; returns the number of bytes.
    static func writeInteger(_ value: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var n = 0
        if value < 0 { out[0] = UInt8(ascii: "-"); n = 1 }
        return n + writeMagnitude(value.magnitude, to: out + n)
    }

    /// "00" through "99": two digits per division by a hundred.
    private static let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

    private static func writeMagnitude(_ value: UInt, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if value < 10 { out[0] = UInt8(truncatingIfNeeded: value) &+ 48; return 1 }
        // Count the digits (most numbers have two to four), then write them
        // backwards in place, two per division by a hundred: no reversal,
        // and no copy from a scratch buffer (a call to memmove each).
        var count = 2
        var power: UInt = 100
        while value >= power {
            count &+= 1
            if power > UInt.max / 10 { break }
            power &*= 10
        }
        let pairs = digitPairs.utf8Start
        var end = out + count
        var rest = value
        while rest >= 100 {
            let q = rest / 100
            let r = Int(truncatingIfNeeded: rest &- q &* 100) &* 2
            end -= 2
            end[0] = pairs[r]; end[1] = pairs[r &+ 1]
            rest = q
        }
        if rest >= 10 {
            let r = Int(truncatingIfNeeded: rest) &* 2
            end -= 2
            end[0] = pairs[r]; end[1] = pairs[r &+ 1]
        } else {
            end -= 1
            end[0] = UInt8(truncatingIfNeeded: rest) &+ 48
        }
        return count
    }

    /// 10^places for 0...6, without an array lookup.
    @inline(__always)
    private static func scale(_ places: Int) -> Double {
        switch places {
        case 0: return 1
        case 1: return 10
        case 2: return 100
        case 3: return 1_000
        case 4: return 10_000
        case 5: return 100_000
        default: return 1_000_000
        }
    }

    /// Writes `value` rounded half away from zero at `out`; returns the byte count.
    static func write(_ value: Double, decimals: Int, fixed: Bool, separator: UInt8, to out: UnsafeMutablePointer<UInt8>) -> Int {
        guard value.isFinite else {
            let text: StaticString = value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞")
            out.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
            return text.utf8CodeUnitCount
        }
        // Whole numbers (most SVG coordinates) round to themselves: written
        // as integers, as the general path below would write them trimmed.
        // (Tested by converting to Int and back: `rounded(.towardZero)` is a
        // call to libm's trunc on the baseline x86-64 target.)
        if !fixed, abs(value) < 9.0e15, Double(Int(value)) == value { return writeInteger(Int(value), to: out) }
        let places = max(0, min(decimals, 6))
        let scale = Self.scale(places)
        // Nudge by a tiny relative epsilon so that values such as 0.125 or
        // 2.675, stored slightly below their decimal, still round half up;
        // capped at a thousandth of the last place, which is still above the
        // representation error there, so that large values keep their digits
        // (123456789,123456 at 6 places gained 123 millionths uncapped).
        let exact = abs(value) * scale
        let scaled = exact + Swift.min(exact * 1e-12, 0.001)
        guard scaled < 9.0e15 else { return writeLarge(value, separator: separator, to: out) }
        // Half away from zero without a call to libm's round: below 2^53 the
        // whole part converts exactly and the fraction subtracts exactly.
        let whole = UInt(scaled)
        let units = scaled - Double(whole) >= 0.5 ? whole + 1 : whole
        guard Double(units) < 9.0e15 else { return writeLarge(value, separator: separator, to: out) }
        var n = 0
        if value < 0 && units != 0 { out[0] = UInt8(ascii: "-"); n = 1 }
        // One case per power of ten, so each division is by a constant (a
        // multiply) rather than by a divisor known only at run time.
        let integerPart: UInt, rest: UInt
        switch places {
        case 0: (integerPart, rest) = (units, 0)
        case 1: (integerPart, rest) = (units / 10, units % 10)
        case 2: (integerPart, rest) = (units / 100, units % 100)
        case 3: (integerPart, rest) = (units / 1_000, units % 1_000)
        case 4: (integerPart, rest) = (units / 10_000, units % 10_000)
        case 5: (integerPart, rest) = (units / 100_000, units % 100_000)
        default: (integerPart, rest) = (units / 1_000_000, units % 1_000_000)
        }
        n += writeMagnitude(integerPart, to: out + n)
        guard places > 0 else { return n }
        var fraction = rest
        var width = places
        if !fixed {
            if fraction == 0 { return n }
            while fraction % 10 == 0 { fraction /= 10; width -= 1 }
        }
        out[n] = separator
        n += 1
        var index = n + width - 1
        while index >= n {
            out[index] = UInt8(truncatingIfNeeded: fraction % 10) &+ 48
            fraction /= 10
            index -= 1
        }
        return n + width
    }

    /// A finite value too large to round in integer arithmetic: its whole
    /// part while that fits an Int, else the shortest form that reads back
    /// as the same Double, in exponent notation (`1e+20`, `-1,5e+300`).
    /// Content never gets here (the loaders cap numbers, see
    /// `NumberBounds`), but formatting is total: no Double can trap.
    static func writeLarge(_ value: Double, separator: UInt8, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if abs(value) < 9.2e18 { return writeInteger(Int(value), to: out) }
        var n = 0
        for byte in value.description.utf8.prefix(longest) {
            out[n] = byte == UInt8(ascii: ".") ? separator : byte
            n += 1
        }
        return n
    }

    /// `value` with a decimal comma (or `separator`), keeping exactly `decimals` places (`0,7235`).
    public static func display(_ value: Double, decimals: Int, separator: UInt8 = comma) -> String {
        string(value, decimals: decimals, fixed: true, separator: separator)
    }

    /// `value` with a decimal comma (or `separator`) and at most `decimals` places (`72,73`, `70`).
    public static func displayTrimmed(_ value: Double, decimals: Int = 2, separator: UInt8 = comma) -> String {
        string(value, decimals: decimals, fixed: false, separator: separator)
    }

    /// `value` with a dot and at most `decimals` places, for data files and SVG.
    public static func data(_ value: Double, decimals: Int = 4) -> String {
        string(value, decimals: decimals, fixed: false, separator: dot)
    }

    /// The formatted number as a `String`, written straight into the string's
    /// storage: up to 15 bytes (nearly every number) is a small string that
    /// needs no allocation at all. Pages format hundreds of numbers each.
    private static func string(_ value: Double, decimals: Int, fixed: Bool, separator: UInt8) -> String {
        withScratch { scratch in
            let count = write(value, decimals: decimals, fixed: fixed, separator: separator, to: scratch)
            return String(unsafeUninitializedCapacity: count) { out in
                SmallCopy.copy(scratch, to: out.baseAddress!, count: count)
                return count
            }
        }
    }

    /// A signed change for display: `+3,5`, `−2`, `0` (with a true minus sign).
    public static func signedDisplay(_ value: Double, decimals: Int = 2, separator: UInt8 = comma) -> String {
        let body = displayTrimmed(abs(value), decimals: decimals, separator: separator)
        if body == "0" { return "0" }
        return (value > 0 ? "+" : "−") + body
    }
}

extension ByteBuffer {
    /// Appends a number rounded to `decimals` places (see `NumberFormat.append`).
    public mutating func append(_ value: Double, decimals: Int, fixed: Bool = false,
                                separator: UInt8 = NumberFormat.dot) {
        appendUnsafe(maxCount: NumberFormat.longest) { out in
            NumberFormat.write(value, decimals: decimals, fixed: fixed, separator: separator, to: out)
        }
    }

    /// Appends an integer in decimal, without going through `String`.
    public mutating func append(_ value: Int) {
        appendUnsafe(maxCount: NumberFormat.longest) { out in NumberFormat.writeInteger(value, to: out) }
    }

    /// Appends an SVG coordinate: dot separator, at most two decimals.
    public mutating func appendCoordinate(_ value: Double) {
        append(value, decimals: 2)
    }
}
