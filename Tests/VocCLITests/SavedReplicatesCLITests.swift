import Foundation
import SurveyTestSupport
import Testing

/// `voc weight STORE --replicates TYPE` saves each respondent's replicate weights, every replicate calibrated as the
/// full sample, with the weight set; estimating with the set then takes its SEs from them, giving exactly what
/// redoing the replicates and the calibration gives (`--weight-set raked --replicates TYPE`), without redoing them.
@Suite final class SavedReplicatesCLITests {
    /// The study of `StoreDesignCLITests` (2 strata, 24 clusters), its sample loaded and responses imported.
    let directory: URL

    init() throws {
        directory = try VocRunner.temporaryDirectory()
        try StoreDesignCLITests.writeStudy(in: directory)
        #expect(try run(["sample", "load", "shop.xml", "sample.csv"]).exitCode == 0)
        #expect(try run(["import", "shop.xml", "data.csv"]).exitCode == 0)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func run(_ arguments: [String]) throws -> VocResult { try VocRunner.run(arguments, directory: directory.path) }

    static func compare(_ saved: [[String: Any]], _ redone: [[String: Any]], _ what: String) {
        #expect(saved.count == redone.count && saved.count > 10, "\(what): \(saved.count) vs \(redone.count)")
        for (a, b) in zip(saved, redone) {
            let label = "\(what) \(a["variable"] ?? "") \(a["level"] ?? "") \(a["segment"] ?? "")"
            #expect(a["variable"] as? String == b["variable"] as? String, "\(label)")
            for key in ["estimate", "se", "ci_low", "ci_high"] {
                let (x, y) = (a[key] as? Double ?? .nan, b[key] as? Double ?? .nan)
                #expect(abs(x - y) <= 1e-9 * max(abs(y), 1e-12), "\(label) \(key) \(x) vs \(y)")
            }
        }
    }

    @Test func savedReplicatesGiveTheRedoneReplicatesSEs() throws {
        let plain = try run(["weight", "shop.voc.sqlite", "--margins", "margins.csv", "--name", "raked"])
        #expect(plain.exitCode == 0, "\(plain.transcript)")
        let statistics = ["--var", "sat", "--var", "visits", "--var", "channel", "--by", "region", "--json"]
        for (type, extra) in [("jkn", [String]()), ("bootstrap:20", ["--replicate-seed", "7"])] {
            let name = "raked-" + (type.split(separator: ":").first.map(String.init) ?? type)
            let weighted = try run(
                ["weight", "shop.voc.sqlite", "--margins", "margins.csv", "--name", name, "--replicates", type]
                    + extra)
            #expect(weighted.exitCode == 0, "\(weighted.transcript)")
            let method = type.hasPrefix("jkn") ? "jkn" : "bootstrap"
            #expect(
                weighted.stdout.contains(
                    "respondents) with "
                        + (method == "jkn" ? "24 jkn replicate weights" : "20 bootstrap replicate weights (seed 7)")
                        + ", each calibrated as the full sample in shop.voc.sqlite"),
                "\(weighted.stdout)")
            let savedResult = try run(["estimate", "shop.voc.sqlite", "--weight-set", name] + statistics)
            let saved = try StoreDesignCLITests.estimates(savedResult)
            let redone = try StoreDesignCLITests.estimates(
                try run(
                    ["estimate", "shop.voc.sqlite", "--weight-set", "raked", "--replicates", type] + extra
                        + statistics))
            Self.compare(saved, redone, type)
            let document = try #require(
                try JSONSerialization.jsonObject(with: Data(savedResult.stdout.utf8)) as? [String: Any])
            let design = try #require(document["design"] as? [String: Any])
            #expect(design["calibrated"] as? Bool == true, "\(design)")
            let replicates = try #require(design["replicates"] as? [String: Any], "\(design)")
            #expect(replicates["method"] as? String == method)
        }
    }

    /// `voc export --format sav --weight-set NAME` writes the set's replicate weights as `weight_r1` ...
    /// `weight_rR` with their constants in the file's documents; read back by ReadStat and used as supplied
    /// replicate columns (R's `svrepdesign`) with those constants, they give the SEs of the stored set.
    @Test func exportedReplicateWeightsGiveTheSameSEsAsSuppliedColumns() throws {
        let weighted = try run(
            ["weight", "shop.voc.sqlite", "--margins", "margins.csv", "--name", "jkn", "--replicates", "jkn", "--json"])
        #expect(weighted.exitCode == 0, "\(weighted.transcript)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(weighted.stdout.utf8)) as? [String: Any])
        let constants = try #require(report["replicates"] as? [String: Any], "\(report.keys)")
        let scale = try #require(constants["scale"] as? Double)
        let rscales = try #require(constants["rscales"] as? [Double])
        #expect(rscales.count == 24 && constants["calibrated"] as? Bool == true)

        let exported = try run(
            ["export", "shop.voc.sqlite", "--format", "sav", "--weight-set", "jkn", "--out", "jkn.sav"])
        #expect(exported.exitCode == 0, "\(exported.transcript)")
        let sav = try Data(contentsOf: directory.appendingPathComponent("jkn.sav"))
        #expect(
            String(decoding: sav, as: UTF8.self).contains("Replicate weights weight_r1 to weight_r24: 24 jkn"),
            "the file's documents describe the replicates")
        let csv = directory.appendingPathComponent("jkn.csv").path
        let converted = try ExternalTool.readstat.run([directory.appendingPathComponent("jkn.sav").path, csv])
        #expect(converted.status == 0, "\(converted.stderr)")
        let header = try String(contentsOfFile: csv, encoding: .utf8).prefix { $0 != "\n" }
        let names = header.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        #expect(names.filter { $0.hasPrefix("weight_r") } == (1...24).map { "weight_r\($0)" })

        let statistics = ["--var", "sat", "--var", "visits", "--json"]
        let fromStore = try StoreDesignCLITests.estimates(
            try run(["estimate", "shop.voc.sqlite", "--weight-set", "jkn"] + statistics))
        let fromFile = try StoreDesignCLITests.estimates(
            try run(
                [
                    "estimate", "--data", csv, "--weight", "weight", "--repweights", "^weight_r[0-9]+$", "--rep-type",
                    "jkn", "--rep-scale", "\(scale)", "--rep-rscales", rscales.map { "\($0)" }.joined(separator: ","),
                ] + statistics))
        #expect(fromStore.count == 2 && fromFile.count == 2)
        for (a, b) in zip(fromStore, fromFile) {
            // ReadStat's CSV keeps 14 significant digits of each weight.
            for key in ["estimate", "se"] {
                let (x, y) = (a[key] as? Double ?? .nan, b[key] as? Double ?? .nan)
                #expect(abs(x - y) <= 1e-9 * abs(y), "\(a["variable"] ?? "") \(key) \(x) vs \(y)")
            }
        }
    }

    @Test func replicatesNeedAStoreAndMadeNotReadColumns() throws {
        let onData = try run(
            ["weight", "--data", "joined.csv", "--margins", "margins.csv", "--replicates", "jk1", "--out", "w.csv"])
        #expect(onData.exitCode == 2)
        #expect(
            onData.stderr.hasPrefix(
                "Error: --replicates saves replicate weights with a weight set in a STORE; with --data, make them "
                    + "when estimating (voc estimate --data FILE --margins ... --replicates TYPE)"),
            "\(onData.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("w.csv").path))
        let columns = try run(
            ["weight", "shop.voc.sqlite", "--margins", "margins.csv", "--repweights", "rep", "--rep-type", "jk1"])
        #expect(columns.exitCode == 2)
        #expect(
            columns.stderr.hasPrefix(
                "Error: --repweights reads replicate columns for estimation (voc estimate --data); voc weight makes "
                    + "replicates from a store's design with --replicates"), "\(columns.stderr)")
    }
}
