/// Writes PNG images (ISO/IEC 15948): the site's 1200×630 social cards and
/// its icons.
///
/// 8-bit greyscale, RGB, RGBA or palette (up to 256 colours),
/// non-interlaced. The file holds only what a reader needs (signature,
/// IHDR, PLTE for a palette, IDAT, IEND): no time, gamma or text chunks,
/// so the same pixels always give the same bytes. By default each row gets
/// the filter (None, Sub, Up, Average, Paeth) whose output has the smallest
/// sum of absolute values taken as signed bytes, the usual heuristic that
/// keeps flat areas as runs of zeros for DEFLATE; palette rows are not filtered.
public enum PNGEncoder {
    /// How the bytes of a pixel are laid out.
    public enum ColorType: Sendable, Hashable {
        /// One byte per pixel, grey level.
        case grey
        /// Three bytes per pixel: red, green, blue.
        case rgb
        /// Four bytes per pixel: red, green, blue, alpha (not premultiplied).
        case rgba

        /// Bytes per pixel: 1, 3 or 4.
        public var bytesPerPixel: Int {
            switch self {
            case .grey: 1
            case .rgb: 3
            case .rgba: 4
            }
        }

        /// The colour type number in IHDR.
        var code: UInt8 {
            switch self {
            case .grey: 0
            case .rgb: 2
            case .rgba: 6
            }
        }
    }

    /// How rows are filtered before compression.
    public enum RowFilter: Sendable, Hashable {
        /// Each row gets the filter whose output has the smallest sum of
        /// absolute values (five trial passes per row): the usual choice.
        case adaptive
        /// No filtering: flat drawings with repeated shapes (text on a plain
        /// card) compress as well or better this way, at a fifth of the work,
        /// since DEFLATE finds the repeated glyphs themselves.
        case none
    }

    /// The most bytes of image data per IDAT chunk.
    static let maxChunk = 1 << 20

    /// The PNG file for an image of `width` × `height` pixels, given row by
    /// row from the top, `color.bytesPerPixel` bytes a pixel.
    public static func encode(width: Int, height: Int, color: ColorType, pixels: [UInt8],
                              level: Deflate.Level = .default, filter: RowFilter = .adaptive) throws(PNGError) -> [UInt8] {
        let rowBytes = try checkedRowBytes(width: width, height: height, color: color, pixelCount: pixels.count)
        let filtered = filter == .none ? unfilteredRows(pixels, rowBytes: rowBytes, height: height)
            : filteredRows(pixels, rowBytes: rowBytes, height: height, bytesPerPixel: color.bytesPerPixel)
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        // Bit depth 8, colour type, compression 0, filter method 0, no interlace.
        header += [8, color.code, 0, 0, 0]
        appendChunk("IHDR", header, to: &file)
        // The image data in chunks of at most 1 MiB (a chunk's length field
        // allows 2 GiB; readers join the chunks).
        appendImageData(Zlib.compress(filtered, level: level), to: &file)
        appendChunk("IEND", [], to: &file)
        return file
    }

    /// The palette PNG (colour type 3, 8-bit indices) of an opaque picture:
    /// `palette` of 1…256 colours (their alpha is ignored), `indices` one
    /// byte a pixel, each below `palette.count`. Rows are left unfiltered, as
    /// the standard advises for palette images; the PLTE chunk follows IHDR.
    public static func encode(width: Int, height: Int, palette: [RGBAColor], indices: [UInt8],
                              level: Deflate.Level = .default) throws(PNGError) -> [UInt8] {
        guard (1...256).contains(palette.count) else { throw .badPalette(count: palette.count) }
        _ = try checkedRowBytes(width: width, height: height, color: .grey, pixelCount: indices.count)
        // The largest index, in a plain loop the compiler vectorises (a card has 756,000).
        let largest = indices.withUnsafeBufferPointer { buffer in buffer.reduce(UInt8(0)) { Swift.max($0, $1) } }
        if Int(largest) >= palette.count { throw .indexOutOfPalette(index: Int(largest), count: palette.count) }
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, 3, 0, 0, 0]
        appendChunk("IHDR", header, to: &file)
        appendChunk("PLTE", palette.flatMap { [$0.red, $0.green, $0.blue] }, to: &file)
        appendImageData(Zlib.compress(unfilteredRows(indices, rowBytes: width, height: height), level: level), to: &file)
        appendChunk("IEND", [], to: &file)
        return file
    }

    /// IDAT chunks of at most 1 MiB holding `compressed` (readers join them).
    private static func appendImageData(_ compressed: [UInt8], to file: inout [UInt8]) {
        var start = 0
        repeat {
            let end = min(start + PNGEncoder.maxChunk, compressed.count)
            appendChunk("IDAT", Array(compressed[start..<end]), to: &file)
            start = end
        } while start < compressed.count
    }

    /// The bytes in a row, after checking that the sizes make sense and the
    /// pixel buffer holds exactly the image.
    private static func checkedRowBytes(width: Int, height: Int, color: ColorType, pixelCount: Int) throws(PNGError) -> Int {
        let maxSide = Int(Int32.max)
        guard width > 0, height > 0, width <= maxSide, height <= maxSide else {
            throw .badDimensions(width: width, height: height)
        }
        let (rowBytes, rowOverflow) = width.multipliedReportingOverflow(by: color.bytesPerPixel)
        let (total, totalOverflow) = rowBytes.multipliedReportingOverflow(by: height)
        guard !rowOverflow, !totalOverflow else { throw .badDimensions(width: width, height: height) }
        guard total == pixelCount else { throw .pixelCountMismatch(expected: total, actual: pixelCount) }
        return rowBytes
    }

    /// Appends a chunk: length, type, data, and the CRC-32 of type and data.
    private static func appendChunk(_ type: StaticString, _ data: [UInt8], to file: inout [UInt8]) {
        file.appendBigEndian(UInt32(data.count))
        let typeBytes = UnsafeBufferPointer(start: type.utf8Start, count: 4)
        let start = file.count
        file += typeBytes
        file += data
        let crc = file.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[start...])) }
        file.appendBigEndian(crc)
    }

    /// Every row prefixed with filter type 0 (None) and copied as it is.
    static func unfilteredRows(_ pixels: [UInt8], rowBytes: Int, height: Int) -> [UInt8] {
        let stride = rowBytes + 1
        return [UInt8](unsafeUninitializedCapacity: stride * height) { out, initialized in
            pixels.withUnsafeBufferPointer { pixels in
                for y in 0..<height {
                    out[y * stride] = 0
                    UnsafeMutableBufferPointer(rebasing: out[(y * stride + 1)..<((y + 1) * stride)])
                        .update(fromContentsOf: pixels[(y * rowBytes)..<((y + 1) * rowBytes)])
                }
            }
            initialized = stride * height
        }
    }

    /// Every row prefixed with its filter type byte and filtered; the input
    /// PNG's IDAT compresses.
    static func filteredRows(_ pixels: [UInt8], rowBytes: Int, height: Int, bytesPerPixel: Int) -> [UInt8] {
        let stride = rowBytes + 1
        var out = [UInt8](repeating: 0, count: stride * height)
        // Five candidate rows; an all-zero row stands above the first.
        var candidates = [UInt8](repeating: 0, count: 5 * rowBytes)
        let zeroRow = [UInt8](repeating: 0, count: rowBytes)
        pixels.withUnsafeBufferPointer { pixels in
        zeroRow.withUnsafeBufferPointer { zeroRow in
        candidates.withUnsafeMutableBufferPointer { candidates in
        out.withUnsafeMutableBufferPointer { out in
            let candidates = candidates.baseAddress!
            for y in 0..<height {
                let row = pixels.baseAddress! + y * rowBytes
                let above = y == 0 ? zeroRow.baseAddress! : row - rowBytes
                var best = 0
                var bestSum = Int.max
                for filter in 0..<5 {
                    let target = candidates + filter * rowBytes
                    let sum = applyFilter(filter, row: row, above: above, count: rowBytes, bytesPerPixel: bytesPerPixel, into: target)
                    if sum < bestSum { bestSum = sum; best = filter }
                }
                let line = out.baseAddress! + y * stride
                line[0] = UInt8(best)
                (line + 1).update(from: candidates + best * rowBytes, count: rowBytes)
            }
        }}}}
        return out
    }

    /// Writes one filter's output for a row and returns the sum of its bytes
    /// taken as signed values, in absolute value. Each filter is a plain loop
    /// and the sum a second one, so the compiler can vectorise them.
    @inline(__always)
    private static func applyFilter(_ filter: Int, row: UnsafePointer<UInt8>, above: UnsafePointer<UInt8>, count: Int,
                                    bytesPerPixel bpp: Int, into target: UnsafeMutablePointer<UInt8>) -> Int {
        let lead = min(bpp, count)   // the first pixel has no left neighbour (0)
        switch filter {
        case 0:
            target.update(from: row, count: count)
        case 1:
            target.update(from: row, count: lead)
            for x in lead..<count { target[x] = row[x] &- row[x &- bpp] }
        case 2:
            for x in 0..<count { target[x] = row[x] &- above[x] }
        case 3:
            for x in 0..<lead { target[x] = row[x] &- above[x] >> 1 }
            for x in lead..<count {
                target[x] = row[x] &- UInt8(truncatingIfNeeded: (UInt16(row[x &- bpp]) &+ UInt16(above[x])) >> 1)
            }
        default:
            for x in 0..<lead { target[x] = row[x] &- above[x] }   // Paeth(0, b, 0) is b
            for x in lead..<count {
                let predicted = paeth(Int(row[x &- bpp]), Int(above[x]), Int(above[x &- bpp]))
                target[x] = row[x] &- UInt8(truncatingIfNeeded: predicted)
            }
        }
        var sum = 0
        for x in 0..<count { sum &+= Int(Int8(bitPattern: target[x]).magnitude) }
        return sum
    }

    /// The Paeth predictor: whichever of left, above, upper-left is closest
    /// to left + above − upper-left, ties in that order. Written with
    /// selects rather than branches so the row loop can be vectorised.
    @inline(__always)
    static func paeth(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let a = Int16(truncatingIfNeeded: a), b = Int16(truncatingIfNeeded: b), c = Int16(truncatingIfNeeded: c)
        let pa = magnitude(b &- c), pb = magnitude(a &- c), pc = magnitude(a &+ b &- c &- c)
        let nearerOfAboveAndCorner = pb <= pc ? b : c
        return Int(pa <= min(pb, pc) ? a : nearerOfAboveAndCorner)
    }

    @inline(__always)
    private static func magnitude(_ value: Int16) -> Int16 { value < 0 ? 0 &- value : value }
}

/// Why an image could not be encoded.
public enum PNGError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Width or height is zero, negative, or too large for PNG or memory.
    case badDimensions(width: Int, height: Int)
    /// The pixel buffer does not hold exactly width × height pixels.
    case pixelCountMismatch(expected: Int, actual: Int)
    /// A palette image needs 1 to 256 colours.
    case badPalette(count: Int)
    /// A pixel names a colour the palette does not have.
    case indexOutOfPalette(index: Int, count: Int)

    /// What is wrong, in plain Vietnamese.
    public var message: String {
        switch self {
        case .badDimensions(let width, let height): "kích thước ảnh \(width)×\(height) không hợp lệ"
        case .pixelCountMismatch(let expected, let actual): "dữ liệu ảnh có \(actual) byte, cần đúng \(expected) byte"
        case .badPalette(let count): "bảng màu có \(count) màu, cần từ 1 đến 256 màu"
        case .indexOutOfPalette(let index, let count): "điểm ảnh dùng màu số \(index) nhưng bảng màu chỉ có \(count) màu"
        }
    }

    /// The same as `message`, for string interpolation.
    public var description: String { message }
}

extension [UInt8] {
    /// Appends `value` as four big-endian bytes (PNG's and zlib's byte order).
    mutating func appendBigEndian(_ value: UInt32) {
        append(UInt8(value >> 24)); append(UInt8((value >> 16) & 0xFF))
        append(UInt8((value >> 8) & 0xFF)); append(UInt8(value & 0xFF))
    }
}
