#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// `dti serve`: preview with live reload.
enum ServeCommand {
    static let command = Command(
        name: "serve",
        summary: "xem trước cổng thông tin, tự tải lại khi sửa Content/ hoặc Theme/",
        usage: "dti serve [--content DIR] [--theme DIR] [--port N] [--host ADDR] [--no-watch] [--poll]",
        options: [
            .value("content", "DIR", "thư mục nội dung (mặc định: Content)"),
            .value("theme", "DIR", "thư mục giao diện, thay từng tệp của giao diện có sẵn (mặc định: Theme, nếu có)"),
            .value("port", "N", "cổng (mặc định 8080; nếu bận, tự chọn cổng trống kế tiếp)"),
            .value("host", "ADDR", "địa chỉ lắng nghe (mặc định 127.0.0.1; 0.0.0.0 để máy khác trong mạng xem được)"),
            .flag("no-watch", "không theo dõi thay đổi, chỉ dựng một lần"),
            .flag("poll", "dò thay đổi bằng cách đọc lại thời gian sửa tệp (khi inotify không dùng được)"),
        ],
        run: { arguments, console in
            var options = ServeOptions()
            if let value = arguments.value("content") { options.content = value }
            if let value = arguments.value("theme") {
                guard DTICommandLine.themeFolderExists(value, console: console) else { return 2 }
                options.theme = value
            }
            if let value = arguments.value("host") { options.host = value }
            if let value = arguments.value("port") {
                guard let port = Int(value), (0...65535).contains(port) else {
                    console.err("error: `--port` cần một số từ 0 đến 65535, nhận được `\(value)`")
                    return 2
                }
                options.port = port
                options.portIsExplicit = true
            }
            options.watch = !arguments.has("no-watch")
            options.poll = arguments.has("poll")
            return run(options, console: console)
        })

    static func run(_ options: ServeOptions, console: Console) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        let session: PreviewSession
        do { session = try PreviewSession(options: options) { console.out($0) } } catch {
            console.err("error: \(error)")
            return 1
        }
        console.out("dti serve: \(options.content) + \(options.theme)")
        do {
            try session.start()
        } catch {
            session.stop()
            console.err("error: \(error)")
            return 1
        }
        // Ctrl-C and `kill` end the preview cleanly: port closed, threads joined.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let stopRequested = DispatchSemaphore(value: 0)
        let sources = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stopRequested.signal() }
            source.resume()
            return source
        }
        if !options.portIsExplicit && session.server.port != options.port {
            console.out("Cổng \(options.port) đang bận, dùng cổng \(session.server.port).")
        }
        console.out("Xem tại \(session.url)  (Ctrl-C để dừng)")
        for line in HostCheck.wildcardNotice(host: options.host, port: session.server.port) { console.out(line) }
        if options.watch {
            console.out("Đang theo dõi \(options.content) và \(options.theme)" + (options.poll ? " (dò định kỳ)" : "") + ": lưu tệp là trang tự cập nhật.")
        }
        stopRequested.wait()
        console.out("Đang dừng…")
        session.stop()
        sources.forEach { $0.cancel() }
        console.out("Đã dừng.")
        return 0
    }
}
