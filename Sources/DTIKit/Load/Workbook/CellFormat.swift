/// What a cell's number format says about how its number is shown, as far
/// as dti needs it: how many decimals a number was published with, and
/// whether the number is a date.
///
/// A cell shown as `187,390` in Excel holds 187.39 with the format `0.000`:
/// its published text is `187.390`, three decimals, exactly as a CSV cell
/// would give it. Formats that show no fixed decimals (General, scientific,
/// fractions, text) publish the value's own digits (`DecimalDigits.general`).
enum CellFormat: Sendable, Hashable {
    /// The value's shortest digits, to Excel's 15 significant digits.
    case general
    /// Between `minimum` and `maximum` decimals (`0.000` → 3…3, `0.0##` → 1…3);
    /// `percent` shows the value times 100 (`0.00%`).
    case fixed(minimum: Int, maximum: Int, percent: Bool)
    /// A date, a time, or both: the number is a serial day count.
    case date(hasDate: Bool, hasTime: Bool, seconds: Bool)

    /// Excel's built-in formats by id (ECMA-376 Part 1, 18.8.30), those that
    /// matter here; every other id below 164 shows like General.
    static func builtIn(_ id: Int) -> CellFormat {
        switch id {
        case 1, 3, 37, 38, 41, 42: return .fixed(minimum: 0, maximum: 0, percent: false)
        case 2, 4, 39, 40, 43, 44: return .fixed(minimum: 2, maximum: 2, percent: false)
        case 9: return .fixed(minimum: 0, maximum: 0, percent: true)
        case 10: return .fixed(minimum: 2, maximum: 2, percent: true)
        case 14, 15, 16, 17, 27...31, 34...36, 50...54, 57, 58: return .date(hasDate: true, hasTime: false, seconds: false)
        case 22: return .date(hasDate: true, hasTime: true, seconds: false)
        case 18, 20, 32, 33, 55, 56: return .date(hasDate: false, hasTime: true, seconds: false)
        case 19, 21, 45, 46, 47: return .date(hasDate: false, hasTime: true, seconds: true)
        default: return .general
        }
    }

    /// Reads a format code such as `0.000`, `#,##0.00;[Red]-#,##0.00`,
    /// `0.0"điểm"`, `dd/mm/yyyy` or `@`. Only the first section (positive
    /// numbers) is read; quoted text, escapes, fills, colours and conditions
    /// are skipped. Anything not understood shows like General.
    init(code: String) {
        let bytes = Array(code.utf8.prefix(256))
        var index = 0
        var placeholdersAfterPoint = 0, zerosAfterPoint = 0
        var sawPoint = false, sawPlaceholder = false, percent = false, exponent = false, fraction = false
        var dateLetters = false, timeLetters = false, seconds = false, elapsed = false
        // The section's letters, lowercased, outside literals: `general` is General.
        var word: [UInt8] = []
        scan: while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: ";"):
                break scan
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") { index += 1 }
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                index += 1   // the next character is literal, a width or a fill
            case UInt8(ascii: "["):
                let start = index + 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "]") { index += 1 }
                let inside = bytes[min(start, bytes.count)..<min(index, bytes.count)].map { $0 | 0x20 }
                // `[h]`, `[mm]`, `[ss]`: elapsed time. Colours, conditions and locales are skipped.
                if !inside.isEmpty, inside.allSatisfy({ $0 == UInt8(ascii: "h") || $0 == UInt8(ascii: "m") || $0 == UInt8(ascii: "s") }) {
                    elapsed = true
                    if inside.contains(UInt8(ascii: "s")) { seconds = true }
                }
            case UInt8(ascii: "."):
                sawPoint = true
            case UInt8(ascii: "0"), UInt8(ascii: "#"), UInt8(ascii: "?"):
                sawPlaceholder = true
                if sawPoint && !exponent {
                    placeholdersAfterPoint += 1
                    if byte == UInt8(ascii: "0") { zerosAfterPoint += 1 }
                }
            case UInt8(ascii: "%"):
                percent = true
            case UInt8(ascii: "/"):
                if sawPlaceholder { fraction = true }
            default:
                let lower = byte | 0x20
                if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) && byte < 0x80 { word.append(lower) }
                switch lower {
                case UInt8(ascii: "e") where index + 1 < bytes.count && (bytes[index + 1] == UInt8(ascii: "+") || bytes[index + 1] == UInt8(ascii: "-")):
                    exponent = true
                case UInt8(ascii: "d"), UInt8(ascii: "y"): dateLetters = true
                case UInt8(ascii: "m"): dateLetters = true   // month or minute: a date or time either way
                case UInt8(ascii: "h"): timeLetters = true
                case UInt8(ascii: "s"): timeLetters = true; seconds = true
                default: break
                }
            }
            index += 1
        }
        let letters = String(decoding: word, as: UTF8.self)
        if letters.hasPrefix("general") {
            self = .general
        } else if dateLetters || timeLetters || elapsed {
            // `h:mm` alone is a time: its `m` is minutes, not a month.
            let hasDay = word.contains(UInt8(ascii: "d")) || word.contains(UInt8(ascii: "y"))
            let hasTime = timeLetters || elapsed
            self = .date(hasDate: hasDay || !hasTime, hasTime: hasTime, seconds: seconds)
        } else if !sawPlaceholder || exponent || fraction {
            self = .general
        } else {
            self = .fixed(minimum: zerosAfterPoint, maximum: min(placeholdersAfterPoint, 30), percent: percent)
        }
    }

    /// The published text of `value` shown in this format: dot decimals,
    /// no thousands separators (`187.390`, `26.25`, `0.8512` for `85,12%`).
    /// Dates are not numbers here: see `WorkbookDates`.
    func digits(_ value: Double) -> String {
        switch self {
        case .general, .date:
            return DecimalDigits(value).general()
        case .fixed(let minimum, let maximum, let percent):
            var digits = DecimalDigits(value)
            // A percentage is published as the number it is: 85,12% is 0.8512.
            return digits.fixed(minimum: minimum + (percent ? 2 : 0), maximum: maximum + (percent ? 2 : 0))
        }
    }
}

/// The decimal digits of a Double, rounded as Excel shows them.
///
/// Excel keeps 15 significant digits and rounds half away from zero on
/// those decimal digits (2.675 with two decimals shows 2.68, although the
/// Double is just below 2.675). The digits come from the shortest decimal
/// that reads back as the same Double (Swift's own `description`, the same
/// on every platform), so the result never depends on the C library.
struct DecimalDigits {
    /// Significant digits, 0…9, without leading or trailing zeros.
    private(set) var digits: [UInt8]
    /// Where the decimal point goes: the value is 0.d₁d₂… × 10^point.
    private(set) var point: Int
    let negative: Bool

    init(_ value: Double) {
        negative = value < 0
        digits = []
        point = 0
        guard value.isFinite, value != 0 else { return }
        var exponent = 0, sawPoint = false, pointShift = 0
        var rest = Substring(value.magnitude.description)
        if let e = rest.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(rest[rest.index(after: e)...]) ?? 0
            rest = rest[..<e]
        }
        for character in rest.utf8 {
            if character == UInt8(ascii: ".") { sawPoint = true; continue }
            let digit = character &- UInt8(ascii: "0")
            guard digit <= 9 else { continue }
            if digits.isEmpty && digit == 0 {
                if sawPoint { pointShift -= 1 }
                continue
            }
            digits.append(digit)
            if !sawPoint { pointShift += 1 }
        }
        point = pointShift + exponent
        trimTrailingZeros()
        round(keeping: 15)
    }

    /// Keeps the first `count` significant digits, rounding half up.
    private mutating func round(keeping count: Int) {
        guard count < digits.count else { return }
        guard count >= 0 else { digits = []; return }
        let up = digits[count] >= 5
        digits.removeSubrange(count...)
        if up {
            var i = digits.count - 1
            while i >= 0 {
                if digits[i] < 9 { digits[i] += 1; break }
                digits[i] = 0
                i -= 1
            }
            if i < 0 { digits.insert(1, at: 0); point += 1 }
        }
        trimTrailingZeros()
    }

    private mutating func trimTrailingZeros() {
        while digits.last == 0 { digits.removeLast() }
        if digits.isEmpty { point = 0 }
    }

    /// The digits as plain decimal text, no exponent: `187.39`, `0.00012`.
    func general() -> String { text(decimals: max(digits.count - point, 0)) }

    /// Rounded to `maximum` decimals, then trailing zeros dropped down to `minimum`.
    mutating func fixed(minimum: Int, maximum: Int) -> String {
        if maximum < digits.count - point { round(keeping: point + maximum) }
        return text(decimals: max(minimum, min(maximum, digits.count - point)))
    }

    /// Writes the digits with exactly `decimals` places.
    private func text(decimals: Int) -> String {
        var out: [UInt8] = []
        if negative && !digits.isEmpty { out.append(UInt8(ascii: "-")) }
        func digit(at position: Int) -> UInt8 {
            position >= 0 && position < digits.count ? UInt8(ascii: "0") + digits[position] : UInt8(ascii: "0")
        }
        if point <= 0 { out.append(UInt8(ascii: "0")) } else { for i in 0..<point { out.append(digit(at: i)) } }
        if decimals > 0 {
            out.append(UInt8(ascii: "."))
            for i in 0..<decimals { out.append(digit(at: point + i)) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
