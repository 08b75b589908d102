import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a successful build leaves beside its output (`.dti/Site.state`), so that
/// the next `dti build` — a new process — can tell that nothing changed.
///
/// It records the input signature (see `BuildSession.signature`), a
/// fingerprint of every file in the output (path, size, mtime), and the
/// build's report, diagnostics included, so that a skipped build still
/// prints the same warnings. A build is skipped only when both signatures
/// match: any edited input, any touched, added or removed output file, a
/// different `dti` binary or different options means a real build.
struct BuildState: Sendable {
    var inputs: [UInt8]
    var outputs: [UInt8]
    var report: BuildReport

    /// The state file for an output folder: `.dti/<name>.state` beside it.
    static func path(for output: String) -> String { OutputLocation(output).state }

    /// A digest of every file under `root`: relative path, size, modification time.
    ///
    /// Walked with directory descriptors (`openat`, `fstatat` relative to
    /// the folder), so that ten thousand outputs cost ten thousand short
    /// lookups rather than as many full path resolutions. A folder with many
    /// entries (`don-vi/` has one per unit) is split into runs walked in
    /// parallel, each into its own buffer, joined in name order: the records
    /// and so the digest are those of a walk on one thread.
    static func fingerprint(of root: String) -> [UInt8]? {
        let top = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard top >= 0 else { return nil }
        var buffer = ByteBuffer(capacity: 1 << 20)
        walk(top, "", into: &buffer)
        return SHA256.hash(buffer.bytes)
    }

    /// Entries per run when a folder is split between threads.
    private static let run = 256

    /// Appends the records of every file under `folder` (closed afterwards).
    private static func walk(_ folder: Int32, _ relative: String, into buffer: inout ByteBuffer) {
        guard let dir = fdopendir(folder) else { close(folder); return }
        defer { closedir(dir) }
        let names = FileSystem.names(in: dir)
        let fd = dirfd(dir)
        guard names.count > run else {
            record(names[...], in: fd, relative, into: &buffer)
            return
        }
        let runs = (names.count + run - 1) / run
        let parts = ResultSlots<ByteBuffer>(count: runs)
        DispatchQueue.concurrentPerform(iterations: runs) { i in
            var part = ByteBuffer(capacity: run * 64)
            record(names[(i * run)..<min(names.count, (i + 1) * run)], in: fd, relative, into: &part)
            parts.set(i, part)
        }
        for part in parts.values { buffer.append(part) }
    }

    /// The same digest as `fingerprint(of:)`, from the files a build wrote
    /// (relative paths and their stamps, in any order): sorted as the walk
    /// visits them, names in byte order within each folder, a folder's files
    /// in its place. That is byte order of the paths with `/` counted below
    /// every other byte (`a/b` before `a-c`, as folder `a` precedes `a-c`).
    static func fingerprint(paths: [String], stamps: [FileStamp]) -> [UInt8] {
        precondition(paths.count == stamps.count)
        let keys = paths.map { path in path.utf8.map { $0 == UInt8(ascii: "/") ? 0 : $0 } }
        // memcmp order is byte order; the generic `lexicographicallyPrecedes`
        // went element by element and made this the build's last serial step.
        let order = paths.indices.sorted { a, b in
            keys[a].withUnsafeBufferPointer { x in keys[b].withUnsafeBufferPointer { y in FileSystem.bytesPrecede(x, y) } }
        }
        var buffer = ByteBuffer(capacity: paths.count * 64)
        for i in order { append(paths[i], stamps[i], to: &buffer) }
        return SHA256.hash(buffer.bytes)
    }

    /// One record of the fingerprint: `path|size|seconds.nanoseconds`.
    private static func append(_ path: String, _ stamp: FileStamp, to buffer: inout ByteBuffer) {
        buffer.append(path); buffer.append(UInt8(ascii: "|"))
        buffer.append(stamp.size); buffer.append(UInt8(ascii: "|"))
        buffer.append(stamp.seconds); buffer.append(UInt8(ascii: "."))
        buffer.append(stamp.nanoseconds); buffer.append(UInt8(ascii: "\n"))
    }

    /// The record of each file among `names`; folders are walked in place.
    private static func record(_ names: ArraySlice<String>, in fd: Int32, _ relative: String, into buffer: inout ByteBuffer) {
        for name in names {
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                let sub = openat(fd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                if sub >= 0 { walk(sub, child, into: &buffer) }
                continue
            }
            append(child, FileStamp(info), to: &buffer)
        }
    }

    // MARK: - File format: one record per line, fields separated by tabs.

    func write(to path: String) {
        var out = ByteBuffer(capacity: 4096)
        func line(_ fields: [String]) {
            out.append(fields.map(Self.escape).joined(separator: "\t"))
            out.append(UInt8(ascii: "\n"))
        }
        line(["dti-build-state", "1"])
        line(["inputs", Self.hex(inputs)])
        line(["outputs", Self.hex(outputs)])
        line(["totals", String(report.pages), String(report.files), String(report.bytes)])
        for d in report.diagnostics.items {
            // A workbook's sheet, when there is one, is a ninth field.
            line(["diagnostic", d.severity.rawValue, d.location.file, d.location.line.map(String.init) ?? "",
                  d.location.column.map(String.init) ?? "", d.kind, d.message, d.hint ?? ""] + (d.location.sheet.map { [$0] } ?? []))
        }
        // Write beside, then rename: a reader never sees half a state file.
        let temporary = path + ".tmp"
        do {
            try FileSystem.write(out.bytes, to: temporary)
            rename(temporary, path)
        } catch {
            unlink(temporary)
        }
    }

    static func read(from path: String) -> BuildState? {
        guard let bytes = FileSystem.read(path) else { return nil }
        var state = BuildState(inputs: [], outputs: [], report: BuildReport(diagnostics: DiagnosticList(), succeeded: true, pages: 0,
                                                                            files: 0, bytes: 0, seconds: 0, steps: []))
        var sawHeader = false
        for raw in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false).map { unescape(String($0)) }
            switch fields.first {
            case "dti-build-state": sawHeader = fields.count == 2 && fields[1] == "1"
            case "inputs": state.inputs = fields.count == 2 ? unhex(fields[1]) : []
            case "outputs": state.outputs = fields.count == 2 ? unhex(fields[1]) : []
            case "totals" where fields.count == 4:
                state.report.pages = Int(fields[1]) ?? 0
                state.report.files = Int(fields[2]) ?? 0
                state.report.bytes = Int(fields[3]) ?? 0
            case "diagnostic" where fields.count == 8 || fields.count == 9:
                guard let severity = Diagnostic.Severity(rawValue: fields[1]) else { return nil }
                let location = SourceLocation(file: fields[2], line: Int(fields[3]), column: Int(fields[4]), sheet: fields.count == 9 ? fields[8] : nil)
                state.report.diagnostics.append(Diagnostic(severity, location, fields[6], hint: fields[7].isEmpty ? nil : fields[7], kind: fields[5]))
            default:
                return nil
            }
        }
        guard sawHeader, state.inputs.count == 32, state.outputs.count == 32 else { return nil }
        return state
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
    }

    private static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var out = ""
        var escaping = false
        for character in text {
            if escaping {
                out.append(character == "t" ? "\t" : character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] })
    }

    private static func unhex(_ text: String) -> [UInt8] {
        let values = text.utf8.map { c -> UInt8 in c >= 97 ? c - 87 : c - 48 }
        guard values.count % 2 == 0 else { return [] }
        return stride(from: 0, to: values.count, by: 2).map { values[$0] << 4 | values[$0 + 1] }
    }
}
