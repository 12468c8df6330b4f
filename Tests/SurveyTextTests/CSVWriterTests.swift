import Foundation
import Testing

@testable import SurveyText

@Suite("CSVWriter")
struct CSVWriterTests {
    @Test func quotesOnlyWhereNeededAndRoundTrips() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csvwriter-\(UUID()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let rows = [["name", "comment"], ["plain", "a,b"], ["say \"hi\"", "two\nlines"], [" pad", ""]]
        let writer = try CSVWriter(path: path)
        for row in rows { try writer.writeRow(row) }
        try writer.close()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == "name,comment\nplain,\"a,b\"\n\"say \"\"hi\"\"\",\"two\nlines\"\n\" pad\",\n")
        let reader = try CSVReader(path: path)
        var iterator = reader.makeRowIterator()
        var read: [[String]] = [reader.header]
        while let row = try iterator.next() { read.append(row.fields) }
        #expect(read == rows)
    }

    @Test func numbersAreWrittenInShortestRoundTripForm() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csvnumbers-\(UUID()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try CSVWriter(path: path)
        let values: [Double] = [0.1, 3, .nan, 1e300, 29.870463872734536, 0.1, -2.5]
        for value in values {
            try writer.writeNumber(value)
            writer.writeByte(UInt8(ascii: "\n"))
        }
        try writer.close()
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines == ["0.1", "3", "NA", "1e+300", "29.870463872734536", "0.1", "-2.5"])
        for (line, value) in zip(lines, values) where !value.isNaN { #expect(Double(line) == value) }
    }
}
