/// Reads the bytes of a text file as Excel and Notepad really save them.
///
/// UTF-8 with or without a byte order mark, and UTF-16 LE/BE with a BOM
/// (Excel's "Unicode text"), are decoded to UTF-8. Anything else that is not
/// valid UTF-8 (a Windows-1258 "ANSI" save, say) is refused with a message
/// that says how to save the file again.
public enum TextDecoding {
    public enum Encoding: String, Sendable { case utf8, utf8BOM = "utf8-bom", utf16LE = "utf16le", utf16BE = "utf16be" }

    public struct Failure: Error, Sendable {
        /// Byte offset of the first undecodable byte.
        public var offset: Int
        public var line: Int
        public var message: String
    }

    /// Returns the UTF-8 bytes of `data` and the encoding that was detected.
    public static func utf8(_ data: [UInt8]) throws(Failure) -> (bytes: [UInt8], encoding: Encoding) {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(data[3...])
            try validate(body)
            return (body, .utf8BOM)
        }
        if data.starts(with: [0xFF, 0xFE]) { return (try decodeUTF16(data, from: 2, littleEndian: true), .utf16LE) }
        if data.starts(with: [0xFE, 0xFF]) { return (try decodeUTF16(data, from: 2, littleEndian: false), .utf16BE) }
        // UTF-16 without a BOM: ASCII text with every other byte zero.
        if data.count >= 4, data.count % 2 == 0 {
            let sample = min(data.count, 512)
            let evenZeros = stride(from: 0, to: sample, by: 2).filter { data[$0] == 0 }.count
            let oddZeros = stride(from: 1, to: sample, by: 2).filter { data[$0] == 0 }.count
            if oddZeros * 10 > sample * 4 && evenZeros == 0 { return (try decodeUTF16(data, from: 0, littleEndian: true), .utf16LE) }
            if evenZeros * 10 > sample * 4 && oddZeros == 0 { return (try decodeUTF16(data, from: 0, littleEndian: false), .utf16BE) }
        }
        try validate(data)
        return (data, .utf8)
    }

    private static func validate(_ bytes: [UInt8]) throws(Failure) {
        var index = 0
        var line = 1
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A { line += 1 }
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(byte & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(byte & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(byte & 0x07)
            default: throw notUTF8(bytes, at: index, line: line)
            }
            guard index + length <= count else { throw notUTF8(bytes, at: index, line: line) }
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { throw notUTF8(bytes, at: index, line: line) }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
                throw notUTF8(bytes, at: index, line: line)
            }
            index += length
        }
    }

    private static func notUTF8(_ bytes: [UInt8], at offset: Int, line: Int) -> Failure {
        let hex = String(bytes[offset], radix: 16, uppercase: true)
        return Failure(offset: offset, line: line,
                       message: "tệp không phải UTF-8 (byte 0x\(hex) không hợp lệ); có thể tệp được lưu theo mã ANSI/Windows-1258")
    }

    private static func decodeUTF16(_ data: [UInt8], from start: Int, littleEndian: Bool) throws(Failure) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity((data.count - start) / 2)
        var index = start
        while index + 1 < data.count {
            let a = UInt16(data[index]), b = UInt16(data[index + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            index += 2
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count * 2)
        var line = 1
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                output.append(contentsOf: UTF8.encode(scalar)!)
            case .emptyInput:
                break loop
            case .error:
                throw Failure(offset: index, line: line,
                              message: "tệp UTF-16 bị hỏng (cặp thay thế không hợp lệ)")
            }
        }
        return output
    }
}
