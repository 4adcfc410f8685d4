public import SurveyYAML

/// Every problem found in one file, in file order; thrown when any of them is an error.
public struct FileDiagnostics: Error, Hashable, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sortedByLocation()
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
