import ArgumentParser
import Foundation
import SurveyCollector
import SurveyExport
import SurveyModel
import SurveyStatistics
import SurveyAnalysis

extension VocCommand {
    /// `voc ladder STORE --codebook FILE`: means-end ladders, implication matrix and hierarchical value map.
    struct Ladder: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ladder",
            abstract: "Means-end ladders: implication matrix (direct.indirect), cutoff table and value map.",
            discussion: """
                Ladders come from survey why-ladders (each probed option of a response: the option, then the \
                steps by depth) and from coded transcript turns (each guide section of a session, the \
                moderator's probes included). An attribute starts a ladder; consequences and values climb the \
                ladder they answer; a step down or sideways is reported, never linked (docs/methods.md §1.3). Only \
                codes with a level in the codebook count. Prints to standard output; files are written only with \
                --out (with --by and --format dot or svg also OUT-SEGMENT for each segment).
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, dot, svg }
        enum Counting: String, ExpressibleByArgument, CaseIterable { case respondent, mention }

        @Argument(help: ArgumentHelp("The store file.", valueName: "STORE"))
        var target: String

        @Option(name: .long, help: ArgumentHelp("The codebook with A/C/V levels.", valueName: "FILE"))
        var codebook: String

        @Option(name: .long, help: "Only this coder's codes (default: every coder's and inline tags).")
        var coder: String?

        @Option(
            name: .long,
            help:
                "Draw links counted at least N times (default: ladders × 4 / 55, lowered so the map draws its 12 strongest links)."
        )
        var cutoff: Int?

        @Option(
            name: .customLong("by"),
            help: ArgumentHelp("A segment attribute: one map per segment.", valueName: "SEGMENT"))
        var segment: String?

        @Option(name: .long, help: "Count each link once per respondent, or per mention.")
        var counting: Counting = .respondent

        @Option(name: .long, help: "table, json, dot (Graphviz) or svg.")
        var format: Format = .table

        @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
        var out: String?

        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if let cutoff, cutoff < 1 { throw ValidationError("--cutoff must be 1 or more") }
            if format == .svg, segment != nil, out == nil {
                throw ValidationError("--format svg with --by draws one map per segment: give --out FILE.svg")
            }
            if let out, out.isEmpty { throw ValidationError("--out must not be empty") }
        }

        func run() async throws {
            do {
                let data = try await storeOptions.openCoding(target: target, codebook: codebook)
                let codebook = data.codebook!
                let result = LadderAssembler.ladders(
                    texts: try await data.texts(for: codebook), codes: try await data.codes(coder: coder),
                    probes: try await ModeratorProbe.load(from: data.store, codebook: codebook), codebook: codebook)
                if let segment, !result.attributes.values.contains(where: { $0[segment] != nil }) {
                    let known = Set(result.attributes.values.flatMap(\.keys)).sorted()
                    throw CommandFailure(
                        "error: no respondent or participant has the attribute '\(segment)' (--by takes a respondent "
                            + "attribute or a roster column; known: \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
                    )
                }
                let analysis = LadderAnalysis(
                    ladders: result.ladders, segmentName: segment,
                    segment: segment.map { name in { result.attributes[$0]?[name] } },
                    levels: LadderRules(codebook: codebook).levels, cutoff: cutoff,
                    counting: counting == .respondent ? .respondents : .mentions)
                let labels = Dictionary(
                    codebook.codes.map { ($0.id, $0.label.text) }, uniquingKeysWith: { first, _ in first })
                let outputs = LadderPrinter.outputs(analysis, format: format, labels: labels)
                try write(outputs)
            } catch {
                throw CommandFailure.report(error)
            }
        }

        /// Prints `outputs` (one per group for dot and svg, else one), or writes them to --out: the first to OUT,
        /// each segment's to OUT-SEGMENT with OUT's extension.
        private func write(_ outputs: [(group: String, text: String)]) throws {
            guard let out else {
                print(outputs.map(\.text).joined(separator: "\n"), terminator: "")
                return
            }
            let url = URL(fileURLWithPath: out)
            let ext = url.pathExtension
            let stem = ext.isEmpty ? out : String(out.dropLast(ext.count + 1))
            for (index, output) in outputs.enumerated() {
                let path = index == 0 ? out : "\(stem)-\(output.group)" + (ext.isEmpty ? "" : ".\(ext)")
                try TextFileWriter.write(output.text, to: URL(fileURLWithPath: path))
                StandardError.print("wrote \(path)")
            }
        }
    }
}
