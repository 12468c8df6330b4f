import Foundation
import SurveyTestSupport
import Testing

/// The design of a store's rows, which its respondents carry (design weights, strata, clusters), with the user's
/// choices: `--replicates` (recalibrated by a weight set's recipe) and `--lonely-psu` give the same figures as the
/// same data read from a CSV file with `--weight/--strata/--cluster` (and `--margins` for the weight set).
@Suite struct StoreDesignCLITests {
    /// The study of `StoreAggregationCLITests` (2 strata, 24 clusters, unequal design weights), and the same rows as
    /// one CSV file with the design columns joined in (`joined.csv`).
    static func writeStudy(in directory: URL) throws {
        try StoreAggregationCLITests.writeStudy(in: directory, duplicate: false)
        func lines(_ name: String) throws -> [[String]] {
            try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").map {
                    $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                }
        }
        let sample = try lines("sample.csv")
        let design = Dictionary(
            uniqueKeysWithValues: sample.dropFirst().map { ($0[0], $0[1...3].joined(separator: ",")) })
        let data = try lines("data.csv")
        let respondent = try #require(data[0].firstIndex(of: "respondent_id"))
        var joined = [(data[0] + ["weight", "stratum", "cluster"]).joined(separator: ",")]
        for row in data.dropFirst() {
            joined.append(row.joined(separator: ",") + "," + (design[row[respondent]] ?? ",,"))
        }
        try StoreFixtures.write(joined.joined(separator: "\n") + "\n", to: "joined.csv", in: directory)
    }

    static func estimates(_ result: VocResult) throws -> [[String: Any]] {
        #expect(result.exitCode == 0, "\(result.transcript)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(document["estimates"] as? [[String: Any]])
    }

    @Test func storeReplicatesEqualTheSameDataFromAFile() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func run(_ arguments: [String]) throws -> VocResult { try VocRunner.run(arguments, directory: directory.path) }
        try Self.writeStudy(in: directory)
        #expect(try run(["sample", "load", "shop.xml", "sample.csv"]).exitCode == 0)
        let imported = try run(["import", "shop.xml", "data.csv"])
        #expect(imported.exitCode == 0, "\(imported.transcript)")
        let weighted = try run(["weight", "shop.voc.sqlite", "--margins", "margins.csv", "--name", "raked"])
        #expect(weighted.exitCode == 0, "\(weighted.transcript)")
        let statistics = ["--var", "sat", "--var", "visits", "--var", "channel", "--by", "region", "--json"]
        let fileDesign =
            ["--data", "joined.csv", "--survey", "shop.xml", "--weight", "weight", "--strata", "stratum"]
            + ["--cluster", "cluster"]
        let pairs: [(store: [String], file: [String])] = [
            (
                ["estimate", "shop.voc.sqlite", "--replicates", "jkn"],
                ["estimate", "--replicates", "jkn"] + fileDesign
            ),
            (
                ["estimate", "shop.voc.sqlite", "--weight-set", "raked", "--replicates", "jkn"],
                ["estimate", "--replicates", "jkn", "--margins", "margins.csv"] + fileDesign
            ),
        ]
        var linearised: [[String: Any]] = []
        for (store, file) in pairs {
            let fromStore = try Self.estimates(try run(store + statistics))
            let fromFile = try Self.estimates(try run(file + statistics))
            #expect(fromStore.count == fromFile.count && fromStore.count > 10)
            for (a, b) in zip(fromStore, fromFile) {
                let label = "\(a["variable"] ?? "") \(a["level"] ?? "") \(a["segment"] ?? "")"
                #expect(a["variable"] as? String == b["variable"] as? String, "\(label)")
                let (estimateA, estimateB) = (a["estimate"] as? Double ?? .nan, b["estimate"] as? Double ?? .nan)
                let (seA, seB) = (a["se"] as? Double ?? .nan, b["se"] as? Double ?? .nan)
                #expect(
                    abs(estimateA - estimateB) <= 1e-9 * abs(estimateB),
                    "\(label) estimate \(estimateA) vs \(estimateB)")
                #expect(abs(seA - seB) <= 1e-9 * seB && seB > 0, "\(label) se \(seA) vs \(seB)")
            }
            if linearised.isEmpty {
                linearised = try Self.estimates(try run(Array(store.dropLast(2)) + statistics))
            }
        }
        // The replicate SEs are not the linearised ones (the option is not ignored).
        let replicate = try Self.estimates(try run(pairs[0].store + statistics))
        #expect(zip(replicate, linearised).contains { ($0["se"] as? Double) != ($1["se"] as? Double) })

    }

    /// Replicate weights supplied with the sample (respondent attributes `rep1` ... `rep10`, natural order) give a
    /// store the same figures as the same columns of a file (`--data ... --weight weight --repweights`), also with a
    /// weight set whose recipe recalibrates every replicate (`--margins` on the file). A respondent without a value
    /// is named.
    @Test func suppliedReplicateColumnsOnAStoreAreRespondentAttributes() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func run(_ arguments: [String]) throws -> VocResult { try VocRunner.run(arguments, directory: directory.path) }
        try Self.writeStudy(in: directory)
        // Ten bootstrap-like columns: the design weight times a factor 0, 1, 2 or 3 from a fixed sequence.
        for name in ["sample.csv", "joined.csv"] {
            let url = directory.appendingPathComponent(name)
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
            let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let weight = try #require(header.lastIndex(of: "weight"))
            var out = [lines[0] + "," + (1...10).map { "rep\($0)" }.joined(separator: ",")]
            for (index, line) in lines.dropFirst().enumerated() {
                let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                let base = Double(cells[weight]) ?? 1
                let id = Int(cells[0].filter(\.isNumber)) ?? index
                out.append(
                    line + "," + (1...10).map { r in "\(base * Double((id * 7 + r * 3) % 4))" }.joined(separator: ","))
            }
            try (out.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(try run(["sample", "load", "shop.xml", "sample.csv"]).exitCode == 0)
        #expect(try run(["import", "shop.xml", "data.csv"]).exitCode == 0)
        #expect(try run(["weight", "shop.voc.sqlite", "--margins", "margins.csv", "--name", "raked"]).exitCode == 0)
        let statistics = ["--var", "sat", "--var", "channel", "--by", "region", "--json"]
        let supplied = ["--repweights", "^rep[0-9]+$", "--rep-type", "bootstrap"]
        let fileDesign = ["--data", "joined.csv", "--survey", "shop.xml", "--weight", "weight"] + supplied
        for (store, file) in [
            (["estimate", "shop.voc.sqlite"] + supplied, ["estimate"] + fileDesign),
            (
                ["estimate", "shop.voc.sqlite", "--weight-set", "raked"] + supplied,
                ["estimate", "--margins", "margins.csv"] + fileDesign
            ),
        ] {
            let fromStore = try Self.estimates(try run(store + statistics))
            let fromFile = try Self.estimates(try run(file + statistics))
            #expect(fromStore.count == fromFile.count && fromStore.count >= 6, "\(fromStore.count)")
            for (a, b) in zip(fromStore, fromFile) {
                let label = "\(a["variable"] ?? "") \(a["level"] ?? "") \(a["segment"] ?? "")"
                let (seA, seB) = (a["se"] as? Double ?? .nan, b["se"] as? Double ?? .nan)
                #expect(abs(seA - seB) <= 1e-9 * seB && seB > 0, "\(label) se \(seA) vs \(seB)")
            }
        }
        // A respondent whose rep3 is empty: named, and nothing estimated.
        var sample = try String(contentsOf: directory.appendingPathComponent("sample.csv"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        var cells = sample[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let respondent = cells[0]
        cells[cells.count - 8] = ""
        sample[1] = cells.joined(separator: ",")
        try (sample.joined(separator: "\n") + "\n").write(
            to: directory.appendingPathComponent("sample.csv"), atomically: true, encoding: .utf8)
        #expect(try run(["sample", "load", "shop.xml", "sample.csv"]).exitCode == 0)
        let missing = try run(["estimate", "shop.voc.sqlite"] + supplied + statistics)
        #expect(missing.exitCode == 1)
        #expect(
            missing.stderr.contains(
                "shop.voc.sqlite: error: respondent '\(respondent)': replicate weight attribute 'rep3' has no value"),
            "\(missing.stderr)")
        let none = try run(
            ["estimate", "shop.voc.sqlite", "--repweights", "^nothing$", "--rep-type", "jk1"] + statistics)
        #expect(none.exitCode == 1)
        #expect(none.stderr.contains("error: --repweights '^nothing$' matches no column"), "\(none.stderr)")
    }

    @Test func theLonelyPSURuleAppliesToAStoreDesign() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func run(_ arguments: [String]) throws -> VocResult { try VocRunner.run(arguments, directory: directory.path) }
        try Self.writeStudy(in: directory)
        // One more stratum with a single cluster (a lonely PSU): every 40th respondent, in the sample and in the
        // joined file (whose stratum and cluster are its last two columns).
        for (name, stratum) in [("sample.csv", 2), ("joined.csv", -2)] {
            let url = directory.appendingPathComponent(name)
            var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
            for index in 1..<lines.count where index % 40 == 1 {
                var cells = lines[index].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                let column = stratum >= 0 ? stratum : cells.count + stratum
                cells[column] = "s3"
                cells[column + 1] = "s3-only"
                lines[index] = cells.joined(separator: ",")
            }
            try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(try run(["sample", "load", "shop.xml", "sample.csv"]).exitCode == 0)
        #expect(try run(["import", "shop.xml", "data.csv"]).exitCode == 0)
        let statistics = ["--var", "sat", "--by", "region", "--json"]
        let failing = try run(["estimate", "shop.voc.sqlite"] + statistics)
        #expect(failing.exitCode == 1, "\(failing.transcript)")
        #expect(failing.stderr.contains("s3"), "the error names the lonely stratum: \(failing.stderr)")
        let fileDesign =
            ["--data", "joined.csv", "--survey", "shop.xml", "--weight", "weight", "--strata", "stratum"]
            + ["--cluster", "cluster"]
        for rule in ["adjust", "remove", "average"] {
            let fromStore = try Self.estimates(
                try run(["estimate", "shop.voc.sqlite", "--lonely-psu", rule] + statistics))
            let fromFile = try Self.estimates(try run(["estimate", "--lonely-psu", rule] + fileDesign + statistics))
            #expect(fromStore.count == fromFile.count && !fromStore.isEmpty)
            for (a, b) in zip(fromStore, fromFile) {
                let (seA, seB) = (a["se"] as? Double ?? .nan, b["se"] as? Double ?? .nan)
                #expect(abs(seA - seB) <= 1e-9 * seB && seB > 0, "\(rule) \(a["segment"] ?? "") se \(seA) vs \(seB)")
            }
        }
    }
}
