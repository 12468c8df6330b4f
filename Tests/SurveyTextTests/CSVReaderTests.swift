import Testing

@testable import SurveyText

@Suite("CSVReader")
struct CSVReaderTests {
    private func reader(_ text: String) throws -> CSVReader {
        try CSVReader(source: CSVBytes(text: text, name: "t.csv"))
    }

    private func rows(_ text: String) throws -> [[String]] {
        var iterator = try reader(text).makeRowIterator()
        var result: [[String]] = []
        while let row = try iterator.next() { result.append(row.fields) }
        return result
    }

    @Test func quotedFieldsWithDelimitersNewlinesAndQuotes() throws {
        let text = "a,b,c\n\"x,y\",\"line1\nline2\",\"say \"\"hi\"\"\"\n1,,3\n"
        #expect(try reader(text).header == ["a", "b", "c"])
        #expect(try rows(text) == [["x,y", "line1\nline2", "say \"hi\""], ["1", "", "3"]])
    }

    @Test func crlfBomBlankLinesAndNoFinalNewline() throws {
        let text = "\u{FEFF}a,b\r\n1,2\r\n\r\n3,4"
        #expect(try reader(text).header == ["a", "b"])
        #expect(try rows(text) == [["1", "2"], ["3", "4"]])
    }

    @Test func trailingDelimiterMeansEmptyLastField() throws {
        #expect(try rows("a,b\n1,\n") == [["1", ""]])
    }

    @Test func wrongFieldCountNamesFileRowColumn() throws {
        var iterator = try reader("a,b\n1,2\n1,2,3\n").makeRowIterator()
        _ = try iterator.next()
        #expect(throws: CSVError(file: "t.csv", row: 3, column: 3, kind: .wrongFieldCount(expected: 2, found: 3))) {
            _ = try iterator.next()
        }
    }

    @Test func unterminatedQuoteIsReportedWhereTheRecordStarts() throws {
        var iterator = try reader("a,b\n1,\"open\n2,3\n").makeRowIterator()
        #expect(throws: CSVError(file: "t.csv", row: 2, column: 2, kind: .unterminatedQuote)) {
            _ = try iterator.next()
        }
    }

    @Test func rowNumbersCountPhysicalLines() throws {
        var iterator = try reader("a\n\"x\ny\"\nz\n").makeRowIterator()
        #expect(try iterator.next()?.row == 2)
        #expect(try iterator.next()?.row == 4)
    }

    @Test func duplicateAndMissingHeader() throws {
        #expect(throws: CSVError(file: "t.csv", row: 1, column: 2, kind: .duplicateColumn(name: "a"))) {
            _ = try reader("a,a\n1,2\n")
        }
        #expect(throws: CSVError(file: "t.csv", row: 1, column: 0, kind: .missingHeader)) { _ = try reader("") }
    }

    @Test func forEachRecordGivesRawBytesAndNumbers() throws {
        var raw: [String] = []
        var numbers: [Double?] = []
        try reader("a,b\n1.5,\"q\"\nNA,x\n").forEachRecord { record in
            raw.append(String(decoding: record.rawBytes, as: UTF8.self))
            numbers.append(record.double(0))
            #expect(record[1] == (record.row == 2 ? "q" : "x"))
        }
        #expect(raw == ["1.5,\"q\"", "NA,x"])
        #expect(numbers == [1.5, nil])
    }

    @Test func columnarPathLoadsNumbersCategoriesAndMissing() throws {
        let text = "id,score,group,note\n1,3.5,B,x\n2,NA,A,y\n3,,\"B\",z\n4,1e3,NA,w\n"
        let table = try reader(text).readColumns([CSVColumnRequest("score"), CSVColumnRequest("group")])
        #expect(table.rowCount == 4)
        guard case .numeric(let scores) = table["score"], case .categorical(let codes, let levels) = table["group"]
        else {
            Issue.record("wrong column kinds")
            return
        }
        #expect(scores[0] == 3.5 && scores[1].isNaN && scores[2].isNaN && scores[3] == 1000)
        #expect(levels == ["A", "B"])
        #expect(codes == [1, 0, 1, -1])
    }

    @Test func automaticColumnFallsBackToCategoricalAndNumericColumnReportsAllBadCells() throws {
        let text = "v,w\n1,1\nhigh,x\n2,y\n"
        let table = try reader(text).readColumns([CSVColumnRequest("v")])
        #expect(table["v"] == .categorical(codes: [0, 2, 1], levels: ["1", "2", "high"]))
        do {
            _ = try reader(text).readColumns([CSVColumnRequest("w", .numeric)])
            Issue.record("expected an error")
        } catch let errors as CSVErrors {
            #expect(errors.errors.map(\.row) == [3, 4])
            #expect(errors.errors.allSatisfy { $0.column == 2 })
            #expect(!errors.description.contains("x"))
        }
    }

    @Test func columnarPathCollectsFieldCountErrorsAndUnknownColumns() throws {
        do {
            _ = try reader("a,b\n1\n2,3\n4,5,6\n").readColumns([CSVColumnRequest("a")])
            Issue.record("expected an error")
        } catch let errors as CSVErrors {
            #expect(errors.errors.map(\.row) == [2, 4])
        }
        #expect(throws: CSVErrors.self) { _ = try reader("a\n1\n").readColumns([CSVColumnRequest("zz")]) }
    }

    @Test func loneCarriageReturnLineBreaksStillLoadEveryRow() throws {
        let text = "a,b\r1,x\r2,y\r3,z\r"
        let table = try reader(text).readColumns([CSVColumnRequest("a", .numeric), CSVColumnRequest("b")])
        #expect(table.rowCount == 3)
        #expect(table["a"] == .numeric([1, 2, 3]))
    }

    @Test func categoricalCodesSurviveManyShortAndLongLabels() throws {
        let labels = (0..<300).map { $0 % 3 == 0 ? "a-much-longer-label-\($0)" : "k\($0)" }
        var text = "label\n"
        for round in 0..<2 { for label in (round == 0 ? labels : labels.reversed()) { text += label + "\n" } }
        let table = try reader(text).readColumns([CSVColumnRequest("label", .categorical)])
        guard case .categorical(let codes, let levels) = table["label"] else {
            Issue.record("not categorical")
            return
        }
        #expect(levels == labels.sorted())
        #expect(codes.map { levels[Int($0)] } == labels + labels.reversed())
    }

    @Test(arguments: [
        "0", "-0.5", "44.2099990844727", "33.846996307373", "1e-300", "123456789012345678901",
        "0.1", "9007199254740993", "2.2250738585072014e-308", "+7", "1.7976931348623157e308",
        "3.3199999332428", " 12 ",
    ])
    func numberParsingIsCorrectlyRounded(text: String) throws {
        let bytes = Array(text.utf8)
        let parsed = bytes.withUnsafeBufferPointer { CSVNumberParser.parse($0.baseAddress!, 0, $0.count) }
        let trimmed = text.trimmingPrefix(" ")
        let expected = Double(String(trimmed.prefix { $0 != " " }))
        #expect(parsed == expected)
    }

    @Test(arguments: ["abc", "1.2.3", "1e", "--1", "0x10", ""])
    func nonNumbersAreRejected(text: String) throws {
        let bytes = Array(text.utf8) + [0]
        let parsed = bytes.withUnsafeBufferPointer { CSVNumberParser.parse($0.baseAddress!, 0, text.utf8.count) }
        #expect(parsed == nil)
    }
}
