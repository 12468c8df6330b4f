import Foundation
import SurveyModel

/// Minimal, fast JSON text building for the store's hot paths (one call per saved or imported answer).
enum JSONText {
    /// `text` as a JSON string literal (`JSONString`, shared with every JSON writer of voc).
    static func string(_ text: String) -> String { JSONString.quoted(text) }

    static func array(_ texts: [String]) -> String {
        "[" + texts.map(string).joined(separator: ",") + "]"
    }

    /// A finite number without a trailing `.0` for integers; non-finite numbers become `null`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// The string a JSON string literal denotes, or nil when `json` is not a string literal.
    static func parseString(_ json: String) -> String? {
        let utf8 = json.utf8
        guard utf8.count >= 2, utf8.first == 0x22, utf8.last == 0x22 else { return nil }
        if !utf8.contains(0x5C) {
            return String(json.dropFirst().dropLast())
        }
        return (try? JSONSerialization.jsonObject(with: Data(utf8), options: [.fragmentsAllowed])) as? String
    }

    /// `["a","b"]` without escapes (the common case of stored codes), parsed without Foundation's JSON parser; nil
    /// when the text has a backslash or is not such an array (the caller then uses the general parser).
    static func parsePlainStringArray(_ json: String) -> [String]? {
        var json = json
        return json.withUTF8 { bytes -> [String]? in
            guard bytes.count >= 2, bytes[0] == 0x5B, bytes[bytes.count - 1] == 0x5D, !bytes.contains(0x5C) else {
                return nil
            }
            var result: [String] = []
            var index = 1
            let end = bytes.count - 1
            if index == end { return result }
            while true {
                // Without escapes a string cannot contain a quote: it runs to the next quote.
                guard index < end, bytes[index] == 0x22,
                    let close = bytes[(index + 1)..<end].firstIndex(of: 0x22)
                else { return nil }
                result.append(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close]), as: UTF8.self))
                index = close + 1
                if index == end { return result }
                guard bytes[index] == 0x2C else { return nil }
                index += 1
            }
        }
    }

    /// `{"key":number,...}` without escapes (stored grid answers), parsed without Foundation's JSON parser; nil
    /// when the text has a backslash or another shape (the caller then uses the general parser).
    static func parsePlainNumberObject(_ json: String) -> [String: Double]? {
        var json = json
        return json.withUTF8 { bytes -> [String: Double]? in
            guard bytes.count >= 2, bytes[0] == 0x7B, bytes[bytes.count - 1] == 0x7D, !bytes.contains(0x5C) else {
                return nil
            }
            var result: [String: Double] = [:]
            result.reserveCapacity(bytes.count / 6)  // an entry takes at least `"k":1,`
            var index = 1
            let end = bytes.count - 1
            if index == end { return result }
            while index < end {
                guard bytes[index] == 0x22, let close = bytes[(index + 1)..<end].firstIndex(of: 0x22) else {
                    return nil
                }
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close]), as: UTF8.self)
                guard close + 1 < end, bytes[close + 1] == 0x3A else { return nil }
                let valueStart = close + 2
                let valueEnd = bytes[valueStart..<end].firstIndex(of: 0x2C) ?? end
                guard let number = number(UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd])) else {
                    return nil
                }
                result[key] = number
                index = valueEnd + 1
            }
            return result
        }
    }

    /// The JSON number in `bytes`: up to 15 digits with an optional minus sign read directly (exact), anything else
    /// through `Double(_:)`; nil when it is not a number.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index = 1 }
        let digits = bytes.count - index
        if digits >= 1 && digits <= 15 {
            var value: Int64 = 0
            var plain = true
            while index < bytes.count {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else {
                    plain = false
                    break
                }
                value = value * 10 + Int64(digit)
                index += 1
            }
            if plain { return negative ? -Double(value) : Double(value) }
        }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// A `[String: String]` object as JSON (keys sorted), or nil for an empty dictionary.
    static func object(_ dictionary: [String: String]) -> String? {
        guard !dictionary.isEmpty else { return nil }
        return "{"
            + dictionary.sorted { $0.key < $1.key }.map { string($0.key) + ":" + string($0.value) }
            .joined(separator: ",") + "}"
    }

    /// The `[String: String]` object in `json` (nil or empty text gives an empty dictionary). Objects without
    /// escapes (`parsePlainStringObject`) are read without Foundation's JSON parser.
    static func parseObject(_ json: String?) throws -> [String: String] {
        guard let json, !json.isEmpty else { return [:] }
        if let plain = parsePlainStringObject(json) { return plain }
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String] else {
            throw AnswerValueCoding.Failure(kind: "object")
        }
        return object
    }

    /// `{"key":"value",...}` without escapes (stored attributes and other texts; white space between tokens allowed,
    /// as PostgreSQL's `jsonb` prints it), parsed without Foundation's JSON parser; nil when the text has a backslash
    /// or another shape, or repeats a key (the caller then uses the general parser).
    static func parsePlainStringObject(_ json: String) -> [String: String]? {
        var json = json
        return json.withUTF8 { bytes -> [String: String]? in
            guard !bytes.contains(0x5C) else { return nil }
            var index = 0
            func skipSpace() {
                while index < bytes.count,
                    bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D
                        || bytes[index] == 0x09
                {
                    index += 1
                }
            }
            /// A string literal at `index` (none has an escape, so it runs to the next quote).
            func string() -> String? {
                guard index < bytes.count, bytes[index] == 0x22,
                    let close = bytes[(index + 1)...].firstIndex(of: 0x22),
                    !bytes[(index + 1)..<close].contains(where: { $0 < 0x20 })
                else { return nil }
                defer { index = close + 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close]), as: UTF8.self)
            }
            var result: [String: String] = [:]
            skipSpace()
            guard index < bytes.count, bytes[index] == 0x7B else { return nil }
            index += 1
            skipSpace()
            if index < bytes.count, bytes[index] == 0x7D {
                index += 1
                skipSpace()
                return index == bytes.count ? result : nil
            }
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard index < bytes.count, bytes[index] == 0x3A else { return nil }
                index += 1
                skipSpace()
                guard let value = string(), result.updateValue(value, forKey: key) == nil else { return nil }
                skipSpace()
                guard index < bytes.count else { return nil }
                if bytes[index] == 0x7D { break }
                guard bytes[index] == 0x2C else { return nil }
                index += 1
            }
            index += 1
            skipSpace()
            return index == bytes.count ? result : nil
        }
    }
}
