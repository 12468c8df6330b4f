import Foundation
import SurveyAnalysis
import SurveyModel
import SurveyStatistics
import SurveyStore
import SurveyText

/// Renders a `FieldworkStatus` as tables or JSON. Rates that are undefined (no cases in the denominator) show as
/// `NA` in tables and `null` in JSON.
enum StatusPrinter {
    static func text(_ status: FieldworkStatus, store: String, e: Double) -> String {
        var out = "survey \(status.surveyID)" + (status.version.map { " \($0)" } ?? "") + " — store \(store)\n"
        let responses = ResponseStatus.allCases.map { "\($0.rawValue) \(status.responses[$0] ?? 0)" }
        out += "responses: " + responses.joined(separator: ", ") + "\n"
        for (mode, counts) in status.responsesByMode.sorted(by: { $0.key < $1.key }) {
            let shown = ResponseStatus.allCases.filter { counts[$0] != nil }.map { "\($0.rawValue) \(counts[$0] ?? 0)" }
            out += "  mode \(mode.isEmpty ? "(not recorded)" : mode): " + shown.joined(separator: ", ") + "\n"
        }
        out += "\n"
        var cases = TextTable(headers: ["disposition", "group", "cases"], rightAligned: [false, false, true])
        for (code, count) in status.byDisposition { cases.append([code.rawValue, code.group.rawValue, String(count)]) }
        out += cases.rendered + "\n\n"
        let overall = status.rates(interviewer: nil)
        out +=
            "groups: " + FieldworkStatus.groups(overall).map { "\($0.0) \(Int($0.1))" }.joined(separator: "  ")
            + "  pending \(status.pending(interviewer: nil))\n"
        out += abandonedLine(status.abandoned)
        out += "e = " + format(e) + "\n"
        var rates = TextTable(headers: ["rate", "value"], rightAligned: [false, true])
        for (name, value) in FieldworkStatus.namedRates(overall, e: e) { rates.append([name, format(value)]) }
        out += rates.rendered + "\n"
        if !status.quotas.isEmpty {
            var quotas = TextTable(
                headers: ["quota", "completes", "target", "filled"], rightAligned: [false, true, true, false])
            for quota in status.quotas {
                quotas.append([
                    quota.id, String(quota.count), String(quota.target), quota.count >= quota.target ? "full" : "",
                ])
            }
            out += "\n" + quotas.rendered + "\n"
        }
        if !status.interviewers.isEmpty {
            var table = TextTable(
                headers: ["interviewer", "I", "P", "R", "NC", "O", "UH", "UO", "NE", "RR1", "COOP1"],
                rightAligned: [false] + Array(repeating: true, count: 10))
            for interviewer in status.interviewers {
                let rates = status.rates(interviewer: interviewer)
                table.append(
                    [interviewer] + FieldworkStatus.groups(rates).map { String(Int($0.1)) }
                        + [format(rates.rr1), format(rates.coop1)])
            }
            out += "\n" + table.rendered + "\n"
        }
        if !status.qualityRuns.isEmpty {
            var table = TextTable(
                headers: ["quality run", "created", "judged", "flagged", "most frequent flags"],
                rightAligned: [false, false, true, true, false])
            for (run, summary) in status.qualityRuns {
                table.append([
                    run.name, Timestamp.format(run.createdAt), summary.map { String($0.judged) } ?? "NA",
                    summary.map { "\($0.flagged)" } ?? String(run.flaggedCount),
                    summary.map { QualityPrinter.top($0.flagCounts) } ?? "",
                ])
            }
            out += "\n" + table.rendered + "\n"
        }
        return out
    }

    static func json(_ status: FieldworkStatus, e: Double) -> String {
        func number(_ value: Double) -> String { value.isFinite ? String(value) : "null" }
        func string(_ text: String) -> String { JSONString.quoted(text) }
        func rateObject(_ rates: AAPORRates) -> String {
            "{"
                + FieldworkStatus.namedRates(rates, e: e).map { "\(string($0.0)):\(number($0.1))" }.joined(
                    separator: ",") + "}"
        }
        func groupObject(_ rates: AAPORRates, pending: Int) -> String {
            "{" + FieldworkStatus.groups(rates).map { "\(string($0.0)):\(Int($0.1))" }.joined(separator: ",")
                + ",\"pending\":\(pending)}"
        }
        let overall = status.rates(interviewer: nil)
        var out =
            "{\"survey\":\(string(status.surveyID)),\"version\":"
            + (status.version.map { string($0.description) } ?? "null")
        out +=
            ",\"responses\":{"
            + ResponseStatus.allCases.map { "\(string($0.rawValue)):\(status.responses[$0] ?? 0)" }
            .joined(separator: ",") + "}"
        out +=
            ",\"responses_by_mode\":{"
            + status.responsesByMode.sorted(by: { $0.key < $1.key }).map { mode, counts in
                string(mode) + ":{"
                    + ResponseStatus.allCases.map { "\(string($0.rawValue)):\(counts[$0] ?? 0)" }.joined(separator: ",")
                    + "}"
            }.joined(separator: ",") + "}"
        out +=
            ",\"dispositions\":{"
            + status.byDisposition.map { "\(string($0.0.rawValue)):\($0.1)" }.joined(separator: ",") + "}"
        out += ",\"groups\":" + groupObject(overall, pending: status.pending(interviewer: nil))
        let rule = status.abandoned.rule
        out +=
            ",\"abandoned\":{\"after_hours\":\(number(rule.after / 3600)),\"partial_share\":\(number(rule.partialShare)),"
            + "\"partial\":\(status.abandoned.partial),\"break_off\":\(status.abandoned.breakOff)}"
        out += ",\"e\":\(number(e)),\"rates\":" + rateObject(overall)
        out +=
            ",\"quotas\":["
            + status.quotas.map {
                "{\"id\":\(string($0.id)),\"completes\":\($0.count),\"target\":\($0.target),"
                    + "\"full\":\($0.count >= $0.target)}"
            }.joined(separator: ",") + "]"
        out +=
            ",\"interviewers\":["
            + status.interviewers.map { interviewer in
                let rates = status.rates(interviewer: interviewer)
                return "{\"interviewer\":\(string(interviewer)),\"groups\":"
                    + groupObject(rates, pending: status.pending(interviewer: interviewer)) + ",\"rates\":"
                    + rateObject(rates) + "}"
            }.joined(separator: ",") + "]"
        out +=
            ",\"quality_runs\":["
            + status.qualityRuns.map { run, summary in
                "{\"name\":\(string(run.name)),\"created\":\(string(Timestamp.format(run.createdAt))),"
                    + "\"with_flags\":\(run.flaggedCount),\"summary\":\(summary == nil ? "null" : run.reportJSON)}"
            }.joined(separator: ",") + "]}"
        return out
    }

    /// The line saying how interviews left unfinished were classified.
    static func abandonedLine(_ abandoned: AbandonedInterviews) -> String {
        let hours = abandoned.rule.after / 3600
        let share = abandoned.rule.partialShare * 100
        return "abandoned (no change for \(Value.format(hours)) h): \(abandoned.partial) partial (1.2, at least "
            + "\(Value.format(share))% of on-route questions answered), \(abandoned.breakOff) break-off (2.12)\n"
    }

    static func format(_ value: Double) -> String {
        value.isFinite ? String(format: "%.4f", value) : "NA"
    }
}
