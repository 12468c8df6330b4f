import Foundation
import SurveyModel

/// The checks that compare responses with each other, and the summary.
extension QualityAssessor {
    /// Finishes the run: speeding against the medians, duplicates, shared texts and contacts (the four searches
    /// run concurrently), then the summary.
    public func finish() async -> QualityAssessment {
        async let speeding = withNotes { speedingFlags(notes: &$0).merging(pageSpeedingFlags(notes: &$0)) { $0 + $1 } }
        async let duplicates = DuplicateFinder(itemCount: layout.items.count, settings: settings).flags(
            vectors: vectors, responseIDs: responseIDs)
        async let shared = withNotes { sharedTextFlags(notes: &$0) }
        async let respondents = respondentFlags()
        // Flags by response index, in an array: a million responses, a quarter of them flagged, merge and walk
        // in order far faster than through a dictionary.
        var flags = [[QualityFlag]](repeating: [], count: responseIDs.count)
        func add(_ found: [Int: [QualityFlag]]) {
            for (index, list) in found { flags[index] += list }
        }
        add(localFlags)
        let (speedingFound, speedingNotes) = await speeding
        let (sharedFound, sharedNotes) = await shared
        add(speedingFound)
        add(await duplicates)
        add(sharedFound)
        add(await respondents)
        let notes = speedingNotes + sharedNotes
        // Responses are absorbed in id order, so index order is id order unless ids compare otherwise in Swift.
        var flagged = flags.indices.filter { !flags[$0].isEmpty }
        if !zip(responseIDs, responseIDs.dropFirst()).allSatisfy({ $0 < $1 }) {
            flagged.sort { responseIDs[$0] < responseIDs[$1] }
        }
        let responses = flagged.map { index in
            ResponseQuality(
                responseID: responseIDs[index], respondentID: respondentIDs[index],
                flags: flags[index].count > 1 ? flags[index].sorted { $0.kind < $1.kind } : flags[index])
        }
        let kinds = FlagKinds(flags)
        let summary = QualitySummary(
            judged: responseIDs.count,
            flagged: kinds.count(among: nil, scoring: settings.flaggedScore),
            flagCounts: kinds.counts(among: nil), segments: segmentSummaries(kinds),
            interviewers: interviewerIndicators(kinds), notes: notes)
        return QualityAssessment(surveyID: survey.id, settings: settings, responses: responses, summary: summary)
    }

    /// What `search` finds, with the notes it writes.
    func withNotes(
        _ search: (inout [String]) -> [Int: [QualityFlag]]
    ) -> (found: [Int: [QualityFlag]], notes: [String]) {
        var notes: [String] = []
        let found = search(&notes)
        return (found, notes)
    }

    /// Total duration under `speedingFraction` of the median of the same mode.
    func speedingFlags(notes: inout [String]) -> [Int: [QualityFlag]] {
        var result: [Int: [QualityFlag]] = [:]
        for (mode, name) in modeNames.enumerated() {
            let members = modes.indices.filter { modes[$0] == Int32(mode) && durations[$0].isFinite }
            guard members.count >= settings.minimumTimedResponses else {
                notes.append(
                    "speeding not judged in mode \(name): \(members.count) responses with both times "
                        + "(at least \(settings.minimumTimedResponses) needed)")
                continue
            }
            let median = Self.median(members.map { durations[$0] })
            for index in members where durations[index] < settings.speedingFraction * median {
                result[index] = [
                    QualityFlag(
                        .speeding,
                        "took \(QualityText.duration(durations[index])) against a median of "
                            + "\(QualityText.duration(median)) (\(name))")
                ]
            }
        }
        return result
    }

    /// The relative speed index over the timed questions: the mean of `min(10, median / own time)`.
    func pageSpeedingFlags(notes: inout [String]) -> [Int: [QualityFlag]] {
        let questionCount = layout.questions.count
        let count = responseIDs.count
        guard questionCount > 0, count > 0 else { return [:] }
        var medians = [Double](repeating: .nan, count: questionCount)
        for question in 0..<questionCount {
            var times: [Double] = []
            for index in 0..<count {
                let time = questionTimes[index * questionCount + question]
                if time.isFinite { times.append(Double(time)) }
            }
            if times.count >= settings.minimumTimedResponses { medians[question] = Self.median(times) }
        }
        if medians.allSatisfy(\.isNaN) {
            notes.append("per-question speed not judged: no question has enough recorded answer times")
            return [:]
        }
        var result: [Int: [QualityFlag]] = [:]
        for index in 0..<count {
            var sum = 0.0
            var timed = 0
            for question in 0..<questionCount where medians[question].isFinite {
                let time = Double(questionTimes[index * questionCount + question])
                guard time.isFinite else { continue }
                sum += time > 0 ? min(10, medians[question] / time) : 10
                timed += 1
            }
            guard timed >= 3 else { continue }
            let speedIndex = sum / Double(timed)
            if speedIndex >= settings.pageSpeedIndex {
                result[index] = [
                    QualityFlag(
                        .pageSpeeding,
                        String(format: "relative speed index %.1f over %d timed questions", speedIndex, timed))
                ]
            }
        }
        return result
    }

    /// The same long open answer in a few responses. An answer given by more than
    /// `max(5, sharedTextLimit · judged)` responses is a common phrasing (or a template), not a copy: it is left
    /// unflagged and counted in `notes`.
    func sharedTextFlags(notes: inout [String]) -> [Int: [QualityFlag]] {
        let limit = max(5, Int(QualitySettings.sharedTextLimit * Double(responseIDs.count)))
        var result: [Int: [QualityFlag]] = [:]
        var common = 0
        for (_, members) in sharedTexts.groups {
            guard members.count <= limit else {
                common += 1
                continue
            }
            for member in members.map(Int.init) where result[member] == nil {
                let others = members.map(Int.init).filter { $0 != member }
                let names = others.prefix(3).map { responseIDs[$0] }.joined(separator: ", ")
                let more = others.count > 3 ? " and \(others.count - 3) more" : ""
                result[member] = [QualityFlag(.openShared, "the same open answer as \(names)\(more)")]
            }
        }
        if common > 0 {
            notes.append(
                "\(common) open answers were each given by more than \(limit) responses: common phrasings, not "
                    + "flagged as open-shared")
        }
        return result
    }

    /// The same respondent completing twice, and the same contact for several respondents.
    func respondentFlags() -> [Int: [QualityFlag]] {
        // Respondents with more than one complete: candidates share an FNV-1a hash of the id, confirmed by the id.
        var repeated: [String: [Int32]] = [:]
        let candidates = KeyGroups.groups(
            respondentIDs.enumerated().map { (FNV1a.hash($0.element.utf8), Int32($0.offset)) })
        for group in candidates {
            for member in group { repeated[respondentIDs[Int(member)], default: []].append(member) }
        }
        var result: [Int: [QualityFlag]] = [:]
        for members in repeated.values where members.count > 1 {
            for member in members.map(Int.init) {
                result[member, default: []].append(
                    QualityFlag(.duplicateRespondent, "respondent completed \(members.count) times"))
            }
        }
        for (key, members) in contacts.groups {
            // A respondent's responses all carry its contact values, so all of them are among `members`.
            var order: [String] = []
            var byRespondent: [String: [Int]] = [:]
            for member in members.map(Int.init) {
                let respondent = respondentIDs[member]
                if byRespondent[respondent] == nil { order.append(respondent) }
                byRespondent[respondent, default: []].append(member)
            }
            guard order.count > 1 else { continue }
            let attribute = key.text.split(separator: "\u{1}").first.map(String.init) ?? "contact"
            for respondent in order {
                for member in byRespondent[respondent, default: []] {
                    result[member, default: []].append(
                        QualityFlag(
                            .duplicateContact, "the same \(attribute) as \(order.count - 1) other respondent(s)"))
                }
            }
        }
        return result
    }

    /// The median of `values` (the mean of the two middle values for an even count; no NaN among them), found by
    /// selection (`MedianSelection`) rather than sorting a million durations.
    static func median(_ values: [Double]) -> Double { MedianSelection.median(values) }
}
