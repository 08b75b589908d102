/// Numbers, periods and the names of fixed things (pillars, classes,
/// standard groups) as a page of one language writes them.
///
/// Page code asks the catalogue (`words.number(0.7235, decimals: 4)`,
/// `words.period(table.period)`) instead of formatting with a fixed decimal
/// comma or a Vietnamese name: `233,06` and `Năm 2022` in Vietnamese,
/// `233.06` and `Year 2022` in English.
extension Catalogue {
    // MARK: Numbers

    /// `value` with exactly `decimals` places (`0,7235` / `0.7235`).
    public func number(_ value: Double, decimals: Int) -> String {
        NumberFormat.display(value, decimals: decimals, separator: language.separatorByte)
    }

    /// `value` with at most `decimals` places (`72,73`, `70`).
    public func trimmed(_ value: Double, decimals: Int = 2) -> String {
        NumberFormat.displayTrimmed(value, decimals: decimals, separator: language.separatorByte)
    }

    /// A signed change: `+3,5`, `−2`, `0`.
    public func signed(_ value: Double, decimals: Int = 2) -> String {
        NumberFormat.signedDisplay(value, decimals: decimals, separator: language.separatorByte)
    }

    /// A published number as published, with this language's separator (`187,390` / `187.390`).
    public func published(_ number: PublishedNumber) -> String { number.display(separator: language.separatorByte) }

    /// `value` as a percentage of `max` (`87,5%`), or `–` without a maximum.
    public func percent(_ value: Double, of max: Double) -> String {
        guard max > 0 else { return "–" }
        return trimmed(value / max * 100, decimals: 1) + "%"
    }

    // MARK: Ranks

    /// `Hạng 17/63`, `Đồng hạng 15/63` for a tie, `Chưa xếp hạng` without a
    /// rank; `inSentence` gives the form used inside a sentence (`hạng 17/63`).
    public func rank(_ rank: Int?, of count: Int?, tied: Bool = false, inSentence: Bool = false) -> String {
        guard let rank else { return self[inSentence ? .rankNoneInSentence : .rankNone] }
        let word: Word
        switch (tied, count != nil, inSentence) {
        case (false, true, false): word = .rankOf
        case (false, true, true): word = .rankOfInSentence
        case (true, true, false): word = .rankTiedOf
        case (true, true, true): word = .rankTiedOfInSentence
        case (false, false, false): word = .rankAlone
        case (false, false, true): word = .rankAloneInSentence
        case (true, false, false): word = .rankTiedAlone
        case (true, false, true): word = .rankTiedAloneInSentence
        }
        return self(word, ["rank": String(rank), "count": count.map(String.init) ?? ""])
    }

    // MARK: Periods

    /// The period in words, as a heading: `Năm 2022`, `6 tháng đầu năm 2023`, `Quý 1/2023`.
    public func period(_ period: Period) -> String {
        periodName(period, inSentence: false) ?? composePeriod(period)
    }

    /// The period in words inside a sentence: `năm 2022`, `quý 1/2023`.
    public func periodInSentence(_ period: Period) -> String {
        periodName(period, inSentence: true) ?? composePeriodInSentence(period)
    }

    func composePeriod(_ period: Period) -> String {
        switch period.span {
        case .year: return self(.periodYear, ["year": String(period.year)])
        case .firstMonths(6): return self(.periodFirstHalf, ["year": String(period.year)])
        case .firstMonths(let months): return self(.periodFirstMonths, ["months": String(months), "year": String(period.year)])
        case .quarter(let quarter): return self(.periodQuarter, ["quarter": String(quarter), "year": String(period.year)])
        }
    }

    func composePeriodInSentence(_ period: Period) -> String {
        switch period.span {
        case .year: return self(.periodYearInSentence, ["year": String(period.year)])
        case .firstMonths(6): return self(.periodFirstHalfInSentence, ["year": String(period.year)])
        case .firstMonths(let months): return self(.periodFirstMonthsInSentence, ["months": String(months), "year": String(period.year)])
        case .quarter(let quarter): return self(.periodQuarterInSentence, ["quarter": String(quarter), "year": String(period.year)])
        }
    }

    // MARK: Fixed names

    /// A pillar's name: `Chính quyền số` / `Digital government`.
    public func pillar(_ pillar: Pillar) -> String {
        switch pillar {
        case .cqs: return self[.pillarCQS]
        case .kts: return self[.pillarKTS]
        case .xhs: return self[.pillarXHS]
        }
    }

    /// A normalized measure's name: the pillar's, or `Chỉ số DTI`.
    public func measure(_ measure: NormalizedMeasure) -> String { measure.pillar.map(pillar) ?? self[.measureDTI] }

    /// A group of indices: `Nhóm chỉ số nền tảng chung`.
    public func indexGroup(_ group: IndexGroup) -> String {
        group == .foundation ? self[.indexGroupFoundation] : self[.indexGroupActivity]
    }

    /// A class label as this language names it: the five standard classes
    /// by their word (`Tốt` → `Good`); any other published label as it is.
    public func className(_ label: String) -> String {
        switch ClassLabel.level(label) {
        case 0: return self[.classExcellent]
        case 1: return self[.classGood]
        case 2: return self[.classFair]
        case 3: return self[.classAverage]
        case 4: return self[.classWeak]
        default: return label
        }
    }

    /// A table's group of units as this language names it: the .conf's
    /// `group_name` (translated where Content gives it), else the word for a
    /// standard group, else the group as written.
    public func groupName(_ table: RankingTable) -> String {
        if let name = table.groupName { return name }
        switch table.group {
        case "so-ban-nganh": return self[.groupDepartments]
        case "nganh-doc": return self[.groupVerticalAgencies]
        case "ubnd-huyen": return self[.groupDistricts]
        case "ubnd-xa": return self[.groupCommunes]
        case "tinh-thanh-pho": return self[.groupProvinces]
        case "bo-nganh": return self[.groupMinistries]
        default: return table.group
        }
    }

    /// A methodology break in words.
    public func methodologyBreak(_ change: MethodologyBreak) -> String {
        self(.methodologyBreak, ["from": change.from, "to": change.to])
    }
}
