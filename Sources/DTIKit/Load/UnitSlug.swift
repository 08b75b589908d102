/// How a unit's slug is made from its name (and parent).
///
/// `Sở Tư pháp` → `so-tu-phap`; a commune qualified by its district keeps
/// both: `Xã Tân Phú` in `Huyện Châu Thành` → `xa-tan-phu-huyen-chau-thanh`.
/// A slug is a folder name and part of every link to the unit, so it is
/// capped at `maximumLength` bytes: a longer one is cut at a word boundary
/// and given a stable suffix, the first 8 hex digits of the SHA-256 of the
/// full slug, so that two long names sharing a beginning stay apart and the
/// slug never changes while the name does not.
public enum UnitSlug {
    /// The longest slug, in bytes (ASCII), suffix included.
    public static let maximumLength = 80

    /// The slug a unit gets when nothing else claims it (see `UnitIdentityResolver`).
    public static func base(name: String, parent: String?) -> String {
        var words = SlugTransliteration.words(name)
        if let parent { words += SlugTransliteration.words(parent) }
        return capped(words.joined(separator: "-"))
    }

    /// `slug` itself when short enough, else cut and suffixed with its hash.
    public static func capped(_ slug: String) -> String {
        guard slug.utf8.count > maximumLength else { return slug }
        let suffix = String(SHA256.hex(Array(slug.utf8)).prefix(8))
        var cut = String(slug.utf8.prefix(maximumLength - suffix.count - 1))!
        if let dash = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: dash) > maximumLength / 2 {
            cut = String(cut[..<dash])
        }
        while cut.hasSuffix("-") { cut.removeLast() }
        return cut + "-" + suffix
    }
}
