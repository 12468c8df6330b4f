import SurveyModel

extension SAVColumnPlan {
    /// The wide row of one case (cells in `header` order), its why answers, and the problems of cells that cannot
    /// be read at all (text that is not UTF-8), located at `file:CASE:POSITION`.
    func row(
        _ values: [SAVReader.Value], caseNumber: Int, file: String
    ) -> (
        cells: [String], ladder: [LadderStep], problems: [Diagnostic]
    ) {
        var cells = [String](repeating: "", count: header.count)
        var ladder: [LadderStep] = []
        var problems: [Diagnostic] = []
        for index in roles.indices {
            let text: String
            switch values[index] {
            case .empty: continue
            case .text(let value): text = value
            case .number(let number):
                let codes = codesOfVariable[index]
                if !codes.isEmpty, let code = codes[number] {
                    text = code
                } else {
                    text = Self.text(of: number)
                }
            case .invalidText:
                problems.append(
                    problem(
                        variable: index, caseNumber: caseNumber, file: file, code: "encoding", "the text is not UTF-8"))
                continue
            }
            let column = columnOfVariable[index]
            if column >= 0 {
                cells[column] = text
            } else if case .ladder(let probe, let question, let option, let depth) = roles[index] {
                ladder.append(
                    LadderStep(probeID: probe, questionID: question, optionCode: option, depth: depth, text: text))
            }
        }
        return (cells, ladder, problems)
    }

    /// The whole numbers -128...4095 as text (most cells of a survey are small codes): formatting them once saves a
    /// good part of the time of a numeric cell.
    static let smallWholeNumbers = (-128...4095).map(String.init)

    /// `number` as the CSV export writes it (`Value.format`).
    @inline(__always)
    static func text(of number: Double) -> String {
        if number >= -128, number <= 4095, number == number.rounded(.towardZero) {
            return smallWholeNumbers[Int(number) + 128]
        }
        return Value.format(number)
    }

    /// A problem with variable `index` of the file in case `caseNumber` (0: the dictionary): `file:CASE:POSITION:
    /// error: variable NAME: message`.
    func problem(variable index: Int, caseNumber: Int, file: String, code: String, _ message: String) -> Diagnostic {
        let name = dictionary.variables.indices.contains(index) ? dictionary.variables[index].name : "?"
        return Diagnostic(
            .error, code: code, "variable \(name): \(message)",
            at: SourceLocation(file: file, line: caseNumber, column: index + 1))
    }

    /// A problem `ResponseRowDecoder` located at a header column (`line` is the case number, 1 for the header),
    /// located in the file's terms instead: the case (0 for the dictionary) and the variable behind the column.
    func relocated(_ diagnostic: Diagnostic, caseNumber: Int) -> Diagnostic {
        guard let location = diagnostic.location else { return diagnostic }
        if diagnostic.code == "missing-column" {
            return Diagnostic(
                .error, code: diagnostic.code,
                "no variable gives the response id ('response_id'); name it in a --map file",
                at: SourceLocation(file: location.file, line: 0, column: 0))
        }
        if diagnostic.code == "logic-row" {
            // About the whole case (a question without a variable in the file), not the variable in position 1.
            return Diagnostic(
                .error, code: diagnostic.code, diagnostic.message,
                at: SourceLocation(file: location.file, line: caseNumber, column: 0))
        }
        let column = location.column - 1
        guard variableOfColumn.indices.contains(column) else { return diagnostic }
        return problem(
            variable: variableOfColumn[column], caseNumber: caseNumber, file: location.file, code: diagnostic.code,
            diagnostic.message)
    }
}
