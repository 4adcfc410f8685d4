public import SurveyYAML

/// What one respondent is, in the Swedish forms the outputs need: "1 kommun", "7 kommuner",
/// "Per kommun", "kommunen", "kommunerna".
///
/// A form (key `respondent:`) or a register says it; without either, respondents are
/// municipalities, as in the annual report. See docs/form-format.md.
public struct RespondentNoun: Hashable, Sendable {
    /// Indefinite singular: "kommun", "skolenhet".
    public var singular: String
    /// Indefinite plural: "kommuner", "skolenheter".
    public var plural: String
    /// Definite singular: "kommunen", "skolenheten".
    public var definite: String
    /// Definite plural: "kommunerna", "skolenheterna".
    public var definitePlural: String

    public init(singular: String, plural: String, definite: String, definitePlural: String) {
        self.singular = singular
        self.plural = plural
        self.definite = definite
        self.definitePlural = definitePlural
    }

    /// The default: municipalities, as in SKL's annual report.
    public static let municipality = RespondentNoun(singular: "kommun", plural: "kommuner", definite: "kommunen", definitePlural: "kommunerna")

    /// Nouns a form may name by their singular alone (`respondent: skolenhet`).
    public static let known: [RespondentNoun] = [
        .municipality,
        RespondentNoun(singular: "skola", plural: "skolor", definite: "skolan", definitePlural: "skolorna"),
        RespondentNoun(singular: "skolenhet", plural: "skolenheter", definite: "skolenheten", definitePlural: "skolenheterna"),
        RespondentNoun(singular: "förskola", plural: "förskolor", definite: "förskolan", definitePlural: "förskolorna"),
        RespondentNoun(singular: "enhet", plural: "enheter", definite: "enheten", definitePlural: "enheterna"),
        RespondentNoun(singular: "förvaltning", plural: "förvaltningar", definite: "förvaltningen", definitePlural: "förvaltningarna"),
        RespondentNoun(singular: "verksamhet", plural: "verksamheter", definite: "verksamheten", definitePlural: "verksamheterna"),
        RespondentNoun(singular: "nämnd", plural: "nämnder", definite: "nämnden", definitePlural: "nämnderna"),
        RespondentNoun(singular: "organisation", plural: "organisationer", definite: "organisationen", definitePlural: "organisationerna"),
        RespondentNoun(singular: "person", plural: "personer", definite: "personen", definitePlural: "personerna"),
    ]

    /// A count with the noun: "1 kommun", "7 kommuner".
    public func counted(_ number: Int) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }

    /// The plural alone, for a count written elsewhere ("6 av 7 kommuner").
    public func noun(for number: Int) -> String {
        number == 1 ? singular : plural
    }

    /// Used as a heading: "Per kommun", "Per skolenhet".
    public var perHeading: String { "Per \(singular)" }

    /// Who the outputs speak of: the form's word, else the register's, else municipalities.
    public static func of(form: Form, register: Register? = nil) -> RespondentNoun {
        form.respondentNoun ?? register?.respondentNoun ?? .municipality
    }

    /// The keys of the mapping form.
    static let keys = ["singular", "plural", "definite", "definite-plural"]

    /// Reads `respondent:` of a form or register: a known noun's singular, or all four forms.
    public static func read(_ node: YAMLNode, reader: inout YAMLSchemaReader) -> RespondentNoun? {
        if node.pairs != nil {
            guard let fields = reader.fields(of: node, subject: "'respondent'", allowed: keys, required: keys) else { return nil }
            let forms = keys.map { reader.text(fields, $0, required: true) }
            guard let singular = forms[0], let plural = forms[1], let definite = forms[2], let definitePlural = forms[3] else { return nil }
            return RespondentNoun(singular: singular, plural: plural, definite: definite, definitePlural: definitePlural)
        }
        guard let word = reader.text(node, key: "respondent", required: true) else { return nil }
        if let noun = known.first(where: { $0.singular == word }) { return noun }
        let singulars = known.map(\.singular)
        reader.error("\(quoted: word) är inget ord för de svarande som verktyget känner till (\(singulars.joined(separator: ", "))); "
                     + "ange alla former: {singular: …, plural: …, definite: …, definite-plural: …}\(Suggestion.hint(for: word, in: singulars))",
                     at: node.location)
        return nil
    }
}
