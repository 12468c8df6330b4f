import Foundation
import SurveyExport
import SurveyModel
import SurveyStatistics
import SurveyParser
import SurveyText

/// Prints `voc ladder`'s analysis as text, JSON (full precision), Graphviz DOT or SVG.
enum LadderPrinter {
    /// Inconsistencies listed in the text output (all of them are in the JSON).
    static let examples = 5

    /// The outputs of `format`: one document for table and json; one map per group (everyone, then each segment)
    /// for dot and svg.
    static func outputs(
        _ analysis: LadderAnalysis, format: VocCommand.Ladder.Format, labels: [String: String]
    ) -> [(group: String, text: String)] {
        switch format {
        case .table: [("all", text(analysis))]
        case .json: [("all", json(analysis).text + "\n")]
        case .dot: analysis.groups.map { ($0.name, $0.map.dot(title: "HVM \($0.name)")) }
        case .svg:
            analysis.groups.map { group in
                let everyone = group.name == "all"
                let summary = ValueMapSummary(
                    group.map, labels: labels, inconsistencies: everyone ? analysis.inconsistencies.count : 0,
                    unseededLadders: everyone ? analysis.unseededLadders : 0)
                return (group.name, ValueMapChart.svg(summary, title: "Value map: \(group.name)") + "\n")
            }
        }
    }

    static func text(_ analysis: LadderAnalysis) -> String {
        let per = analysis.counting == .respondents ? "respondent" : "mention"
        var lines: [String] = []
        for group in analysis.groups {
            lines.append(group.name == "all" ? "== everyone" : "== \(analysis.segmentName ?? "segment"): \(group.name)")
            lines.append("Implication matrix (direct.indirect, per \(per))")
            lines.append(group.matrix.table(counting: analysis.counting))
            lines.append("Cutoff table (per \(per))")
            lines.append(group.matrix.cutoffTableText(counting: analysis.counting, changesOnly: true))
            lines.append(group.map.table())
        }
        if let comparison = analysis.comparison {
            let cutoffs = zip(comparison.segments, comparison.cutoffs).map { "\($0) \($1)" }.joined(separator: ", ")
            lines.append(
                "== segments compared (cutoff \(cutoffs); respondents with the link / with a ladder; "
                    + (comparison.segments.count == 2 ? "Fisher's exact test" : "chi-squared test") + ")")
            var rows = [(["from", "to", "drawn in"] + comparison.segments + ["p", "differs"]).joined(separator: "\t")]
            for link in comparison.links {
                let counts = link.respondents.indices.map { "\(link.respondents[$0])/\(link.bases[$0])" }
                let drawn = link.kind == .common ? "every map" : link.drawnIn.joined(separator: ",") + " only"
                rows.append(
                    ([link.link.from, link.link.to, drawn] + counts
                        + [String(format: "%.4f", link.pValue), link.isSignificant ? "yes" : "no"])
                        .joined(separator: "\t"))
            }
            lines.append(rows.joined(separator: "\n"))
            lines.append("differs: p < 0.05 (unadjusted for the number of links)\n")
        }
        let all = analysis.groups[0].matrix
        lines.append("== segmentation")
        lines.append(
            "respondents \(all.respondentCount), ladders \(all.ladderCount); "
                + "ladders starting above the attribute level: \(analysis.unseededLadders)")
        let downward = analysis.inconsistencies.filter { $0.kind == .downward }.count
        lines.append(
            "steps not linked (down or sideways): \(analysis.inconsistencies.count) "
                + "(\(downward) downward, \(analysis.inconsistencies.count - downward) same-level)")
        for issue in analysis.inconsistencies.prefix(examples) { lines.append("  \(issue)") }
        if analysis.inconsistencies.count > examples {
            lines.append("  ... \(analysis.inconsistencies.count - examples) more (--format json lists them all)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ analysis: LadderAnalysis) -> JSONOutput {
        .object([
            ("counting", .string(analysis.counting.rawValue)),
            ("groups", .array(analysis.groups.map(group))),
            ("comparison", analysis.comparison.map(comparison) ?? .null),
            ("unseededLadders", .integer(analysis.unseededLadders)),
            (
                "inconsistencies",
                .objects(analysis.inconsistencies) { issue in
                    [
                        ("kind", .string(issue.kind.rawValue)), ("from", .string(issue.from)),
                        ("fromLevel", .string(issue.fromLevel.rawValue)), ("to", .string(issue.to)),
                        ("toLevel", .string(issue.toLevel.rawValue)), ("person", .string(issue.person)),
                        ("source", .string(issue.source)),
                    ]
                }
            ),
        ])
    }

    private static func group(_ group: LadderAnalysis.Group) -> JSONOutput {
        let matrix = group.matrix
        let map = group.map
        return .object([
            ("name", .string(group.name)),
            ("respondents", .integer(matrix.respondentCount)),
            ("ladders", .integer(matrix.ladderCount)),
            ("codes", .array(matrix.codes.map { .string($0) })),
            (
                "links",
                .objects(matrix.links) { link in
                    [
                        ("from", .string(link.from)), ("to", .string(link.to)),
                        ("directMentions", .integer(matrix.directMentions[link] ?? 0)),
                        ("indirectMentions", .integer(matrix.indirectMentions[link] ?? 0)),
                        ("directRespondents", .integer(matrix.directRespondents[link] ?? 0)),
                        ("indirectRespondents", .integer(matrix.indirectRespondents[link] ?? 0)),
                    ]
                }
            ),
            (
                "cutoffTable",
                .objects(group.cutoffTable) { row in
                    [
                        ("cutoff", .integer(row.cutoff)), ("links", .integer(row.links)),
                        ("linkShare", .number(row.linkShare)), ("mentionShare", .number(row.mentionShare)),
                        ("respondentShare", .number(row.respondentShare)),
                    ]
                }
            ),
            (
                "map",
                .object([
                    ("cutoff", .integer(map.cutoff)),
                    ("nodes", .array(map.nodes.map { .string($0) })),
                    (
                        "edges",
                        .objects(map.edges) { edge in
                            [
                                ("from", .string(edge.link.from)), ("to", .string(edge.link.to)),
                                ("count", .integer(edge.count)), ("mentions", .integer(edge.mentions)),
                            ]
                        }
                    ),
                    ("retainedMentions", .integer(map.retainedMentions)),
                    ("totalMentions", .integer(map.totalMentions)),
                    ("retainedShare", .number(map.retainedShare)),
                    ("representedRespondents", .integer(map.representedRespondents)),
                    ("representedShare", .number(map.representedShare)),
                ])
            ),
        ])
    }

    private static func comparison(_ comparison: ValueMapComparison) -> JSONOutput {
        .object([
            ("segments", .array(comparison.segments.map { .string($0) })),
            ("cutoffs", .array(comparison.cutoffs.map { .integer($0) })),
            (
                "links",
                .objects(comparison.links) { link in
                    [
                        ("from", .string(link.link.from)), ("to", .string(link.link.to)),
                        ("kind", .string(link.kind.rawValue)),
                        ("drawnIn", .array(link.drawnIn.map { .string($0) })),
                        ("respondents", .array(link.respondents.map { .integer($0) })),
                        ("bases", .array(link.bases.map { .integer($0) })),
                        ("test", .string(link.test.rawValue)), ("pValue", .number(link.pValue)),
                        ("significant", .bool(link.isSignificant)),
                    ]
                }
            ),
        ])
    }
}
