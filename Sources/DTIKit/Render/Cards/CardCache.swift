#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Social card images kept between builds, by the digest of what they
/// show (`CardSketch.digest`), so that a rebuild with unchanged data draws
/// none: `.dti/Site.cards/<digest>.png` beside the output (see
/// `OutputLocation.cards`).
///
/// Content-addressed, so an entry never needs invalidating: a card whose
/// name, numbers, colours, fonts or layout changed has another digest.
/// After a build, `prune` removes every entry that build did not use, so
/// the folder holds one file per card of the current site.
///
/// Like the rest of `.dti/`, nothing here follows a symbolic link: the
/// folder is opened once with `O_NOFOLLOW | O_DIRECTORY` (a link or a file
/// at its place is removed and a real folder made), and every entry is
/// read, written, renamed and removed relative to that descriptor, with
/// `O_NOFOLLOW` on every open. An entry is written beside its final name
/// and renamed into place, so a reader never sees half a file; what is read
/// is still checked (PNG signature, size, every chunk's CRC, IEND last)
/// and anything else is drawn again. Failing to read or write the cache
/// never fails a build: the card is drawn, as without a cache.
final class CardCache: @unchecked Sendable {
    /// The folder, for messages.
    let path: String
    private let folder: Int32
    private let lock = NSLock()
    private var used: Set<String> = []
    private var temporaryCounter = 0

    /// Opens (making it if needed) the cache folder at `path`; nil when it
    /// cannot be made a real folder.
    init?(path: String) {
        self.path = path
        var info = stat()
        if lstat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR {
            unlink(path)    // a link or a file where the folder belongs: the entry itself goes
        }
        mkdir(path, 0o755)
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        folder = fd
    }

    deinit { close(folder) }

    /// The file name of a digest: 32 hex digits (128 bits) and `.png`.
    static func name(for digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(digest.prefix(16).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }) + ".png"
    }

    /// The cached image for `digest`, if there is a sound one; the entry is
    /// marked as used either way (it is about to be written if missing).
    func image(for digest: [UInt8], width: Int, height: Int) -> [UInt8]? {
        let name = Self.name(for: digest)
        lock.lock(); used.insert(name); lock.unlock()
        let fd = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0, info.st_size < 16 << 20 else { return nil }
        let size = Int(info.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, size - done) }
            if n <= 0 { return nil }
            done += n
        }
        return Self.isSoundPNG(bytes, width: width, height: height) ? bytes : nil
    }

    /// Stores `bytes` as the image for `digest` (written beside, then renamed in).
    func store(_ bytes: [UInt8], for digest: [UInt8]) {
        let name = Self.name(for: digest)
        lock.lock()
        temporaryCounter += 1
        let temporary = ".\(name).\(getpid()).\(temporaryCounter).tmp"
        lock.unlock()
        let fd = openat(folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n <= 0 { break }
            done += n
        }
        close(fd)
        if done == bytes.count && renameat(folder, temporary, folder, name) == 0 { return }
        unlinkat(folder, temporary, 0)
    }

    /// Removes every entry not asked for since the cache was opened (and
    /// any temporary file a killed build left). Only regular files and
    /// links are removed; nothing is entered.
    func prune() {
        lock.lock()
        let keep = used
        lock.unlock()
        let copy = dup(folder)
        guard copy >= 0, let dir = fdopendir(copy) else { return }
        defer { closedir(dir) }
        var stale: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            guard name != ".", name != "..", entry.pointee.d_type != UInt8(DT_DIR), !keep.contains(name) else { continue }
            stale.append(name)
        }
        for name in stale { unlinkat(folder, name, 0) }
    }

    /// Whether `bytes` is a whole PNG of `width` × `height`: signature, IHDR
    /// first with that size, every chunk inside the file with a matching
    /// CRC-32, IEND last. Cheap next to drawing (one CRC pass over ~60 kB).
    static func isSoundPNG(_ bytes: [UInt8], width: Int, height: Int) -> Bool {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count > 8 + 25 + 12, Array(bytes[0..<8]) == signature else { return false }
        func u32(_ at: Int) -> Int { Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3]) }
        var at = 8
        var first = true
        while at + 12 <= bytes.count {
            let length = u32(at)
            guard length <= bytes.count - at - 12 else { return false }
            let type = String(decoding: bytes[(at + 4)..<(at + 8)], as: UTF8.self)
            let crc = bytes.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[(at + 4)..<(at + 8 + length)])) }
            guard UInt32(u32(at + 8 + length)) == crc else { return false }
            if first {
                guard type == "IHDR", length == 13, u32(at + 8) == width, u32(at + 12) == height else { return false }
                first = false
            }
            at += 12 + length
            if type == "IEND" { return at == bytes.count }
        }
        return false
    }
}
