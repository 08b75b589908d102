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
        guard !url.unicodeScalars.contains(where: { $0.value <= 0x20 || ControlCharacters.isControl($0) || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" || $0 == "`" }) else {
            return nil
        }
        return url
    }

    /// True for links the site itself generates: relative paths, fragments,
    /// and absolute http(s)/mailto addresses. Used as a last check when an
    /// `href` or `src` is written, so that no other scheme can reach a page.
    public static func isAllowedInPage(_ link: String) -> Bool {
        // Read on the UTF-8 bytes: every href of every page passes here, and
        // building the scheme as a String cost a percent of a build.
        return link.withUTF8Bytes { utf8 in
            if isProtocolRelative(utf8) { return false }
            for (position, byte) in utf8.enumerated() {
                switch byte {
                case UInt8(ascii: ":"): return isAllowedScheme(UnsafeBufferPointer(rebasing: utf8[..<position]))
                case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"): return true
                default: continue
                }
            }
            return true
        }
    }

    /// A link to a page of this site written in Markdown (`gioi-thieu/`,
    /// `../du-lieu/`, `#muc-2`): no scheme, and not protocol-relative.
    public static func isRelativeLink(_ link: String) -> Bool {
        !link.isEmpty && !link.contains(":") && !link.withUTF8Bytes(isProtocolRelative)
    }

    /// `//evil.example/x` (or `/\evil.example`, `\\evil.example`) takes the
    /// page's scheme but names another host: never a link within the site.
    /// Read as the link will finally be read: browsers drop leading spaces
    /// and control characters and ignore tabs and line breaks anywhere, and
    /// the HTML writer drops every control character (`/\0/evil.example`
    /// is written `//evil.example`), so spaces and controls (C0, DEL, C1)
    /// are skipped before and between the two slashes.
    static func isProtocolRelative(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var slashes = 0
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            i += 1
            if byte <= 0x20 || byte == 0x7F { continue }
            if byte == 0xC2, i < utf8.count, utf8[i] >= 0x80, utf8[i] <= 0x9F { i += 1; continue }
            guard byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") else { return false }
            slashes += 1
            if slashes == 2 { return true }
        }
        return false
    }

    /// `http`, `https` or `mailto`, in any mix of ASCII case.
    private static func isAllowedScheme(_ scheme: UnsafeBufferPointer<UInt8>) -> Bool {
        func equals(_ lowercase: StaticString) -> Bool {
            guard scheme.count == lowercase.utf8CodeUnitCount else { return false }
            // `| 0x20` lowercases an ASCII letter; it maps no other byte onto a lowercase letter.
            for (i, byte) in scheme.enumerated() where byte | 0x20 != lowercase.utf8Start[i] { return false }
            return true
        }
        return equals("http") || equals("https") || equals("mailto")
    }
}
