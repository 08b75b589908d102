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

    private static let powersOfTen: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    /// Appends `value` in decimal.
    public static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            appendMagnitude(value.magnitude, to: &bytes)
        } else {
            appendMagnitude(UInt(value), to: &bytes)
        }
    }

    private static func appendMagnitude(_ value: UInt, to bytes: inout [UInt8]) {
        if value < 10 {
            bytes.append(UInt8(truncatingIfNeeded: value) &+ 48)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { raw in
            while rest > 0 {
                raw[count] = UInt8(truncatingIfNeeded: rest % 10) &+ 48
                rest /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) {
                bytes.append(raw[index])
            }
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
        guard value.isFinite else {
            bytes.append(contentsOf: value.isNaN ? Array("NaN".utf8) : Array((value < 0 ? "-∞" : "∞").utf8))
            return
        }
        let places = max(0, min(decimals, powersOfTen.count - 1))
        let scale = powersOfTen[places]
        // Nudge by a tiny relative epsilon so that values such as 0.125 or
        // 2.675, stored slightly below their decimal, still round half up.
        let scaled = (abs(value) * scale * (1 + 1e-12)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else {
            appendInteger(Int(value), to: &bytes)
            return
        }
        let units = UInt(scaled)
        if value < 0 && units != 0 { bytes.append(UInt8(ascii: "-")) }
        let divisor = UInt(scale)
        appendMagnitude(units / divisor, to: &bytes)
        guard places > 0 else { return }
        var fraction = units % divisor
        var width = places
        if !fixed {
            if fraction == 0 { return }
            while fraction % 10 == 0 { fraction /= 10; width -= 1 }
        }
        bytes.append(separator)
        var digits = [UInt8](repeating: 48, count: width)
        var index = width - 1
        while index >= 0 {
            digits[index] = UInt8(truncatingIfNeeded: fraction % 10) &+ 48
            fraction /= 10
            index -= 1
        }
        bytes.append(contentsOf: digits)
    }

    /// `value` with a decimal comma, keeping exactly `decimals` places (`0,7235`).
    public static func display(_ value: Double, decimals: Int) -> String {
        var bytes: [UInt8] = []
        append(value, decimals: decimals, fixed: true, separator: comma, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `value` with a decimal comma and at most `decimals` places (`72,73`, `70`).
    public static func displayTrimmed(_ value: Double, decimals: Int = 2) -> String {
        var bytes: [UInt8] = []
        append(value, decimals: decimals, fixed: false, separator: comma, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `value` with a dot and at most `decimals` places, for data files and SVG.
    public static func data(_ value: Double, decimals: Int = 4) -> String {
        var bytes: [UInt8] = []
        append(value, decimals: decimals, fixed: false, separator: dot, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
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
        appendBytes { NumberFormat.append(value, decimals: decimals, fixed: fixed, separator: separator, to: &$0) }
    }

    /// Appends an SVG coordinate: dot separator, at most two decimals.
    public mutating func appendCoordinate(_ value: Double) {
        append(value, decimals: 2)
    }
}
