import ArgumentParser
import Foundation
import SurveyCollector
import SurveyModel
import SurveyStatistics
import SurveyStore
import SurveyAnalysis

extension VocCommand {
    /// `voc themes STORE`: code frequencies by segment, co-occurrence and top quotes.
    struct Themes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "themes",
            abstract: "Code frequencies by segment, co-occurrence and top quotes of coded texts.",
            discussion: """
                Each code counts once per respondent or participant. Shares are weighted: by the weight set \
                (respondent id → weight) when --weight-set is given, else by roster weights (1 for respondents). \
                --by names a respondent or roster attribute. Quotes marked '!' come first.
                """)

        @Argument(help: ArgumentHelp("The store file.", valueName: "STORE"))
        var target: String

        @Option(name: .long, help: ArgumentHelp("The codebook: report its codes in its order.", valueName: "FILE"))
        var codebook: String?

        @Option(name: .long, help: "Only this coder's codes (default: every coder's and inline tags).")
        var coder: String?

        @Option(name: .customLong("by"), help: ArgumentHelp("A segment attribute.", valueName: "SEGMENT"))
        var segment: String?

        @Option(name: .customLong("weight-set"), help: ArgumentHelp("A stored weight set.", valueName: "NAME"))
        var weightSet: String?

        @Flag(name: .long, help: "Print one JSON document.")
        var json = false

        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            do {
                let data = try await storeOptions.openCoding(target: target, codebook: codebook)
                let codes = try await data.codes(coder: coder)
                var weights: [String: Double] = [:]
                if let weightSet {
                    for surveyID in Set(data.texts.compactMap(\.surveyID)) {
                        if let set = try await data.store.weightSet(name: weightSet, surveyID: surveyID) {
                            weights.merge(set.weights) { first, _ in first }
                        }
                    }
                    if weights.isEmpty { throw CommandFailure("error: no weight set '\(weightSet)' in the store") }
                }
                let items = data.texts.compactMap { text -> ThemeAnalysis.Item? in
                    guard let unitCodes = codes[text.unit] else { return nil }
                    return ThemeAnalysis.Item(
                        person: text.person, segment: segment.flatMap { text.attributes[$0] },
                        weight: text.surveyID == nil
                            ? text.weight : (weights[text.person] ?? (weightSet == nil ? 1 : 0)),
                        codes: Set(unitCodes), text: text.text, speaker: text.speaker, isQuote: text.isQuote)
                }
                let analysis = ThemeAnalysis(items: items, codes: data.reportCodes(codes))
                print(json ? ThemesPrinter.json(analysis) : ThemesPrinter.text(analysis))
            } catch {
                throw CommandFailure.report(error)
            }
        }
    }
}
