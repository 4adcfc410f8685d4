import SurveyCoder

/// The project's glossary (forms/glossary.yaml), as `survey code` reads it next to the bundled form.
enum BundledGlossary {
    static let path = "forms/glossary.yaml"

    static func load() throws -> Glossary {
        try Glossary.load(path: path)
    }
}

/// The bundled form's programme (its `program:`), which `survey code` passes as every answer's
/// topic: the generated answers are coded as that form's answers are.
enum BundledProgramme {
    static let name = "Matematik PISA 2015"
}
