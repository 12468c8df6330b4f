import ArgumentParser
import Foundation
import SurveyCollector
import SurveyTerminal
import SurveyModel
import SurveyStore
import SurveyAnalysis

extension VocCommand {
    /// `voc code STORE --codebook FILE [--coder NAME] [--auto]`.
    struct CodeTexts: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "texts",
            abstract: "Code open texts one at a time, or automatically with the codebook's rules (--auto).",
            discussion: """
                Each text not yet coded by the coder is shown with the numbered codebook; answer with code numbers \
                or ids separated by spaces or commas, 0 or 'none' for no code, an empty line to skip, '/quit' to \
                stop. Each answer is stored at once. When standard input is not a terminal the answers are read \
                from it (one line per text) and unknown codes are reported with their line number (exit status 1). \
                --auto applies the keyword and regular-expression rules and stores them as coder 'rules'. Why \
                answers of a probe that names another codebook (`codebook="..."` in the survey) are left out, so \
                each probe is coded with its own codebook.
                """)

        @Argument(help: ArgumentHelp("The store file.", valueName: "STORE"))
        var target: String

        @Option(name: .long, help: ArgumentHelp("The codebook (.xml or .json).", valueName: "FILE"))
        var codebook: String

        @Option(name: .long, help: "The coder's name (default: $USER; 'rules' with --auto).")
        var coder: String?

        @Flag(name: .long, help: "Code automatically with the codebook's rules.")
        var auto = false

        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if let coder, coder.isEmpty { throw ValidationError("--coder must not be empty") }
        }

        func run() async throws {
            do {
                let data = try await storeOptions.openCoding(target: target, codebook: codebook)
                let codebook = data.codebook!
                if auto {
                    let rules = try RuleBasedCoder(codebook: codebook)
                    var assignments: [CodingUnit: [String]] = [:]
                    for text in try await data.texts(for: codebook) {
                        assignments[text.unit] = rules.codes(for: text.text)
                    }
                    let name = coder ?? RuleBasedCoder.defaultName
                    try await data.store.setCodes(assignments, coder: name, at: Date())
                    let coded = assignments.values.filter { !$0.isEmpty }.count
                    print("coder \(name): \(coded) of \(assignments.count) text(s) matched a rule")
                    return
                }
                let name = coder ?? ProcessInfo.processInfo.environment["USER"] ?? "coder"
                try await interactive(data: data, codebook: codebook, coder: name)
            } catch {
                throw CommandFailure.report(error)
            }
        }

        private func interactive(data: CodingData, codebook: SurveyModel.Codebook, coder: String) async throws {
            let done = Set(try await data.store.codings(coder: coder).map(\.unit))
            let pending = try await data.texts(for: codebook).filter { !done.contains($0.unit) }
            let terminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
            let screen = terminal ? try PosixTerminal(environment: ProcessInfo.processInfo.environment) : nil
            defer {
                try? screen?.write("\u{1B}[?1049l")
                screen?.close()
            }
            let reader = screen.map { CompletingLineReader(terminal: $0) }
            let menu = codebook.codes.enumerated().map {
                "  \($0.offset + 1). \($0.element.id)  \($0.element.label.text)"
            }
            let ids = codebook.codes.map(\.id)
            var number = 0
            var errors = 0
            var coded = 0
            var index = 0
            if reader == nil { print("coder \(coder): \(pending.count) text(s) to code") }
            while index < pending.count {
                let text = pending[index]
                let line: String?
                if let reader {
                    let header =
                        [
                            "coder \(coder) [\(index + 1)/\(pending.count)] \(text.unit.key) \(text.speaker)",
                            "  " + text.text, "codes (numbers or ids; 0 none; empty skips; /quit):",
                        ] + menu
                    line = try reader.readLine(prompt: "codes> ", header: header) { _ in (ids, " ") }
                } else {
                    line = readLine()
                }
                guard let line else { break }
                number += 1
                switch CodeSelectionParser.parse(line, codebook: codebook) {
                case .failure(let error):
                    errors += 1
                    let message = "line \(number): error: \(error.message); text \(text.unit.key) not coded"
                    if let reader { reader.append([message]) } else { StandardError.print(message) }
                case .success(.quit):
                    index = pending.count
                case .success(.skip):
                    index += 1
                case .success(.codes(let codes)):
                    try await data.store.setCodes(codes, unit: text.unit, coder: coder, at: Date())
                    let note = "\(text.unit.key): \(codes.isEmpty ? "-" : codes.joined(separator: " "))"
                    if let reader { reader.append([note]) } else { print(note) }
                    coded += 1
                    index += 1
                }
            }
            print("coder \(coder): \(coded) text(s) coded")
            if errors > 0 {
                StandardError.print("\(errors) line(s) rejected")
                throw ExitCode.failure
            }
        }
    }
}
