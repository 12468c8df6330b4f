import ArgumentParser
import Foundation
import SurveyCollector
import SurveyModel
import SurveyStore
import Synchronization

extension VocCommand {
    /// `voc simulate`: synthetic respondents through the survey's logic, into a store or a file.
    struct Simulate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate synthetic responses that follow the survey's logic (same seed, same data).")

        @Argument(help: "The survey file (.xml or .json).")
        var survey: String

        @Option(name: .customLong("n"), help: "The number of respondents.")
        var count: Int

        @Option(help: "The seed; the same seed gives the same data.")
        var seed: UInt64

        @Option(help: "A JSON file of per-segment answer profiles (distributions or mean shifts).")
        var profile: String?

        @Option(help: "Write to this store (default: <survey-id>.voc.sqlite beside the survey).")
        var store: String?

        @Option(help: "Write to a file instead of a store: .csv (with FILE.why.csv) or .jsonl.")
        var out: String?

        func validate() throws {
            guard count > 0 else { throw ValidationError("--n must be positive") }
            if store != nil && out != nil { throw ValidationError("use either --store or --out") }
            if let out, !out.hasSuffix(".csv") && !out.hasSuffix(".jsonl") {
                throw ValidationError("--out must end in .csv or .jsonl")
            }
        }

        func run() async throws {
            let surveyValue = try CollectionCLI.loadSurvey(survey)
            var profileValue: SimulationProfile?
            if let profile {
                do {
                    profileValue = try SimulationProfile.load(contentsOf: URL(fileURLWithPath: profile))
                } catch {
                    CollectionCLI.printError("\(profile): error: not a valid profile (\(error))")
                    throw ExitCode(1)
                }
            }
            let simulator = Simulator(survey: surveyValue, profile: profileValue, seed: seed)
            let clock = SimulationClock()
            do {
                let summary: Simulator.Summary
                let destination: String
                if let out {
                    let memory = MemoryInterviewRecorder()
                    summary = try await simulator.run(count: count, recorder: memory, clock: clock.next)
                    let respondents = await memory.respondents
                    let rows = await memory.orderedResponses.map {
                        ResponseFileWriter.Row(
                            response: $0, respondent: respondents[$0.respondentID] ?? Respondent(id: $0.respondentID),
                            mode: "simulate")
                    }
                    if out.hasSuffix(".csv") {
                        try ResponseFileWriter.writeCSV(rows, survey: surveyValue, to: out)
                    } else {
                        try ResponseFileWriter.writeJSONLines(rows, to: out)
                    }
                    destination = out
                } else {
                    let sqlite = try await CollectionCLI.openStore(store, surveyFile: survey, survey: surveyValue)
                    let recorder = StoreInterviewRecorder(store: sqlite, mode: "simulate")
                    summary = try await simulator.run(count: count, recorder: recorder, clock: clock.next)
                    destination = StoreOpener.displayName(
                        store ?? SQLiteStore.defaultPath(surveyFile: survey, surveyID: surveyValue.id))
                }
                print(
                    "simulated \(summary.respondents) respondents: \(summary.completes) complete, "
                        + "\(summary.screenedOut) screened out, \(summary.answers) answers, "
                        + "\(summary.ladderSteps) why answers -> \(destination)")
            } catch let error as ExitCode {
                throw error
            } catch {
                CollectionCLI.printError(CollectionCLI.message(error))
                throw ExitCode(1)
            }
        }
    }
}

/// Timestamps for simulated interviews: a fixed start (2026-01-01) advancing 7 seconds per event, so the same
/// seed gives the same file byte for byte.
final class SimulationClock: Sendable {
    private let ticks = Mutex<Double>(0)

    var next: @Sendable () -> Date {
        { [self] in
            let tick = ticks.withLock { value -> Double in
                value += 1
                return value
            }
            return Date(timeIntervalSince1970: 1_767_225_600 + tick * 7)
        }
    }
}
