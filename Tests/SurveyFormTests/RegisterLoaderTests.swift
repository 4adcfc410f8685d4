import SurveyForm
import SurveyYAML
import Testing

struct RegisterLoaderTests {
    static let valid = """
    register: matematik-pisa-2015
    title: Deltagare
    rounds:
      - id: pilot
        title: Pilotomgång
        start: vt 2012
        networks:
          - id: pilot
            title: Pilotnätverket
            municipalities: [Borås, Karlstad, Umeå]
      - id: host-2012
        title: Höstomgång
        start: ht 2012
        networks:
          - id: norr
            title: Nätverk Norr
            municipalities: [Boden, Haparanda]
          - id: skane
            title: Nätverk Skåne
            municipalities: [Hyllie SDN, Upplands-Bro]
    """

    @Test func readsRoundsNetworksAndMunicipalities() throws {
        let result = RegisterLoader.load(source: SourceText(path: "r.yaml", text: Self.valid))
        #expect(result.diagnostics == [])
        let register = try #require(result.validRegister)
        #expect(register.rounds.map(\.id) == ["pilot", "host-2012"])
        #expect(register.round(withID: "pilot")?.municipalities == ["Borås", "Karlstad", "Umeå"])
        #expect(register.round(withID: "host-2012")?.start == .term(.autumn, year: 2012))
        #expect(register.placement(of: "Hyllie SDN")?.network.title == "Nätverk Skåne")
        #expect(register.placement(of: "Stockholm") == nil)
    }

    @Test func reportsDuplicatesAndReservedIDs() {
        let text = """
        register: r
        title: R
        rounds:
          - id: codes
            title: X
            networks:
              - id: a
                title: A
                municipalities: [Umeå, Borås]
              - id: a
                title: B
                municipalities: [Umeå]
        """
        let source = SourceText(path: "r.yaml", text: text)
        let rendered = DiagnosticRenderer(sources: [source]).render(RegisterLoader.load(source: source).diagnostics)
        #expect(rendered == """
        r.yaml:4:9: error: 'codes' kan inte vara id för en omgång: mappen 'codes/' i en svarsmapp innehåller kodningar, inte svar
          - id: codes
                ^
        r.yaml:10:13: error: id:t 'a' finns redan bland nätverken
          - id: a
                ^
        r.yaml:7:13: note: först här
          - id: a
                ^
        r.yaml:12:26: error: 'Umeå' finns redan i nätverket 'a'; en kommun hör till ett enda nätverk
          municipalities: [Umeå]
                           ^
        r.yaml:9:26: note: först här
          municipalities: [Umeå, Borås]
                           ^

        """)
    }

    @Test func aMunicipalityListedTwiceInOneNetworkIsADuplicateThere() {
        let text = """
        register: r
        title: R
        rounds:
          - id: pilot
            title: Pilot
            networks:
              - id: n1
                title: N1
                municipalities: [Umeå, Borås, Umeå]
        """
        let source = SourceText(path: "r.yaml", text: text)
        let rendered = DiagnosticRenderer(sources: [source]).render(RegisterLoader.load(source: source).diagnostics)
        #expect(rendered == """
        r.yaml:9:39: error: 'Umeå' står två gånger i nätverket 'n1'
          municipalities: [Umeå, Borås, Umeå]
                                        ^
        r.yaml:9:26: note: först här
          municipalities: [Umeå, Borås, Umeå]
                           ^

        """)
    }
}
