/// An assessment period, named by its folder under `rankings/`.
///
/// The label has a small grammar (documented in Content/README.md):
///
/// | label        | period                         | in words                 |
/// |--------------|--------------------------------|--------------------------|
/// | `2022`       | the whole year                 | Năm 2022                 |
/// | `2022-6t`    | the first six months           | 6 tháng đầu năm 2022     |
/// | `2022-9t`    | the first nine months          | 9 tháng đầu năm 2022     |
/// | `2022-q1`…`q4` | a quarter                    | Quý 1/2022               |
///
/// Periods sort by year, then by the month they end in, then shorter
/// before longer (the second quarter before the first half, the fourth
/// quarter before the year): never by the text of the label, which put
/// `2023-6t` after `2023`.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// What part of the year a period covers.
    public enum Span: Sendable, Hashable {
        case year
        /// The first `months` months of the year (6 or 9).
        case firstMonths(Int)
        /// Quarter 1–4.
        case quarter(Int)

        /// The month (1–12) the span ends in.
        var endMonth: Int {
            switch self {
            case .year: return 12
            case .firstMonths(let months): return months
            case .quarter(let quarter): return quarter * 3
            }
        }

        /// How many months it covers.
        var months: Int {
            switch self {
            case .year: return 12
            case .firstMonths(let months): return months
            case .quarter: return 3
            }
        }
    }

    /// The folder name as written (`2022-6t`): kept in data files and URLs.
    public let label: String
    public let year: Int
    public let span: Span

    /// The accepted forms, for messages.
    public static let acceptedForms = "2022 (cả năm), 2022-6t (6 tháng đầu năm), 2022-9t (9 tháng đầu năm), 2022-q1 … 2022-q4 (quý)"

    /// Parses a label; nil when it is not one of the accepted forms.
    public init?(label: String) {
        let parts = label.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts[0].count == 4, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              let year = Int(parts[0]), year >= 1900, year <= 2999 else { return nil }
        var span = Span.year
        if parts.count == 2 {
            switch parts[1] {
            case "6t": span = .firstMonths(6)
            case "9t": span = .firstMonths(9)
            case "q1": span = .quarter(1)
            case "q2": span = .quarter(2)
            case "q3": span = .quarter(3)
            case "q4": span = .quarter(4)
            default: return nil
            }
        }
        self.label = label
        self.year = year
        self.span = span
    }

    public var description: String { label }

    /// The period in words: "Năm 2022", "6 tháng đầu năm 2022", "Quý 1/2022".
    public var name: String {
        switch span {
        case .year: return "Năm \(year)"
        case .firstMonths(let months): return "\(months) tháng đầu năm \(year)"
        case .quarter(let quarter): return "Quý \(quarter)/\(year)"
        }
    }

    /// The period in words inside a sentence: "năm 2022", "6 tháng đầu năm 2022", "quý 1/2022".
    public var nameInSentence: String {
        switch span {
        case .year: return "năm \(year)"
        case .firstMonths(let months): return "\(months) tháng đầu năm \(year)"
        case .quarter(let quarter): return "quý \(quarter)/\(year)"
        }
    }

    /// A short name for chart axes, where space is tight: `2022`, `6T 2023`,
    /// `9T 2023`, `Q1 2023` (the chart's table gives the name in words).
    public var shortName: String {
        switch span {
        case .year: return String(year)
        case .firstMonths(let months): return "\(months)T \(year)"
        case .quarter(let quarter): return "Q\(quarter) \(year)"
        }
    }

    /// Whether two periods cover spans of the same length (a year and a
    /// year, a half and a half), so that their results can be subtracted.
    public func coversSameSpan(as other: Period) -> Bool { span.months == other.span.months }

    public static func < (a: Period, b: Period) -> Bool {
        if a.year != b.year { return a.year < b.year }
        if a.span.endMonth != b.span.endMonth { return a.span.endMonth < b.span.endMonth }
        if a.span.months != b.span.months { return a.span.months < b.span.months }
        return a.label < b.label
    }

    /// Orders period labels: parsed ones by `<`, any unparsed one after them by text.
    public static func labelPrecedes(_ a: String, _ b: String) -> Bool {
        switch (Period(label: a), Period(label: b)) {
        case let (x?, y?): return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return a < b
        }
    }
}
