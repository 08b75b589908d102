import Foundation
@testable import DTIKit

/// Paths and scratch content trees shared by the tests.
enum TestSupport {
    /// The package root (the folder holding Package.swift).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    static var bundledContent: String { packageRoot + "/Content" }
    static var bundledTheme: String { packageRoot + "/Theme" }

    /// A fresh empty folder under the system temporary directory.
    static func temporaryDirectory(_ label: String = "dti-test") -> String {
        let path = NSTemporaryDirectory() + "\(label)-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Copies a folder tree (for tests that modify content).
    static func copy(_ source: String, to destination: String) {
        try? FileManager.default.removeItem(atPath: destination)
        try! FileManager.default.copyItem(atPath: source, toPath: destination)
    }

    /// Writes `files` (relative path → text) under `root`, creating folders.
    static func write(_ files: [String: String], under root: String) {
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let full = root + "/" + path
            try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try! text.write(toFile: full, atomically: false, encoding: .utf8)
        }
    }

    /// A minimal valid content tree: one framework and one ranking.
    static let minimalContent: [String: String] = [
        "site.conf": "title = Thử nghiệm\nbase_url = https://dti.example.gov.vn/\n",
        "frameworks/khung.csv": "code,name,short,max,group,pillar\n1,Nhận thức số,Nhận thức,40,nen-tang,\n2,Hoạt động chính quyền số,Chính quyền số,60,hoat-dong,CQS\n",
        "frameworks/khung.conf": "name = Khung thử\nlegal_basis = Quyết định số 1/QĐ-UBND\ntotal = 100\nband.Tốt = 80\nband.Khá = 50\nband.Yếu = 0\n",
        "rankings/2022/so.csv": "STT,Tên đơn vị,Nhận thức,Chính quyền số,Tổng điểm,Xếp loại,Xếp hạng\n1,Sở A,40,50,90,Tốt,1\n2,Sở B,30,30,60,Khá,2\n",
        "rankings/2022/so.conf": "framework = khung\ntitle = Bảng thử\nsource = Phụ lục thử\n",
    ]

    /// Runs the dti command line in process and captures its output.
    static func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let box = OutputBox()
        let console = Console(out: { box.append(out: $0) }, err: { box.append(err: $0) })
        let code = DTICommandLine.run(arguments, console: console)
        return (code, box.out, box.err)
    }
}

/// Collects console output from a command run in tests.
final class OutputBox: @unchecked Sendable {
    private let lock = NSLock()
    private var outLines: [String] = []
    private var errLines: [String] = []
    func append(out line: String) { lock.lock(); outLines.append(line); lock.unlock() }
    func append(err line: String) { lock.lock(); errLines.append(line); lock.unlock() }
    var out: String { lock.lock(); defer { lock.unlock() }; return outLines.joined(separator: "\n") }
    var err: String { lock.lock(); defer { lock.unlock() }; return errLines.joined(separator: "\n") }
}
