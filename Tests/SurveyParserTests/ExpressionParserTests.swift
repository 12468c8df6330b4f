import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

@Suite struct ExpressionParserTests {
    private func eval(_ text: String, _ values: [String: Value] = [:]) throws -> Value {
        let expression = try ExpressionParser.parse(text)
        return ExpressionEvaluator.evaluate(expression) {
            values[$0.description.trimmingCharacters(in: ["{", "}"])] ?? .null
        }
    }

    @Test(arguments: [
        ("{a} >= 5 and {b} = 'x'", "{a} >= 5 and {b} = 'x'"),
        ("${a}+2*3", "{a} + 2 * 3"),
        ("({a} + 2) * 3", "({a} + 2) * 3"),
        ("not {a} in [1, 2]", "not {a} in [1, 2]"),
        ("{q} not in ['x','y']", "{q} not in ['x', 'y']"),
        ("iif({a} > 1, 'hi', 'lo')", "iif({a} > 1, 'hi', 'lo')"),
        ("{m.row1} <= -2", "{m.row1} <= -2"),
        ("{a} == 1 || !empty({b})", "{a} = 1 or not empty({b})"),
        ("not ({a} or {b}) and {c}", "not ({a} or {b}) and {c}"),
    ])
    func canonicalText(input: String, canonical: String) throws {
        let expression = try ExpressionParser.parse(input)
        #expect(expression.root.description == canonical)
        #expect(try ExpressionParser.parse(canonical) == expression)
    }

    @Test func precedenceAndNullSemantics() throws {
        #expect(try eval("1 + 2 * 3 = 7") == .bool(true))
        #expect(try eval("{missing} != 1") == .bool(false))
        #expect(try eval("{missing} = null") == .bool(false))
        #expect(try eval("empty({missing}) or {missing} != 1") == .bool(true))
        #expect(try eval("{nps} <= 6", ["nps": .number(4)]) == .bool(true))
        #expect(try eval("{q} in ['b', 'a']", ["q": .list([.string("a")])]) == .bool(true))
        #expect(try eval("contains({q}, 'a') and count({q}) = 1", ["q": .list([.string("a")])]) == .bool(true))
        #expect(try eval("sum({x}, 2, [3, 4])", ["x": .number(1)]) == .number(10))
        #expect(try eval("5 / 0") == .null)
        #expect(try eval("round(2.345, 2)") == .number(2.35))
    }

    @Test(arguments: [
        ("{a} >", 5, "unexpected end of expression"),
        ("{a b}", 0, "invalid reference '{a b}'"),
        ("{a} = 'x", 6, "unterminated string"),
        ("1 < 2 < 3", 6, "comparisons cannot be chained; use 'and'"),
        ("age > 3", 0, "unexpected name 'age'; write references as {age} and strings as 'age'"),
        ("", 0, "empty expression"),
        ("{a} in 1", 7, "expected '[' after 'in'"),
        ("f(1 2)", 4, "expected ',' or ')' in call"),
    ])
    func syntaxErrors(input: String, offset: Int, message: String) {
        #expect(throws: ExpressionSyntaxError(offset: offset, message: message)) { try ExpressionParser.parse(input) }
    }
}
