import Foundation
import SurveyStore
import SurveyTestSupport
import Testing

/// `voc weight STORE` and `voc estimate STORE` let the store do the aggregation (`GROUP BY`) when every variable is
/// an attribute or a single-code or numeric question: the weights and estimates are bit-identical on SQLite and
/// PostgreSQL, and agree with reading every response (`--read-responses`) to 1e-12, for a stratified cluster
/// design with unequal design weights, don't-know answers and a raked weight set whose calibration is redone.
@Suite(.serialized) struct StoreAggregationCLITests {
    static let respondents = 480

    /// A stratified sample (2 strata, 24 clusters) with unequal design weights, and their complete responses.
    static func writeStudy(in directory: URL, duplicate: Bool = true) throws {
        var state: UInt64 = 20_261_123
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var sample = ["id,weight,stratum,cluster,region"]
        var rows = [StoreFixtures.shopHeader]
        for index in 0..<respondents {
            let id = String(format: "p%04d", index)
            let stratum = index % 2 == 0 ? "s1" : "s2"
            let cluster = "\(stratum)-c\(index % 24 / 2)"
            let region = ["north", "south", "east"][next(3)]
            let weight = ["0.5", "1", "1.75", "2.25"][next(4)]
            sample.append("\(id),\(weight),\(stratum),\(cluster),\(region)")
            let nps = next(12) == 0 ? "-1" : String(next(11))
            rows.append(
                StoreFixtures.shopRow(
                    "x\(index)",
                    [
                        "respondent_id": id, "region": region, "nps": nps, "channel": ["web", "app"][next(2)],
                        "sat": String(1 + next(5)), "visits": String(next(30)),
                    ]))
        }
        // A respondent with a second complete response in another cell: weight sets keep the first by response id
        // ("x-dup" sorts before "x0").
        if duplicate {
            rows.append(
                StoreFixtures.shopRow(
                    "x-dup", ["respondent_id": "p0000", "region": "east", "channel": "app", "sat": "2", "visits": "3"]))
        }
        try StoreFixtures.write(StoreFixtures.shopXML, to: "shop.xml", in: directory)
        try StoreFixtures.write(sample.joined(separator: "\n") + "\n", to: "sample.csv", in: directory)
        try StoreFixtures.write(rows.joined(separator: "\n") + "\n", to: "data.csv", in: directory)
        try StoreFixtures.write(
            "variable,level,target\nregion,north,0.3\nregion,south,0.3\nregion,east,0.4\nchannel,web,0.55\n"
                + "channel,app,0.45\n", to: "margins.csv", in: directory)
    }

    /// The JSON document a command printed.
    static func document(_ result: VocResult) throws -> [String: Any] {
        #expect(result.exitCode == 0, "\(result.transcript)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// Every number in two JSON values agrees to `relative`; everything else is equal.
    static func agree(_ a: Any, _ b: Any, relative: Double, path: String = "") -> [String] {
        switch (a, b) {
        case let (x as [String: Any], y as [String: Any]):
            guard Set(x.keys) == Set(y.keys) else { return ["\(path): keys \(x.keys.sorted()) vs \(y.keys.sorted())"] }
            return x.keys.sorted().flatMap { agree(x[$0]!, y[$0]!, relative: relative, path: path + "." + $0) }
        case let (x as [Any], y as [Any]):
            guard x.count == y.count else { return ["\(path): \(x.count) vs \(y.count) items"] }
            return zip(x, y).enumerated().flatMap { agree($1.0, $1.1, relative: relative, path: path + "[\($0)]") }
        case let (x as NSNumber, y as NSNumber) where !(x is Bool):
            let (p, q) = (x.doubleValue, y.doubleValue)
            return abs(p - q) <= relative * max(abs(p), abs(q)) ? [] : ["\(path): \(p) vs \(q)"]
        default:
            return "\(a)" == "\(b)" ? [] : ["\(path): \(a) vs \(b)"]
        }
    }

    @Test func groupedWeightsAndEstimatesAreIdenticalAcrossBackendsAndMatchReadingResponses() async throws {
        let server = try PostgresTestServer()
        try server.createDatabase("agg")
        let url = server.url(database: "agg")
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func run(_ arguments: [String]) throws -> VocResult { try VocRunner.run(arguments, directory: directory.path) }
        try Self.writeStudy(in: directory)
        #expect(try run(["sample", "load", "shop.xml", "sample.csv"]).exitCode == 0)
        let imported = try run(["import", "shop.xml", "data.csv"])
        #expect(imported.exitCode == 0, "\(imported.transcript)")
        let copied = try run(["store", "copy", "shop.voc.sqlite", url])
        #expect(copied.exitCode == 0, "\(copied.transcript)")

        // Weighting: grouped on both backends, and by reading the responses.
        var reports: [[String: Any]] = []
        for (store, extra) in [("shop.voc.sqlite", []), (url, []), ("shop.voc.sqlite", ["--read-responses"])] {
            let name = extra.isEmpty ? "raked" : "read"
            var report = try Self.document(
                try run(["weight", store, "--margins", "margins.csv", "--name", name, "--json"] + extra))
            for key in ["t_load", "t_rake", "t_total", "name"] { report[key] = nil }
            reports.append(report)
        }
        #expect(reports[0]["n"] as? Int == Self.respondents + 1)
        #expect(
            Self.agree(reports[0], reports[1], relative: 0).isEmpty,
            "\(Self.agree(reports[0], reports[1], relative: 0))")
        let readDiff = Self.agree(reports[0], reports[2], relative: 1e-12)
        #expect(readDiff.isEmpty, "\(readDiff)")

        // A weighting error inside the store's transaction reaches the user as is, on both backends; nothing saved.
        try StoreFixtures.write("variable,level,target\nnope,a,1\n", to: "bad.csv", in: directory)
        for store in ["shop.voc.sqlite", url] {
            let bad = try run(["weight", store, "--margins", "bad.csv", "--name", "bad"])
            #expect(bad.exitCode == 1)
            #expect(bad.stderr.contains("error: the margins name 'nope', which is neither"), "\(bad.stderr)")
        }

        // The stored weights: bit-identical across backends, equal to reading the responses to 1e-12.
        let sqlite = try await StoreOpener.open(
            directory.appendingPathComponent("shop.voc.sqlite").path, mustExist: true)
        // A generous wait for a connection: the full suite runs several throwaway servers on two cores at once.
        let postgres = try await StoreOpener.open(url, timeout: 60, mustExist: true)
        let local = try #require(try await sqlite.weightSet(name: "raked", surveyID: "shop"))
        let shared = try #require(try await postgres.weightSet(name: "raked", surveyID: "shop"))
        let read = try #require(try await sqlite.weightSet(name: "read", surveyID: "shop"))
        #expect(local.weights.count == Self.respondents)
        #expect(try await sqlite.weightSet(name: "bad", surveyID: "shop") == nil)
        #expect(try await postgres.weightSet(name: "bad", surveyID: "shop") == nil)
        #expect(local.weights == shared.weights)
        #expect(Set(read.weights.keys) == Set(local.weights.keys))
        #expect(local.weights.allSatisfy { abs($1 - read.weights[$0]!) <= 1e-12 * $1 })
        #expect(Set(local.weights.values).count > 4, "raking spreads the design weights over cells")

        // Estimates with the stratified cluster design: the raked set (its recipe cannot reproduce the stored
        // weights of a respondent answering twice, so both paths treat them as fixed and say so) and margins.
        var grouped: [String: Any] = [:]
        let requests: [[String]] = [
            ["--var", "nps", "--stat", "nps,mean,total", "--weight-set", "raked"],
            ["--var", "sat", "--var", "channel", "--var", "visits", "--stat", "auto", "--weight-set", "raked"],
            ["--var", "nps", "--var", "sat", "--stat", "auto", "--margins", "margins.csv"],
        ]
        for statistics in requests {
            let request = statistics + ["--by", "region", "--compare", "--json"]
            let onSQLite = try run(["estimate", "shop.voc.sqlite"] + request)
            let onPostgres = try run(["estimate", url] + request)
            let reading = try run(["estimate", "shop.voc.sqlite", "--read-responses"] + request)
            let document = try Self.document(onSQLite)
            #expect(onPostgres.stdout == onSQLite.stdout, "PostgreSQL and SQLite print the same figures")
            #expect(onPostgres.stderr == onSQLite.stderr && reading.stderr == onSQLite.stderr)
            let estimateDiff = Self.agree(document, try Self.document(reading), relative: 1e-12)
            #expect(estimateDiff.isEmpty, "\(estimateDiff)")
            let design = try #require(document["design"] as? [String: Any])
            #expect(design["strata"] as? Int == 2)
            #expect(design["psu"] as? Int == 24)
            if statistics.contains("--margins") {
                #expect(design["calibrated"] as? Bool == true)
            } else {
                #expect(onSQLite.stderr.contains("treat its weights as fixed"), "\(onSQLite.stderr)")
            }
            if grouped.isEmpty { grouped = document }
        }
        // Don't know is missing: the NPS base is the respondents who gave a score.
        let estimates = try #require(grouped["estimates"] as? [[String: Any]])
        let npsBase = estimates.filter { $0["variable"] as? String == "nps" && $0["statistic"] as? String == "nps" }
            .reduce(0) { $0 + ($1["n"] as? Int ?? 0) }
        let dontKnows = try String(contentsOf: directory.appendingPathComponent("data.csv"), encoding: .utf8)
            .split(separator: "\n").filter { $0.split(separator: ",", omittingEmptySubsequences: false)[11] == "-1" }
            .count
        #expect(dontKnows > 10)
        #expect(npsBase == Self.respondents + 1 - dontKnows)
    }

    @Test func computedVariablesAndMultiColumnQuestionsAreReadFromTheResponses() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func run(_ arguments: [String]) throws -> VocResult { try VocRunner.run(arguments, directory: directory.path) }
        try Self.writeStudy(in: directory, duplicate: false)
        try StoreFixtures.write("variable,level,target\nnope,a,1\n", to: "bad.csv", in: directory)
        #expect(try run(["sample", "load", "shop.xml", "sample.csv"]).exitCode == 0)
        #expect(try run(["import", "shop.xml", "data.csv"]).exitCode == 0)
        // features.pay is one column of a multiple-choice question: the store cannot group by it.
        let request = ["--var", "features.pay", "--by", "region", "--json"]
        let grouped = try run(["estimate", "shop.voc.sqlite"] + request)
        let reading = try run(["estimate", "shop.voc.sqlite", "--read-responses"] + request)
        #expect(grouped.exitCode == 0, "\(grouped.transcript)")
        #expect(grouped.stdout == reading.stdout)
        // A weight set saved from groups is redone from groups: calibrated, as when the responses are read.
        #expect(try run(["weight", "shop.voc.sqlite", "--margins", "margins.csv", "--name", "raked"]).exitCode == 0)
        let withSet = ["--var", "nps", "--var", "channel", "--by", "region", "--weight-set", "raked", "--json"]
        let groupedSet = try Self.document(try run(["estimate", "shop.voc.sqlite"] + withSet))
        let readSet = try Self.document(try run(["estimate", "shop.voc.sqlite", "--read-responses"] + withSet))
        #expect((groupedSet["design"] as? [String: Any])?["calibrated"] as? Bool == true)
        #expect(Self.agree(groupedSet, readSet, relative: 1e-12).isEmpty)
        // Unknown names fail the same way on both paths.
        for extra in [[], ["--read-responses"]] {
            let unknown = try run(["estimate", "shop.voc.sqlite", "--var", "nope"] + extra)
            #expect(unknown.exitCode != 0)
            #expect(unknown.stderr.contains("no variable 'nope' in the store"), "\(unknown.stderr)")
            let margins = try run(["weight", "shop.voc.sqlite", "--margins", "bad.csv", "--name", "x"] + extra)
            #expect(margins.exitCode != 0)
            #expect(margins.stderr.contains("the margins name 'nope'"), "\(margins.stderr)")
        }
    }
}
