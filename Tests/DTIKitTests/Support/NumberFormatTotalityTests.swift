import Foundation
import Testing
@testable import DTIKit
@testable import DTIBench

/// Number formatting is total (audit item 3): any Double, including NaN,
/// infinities, subnormals, -0 and values past 2^63 (which trapped in
/// `Int(value)` and crashed `dti build`), gives a short text that reads
/// back as the value, to the precision asked for.
@Suite("Number formatting is total")
struct NumberFormatTotalityTests {
    static let extremes: [Double] = [
        0, -0.0, .nan, -.nan, .signalingNaN, .infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
        .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, 5e-324, 1e-300,
        8.999_999_999_999_99e15, 9e15, 9.000_000_000_000_01e15, 9.2e18, 9.22e18, 9_223_372_036_854_775_807, 9_223_372_036_854_775_808,
        -9_223_372_036_854_775_808, -9.3e18, 1e19, 1e20, 1e300, 123_456_789.123_456, 0.5, -0.5, 2.675, -0.004, 1e9, 1e10 + 0.5,
    ]

    /// Reads the text back: `NaN`, `∞`, `-∞`, or a decimal with either separator.
    static func parse(_ text: String) -> Double? {
        switch text {
        case "NaN": return .nan
        case "∞": return .infinity
        case "-∞": return -.infinity
        default: return Double(text.replacingOccurrences(of: ",", with: "."))
        }
    }

    /// `text` is how `value` was written with `places` decimals (0…6, as the formatter clamps them).
    static func agrees(_ text: String, _ value: Double, places: Int) -> Bool {
        guard text.utf8.count <= NumberFormat.longest, let read = parse(text) else { return false }
        if value.isNaN { return read.isNaN }
        if value.isInfinite { return read == value }
        if read == 0 && text.hasPrefix("-") { return false }                 // never "-0"
        let scale = pow(10.0, Double(places))
        if abs(value) * scale < 8.9e15 {
            return abs(read - value) <= 0.5 / scale * 1.000_001 + abs(value) * 1e-12
        }
        if abs(value) < 9.2e18 { return read == value.rounded(.towardZero) || abs(read - value) <= 0.5 / scale + 1 }
        return read == value                                                // shortest round-trip form
    }

    static func check(_ value: Double) {
        for decimals in [-3, 0, 1, 2, 4, 6, 12] {
            let places = max(0, min(decimals, 6))
            for text in [NumberFormat.display(value, decimals: decimals), NumberFormat.displayTrimmed(value, decimals: decimals),
                         NumberFormat.data(value, decimals: decimals)] {
                #expect(agrees(text, value, places: places), "\(value) (\(value.bitPattern)) at \(decimals): `\(text)`")
            }
        }
        var buffer = ByteBuffer()
        buffer.append(value, decimals: 2, fixed: true, separator: NumberFormat.comma)
        buffer.appendCoordinate(value)
        #expect(buffer.count > 0)
        var json = JSONWriter()
        json.array { $0.number(value) }
        let bytes = json.finish()
        #expect((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil, "\(String(decoding: bytes, as: UTF8.self))")
        _ = NumberFormat.signedDisplay(value)
    }

    @Test func extremesFormatAndReadBack() {
        for value in Self.extremes { Self.check(value) }
        #expect(NumberFormat.data(1e20) == "1e+20")
        #expect(NumberFormat.displayTrimmed(-1.5e300) == "-1,5e+300")
        #expect(NumberFormat.data(9_223_372_036_854_775_808) == "9.223372036854776e+18")
        #expect(NumberFormat.data(.nan) == "NaN" && NumberFormat.displayTrimmed(-.infinity) == "-∞")
        #expect(NumberFormat.data(5e-324) == "0" && NumberFormat.display(-5e-324, decimals: 2) == "0,00")
        #expect(NumberFormat.display(-0.0, decimals: 1) == "0,0")
    }

    @Test func randomBitPatternsFormatAndReadBack() {
        var random = SplitMix64(seed: 0xD71)
        for _ in 0..<20_000 { Self.check(Double(bitPattern: random.next())) }
        // And values near the integer paths' edges, where most bit patterns never land.
        for _ in 0..<5_000 {
            let magnitude = pow(10.0, Double(random.next() % 40) - 10)
            Self.check((Double(random.next() % 1_000_000) / 1_000_000 + 1) * magnitude * (random.next() % 2 == 0 ? 1 : -1))
        }
    }

    /// What reads as a number from content is always finite.
    @Test func publishedNumbersAreFinite() {
        for text in ["1e400", "NaN", "inf", "-inf", "Infinity", String(repeating: "9", count: 400), "0x10", "1_000", "١٢"] {
            #expect(PublishedNumber.parse(text).map(\.value.isFinite) != false, "\(text)")
        }
        #expect(PublishedNumber.parse(String(repeating: "9", count: 400)) == nil)
        #expect(PublishedNumber.parse("9223372036854775808")?.value == 9_223_372_036_854_775_808)
        var random = SplitMix64(seed: 3)
        let alphabet = Array("0123456789.,-+e ")
        for _ in 0..<5_000 {
            let text = String((0..<Int(random.next() % 30)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            if let number = PublishedNumber.parse(text) { #expect(number.value.isFinite, "\(text)") }
        }
        #expect(NumberBounds.isSpecialNotation("1e400") && NumberBounds.isSpecialNotation("-INF") && NumberBounds.isSpecialNotation("2,5E+3"))
        #expect(!NumberBounds.isSpecialNotation("12") && !NumberBounds.isSpecialNotation("e5") && !NumberBounds.isSpecialNotation("Yếu"))
        #expect(NumberBounds.scoreLimit(totalMax: 100) == 100_000 && NumberBounds.scoreLimit(totalMax: nil) == 1e9)
        #expect(NumberBounds.scoreLimit(totalMax: 1e7) == 1e9)
    }
}
