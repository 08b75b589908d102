import Foundation
@testable import DTIKit
@testable import DTIBench

/// Helpers for the benchmark's tests: small plans and fresh folders.
enum BenchTestSupport {
    /// A plan small enough to generate, load and analyse in well under a second.
    static let smallPlan = SyntheticContentPlan(provinces: 3, departments: 4, communes: 7, periods: 2)

    /// A path that does not exist yet, inside a new folder under the system's temporary folder.
    static func temporaryFolder(_ name: String = "bench") -> String {
        let parent = FileManager.default.temporaryDirectory.path
        return try! BenchFolders.makeTemporary(in: parent.hasSuffix("/") ? String(parent.dropLast()) : parent) + "/" + name
    }

    /// Removes the temporary folder that holds `path` (made by `temporaryFolder`).
    static func cleanUp(_ path: String) {
        var folder = path
        while !folder.isEmpty, folder != "/", !(folder.split(separator: "/").last ?? "").hasPrefix("dti-bench-") {
            folder = FileSystem.dirname(of: folder)
        }
        if (folder.split(separator: "/").last ?? "").hasPrefix("dti-bench-") { FileSystem.removeTree(folder) }
    }

    /// Generates `plan` into a fresh folder and returns the summary.
    static func generate(_ plan: SyntheticContentPlan = smallPlan) -> SyntheticContentSummary {
        try! SyntheticContent.write(plan, to: temporaryFolder() + "/Content")
    }

    /// Every file under `root`, relative, sorted, with its bytes.
    static func files(_ root: String) -> [(path: String, bytes: [UInt8])] {
        var result: [(String, [UInt8])] = []
        func walk(_ relative: String) {
            let full = relative.isEmpty ? root : root + "/" + relative
            if let names = FileSystem.list(full) {
                for name in names { walk(relative.isEmpty ? name : relative + "/" + name) }
            } else if let bytes = FileSystem.read(full) {
                result.append((relative, bytes))
            }
        }
        walk("")
        return result
    }
}
