/// Guards for URLs that come from data.
///
/// A website in `units.csv` or a source link in a `.conf` is data, and data
/// can say `javascript:alert(1)`. Only absolute `http:` and `https:` addresses
/// with a host are accepted from content.
public enum SafeURL {
    /// The URL, trimmed, when it is an absolute http(s) address with a host
    /// and no whitespace or control characters; nil otherwise.
    public static func web(_ text: String) -> String? {
        let url = text.trimmingASCIISpaces()
        let lower = url.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = url.dropFirst(8) } else if lower.hasPrefix("http://") { rest = url.dropFirst(7) } else { return nil }
        guard let first = rest.first, first != "/", first != "." else { return nil }
        guard !url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" || $0 == "`" }) else {
            return nil
        }
        return url
    }

    /// True for links the site itself generates: relative paths, fragments,
    /// and absolute http(s)/mailto addresses. Used as a last check when an
    /// `href` or `src` is written, so that no other scheme can reach a page.
    public static func isAllowedInPage(_ link: String) -> Bool {
        var scheme = ""
        for character in link.unicodeScalars {
            if character == ":" {
                let lower = scheme.lowercased()
                return lower == "http" || lower == "https" || lower == "mailto"
            }
            if character == "/" || character == "?" || character == "#" { return true }
            scheme.unicodeScalars.append(character)
        }
        return true
    }
}
