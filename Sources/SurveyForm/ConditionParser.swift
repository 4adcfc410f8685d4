public import SurveyYAML

/// Parses the `when:` expression language into a `Condition`.
///
/// Positions of every id and value are kept so the linter can point at the exact token.
/// A condition is bounded, as YAML nesting is: at most `maximumNesting` levels of parentheses
/// and `not`, and at most `maximumTerms` terms. So every walk over a `Condition` (checking,
/// evaluating, printing) stays shallow, and a hostile form gets an error, not a stack overflow.
public struct ConditionParser {
    /// The deepest nesting of parentheses and `not` a condition may have.
    public static let maximumNesting = 32
    /// The most terms (comparisons and `answered(…)`) a condition may have.
    public static let maximumTerms = 100

    private enum TokenKind: Equatable {
        case word(String)
        case number(Double)
        case text(String)
        case symbol(String)
        case end
    }

    private struct Token {
        var kind: TokenKind
        /// Offset in characters from the start of the expression.
        var offset: Int
        var spelling: String
    }

    private let tokens: [Token]
    private var index = 0
    private let locate: (Int) -> SourceLocation
    private var nesting = 0
    private var terms = 0

    /// Parses `source`; `locate` turns a character offset into a file position.
    public static func parse(_ source: String, locate: @escaping (Int) -> SourceLocation) throws(Diagnostic) -> Condition {
        var parser = try ConditionParser(source: source, locate: locate)
        let condition = try parser.parseOr()
        if case .end = parser.current.kind {
            return condition
        }
        throw parser.unexpected(expected: "'and', 'or' eller villkorets slut")
    }

    private init(source: String, locate: @escaping (Int) -> SourceLocation) throws(Diagnostic) {
        self.locate = locate
        self.tokens = try Self.tokenize(Array(source), locate: locate)
    }

    private static func tokenize(_ characters: [Character], locate: (Int) -> SourceLocation) throws(Diagnostic) -> [Token] {
        var tokens: [Token] = []
        var position = 0
        func isWordCharacter(_ character: Character) -> Bool {
            character.isLetter || character.isNumber || character == "-" || character == "." || character == "_"
        }
        while position < characters.count {
            let character = characters[position]
            if character.isWhitespace {
                position += 1
                continue
            }
            let start = position
            if character == "'" || character == "\"" {
                var text = ""
                position += 1
                var closed = false
                while position < characters.count {
                    if characters[position] == character {
                        // A doubled quote stands for the quote itself.
                        if position + 1 < characters.count, characters[position + 1] == character {
                            text.append(character)
                            position += 2
                            continue
                        }
                        closed = true
                        position += 1
                        break
                    }
                    text.append(characters[position])
                    position += 1
                }
                if !closed {
                    throw .error("en text inom citattecken i villkoret avslutas aldrig", at: locate(start))
                }
                tokens.append(Token(kind: .text(text), offset: start, spelling: String(characters[start..<position])))
                continue
            }
            let twoCharacter = position + 1 < characters.count ? String(characters[position...position + 1]) : ""
            if ["==", "!=", "<=", ">="].contains(twoCharacter) {
                tokens.append(Token(kind: .symbol(twoCharacter), offset: start, spelling: twoCharacter))
                position += 2
                continue
            }
            if "<>()[],".contains(character) {
                tokens.append(Token(kind: .symbol(String(character)), offset: start, spelling: String(character)))
                position += 1
                continue
            }
            if character == "=" {
                throw .error("'=' i villkoret; skriv '==' för att jämföra", at: locate(start))
            }
            if isWordCharacter(character) {
                while position < characters.count, isWordCharacter(characters[position]) {
                    position += 1
                }
                let word = String(characters[start..<position])
                if let number = Self.number(word) {
                    tokens.append(Token(kind: .number(number), offset: start, spelling: word))
                } else {
                    tokens.append(Token(kind: .word(word), offset: start, spelling: word))
                }
                continue
            }
            throw .error("oväntat tecken \(quoted: String(character)) i villkoret", at: locate(start))
        }
        tokens.append(Token(kind: .end, offset: characters.count, spelling: ""))
        return tokens
    }

    /// A number as forms write it: `3`, `-2`, `2.5` (a comma would clash with `in [1, 2]`).
    private static func number(_ word: String) -> Double? {
        var body = Substring(word)
        if body.first == "-" { body = body.dropFirst() }
        guard let first = body.first, first.isNumber, body.last?.isNumber == true else { return nil }
        guard body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        guard body.filter({ $0 == "." }).count <= 1 else { return nil }
        return Double(word)
    }

    private var current: Token { tokens[index] }

    private mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    private func isKeyword(_ keyword: String) -> Bool {
        if case .word(keyword) = current.kind { return true }
        return false
    }

    private func isSymbol(_ symbol: String) -> Bool {
        if case .symbol(symbol) = current.kind { return true }
        return false
    }

    private func unexpected(expected: String) -> Diagnostic {
        let found = current.kind == .end ? "villkorets slut" : "\(quoted: current.spelling)"
        return .error("i villkoret väntades \(expected), inte \(found)", at: locate(current.offset))
    }

    private mutating func parseOr() throws(Diagnostic) -> Condition {
        var left = try parseAnd()
        while isKeyword("or") {
            advance()
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(Diagnostic) -> Condition {
        var left = try parseNot()
        while isKeyword("and") {
            advance()
            left = .and(left, try parseNot())
        }
        return left
    }

    private mutating func parseNot() throws(Diagnostic) -> Condition {
        if isKeyword("not") {
            try enterNesting()
            advance()
            let inner = try parseNot()
            nesting -= 1
            return .not(inner)
        }
        return try parsePrimary()
    }

    /// One more level of parentheses or `not`; an error past the limit, where it is passed.
    private mutating func enterNesting() throws(Diagnostic) {
        nesting += 1
        if nesting > Self.maximumNesting {
            throw .error("villkoret är nästlat i fler än \(Self.maximumNesting) nivåer (parenteser och 'not'); förenkla det",
                         at: locate(current.offset))
        }
    }

    /// One more term; an error past the limit, at the first term too many.
    private mutating func countTerm() throws(Diagnostic) {
        terms += 1
        if terms > Self.maximumTerms {
            throw .error("villkoret har fler än \(Self.maximumTerms) delvillkor; förenkla det eller dela upp frågan",
                         at: locate(current.offset))
        }
    }

    private mutating func parsePrimary() throws(Diagnostic) -> Condition {
        if isSymbol("(") {
            try enterNesting()
            advance()
            let inner = try parseOr()
            guard isSymbol(")") else { throw unexpected(expected: "')'") }
            advance()
            nesting -= 1
            return inner
        }
        try countTerm()
        if isKeyword("answered") {
            advance()
            guard isSymbol("(") else { throw unexpected(expected: "'(' efter 'answered'") }
            advance()
            let reference = try parseReference()
            guard isSymbol(")") else { throw unexpected(expected: "')'") }
            advance()
            return .answered(reference)
        }
        let reference = try parseReference()
        if isSymbol("(") {
            // A call: `answered` is the only function; `answerd(x)` is a typo of it.
            let hint = Suggestion.closest(to: reference.id, in: ["answered"]).map(Suggestion.didYouMean)
                ?? "; den enda funktionen är answered(ID)"
            throw .error("okänd funktion \(quoted: reference.id)\(hint)", at: reference.location)
        }
        if isKeyword("contains") {
            advance()
            return .contains(reference, try parseOperand())
        }
        if isKeyword("in") {
            advance()
            guard isSymbol("[") else { throw unexpected(expected: "'[' efter 'in'") }
            advance()
            var operands = [try parseOperand()]
            while isSymbol(",") {
                advance()
                operands.append(try parseOperand())
            }
            guard isSymbol("]") else { throw unexpected(expected: "',' eller ']'") }
            advance()
            return .oneOf(reference, operands)
        }
        if case .symbol(let symbol) = current.kind, let op = Condition.Operator(rawValue: symbol) {
            advance()
            return .compare(reference, op, try parseOperand())
        }
        throw unexpected(expected: "en jämförelse (==, !=, <, <=, >, >=, contains, in) efter \(quoted: reference.id)")
    }

    private static let keywords: Set<String> = ["and", "or", "not", "contains", "in", "answered"]

    private mutating func parseReference() throws(Diagnostic) -> Condition.Reference {
        let token = current
        switch token.kind {
        case .word(let word) where !Self.keywords.contains(word):
            advance()
            return Condition.Reference(id: word, location: locate(token.offset))
        case .number:
            // Ids may start with a digit; as a reference the token is an id.
            advance()
            return Condition.Reference(id: token.spelling, location: locate(token.offset))
        default:
            throw unexpected(expected: "ett fråge-id")
        }
    }

    private mutating func parseOperand() throws(Diagnostic) -> Condition.Operand {
        let token = current
        let location = locate(token.offset)
        switch token.kind {
        case .number(let number):
            advance()
            return Condition.Operand(.number(number), location: location)
        case .word(let word) where !Self.keywords.contains(word):
            advance()
            return Condition.Operand(.word(word), location: location)
        case .text(let text):
            advance()
            return Condition.Operand(.text(text), location: location)
        default:
            throw unexpected(expected: "ett värde (ett tal, ett ord som ja eller ett svarsalternativs id, eller text inom citattecken)")
        }
    }
}
