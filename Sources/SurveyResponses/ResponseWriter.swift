public import SurveyForm
public import SurveyYAML

/// Writes a response as YAML with libyaml's emitter, in the form's question order.
public enum ResponseWriter {
    public static func yaml(for response: Response, form: Form?) throws(Diagnostic) -> String {
        var entries: [(String, YAMLNode)] = []
        for (id, entry) in response.orderedEntries {
            let question = form?.question(withID: id)
            if entry.value == nil, let raw = entry.raw {
                entries.append((id, raw))
                continue
            }
            var pairs: [(String, YAMLNode)] = []
            if let value = entry.value { pairs += AnswerCodec.encode(value, question: question) }
            if entry.emptyConfirmed { pairs.append(("empty", .string("confirmed"))) }
            if let at = entry.at { pairs.append(("at", .plain(at.text))) }
            if entry.notApplicable { pairs.append(("not-applicable", .plain("true"))) }
            if entry.prefilled { pairs.append(("prefilled", .plain("true"))) }
            entries.append((id, .mapping(pairs)))
        }
        var top: [(String, YAMLNode)] = [
            ("form", .string(response.formID)),
            ("version", .string(response.formVersion)),
            ("respondent", .string(response.respondent)),
            ("round", .string(response.round)),
        ]
        if let created = response.created { top.append(("created", .plain(created.text))) }
        if let updated = response.updated { top.append(("updated", .plain(updated.text))) }
        if let submitted = response.submitted { top.append(("submitted", .plain(submitted.text))) }
        top.append(("answers", .mapping(entries)))
        let title = form?.title ?? response.formID
        let comment = """
        Svar på \(title) (\(response.formID), version \(response.formVersion)).
        Filen sparas efter varje svar med survey fill. Den kan rättas för hand; kontrollera den sedan med survey check.
        """
        return try YAMLEmitter.emit(.mapping(top), comment: comment)
    }
}
