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

    private static func writeMagnitude(_ value: UInt, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if value < 10 { out[0] = UInt8(truncatingIfNeeded: value) &+ 48; return 1 }
        var rest = value
        var count = 0
        while rest > 0 {
            out[count] = UInt8(truncatingIfNeeded: rest % 10) &+ 48
            rest /= 10
            count += 1
        }
        var i = 0, j = count - 1
        while i < j { let t = out[i]; out[i] = out[j]; out[j] = t; i += 1; j -= 1 }
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
        if !fixed, value == value.rounded(.towardZero), abs(value) < 9.0e15 { return writeInteger(Int(value), to: out) }
        let places = max(0, min(decimals, 6))
        let scale = Self.scale(places)
        // Nudge by a tiny relative epsilon so that values such as 0.125 or
        // 2.675, stored slightly below their decimal, still round half up;
        // capped at a thousandth of the last place, which is still above the
        // representation error there, so that large values keep their digits
        // (123456789,123456 at 6 places gained 123 millionths uncapped).
        let exact = abs(value) * scale
        let scaled = exact + Swift.min(exact * 1e-12, 0.001)
        guard scaled < 9.0e15 else { return writeInteger(Int(value), to: out) }
        // Half away from zero without a call to libm's round: below 2^53 the
        // whole part converts exactly and the fraction subtracts exactly.
        let whole = UInt(scaled)
        let units = scaled - Double(whole) >= 0.5 ? whole + 1 : whole
        guard Double(units) < 9.0e15 else { return writeInteger(Int(value), to: out) }
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

    /// `value` with a decimal comma, keeping exactly `decimals` places (`0,7235`).
    public static func display(_ value: Double, decimals: Int) -> String {
        string(value, decimals: decimals, fixed: true, separator: comma)
    }

    /// `value` with a decimal comma and at most `decimals` places (`72,73`, `70`).
    public static func displayTrimmed(_ value: Double, decimals: Int = 2) -> String {
        string(value, decimals: decimals, fixed: false, separator: comma)
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
                out.baseAddress!.update(from: scratch, count: count)
                return count
            }
        }
    }

    /// A signed change for display: `+3,5`, `−2`, `0` (with a true minus sign).
    public static func signedDisplay(_ value: Double, decimals: Int = 2) -> String {
        let body = displayTrimmed(abs(value), decimals: decimals)
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
