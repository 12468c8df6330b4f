import Foundation
import SurveyModel

/// The stored form of a whole response's answers in one value: the `answer_blocks` table of a SQLite store, which
/// bulk imports write instead of one `answers` row per answer (an import of a million responses writes a million
/// blocks instead of twenty million rows).
///
/// A block is a JSON object keyed by question id, in order of the ids. A single code is its string and a number is
/// its number; any other answer (and a code or number with "other" texts) is an array of the kind, the value JSON
/// (exactly as in `AnswerValueCoding`) and, when there are "other" texts, their object:
///
/// ```json
/// {"q1":"3","q2":4.5,"q3":["codes",["a","x"],{"q3.x":"my own words"}],"q4":["dk",null]}
/// ```
///
/// It is plain JSON so the store stays readable with `sqlite3` and SQL can reach into it (`voc`'s aggregate queries
/// branch on `json_type(answers, '$."q1"')`: `text` is a code, `integer` or `real` a number, `array` the general
/// form). A block carries no timestamps, paradata or unreachable flags: imported answers have none. Before an
/// interview writes to a response stored as a block, the store unpacks it into `answers` rows, so a response is in
/// exactly one form.
enum AnswerBlockCoding {
    /// One answer of a block: the question id, the kind and value JSON of `AnswerValueCoding`, and the "other"
    /// texts object JSON (nil when there are none).
    struct Entry: Equatable {
        var questionID: String
        var kind: String
        var json: String
        var otherTexts: String?
    }

    /// A block that cannot be read (a damaged store); names no answer text.
    struct Failure: Error, CustomStringConvertible {
        /// Where the block stops making sense (nil: a part of it, like an "other" texts object, is not valid).
        var offset: Int?
        var description: String {
            "a stored answer block is malformed" + (offset.map { " at byte \($0)" } ?? "")
        }
    }

    /// The block of `entries`, sorted by question id.
    static func encode(_ entries: [Entry]) -> String {
        var buffer: [UInt8] = []
        buffer.append(0x7B)
        for (index, entry) in entries.sorted(by: { $0.questionID < $1.questionID }).enumerated() {
            if index > 0 { buffer.append(0x2C) }
            appendEntry(entry.questionID, kind: entry.kind, json: entry.json, others: entry.otherTexts, to: &buffer)
        }
        buffer.append(0x7D)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Writes the block of a response's answers into `buffer` (replacing its contents): the same text as
    /// `encode(_:)` of their entries, each with the "other" texts of its question (keys `QUESTION.CODE`), built
    /// without intermediate strings (a bulk import encodes one block per response).
    static func encode(answers: [String: AnswerValue], otherTexts: [String: String], into buffer: inout [UInt8]) {
        buffer.removeAll(keepingCapacity: true)
        buffer.append(0x7B)
        var first = true
        for (questionID, value) in answers.sorted(by: { $0.key < $1.key }) {
            if !first { buffer.append(0x2C) }
            first = false
            let others =
                otherTexts.isEmpty ? nil : JSONText.object(otherTexts.filter { $0.key.hasPrefix(questionID + ".") })
            if case .code(let code) = value, others == nil {
                // The common case, written without the intermediate JSON text of `AnswerValueCoding`.
                appendString(questionID, to: &buffer)
                buffer.append(0x3A)
                appendString(code, to: &buffer)
                continue
            }
            let (kind, json) = AnswerValueCoding.encode(value)
            appendEntry(questionID, kind: kind, json: json, others: others, to: &buffer)
        }
        buffer.append(0x7D)
    }

    /// Appends one entry, `"ID":VALUE`: a code without "other" texts as its string, a finite number without them
    /// as its number, anything else as `[kind, value JSON, others]` (others only when there are some).
    private static func appendEntry(
        _ questionID: String, kind: String, json: String, others: String?, to buffer: inout [UInt8]
    ) {
        appendString(questionID, to: &buffer)
        buffer.append(0x3A)
        if others == nil, kind == "code" || (kind == "number" && json != "null") {
            buffer.append(contentsOf: json.utf8)
            return
        }
        buffer.append(0x5B)
        appendString(kind, to: &buffer)
        buffer.append(0x2C)
        buffer.append(contentsOf: json.utf8)
        if let others {
            buffer.append(0x2C)
            buffer.append(contentsOf: others.utf8)
        }
        buffer.append(0x5D)
    }

    /// Appends `text` as a JSON string literal.
    private static func appendString(_ text: String, to buffer: inout [UInt8]) {
        if text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            buffer.append(contentsOf: JSONText.string(text).utf8)
        } else {
            buffer.append(0x22)
            buffer.append(contentsOf: text.utf8)
            buffer.append(0x22)
        }
    }

    /// The entries of a block, in stored order.
    /// - Throws: `Failure` when `block` is not a block as written by `encode`.
    static func decode(_ block: String) throws -> [Entry] {
        var block = block
        return try block.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes)
            var entries: [Entry] = []
            try scanner.expect(0x7B)  // {
            if try scanner.consume(0x7D) { return entries }
            repeat {
                let questionID = try scanner.stringValue()
                try scanner.expect(0x3A)  // :
                guard try scanner.consume(0x5B) else {  // the short forms: a code's string, a number
                    let json = try scanner.rawValue()
                    let first = json.utf8.first ?? 0
                    let kind: String
                    if first == 0x22 {
                        kind = "code"
                    } else if first == 0x2D || (0x30...0x39).contains(first) {
                        kind = "number"
                    } else {
                        throw Failure(offset: scanner.index)
                    }
                    entries.append(Entry(questionID: questionID, kind: kind, json: json, otherTexts: nil))
                    continue
                }
                let kind = try scanner.stringValue()
                try scanner.expect(0x2C)  // ,
                let json = try scanner.rawValue()
                var others: String?
                if try scanner.consume(0x2C) { others = try scanner.rawValue() }
                try scanner.expect(0x5D)  // ]
                entries.append(Entry(questionID: questionID, kind: kind, json: json, otherTexts: others))
            } while try scanner.consume(0x2C)
            try scanner.expect(0x7D)
            guard scanner.atEnd else { throw Failure(offset: scanner.index) }
            return entries
        }
    }

    /// Reads the compact JSON `encode` writes (whitespace between tokens is tolerated).
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        var atEnd: Bool {
            mutating get {
                skipSpace()
                return index == bytes.count
            }
        }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        }

        mutating func consume(_ byte: UInt8) throws -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func expect(_ byte: UInt8) throws {
            guard try consume(byte) else { throw Failure(offset: index) }
        }

        /// A string literal's text.
        mutating func stringValue() throws -> String {
            let raw = try rawValue()
            guard let text = JSONText.parseString(raw) else { throw Failure(offset: index) }
            return text
        }

        /// The text of the JSON value starting here (string, number, literal, array or object).
        mutating func rawValue() throws -> String {
            skipSpace()
            let start = index
            guard index < bytes.count else { throw Failure(offset: index) }
            switch bytes[index] {
            case 0x22:
                try skipString()
            case 0x5B, 0x7B:
                var depth = 0
                repeat {
                    guard index < bytes.count else { throw Failure(offset: start) }
                    switch bytes[index] {
                    case 0x22:
                        try skipString()
                        continue
                    case 0x5B, 0x7B: depth += 1
                    case 0x5D, 0x7D: depth -= 1
                    default: break
                    }
                    index += 1
                } while depth > 0
            default:  // a number, true, false or null: up to the next delimiter
                while index < bytes.count, ![0x2C, 0x5D, 0x7D, 0x3A, 0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) {
                    index += 1
                }
            }
            guard index > start else { throw Failure(offset: start) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        }

        /// Moves past the string literal starting here.
        mutating func skipString() throws {
            index += 1
            while index < bytes.count, bytes[index] != 0x22 { index += bytes[index] == 0x5C ? 2 : 1 }
            guard index < bytes.count else { throw Failure(offset: index) }
            index += 1
        }
    }
}
