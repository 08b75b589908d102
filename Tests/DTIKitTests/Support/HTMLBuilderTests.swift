import Testing
@testable import DTIKit

/// `HTML` has one method per number of attributes for the common cases and
/// variadic ones beyond: every form writes its attributes in order, escapes
/// each value, and closes what it opens.
@Suite("HTML builder")
struct HTMLBuilderTests {
    static let hostile = "Sở \"A\" <b>&'"
    static let escaped = "Sở &quot;A&quot; &lt;b&gt;&amp;&#39;"

    /// ` a1="…" a2="…"` … for `count` attributes.
    static func expected(_ count: Int) -> String {
        (0..<count).map { " a\($0 + 1)=\"\(escaped)\"" }.joined()
    }

    @Test func everyArityWritesItsAttributesInOrderEscaped() {
        let v = Self.hostile
        func a(_ n: Int) -> Attribute {
            switch n {
            case 1: return Attribute("a1", v)
            case 2: return Attribute("a2", v)
            case 3: return Attribute("a3", v)
            case 4: return Attribute("a4", v)
            case 5: return Attribute("a5", v)
            case 6: return Attribute("a6", v)
            case 7: return Attribute("a7", v)
            default: return Attribute("a8", v)
            }
        }
        var html = HTML()
        html.element(.p, content: { $0.text(v) })
        html.element(.p, a(1), content: { $0.text(v) })
        html.element(.p, a(1), a(2), content: { $0.text(v) })
        html.element(.p, a(1), a(2), a(3), content: { $0.text(v) })
        html.element(.p, a(1), a(2), a(3), a(4), content: { $0.text(v) })
        html.element(.p, a(1), a(2), a(3), a(4), a(5), content: { $0.text(v) })
        html.element(.p, a(1), a(2), a(3), a(4), a(5), a(6), content: { $0.text(v) })
        let content = (0...6).map { "<p\(Self.expected($0))>\(Self.escaped)</p>" }.joined()
        #expect(html.string == content)

        html = HTML()
        html.element(.td, text: v)
        html.element(.td, a(1), text: v)
        html.element(.td, a(1), a(2), text: v)
        html.element(.td, a(1), a(2), a(3), text: v)
        html.element(.td, a(1), a(2), a(3), a(4), text: v)
        html.element(.td, a(1), a(2), a(3), a(4), a(5), text: v)
        html.element(.td, a(1), a(2), a(3), a(4), a(5), a(6), text: v)
        #expect(html.string == (0...6).map { "<td\(Self.expected($0))>\(Self.escaped)</td>" }.joined())

        html = HTML()
        html.void(.rect, a(1), selfClosing: true)
        html.void(.rect, a(1), a(2), selfClosing: true)
        html.void(.rect, a(1), a(2), a(3), selfClosing: true)
        html.void(.rect, a(1), a(2), a(3), a(4), selfClosing: true)
        html.void(.rect, a(1), a(2), a(3), a(4), a(5), selfClosing: true)
        html.void(.rect, a(1), a(2), a(3), a(4), a(5), a(6), selfClosing: true)
        html.void(.rect, a(1), a(2), a(3), a(4), a(5), a(6), a(7), selfClosing: true)
        html.void(.rect, a(1), a(2), a(3), a(4), a(5), a(6), a(7), a(8), selfClosing: true)
        #expect(html.string == (1...8).map { "<rect\(Self.expected($0))/>" }.joined())

        html = HTML()
        html.void(.input, a(1), a(2), a(3), a(4))
        html.void(.input, a(1), a(2), a(3), a(4), a(5), a(6))
        #expect(html.string == "<input\(Self.expected(4))><input\(Self.expected(6))>")
    }

    @Test func numberAndFlagAttributesInTheFixedForms() {
        var html = HTML()
        html.void(.circle, .class("marker series-dti"), Attribute("cx", number: 0.1 + 0.2), Attribute("cy", number: 106.354),
                  Attribute("r", number: 4.5), selfClosing: true)
        html.element(.text, Attribute("x", number: 356), Attribute("y", number: 14), Attribute("text-anchor", "end"), .class("value"),
                     text: "20,03 / 50")
        html.void(.input, Attribute(flag: "hidden"), Attribute("size", integer: -3), Attribute("type", "search"), Attribute("name", "q"))
        #expect(html.string == "<circle class=\"marker series-dti\" cx=\"0.3\" cy=\"106.35\" r=\"4.5\"/>"
                + "<text x=\"356\" y=\"14\" text-anchor=\"end\" class=\"value\">20,03 / 50</text>"
                + "<input hidden size=\"-3\" type=\"search\" name=\"q\">")
    }
}
