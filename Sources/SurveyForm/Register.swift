public import SurveyYAML

/// Who is expected to answer: rounds of networks of municipalities.
public struct Register: Hashable, Sendable {
    public var id: String
    public var title: String
    public var rounds: [Round]
    /// What a respondent is, when the register says (`respondent:`); a form's own word wins.
    public var respondentNoun: RespondentNoun?
    public var location: SourceLocation

    public init(id: String, title: String, rounds: [Round], respondentNoun: RespondentNoun? = nil, location: SourceLocation) {
        self.id = id
        self.title = title
        self.rounds = rounds
        self.respondentNoun = respondentNoun
        self.location = location
    }

    public struct Round: Hashable, Sendable, Identifiable {
        public var id: String
        public var title: String
        public var start: TermOrDate?
        public var networks: [Network]

        public init(id: String, title: String, start: TermOrDate? = nil, networks: [Network]) {
            self.id = id
            self.title = title
            self.start = start
            self.networks = networks
        }

        public var municipalities: [String] { networks.flatMap(\.municipalities) }
    }

    public struct Network: Hashable, Sendable, Identifiable {
        public var id: String
        public var title: String
        public var municipalities: [String]

        public init(id: String, title: String, municipalities: [String]) {
            self.id = id
            self.title = title
            self.municipalities = municipalities
        }
    }

    public func round(withID id: String) -> Round? {
        rounds.first { $0.id == id }
    }

    /// The round and network a municipality takes part in.
    public func placement(of municipality: String) -> (round: Round, network: Network)? {
        for round in rounds {
            for network in round.networks where network.municipalities.contains(municipality) {
                return (round, network)
            }
        }
        return nil
    }
}
