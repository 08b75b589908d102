/// The largest numbers dti accepts from content, and the words for the rest.
///
/// Published tables hold scores of a few hundred points and ranks in the
/// hundreds. A cell of `1e20`, twenty nines or a rank of a hundred million is
/// a typing or export mistake (a phone number pasted into a score column),
/// never data; left in, such a number overflowed integer conversions and
/// crashed `dti build`. Every bound is far above anything real, so no real
/// table can meet one, and each is reported by `dti check` at the cell.
public enum NumberBounds {
    /// Any published score, total or normalized value: at most 10^9 in magnitude.
    public static let largestValue = 1e9
    /// A score or total may not exceed this many times its framework's total maximum.
    public static let overMaximumFactor = 1000.0
    /// A framework's `max` of one index, its `total`, a band threshold in points.
    public static let largestMaximum = 1e6
    /// A rank, or a table's `of`: at most 10^7 (Vietnam has about 10^4 communes).
    public static let largestRank = 10_000_000

    /// The largest score or total accepted in a table whose framework's
    /// total maximum is `totalMax` (0 or nil when unknown).
    static func scoreLimit(totalMax: Double?) -> Double {
        guard let totalMax, totalMax > 0, totalMax.isFinite else { return largestValue }
        return Swift.min(largestValue, overMaximumFactor * totalMax)
    }

    /// Text that a spreadsheet or a program writes for a number but a report
    /// never prints: `NaN`, `inf`, `∞`, or exponent notation (`1e400`, `2E+5`).
    static func isSpecialNotation(_ text: String) -> Bool {
        let lower = text.trimmingASCIISpaces().lowercased()
        let unsigned = lower.hasPrefix("-") || lower.hasPrefix("+") ? String(lower.dropFirst()) : lower
        if ["nan", "inf", "infinity", "∞", "#num!", "#div/0!"].contains(unsigned) { return true }
        guard let e = unsigned.firstIndex(of: "e") else { return false }
        let mantissa = unsigned[..<e], exponent = unsigned[unsigned.index(after: e)...].drop { $0 == "+" || $0 == "-" }
        return !mantissa.isEmpty && !exponent.isEmpty
            && mantissa.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
            && exponent.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A plain decimal number with so many digits that it is beyond a
    /// finite Double (`PublishedNumber.parse` refuses it): out of range,
    /// rather than "not a number".
    static func isOverlongDecimal(_ text: String) -> Bool {
        var digits = Substring(text.trimmingASCIISpaces())
        if digits.hasPrefix("-") || digits.hasPrefix("+") { digits = digits.dropFirst() }
        return digits.count > 15 && digits.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "," }
            && digits.filter { $0 == "." || $0 == "," }.count <= 1
    }

    /// The hint for a cell that is not a plain decimal number.
    static func notANumberHint(_ text: String, blankAllowed: Bool = true) -> String {
        if isSpecialNotation(text) {
            return "Bảng công bố ghi số thập phân như 26,25; `NaN`, `inf` và dạng số mũ (1e5) không phải số công bố: kiểm tra lại ô trong tệp gốc."
        }
        return "Ghi số như 26,25 hoặc 26.25" + (blankAllowed ? "; để trống nếu không công bố (ô trống không phải 0)." : ".")
    }

    /// A cell's text for a message: normalized, and cut at 40 characters
    /// (a cell of four hundred digits is named, not printed whole).
    static func shown(_ text: String) -> String {
        let normalized = text.normalizedText
        return normalized.count > 40 ? normalized.prefix(40) + "…" : normalized
    }

    /// `1 tỉ`, `1 triệu`, `100 000`: a bound as people read it.
    static func words(_ value: Double) -> String {
        if value >= 1e9 && value.truncatingRemainder(dividingBy: 1e9) == 0 { return NumberFormat.displayTrimmed(value / 1e9) + " tỉ" }
        if value >= 1e6 && value.truncatingRemainder(dividingBy: 1e6) == 0 { return NumberFormat.displayTrimmed(value / 1e6) + " triệu" }
        return NumberFormat.displayTrimmed(value)
    }
}
