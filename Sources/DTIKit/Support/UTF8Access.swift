/// Borrowed access to a string's UTF-8 bytes, without a reference count.
///
/// `String.withUTF8` is mutating, so calling it on a value the caller does not
/// own means copying the string into a `var` first, and that copy is an
/// atomic retain and release of its storage. A build writes some 14 million
/// strings this way, and two cores retaining the same shared names (a unit's
/// name is written by many pages) fight over the cache line of its count.
/// `utf8.withContiguousStorageIfAvailable` reads a native or small string in
/// place; only a foreign (bridged) string, which has no contiguous UTF-8,
/// takes the copying path.
extension String {
    /// Calls `body` with the string's UTF-8 bytes, borrowed for the call.
    @inline(__always)
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}

extension Substring {
    /// Calls `body` with the substring's UTF-8 bytes, borrowed for the call.
    @inline(__always)
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
