import SurveyCoder

/// The project's glossary (forms/glossary.yaml), as `survey code` reads it next to the bundled form.
enum BundledGlossary {
    static let path = "forms/glossary.yaml"

    static func load() throws -> Glossary {
        try Glossary.load(path: path)
    }
}
