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
                (--out, default ladder.dot); with --format svg it is rendered with Graphviz 'dot' when installed.
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

        @Option(name: .customLong("by"), help: ArgumentHelp("A segment attribute: one map per segment.",
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
                    LadderRespondent(id: person.person, segment: segment.flatMap { person.attributes[$0] },
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
                var dots: [String] = []
                for (name, members) in groups {
                    let matrix = ImplicationMatrix(members)
                    let map = HierarchicalValueMap(
                        matrix: matrix, cutoff: cutoff ?? matrix.suggestedCutoff, counting: mode, levels: levels)
                    text.append("== segment \(name)")
                    text.append("Implication matrix (direct.indirect, per \(counting.rawValue))")
                    text.append(matrix.table(counting: mode))
                    text.append(map.table())
                    dots.append(map.dot(title: "HVM \(name)"))
                }
                let dot = dots.joined(separator: "\n")
                let dotPath = out.map { $0.hasSuffix(".svg") ? String($0.dropLast(4)) + ".dot" : $0 } ?? "ladder.dot"
                try Data(dot.utf8).write(to: URL(fileURLWithPath: dotPath))
                switch format {
                case .table: print(text.joined(separator: "\n"), terminator: "")
                case .dot: print(dot, terminator: "")
                case .svg:
                    print(text.joined(separator: "\n"), terminator: "")
                    let svgPath = out.map { $0.hasSuffix(".svg") ? $0 : $0 + ".svg" } ?? "ladder.svg"
                    print(GraphvizRenderer.render(dotPath: dotPath, svgPath: svgPath))
                }
                StandardError.print("DOT written to \(dotPath)")
            } catch {
                throw CommandFailure.report(error)
            }
        }
    }
}
