import SurveyYAML

extension YAMLNode {
    private static let nowhere = SourceLocation(path: "", line: 0, column: 0)

    /// A mapping whose keys are fixed plain words, built without probing each key.
    static func plainKeyed(_ pairs: [(String, YAMLNode)]) -> YAMLNode {
        YAMLNode(.mapping(pairs.map { Pair(key: YAMLNode(.scalar($0.0, .plain), at: nowhere), value: $0.1) }), at: nowhere)
    }

    /// A string scalar like `YAMLNode.string`, with a fast path for the common case: a one-line
    /// text starting with a letter that no YAML null, boolean or number starts with (and no
    /// white space at its ends) is written plain without probing it. Anything else goes
    /// through `YAMLNode.string`. (libyaml still quotes a plain scalar it cannot write plain.)
    static func text(_ text: String) -> YAMLNode {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first.properties.isAlphabetic, !"nNtTfFyYoO".unicodeScalars.contains(first),
              !last.properties.isWhitespace,
              !text.utf8.contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else {
            return .string(text)
        }
        return YAMLNode(.scalar(text, .plain), at: nowhere)
    }
}
