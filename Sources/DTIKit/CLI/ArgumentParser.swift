/// A command-line option: `--content DIR` (with a value) or `--strict` (a flag).
public struct OptionSpec: Sendable {
    public var name: String
    /// The placeholder for the value (`DIR`), or nil for a flag.
    public var value: String?
    public var help: String

    public static func value(_ name: String, _ placeholder: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, value: placeholder, help: help)
    }
    public static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, value: nil, help: help)
    }
}

/// Parsed options of one command.
public struct ParsedArguments: Sendable {
    public var values: [String: String] = [:]
    public var flags: Set<String> = []
    public var positionals: [String] = []

    public func value(_ name: String) -> String? { values[name] }
    public func has(_ name: String) -> Bool { flags.contains(name) }
}

/// A mistake on the command line; printed with the usage, exit code 2.
public struct UsageError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
    public init(message: String) { self.message = message }
}

/// Parses `--name VALUE`, `--name=VALUE` and `--flag`; `--` ends options.
public enum ArgumentParser {
    public static func parse(_ arguments: [String], options: [OptionSpec], maxPositionals: Int = 0) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                guard result.positionals.count < maxPositionals else {
                    throw UsageError(message: "đối số thừa `\(argument)`")
                }
                result.positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if name == "-h" { name = "--help" }
            guard let spec = options.first(where: { "--" + $0.name == name }) else {
                let known = options.map { "--" + $0.name }
                let near = known.min { EditDistance.between(name, $0) < EditDistance.between(name, $1) }
                let suggestion = near.flatMap { EditDistance.between(name, $0) <= 3 ? "; có phải `\($0)`?" : nil } ?? ""
                throw UsageError(message: "tuỳ chọn không được hỗ trợ `\(name)`\(suggestion)")
            }
            if spec.value != nil {
                if let inlineValue {
                    result.values[spec.name] = inlineValue
                } else {
                    guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                        throw UsageError(message: "tuỳ chọn `--\(spec.name)` cần một giá trị \(spec.value!)")
                    }
                    result.values[spec.name] = arguments[index]
                    index += 1
                }
            } else {
                guard inlineValue == nil else { throw UsageError(message: "tuỳ chọn `--\(spec.name)` không nhận giá trị") }
                result.flags.insert(spec.name)
            }
        }
        return result
    }

    /// The options section of a command's help.
    public static func help(for options: [OptionSpec]) -> String {
        let rows = options.map { spec in ("--" + spec.name + (spec.value.map { " " + $0 } ?? ""), spec.help) }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { "  " + $0.0.padding(toLength: width + 2) + $0.1 }.joined(separator: "\n")
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
