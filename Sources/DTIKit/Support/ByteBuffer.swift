/// A growable buffer of UTF-8 bytes that every renderer writes into.
///
/// Pages, feeds, JSON and CSV are all produced by appending bytes here, so a
/// page is never built by repeated `String` interpolation and never converted
/// between `String` and `Data` on the way to disk.
public struct ByteBuffer: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8]

    /// Creates an empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 4096) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// The number of bytes written so far.
    public var count: Int { bytes.count }

    /// Appends one byte.
    public mutating func append(_ byte: UInt8) { bytes.append(byte) }

    /// Appends the UTF-8 bytes of a string, unchanged.
    public mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends the UTF-8 bytes of a substring, unchanged.
    public mutating func append(_ string: Substring) {
        append(contentsOf: string.utf8)
    }

    /// Appends a compile-time constant string without any copying through `String`.
    public mutating func append(_ string: StaticString) {
        string.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends raw bytes.
    public mutating func append<S: Sequence>(contentsOf sequence: S) where S.Element == UInt8 {
        bytes.append(contentsOf: sequence)
    }

    /// Appends another buffer.
    public mutating func append(_ other: ByteBuffer) {
        bytes.append(contentsOf: other.bytes)
    }

    /// Appends an integer in decimal, without going through `String`.
    public mutating func append(_ value: Int) {
        NumberFormat.appendInteger(value, to: &bytes)
    }

    /// Lets a formatter append directly to the underlying storage.
    public mutating func appendBytes(_ body: (inout [UInt8]) -> Void) { body(&bytes) }

    /// Removes everything, keeping the allocated capacity for reuse.
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// The contents decoded as UTF-8 (for tests and small outputs).
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
