import Testing

@testable import SurveyText

/// Text that is not UTF-8 is a located error of the row iterator and of the header, never replacement characters;
/// every UTF-8 text (Chinese, emoji, a byte-order mark at the start) reads as it is.
@Suite("CSV encoding")
struct CSVEncodingTests {
    private func reader(_ bytes: [UInt8]) throws -> CSVReader {
        try CSVReader(source: CSVBytes(bytes: bytes, name: "t.csv"))
    }

    /// Every record of `bytes` as its fields or its problems.
    private func records(_ bytes: [UInt8]) throws -> [Result<[String], CSVErrors>] {
        var iterator = try reader(bytes).makeRowIterator()
        var result: [Result<[String], CSVErrors>] = []
        while let next = iterator.nextChecked() { result.append(next.map(\.fields)) }
        return result
    }

    private func descriptions(_ record: Result<[String], CSVErrors>) -> [String] {
        guard case .failure(let problems) = record else { return [] }
        return problems.errors.map(\.description)
    }

    @Test func utf8TextReadsUnchanged() throws {
        let text = "\u{FEFF}name,why\n张伟,\"太慢了, \"\"真的\"\" 😀\"\nZoë,👍🏽 ok\n"
        #expect(try reader(Array(text.utf8)).header == ["name", "why"])
        let read = try records(Array(text.utf8)).map { try $0.get() }
        #expect(read == [["张伟", "太慢了, \"真的\" 😀"], ["Zoë", "👍🏽 ok"]])
    }

    @Test func invalidBytesAreLocatedPerFieldAndTheNextRowStillReads() throws {
        // Row 2: FF FE inside a plain field and a lone continuation byte in a quoted field with doubled quotes;
        // row 3 is fine; row 4 has a truncated 3-byte sequence (E4 B8) at the end of the last field.
        var bytes = Array("a,b,c\nok,x".utf8) + [0xFF, 0xFE] + Array("y,\"q\"\"".utf8) + [0x80] + Array("\"\n".utf8)
        bytes += Array("1,2,3\n4,5,z".utf8) + [0xE4, 0xB8] + Array("\n".utf8)
        let read = try records(bytes)
        #expect(read.count == 3)
        #expect(
            descriptions(read[0]) == [
                "t.csv:2:2: invalid UTF-8 in the field (the file must be saved as UTF-8)",
                "t.csv:2:3: invalid UTF-8 in the field (the file must be saved as UTF-8)",
            ])
        #expect(try read[1].get() == ["1", "2", "3"])
        #expect(descriptions(read[2]) == ["t.csv:4:3: invalid UTF-8 in the field (the file must be saved as UTF-8)"])
        // `next()` throws the first problem of the row and goes on with the next record.
        var iterator = try reader(bytes).makeRowIterator()
        #expect(throws: CSVError(file: "t.csv", row: 2, column: 2, kind: .invalidUTF8)) { _ = try iterator.next() }
        #expect(try iterator.next()?.fields == ["1", "2", "3"])
    }

    @Test func invalidHeaderNamesAreErrors() throws {
        #expect(throws: CSVError(file: "t.csv", row: 1, column: 2, kind: .invalidUTF8)) {
            _ = try reader(Array("id,".utf8) + [0xC3, 0x28] + Array("\n1,2\n".utf8))
        }
        #expect(throws: CSVErrors.self) {
            _ = try reader([0xFF] + Array(",".utf8) + [0xFE] + Array("\n1,2\n".utf8))
        }
    }

    /// A UTF-16 file (byte-order mark FF FE) is not read as text with replacement characters.
    @Test func utf16FileIsRefused() throws {
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("a,b\n1,2\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(throws: CSVError(file: "t.csv", row: 1, column: 1, kind: .invalidUTF8)) {
            _ = try reader(utf16)
        }
    }
}
