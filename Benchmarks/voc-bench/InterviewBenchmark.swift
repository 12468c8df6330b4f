import Dispatch
import Foundation
import SurveyCollector
import SurveyModel
import SurveyStore

/// `interview`: scripted interviews through the interview engine and the script driver into a SQLite store with
/// durability on (WAL, `synchronous=FULL`, every answer committed before the next question). Reports stored
/// answers per second (what answers; why-ladder steps are counted separately). Sizes: interviews (default 500).
enum InterviewBenchmark {
    static func run(_ options: BenchmarkOptions) throws {
        for n in options.sizes.isEmpty ? [500] : options.sizes {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "voc-bench-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let survey = benchmarkSurvey()
            let script = scriptLines(seed: options.seed, interviews: n)
            let path = directory.appendingPathComponent("bench.voc.sqlite").path
            let memory = ProcessInfo.processInfo.environment["VOC_BENCH_MEMORY"] != nil
            let started = now()
            let counts = try runBlocking {
                try await interview(survey: survey, storePath: memory ? nil : path, script: script, count: n)
            }
            let seconds = now() - started
            printJSON([
                ("benchmark", "interview"), ("interviews", n), ("questions", 20), ("answers", counts.answers),
                ("ladder_steps", counts.steps), ("seconds", seconds),
                ("answers_per_s", Double(counts.answers) / seconds),
                ("writes_per_s", Double(counts.answers + counts.steps) / seconds),
                ("durability", "WAL synchronous=FULL"), ("peak_rss_bytes", peakResidentBytes()),
            ])
        }
    }

    /// 20 what questions (ratings, single and multiple choice, NPS, numeric) and a why ladder about the NPS.
    static func benchmarkSurvey() -> Survey {
        var items: [SurveyItem] = []
        let choices = (1...5).map { ChoiceOption(code: "c\($0)", label: LocalizedText("Choice \($0)")) }
        for index in 1...20 {
            let kind: WhatKind
            switch index % 5 {
            case 0: kind = .singleChoice(options: .inline(choices))
            case 1: kind = .multipleChoice(options: .inline(choices), min: 1, max: 3)
            case 2: kind = .numeric(integer: true, min: 0, max: 120, unit: nil)
            default: kind = .rating(scale: RatingScale(min: 1, max: 5))
            }
            items.append(.what(WhatQuestion(id: "q\(index)", text: LocalizedText("Question \(index)"), kind: kind)))
            if index == 3 {
                items.append(.why(WhyProbe(id: "why3", about: "q3", text: "Why {answer}?", ladderDepth: 2)))
            }
        }
        return Survey(id: "bench", title: "Benchmark", sections: [Section(id: "s", items: items)])
    }

    /// The script lines of `interviews` interviews, answers drawn from `seed`.
    static func scriptLines(seed: UInt64, interviews: Int) -> [String] {
        var generator = SurveyModel.SplitMix64(seed: seed)
        var lines: [String] = []
        for _ in 0..<interviews {
            for index in 1...20 {
                switch index % 5 {
                case 0: lines.append(String(1 + generator.nextInt(below: 5)))
                case 1: lines.append("\(1 + generator.nextInt(below: 2)),\(3 + generator.nextInt(below: 3))")
                case 2: lines.append(String(18 + generator.nextInt(below: 70)))
                default: lines.append(String(1 + generator.nextInt(below: 5)))
                }
                if index == 3 { lines += ["it saves me time", ""] }
            }
        }
        return lines
    }

    static func interview(
        survey: Survey, storePath: String?, script: [String], count: Int
    ) async throws
        -> (answers: Int, steps: Int)
    {
        let recorder: any InterviewRecorder =
            try storePath.map { StoreInterviewRecorder(store: try SQLiteStore(path: $0), mode: "script") }
            ?? MemoryInterviewRecorder()
        let terminal = CountingTerminal(lines: script)
        for index in 0..<count {
            var session = try await InterviewSession.start(
                survey: survey, respondent: Respondent(id: "b\(index)"), seed: UInt64(index), recorder: recorder)
            guard case .finished(.complete) = try await ScriptInterviewDriver(terminal: terminal).run(&session) else {
                throw BenchmarkFailure("interview \(index) did not complete")
            }
        }
        return (terminal.savedAnswers, terminal.savedSteps)
    }
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A terminal fed from lines that counts the `saved` acknowledgements instead of keeping the transcript.
final class CountingTerminal: InterviewTerminal, @unchecked Sendable {
    private let lines: [String]
    private var next = 0
    private(set) var savedAnswers = 0
    private(set) var savedSteps = 0

    init(lines: [String]) { self.lines = lines }

    func readLine() -> String? {
        guard next < lines.count else { return nil }
        defer { next += 1 }
        return lines[next]
    }

    func write(_ text: String) {
        for line in text.split(separator: "\n") where line.hasPrefix("saved ") {
            if line.contains("@") { savedSteps += 1 } else { savedAnswers += 1 }
        }
    }

    func writeError(_ text: String) {}
    var isInteractive: Bool { false }
}

/// Runs an async body to completion from synchronous code.
func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let box = BlockingResult<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try box.result!.get()
}

/// The result slot of `runBlocking`.
final class BlockingResult<T: Sendable>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
