import Foundation
import Synchronization
import SurveyStatistics

/// Runs the release `voc` executable on a store for `store-compare`: `voc weight` then `voc estimate`, timed.
enum VocCommandRun {
    struct Timings: Sendable {
        var weight = 0.0
        var estimate = 0.0
        /// What `voc estimate` printed (compared across backends).
        var output = ""
    }

    /// The benchmark survey as stored: the four weighting variables as respondent attributes, one numeric question.
    static let surveyJSON = """
        {"id": "bench", "version": "1.0.0", "lang": "en", "title": "Store benchmark",
         "attributes": [
           {"id": "region", "type": "text", "label": "Region"}, {"id": "age", "type": "text", "label": "Age"},
           {"id": "sex", "type": "text", "label": "Sex"}, {"id": "education", "type": "text", "label": "Education"}],
         "sections": [{"id": "main", "items": [
           {"what": {"id": "score", "type": "numeric", "text": "Score", "min": 0, "max": 10, "integer": true}}]}]}
        """

    static func run(store: String) throws -> Timings {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("voc-bench-cmd-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let margins = directory.appendingPathComponent("margins.csv")
        var csv = "variable,level,target\n"
        for margin in SyntheticRespondents.margins().margins {
            for (level, target) in zip(margin.levels, margin.targets) {
                csv += "\(margin.variable),\(level),\(target)\n"
            }
        }
        try csv.write(to: margins, atomically: true, encoding: .utf8)
        var timings = Timings()
        var start = now()
        _ = try voc(["weight", store, "--margins", margins.path, "--name", "bench"])
        timings.weight = now() - start
        start = now()
        timings.output = try voc(["estimate", store, "--var", "score", "--by", "region", "--weight-set", "bench"])
        timings.estimate = now() - start
        return timings
    }

    /// Runs `voc` with `arguments`; its standard output, or a failure with its standard error.
    static func voc(_ arguments: [String]) throws -> String {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("voc")
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw BenchmarkFailure("no voc beside voc-bench: run swift build -c release (all products) first")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "voc-bench-out-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: scratch.path, contents: nil)
        _ = FileManager.default.createFile(atPath: scratch.path + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(at: scratch)
            try? FileManager.default.removeItem(atPath: scratch.path + ".err")
        }
        process.standardOutput = try FileHandle(forWritingTo: scratch)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path + ".err"))
        try process.run()
        // VmHWM (the kernel's high-water mark of resident memory) read every 20 ms until the process exits.
        while process.isRunning {
            let bytes = peakResidentBytes(pid: process.processIdentifier)
            peak.withLock { $0 = max($0, bytes) }
            usleep(20_000)
        }
        process.waitUntilExit()
        let output = (try? String(contentsOf: scratch, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            let error = (try? String(contentsOfFile: scratch.path + ".err", encoding: .utf8)) ?? ""
            throw BenchmarkFailure("voc \(arguments.first ?? "") failed (\(process.terminationStatus)): \(error)")
        }
        return output
    }

    private static let peak = Mutex(0)

    /// The largest resident set seen of any `voc` process run so far (VmHWM, sampled every 20 ms).
    static func peakChildResidentBytes() -> Int { peak.withLock { $0 } }
}
