import Foundation
public import SurveyModel
public import SurveyStore
import SurveyParser
import SurveyText

/// Runs a focus-group session for the note-taker, one typed line at a time.
///
/// Lines: `P3: text` logs a turn (`MOD:` for the moderator; `!` marks a quote, `#code` tags a code); `/next` moves to
/// the next guide section (the last `/next` ends the session); `/poll QID` opens an in-session poll of a what
/// question, answered by each consenting participant as `P3: answer`, closed when all have answered or by the next
/// command; `/end` ends the session. Every accepted line is stored before `handle` returns (`appendTurn`,
/// `recordPoll`, `updateSessionProgress`), so a crash loses nothing and a new runner resumes in the stored section.
/// A rejected line (unknown participant, no consent, bad poll answer, unknown command) stores nothing and is
/// reported with its line number.
public struct FocusSessionRunner: Sendable {
    /// What one line did.
    public struct Outcome: Sendable, Equatable {
        /// Text for the transcript (stored turns, section changes, poll results).
        public var output: [String] = []
        /// A message for a rejected line, naming its line number.
        public var error: String?
        /// The session has ended.
        public var ended = false
    }

    public let store: any FocusGroupStore
    public let guide: Survey
    public private(set) var session: FocusSession
    public let participants: [Participant]
    private var openPoll: WhatQuestion?
    private var pollAnswered: Set<String> = []

    /// A runner for `session` with its guide and roster.
    public init(store: any FocusGroupStore, guide: Survey, session: FocusSession, participants: [Participant]) {
        self.store = store
        self.guide = guide
        self.session = session
        self.participants = participants
    }

    /// The section in progress, if any.
    public var currentSection: Section? {
        guard let id = session.currentSectionID else { return nil }
        return guide.sections.first { $0.id == id }
    }

    /// The ids of participants who may speak (consent recorded).
    public var speakers: [String] { participants.filter(\.consent).map(\.id) }

    /// Starts the session at its first section, unless it already started (a resumed run). Returns what to show.
    public mutating func start(at now: Date) async throws -> Outcome {
        var outcome = Outcome()
        if session.ended {
            outcome.output.append("session \(session.id) has ended")
            outcome.ended = true
            return outcome
        }
        if session.currentSectionID == nil, let first = guide.sections.first {
            try await store.updateSessionProgress(sessionID: session.id, sectionID: first.id, at: now)
            session.currentSectionID = first.id
            session.sectionStartedAt = now
            outcome.output.append("== section \(first.id)")
        } else if let id = session.currentSectionID {
            outcome.output.append("== resuming at section \(id)")
        }
        return outcome
    }

    /// Handles line `number` (1-based, for messages) typed at `now`.
    public mutating func handle(_ line: String, number: Int, at now: Date) async throws -> Outcome {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, !session.ended else { return Outcome(ended: session.ended) }
        if text.hasPrefix("/") { return try await command(text, number: number, at: now) }
        guard let colon = text.firstIndex(of: ":") else {
            return rejected(number, "no speaker; write 'P3: text' (or 'MOD: text')")
        }
        let label = text[..<colon].trimmingCharacters(in: .whitespaces)
        let body = text[text.index(after: colon)...]
        guard let speaker = speakerID(label) else {
            return rejected(number, "unknown participant '\(label)'; known: " + speakers.joined(separator: ", "))
        }
        if speaker != TranscriptTurn.moderator, participants.contains(where: { $0.id == speaker && !$0.consent }) {
            return rejected(number, "participant \(speaker) has no recorded consent and cannot take part")
        }
        if let poll = openPoll, speaker != TranscriptTurn.moderator {
            return try await pollAnswer(String(body), speaker: speaker, poll: poll, number: number)
        }
        var turn = TurnText.turn(speaker: speaker, text: body)
        guard !turn.text.isEmpty else { return rejected(number, "empty turn") }
        turn.sectionID = session.currentSectionID
        turn.start = max(0, now.timeIntervalSince(session.createdAt))
        turn.line = number
        let sequence = try await store.appendTurn(turn, sessionID: session.id, source: "run")
        let marks = (turn.isQuote ? " !" : "") + turn.codes.map { " #" + $0 }.joined()
        return Outcome(output: ["[\(sequence)] \(speaker): \(turn.text)\(marks)"])
    }

    private func speakerID(_ label: String) -> String? {
        if label.uppercased() == TranscriptTurn.moderator { return TranscriptTurn.moderator }
        return participants.first { $0.id.lowercased() == label.lowercased() }?.id
    }

    private mutating func command(_ text: String, number: Int, at now: Date) async throws -> Outcome {
        let words = text.split(separator: " ").map(String.init)
        var outcome = closePoll()
        switch words[0] {
        case "/next":
            let index = guide.sections.firstIndex { $0.id == session.currentSectionID } ?? -1
            if index + 1 < guide.sections.count {
                let next = guide.sections[index + 1]
                try await store.updateSessionProgress(sessionID: session.id, sectionID: next.id, at: now)
                session.currentSectionID = next.id
                session.sectionStartedAt = now
                outcome.output.append("== section \(next.id)")
            } else {
                try await end(at: now, into: &outcome)
            }
        case "/end":
            try await end(at: now, into: &outcome)
        case "/poll":
            guard words.count == 2 else { return rejected(number, "write '/poll QUESTION-ID'") }
            guard let question = whatQuestion(words[1]) else {
                return rejected(number, "the guide has no what question '\(words[1])'")
            }
            openPoll = question
            pollAnswered = []
            outcome.output.append("poll \(question.id): \(question.text.text)")
        default:
            return rejected(number, "unknown command '\(words[0])'; use /next, /poll QID or /end")
        }
        return outcome
    }

    private mutating func end(at now: Date, into outcome: inout Outcome) async throws {
        try await store.updateSessionProgress(sessionID: session.id, sectionID: nil, at: now)
        session.currentSectionID = nil
        session.ended = true
        outcome.output.append("== session ended")
        outcome.ended = true
    }

    private mutating func pollAnswer(
        _ text: String, speaker: String, poll: WhatQuestion, number: Int
    ) async throws
        -> Outcome
    {
        switch PollAnswerParser.parse(text, question: poll, survey: guide) {
        case .failure(let error): return rejected(number, error.message)
        case .success(let answer):
            try await store.recordPoll(
                sessionID: session.id, questionID: poll.id, participantID: speaker, answer: answer)
            pollAnswered.insert(speaker)
            var outcome = Outcome(output: ["poll \(poll.id) \(speaker) answered"])
            if Set(speakers).isSubset(of: pollAnswered) { outcome.output += closePoll().output }
            return outcome
        }
    }

    private mutating func closePoll() -> Outcome {
        guard let poll = openPoll else { return Outcome() }
        openPoll = nil
        let missing = speakers.filter { !pollAnswered.contains($0) }
        let note = missing.isEmpty ? "" : "; no answer from " + missing.joined(separator: ", ")
        return Outcome(output: ["poll \(poll.id) closed: \(pollAnswered.count) answer(s)\(note)"])
    }

    private func whatQuestion(_ id: String) -> WhatQuestion? {
        for section in guide.sections {
            for case .what(let question) in section.items where question.id == id { return question }
        }
        return nil
    }

    private func rejected(_ number: Int, _ message: String) -> Outcome {
        Outcome(error: "line \(number): error: \(message); nothing stored")
    }

    /// The note-taker's screen: the current section with elapsed and remaining time of its time box, its prompts
    /// (discussion questions and polls) and probes (instructions, why probes, stimuli), and the open poll.
    public func screen(at now: Date) -> [String] {
        guard let section = currentSection else { return ["session \(session.id): not in progress"] }
        let elapsed = max(0, now.timeIntervalSince(session.sectionStartedAt ?? now))
        var lines = ["[\(section.stage?.rawValue ?? "section")] \(section.title?.text ?? section.id)"]
        var time = "elapsed \(Self.clock(elapsed))"
        if let minutes = section.minutes {
            let remaining = Double(minutes * 60) - elapsed
            time += remaining >= 0 ? ", remaining \(Self.clock(remaining))" : ", over by \(Self.clock(-remaining))"
        }
        lines.append(time)
        for item in section.items {
            switch item {
            case .note(let note) where note.kind == .info: lines.append("  ask: " + note.text.text)
            case .note(let note): lines.append("  \(note.kind.rawValue): " + note.text.text)
            case .what(let question): lines.append("  poll \(question.id): " + question.text.text)
            case .why(let probe): lines.append("  probe: " + probe.text.text)
            }
        }
        if let openPoll {
            let waiting = speakers.filter { !pollAnswered.contains($0) }
            lines.append("poll \(openPoll.id) open; waiting for " + waiting.joined(separator: ", "))
        }
        return lines
    }

    /// `mm:ss` (or `h:mm:ss`).
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.down))
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        let mmss = String(format: "%02d:%02d", m, s)
        return h > 0 ? "\(h):\(mmss)" : mmss
    }
}
