/// The live-reload script that `dti serve` adds to HTML responses.
///
/// It exists only in responses: `dti build` never writes it, and the files in
/// the served folder never contain it. The page listens on a same-origin
/// event stream and
/// - reloads on `reload`, or when `hello` reports a newer build than the one
///   the page was served from;
/// - on `css`, re-fetches its stylesheets in place, keeping scroll position
///   and open details, because only Theme/*.css changed.
public enum LiveReload {
    /// The event stream's path; under `/__dti/`, which no site file can use.
    public static let eventsPath = "/__dti/events"

    static func script(generation: Int) -> String {
        """
        <script data-dti-serve>(function(){if(!window.EventSource)return;var g=\(generation),\
        s=new EventSource("\(eventsPath)");function n(e){return parseInt(e.data,10)}\
        s.addEventListener("hello",function(e){if(n(e)!==g)location.reload()});\
        s.addEventListener("reload",function(){location.reload()});\
        s.addEventListener("css",function(e){g=n(e);var l=document.querySelectorAll('link[rel="stylesheet"]');\
        for(var i=0;i<l.length;i++){l[i].href=l[i].href.split("?")[0]+"?dti-serve="+g}})})();</script>
        """
    }

    /// The page with the script added just before its last `</body>` (or at
    /// the end, when the page has none).
    public static func inject(into html: [UInt8], generation: Int) -> [UInt8] {
        let tag = Array(script(generation: generation).utf8)
        let marker = Array("</body>".utf8)
        var index = html.count - marker.count
        while index >= 0 {
            if html[index] == marker[0], html[index..<index + marker.count].elementsEqual(marker) {
                return Array(html[..<index]) + tag + Array(html[index...])
            }
            index -= 1
        }
        return html + tag
    }
}

/// The page every HTML request gets while the last build has failed: status
/// 500, the diagnostics exactly as `dti build` prints them (escaped), and the
/// live-reload script, so that saving the fixed file brings the site back.
public enum BuildErrorPage {
    public static func render(_ diagnostics: DiagnosticList, generation: Int) -> [UInt8] {
        var html = HTML(capacity: 8192)
        html.raw("<!doctype html>\n")
        html.element(.html, .lang("vi")) { html in
            html.element(.head) { html in
                html.void(.meta, Attribute("charset", "utf-8"))
                html.void(.meta, Attribute("name", "viewport"), Attribute("content", "width=device-width, initial-scale=1"))
                html.element(.title, text: "Dựng không thành công · dti serve")
                html.element(.style) { html in
                    html.raw(RawHTML(trusted: "body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:1.5rem;color:#1a1a1a;background:#fff}"
                             + "main{max-width:60rem;margin:auto}h1{color:#a30d11;font-size:1.5rem}"
                             + "pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#fbeaea;border-left:4px solid #a30d11;padding:1rem;font-size:.9rem}"))
                }
            }
            html.element(.body) { html in
                html.element(.main) { html in
                    html.element(.h1, text: "Dựng không thành công")
                    let errors = diagnostics.errors.count
                    html.element(.p, text: "dti tìm thấy \(errors) lỗi trong nội dung. Trang đang xem chưa được cập nhật. "
                                 + "Sửa tệp theo hướng dẫn dưới đây rồi lưu lại: trang sẽ tự tải lại.")
                    html.element(.pre) { html in
                        for line in diagnostics.report() { html.text(line + "\n") }
                    }
                    html.element(.p, text: "Mỗi dòng ghi tệp:dòng:cột, mức độ (error = lỗi, warning = cảnh báo) và cách sửa.")
                }
            }
        }
        return LiveReload.inject(into: html.buffer.bytes, generation: generation)
    }
}
