import Foundation
import SurveyModel
public import SurveyStore

/// Gathers the open texts of a store that coders work on.
///
/// Survey why answers: every non-empty ladder step of every stored response (all surveys, responses in id order,
/// steps by probe, option and depth). Transcript turns: every participant turn of every session (moderator turns
/// are not coded), in session and sequence order.
public enum CodingTextLoader {
    /// Loads the texts of `store`, why answers first.
    public static func load(from store: some ResponseStore & FocusGroupStore) async throws -> [CodingText] {
        var texts: [CodingText] = []
        let surveyIDs = Set(try await store.surveyDefinitions(surveyID: nil).map(\.surveyID)).sorted()
        for surveyID in surveyIDs {
            try await store.forEachResponsePage(ResponseQuery(surveyID: surveyID)) { page in
                let respondents = try await store.respondentsByID(page.map(\.response.respondentID))
                for stored in page {
                    let response = stored.response
                    let steps = response.ladder.sorted {
                        ($0.probeID, $0.optionCode ?? "", $0.depth) < ($1.probeID, $1.optionCode ?? "", $1.depth)
                    }
                    for step in steps where !step.text.trimmingCharacters(in: .whitespaces).isEmpty {
                        texts.append(
                            CodingText(
                                unit: .why(
                                    responseID: response.id, probeID: step.probeID, optionCode: step.optionCode,
                                    depth: step.depth),
                                text: step.text, person: response.respondentID, speaker: response.respondentID,
                                attributes: respondents[response.respondentID]?.attributes ?? [:], surveyID: surveyID))
                    }
                }
            }
        }
        for session in try await store.sessions() {
            let participants = Dictionary(
                try await store.participants(sessionID: session.id).map { ($0.id, $0) },
                uniquingKeysWith: { first, _ in first })
            for stored in try await store.turns(sessionID: session.id)
            where stored.turn.speaker != TranscriptTurn.moderator {
                let participant = participants[stored.turn.speaker]
                texts.append(
                    CodingText(
                        unit: stored.unit(sessionID: session.id), text: stored.turn.text,
                        person: "\(session.id)/\(stored.turn.speaker)", speaker: stored.turn.speaker,
                        attributes: participant?.attributes ?? [:], weight: participant?.weight ?? 1,
                        isQuote: stored.turn.isQuote, inlineCodes: stored.turn.codes,
                        sectionID: stored.turn.sectionID))
            }
        }
        return texts
    }
}
