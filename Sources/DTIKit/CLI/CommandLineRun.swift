#if canImport(Glibc)
import Glibc
#endif

/// Where a command writes: standard output and standard error, replaceable in tests.
public struct Console: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.err = err
    }

    /// The process's own stdout and stderr, unbuffered line by line.
    public static let standard = Console(
        out: { line in FileHandleWriter.write(line + "\n", to: 1) },
        err: { line in FileHandleWriter.write(line + "\n", to: 2) })
}

enum FileHandleWriter {
    static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var done = 0
            while done < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n <= 0 { if n < 0 && errno == EINTR { continue }; return }
                done += n
            }
        }
    }
}

/// A dti subcommand.
struct Command: Sendable {
    var name: String
    var summary: String
    var usage: String
    var options: [OptionSpec]
    /// How many arguments without `--` it takes (`dti new DIR`: one).
    var positionals = 0
    var run: @Sendable (ParsedArguments, Console) -> Int32

    func help() -> String {
        "\(summary)\n\nCách dùng: \(usage)\n\nTuỳ chọn:\n" + ArgumentParser.help(for: options + [helpOption])
    }
}

let helpOption = OptionSpec.flag("help", "in hướng dẫn này")

/// The `dti` command line.
public enum DTICommandLine {
    public static let version = "0.1.0"

    static var commands: [Command] { [NewCommand.command, CheckCommand.command, BuildCommand.command, ServeCommand.command] }

    static var overview: String {
        var lines = ["dti \(version): dựng cổng thông tin Chỉ số chuyển đổi số (DTI) từ các bảng CSV.", "",
                     "Cách dùng: dti <lệnh> [tuỳ chọn]", "", "Các lệnh:"]
        let width = commands.map(\.name.count).max() ?? 0
        for command in commands { lines.append("  " + command.name.padding(toLength: width + 2) + command.summary) }
        lines.append("  " + "help".padding(toLength: width + 2) + "hướng dẫn một lệnh: dti help <lệnh>")
        lines += ["", "Tuỳ chọn chung:", "  --help     in hướng dẫn", "  --version  in phiên bản", "",
                  "Mã thoát: 0 thành công, 1 có lỗi (hoặc cảnh báo khi dùng --strict), 2 sai cách dùng."]
        return lines.joined(separator: "\n")
    }

    /// Runs `arguments` (without the program name) and returns the exit code:
    /// 0 ok, 1 errors (or warnings under `--strict`), 2 usage.
    public static func run(_ arguments: [String], console: Console = .standard) -> Int32 {
        guard let first = arguments.first else {
            console.err(overview)
            return 2
        }
        switch first {
        case "--help", "-h":
            console.out(overview)
            return 0
        case "--version", "version":
            console.out("dti \(version)")
            return 0
        case "help":
            guard arguments.count > 1 else { console.out(overview); return 0 }
            guard let command = commands.first(where: { $0.name == arguments[1] }) else {
                console.err("error: không có lệnh `\(arguments[1])`\n\n" + overview)
                return 2
            }
            console.out(command.help())
            return 0
        default:
            break
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            let near = commands.map(\.name).first { EditDistance.between(first, $0) <= 2 }
            console.err("error: " + (first.hasPrefix("-") ? "tuỳ chọn không được hỗ trợ `\(first)`" : "không có lệnh `\(first)`")
                        + (near.map { "; có phải `\($0)`?" } ?? "") + "\n\n" + overview)
            return 2
        }
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), options: command.options + [helpOption],
                                              maxPositionals: command.positionals)
        } catch {
            console.err("error: \(error.message)\n\n" + command.help())
            return 2
        }
        if parsed.has("help") {
            console.out(command.help())
            return 0
        }
        return command.run(parsed, console)
    }

    /// Whether a theme folder named with `--theme` exists; says so when not.
    /// (Without `--theme`, a missing `Theme/` simply means the built-in theme.)
    static func themeFolderExists(_ path: String, console: Console) -> Bool {
        if FileSystem.isDirectory(path) { return true }
        console.err("error: không có thư mục giao diện `\(path)`")
        console.err("    gợi ý: Bỏ --theme để dùng giao diện có sẵn, hoặc tạo thư mục bằng `dti new --theme \(path)`.")
        return false
    }

    /// Prints diagnostics the way a compiler does, then the summary line.
    static func printDiagnostics(_ list: DiagnosticList, console: Console, verbose: Bool = false) {
        for line in list.report(verbose: verbose) { console.err(line) }
    }
}

extension CommandLine {
    /// Runs a dti command line and returns the process exit code.
    public static func run(_ arguments: [String]) -> Int32 {
        DTICommandLine.run(arguments)
    }
}
