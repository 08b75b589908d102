/// The licence under which the portal's open data may be reused.
///
/// `license` in site.conf: a well-known licence by its short name
/// (`CC BY 4.0`, `CC BY-SA 4.0`, `CC0 1.0`, `ODC-BY 1.0`, `ODbL 1.0`),
/// or any other as `Tên giấy phép | https://địa-chỉ`. Without the key the
/// data is under CC BY 4.0: reuse is free, with credit to the publisher,
/// which is what a public body publishing its own rankings wants. The name
/// and link are written on the open-data page, in its data dictionary, in
/// every JSON file and on the second sheet of every workbook.
public struct DataLicense: Sendable, Hashable {
    /// The licence's name as readers see it.
    public var name: String
    /// Its text, when it has one on the web.
    public var url: String?
    /// The short identifier (`CC-BY-4.0`, SPDX), for machines; nil for a custom licence.
    public var identifier: String?

    public init(name: String, url: String?, identifier: String? = nil) {
        self.name = name
        self.url = url
        self.identifier = identifier
    }

    /// Creative Commons Attribution 4.0 International: the default.
    public static let ccBy4 = DataLicense(name: "Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)",
                                          url: "https://creativecommons.org/licenses/by/4.0/", identifier: "CC-BY-4.0")

    /// The licences known by short name, by their key (`SlugTransliteration.key`: punctuation is a space).
    static let known: [String: DataLicense] = {
        let list: [([String], DataLicense)] = [
            (["cc by 4 0", "cc by", "cc by 4"], ccBy4),
            (["cc by sa 4 0", "cc by sa", "cc by sa 4"],
             DataLicense(name: "Creative Commons Ghi công – Chia sẻ tương tự 4.0 Quốc tế (CC BY-SA 4.0)",
                         url: "https://creativecommons.org/licenses/by-sa/4.0/", identifier: "CC-BY-SA-4.0")),
            (["cc0 1 0", "cc0", "cc 0"],
             DataLicense(name: "CC0 1.0 Universal: dành cho công chúng (CC0 1.0)",
                         url: "https://creativecommons.org/publicdomain/zero/1.0/", identifier: "CC0-1.0")),
            (["odc by 1 0", "odc by"],
             DataLicense(name: "Open Data Commons Attribution License 1.0 (ODC-By)",
                         url: "https://opendatacommons.org/licenses/by/1-0/", identifier: "ODC-By-1.0")),
            (["odbl 1 0", "odbl"],
             DataLicense(name: "Open Data Commons Open Database License 1.0 (ODbL)",
                         url: "https://opendatacommons.org/licenses/odbl/1-0/", identifier: "ODbL-1.0")),
        ]
        var byKey: [String: DataLicense] = [:]
        for (keys, license) in list { for key in keys { byKey[key] = license } }
        return byKey
    }()

    /// The licence a site.conf value names, or nil with the reason when the
    /// value has a link that is not a web address.
    static func parse(_ value: String) -> Result<DataLicense, LicenseProblem> {
        let parts = value.split(separator: "|", maxSplits: 1).map { String($0).normalizedText }
        let key = SlugTransliteration.key(parts[0])   // `CC BY-4.0` → `cc by 4 0`
        if parts.count == 1, let known = known[key] { return .success(known) }
        guard !parts[0].isEmpty else { return .failure(.missingName) }
        guard parts.count == 2, !parts[1].isEmpty else { return .success(DataLicense(name: parts[0], url: nil)) }
        guard let url = SafeURL.web(parts[1]) else { return .failure(.badURL(parts[1])) }
        return .success(DataLicense(name: parts[0], url: url))
    }

    enum LicenseProblem: Error, Equatable {
        case missingName
        case badURL(String)
    }
}
