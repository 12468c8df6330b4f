import Foundation
import SurveyModel
import SurveyParser
import SurveyTestSupport
import Testing

/// `voc import` of SPSS files end to end: the bank example's simulated data go out with `voc export --format sav`
/// and come back into an empty store with the same CSV export; ReadStat's own metadata tool sees the value labels
/// of every categorical variable; a truncated file is a located error that stores nothing.
@Suite struct SAVImportCLITests {
    static let survey = "Surveys/bank-needs.xml"

    /// A temporary folder with the bank example simulated into `a.sqlite` and exported to `a.csv` and `a.sav`.
    static func simulatedBank() throws -> URL {
        let directory = try VocRunner.temporaryDirectory()
        let surveyPath = PackagePaths.root.appendingPathComponent(survey).path
        for arguments in [
            ["simulate", surveyPath, "--n", "60", "--seed", "11", "--store", "a.sqlite"],
            ["export", "a.sqlite", "--out", "a.csv"],
            ["export", "a.sqlite", "--format", "sav", "--include-personal", "--out", "a.sav"],
        ] {
            let result = try PackagePaths.voc(arguments, in: directory)
            #expect(result.exitCode == 0, "\(arguments): \(result.transcript)")
        }
        return directory
    }

    static func text(_ name: String, in directory: URL) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func bankRoundTripThroughSAV() throws {
        let directory = try Self.simulatedBank()
        defer { try? FileManager.default.removeItem(at: directory) }
        let surveyPath = PackagePaths.root.appendingPathComponent(Self.survey).path
        let imported = try PackagePaths.voc(["import", surveyPath, "a.sav", "--store", "b.sqlite"], in: directory)
        #expect(imported.exitCode == 0, "\(imported.transcript)")
        #expect(imported.stdout.contains("a.sav    60      60         0        0"), "\(imported.transcript)")
        let exported = try PackagePaths.voc(["export", "b.sqlite", "--out", "b.csv"], in: directory)
        #expect(exported.exitCode == 0, "\(exported.transcript)")
        let original = try Self.text("a.csv", in: directory)
        #expect(original.split(separator: "\n").count == 61)
        #expect(try Self.text("b.csv", in: directory) == original)
        // Why answers come back too, except empty ones (a respondent's stop), which a .sav cannot tell from none.
        let why = try Self.text("a.why.csv", in: directory).split(separator: "\n").filter { !$0.hasSuffix(",") }
        #expect(try Self.text("b.why.csv", in: directory).split(separator: "\n") == why)

        // Importing again changes nothing.
        let again = try PackagePaths.voc(["import", surveyPath, "a.sav", "--store", "b.sqlite"], in: directory)
        #expect(again.stdout.contains("a.sav    60       0         0       60"), "\(again.transcript)")
        #expect(try PackagePaths.voc(["export", "b.sqlite", "--out", "c.csv"], in: directory).exitCode == 0)
        #expect(try Self.text("c.csv", in: directory) == original)

        // A .zsav (written by ReadStat) under a name without extension: recognised by its content.
        let zsav = directory.appendingPathComponent("a.zsav").path
        let converted = try ExternalTool.readstat.run([directory.appendingPathComponent("a.sav").path, zsav])
        #expect(converted.status == 0, "\(converted.stderr)")
        try FileManager.default.moveItem(atPath: zsav, toPath: directory.appendingPathComponent("bank-data").path)
        let fromZ = try PackagePaths.voc(["import", surveyPath, "bank-data", "--store", "z.sqlite"], in: directory)
        #expect(fromZ.exitCode == 0, "\(fromZ.transcript)")
        #expect(try PackagePaths.voc(["export", "z.sqlite", "--out", "z.csv"], in: directory).exitCode == 0)
        #expect(try Self.text("z.csv", in: directory) == original)
    }

    @Test func readStatSeesTheValueLabelsOfEveryCategoricalVariable() throws {
        let directory = try Self.simulatedBank()
        defer { try? FileManager.default.removeItem(at: directory) }
        let survey = try #require(
            SurveyLoader.load(contentsOf: PackagePaths.root.appendingPathComponent(Self.survey).path).survey)
        let json = directory.appendingPathComponent("meta.json")
        let output = try ExternalTool.extractMetadata.run([
            directory.appendingPathComponent("a.sav").path, json.path,
        ])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any]
        let variables = try #require(object?["variables"] as? [[String: Any]])
        let byName = Dictionary(
            variables.map { ($0["name"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        var checked = 0
        for variable in survey.variables where [.nominal, .ordinal, .binary].contains(variable.measure) {
            let found = try #require(byName[variable.name], "no variable \(variable.name)")
            #expect(found["type"] as? String == "NUMERIC", "\(variable.name)")
            let labels = (found["categories"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
            var expected = variable.valueLabels.map(\.label)
            if variable.allowsSpecialCodes { expected += ["Don't know", "Refused"] }
            #expect(labels == expected, "\(variable.name)")
            let missing = (found["missing"] as? [String: Any])?["values"] as? [Double]
            #expect(missing?.sorted() == (variable.allowsSpecialCodes ? [-2, -1] : nil), "\(variable.name)")
            checked += 1
        }
        #expect(checked == 56)
        let mainBank = (byName["main_bank"]?["categories"] as? [[String: Any]] ?? []).map {
            "\(Value.format($0["code"] as? Double ?? .nan))=\($0["label"] as? String ?? "")"
        }
        #expect(
            mainBank == [
                "1=Northbridge Savings Bank", "2=City Commercial Bank", "3=Co-operative Bank", "4=An online-only bank",
                "5=Another bank (please specify)",
            ])
    }

    @Test func truncatedFileIsALocatedErrorAndStoresNothing() throws {
        let directory = try Self.simulatedBank()
        defer { try? FileManager.default.removeItem(at: directory) }
        let surveyPath = PackagePaths.root.appendingPathComponent(Self.survey).path
        let bytes = try Data(contentsOf: directory.appendingPathComponent("a.sav"))
        try bytes.prefix(bytes.count * 2 / 3).write(to: directory.appendingPathComponent("cut.sav"))
        try bytes.prefix(900).write(to: directory.appendingPathComponent("head.sav"))
        var cases = [
            (
                "cut.sav",
                "cut.sav:0:0: error: the file holds fewer cases than the 60 its header announces; it is truncated or "
                    + "damaged (ReadStat: File did not contain the expected number of rows)\n"
            ),
            (
                "head.sav",
                "head.sav:0:0: error: not a readable SPSS system file: its dictionary is truncated or damaged "
                    + "(ReadStat: Unable to read from file)\n"
            ),
        ]
        // A file named .sav that is not one is refused by its content.
        try Data("response_id\nr1\n".utf8).write(to: directory.appendingPathComponent("fake.sav"))
        cases.append(("fake.sav", "error: fake.sav: not an SPSS system file (it does not start with $FL2 or $FL3)\n"))
        for (file, message) in cases {
            for arguments in [[], ["--all-or-nothing"]] {
                let result = try PackagePaths.voc(
                    ["import", surveyPath, file, "--store", "t.sqlite"] + arguments, in: directory)
                #expect(result.exitCode == 1, "\(result.transcript)")
                #expect(result.stderr == message)
                let export = try PackagePaths.voc(["export", "t.sqlite", "--out", "t.csv"], in: directory)
                #expect(export.stderr == "exported 0 responses to t.csv\n", "\(export.transcript)")
            }
        }
    }

    /// An export without personal data lacks the survey's required e-mail question: completes that answered it
    /// are refused, each at its case as a whole (position 0), not at the file's first variable.
    @Test func requiredQuestionMissingFromTheFileIsTheCasesProblem() throws {
        let directory = try Self.simulatedBank()
        defer { try? FileManager.default.removeItem(at: directory) }
        let surveyPath = PackagePaths.root.appendingPathComponent(Self.survey).path
        let exported = try PackagePaths.voc(
            ["export", "a.sqlite", "--format", "sav", "--out", "anonymous.sav"], in: directory)
        #expect(exported.exitCode == 0, "\(exported.transcript)")
        let result = try PackagePaths.voc(
            ["import", surveyPath, "anonymous.sav", "--store", "n.sqlite"], in: directory)
        #expect(result.exitCode == 1, "\(result.transcript)")
        let lines = result.stderr.split(separator: "\n").filter { $0.contains("error:") }
        #expect(!lines.isEmpty, "\(result.transcript)")
        for line in lines {
            #expect(
                line.wholeMatch(of: /anonymous\.sav:[0-9]+:0: error: 'email' is required but not answered/) != nil,
                "\(line)")
        }
    }
}
