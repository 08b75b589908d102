import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files from several threads, collecting totals, checksums and the first error.
final class ParallelWriter: @unchecked Sendable {
    private let directory: String
    private let workers: Int
    /// The folder was empty: create files without looking for old ones.
    private let fresh: Bool
    private let lock = NSLock()
    private var totals = WriteTotals()
    private var failure: FileSystemError?

    /// Checksums of the files already in the folder, by path (see `PreviousChecksums`).
    let knownChecksums: [String: String]

    init(directory: String, workers: Int, fresh: Bool = false, knownChecksums: [String: String] = [:]) {
        self.directory = directory
        self.workers = workers
        self.fresh = fresh
        self.knownChecksums = knownChecksums
    }

    var result: Result<WriteTotals, FileSystemError> {
        lock.lock(); defer { lock.unlock() }
        if let failure { return .failure(failure) }
        return .success(totals)
    }

    private var nextJob = 0
    private var checksums: [PublishedFile] = []

    /// Hands out job indices in order, one at a time.
    private func takeJob() -> Int {
        lock.lock(); defer { lock.unlock() }
        let index = nextJob
        nextJob += 1
        return index
    }

    /// Renders and writes `jobs` on `workers` threads; returns each data file's checksum entry.
    @discardableResult
    func run(_ jobs: [OutputJob], _ produce: @Sendable (OutputJob) -> (String, [UInt8])) -> [PublishedFile] {
        lock.lock(); nextJob = 0; checksums = []; lock.unlock()
        DispatchQueue.concurrentPerform(iterations: min(workers, max(1, jobs.count))) { _ in
            var local = WriteTotals()
            var localFiles: [PublishedFile] = []
            while true {
                let index = self.takeJob()
                guard index < jobs.count, !self.failed else { break }
                let job = jobs[index]
                let (path, bytes) = produce(job)
                var changed = true
                var stamp = FileStamp()
                do throws(FileSystemError) {
                    changed = try self.store(bytes, at: path, stamp: &stamp)
                } catch {
                    self.fail(error)
                    break
                }
                local.files += 1
                local.bytes += bytes.count
                local.paths.append(path)
                local.stamps.append(stamp)
                if job.isPage { local.pages += 1 }
                if job.isData {
                    // A file left byte-identical keeps the checksum the previous build computed for it.
                    let known = changed ? nil : self.knownChecksums[path]
                    localFiles.append(PublishedFile(path: path, bytes: bytes.count, sha256: known ?? SHA256.hex(bytes)))
                }
            }
            self.lock.lock()
            self.totals.files += local.files
            self.totals.bytes += local.bytes
            self.totals.pages += local.pages
            self.totals.paths += local.paths
            self.totals.stamps += local.stamps
            self.checksums += localFiles
            self.lock.unlock()
        }
        lock.lock(); defer { lock.unlock() }
        return checksums
    }

    /// Writes one file: created outright in a fresh folder, else rewritten
    /// only if its bytes changed. Returns whether anything was written.
    @discardableResult
    private func store(_ bytes: [UInt8], at path: String, stamp: inout FileStamp) throws(FileSystemError) -> Bool {
        let target = directory + "/" + path
        guard fresh else { return try FileSystem.writeIfChanged(bytes, to: target, stamp: &stamp, makingFolders: true) }
        // A page's folder is nearly always its own and not made yet: make it
        // first instead of failing to open (if it exists, or its parent does
        // not, the write sorts that out).
        if path.hasSuffix("/index.html") { mkdir(FileSystem.dirname(of: target), 0o755) }
        try FileSystem.write(bytes, to: target, stamp: &stamp, makingFolders: true)
        return true
    }

    private var failed: Bool { lock.lock(); defer { lock.unlock() }; return failure != nil }
    private func fail(_ error: FileSystemError) { lock.lock(); if failure == nil { failure = error }; lock.unlock() }
}

/// The checksums a previous build wrote into the folder being rebuilt.
///
/// They are read and the file is removed before anything is written: if
/// this build is killed, the folder holds no checksum file that could
/// disagree with its half-rewritten data, and the next build hashes afresh.
enum PreviousChecksums {
    static func take(from path: String) -> [String: String] {
        guard let bytes = FileSystem.read(path) else { return [:] }
        unlink(path)
        var result: [String: String] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            guard line.count > 66 else { continue }
            let hash = String(line.prefix(64))
            result[Routes.openData + line.dropFirst(66)] = hash
        }
        return result
    }
}
