import Testing
@testable import DTIKit
@testable import DTIBench

@Suite("Number formatting")
struct NumberFormatTests {
    @Test(arguments: [
        (233.06, 2, true, "233,06"),
        (0.72346, 4, true, "0,7235"),
        (0.3, 4, true, "0,3000"),
        (70.0, 2, false, "70"),
        (72.73, 2, false, "72,73"),
        (187.385, 2, false, "187,39"),      // half up, despite binary 187.38499…
        (2.675, 2, false, "2,68"),
        (-0.004, 2, false, "0"),             // no "-0"
        (-12.5, 1, false, "-12,5"),
        (1_000_000.5, 0, false, "1000001"),
    ])
    func display(_ value: Double, _ decimals: Int, _ fixed: Bool, _ expected: String) {
        let text = fixed ? NumberFormat.display(value, decimals: decimals) : NumberFormat.displayTrimmed(value, decimals: decimals)
        #expect(text == expected)
    }

    @Test func coordinatesNeverCarryFloatingPointNoise() {
        var buffer = ByteBuffer()
        buffer.appendCoordinate(0.1 + 0.2)
        buffer.append(UInt8(ascii: " "))
        buffer.appendCoordinate(72.73 / 100 * 480)
        buffer.append(UInt8(ascii: " "))
        buffer.appendCoordinate(1.0 / 3.0)
        #expect(buffer.string == "0.3 349.1 0.33")
    }

    /// Digits are written two at a time from the end: every digit count,
    /// each side of every power of ten, and the extremes read as `String(n)`.
    @Test func integersOfEveryLengthMatchTheStandardLibrary() {
        var samples: [Int] = [0, 1, 9, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            samples += [power - 1, power, power + 1, -power, -(power - 1), power / 2 + 7]
        }
        var random = SplitMix64(seed: 7)
        for _ in 0..<2_000 { samples.append(Int(truncatingIfNeeded: random.next()) >> Int(random.next() % 60)) }
        for n in samples {
            var buffer = ByteBuffer()
            buffer.append(n)
            #expect(buffer.string == String(n))
        }
        // Whole numbers below 9·10^15 take the integer path, with or without
        // decimals asked for; others still round (`12.5`, `0.3`).
        for n in [0, 7, 10, 233, 1_000, 123_456_789, -45, 8_999_999_999_999_999 / 10] {
            #expect(NumberFormat.data(Double(n)) == String(n))
            #expect(NumberFormat.displayTrimmed(Double(n), decimals: 2) == String(n))
        }
        #expect(NumberFormat.data(-0.0) == "0")
        #expect(NumberFormat.data(12.5) == "12.5")
        #expect(NumberFormat.displayTrimmed(233.06) == "233,06")
    }

    @Test func integersAndSignedChanges() {
        var buffer = ByteBuffer()
        buffer.append(-1234)
        buffer.append(UInt8(ascii: "|"))
        buffer.append(0)
        #expect(buffer.string == "-1234|0")
        #expect(NumberFormat.signedDisplay(3.5) == "+3,5")
        #expect(NumberFormat.signedDisplay(-2) == "−2")
        #expect(NumberFormat.signedDisplay(0.001) == "0")
    }

    @Test(arguments: [("26,25", 26.25, "26.25", 2), ("26.25", 26.25, "26.25", 2), ("187.390", 187.39, "187.390", 3),
                      (" 40 ", 40.0, "40", 0), ("-3", -3.0, "-3", 0), ("+1,5", 1.5, "1.5", 1)])
    func parsesPublishedNumbers(_ raw: String, _ value: Double, _ text: String, _ decimals: Int) throws {
        let number = try #require(PublishedNumber.parse(raw))
        #expect(number.value == value)
        #expect(number.text == text)
        #expect(number.decimals == decimals)
    }

    @Test(arguments: ["", "  ", "abc", "12%", "1.234,5", "1,2,3", ",5", "5.", "✓", "1 000"])
    func rejectsWhatIsNotANumber(_ raw: String) {
        #expect(PublishedNumber.parse(raw) == nil)
    }

    @Test func publishedPrecisionIsKeptForDisplay() throws {
        #expect(try #require(PublishedNumber.parse("187.390")).display == "187,390")
        #expect(try #require(PublishedNumber.parse("187.386")).display == "187,386")
        #expect(try #require(PublishedNumber.parse("27.50")).display == "27,50")
    }
}
