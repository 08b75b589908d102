/// The penalty score of a masked symbol (ISO/IEC 18004:2015 §7.8.3.1,
/// Table 11); the mask with the lowest score is used.
///
/// The four rules, as scored here:
/// 1. each run of five or more same-coloured modules in a row or column:
///    3 + (run length − 5);
/// 2. each 2 × 2 square of one colour (squares may overlap): 3;
/// 3. each dark–light–dark–dark–dark–light–dark (1:1:3:1:1) sequence in a
///    row or column with four light modules before or after it: 40. Outside
///    the symbol counts as light, because the quiet zone is;
/// 4. the share of dark modules: 10 for every full 5 % away from 50 %.
///
/// The symbol is scored as printed, with its format and version
/// information; the standard leaves this open and implementations differ.
enum QRCodePenalty {
    /// The total of the four rules for `modules` (1 = dark, row by row).
    static func score(_ modules: [UInt8], size: Int) -> Int {
        let scores = rules(modules, size: size)
        return scores.runs + scores.blocks + scores.finderLike + scores.balance
    }

    /// Each rule's score, for tests.
    ///
    /// It runs eight times per symbol, so it works on a raw pointer and
    /// reads every row and column once, scoring rules 1 and 3 together.
    static func rules(_ modules: [UInt8], size: Int) -> (runs: Int, blocks: Int, finderLike: Int, balance: Int) {
        precondition(modules.count == size * size, "a square symbol")
        return modules.withUnsafeBufferPointer { buffer -> (Int, Int, Int, Int) in
            guard let grid = buffer.baseAddress, size > 0 else { return (0, 0, 0, 0) }
            var runs = 0, finderLike = 0
            for i in 0..<size {
                let row = scoreLine(grid + i * size, step: 1, count: size)
                let column = scoreLine(grid + i, step: size, count: size)
                runs += row.runs + column.runs
                finderLike += row.finderLike + column.finderLike
            }

            var blocks = 0
            for y in 0..<(size - 1) {
                let top = grid + y * size, bottom = top + size
                for x in 0..<(size - 1) {
                    let colour = top[x]
                    if top[x + 1] == colour && bottom[x] == colour && bottom[x + 1] == colour { blocks += 3 }
                }
            }

            var dark = 0
            for module in buffer { dark += Int(module) }
            let total = size * size
            // Whole 5 % steps between the dark share and one half: |dark/total − ½| · 20.
            let steps = abs(dark * 20 - total * 10) / total
            return (runs, blocks, finderLike, steps * 10)
        }
    }

    /// The 1:1:3:1:1 pattern of rule 3 with four light modules before it
    /// (`0000 1011101`) and after it (`1011101 0000`), as 11-bit windows with
    /// the earliest module highest.
    private static let lightBefore = 0b0000_1011101, lightAfter = 0b1011101_0000

    /// Rules 1 and 3 on one row (`step` 1) or column (`step` = size).
    ///
    /// Rule 3 keeps the last 15 modules as bits. A pattern with light before
    /// it is counted when its last module arrives; one with light only after
    /// it, four modules later, unless the four before it were light (then it
    /// was already counted). The line starts and ends in four light modules
    /// of quiet zone, so a pattern at the edge sees light there.
    @inline(__always)
    private static func scoreLine(_ line: UnsafePointer<UInt8>, step: Int, count: Int) -> (runs: Int, finderLike: Int) {
        var runs = 0, finderLike = 0
        var run = 0, previous: UInt8 = 2
        var window = 0
        for i in 0..<(count + 4) {
            var module: UInt8 = 0
            if i < count {
                module = line[i * step]
                if module == previous {
                    run += 1
                } else {
                    if run >= 5 { runs += run - 2 }
                    previous = module
                    run = 1
                }
            }
            window = (window << 1 | Int(module)) & 0x7FFF
            let last11 = window & 0x7FF
            if last11 == lightBefore || (last11 == lightAfter && window >> 11 != 0) { finderLike += 40 }
        }
        if run >= 5 { runs += run - 2 }
        return (runs, finderLike)
    }
}
