import Foundation
import SurveyModel

@testable import SurveyCollector
@testable import SurveyTerminal

/// A `TerminalDevice` for driver tests: plays scripted keys and runs checks against the last frame drawn.
final class FakeKeyTerminal: TerminalDevice, @unchecked Sendable {
    enum Step {
        case keys([Key])
        case resize(TerminalSize)
        /// Runs with the screen lines of the last frame drawn, before the next key is read.
        case check(([String]) -> Void)
    }

    var size: TerminalSize
    let capabilities = TerminalCapabilities(color: false)
    private var pending: [Key] = []
    private var steps: [Step]
    private(set) var frames: [String] = []

    init(size: TerminalSize = .standard, steps: [Step]) {
        self.size = size
        self.steps = steps
    }

    /// The screen lines of the last frame (escape sequences removed).
    var screen: [String] { frames.last.map(Self.lines(of:)) ?? [] }

    func write(_ text: String) throws { frames.append(text) }

    func nextEvent() throws -> TerminalEvent {
        while true {
            if !pending.isEmpty { return .key(pending.removeFirst()) }
            guard !steps.isEmpty else { return .end }
            switch steps.removeFirst() {
            case .keys(let keys): pending = keys
            case .resize(let newSize):
                size = newSize
                return .resize(newSize)
            case .check(let check): check(screen)
            }
        }
    }

    /// Splits a frame written by `RenderedScreen.frame` into its lines, dropping CSI sequences.
    static func lines(of frame: String) -> [String] {
        var text = ""
        var scalars = frame.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else {
                text.unicodeScalars.append(scalar)
                continue
            }
            _ = scalars.next()  // "["
            while let next = scalars.next(), !(("A"..."Z").contains(next) || ("a"..."z").contains(next)) {}
        }
        return text.components(separatedBy: "\r\n")
    }
}

extension Key {
    /// The keys that type `text`.
    static func typing(_ text: String) -> [Key] {
        text.map { character in character == "\n" ? .enter : .character(character) }
    }
}
