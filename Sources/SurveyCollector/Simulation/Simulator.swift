public import Foundation
public import SurveyModel

/// Synthetic respondents who go through a survey's logic with the interview engine (skips, checks, ladders,
/// MaxDiff sets), answering with `SyntheticRespondent`. Same survey, profile and seed: same data.
public struct Simulator: Sendable {
    public let survey: Survey
    public let profile: SimulationProfile?
    public let seed: UInt64

    public init(survey: Survey, profile: SimulationProfile? = nil, seed: UInt64) {
        self.survey = survey
        self.profile = profile
        self.seed = seed
    }

    /// What a simulation produced.
    public struct Summary: Sendable, Hashable {
        public var respondents = 0
        public var completes = 0
        public var screenedOut = 0
        public var answers = 0
        public var ladderSteps = 0
    }

    /// Respondent number `index` (0-based): id `sim<seed>-000001`… (so simulations with different seeds can share
    /// a store), attributes drawn from the profile, and the interview seed.
    public func respondent(_ index: Int) -> (Respondent, UInt64) {
        var generator = SplitMix64(seed: seed, purpose: "respondent-\(index)")
        var attributes: [String: String] = [:]
        for (name, weights) in (profile?.attributes ?? [:]).sorted(by: { $0.key < $1.key }) {
            attributes[name] = SyntheticRespondent.weighted(weights, generator: &generator)
        }
        let number = String(index + 1)
        let id = "sim\(seed)-" + String(repeating: "0", count: max(0, 6 - number.count)) + number
        return (Respondent(id: id, attributes: attributes), generator.next())
    }

    /// Runs `count` interviews, each recorded through `recorder` as it goes.
    /// - Throws: recorder errors; `SimulationError.stuck` if a synthetic respondent cannot get past a question
    ///   (its checks reject every plausible answer).
    public func run(
        count: Int, recorder: any InterviewRecorder, clock: @escaping @Sendable () -> Date = { Date() }
    ) async throws -> Summary {
        var summary = Summary()
        for index in 0..<count {
            let (respondent, interviewSeed) = self.respondent(index)
            var session = try await InterviewSession.start(
                survey: survey, respondent: respondent, seed: interviewSeed, responseID: respondent.id,
                recorder: recorder,
                clock: clock)
            var generator = SplitMix64(seed: interviewSeed, purpose: "answers")
            _ = try await session.begin()
            while let prompt = session.engine.prompt {
                var attempts = 0
                var accepted = false
                while !accepted {
                    attempts += 1
                    let input: InterviewInput
                    if attempts > 40 {
                        guard let fallback = fallback(prompt) else {
                            throw SimulationError.stuck(questionID: prompt.position.itemID)
                        }
                        input = fallback
                    } else {
                        input = SyntheticRespondent.input(
                            for: prompt, engine: session.engine, profile: profile, generator: &generator)
                    }
                    var result = try await session.submit(input)
                    if case .needsConfirmation = result { result = try await session.submit(.confirm) }
                    if case .accepted(let events) = result {
                        accepted = true
                        for event in events {
                            if case .answered = event { summary.answers += 1 }
                            if case .ladderStep(let step) = event, !step.text.isEmpty { summary.ladderSteps += 1 }
                        }
                    } else if attempts > 41 {
                        throw SimulationError.stuck(questionID: prompt.position.itemID)
                    }
                }
            }
            summary.respondents += 1
            if session.engine.outcome?.status == .complete { summary.completes += 1 } else { summary.screenedOut += 1 }
        }
        return summary
    }

    private func fallback(_ prompt: Prompt) -> InterviewInput? {
        if prompt.allowDontKnow { return .answer(.dontKnow) }
        if prompt.allowRefused { return .answer(.refused) }
        if !prompt.required { return .keep }
        return nil
    }
}
