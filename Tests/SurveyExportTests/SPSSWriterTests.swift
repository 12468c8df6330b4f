import Foundation
import SurveyExport
import SurveyModel
import SurveyTestSupport
import Testing
import SurveyAnalysis

/// Writes `.sav` files and reads them back with ReadStat's own tools (`readstat FILE -` for the data,
/// `extract_metadata FILE OUT.json` for names, labels, value labels and missing values).
@Suite struct SPSSWriterTests {
    static func dataset(survey: Survey = ExampleStudy.survey, count: Int = 12) -> ExportDataset {
        let (responses, respondents) = ExampleStudy.responses(count: count)
        let values = Dictionary(
            uniqueKeysWithValues: responses.enumerated().map {
                ($0.element.id, 0.5 + Double($0.offset) / 8)
            })
        return ExportDataset(
            survey: survey, responses: responses, respondents: respondents,
            weight: ResponseWeights(name: "raked", values: values))
    }

    @Test func dataReadBackWithReadStat() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dataset = Self.dataset()
        let url = folder.file("study.sav")
        try SPSSWriter.write(dataset, to: url)

        let output = try ExternalTool.readstat.run([url.path, "-"])
        #expect(output.status == 0, "\(output.stderr)")
        let rows = CSVText.parse(output.stdout)
        let layout = ExportLayout(dataset: dataset)
        #expect(rows.first == layout.columns.map(\.name))
        #expect(!rows[0].contains("email"), "personal attributes are left out by default")
        #expect(rows[0].contains("why_nps.d1") && rows[0].contains("why_feat.track.d1") && rows[0].last == "weight")
        #expect(rows.count == 13)
        let header = rows[0]
        func cell(_ row: Int, _ name: String) -> String? {
            header.firstIndex(of: name).map { rows[row][$0] }
        }
        for (index, response) in dataset.responses.enumerated() {
            let row = index + 1
            #expect(cell(row, "response_id") == response.id)
            #expect(cell(row, "region") == dataset.respondents[response.id]?.attributes["region"])
            switch response.answers["nps"] {
            case .number(let value): #expect(Double(cell(row, "nps") ?? "") == value)
            case .dontKnow: #expect(Double(cell(row, "nps") ?? "") == -1)
            case .refused: #expect(Double(cell(row, "nps") ?? "") == -2)
            default: Issue.record("unexpected nps answer")
            }
            let why = response.ladder.first { $0.probeID == "why_nps" && $0.depth == 1 }?.text ?? ""
            #expect(cell(row, "why_nps.d1") == why)
            #expect(Double(cell(row, "weight") ?? "") == 0.5 + Double(index) / 8)
        }
        let german = "Das Paket kam pünktlich an — super"
        #expect(rows.indices.contains { cell($0, "why_nps.d1") == german })
    }

    @Test func metadataReadBackWithReadStat() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // extract_metadata 1.1.8 aborts on string user-missing values ("only implemented double support for
        // missing values"), so this file has no text question that allows special answers.
        var survey = ExampleStudy.survey
        for s in survey.sections.indices {
            for i in survey.sections[s].items.indices {
                if case .what(var question) = survey.sections[s].items[i], question.id == "comment" {
                    question.allowRefused = false
                    survey.sections[s].items[i] = .what(question)
                }
            }
        }
        let url = folder.file("study.sav")
        try SPSSWriter.write(Self.dataset(survey: survey), to: url)
        let json = folder.file("meta.json")
        let output = try ExternalTool.extractMetadata.run([url.path, json.path])
        #expect(output.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any]
        let variables = try #require(object?["variables"] as? [[String: Any]])
        func variable(_ name: String) -> [String: Any]? { variables.first { $0["name"] as? String == name } }
        func categories(_ name: String) -> [String: String] {
            let list = variable(name)?["categories"] as? [[String: Any]] ?? []
            return Dictionary(
                uniqueKeysWithValues: list.map { entry in
                    let code = (entry["code"] as? Double).map { Value.format($0) } ?? "\(entry["code"] ?? "")"
                    return (code, entry["label"] as? String ?? "")
                })
        }

        #expect(variables.count == ExportLayout(dataset: Self.dataset(survey: survey)).columns.count)
        #expect(variable("nps")?["label"] as? String == "How likely are you to recommend us?")
        #expect(variable("nps")?["type"] as? String == "NUMERIC")
        #expect(categories("nps")["10"] == "10" && categories("nps")["-1"] == "Don't know")
        #expect(categories("nps")["-2"] == "Refused")
        let missing = variable("nps")?["missing"] as? [String: Any]
        #expect(missing?["type"] as? String == "DISCRETE")
        #expect((missing?["values"] as? [Double])?.sorted() == [-2, -1])
        #expect((variable("csat")?["missing"] as? [String: Any])?["values"] as? [Double] == [-1, -2])
        #expect(variable("plan")?["missing"] == nil)
        #expect(categories("plan") == ["1": "Basic", "2": "Plus", "3": "Business"])
        // Text codes become numbers 1, 2, 3 in option order, with the options' labels.
        #expect(variable("channel")?["type"] as? String == "NUMERIC")
        #expect(categories("channel") == ["1": "Web shop", "2": "App", "3": "Store"])
        #expect(categories("member") == ["0": "no", "1": "yes"])
        #expect(categories("kano.express.f")["2"] == "I expect it to be that way")
        #expect(variable("spend")?["decimals"] as? Int == 2)
        #expect(
            variable("why_feat.track.d1")?["label"] as? String
                == "Why: Why do you use {answer}? [Order tracking] (level 1)")
        #expect(variable("weight")?["label"] as? String == "Weight (raked)")
        #expect(variable("email") == nil)
    }

    @Test func longTextCodesGetNumericLabelsAndStayUserMissing() throws {
        // Codes longer than 8 bytes cannot carry string value labels in SPSS: the variable is numeric with the
        // options' labels, "don't know" and "refused" keep -1 and -2 as user-missing values, and the original codes
        // are in the file's documents.
        var survey = ExampleStudy.survey
        for s in survey.sections.indices {
            for i in survey.sections[s].items.indices {
                guard case .what(var question) = survey.sections[s].items[i], question.id == "channel" else { continue }
                question.kind = .singleChoice(
                    options: .inline([
                        ChoiceOption(code: "northbridge", label: "Northbridge Savings Bank"),
                        ChoiceOption(code: "city_commercial", label: "City Commercial Bank"),
                    ]))
                question.allowDontKnow = true
                question.allowRefused = true
                survey.sections[s].items[i] = .what(question)
            }
        }
        survey.sections = survey.sections.map { section in
            var section = section
            section.items = section.items.filter { item in
                if case .what(let question) = item, question.id == "comment" { return false }
                return true
            }
            return section
        }
        var dataset = Self.dataset(survey: survey)
        let codes = ["northbridge", "city_commercial"]
        for index in dataset.responses.indices {
            dataset.responses[index].answers["channel"] =
                index == 0 ? .dontKnow : index == 1 ? .refused : .code(codes[index % 2])
        }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("long.sav")
        try SPSSWriter.write(dataset, to: url)
        let json = folder.file("meta.json")
        #expect(try ExternalTool.extractMetadata.run([url.path, json.path]).status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any]
        let variables = try #require(object?["variables"] as? [[String: Any]])
        let channel = try #require(variables.first { $0["name"] as? String == "channel" })
        #expect(channel["type"] as? String == "NUMERIC")
        let categories = (channel["categories"] as? [[String: Any]] ?? []).map {
            "\(Value.format($0["code"] as? Double ?? .nan))=\($0["label"] as? String ?? "")"
        }
        #expect(
            categories == [
                "1=Northbridge Savings Bank", "2=City Commercial Bank", "-1=Don't know", "-2=Refused",
            ])
        let missing = channel["missing"] as? [String: Any]
        #expect((missing?["values"] as? [Double])?.sorted() == [-2, -1])
        let rows = CSVText.parse(try ExternalTool.readstat.run([url.path, "-"]).stdout)
        let column = try #require(rows[0].firstIndex(of: "channel"))
        #expect(rows[1...4].map { Double($0[column]) } == [-1, -2, 1, 2])
        let bytes = try Data(contentsOf: url)
        for line in [
            "Original codes of recoded variables (variable: number = code):", "channel: 1 = northbridge",
            "channel: 2 = city_commercial",
        ] {
            let padded = line + String(repeating: " ", count: 80 - line.utf8.count)
            #expect(bytes.range(of: Data(padded.utf8)) != nil, "document line \(line)")
        }
    }

    @Test func stringMissingValuesAreWritten() throws {
        // The comment question allows "refused": its code is a user-missing string value. readstat's CSV shows
        // the stored code; the metadata tool cannot print string missing values (see above).
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var dataset = Self.dataset()
        dataset.responses[0].answers["comment"] = .refused
        let url = folder.file("refused.sav")
        try SPSSWriter.write(dataset, to: url)
        let rows = CSVText.parse(try ExternalTool.readstat.run([url.path, "-"]).stdout)
        let column = try #require(rows[0].firstIndex(of: "comment"))
        #expect(rows[1][column] == "-2")
        let layout = ExportLayout(dataset: dataset)
        #expect(layout.columns[column].missingCodes == ["-1", "-2"])
        // The long-string missing-values record (type 7, subtype 22) holds: name, count 2, each value as
        // 8 bytes padded with spaces after the value length (int32 8).
        let bytes = try Data(contentsOf: url)
        let record = Data("comment".utf8) + Data([2, 8, 0, 0, 0]) + Data("-1      -2      ".utf8)
        #expect(bytes.range(of: record) != nil)
    }

    @Test func personalDataOnlyWhenAsked() throws {
        var dataset = Self.dataset()
        dataset.options.includePersonal = true
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("personal.sav")
        try SPSSWriter.write(dataset, to: url)
        let output = try ExternalTool.readstat.run([url.path, "-"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(CSVText.parse(output.stdout).first?.contains("email") == true)
    }

    @Test func failureLeavesExistingFileAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("keep.sav")
        try Data("previous".utf8).write(to: url)
        let bad = ExportLayout(
            columns: [
                ExportColumn(
                    name: "1bad name", sourceName: "x", label: "x", source: .responseID, storage: .string(width: 4),
                    measure: .nominal)
            ], rows: [[.text("a")]])
        #expect(throws: ExportError.self) { try SPSSWriter.write(bad, fileLabel: "t", to: url) }
        #expect(try String(contentsOf: url, encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["keep.sav"])
        #expect(throws: ExportError.self) {
            try SPSSWriter.write(Self.dataset(), to: folder.file("missing-folder/x.sav"))
        }
    }

    @Test func namesAreMadeValid() {
        var names = ExportName()
        #expect(names.unique(for: "q1.a") == "q1.a")
        #expect(names.unique(for: "Q1.A") == "Q1.A_2")
        #expect(names.unique(for: "1st-item") == "v1st_item")
        #expect(names.unique(for: "with") == "with_v")
        #expect(names.unique(for: "ends.") == "ends")
        #expect(names.unique(for: String(repeating: "x", count: 80)).utf8.count == 64)
    }
}
