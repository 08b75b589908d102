/// Arithmetic in GF(2⁸) as QR Code uses it (ISO/IEC 18004 §7.5.2): bytes are
/// polynomials over GF(2) reduced modulo x⁸ + x⁴ + x³ + x² + 1 (0x11D), and
/// α = 2 generates every non-zero element.
///
/// Multiplication goes through log and antilog tables made once at first
/// use: 255 × 2 bytes, and a product is two look-ups and an add.
enum GaloisField256 {
    /// The field's reduction polynomial, with the x⁸ term.
    static let primitive = 0x11D

    /// `exp[i]` is αⁱ for i in 0..<510 (doubled so that `log a + log b`
    /// needs no reduction modulo 255).
    static let exp: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 510)
        var value = 1
        for i in 0..<255 {
            table[i] = UInt8(value)
            table[i + 255] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= primitive }
        }
        return table
    }()

    /// `log[a]` is i such that αⁱ = a, for a ≠ 0 (`log[0]` is unused).
    static let log: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for i in 0..<255 { table[Int(exp[i])] = i }
        return table
    }()

    /// The product a·b in the field.
    @inline(__always)
    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        if a == 0 || b == 0 { return 0 }
        return exp[log[Int(a)] + log[Int(b)]]
    }
}

/// The error-correction codewords of one QR Code block: the remainder of the
/// data polynomial times x^degree divided by the generator polynomial
/// g(x) = (x − α⁰)(x − α¹)…(x − α^(degree−1)) (ISO/IEC 18004 §7.5.2).
struct ReedSolomonEncoder {
    /// g(x)'s coefficients below the leading 1, highest power first:
    /// g(x) = x^degree + coefficients[0]·x^(degree−1) + … + coefficients[degree−1].
    let coefficients: [UInt8]

    /// The number of error-correction codewords this encoder makes.
    var degree: Int { coefficients.count }

    /// Builds g(x) by multiplying in one factor (x + αⁱ) at a time (in
    /// GF(2⁸) minus is plus). `degree` is 7…30 for QR Code.
    init(degree: Int) {
        // Coefficients highest power first, leading 1 included while building.
        var polynomial: [UInt8] = [1]
        for i in 0..<degree {
            let root = GaloisField256.exp[i]
            var next = [UInt8](repeating: 0, count: polynomial.count + 1)
            for (j, coefficient) in polynomial.enumerated() {
                next[j] ^= coefficient                                   // · x
                next[j + 1] ^= GaloisField256.multiply(coefficient, root) // · αⁱ
            }
            polynomial = next
        }
        coefficients = Array(polynomial.dropFirst())
    }

    /// The `degree` remainder bytes for `data`, by polynomial long division
    /// (a linear-feedback shift register over the data bytes).
    func remainder(of data: ArraySlice<UInt8>) -> [UInt8] {
        var register = [UInt8](repeating: 0, count: degree)
        for byte in data {
            let factor = byte ^ register[0]
            register.removeFirst()
            register.append(0)
            if factor == 0 { continue }
            for j in 0..<degree { register[j] ^= GaloisField256.multiply(coefficients[j], factor) }
        }
        return register
    }
}
