import SurveyModel

/// The summary's segment and interviewer tables.
extension QualityAssessor {
    func segmentSummaries(_ kinds: FlagKinds) -> [SegmentQuality] {
        survey.segments.prefix(64).enumerated().map { position, segment in
            let bit: UInt64 = 1 << UInt64(position)
            let judged = segmentMembership.filter { $0 & bit != 0 }.count
            let member = { (index: Int) in segmentMembership[index] & bit != 0 }
            return SegmentQuality(
                id: segment.id, label: segment.label.text, judged: judged,
                flagged: kinds.count(among: member, scoring: settings.flaggedScore),
                flagCounts: kinds.counts(among: member))
        }
    }

    /// Indicators per interviewer, with concerns where one stands out from the rest (see `InterviewerQuality`).
    func interviewerIndicators(_ kinds: FlagKinds) -> [InterviewerQuality] {
        guard !interviewerNames.isEmpty else { return [] }
        struct Tally {
            var interviews = 0
            var durations: [Double] = []
            var asked = 0
            var dontKnow = 0
            var straight = 0
            var flagged = 0
        }
        var tallies = [Tally](repeating: Tally(), count: interviewerNames.count)
        var overall = Tally()
        for index in responseIDs.indices where interviewers[index] >= 0 {
            let straight = kinds.contains(.straightlining, index)
            let isFlagged = kinds.score(index) >= settings.flaggedScore
            func count(_ tally: inout Tally) {
                tally.interviews += 1
                if durations[index].isFinite { tally.durations.append(durations[index]) }
                tally.asked += Int(asked[index])
                tally.dontKnow += Int(dontKnows[index])
                if straight { tally.straight += 1 }
                if isFlagged { tally.flagged += 1 }
            }
            count(&tallies[Int(interviewers[index])])
            count(&overall)
        }
        func share(_ part: Int, _ whole: Int) -> Double { whole > 0 ? Double(part) / Double(whole) : 0 }
        let overallMedian = overall.durations.isEmpty ? nil : Self.median(overall.durations)
        let overallDontKnow = share(overall.dontKnow, overall.asked)
        let overallStraight = share(overall.straight, overall.interviews)
        return zip(interviewerNames, tallies).map { name, tally in
            let median = tally.durations.isEmpty ? nil : Self.median(tally.durations)
            let dontKnow = share(tally.dontKnow, tally.asked)
            let straight = share(tally.straight, tally.interviews)
            var concerns: [String] = []
            if tally.interviews >= 10 {
                if let median, let overallMedian, median < 0.6 * overallMedian { concerns.append("short interviews") }
                if dontKnow > 2 * overallDontKnow && dontKnow > overallDontKnow + 0.05 {
                    concerns.append("many don't-know answers")
                }
                if straight > 2 * overallStraight && straight > overallStraight + 0.05 {
                    concerns.append("much straightlining")
                }
            }
            return InterviewerQuality(
                interviewer: name, interviews: tally.interviews, medianSeconds: median, dontKnowShare: dontKnow,
                straightliningShare: straight, flaggedShare: share(tally.flagged, tally.interviews),
                concerns: concerns)
        }.sorted { $0.interviewer < $1.interviewer }
    }
}
