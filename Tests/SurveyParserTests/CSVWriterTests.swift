import Foundation
import Testing
@testable import SurveyParser

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
}
