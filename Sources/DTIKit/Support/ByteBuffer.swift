#if canImport(Glibc)
import Glibc
#endif

/// A growable buffer of UTF-8 bytes that every renderer writes into.
///
/// Pages, feeds, JSON and CSV are all produced by appending bytes here, so a
/// page is never built by repeated `String` interpolation and never converted
/// between `String` and `Data` on the way to disk. Pages make tens of
/// thousands of small appends, so the storage is a plain allocation grown by
/// doubling and filled with `memcpy` (Array's generic append path was a tenth
/// of a build's time). It keeps value semantics: a shared copy is cloned
/// before it is written to.
public struct ByteBuffer: @unchecked Sendable {
    final class Storage {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = max(capacity, 64)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }
    }

    private var storage: Storage

    /// Creates an empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 4096) { storage = Storage(capacity: capacity) }

    /// The number of bytes written so far.
    public var count: Int { storage.count }

    /// The bytes written so far (a copy).
    public var bytes: [UInt8] {
        [UInt8](UnsafeBufferPointer(start: storage.base, count: storage.count))
    }

    /// Makes room for `extra` more bytes, cloning shared storage first.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if !isKnownUniquelyReferenced(&storage) {
            let copy = Storage(capacity: max(storage.capacity, storage.count + extra))
            copy.base.update(from: storage.base, count: storage.count)
            copy.count = storage.count
            storage = copy
        }
        let needed = storage.count + extra
        if needed > storage.capacity {
            var capacity = storage.capacity * 2
            while capacity < needed { capacity *= 2 }
            let base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            base.update(from: storage.base, count: storage.count)
            storage.base.deallocate()
            storage.base = base
            storage.capacity = capacity
        }
    }

    /// Appends `count` bytes from `source`.
    @inline(__always)
    public mutating func append(bytes source: UnsafeRawPointer, count: Int) {
        guard count > 0 else { return }
        reserve(count)
        SmallCopy.copy(raw: source, to: UnsafeMutableRawPointer(storage.base + storage.count), count: count)
        storage.count += count
    }

    /// Makes room for `maxCount` bytes once, lets `body` write at most that
    /// many at the end, and keeps the number it returns. Writers of many
    /// small pieces (a tag, an escaped attribute) pay for one capacity and
    /// uniqueness check instead of one per piece.
    @inline(__always)
    public mutating func appendUnsafe(maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(maxCount)
        let written = body(storage.base + storage.count)
        precondition(written <= maxCount, "appendUnsafe wrote past the room it asked for")
        storage.count += written
    }

    /// Appends one byte.
    @inline(__always)
    public mutating func append(_ byte: UInt8) {
        reserve(1)
        storage.base[storage.count] = byte
        storage.count += 1
    }

    /// Appends the UTF-8 bytes of a string, unchanged.
    public mutating func append(_ string: String) {
        string.withUTF8Bytes { append(bytes: UnsafeRawPointer($0.baseAddress ?? UnsafePointer(bitPattern: 1)!), count: $0.count) }
    }

    /// Appends the UTF-8 bytes of a substring, unchanged.
    public mutating func append(_ string: Substring) {
        string.withUTF8Bytes { append(bytes: UnsafeRawPointer($0.baseAddress ?? UnsafePointer(bitPattern: 1)!), count: $0.count) }
    }

    /// Appends a compile-time constant string.
    @inline(__always)
    public mutating func append(_ string: StaticString) {
        append(bytes: string.utf8Start, count: string.utf8CodeUnitCount)
    }

    /// Appends raw bytes.
    public mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBytes { append(bytes: $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, count: $0.count) }
    }

    /// Appends raw bytes.
    public mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        append(bytes: UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!), count: bytes.count)
    }

    /// Appends raw bytes from any sequence.
    public mutating func append<S: Sequence>(contentsOf sequence: S) where S.Element == UInt8 {
        for byte in sequence { append(byte) }
    }

    /// Appends another buffer.
    public mutating func append(_ other: ByteBuffer) {
        append(bytes: other.storage.base, count: other.storage.count)
    }

    /// Lets a formatter append to a byte array that is then copied in.
    public mutating func appendBytes(_ body: (inout [UInt8]) -> Void) {
        var scratch: [UInt8] = []
        body(&scratch)
        append(contentsOf: scratch)
    }

    /// Runs `body` with the bytes written so far (no copy).
    public func withUnsafeBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try body(UnsafeBufferPointer(start: storage.base, count: storage.count))
    }

    /// Removes everything, keeping the allocated capacity for reuse.
    public mutating func removeAll() {
        reserve(0)
        storage.count = 0
    }

    /// The contents decoded as UTF-8 (for tests and small outputs).
    public var string: String {
        String(decoding: UnsafeBufferPointer(start: storage.base, count: storage.count), as: UTF8.self)
    }
}


extension String {
    /// True when some UTF-8 byte of the string satisfies `predicate`; a
    /// pointer loop, for the scans writers make over every value.
    @inline(__always)
    func containsUTF8(where predicate: (UInt8) -> Bool) -> Bool {
        return withUTF8Bytes { utf8 in
            for byte in utf8 where predicate(byte) { return true }
            return false
        }
    }
}
