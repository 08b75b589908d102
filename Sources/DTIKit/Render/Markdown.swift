/// A small Markdown subset for `pages/*.md`: headings, paragraphs, lists,
/// links, **bold**, *emphasis* and `code`. Everything from the file is text:
/// raw HTML in Markdown is shown as text, and links must be http(s),
/// mailto or relative.
enum Markdown {
    static func render(_ source: String, into html: inout HTML, printURL: String? = nil) {
        var paragraph: [String] = []
        var list: (ordered: Bool, items: [String])?

        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            html.element(.p) { inline(paragraph.joined(separator: " "), into: &$0) }
            paragraph.removeAll()
        }
        func flushList() {
            guard let current = list else { return }
            html.element(current.ordered ? .ol : .ul) { html in
                for item in current.items { html.element(.li) { inline(item, into: &$0) } }
            }
            list = nil
        }

        var sawTitle = false
        for rawLine in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine).trimmingASCIISpaces()
            if line.isEmpty { flushParagraph(); flushList(); continue }
            if line.hasPrefix("#") {
                let level = line.prefix(while: { $0 == "#" }).count
                if level <= 6, line.dropFirst(level).first == " " {
                    flushParagraph(); flushList()
                    let text = String(line.dropFirst(level + 1))
                    let tag: Tag = [.h1, .h2, .h3, .h4, .h4, .h4][level - 1]
                    html.element(tag) { inline(text, into: &$0) }
                    if level == 1 && !sawTitle, let printURL { html.element(.p, .class("print-url"), text: printURL) }
                    sawTitle = sawTitle || level == 1
                    continue
                }
            }
            if let item = listItem(line) {
                flushParagraph()
                if list == nil || list!.ordered != item.ordered { flushList(); list = (item.ordered, []) }
                list!.items.append(item.text)
                continue
            }
            flushList()
            paragraph.append(line)
        }
        flushParagraph()
        flushList()
    }

    private static func listItem(_ line: String) -> (ordered: Bool, text: String)? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return (false, String(line.dropFirst(2))) }
        let digits = line.prefix(while: \.isNumber)
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") { return (true, String(line.dropFirst(digits.count + 2))) }
        return nil
    }

    /// Inline markup: links, bold, emphasis, code. Unmatched markers stay text.
    ///
    /// The rules are those of a left-to-right scan: at `[`, the first `](`
    /// after it and the first `)` after that make a link; at `` ` ``, `**`,
    /// `*` or `_`, the next same marker closes it. To keep that linear, the
    /// text is split into characters once and where each marker occurs is
    /// listed once (`InlineMarkers`): finding a closing marker is then a
    /// binary search, not a scan to the end of the paragraph (a page of
    /// unmatched `[` took quadratic time: 49 s for 32 kB). Nested markup (a
    /// link's label, bold text) is read as a range of the same characters.
    static func inline(_ text: String, into html: inout HTML) {
        let characters = Array(text)
        let markers = InlineMarkers(characters)
        inline(characters, 0..<characters.count, markers, into: &html)
    }

    private static func inline(_ characters: [Character], _ range: Range<Int>, _ markers: InlineMarkers, into html: inout HTML) {
        var index = range.lowerBound
        let end = range.upperBound
        var pending = ""
        func flush(_ html: inout HTML) { if !pending.isEmpty { html.text(pending); pending = "" } }
        while index < end {
            let c = characters[index]
            if c == "[", let close = markers.linkMiddle.first(from: index + 1, length: 2, before: end),
               let stop = markers.closingParenthesis.first(from: close + 2, length: 1, before: end) {
                let url = String(characters[(close + 2)..<stop]).trimmingASCIISpaces()
                flush(&html)
                if SafeURL.web(url) != nil || url.hasPrefix("mailto:") || SafeURL.isRelativeLink(url) {
                    html.element(.a, .href(url)) { inline(characters, (index + 1)..<close, markers, into: &$0) }
                } else {
                    html.text(String(characters[(index + 1)..<close]))
                }
                index = stop + 1
                continue
            }
            if c == "`", let stop = markers.backtick.first(from: index + 1, length: 1, before: end) {
                flush(&html)
                html.element(.code, text: String(characters[(index + 1)..<stop]))
                index = stop + 1
                continue
            }
            if c == "*", index + 1 < end, characters[index + 1] == "*",
               let stop = markers.doubleStar.first(from: index + 2, length: 2, before: end), stop > index + 2 {
                flush(&html)
                html.element(.strong) { inline(characters, (index + 2)..<stop, markers, into: &$0) }
                index = stop + 2
                continue
            }
            if c == "*" || c == "_", let stop = (c == "*" ? markers.star : markers.underscore).first(from: index + 1, length: 1, before: end),
               stop > index + 1 {
                flush(&html)
                html.element(.em) { inline(characters, (index + 1)..<stop, markers, into: &$0) }
                index = stop + 1
                continue
            }
            pending.append(c)
            index += 1
        }
        flush(&html)
    }
}

/// Where each inline marker occurs in a paragraph's characters, listed once.
struct InlineMarkers {
    /// Sorted positions of one marker.
    struct Positions {
        var list: [Int] = []

        /// The first position at or after `from` whose marker, `length`
        /// characters long, ends at or before `before`; nil when none.
        func first(from: Int, length: Int, before: Int) -> Int? {
            var low = 0, high = list.count
            while low < high {
                let middle = (low + high) / 2
                if list[middle] < from { low = middle + 1 } else { high = middle }
            }
            guard low < list.count, list[low] + length <= before else { return nil }
            return list[low]
        }
    }

    var linkMiddle = Positions(), closingParenthesis = Positions(), backtick = Positions()
    var doubleStar = Positions(), star = Positions(), underscore = Positions()

    init(_ characters: [Character]) {
        for (i, c) in characters.enumerated() {
            switch c {
            case "]": if i + 1 < characters.count && characters[i + 1] == "(" { linkMiddle.list.append(i) }
            case ")": closingParenthesis.list.append(i)
            case "`": backtick.list.append(i)
            case "*":
                star.list.append(i)
                if i + 1 < characters.count && characters[i + 1] == "*" { doubleStar.list.append(i) }
            case "_": underscore.list.append(i)
            default: break
            }
        }
    }
}
