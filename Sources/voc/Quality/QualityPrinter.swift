import Foundation
import SurveyAnalysis
import SurveyModel
import SurveyStore
import SurveyText

/// Renders a quality run as tables or JSON.
struct QualityPrinter {
    let survey: Survey
    let assessment: QualityAssessment
    let store: String
    let savedAs: String?

    var summary: QualitySummary { assessment.summary }

    func text(listing limit: Int) -> String {
        var out = "survey \(survey.id) \(survey.version) — store \(StoreOpener.displayName(store))"
        out += savedAs.map { " — saved as quality run '\($0)'\n" } ?? " — not saved\n"
        out +=
            "judged \(summary.judged) complete responses; flagged \(summary.flagged) "
            + "(\(Self.percent(summary.flagged, summary.judged))) at score >= "
            + "\(QualityPrinter.number(assessment.settings.flaggedScore))\n\n"
        var flags = TextTable(
            headers: ["flag", "responses", "share", "weight", "meaning"],
            rightAligned: [false, true, true, true, false])
        for kind in QualityFlagKind.allCases {
            let count = summary.flagCounts[kind.rawValue] ?? 0
            flags.append([
                kind.rawValue, String(count), Self.percent(count, summary.judged), Self.number(kind.weight),
                kind.meaning,
            ])
        }
        out += flags.rendered + "\n"
        if !summary.segments.isEmpty {
            var segments = TextTable(
                headers: ["segment", "judged", "flagged", "share", "most frequent flags"],
                rightAligned: [false, true, true, true, false])
            for segment in summary.segments {
                segments.append([
                    segment.id, String(segment.judged), String(segment.flagged),
                    Self.percent(segment.flagged, segment.judged), Self.top(segment.flagCounts),
                ])
            }
            out += "\n" + segments.rendered + "\n"
        }
        if !summary.interviewers.isEmpty {
            var interviewers = TextTable(
                headers: ["interviewer", "interviews", "median", "don't know", "straightlining", "flagged", "look at"],
                rightAligned: [false, true, true, true, true, true, false])
            for row in summary.interviewers {
                interviewers.append([
                    row.interviewer, String(row.interviews), row.medianSeconds.map(QualityText.duration) ?? "NA",
                    Self.percent(row.dontKnowShare), Self.percent(row.straightliningShare),
                    Self.percent(row.flaggedShare), row.concerns.joined(separator: ", "),
                ])
            }
            out += "\n" + interviewers.rendered + "\n"
        }
        for note in summary.notes { out += "\nnote: \(note)" }
        if !summary.notes.isEmpty { out += "\n" }
        let scored = assessment.responses.map { ($0.score, $0) }
        let listed = scored.sorted { ($0.0, $1.1.responseID) > ($1.0, $0.1.responseID) }.prefix(limit).map(\.1)
        if !listed.isEmpty {
            var table = TextTable(
                headers: ["response", "respondent", "score", "flags", "evidence"],
                rightAligned: [false, false, true, false, false])
            for response in listed {
                table.append([
                    response.responseID, response.respondentID, Self.number(response.score),
                    Array(Set(response.flags.map(\.kind))).sorted().map(\.rawValue).joined(separator: ","),
                    response.flags.map(\.evidence).joined(separator: "; "),
                ])
            }
            out += "\nresponses with flags (\(listed.count) of \(assessment.responses.count), highest score first):\n"
            out += table.rendered + "\n"
        }
        return out
    }

    var json: JSONOutput {
        func counts(_ counts: [String: Int]) -> JSONOutput {
            .object(counts.sorted { $0.key < $1.key }.map { ($0.key, .integer($0.value)) })
        }
        return .object([
            ("survey", .string(survey.id)),
            ("version", .string(survey.version.description)),
            ("run", .optional(savedAs)),
            ("judged", .integer(summary.judged)),
            ("flagged", .integer(summary.flagged)),
            ("flaggedScore", .number(assessment.settings.flaggedScore)),
            ("flags", counts(summary.flagCounts)),
            (
                "segments",
                .objects(summary.segments) {
                    [
                        ("id", .string($0.id)), ("judged", .integer($0.judged)), ("flagged", .integer($0.flagged)),
                        ("flags", counts($0.flagCounts)),
                    ]
                }
            ),
            (
                "interviewers",
                .objects(summary.interviewers) {
                    [
                        ("interviewer", .string($0.interviewer)), ("interviews", .integer($0.interviews)),
                        ("medianSeconds", .optional($0.medianSeconds)),
                        ("dontKnowShare", .number($0.dontKnowShare)),
                        ("straightliningShare", .number($0.straightliningShare)),
                        ("flaggedShare", .number($0.flaggedShare)),
                        ("concerns", .array($0.concerns.map { .string($0) })),
                    ]
                }
            ),
            ("notes", .array(summary.notes.map { .string($0) })),
            ("responses", .raw(Self.responsesJSON(assessment.responses))),
        ])
    }

    /// The flagged responses as a JSON array of `{"response","respondent","score","flags":[{"flag","evidence"}]}`,
    /// written straight into one string: a run over a million responses lists hundreds of thousands, and building
    /// a `JSONOutput` tree for them first took longer than writing the text.
    static func responsesJSON(_ responses: [ResponseQuality]) -> String {
        var out = "["
        out.reserveCapacity(responses.count * 200)
        for (position, response) in responses.enumerated() {
            out += position == 0 ? "{\"response\":" : ",{\"response\":"
            JSONString.quote(response.responseID, into: &out)
            out += ",\"respondent\":"
            JSONString.quote(response.respondentID, into: &out)
            out += ",\"score\":"
            out += JSONOutput.format(response.score)
            out += ",\"flags\":["
            for (index, flag) in response.flags.enumerated() {
                out += index == 0 ? "{\"flag\":" : ",{\"flag\":"
                JSONString.quote(flag.kind.rawValue, into: &out)
                out += ",\"evidence\":"
                JSONString.quote(flag.evidence, into: &out)
                out += "}"
            }
            out += "]}"
        }
        out += "]"
        return out
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        whole > 0 ? percent(Double(part) / Double(whole)) : "NA"
    }

    static func percent(_ share: Double) -> String { String(format: "%.1f%%", 100 * share) }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    /// The three most frequent flags, e.g. "speeding 4, open-short 3".
    static func top(_ counts: [String: Int]) -> String {
        counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map { "\($0.key) \($0.value)" }
            .joined(separator: ", ")
    }
}
