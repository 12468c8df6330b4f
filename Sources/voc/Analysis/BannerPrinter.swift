import Foundation
import SurveyStatistics
import SurveyParser
import SurveyText

/// Formats a `BannerTable` as text, JSON or CSV.
struct BannerPrinter {
    let table: BannerTable

    var json: JSONOutput {
        .object([
            ("segment", .string(table.segment)),
            (
                "columns",
                .objects(table.columns) { c in
                    [
                        ("label", .string(c.label)), ("letter", .string(c.letter)), ("n", .integer(c.n)),
                        ("n_eff", .number(c.effectiveBase)),
                    ]
                }
            ),
            ("high_confidence", .number(table.options.highConfidence)),
            ("low_confidence", .optional(table.options.lowConfidence)),
            ("correction", .string(table.options.correction.rawValue)),
            ("min_base", .number(table.options.minimumEffectiveBase)),
            (
                "rows",
                .objects(table.rows) { row in
                    [
                        ("variable", .string(row.variable)), ("level", .optional(row.level)),
                        ("statistic", .string(row.statistic)),
                        (
                            "cells",
                            .objects(zip(table.columns, row.cells)) { column, cell in
                                [
                                    ("column", .string(column.label)), ("estimate", .number(cell.estimate)),
                                    ("se", .number(cell.se)), ("n", .integer(cell.n)),
                                    ("n_eff", .number(cell.effectiveBase)), ("letters", .string(cell.letters)),
                                    ("small_base", .bool(cell.smallBase)),
                                ]
                            }
                        ),
                    ]
                }
            ),
        ])
    }

    var csv: String {
        var lines = ["variable,level,statistic,column,letter,estimate,se,n,n_eff,letters,small_base"]
        for row in table.rows {
            for (column, cell) in zip(table.columns, row.cells) {
                lines.append(
                    [
                        row.variable, row.level ?? "", row.statistic, column.label, column.letter,
                        JSONOutput.format(cell.estimate), JSONOutput.format(cell.se), String(cell.n),
                        JSONOutput.format(cell.effectiveBase), cell.letters, cell.smallBase ? "1" : "0",
                    ]
                    .map(Self.quoted).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n")
    }

    var text: String {
        let headers = ["", ""] + table.columns.map { "\($0.label) (\($0.letter))" }
        var output = TextTable(headers: headers, rightAligned: [false, false] + table.columns.map { _ in true })
        output.append(["base", "unweighted"] + table.columns.map { String($0.n) })
        output.append(["", "effective"] + table.columns.map { TextTable.format($0.effectiveBase, digits: 5) })
        for row in table.rows {
            output.append(
                [row.variable, row.level.map { "\($0) %" } ?? "mean"]
                    + row.cells.map { cell in
                        let value =
                            row.statistic == "percent"
                            ? TextTable.format(cell.estimate, digits: 3)
                            : TextTable.format(cell.estimate, digits: 3)
                        return cell.smallBase
                            ? "\(value) *" : (cell.letters.isEmpty ? value : "\(value) \(cell.letters)")
                    })
        }
        let low = table.options.lowConfidence.map { ", lowercase \(TextTable.format($0 * 100, digits: 3))%" } ?? ""
        return output.rendered + "\nLetters: higher than that column, uppercase "
            + "\(TextTable.format(table.options.highConfidence * 100, digits: 3))%\(low); correction "
            + "\(table.options.correction.rawValue); * effective base < "
            + "\(TextTable.format(table.options.minimumEffectiveBase, digits: 3)): not tested"
    }

    static func quoted(_ text: String) -> String { CSVWriter.field(text) }
}
