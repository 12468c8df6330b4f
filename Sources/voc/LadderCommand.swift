import ArgumentParser
import Foundation
import SurveyCollector
import SurveyModel
import SurveyStatistics
import SurveyStore

extension VocCommand {
    /// `voc ladder STORE`: implication matrix and hierarchical value map from coded ladders.
    struct Ladder: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ladder",
            abstract: "Means-end ladders: implication matrix (direct.indirect) and value map at a cutoff.",
            discussion: """
                Ladders come from survey why-ladders (steps by depth; the probed option starts the ladder when it \
                is an attribute code of the codebook) and from coded transcript turns (a participant's A/C/V codes \
                within one guide section). Only codes with a level count. The DOT file is always written \
                (--out, default ladder.dot; with --by also OUT-SEGMENT.dot per segment); with --format svg each \
                is rendered with Graphviz 'dot' when installed, else a note says so.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, dot, svg }
        enum Counting: String, ExpressibleByArgument, CaseIterable { case respondent, mention }

        @Argument(help: ArgumentHelp("The store file.", valueName: "STORE"))
        var target: String

        @Option(name: .long, help: ArgumentHelp("The codebook with A/C/V levels.", valueName: "FILE"))
        var codebook: String?

        @Option(name: .long, help: "Only this coder's codes (default: every coder's and inline tags).")
        var coder: String?

        @Option(name: .long, help: "Keep links counted at least N times (default: ladders × 4 / 55, at least 1).")
        var cutoff: Int?

        @Option(
            name: .customLong("by"),
            help: ArgumentHelp(
                "A segment attribute: one map per segment.",
                valueName: "SEGMENT"))
        var segment: String?

        @Option(name: .long, help: "Count each link once per respondent, or per mention.")
        var counting: Counting = .respondent

        @Option(name: .long, help: "table, dot or svg.")
        var format: Format = .table

        @Option(name: .long, help: ArgumentHelp("The DOT (or SVG) file to write.", valueName: "FILE"))
        var out: String?

        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if let cutoff, cutoff < 1 { throw ValidationError("--cutoff must be 1 or more") }
        }

        func run() async throws {
            do {
                let data = try await CodingData.load(
                    storePath: storeOptions.store ?? target, codebookPath: codebook, options: storeOptions)
                let codes = try await data.codes(coder: coder)
                let codebook = data.codebook ?? SurveyModel.Codebook(id: "inline", title: "", codes: [])
                let persons = LadderAssembler.ladders(texts: data.texts, codes: codes, codebook: codebook)
                let respondents = persons.map { person in
                    LadderRespondent(
                        id: person.person, segment: segment.flatMap { person.attributes[$0] },
                        ladders: person.ladders)
                }
                var levels: [String: SurveyStatistics.LadderLevel] = [:]
                for code in codebook.codes {
                    switch code.level {
                    case .attribute: levels[code.id] = .attribute
                    case .consequence: levels[code.id] = .consequence
                    case .value: levels[code.id] = .value
                    case nil: break
                    }
                }
                let mode: LadderCounting = counting == .respondent ? .respondents : .mentions
                var groups = [("all", respondents)]
                if segment != nil {
                    let bySegment = Dictionary(grouping: respondents.filter { $0.segment != nil }) { $0.segment! }
                    groups += bySegment.keys.sorted().map { ($0, bySegment[$0]!) }
                }
                var text: [String] = []
                var dots: [(segment: String, dot: String)] = []
                for (name, members) in groups {
                    let matrix = ImplicationMatrix(members)
                    let map = HierarchicalValueMap(
                        matrix: matrix, cutoff: cutoff ?? matrix.suggestedCutoff, counting: mode, levels: levels)
                    text.append("== segment \(name)")
                    text.append("Implication matrix (direct.indirect, per \(counting.rawValue))")
                    text.append(matrix.table(counting: mode))
                    text.append(map.table())
                    dots.append((name, map.dot(title: "HVM \(name)")))
                }
                // One DOT (and SVG) per segment: OUT for everyone, OUT-SEGMENT for each segment.
                let base =
                    out.map { $0.hasSuffix(".svg") || $0.hasSuffix(".dot") ? String($0.dropLast(4)) : $0 }
                    ?? "ladder"
                var notes: [String] = []
                for (index, entry) in dots.enumerated() {
                    let stem = index == 0 ? base : "\(base)-\(entry.segment)"
                    try Data(entry.dot.utf8).write(to: URL(fileURLWithPath: stem + ".dot"))
                    notes.append("DOT written to \(stem).dot")
                    if format == .svg {
                        notes.append(GraphvizRenderer.render(dotPath: stem + ".dot", svgPath: stem + ".svg"))
                    }
                }
                switch format {
                case .table, .svg: print(text.joined(separator: "\n"), terminator: "")
                case .dot: print(dots.map(\.dot).joined(separator: "\n"), terminator: "")
                }
                StandardError.print(notes.joined(separator: "\n"))
            } catch {
                throw CommandFailure.report(error)
            }
        }
    }
}
