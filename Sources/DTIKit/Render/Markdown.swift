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
    static func inline(_ text: String, into html: inout HTML) {
        let characters = Array(text)
        var index = 0
        var pending = ""
        func flush() { if !pending.isEmpty { html.text(pending); pending = "" } }
        func find(_ marker: String, from start: Int) -> Int? {
            let m = Array(marker)
            var i = start
            while i + m.count <= characters.count {
                if Array(characters[i..<(i + m.count)]) == m { return i }
                i += 1
            }
            return nil
        }
        while index < characters.count {
            let c = characters[index]
            if c == "[", let close = find("](", from: index + 1), let end = find(")", from: close + 2) {
                let label = String(characters[(index + 1)..<close])
                let url = String(characters[(close + 2)..<end]).trimmingASCIISpaces()
                flush()
                if SafeURL.web(url) != nil || url.hasPrefix("mailto:") || (!url.contains(":") && !url.isEmpty) {
                    html.element(.a, .href(url)) { inline(label, into: &$0) }
                } else {
                    html.text(label)
                }
                index = end + 1
                continue
            }
            if c == "`", let end = find("`", from: index + 1) {
                flush()
                html.element(.code, text: String(characters[(index + 1)..<end]))
                index = end + 1
                continue
            }
            if c == "*", index + 1 < characters.count, characters[index + 1] == "*", let end = find("**", from: index + 2), end > index + 2 {
                flush()
                html.element(.strong) { inline(String(characters[(index + 2)..<end]), into: &$0) }
                index = end + 2
                continue
            }
            if c == "*" || c == "_", let end = find(String(c), from: index + 1), end > index + 1 {
                flush()
                html.element(.em) { inline(String(characters[(index + 1)..<end]), into: &$0) }
                index = end + 1
                continue
            }
            pending.append(c)
            index += 1
        }
        flush()
    }
}
