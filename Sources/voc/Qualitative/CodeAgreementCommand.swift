import ArgumentParser
import Foundation
import SurveyCollector
import SurveyModel
import SurveyStatistics
import SurveyStore
import SurveyParser
import SurveyText
import SurveyAnalysis

extension VocCommand {
    /// `voc code agreement STORE --codebook FILE --coders A,B[,C]`.
    struct CodeAgreement: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "agreement",
            abstract: "Agreement between coders: Cohen's kappa (two coders) and Krippendorff's alpha (nominal).",
            discussion: """
                Units are the texts coded by any of the coders; a coder who did not code a unit is missing there. \
                Per code, each unit is 1 when the coder gave the code, else 0; overall pools the per-code values \
                (MultiLabelAgreement). Kappa is over units coded by both coders. When every coding holds exactly \
                one code, Krippendorff's nominal alpha with the codes as categories is printed too.
                """)

        @Argument(help: ArgumentHelp("The store file.", valueName: "STORE"))
        var target: String

        @Option(name: .long, help: ArgumentHelp("The codebook (.xml or .json).", valueName: "FILE"))
        var codebook: String

        @Option(name: .long, help: ArgumentHelp("Two or three coder names, comma-separated.", valueName: "A,B[,C]"))
        var coders: String

        @Flag(name: .long, help: "Print JSON (full precision) instead of the table.")
        var json = false

        @OptionGroup var storeOptions: StoreOptions

        var coderNames: [String] { coders.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }

        func validate() throws {
            let names = coderNames
            guard names.count >= 2, Set(names).count == names.count, !names.contains("") else {
                throw ValidationError("--coders needs at least two distinct names")
            }
        }

        func run() async throws {
            do {
                let data = try await storeOptions.openCoding(target: target, codebook: codebook)
                let names = coderNames
                let known = try await data.store.coders()
                let missing = names.filter { !known.contains($0) }
                if !missing.isEmpty {
                    throw CommandFailure(
                        "error: no codings by " + missing.joined(separator: ", ")
                            + "; coders in the store: " + known.joined(separator: ", "))
                }
                var byCoder: [[CodingUnit: Set<String>]] = []
                for name in names {
                    let codings = try await data.store.codings(coder: name)
                    byCoder.append(Dictionary(codings.map { ($0.unit, Set($0.codes)) }, uniquingKeysWith: { $1 }))
                }
                let units = data.texts.map(\.unit).filter { unit in byCoder.contains { $0[unit] != nil } }
                let assignments = byCoder.map { coder in units.map { coder[$0] } }
                let codes = data.codebook!.codes.map(\.id)
                let agreement = try MultiLabelAgreement(assignments: assignments, codes: codes)
                let single = Self.singleLabelAlpha(assignments, codes: codes)
                if json {
                    print(Self.json(agreement, coders: names, units: units.count, singleLabelAlpha: single).text)
                    return
                }
                print("coders \(names.joined(separator: ", ")); units \(units.count)")
                var table = TextTable(
                    headers: ["code", "units", "kappa", "alpha"], rightAligned: [false, true, true, true])
                for entry in agreement.perCode {
                    table.append([
                        entry.code, "\(entry.unitsWithCode)", Self.format(entry.kappa), Self.format(entry.alpha),
                    ])
                }
                table.append([
                    "overall", "\(units.count)", Self.format(agreement.overallKappa),
                    Self.format(agreement.overallAlpha),
                ])
                print(table.rendered)
                if let single {
                    print("single-label nominal alpha (one code per unit, codes as categories): \(Self.format(single))")
                }
            } catch {
                throw CommandFailure.report(error)
            }
        }

        /// Krippendorff's nominal alpha with the codes as the categories, when every coding holds exactly one code
        /// (mutually exclusive coding); nil otherwise. A coder who did not code a unit is missing there.
        static func singleLabelAlpha(_ assignments: [[Set<String>?]], codes: [String]) -> Double? {
            let index = Dictionary(codes.enumerated().map { ($1, Double($0)) }, uniquingKeysWith: { first, _ in first })
            var data: [[Double?]] = []
            for coder in assignments {
                var row: [Double?] = []
                for unit in coder {
                    guard let unit else {
                        row.append(nil)
                        continue
                    }
                    guard unit.count == 1, let value = index[unit.first!] else { return nil }
                    row.append(value)
                }
                data.append(row)
            }
            return KrippendorffAlpha.compute(data, metric: .nominal).alpha
        }

        /// The agreement as JSON with every figure at full precision (`null` where not defined, e.g. kappa with a
        /// third coder or a code nobody used).
        static func json(
            _ agreement: MultiLabelAgreement, coders: [String], units: Int, singleLabelAlpha: Double?
        ) -> JSONOutput {
            .object([
                ("coders", .array(coders.map { .string($0) })),
                ("units", .integer(units)),
                (
                    "codes",
                    .objects(agreement.perCode) { entry in
                        [
                            ("code", .string(entry.code)), ("units", .integer(entry.unitsWithCode)),
                            ("kappa", .optional(entry.kappa)), ("alpha", .optional(entry.alpha)),
                        ]
                    }
                ),
                (
                    "overall",
                    .object([
                        ("kappa", .optional(agreement.overallKappa)), ("alpha", .optional(agreement.overallAlpha)),
                    ])
                ),
                ("singleLabelAlpha", .optional(singleLabelAlpha)),
            ])
        }

        static func format(_ value: Double?) -> String {
            guard let value else { return "" }
            return value.isNaN ? "n/a" : String(format: "%.4f", value)
        }
    }
}
