extension ContentLoader {
    /// `license = CC BY 4.0`, or `license = Tên | https://…` (see `DataLicense`).
    mutating func loadLicense(_ entry: ConfEntry, into site: inout SiteConfig) {
        switch DataLicense.parse(entry.value) {
        case .success(let license):
            site.license = license
        case .failure(.badURL(let url)):
            report(.error(entry.valueLocation, "địa chỉ giấy phép phải bắt đầu bằng http:// hoặc https://, nhận được `\(url)`",
                          hint: "Ví dụ: license = Giấy phép dữ liệu mở của tỉnh | https://…", kind: "conf-value"))
        case .failure(.missingName):
            report(.error(entry.valueLocation, "`license` thiếu tên giấy phép",
                          hint: "Ghi tên giấy phép như CC BY 4.0, hoặc `Tên giấy phép | https://địa-chỉ`.", kind: "conf-value"))
        }
    }
}
