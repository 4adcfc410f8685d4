import SurveyForm
import SurveyYAML
import Testing

/// What a form says about its respondents and its section numbers, and the plausible maximum of a number.
struct FormWordingTests {
    static func form(header: String, question: String = "{id: a, text: Fråga?, kind: text}") -> String {
        """
        form: test
        title: Test
        version: "1"
        language: sv
        \(header)
        sections:
          - id: s
            title: Sektion
            questions:
              - \(question)
          - id: t
            title: Tvåan
            questions:
              - {id: b, text: Fråga två?, kind: yes-no}

        """
    }

    static func load(_ text: String) -> FormLoadResult {
        FormLoader.load(source: SourceText(path: "forms/test.yaml", text: text))
    }

    static func rendered(_ text: String) -> String {
        let source = SourceText(path: "forms/test.yaml", text: text)
        return DiagnosticRenderer(sources: [source]).render(FormLoader.load(source: source).diagnostics)
    }

    @Test func aKnownWordGivesAllItsForms() throws {
        let form = try #require(Self.load(Self.form(header: "respondent: förvaltning")).validForm)
        #expect(form.respondentNoun == RespondentNoun(singular: "förvaltning", plural: "förvaltningar",
                                                      definite: "förvaltningen", definitePlural: "förvaltningarna"))
        #expect(form.respondentNoun?.counted(1) == "1 förvaltning")
        #expect(form.respondentNoun?.counted(3) == "3 förvaltningar")
        #expect(form.respondentNoun?.perHeading == "Per förvaltning")
    }

    @Test func anyNounWithItsFourForms() throws {
        let form = try #require(Self.load(Self.form(header: """
        respondent: {singular: avdelning, plural: avdelningar, definite: avdelningen, definite-plural: avdelningarna}
        """)).validForm)
        #expect(form.respondentNoun?.definitePlural == "avdelningarna")
        #expect(RespondentNoun.of(form: form) == form.respondentNoun)
    }

    @Test func withoutAWordRespondentsAreMunicipalities() throws {
        let form = try #require(Self.load(Self.form(header: "")).validForm)
        #expect(form.respondentNoun == nil)
        #expect(RespondentNoun.of(form: form) == .municipality)
        let register = try #require(RegisterLoader.load(source: SourceText(path: "r.yaml", text: """
        register: r
        title: R
        respondent: skola
        rounds:
          - {id: a, title: A, networks: [{id: n, title: N, municipalities: [Wasaskolan]}]}
        """)).validRegister)
        #expect(RespondentNoun.of(form: form, register: register).plural == "skolor")
        let own = try #require(Self.load(Self.form(header: "respondent: enhet")).validForm)
        #expect(RespondentNoun.of(form: own, register: register).plural == "enheter")
    }

    @Test func anUnknownWordIsAnErrorWithASuggestion() {
        #expect(Self.rendered(Self.form(header: "respondent: skolenhter")) == """
        forms/test.yaml:5:13: error: 'skolenhter' är inget ord för de svarande som verktyget känner till (kommun, skola, skolenhet, förskola, enhet, förvaltning, verksamhet, nämnd, organisation, person); ange alla former: {singular: …, plural: …, definite: …, definite-plural: …}; menade du 'skolenhet'?
          respondent: skolenhter
                      ^

        """)
        #expect(Self.rendered(Self.form(header: "respondent: {singular: avdelning, plural: avdelningar}")) == """
        forms/test.yaml:5:13: error: 'respondent' saknar den obligatoriska nyckeln 'definite'
          respondent: {singular: avdelning, plural: avdelningar}
                      ^
        forms/test.yaml:5:13: error: 'respondent' saknar den obligatoriska nyckeln 'definite-plural'
          respondent: {singular: avdelning, plural: avdelningar}
                      ^

        """)
    }

    @Test(arguments: [("", [1, 2]), ("section-numbers: 2", [2, 3]), ("section-numbers: true", [1, 2]), ("section-numbers: 0", [0, 1])])
    func sectionsAreNumberedFromWhereTheFormSays(header: String, numbers: [Int]) throws {
        let form = try #require(Self.load(Self.form(header: header)).validForm)
        #expect(form.sections.map { form.number(of: $0) } == numbers)
    }

    @Test func sectionsNeedNotBeNumbered() throws {
        let form = try #require(Self.load(Self.form(header: "section-numbers: false")).validForm)
        #expect(form.sections.map { form.number(of: $0) } == [nil, nil])
        #expect(Self.rendered(Self.form(header: "section-numbers: två")) == """
        forms/test.yaml:5:18: error: 'section-numbers' ska vara false, true eller numret på det första avsnittet (0 eller mer), inte 'två'
          section-numbers: två
                           ^

        """)
    }

    @Test func aPlausibleMaximumIsReadAndChecked() throws {
        let form = try #require(Self.load(Self.form(header: "", question: "{id: a, text: Hur många mål?, kind: number, min: 0, max: 1000, plausible-max: 50}")).validForm)
        guard case .number(let spec) = form.questions[0].kind else { Issue.record("not a number"); return }
        #expect(spec.plausibleMaximum == 50)
        #expect(Self.rendered(Self.form(header: "", question: "{id: a, text: Hur många?, kind: number, max: 10, plausible-max: 50}")) == """
        forms/test.yaml:10:73: error: 'plausible-max' (50) ska vara lägre än 'max' (10); svar över 'max' avvisas ändå
          - {id: a, text: Hur många?, kind: number, max: 10, plausible-max: 50}
                                                                            ^

        """)
        #expect(Self.rendered(Self.form(header: "", question: "{id: a, text: Vad?, kind: text, plausible-max: 5}")) == """
        forms/test.yaml:10:41: error: nyckeln 'plausible-max' gäller inte frågetypen 'text'
          - {id: a, text: Vad?, kind: text, plausible-max: 5}
                                            ^

        """)
    }
}
